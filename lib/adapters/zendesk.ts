import type { Adapter, ThreadMessage } from './types';
import { all, channelFrom, customerFrom, fieldText, first, focusedOrFirst, nonEmpty, shown, text, recent } from './dom';

// Stays code, not a recipe: the ticket pane is the one whose id is the address's among hidden tabs
// kept in the DOM, and a message is the customer's when its sender's name equals the requester's.
// Zendesk Agent Workspace (https://<sub>.zendesk.com/agent/tickets/<id>).
// Zendesk keeps the DOM of every open ticket tab alive inside main#main_panes and hides the
// inactive ones, so every read is scoped to the pane that is shown and belongs to the URL's ticket.
// Sources (checked 2026-11-23):
// - joaoaguiar264/Automacoes-ALT "Zendesk - ALT Copilot.user.js" (composer and omni-log selectors)
// - "ZD Workflow Helper" extension, main-world script (main#main_panes keeps all tabs; active pane =
//   the one not display:none / visibility:hidden), found by find_string "omni-log-comment-item"
// - toggl/track-extension src/content/zendesk.js (subject input[aria-label=Subject] inside
//   [data-side-conversations-anchor-id=<id>])
// Not verified: how an internal note is marked in the omni log (we read the note tag and the
// article's data-is-internal; both from userscripts, not from Zendesk docs); the requester block
// selectors in the customer context panel; channel values other than "web" and "email".
// TODO(2026-11-23): re-check against a live Agent Workspace when a test account is available.
const SEL = {
  // Ticket pane of one open tab (Agent Workspace 2021+).
  pane: (id: string) => [
    `main#main_panes [data-side-conversations-anchor-id="${id}"]`, // Agent Workspace 2021+
    `main#main_panes [data-ticket-id="${id}"]`, // Agent Workspace 2023+ (userscripts)
  ],
  anyPane: ['main#main_panes > [data-side-conversations-anchor-id]', 'main#main_panes > [data-ticket-id]'],
  log: ['[data-test-id="omni-log-container"]'], // conversation log (Agent Workspace)
  subject: ['input[aria-label="Subject"]', '[data-test-id="omni-header-subject"]'], // ticket subject field
  messages: ['[data-test-id="omni-log-container"] article[data-test-id="omni-log-comment-item"]'],
  sender: ['[data-test-id="omni-log-item-sender"]'], // sender name above each message
  body: ['[data-test-id="omni-log-message-content"]', '[data-test-id="omni-log-item-message"]'],
  time: ['time[data-test-id^="timestamp-"]'],
  noteTag: ['[data-test-id="omni-log-internal-note-tag"]', '[data-is-internal="true"]'], // not verified
  composer: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]', // rich text (email, messaging)
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]', // plain text
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]', // pre-2023 editor
    '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]', // legacy
  ],
  channel: ['[data-test-id="omnichannel-channel-switcher-button"][data-channel]'], // composer channel switcher
  requesterName: ['[data-test-id="customer-context-user-name"]', '[data-test-id="user-profile-name"]'], // not verified
  requesterEmail: ['[data-test-id="customer-context-user-email"]', '[data-test-id="user-profile-email"]'], // not verified
} as const;

const PATH = /^\/agent\/tickets\/(\d+)/;

/** The pane of the ticket the rep is looking at: the URL's ticket if its pane is shown, else any shown pane. */
function activePane(doc: Document): Element | null {
  const id = PATH.exec(doc.location?.pathname ?? '')?.[1];
  if (id) {
    const pane = all(doc, SEL.pane(id)).find(shown);
    if (pane) return pane;
  }
  return all(doc, SEL.anyPane).find(shown) ?? null;
}

// Words in the channel switcher's data-channel beyond mail / phone / chat (only "email" and "web"
// are verified, see above).
const CHANNEL_WORDS = { phone: ['voice', 'call'], chat: ['web', 'messaging', 'whatsapp', 'sms'] };

const customerIn = (root: ParentNode) => customerFrom(root, SEL.requesterName, SEL.requesterEmail);

export const zendesk: Adapter = {
  id: 'zendesk',
  order: 10,
  name: 'Zendesk Agent Workspace',
  matches: ['https://*.zendesk.com/*'],
  detect(location, doc) {
    const id = PATH.exec(location.pathname)?.[1];
    if (!id) return null;
    const pane = all(doc, SEL.pane(id)).find(shown);
    if (!pane || !first(pane, SEL.log)) return null;
    const title = fieldText(first(pane, SEL.subject));
    const channel = channelFrom(first(pane, SEL.channel)?.getAttribute('data-channel'), CHANNEL_WORDS);
    return {
      key: `zendesk:${location.host}:${id}`,
      link: `${location.origin}/agent/tickets/${id}`,
      ...nonEmpty({ title, channel }),
    };
  },
  thread(doc) {
    const pane = activePane(doc);
    if (!pane) return [];
    const requester = customerIn(pane).name;
    return recent(pane, SEL.messages).map((el): ThreadMessage => {
      const author = text(first(el, SEL.sender));
      const at = first(el, SEL.time)?.getAttribute('datetime');
      const role = first(el, SEL.noteTag) ? 'note' : requester && author === requester ? 'customer' : 'agent';
      return { role, text: text(first(el, SEL.body)), ...nonEmpty({ author, at }) };
    });
  },
  composer(doc) {
    const pane = activePane(doc);
    return pane ? focusedOrFirst(all(pane, SEL.composer)) : null;
  },
  customer(doc) {
    const pane = activePane(doc);
    return pane ? customerIn(pane) : {};
  },
};

export default zendesk;
