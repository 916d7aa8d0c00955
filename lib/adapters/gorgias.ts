import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// Gorgias (https://<sub>.gorgias.com/app/ticket/<id>). Messages and internal notes share the
// ticket body; the reply editor is a Draft.js editor (div.public-DraftEditor-content[contenteditable])
// that switches between public reply and internal note.
// Sources (checked 2026-11-23): Gorgias's public ticket URL scheme (/app/ticket/<id>, used in its
// help center and API docs' "ticket url"); Draft.js's own editor markup (public-DraftEditor-content).
// Not verified: the ticket body, message and customer panel selectors (data-testid names below) were
// not read from a live account or a public integration. TODO(2026-11-23): verify on a live account.
// A recipe: every read is a selector (lib/adapters/recipe.ts).
export const GORGIAS_RECIPE: Recipe = {
  id: 'gorgias',
  name: 'Gorgias',
  hosts: ['*.gorgias.com'],
  ticket: {
    url: '^/app/ticket/(\\d+)',
    require: ['[data-testid="ticket-view"]'],
    subject: { sel: ['[data-testid="ticket-subject"]'] },
    // Words in the ticket view's data-channel beyond mail / phone / chat.
    channel: { sel: ['[data-testid="ticket-view"]'], attr: 'data-channel', words: { phone: ['voice'], chat: ['sms', 'facebook', 'instagram', 'whatsapp'] } },
    link: '/app/ticket/{id}',
  },
  composer: ['[data-testid="ticket-reply-editor"] .public-DraftEditor-content[contenteditable="true"]'],
  messages: {
    item: ['[data-testid="ticket-body"] [data-testid="ticket-message"]'],
    body: ['[data-testid="message-body"]'],
    author: ['[data-testid="message-author"]'],
    time: ['time[datetime]'],
    quoted: ['.gmail_quote', 'blockquote[type="cite"]', '[data-testid="quoted-text"]'],
    roles: { note: [{ attr: 'data-internal', value: 'true' }], agent: [{ attr: 'data-from-agent', value: 'true' }] },
  },
  customer: { name: { sel: ['[data-testid="customer-name"]'] }, email: { sel: ['[data-testid="customer-email"]'] } },
};

export const gorgias = recipeAdapter(GORGIAS_RECIPE, ['https://*.gorgias.com/*'], 120);

export default gorgias;
