import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';
import { DEMO_MATCHES } from './release';

// The bundled demo helpdesk (tests/fixtures/demo, served by `npm run demo` and the e2e suite).
// Its markup follows the common ticket view: one .ticket-view with a data-ticket-id, messages
// marked with their author role, one contenteditable reply box. Checked 2026-11-23.
// A recipe: every read is a selector (lib/adapters/recipe.ts).
export const DEMO_RECIPE: Recipe = {
  id: 'demo',
  name: 'Heard demo helpdesk',
  hosts: ['localhost', '127.0.0.1'],
  ticket: {
    url: '^/heard-demo/',
    id: { sel: ['.ticket-view[data-ticket-id]'], attr: 'data-ticket-id' },
    subject: { sel: ['.ticket-subject'] },
    channel: { sel: ['.ticket-view[data-ticket-id]'], attr: 'data-channel' },
    link: '{path}#/tickets/{id}',
  },
  composer: ['.ticket-view .reply-editor[contenteditable="true"]', '.ticket-view textarea.reply-editor:not([hidden])'],
  messages: {
    item: ['.thread .message[data-author-role]'],
    body: ['.message-body'],
    author: ['.author'],
    roles: { agent: [{ attr: 'data-author-role', value: 'agent' }], note: [{ attr: 'data-author-role', value: 'note' }] },
  },
  customer: { name: { sel: ['.requester-name'] }, email: { sel: ['.requester-email'] } },
};

export const demo = recipeAdapter(DEMO_RECIPE, DEMO_MATCHES, 1000);

export default demo;
