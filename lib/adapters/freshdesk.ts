import type { Adapter, Channel, ThreadMessage } from './types';
import { all, first, text } from './dom';

// Freshdesk (https://<sub>.freshdesk.com/a/tickets/<id>), the "Mint" agent UI.
// Sources (checked 2026-11-23):
// - toggl/track-extension src/content/freshdesk.js (.page-actions__left, .ticket-subject-heading,
//   .breadcrumb__item.active on the ticket page)
// - 0xdevalias/userscripts freshdesk-make-redactor-editor-resizeable (older portal editor)
// - Froala editor markup (div.fr-element.fr-view[contenteditable]) which Freshdesk's reply and note
//   editors use; .freshdesk_quote is the wrapper Freshdesk puts around quoted history.
// Not verified: the conversation item attributes (data-test-conversation), the requester widget and
// the ticket source selectors are modelled on the Mint UI's data-test-id conventions, not read from a
// live page. TODO(2026-11-23): re-check against a live Freshdesk account.
const SEL = {
  page: ['.page-actions__left', '[data-test-id="ticket-details-page"]'], // ticket page toolbar
  subject: ['.ticket-subject-heading', '[data-test-id="ticket-subject"]'],
  messages: ['[data-test-id="ticket-conversations"] [data-test-conversation]'], // description + replies + notes
  body: ['[data-test-id="conversation-text"]', '.conversation-text', '.fr-view'],
  author: ['[data-test-id="conversation-author"]', '.conversation-author'],
  time: ['time[datetime]'],
  quoted: ['.freshdesk_quote', '.gmail_quote', 'blockquote[type="cite"]'],
  composer: [
    '[data-test-id="reply-editor"] .fr-element.fr-view[contenteditable="true"]', // Reply / Forward
    '[data-test-id="note-editor"] .fr-element.fr-view[contenteditable="true"]', // Add note
    '.fr-element.fr-view[contenteditable="true"]',
  ],
  source: ['[data-test-id="ticket-source"]'], // Email / Portal / Chat / Phone badge
  name: ['[data-test-id="requester-info-name"]', '.requester-info .user-name'],
  email: ['[data-test-id="requester-info-email"]', '.requester-info .user-email'],
} as const;

const PATH = /^\/a\/tickets\/(\d+)/;

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

/** The heading's own text: the subject without the tag and button children Freshdesk puts in it. */
function ownText(el: Element | null): string {
  if (!el) return '';
  return Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function channelOf(source: string): Channel | undefined {
  if (/mail|portal/i.test(source)) return 'email';
  if (/phone/i.test(source)) return 'phone';
  if (/chat|whatsapp|messag/i.test(source)) return 'chat';
  return undefined;
}

export const freshdesk: Adapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  detect(location, doc) {
    const id = PATH.exec(location.pathname)?.[1];
    if (!id || !first(doc, SEL.page) || !first(doc, SEL.subject)) return null;
    const channel = channelOf(text(first(doc, SEL.source)));
    return {
      key: `freshdesk:${location.host}:${id}`,
      link: `${location.origin}/a/tickets/${id}`,
      title: ownText(first(doc, SEL.subject)),
      ...(channel ? { channel } : {}),
    };
  },
  thread(doc) {
    return all(doc, SEL.messages).map((el): ThreadMessage => {
      const kind = el.getAttribute('data-test-conversation');
      const author = text(first(el, SEL.author));
      const at = first(el, SEL.time)?.getAttribute('datetime') ?? undefined;
      return {
        role: kind === 'private-note' ? 'note' : kind === 'outgoing' ? 'agent' : 'customer',
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
