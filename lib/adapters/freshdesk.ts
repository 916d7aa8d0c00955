import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

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
// A recipe: every read is a selector (lib/adapters/recipe.ts).
export const FRESHDESK_RECIPE: Recipe = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: ['*.freshdesk.com'],
  ticket: {
    url: '^/a/tickets/(\\d+)',
    require: ['.page-actions__left, [data-test-id="ticket-details-page"]', '.ticket-subject-heading, [data-test-id="ticket-subject"]'],
    // The heading's own text, without its tag and button children.
    subject: { sel: ['.ticket-subject-heading', '[data-test-id="ticket-subject"]'], own: true },
    // Ticket source badge words beyond mail / phone / chat ("Portal" tickets count as email).
    channel: { sel: ['[data-test-id="ticket-source"]'], words: { email: ['portal'], chat: ['whatsapp', 'messag'] } },
    link: '/a/tickets/{id}',
  },
  composer: [
    '[data-test-id="reply-editor"] .fr-element.fr-view[contenteditable="true"]', // Reply / Forward
    '[data-test-id="note-editor"] .fr-element.fr-view[contenteditable="true"]', // Add note
    '.fr-element.fr-view[contenteditable="true"]',
  ],
  messages: {
    item: ['[data-test-id="ticket-conversations"] [data-test-conversation]'], // description + replies + notes
    body: ['[data-test-id="conversation-text"]', '.conversation-text', '.fr-view'],
    author: ['[data-test-id="conversation-author"]', '.conversation-author'],
    time: ['time[datetime]'],
    quoted: ['.freshdesk_quote', '.gmail_quote', 'blockquote[type="cite"]'],
    roles: { note: [{ attr: 'data-test-conversation', value: 'private-note' }], agent: [{ attr: 'data-test-conversation', value: 'outgoing' }] },
  },
  customer: {
    name: { sel: ['[data-test-id="requester-info-name"]', '.requester-info .user-name'] },
    email: { sel: ['[data-test-id="requester-info-email"]', '.requester-info .user-email'] },
  },
};

export const freshdesk = recipeAdapter(FRESHDESK_RECIPE, ['https://*.freshdesk.com/*'], 30);

export default freshdesk;
