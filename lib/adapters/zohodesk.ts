import type { Adapter } from './types';
import { channelFrom, customerFrom, first, messageFrom, nonEmpty, pickComposer, text, recent } from './dom';

// Zoho Desk (https://desk.zoho.com/agent/<portal>/<department>/tickets/details/<id>, and the EU, IN
// and AU data centres desk.zoho.eu / desk.zoho.in / desk.zoho.com.au).
// Sources (checked 2026-11-23): Zoho Desk's public ticket URL scheme (help pages "Ticket permalink").
// Not verified: every DOM selector below (thread items with data-type, editor containers, contact
// card) is modelled on Zoho Desk's markup conventions and was not read from a live portal or a
// public integration; no public userscript was found. TODO(2026-11-23): verify on a live portal.
const SEL = {
  view: ['[data-id="ticketDetailView"]', '#ticketDetailView'],
  subject: ['[data-id="ticketSubject"]'],
  threads: ['[data-id="conversationList"] [data-thread-type]'], // incoming / outgoing / comment
  body: ['[data-id="threadContent"]'],
  author: ['[data-id="threadAuthor"]'],
  time: ['time[datetime]'],
  quoted: ['.zd_quote', '.gmail_quote', 'blockquote[type="cite"]'],
  channel: ['[data-id="ticketChannel"]'],
  composer: [
    '[data-id="replyEditor"] [contenteditable="true"]', // Reply
    '[data-id="commentEditor"] [contenteditable="true"]', // Comment (private by default)
  ],
  name: ['[data-id="contactName"]'],
  email: ['[data-id="contactEmail"]'],
} as const;

const PATH = /^\/agent\/([\w-]+)\/([\w-]+)\/tickets\/details\/(\d+)/;

// Ticket channel words beyond mail / phone / chat ("Web" tickets count as email).
const CHANNEL_WORDS = { email: ['web'], chat: ['whatsapp', 'messag'] };

export const zohodesk: Adapter = {
  id: 'zohodesk',
  name: 'Zoho Desk',
  matches: ['https://desk.zoho.com/*', 'https://desk.zoho.eu/*', 'https://desk.zoho.in/*', 'https://desk.zoho.com.au/*'],
  detect(location, doc) {
    const m = PATH.exec(location.pathname);
    if (!m || !first(doc, SEL.view)) return null;
    const [path, , , id] = m;
    const title = text(first(doc, SEL.subject));
    const channel = channelFrom(text(first(doc, SEL.channel)), CHANNEL_WORDS);
    return {
      key: `zohodesk:${location.host}:${id}`,
      link: `${location.origin}${path}`,
      ...nonEmpty({ title, channel }),
    };
  },
  thread(doc) {
    return recent(doc, SEL.threads).map((el) => {
      const type = el.getAttribute('data-thread-type');
      return messageFrom(el, type === 'comment' ? 'note' : type === 'outgoing' ? 'agent' : 'customer', SEL);
    });
  },
  composer(doc) {
    return pickComposer(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
