import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// Zoho Desk (https://desk.zoho.com/agent/<portal>/<department>/tickets/details/<id>, and the EU, IN
// and AU data centres desk.zoho.eu / desk.zoho.in / desk.zoho.com.au).
// Sources (checked 2026-11-23): Zoho Desk's public ticket URL scheme (help pages "Ticket permalink").
// Not verified: every DOM selector below (thread items with data-type, editor containers, contact
// card) is modelled on Zoho Desk's markup conventions and was not read from a live portal or a
// public integration; no public userscript was found. TODO(2026-11-23): verify on a live portal.
// A recipe: every read is a selector (lib/adapters/recipe.ts).
export const ZOHODESK_RECIPE: Recipe = {
  id: 'zohodesk',
  name: 'Zoho Desk',
  hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au'],
  ticket: {
    url: '^/agent/([\\w-]+)/([\\w-]+)/tickets/details/(\\d+)',
    key: '{3}',
    require: ['[data-id="ticketDetailView"], #ticketDetailView'],
    subject: { sel: ['[data-id="ticketSubject"]'] },
    // Ticket channel words beyond mail / phone / chat ("Web" tickets count as email).
    channel: { sel: ['[data-id="ticketChannel"]'], words: { email: ['web'], chat: ['whatsapp', 'messag'] } },
    link: '{0}',
  },
  composer: [
    '[data-id="replyEditor"] [contenteditable="true"]', // Reply
    '[data-id="commentEditor"] [contenteditable="true"]', // Comment (private by default)
  ],
  messages: {
    item: ['[data-id="conversationList"] [data-thread-type]'], // incoming / outgoing / comment
    body: ['[data-id="threadContent"]'],
    author: ['[data-id="threadAuthor"]'],
    time: ['time[datetime]'],
    quoted: ['.zd_quote', '.gmail_quote', 'blockquote[type="cite"]'],
    roles: { note: [{ attr: 'data-thread-type', value: 'comment' }], agent: [{ attr: 'data-thread-type', value: 'outgoing' }] },
  },
  customer: { name: { sel: ['[data-id="contactName"]'] }, email: { sel: ['[data-id="contactEmail"]'] } },
};

export const zohodesk = recipeAdapter(ZOHODESK_RECIPE, ['https://desk.zoho.com/*', 'https://desk.zoho.eu/*', 'https://desk.zoho.in/*', 'https://desk.zoho.com.au/*'], 110);

export default zohodesk;
