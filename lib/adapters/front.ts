import type { Adapter } from './types';
import { all, customerFrom, first, focusedOrFirst, messageFrom, nonEmpty, text, recent } from './dom';

// Front (https://app.frontapp.com/.../cnv_<id>). Messages and teammate comments share one timeline;
// the reply composer (to the customer) and the comment composer (internal) can both be open.
// The active composer is the focused one, else the reply composer when it is open.
// Sources (checked 2026-11-23): Front's public URL scheme (app.frontapp.com/open/cnv_<id> opens a
// conversation; documented in Front's help center "Share a link to a conversation").
// Not verified: every DOM selector below (data-testid names for the timeline, message items,
// comments, composers and the contact panel) is modelled on Front's React markup conventions and
// was not read from a live page or a public integration; no public userscript was found.
// TODO(2026-11-23): verify against a live Front workspace before relying on this adapter.
const SEL = {
  view: ['[data-testid="conversationView"]'],
  subject: ['[data-testid="conversationSubject"]'],
  items: ['[data-testid="timeline"] [data-testid="messageItem"], [data-testid="timeline"] [data-testid="commentItem"]'],
  body: ['[data-testid="messageBody"]', '[data-testid="commentBody"]'],
  author: ['[data-testid="messageAuthor"]', '[data-testid="commentAuthor"]'],
  time: ['time[datetime]'],
  quoted: ['.front-blockquote', '.gmail_quote', 'blockquote[type="cite"]'],
  reply: ['[data-testid="replyComposer"] [contenteditable="true"]'], // draft to the customer
  comment: ['[data-testid="commentComposer"] [contenteditable="true"]'], // internal comment
  name: ['[data-testid="contactName"]'],
  email: ['[data-testid="contactHandle"]'],
} as const;

const CNV = /\/(cnv_[a-z0-9]+)/i;

export const front: Adapter = {
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  detect(location, doc) {
    const id = CNV.exec(location.pathname)?.[1];
    if (!id || !first(doc, SEL.view)) return null;
    const title = text(first(doc, SEL.subject));
    return { key: `front:${location.host}:${id}`, link: `${location.origin}/open/${id}`, ...nonEmpty({ title }) };
  },
  thread(doc) {
    return recent(doc, SEL.items).map((el) => {
      const isComment = el.getAttribute('data-testid') === 'commentItem';
      const role = isComment ? 'note' : el.getAttribute('data-direction') === 'outbound' ? 'agent' : 'customer';
      return messageFrom(el, role, SEL);
    });
  },
  composer(doc) {
    return focusedOrFirst([...all(doc, SEL.reply), ...all(doc, SEL.comment)]); // reply first when neither is focused
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
