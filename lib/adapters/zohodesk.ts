import type { Adapter, Channel, ThreadMessage } from './types';
import { all, first, text } from './dom';

// Zoho Desk (https://desk.zoho.com/agent/<portal>/<department>/tickets/details/<id>, and the EU, IN
// and AU data centres desk.zoho.eu / desk.zoho.in / desk.zoho.com.au).
// Sources (checked 2026-11-23): Zoho Desk's public ticket URL scheme (help pages "Ticket permalink").
// Not verified: every DOM selector below (thread items with data-type, editor containers, contact
// card) is modelled on Zoho Desk's markup conventions and was not read from a live portal or a
// public integration; no public userscript was found. TODO(2026-11-23): verify on a live portal.
const SEL = {
  view: ['[data-id="ticketDetailView"]', '#ticketDetailView'],
  subject: ['[data-id="ticketSubject"]'],
  threads: ['[data-id="conversationList"] [data-thread-type]'], // incoming / outgoing / comment
  body: ['[data-id="threadContent"]'],
  author: ['[data-id="threadAuthor"]'],
  time: ['time[datetime]'],
  quoted: ['.zd_quote', '.gmail_quote', 'blockquote[type="cite"]'],
  channel: ['[data-id="ticketChannel"]'],
  composer: [
    '[data-id="replyEditor"] [contenteditable="true"]', // Reply
    '[data-id="commentEditor"] [contenteditable="true"]', // Comment (private by default)
  ],
  name: ['[data-id="contactName"]'],
  email: ['[data-id="contactEmail"]'],
} as const;

const PATH = /^\/agent\/([\w-]+)\/([\w-]+)\/tickets\/details\/(\d+)/;

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

function channelOf(v: string): Channel | undefined {
  if (/mail|web/i.test(v)) return 'email';
  if (/phone/i.test(v)) return 'phone';
  if (/chat|whatsapp|messag/i.test(v)) return 'chat';
  return undefined;
}

export const zohodesk: Adapter = {
  id: 'zohodesk',
  name: 'Zoho Desk',
  matches: ['https://desk.zoho.com/*', 'https://desk.zoho.eu/*', 'https://desk.zoho.in/*', 'https://desk.zoho.com.au/*'],
  detect(location, doc) {
    const m = PATH.exec(location.pathname);
    if (!m || !first(doc, SEL.view)) return null;
    const [path, , , id] = m;
    const title = text(first(doc, SEL.subject));
    const channel = channelOf(text(first(doc, SEL.channel)));
    return {
      key: `zohodesk:${location.host}:${id}`,
      link: `${location.origin}${path}`,
      ...(title ? { title } : {}),
      ...(channel ? { channel } : {}),
    };
  },
  thread(doc) {
    return all(doc, SEL.threads).map((el): ThreadMessage => {
      const type = el.getAttribute('data-thread-type');
      const author = text(first(el, SEL.author));
      const at = first(el, SEL.time)?.getAttribute('datetime') ?? undefined;
      return {
        role: type === 'comment' ? 'note' : type === 'outgoing' ? 'agent' : 'customer',
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
