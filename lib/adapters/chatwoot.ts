import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// Chatwoot (https://app.chatwoot.com/app/accounts/<account>/conversations/<id>, also under
// .../inbox/<inbox>/conversations/<id> and other list views). Self-hosted installs are enabled by the
// rep at run time through generic mode; detect() recognises them by path and DOM, not by host.
// Sources (checked 2026-11-23), chatwoot/chatwoot:
// - app/javascript/dashboard/components-next/message/Message.vue (each message is
//   div#message<id>[data-message-id]; bubbles and meta inside)
// - app/javascript/dashboard/components-next/message/bubbles/Base.vue (orientation classes
//   left-bubble = incoming, right-bubble = outgoing; private notes get the amber variant class)
// - app/javascript/dashboard/components/widgets/conversation/MessagesView.vue (ReplyBox below the list)
// Not verified: the private-note class (upstream bg-n-solid-amber; forks restyle it), the reply box
// container (.reply-box, .is-private) and the contact panel selectors.
// A recipe: every read is a selector (lib/adapters/recipe.ts). Items without a bubble are
// activity lines (assignments, status changes), not messages.
export const CHATWOOT_RECIPE: Recipe = {
  id: 'chatwoot',
  name: 'Chatwoot',
  hosts: ['app.chatwoot.com'],
  ticket: {
    url: '^/app/accounts/(\\d+)/(?:[\\w-]+/\\d+/)?conversations/(\\d+)',
    key: '{1}:{2}',
    require: ['.conversation-panel', '.reply-box .ProseMirror[contenteditable="true"], .reply-box [contenteditable="true"]'],
    subject: { sel: ['.conversation-header .user--name', '.conversation-header h3'] },
    link: '/app/accounts/{1}/conversations/{2}',
  },
  composer: ['.reply-box .ProseMirror[contenteditable="true"]', '.reply-box [contenteditable="true"]'],
  messages: {
    item: ['.conversation-panel [data-message-id]'],
    only: [{ has: '.left-bubble, .right-bubble' }],
    body: ['.prose-bubble', '.prose', '[data-message-content]', '.left-bubble, .right-bubble'],
    roles: { note: [{ has: '[class*="bg-n-solid-amber"], .is-private' }], customer: [{ has: '.left-bubble' }] },
    otherwise: 'agent',
  },
  customer: { name: { sel: ['.contact--name', '[data-testid="contact-name"]'] }, email: { sel: ['.contact--email', '[data-testid="contact-email"]'] } },
};

export const chatwoot = recipeAdapter(CHATWOOT_RECIPE, ['https://app.chatwoot.com/*'], 150);

export default chatwoot;
