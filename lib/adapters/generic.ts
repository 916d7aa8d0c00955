import type { Adapter } from './types';
import { deepActiveElement, isEditable } from '../editors/dom';

// Any page the rep enabled by hand: no thread, the conversation is the page itself, the reply box
// is the editable element the rep is typing in (textarea, contenteditable, rich editors, inside
// same-origin iframes and open shadow roots). The key carries the whole address; the background
// keeps of it what names the record (lib/adapters/address-key.ts: the content script stays small).
export const generic: Adapter = {
  id: 'generic',
  name: 'Any page you enable',
  matches: [],
  detect(location) {
    return { key: `page:${location.href}`.slice(0, 500), link: location.href };
  },
  thread() {
    return [];
  },
  composer(doc) {
    const el = deepActiveElement(doc);
    return el && isEditable(el) ? el : null;
  },
  customer() {
    return {};
  },
};
