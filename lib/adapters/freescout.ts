import type { Adapter, ThreadMessage } from './types';
import { bodyText, customerFrom, first, nonEmpty, text, recent } from './dom';

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
const SEL = {
  body: ['body.body-conv[data-conversation_id]'],
  layout: ['#conv-layout-main'],
  subject: ['#conv-subject .conv-subjtext'],
  threads: ['#conv-layout-main .thread[data-thread_id]'],
  person: ['.thread-person strong'],
  text: ['.thread-body'],
  date: ['a.thread-date[title]'],
  quoted: ['.gmail_quote', 'blockquote[type="cite"]', '.thread-attachments'],
  composer: [
    '.conv-reply-block:not(.hidden) .note-editable[contenteditable="true"]', // Summernote (reply and note)
    '.conv-reply-block:not(.hidden) textarea#body', // before Summernote initialises
  ],
  name: ['#conv-layout-customer .customer-name'],
  email: ['#conv-layout-customer .customer-email'],
} as const;

const PATH = /^\/conversation\/(\d+)/;

export const freescout: Adapter = {
  id: 'freescout',
  name: 'FreeScout',
  matches: [],
  detect(location, doc) {
    const id = PATH.exec(location.pathname)?.[1];
    const body = first(doc, SEL.body);
    if (!id || !body || body.getAttribute('data-conversation_id') !== id || !first(doc, SEL.layout)) return null;
    const title = text(first(doc, SEL.subject));
    return {
      key: `freescout:${location.host}:${id}`,
      link: `${location.origin}/conversation/${id}`,
      ...nonEmpty({ title }),
    };
  },
  thread(doc) {
    const threads = recent(doc, SEL.threads, true)
      .filter((el) => /thread-type-(customer|message|note)\b/.test(el.className))
      .map((el): ThreadMessage => {
        const author = text(first(el, SEL.person));
        const at = first(el, SEL.date)?.getAttribute('title');
        const role = el.classList.contains('thread-type-note')
          ? 'note'
          : el.classList.contains('thread-type-customer')
            ? 'customer'
            : 'agent';
        return { role, text: bodyText(first(el, SEL.text), SEL.quoted), ...nonEmpty({ author, at }) };
      });
    return threads.reverse(); // FreeScout lists newest first
  },
  composer(doc) {
    return first(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
