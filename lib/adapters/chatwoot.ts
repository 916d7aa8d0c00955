import type { Adapter, ThreadMessage } from './types';
import { customerFrom, first, nonEmpty, text, recent } from './dom';

// Chatwoot (https://app.chatwoot.com/app/accounts/<account>/conversations/<id>, also under
// .../inbox/<inbox>/conversations/<id> and other list views). Self-hosted installs are enabled by the
// rep at run time through generic mode; detect() recognises them by path and DOM, not by host.
// Sources (checked 2026-11-23), chatwoot/chatwoot:
// - app/javascript/dashboard/components-next/message/Message.vue (each message is
//   div#message<id>[data-message-id]; bubbles and meta inside)
// - app/javascript/dashboard/components-next/message/bubbles/Base.vue (orientation classes
//   left-bubble = incoming, right-bubble = outgoing; private notes get the amber variant class)
// - app/javascript/dashboard/components/widgets/conversation/MessagesView.vue (ReplyBox below the list)
// Not verified: the private-note class (upstream bg-n-solid-amber; forks restyle it), the reply box
// container (.reply-box, .is-private) and the contact panel selectors.
const SEL = {
  list: ['.conversation-panel'],
  messages: ['.conversation-panel [data-message-id]'],
  bubble: ['.left-bubble, .right-bubble'],
  content: ['.prose-bubble', '.prose', '[data-message-content]'],
  privateNote: ['[class*="bg-n-solid-amber"]', '.is-private'],
  composer: ['.reply-box .ProseMirror[contenteditable="true"]', '.reply-box [contenteditable="true"]'],
  name: ['.contact--name', '[data-testid="contact-name"]'],
  email: ['.contact--email', '[data-testid="contact-email"]'],
  title: ['.conversation-header .user--name', '.conversation-header h3'],
} as const;

const PATH = /^\/app\/accounts\/(\d+)\/(?:[\w-]+\/\d+\/)?conversations\/(\d+)/;

export const chatwoot: Adapter = {
  id: 'chatwoot',
  name: 'Chatwoot',
  matches: ['https://app.chatwoot.com/*'],
  detect(location, doc) {
    const m = PATH.exec(location.pathname);
    if (!m || !first(doc, SEL.list) || !first(doc, SEL.composer)) return null;
    const [, account, id] = m;
    const title = text(first(doc, SEL.title));
    return {
      key: `chatwoot:${location.host}:${account}:${id}`,
      link: `${location.origin}/app/accounts/${account}/conversations/${id}`,
      ...nonEmpty({ title }),
    };
  },
  thread(doc) {
    return recent(doc, SEL.messages).flatMap((el): ThreadMessage[] => {
      const bubble = first(el, SEL.bubble);
      if (!bubble) return []; // activity lines (assignments, status changes)
      const content = first(bubble, SEL.content);
      const role = first(el, SEL.privateNote) || bubble.matches(SEL.privateNote.join(', '))
        ? 'note'
        : bubble.classList.contains('left-bubble')
          ? 'customer'
          : 'agent';
      return [{ role, text: text(content ?? bubble) }];
    });
  },
  composer(doc) {
    return first(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
