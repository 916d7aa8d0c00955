import type { Adapter, ThreadMessage } from './types';
import { all, bodyText, first, focusedOrFirst, nonEmpty, text, recent } from './dom';

// Stays code, not a recipe: the rep's own address comes from the document title, and a message is
// the agent's when its sender's address equals it (a comparison selectors cannot make).
// Gmail (https://mail.google.com/mail/u/<n>/#<view>/<thread id>), used as a helpdesk by small teams.
// A conversation view is open when the hash ends in a thread id and the thread's subject heading is
// in the DOM. Several compose roots can be open at once (inline reply in the thread, pop-out and
// minimised compose windows): the active one is the focused one, else the inline reply.
// Sources (checked 2026-11-23):
// - KartikTalwar/gmail.js src/gmail.js (h2.hP subject, div.adn message, span.gD[email] sender,
//   div.a3s body, .gmail_quote quoted history, div.M9 compose, [g_editable] body)
// - Freemindtronic/evicypher-webmail src/content-scripts/gmail.ts (.a3s.aiL mail body, .iN editor)
// - toggl/track-extension src/content/google-mail.js (.ha h2 subject heading)
// The rep's own address is read from the document title ("<subject> - <address> - Gmail").
// Not verified: the class of the collapsed-message snippet (span.y2) and of trimmed content (.yj6qo);
// Gmail's class names are obfuscated and change between deploys, so ARIA/attribute selectors come first.
// TODO(2026-11-23): re-check the class names against a live mailbox.
const SEL = {
  subject: ['h2.hP', '.ha h2'], // thread subject heading
  messages: ['div.adn[data-message-id]', 'div.adn'], // one per message in the thread (expanded or collapsed)
  sender: ['span.gD[email]', 'span[email].gD'], // sender name with its address
  body: ['div.a3s.aiL', 'div.a3s'], // rendered body of an expanded message
  snippet: ['span.y2'], // collapsed message: only a snippet is shown (not verified)
  time: ['span.g3[title]'], // date of the message
  quoted: ['.gmail_quote', 'blockquote.gmail_quote', '.gmail_extra', '.yj6qo', '.adL'], // quoted history / trimmed content
  composer: [
    'div[role="textbox"][contenteditable="true"][g_editable="true"]', // compose body (2020+)
    'div.Am.Al.editable[contenteditable="true"]', // compose body, class form
    'div[aria-label="Message Body"][contenteditable="true"]', // English UI only
  ],
  inlineCompose: ['.adn .M9', 'div.ip.adB .M9', '.nH.aHU .M9'], // the reply box inside the thread
} as const;

const THREAD_ID = /^[A-Za-z0-9_-]{16,}$/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function threadRef(location: URL): { account: string; thread: string } | null {
  if (!location.pathname.startsWith('/mail/')) return null;
  const thread = location.hash.replace(/^#/, '').split('?')[0]?.split('/').pop() ?? '';
  if (!THREAD_ID.test(thread)) return null;
  const account = /^\/mail\/u\/(\d+)/.exec(location.pathname)?.[1] ?? '0';
  return { account, thread };
}

function ownAddress(doc: Document): string | undefined {
  return doc.title.match(EMAIL)?.pop()?.toLowerCase();
}

export const gmail: Adapter = {
  id: 'gmail',
  order: 20,
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  detect(location, doc) {
    const ref = threadRef(location);
    if (!ref || location.host !== 'mail.google.com') return null;
    const subject = first(doc, SEL.subject);
    if (!subject || all(doc, SEL.messages).length === 0) return null;
    return {
      key: `gmail:${location.host}:u${ref.account}:${ref.thread}`,
      link: `${location.origin}/mail/u/${ref.account}/#all/${ref.thread}`,
      title: text(subject),
      channel: 'email',
    };
  },
  thread(doc) {
    const me = ownAddress(doc);
    return recent(doc, SEL.messages).map((el): ThreadMessage => {
      const sender = first(el, SEL.sender);
      const email = sender?.getAttribute('email')?.toLowerCase();
      const body = first(el, SEL.body);
      const at = first(el, SEL.time)?.getAttribute('title');
      const author = sender?.getAttribute('name') ?? text(sender);
      return {
        role: me && email === me ? 'agent' : 'customer',
        text: body ? bodyText(body, SEL.quoted) : text(first(el, SEL.snippet)),
        ...nonEmpty({ author, at }),
      };
    });
  },
  composer(doc) {
    const inline = first(doc, SEL.inlineCompose);
    return focusedOrFirst(all(doc, SEL.composer), (b) => !!inline?.contains(b));
  },
  customer(doc) {
    const me = ownAddress(doc);
    const sender = all(doc, SEL.messages)
      .map((el) => first(el, SEL.sender))
      .find((s) => s && s.getAttribute('email')?.toLowerCase() !== me);
    if (!sender) return {};
    return nonEmpty({ name: sender.getAttribute('name') ?? text(sender), email: sender.getAttribute('email') });
  },
};

export default gmail;
