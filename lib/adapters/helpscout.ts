import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// Help Scout (https://secure.helpscout.net/conversation/<conversation id>/<number>).
// The reply editor and the note editor are both in the DOM; the one the rep opened is shown.
// Sources (checked 2026-11-23):
// - toggl/track-extension src/content/helpscout.js ([data-cy="ConversationHeader.Actions"],
//   [data-cy="Text"] number, [data-cy="EditableTextarea"] subject)
// - trentslutzky/helpscout-thread-hider (threads are separate items that can be hidden)
// Not verified: the thread item attributes (data-cy="ThreadItem", data-thread-type), the editor
// containers (data-cy="ReplyEditor" / "NoteEditor") and the customer sidebar selectors follow Help
// Scout's data-cy naming but were not read from a live page. TODO(2026-11-23): re-check live.
// A recipe: every read is a selector (lib/adapters/recipe.ts). Help Scout is email only.
export const HELPSCOUT_RECIPE: Recipe = {
  id: 'helpscout',
  name: 'Help Scout',
  hosts: ['secure.helpscout.net'],
  ticket: {
    url: '^/conversation/(\\d+)(?:/(\\d+))?',
    require: ['[data-cy="ConversationHeader.Actions"]'],
    subject: { sel: ['[data-cy="EditableTextarea"]', '[data-cy="ConversationSubject"]'] },
    channel: 'email',
    link: '{0}',
  },
  composer: [
    '[data-cy="ReplyEditor"] [contenteditable="true"]', // Reply
    '[data-cy="NoteEditor"] [contenteditable="true"]', // Note
  ],
  messages: {
    item: ['[data-cy="ThreadItem"][data-thread-type]'], // customer / message / note / lineitem
    skip: [{ attr: 'data-thread-type', value: 'lineitem' }],
    body: ['[data-cy="ThreadBody"]', '.thread-content'],
    author: ['[data-cy="ThreadAuthor"]'],
    time: ['time[datetime]'],
    quoted: ['.gmail_quote', 'blockquote[type="cite"]', '[data-cy="QuotedText"]'],
    roles: { note: [{ attr: 'data-thread-type', value: 'note' }], customer: [{ attr: 'data-thread-type', value: 'customer' }] },
    otherwise: 'agent',
  },
  customer: {
    name: { sel: ['[data-cy="CustomerProfile.Name"]', '.c-CustomerProfile__name'] },
    email: { sel: ['[data-cy="CustomerProfile.Email"]', '.c-CustomerProfile__email'] },
  },
};

export const helpscout = recipeAdapter(HELPSCOUT_RECIPE, ['https://secure.helpscout.net/*'], 50);

export default helpscout;
