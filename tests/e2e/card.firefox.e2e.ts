// The card at the words in Firefox ESR: the click test and the first half of the editor fixtures
// (the tests are in card-firefox.ts; card-editors.firefox.e2e.ts runs the other half).
import { PAGES } from '../../tools/build-editor-fixtures';
import { cardTests } from './card-firefox';

cardTests(PAGES.slice(0, 5), true);
