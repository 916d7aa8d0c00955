import type { Adapter, ThreadMessage } from './types';
import { all, first, text } from './dom';

// Help Scout (https://secure.helpscout.net/conversation/<conversation id>/<number>).
// The reply editor and the note editor are both in the DOM; the one the rep opened is shown.
// Sources (checked 2026-11-23):
// - toggl/track-extension src/content/helpscout.js ([data-cy="ConversationHeader.Actions"],
//   [data-cy="Text"] number, [data-cy="EditableTextarea"] subject)
// - trentslutzky/helpscout-thread-hider (threads are separate items that can be hidden)
// Not verified: the thread item attributes (data-cy="ThreadItem", data-thread-type), the editor
// containers (data-cy="ReplyEditor" / "NoteEditor") and the customer sidebar selectors follow Help
// Scout's data-cy naming but were not read from a live page. TODO(2026-11-23): re-check live.
const SEL = {
  header: ['[data-cy="ConversationHeader.Actions"]'], // conversation header actions
  subject: ['[data-cy="EditableTextarea"]', '[data-cy="ConversationSubject"]'],
  threads: ['[data-cy="ThreadItem"][data-thread-type]'], // customer / message / note / lineitem
  body: ['[data-cy="ThreadBody"]', '.thread-content'],
  author: ['[data-cy="ThreadAuthor"]'],
  time: ['time[datetime]'],
  quoted: ['.gmail_quote', 'blockquote[type="cite"]', '[data-cy="QuotedText"]'],
  composer: [
    '[data-cy="ReplyEditor"] [contenteditable="true"]', // Reply
    '[data-cy="NoteEditor"] [contenteditable="true"]', // Note
  ],
  name: ['[data-cy="CustomerProfile.Name"]', '.c-CustomerProfile__name'],
  email: ['[data-cy="CustomerProfile.Email"]', '.c-CustomerProfile__email'],
} as const;

const PATH = /^\/conversation\/(\d+)(?:\/(\d+))?/;

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

export const helpscout: Adapter = {
  id: 'helpscout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  detect(location, doc) {
    const m = PATH.exec(location.pathname);
    if (!m || !first(doc, SEL.header)) return null;
    const [, id, number] = m;
    const subject = first<HTMLTextAreaElement>(doc, SEL.subject);
    const title = (subject?.value ?? '').trim() || text(subject);
    return {
      key: `helpscout:${location.host}:${id}`,
      link: `${location.origin}/conversation/${id}${number ? `/${number}` : ''}`,
      ...(title ? { title } : {}),
      channel: 'email',
    };
  },
  thread(doc) {
    return all(doc, SEL.threads)
      .filter((el) => el.getAttribute('data-thread-type') !== 'lineitem')
      .map((el): ThreadMessage => {
        const type = el.getAttribute('data-thread-type');
        const author = text(first(el, SEL.author));
        const at = first(el, SEL.time)?.getAttribute('datetime') ?? undefined;
        return {
          role: type === 'note' ? 'note' : type === 'customer' ? 'customer' : 'agent',
          text: bodyText(first(el, SEL.body)),
          ...(author ? { author } : {}),
          ...(at ? { at } : {}),
        };
      });
  },
  composer(doc) {
    const boxes = all(doc, [SEL.composer.join(', ')]).filter(shown) as HTMLElement[];
    const focused = doc.activeElement;
    return boxes.find((b) => focused && b.contains(focused)) ?? boxes[0] ?? null;
  },
  customer(doc) {
    const name = text(first(doc, SEL.name));
    const email = text(first(doc, SEL.email));
    return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  },
};
