import type { Adapter } from './types';
import { channelFrom, customerFrom, first, messageFrom, nonEmpty, text, recent } from './dom';

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

// Words in the ticket view's data-channel beyond mail / phone / chat.
const CHANNEL_WORDS = { phone: ['voice'], chat: ['sms', 'facebook', 'instagram', 'whatsapp'] };

export const gorgias: Adapter = {
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/*'],
  detect(location, doc) {
    const id = PATH.exec(location.pathname)?.[1];
    const view = first(doc, SEL.view);
    if (!id || !view) return null;
    const title = text(first(doc, SEL.subject));
    const channel = channelFrom(view.getAttribute('data-channel'), CHANNEL_WORDS);
    return {
      key: `gorgias:${location.host}:${id}`,
      link: `${location.origin}/app/ticket/${id}`,
      ...nonEmpty({ title, channel }),
    };
  },
  thread(doc) {
    return recent(doc, SEL.messages).map((el) => {
      const role =
        el.getAttribute('data-internal') === 'true' ? 'note' : el.getAttribute('data-from-agent') === 'true' ? 'agent' : 'customer';
      return messageFrom(el, role, SEL);
    });
  },
  composer(doc) {
    return first(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
