import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// HubSpot Help Desk and Conversations inbox (https://app.hubspot.com/help-desk/<portal>/.../ticket/<id>
// and https://app.hubspot.com/live-messages/<portal>/inbox/<thread id>; EU portals on app-eu1.hubspot.com).
// Sources (checked 2026-11-23):
// - toggl/track-extension src/content/hubspot.js (HubSpot marks its UI with data-selenium-test
//   attributes, e.g. div[data-selenium-test$="-highlight-details"] h3 for the record title)
// Not verified: the thread, message, composer and contact selectors below follow HubSpot's
// data-test-id / data-selenium-test naming but were not read from a live portal.
// TODO(2026-11-23): re-check against a live Help Desk workspace.
// A recipe: every read is a selector (lib/adapters/recipe.ts).
export const HUBSPOT_RECIPE: Recipe = {
  id: 'hubspot',
  name: 'HubSpot Help Desk',
  hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'],
  ticket: {
    url: '^/(?:help-desk/(\\d+)/(?:[^/?#]+/){0,8}ticket/(\\d+)|live-messages/(\\d+)/inbox/(\\d+))',
    key: '{1}{3}-{2}{4}',
    require: ['[data-test-id="thread-view"], [data-selenium-test="thread-view"]'],
    subject: { sel: ['[data-test-id="ticket-title"]', 'div[data-selenium-test$="-highlight-details"] h3'] },
    // Words in the thread view's data-channel beyond mail / phone / chat.
    channel: { sel: ['[data-test-id="thread-view"][data-channel]'], attr: 'data-channel', words: { phone: ['call'], chat: ['messenger', 'whatsapp'] } },
    link: '{0}',
  },
  composer: [
    '[data-test-id="reply-editor"] [contenteditable="true"]', // Reply (email / chat)
    '[data-test-id="comment-editor"] [contenteditable="true"]', // Comment (internal)
  ],
  messages: {
    item: ['[data-test-id="thread-view"] [data-test-id="thread-message"][data-sender-type]'],
    body: ['[data-test-id="message-body"]'],
    author: ['[data-test-id="message-sender"]'],
    time: ['time[datetime]'],
    quoted: ['.gmail_quote', 'blockquote[type="cite"]', '[data-test-id="quoted-text"]'],
    roles: { note: [{ attr: 'data-sender-type', value: 'comment' }], agent: [{ attr: 'data-sender-type', value: 'agent' }] },
  },
  customer: { name: { sel: ['[data-test-id="contact-name"]'] }, email: { sel: ['[data-test-id="contact-email"]'] } },
};

export const hubspot = recipeAdapter(HUBSPOT_RECIPE, ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'], 100);

export default hubspot;
