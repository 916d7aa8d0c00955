import type { Adapter, Channel, ThreadMessage } from './types';
import { all, first, text } from './dom';

// HubSpot Help Desk and Conversations inbox (https://app.hubspot.com/help-desk/<portal>/.../ticket/<id>
// and https://app.hubspot.com/live-messages/<portal>/inbox/<thread id>; EU portals on app-eu1.hubspot.com).
// Sources (checked 2026-11-23):
// - toggl/track-extension src/content/hubspot.js (HubSpot marks its UI with data-selenium-test
//   attributes, e.g. div[data-selenium-test$="-highlight-details"] h3 for the record title)
// Not verified: the thread, message, composer and contact selectors below follow HubSpot's
// data-test-id / data-selenium-test naming but were not read from a live portal.
// TODO(2026-11-23): re-check against a live Help Desk workspace.
const SEL = {
  view: ['[data-test-id="thread-view"]', '[data-selenium-test="thread-view"]'],
  title: ['[data-test-id="ticket-title"]', 'div[data-selenium-test$="-highlight-details"] h3'],
  messages: ['[data-test-id="thread-view"] [data-test-id="thread-message"][data-sender-type]'],
  body: ['[data-test-id="message-body"]'],
  author: ['[data-test-id="message-sender"]'],
  time: ['time[datetime]'],
  quoted: ['.gmail_quote', 'blockquote[type="cite"]', '[data-test-id="quoted-text"]'],
  channel: ['[data-test-id="thread-view"][data-channel]'],
  composer: [
    '[data-test-id="reply-editor"] [contenteditable="true"]', // Reply (email / chat)
    '[data-test-id="comment-editor"] [contenteditable="true"]', // Comment (internal)
  ],
  name: ['[data-test-id="contact-name"]'],
  email: ['[data-test-id="contact-email"]'],
} as const;

const PATHS = [/^\/help-desk\/(\d+)\/.*\/ticket\/(\d+)/, /^\/live-messages\/(\d+)\/inbox\/(\d+)/];

function shown(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return false;
    if (win?.getComputedStyle(n).display === 'none') return false;
  }
  return true;
}

function bodyText(el: Element | null): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  for (const q of SEL.quoted) clone.querySelectorAll(q).forEach((n) => n.remove());
  return text(clone);
}

function channelOf(v: string | null | undefined): Channel | undefined {
  if (!v) return undefined;
  if (/mail/i.test(v)) return 'email';
  if (/call|phone/i.test(v)) return 'phone';
  if (/chat|messenger|whatsapp/i.test(v)) return 'chat';
  return undefined;
}

export const hubspot: Adapter = {
  id: 'hubspot',
  name: 'HubSpot Help Desk',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  detect(location, doc) {
    const m = PATHS.map((p) => p.exec(location.pathname)).find(Boolean);
    if (!m || !first(doc, SEL.view)) return null;
    const [path, portal, id] = m;
    const title = text(first(doc, SEL.title));
    const channel = channelOf(first(doc, SEL.channel)?.getAttribute('data-channel'));
    return {
      key: `hubspot:${location.host}:${portal}-${id}`,
      link: `${location.origin}${path}`,
      ...(title ? { title } : {}),
      ...(channel ? { channel } : {}),
    };
  },
  thread(doc) {
    return all(doc, SEL.messages).map((el): ThreadMessage => {
      const type = el.getAttribute('data-sender-type');
      const author = text(first(el, SEL.author));
      const at = first(el, SEL.time)?.getAttribute('datetime') ?? undefined;
      return {
        role: type === 'comment' ? 'note' : type === 'agent' ? 'agent' : 'customer',
        text: bodyText(first(el, SEL.body)),
        ...(author ? { author } : {}),
        ...(at ? { at } : {}),
      };
    });
  },
  composer(doc) {
    const boxes = all(doc, [SEL.composer.join(', ')]).filter(shown) as HTMLElement[];
    const focused = doc.activeElement;
    return boxes.find((b) => focused && b.contains(focused)) ?? boxes[0] ?? null;
  },
  customer(doc) {
    const name = text(first(doc, SEL.name));
    const email = text(first(doc, SEL.email));
    return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  },
};
