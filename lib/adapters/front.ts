import type { Adapter, ThreadMessage } from './types';
import { all, first, text } from './dom';

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

function shown(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return false;
    if (win?.getComputedStyle(n).display === 'none') return false;
  }
  return true;
}

function bodyText(el: Element | null): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  for (const q of SEL.quoted) clone.querySelectorAll(q).forEach((n) => n.remove());
  return text(clone);
}

export const front: Adapter = {
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  detect(location, doc) {
    const id = CNV.exec(location.pathname)?.[1];
    if (!id || !first(doc, SEL.view)) return null;
    const title = text(first(doc, SEL.subject));
    return { key: `front:${location.host}:${id}`, link: `${location.origin}/open/${id}`, ...(title ? { title } : {}) };
  },
  thread(doc) {
    return all(doc, SEL.items).map((el): ThreadMessage => {
      const isComment = el.getAttribute('data-testid') === 'commentItem';
      const author = text(first(el, SEL.author));
      const at = first(el, SEL.time)?.getAttribute('datetime') ?? undefined;
      return {
        role: isComment ? 'note' : el.getAttribute('data-direction') === 'outbound' ? 'agent' : 'customer',
        text: bodyText(first(el, SEL.body)),
        ...(author ? { author } : {}),
        ...(at ? { at } : {}),
      };
    });
  },
  composer(doc) {
    const reply = all(doc, SEL.reply).filter(shown) as HTMLElement[];
    const comment = all(doc, SEL.comment).filter(shown) as HTMLElement[];
    const focused = doc.activeElement;
    const boxes = [...reply, ...comment];
    return boxes.find((b) => focused && b.contains(focused)) ?? boxes[0] ?? null;
  },
  customer(doc) {
    const name = text(first(doc, SEL.name));
    const email = text(first(doc, SEL.email));
    return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  },
};
