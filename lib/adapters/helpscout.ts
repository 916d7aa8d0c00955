import type { Adapter } from './types';
import { customerFrom, fieldText, first, messageFrom, nonEmpty, pickComposer, recent } from './dom';

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

export const helpscout: Adapter = {
  id: 'helpscout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  detect(location, doc) {
    const m = PATH.exec(location.pathname);
    if (!m || !first(doc, SEL.header)) return null;
    const [, id, number] = m;
    const title = fieldText(first(doc, SEL.subject));
    return {
      key: `helpscout:${location.host}:${id}`,
      link: `${location.origin}/conversation/${id}${number ? `/${number}` : ''}`,
      ...nonEmpty({ title }),
      channel: 'email',
    };
  },
  thread(doc) {
    return recent(doc, SEL.threads)
      .filter((el) => el.getAttribute('data-thread-type') !== 'lineitem')
      .map((el) => {
        const type = el.getAttribute('data-thread-type');
        return messageFrom(el, type === 'note' ? 'note' : type === 'customer' ? 'customer' : 'agent', SEL);
      });
  },
  composer(doc) {
    return pickComposer(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
