import type { Adapter } from './types';
import { channelFrom, customerFrom, first, messageFrom, nonEmpty, ownText, pickComposer, text, recent } from './dom';

// Freshdesk (https://<sub>.freshdesk.com/a/tickets/<id>), the "Mint" agent UI.
// Sources (checked 2026-11-23):
// - toggl/track-extension src/content/freshdesk.js (.page-actions__left, .ticket-subject-heading,
//   .breadcrumb__item.active on the ticket page)
// - 0xdevalias/userscripts freshdesk-make-redactor-editor-resizeable (older portal editor)
// - Froala editor markup (div.fr-element.fr-view[contenteditable]) which Freshdesk's reply and note
//   editors use; .freshdesk_quote is the wrapper Freshdesk puts around quoted history.
// Not verified: the conversation item attributes (data-test-conversation), the requester widget and
// the ticket source selectors are modelled on the Mint UI's data-test-id conventions, not read from a
// live page. TODO(2026-11-23): re-check against a live Freshdesk account.
const SEL = {
  page: ['.page-actions__left', '[data-test-id="ticket-details-page"]'], // ticket page toolbar
  subject: ['.ticket-subject-heading', '[data-test-id="ticket-subject"]'],
  messages: ['[data-test-id="ticket-conversations"] [data-test-conversation]'], // description + replies + notes
  body: ['[data-test-id="conversation-text"]', '.conversation-text', '.fr-view'],
  author: ['[data-test-id="conversation-author"]', '.conversation-author'],
  time: ['time[datetime]'],
  quoted: ['.freshdesk_quote', '.gmail_quote', 'blockquote[type="cite"]'],
  composer: [
    '[data-test-id="reply-editor"] .fr-element.fr-view[contenteditable="true"]', // Reply / Forward
    '[data-test-id="note-editor"] .fr-element.fr-view[contenteditable="true"]', // Add note
    '.fr-element.fr-view[contenteditable="true"]',
  ],
  source: ['[data-test-id="ticket-source"]'], // Email / Portal / Chat / Phone badge
  name: ['[data-test-id="requester-info-name"]', '.requester-info .user-name'],
  email: ['[data-test-id="requester-info-email"]', '.requester-info .user-email'],
} as const;

const PATH = /^\/a\/tickets\/(\d+)/;

// Ticket source badge words beyond mail / phone / chat ("Portal" tickets count as email).
const CHANNEL_WORDS = { email: ['portal'], chat: ['whatsapp', 'messag'] };

export const freshdesk: Adapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  detect(location, doc) {
    const id = PATH.exec(location.pathname)?.[1];
    if (!id || !first(doc, SEL.page) || !first(doc, SEL.subject)) return null;
    const channel = channelFrom(text(first(doc, SEL.source)), CHANNEL_WORDS);
    return {
      key: `freshdesk:${location.host}:${id}`,
      link: `${location.origin}/a/tickets/${id}`,
      title: ownText(first(doc, SEL.subject)), // the heading's own text, without its tag and button children
      ...nonEmpty({ channel }),
    };
  },
  thread(doc) {
    return recent(doc, SEL.messages).map((el) => {
      const kind = el.getAttribute('data-test-conversation');
      return messageFrom(el, kind === 'private-note' ? 'note' : kind === 'outgoing' ? 'agent' : 'customer', SEL);
    });
  },
  composer(doc) {
    return pickComposer(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
