// eld's detector core (Apache-2.0, https://github.com/nitotm/efficient-language-detector-js). The
// package's exports offer it only preloaded with a 60-language database (1.6 MB); Heard loads its
// own five-language cut (eld-ngrams.generated.js), so it takes the core by path.
export { createEld } from '../../node_modules/eld/src/languageDetector.js';
