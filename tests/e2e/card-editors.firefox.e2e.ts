// The card at the words in Firefox ESR: the second half of the editor fixtures (card-firefox.ts).
import { PAGES } from '../../tools/build-editor-fixtures';
import { cardTests } from './card-firefox';

cardTests(PAGES.slice(5), false);
