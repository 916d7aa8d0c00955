import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// FreeScout (self-hosted only: https://<your host>/conversation/<id>). There is no hosted FreeScout,
// so `matches` is empty: installs are enabled by the rep at run time through generic mode, and
// detect() recognises the page by its DOM (body.body-conv[data-conversation_id], #conv-layout-main).
// Sources (checked 2026-11-23), freescout-help-desk/freescout:
// - resources/views/conversations/view.blade.php (body class body-conv with data-conversation_id,
//   #conv-subject .conv-subjtext, .conv-numnav strong number, .conv-reply-block form with
//   textarea#body, is_note hidden input, #conv-layout-customer sidebar, #conv-layout-main threads)
// - resources/views/conversations/partials/thread.blade.php (.thread.thread-type-<customer|message|
//   note|lineitem|draft>, .thread-person strong, .thread-body, a.thread-date[title])
// The reply box is Summernote (.note-editable[contenteditable]) once FreeScout's JS has run.
// Not verified: the customer snippet selectors (customers/profile_snippet: .customer-name,
// .customer-email), not re-read here.
// A recipe: every read is a selector (lib/adapters/recipe.ts). The page must name the address's
// conversation (a `{id}` in `require`).
export const FREESCOUT_RECIPE: Recipe = {
  id: 'freescout',
  name: 'FreeScout',
  hosts: [],
  ticket: {
    url: '^/conversation/(\\d+)',
    require: ['body.body-conv[data-conversation_id="{id}"]', '#conv-layout-main'],
    subject: { sel: ['#conv-subject .conv-subjtext'] },
    link: '/conversation/{id}',
  },
  composer: [
    '.conv-reply-block:not(.hidden) .note-editable[contenteditable="true"]', // Summernote (reply and note)
    '.conv-reply-block:not(.hidden) textarea#body', // before Summernote initialises
  ],
  messages: {
    item: ['#conv-layout-main .thread[data-thread_id]'],
    newestFirst: true, // FreeScout lists newest first
    only: [{ is: '.thread-type-customer' }, { is: '.thread-type-message' }, { is: '.thread-type-note' }],
    body: ['.thread-body'],
    author: ['.thread-person strong'],
    time: ['a.thread-date[title]'],
    timeAttr: 'title',
    quoted: ['.gmail_quote', 'blockquote[type="cite"]', '.thread-attachments'],
    roles: { note: [{ is: '.thread-type-note' }], customer: [{ is: '.thread-type-customer' }] },
    otherwise: 'agent',
  },
  customer: { name: { sel: ['#conv-layout-customer .customer-name'] }, email: { sel: ['#conv-layout-customer .customer-email'] } },
};

export const freescout = recipeAdapter(FREESCOUT_RECIPE, [], 140);

export default freescout;
