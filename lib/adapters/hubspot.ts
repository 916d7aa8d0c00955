import type { Adapter } from './types';
import { channelFrom, customerFrom, first, messageFrom, nonEmpty, pickComposer, text, recent } from './dom';

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

// Words in the thread view's data-channel beyond mail / phone / chat.
const CHANNEL_WORDS = { phone: ['call'], chat: ['messenger', 'whatsapp'] };

export const hubspot: Adapter = {
  id: 'hubspot',
  name: 'HubSpot Help Desk',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  detect(location, doc) {
    const m = PATHS.map((p) => p.exec(location.pathname)).find(Boolean);
    if (!m || !first(doc, SEL.view)) return null;
    const [path, portal, id] = m;
    const title = text(first(doc, SEL.title));
    const channel = channelFrom(first(doc, SEL.channel)?.getAttribute('data-channel'), CHANNEL_WORDS);
    return {
      key: `hubspot:${location.host}:${portal}-${id}`,
      link: `${location.origin}${path}`,
      ...nonEmpty({ title, channel }),
    };
  },
  thread(doc) {
    return recent(doc, SEL.messages).map((el) => {
      const type = el.getAttribute('data-sender-type');
      return messageFrom(el, type === 'comment' ? 'note' : type === 'agent' ? 'agent' : 'customer', SEL);
    });
  },
  composer(doc) {
    return pickComposer(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
