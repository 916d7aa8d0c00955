import type { Adapter, Channel, ThreadMessage } from './types';
import { all, first, text } from './dom';

// Gorgias (https://<sub>.gorgias.com/app/ticket/<id>). Messages and internal notes share the
// ticket body; the reply editor is a Draft.js editor (div.public-DraftEditor-content[contenteditable])
// that switches between public reply and internal note.
// Sources (checked 2026-11-23): Gorgias's public ticket URL scheme (/app/ticket/<id>, used in its
// help center and API docs' "ticket url"); Draft.js's own editor markup (public-DraftEditor-content).
// Not verified: the ticket body, message and customer panel selectors (data-testid names below) were
// not read from a live account or a public integration. TODO(2026-11-23): verify on a live account.
const SEL = {
  view: ['[data-testid="ticket-view"]'],
  subject: ['[data-testid="ticket-subject"]'],
  messages: ['[data-testid="ticket-body"] [data-testid="ticket-message"]'],
  body: ['[data-testid="message-body"]'],
  author: ['[data-testid="message-author"]'],
  time: ['time[datetime]'],
  quoted: ['.gmail_quote', 'blockquote[type="cite"]', '[data-testid="quoted-text"]'],
  composer: ['[data-testid="ticket-reply-editor"] .public-DraftEditor-content[contenteditable="true"]'],
  name: ['[data-testid="customer-name"]'],
  email: ['[data-testid="customer-email"]'],
} as const;

const PATH = /^\/app\/ticket\/(\d+)/;

function bodyText(el: Element | null): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  for (const q of SEL.quoted) clone.querySelectorAll(q).forEach((n) => n.remove());
  return text(clone);
}

function channelOf(v: string | null | undefined): Channel | undefined {
  if (!v) return undefined;
  if (/mail/i.test(v)) return 'email';
  if (/phone|voice/i.test(v)) return 'phone';
  if (/chat|sms|facebook|instagram|whatsapp/i.test(v)) return 'chat';
  return undefined;
}

export const gorgias: Adapter = {
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/*'],
  detect(location, doc) {
    const id = PATH.exec(location.pathname)?.[1];
    const view = first(doc, SEL.view);
    if (!id || !view) return null;
    const title = text(first(doc, SEL.subject));
    const channel = channelOf(view.getAttribute('data-channel'));
    return {
      key: `gorgias:${location.host}:${id}`,
      link: `${location.origin}/app/ticket/${id}`,
      ...(title ? { title } : {}),
      ...(channel ? { channel } : {}),
    };
  },
  thread(doc) {
    return all(doc, SEL.messages).map((el): ThreadMessage => {
      const author = text(first(el, SEL.author));
      const at = first(el, SEL.time)?.getAttribute('datetime') ?? undefined;
      const role =
        el.getAttribute('data-internal') === 'true' ? 'note' : el.getAttribute('data-from-agent') === 'true' ? 'agent' : 'customer';
      return { role, text: bodyText(first(el, SEL.body)), ...(author ? { author } : {}), ...(at ? { at } : {}) };
    });
  },
  composer(doc) {
    return first(doc, SEL.composer);
  },
  customer(doc) {
    const name = text(first(doc, SEL.name));
    const email = text(first(doc, SEL.email));
    return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  },
};
