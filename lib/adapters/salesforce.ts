import type { Adapter } from './types';
import { all, channelFrom, first, frameDocument, messageFrom, nonEmpty, text, recent } from './dom';

// Stays code, not a recipe: the reply box is two iframes down (CKEditor 4 inside the publisher
// frame, focus followed through the chain), and field values are the element after a label.
// Salesforce Service Console, Lightning (https://<org>.lightning.force.com/lightning/r/Case/<id>/view).
// The console keeps every open workspace tab in the DOM; only the active one is read. The email
// publisher's body is a CKEditor 4 editable inside nested same-origin iframes (publisher iframe →
// iframe.cke_wysiwyg_frame whose body is contenteditable): the adapter walks into them via
// contentDocument and gives up silently on cross-origin frames.
// Sources (checked 2026-11-23):
// - toggl/track-extension src/content/force.js (.windowViewMode-normal is the visible view among
//   many in the DOM; .slds-page-header__title lightning-formatted-text; [title="Account Name"] label
//   followed by its value)
// - CKEditor 4 markup (iframe.cke_wysiwyg_frame, body.cke_editable[contenteditable=true]), the
//   editor Salesforce's email publisher embeds
// Not verified: the console tab container (.oneConsoleTab.active), the feed item attributes
// (data-type, data-incoming on .cuf-feedElement) and the publisher iframe's title. TODO(2026-11-23):
// re-check against a live Service Console org.
const SEL = {
  activeTab: ['.oneConsoleTab.active', '.windowViewMode-normal'], // visible workspace tab
  record: (id: string) => [`[data-recordid="${id}"]`, `[data-record-id="${id}"]`],
  title: ['.slds-page-header__title lightning-formatted-text', '.slds-page-header__title'],
  feed: ['.cuf-feedElement[data-type]'], // Case Feed items
  body: ['.cuf-feedBodyText', '.feedBodyInner'],
  author: ['.cuf-entityLink', '.cuf-feedItemHeader a'],
  time: ['time[datetime]'],
  quoted: ['.gmail_quote', 'blockquote[type="cite"]'],
  frames: ['iframe'], // publisher iframes
  ckFrame: ['iframe.cke_wysiwyg_frame'],
  editable: ['body.cke_editable[contenteditable="true"]', '[contenteditable="true"]'],
  origin: ['[title="Case Origin"]'],
  contact: ['[title="Contact Name"]'],
  email: ['[title="Contact Email"]', '[title="Web Email"]'],
} as const;

const PATH = /^\/lightning\/r\/Case\/([a-zA-Z0-9]{15,18})\//;

/** Editable bodies inside the frames under root, with the iframe chain that leads to each. */
function editorsIn(root: ParentNode, depth = 0): { el: HTMLElement; chain: Element[] }[] {
  if (depth > 3) return [];
  const out: { el: HTMLElement; chain: Element[] }[] = [];
  for (const frame of all(root, SEL.frames)) {
    const d = frameDocument(frame);
    if (!d) continue;
    const body = d.body;
    if (body && body.matches(SEL.editable[0])) out.push({ el: body, chain: [frame] });
    for (const inner of editorsIn(d, depth + 1)) out.push({ el: inner.el, chain: [frame, ...inner.chain] });
  }
  return out;
}

function activeTab(doc: Document): Element | null {
  return first(doc, SEL.activeTab);
}

function valueAfter(root: ParentNode, labels: readonly string[]): string {
  const label = first(root, labels);
  return text(label?.nextElementSibling);
}

// Case Origin words beyond mail / phone / chat ("Web" cases count as email).
const CHANNEL_WORDS = { email: ['web'], chat: ['messag'] };

export const salesforce: Adapter = {
  id: 'salesforce',
  order: 80,
  name: 'Salesforce Service Console',
  matches: ['https://*.lightning.force.com/*'],
  detect(location, doc) {
    const id = PATH.exec(location.pathname)?.[1];
    const tab = activeTab(doc);
    if (!id || !tab || !first(tab, SEL.record(id))) return null;
    const title = text(first(tab, SEL.title));
    const channel = channelFrom(valueAfter(tab, SEL.origin), CHANNEL_WORDS);
    return {
      key: `salesforce:${location.host}:${id}`,
      link: `${location.origin}/lightning/r/Case/${id}/view`,
      ...nonEmpty({ title, channel }),
    };
  },
  thread(doc) {
    const tab = activeTab(doc);
    if (!tab) return [];
    return recent(tab, SEL.feed).map((el) => {
      const type = el.getAttribute('data-type');
      const role = type === 'EmailMessage' ? (el.getAttribute('data-incoming') === 'true' ? 'customer' : 'agent') : 'note';
      return messageFrom(el, role, SEL);
    });
  },
  composer(doc) {
    const tab = activeTab(doc);
    if (!tab) return null;
    const editors = editorsIn(tab);
    // Focus inside an iframe shows up as the iframe element being the active element of its parent.
    const focused = editors.find(({ el, chain }) => {
      let d: Document | null = doc;
      for (const frame of chain) {
        if (!d || d.activeElement !== frame) return false;
        d = frameDocument(frame);
      }
      return d?.activeElement === el;
    });
    return (focused ?? editors[0])?.el ?? null;
  },
  customer(doc) {
    const tab = activeTab(doc);
    if (!tab) return {};
    return nonEmpty({ name: valueAfter(tab, SEL.contact), email: valueAfter(tab, SEL.email) });
  },
};

export default salesforce;
