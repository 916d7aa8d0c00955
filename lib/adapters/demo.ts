import type { Adapter, Channel, ThreadMessage } from './types';
import { customerFrom, first, text, recent } from './dom';

// The bundled demo helpdesk (tests/fixtures/demo, served by `npm run demo` and the e2e suite).
// Its markup follows the common ticket view: one .ticket-view with a data-ticket-id, messages
// marked with their author role, one contenteditable reply box. Checked 2026-11-23.
const SEL = {
  view: ['.ticket-view[data-ticket-id]'],
  subject: ['.ticket-subject'],
  messages: ['.thread .message[data-author-role]'],
  body: ['.message-body'],
  author: ['.author'],
  composer: ['.ticket-view .reply-editor[contenteditable="true"]', '.ticket-view textarea.reply-editor:not([hidden])'],
  name: ['.requester-name'],
  email: ['.requester-email'],
} as const;

export const demo: Adapter = {
  id: 'demo',
  name: 'Heard demo helpdesk',
  matches: ['http://localhost/heard-demo/*', 'http://127.0.0.1/heard-demo/*'],
  detect(location, doc) {
    if (!location.pathname.startsWith('/heard-demo/')) return null;
    const view = first(doc, SEL.view);
    const id = view?.getAttribute('data-ticket-id');
    if (!view || !id) return null;
    const channel = view.getAttribute('data-channel');
    return {
      key: `demo:${location.host}:${id}`,
      link: `${location.origin}${location.pathname}#/tickets/${id}`,
      title: text(first(doc, SEL.subject)),
      ...(channel === 'chat' || channel === 'email' ? { channel: channel as Channel } : {}),
    };
  },
  thread(doc) {
    return recent(doc, SEL.messages).map((el): ThreadMessage => {
      const role = el.getAttribute('data-author-role');
      return {
        role: role === 'agent' || role === 'note' ? role : 'customer',
        text: text(first(el, SEL.body)),
        author: text(first(el, SEL.author)),
      };
    });
  },
  composer(doc) {
    return first(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
