// Prints the size of what each browser loads, and fails when the content script (loaded on every
// helpdesk page view) passes its budget: 60 KB minified, no React.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
// HEARD_OUT: a parallel worker's own build dir (as the e2e suite reads it).
const root = resolve(import.meta.dirname, '..', process.env.HEARD_OUT ?? '.output');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
let failed = false;

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(root, target);
  const cs = readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
  for (const f of cs) {
    const buf = readFileSync(join(dir, 'content-scripts', f));
    const react = buf.includes('react.production') || buf.includes('__SECRET_INTERNALS');
    console.log(`${target} content script ${f}: ${kb(buf.length)} minified, ${kb(gzipSync(buf).length)} gzipped${react ? ' (CONTAINS REACT)' : ''}`);
    if (buf.length > BUDGET || react) failed = true;
  }
  const chunks = join(dir, 'chunks');
  let pages = 0;
  let pagesGz = 0;
  for (const f of readdirSync(chunks)) {
    const buf = readFileSync(join(chunks, f));
    pages += statSync(join(chunks, f)).size;
    pagesGz += gzipSync(buf).length;
  }
  console.log(`${target} extension pages (panel, popup, options, side panel; shared chunks): ${kb(pages)} minified, ${kb(pagesGz)} gzipped`);
}
if (failed) {
  console.error(`content script over its ${kb(BUDGET)} budget or contains React`);
  process.exit(1);
}
