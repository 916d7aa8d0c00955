import type { ExtensionMessenger } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import type { Handler, MessageDefs, PayloadOf, ProtocolOf } from './define';

/** Who may send a given message. The page itself can never reach runtime messaging; these checks
 * keep one of our contexts from being impersonated by another (e.g. a content script asking for
 * what only extension pages may do). */
export type SenderKind = 'content' | 'extension-page' | 'panel' | 'background';

/** What the panel framed in a helpdesk page may send: its own tab's hints, room, dock, this
 * conversation's callbacks and note, the site switch. Never the data wipe, packs, rules, stats,
 * settings, the callback list or search (other customers), incidents of every conversation. */
export const PAGE_OR_PANEL: readonly SenderKind[] = ['extension-page', 'panel'];

/**
 * An extension page framed inside a web page: Heard's panel over a helpdesk (a subframe of a tab
 * that is not one of ours). The page around it cannot read or script it, but it is untrusted (it
 * can cover the panel and coax clicks), so the frame gets its own, narrower sender kind. The popup,
 * the options page (its own tab), Chrome's side panel and Firefox's sidebar are browser surfaces no
 * page can frame or overlay: they keep the extension pages' rights.
 */
function framedInPage(sender: Browser.runtime.MessageSender, extOrigin: string): boolean {
  if (sender.tab == null) return false;
  return (sender.frameId ?? 0) !== 0 || (typeof sender.tab.url === 'string' && !sender.tab.url.startsWith(extOrigin));
}

export function senderIs(kind: SenderKind, sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const extOrigin = browser.runtime.getURL('/');
  const fromExtPage = typeof sender.url === 'string' && sender.url.startsWith(extOrigin);
  switch (kind) {
    case 'content':
      return sender.tab?.id != null && !fromExtPage;
    case 'extension-page':
      return fromExtPage && !framedInPage(sender, extOrigin);
    case 'panel':
      return fromExtPage && framedInPage(sender, extOrigin);
    case 'background':
      // tabs.sendMessage from the background carries no tab and no page URL of ours.
      return sender.tab == null;
  }
}

export class RejectedMessage extends Error {}

let gate: Promise<unknown> | null = null;

/** Handlers wait for this before they answer (the background's message files: strings it sends). */
export function answerAfter(ready: Promise<unknown>): void {
  const mine = ready.catch(() => {}).then(() => {
    if (gate === mine) gate = null;
  });
  gate = mine;
}

/** Builds `receive` for a set of message definitions (define.ts). */
export function makeReceive<M extends MessageDefs>(messenger: ExtensionMessenger<ProtocolOf<M>>, defs: M) {
  return function receive<K extends keyof M & string>(type: K, handler: Handler<M[K]>): () => void {
    const { from: kinds, payload } = defs[type]!;
    return messenger.onMessage(type, ((message: { data: unknown; sender: Browser.runtime.MessageSender }) => {
      const { sender } = message;
      if (!kinds.some((k) => senderIs(k, sender))) throw new RejectedMessage(`${type}: sender not allowed`);
      const parsed = payload.safeParse(message.data);
      if (!parsed.success) throw new RejectedMessage(`${type}: malformed data`);
      // A framed panel acts on the tab framing it, never on another tab.
      const tabId = (parsed.data as { tabId?: unknown } | undefined)?.tabId;
      if (tabId !== undefined && senderIs('panel', sender) && tabId !== sender.tab?.id) throw new RejectedMessage(`${type}: another tab`);
      const run = () => handler(parsed.data as PayloadOf<M[K]>, sender);
      return gate ? gate.then(run) : run();
    }) as never);
  };
}
