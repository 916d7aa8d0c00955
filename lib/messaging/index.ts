import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import { SCHEMAS, type ProtocolMap } from './protocol';

export * from './protocol';

const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messenger;

/** Who may send a given message. The page itself can never reach runtime messaging; these checks
 * keep one of our contexts from being impersonated by another (e.g. a content script asking for
 * what only extension pages may do). */
export type SenderKind = 'content' | 'extension-page' | 'background';

export function senderIs(kind: SenderKind, sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const extOrigin = browser.runtime.getURL('/');
  const fromExtPage = typeof sender.url === 'string' && sender.url.startsWith(extOrigin);
  switch (kind) {
    case 'content':
      return sender.tab?.id != null && !fromExtPage;
    case 'extension-page':
      return fromExtPage;
    case 'background':
      // tabs.sendMessage from the background carries no tab and no page URL of ours.
      return sender.tab == null;
  }
}

export class RejectedMessage extends Error {}

/**
 * Registers the handler for one message type: the data is parsed with the message's schema and
 * the sender checked before the handler sees anything. Returns the function that removes it.
 */
export function receive<K extends keyof ProtocolMap>(
  type: K,
  from: SenderKind | readonly SenderKind[],
  handler: (
    data: Parameters<ProtocolMap[K]>[0],
    sender: Browser.runtime.MessageSender,
  ) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): () => void {
  const kinds = typeof from === 'string' ? [from] : from;
  return messenger.onMessage(type, ((message: { data: unknown; sender: Browser.runtime.MessageSender }) => {
    const { sender } = message;
    if (!kinds.some((k) => senderIs(k, sender))) throw new RejectedMessage(`${type}: sender not allowed`);
    const parsed = SCHEMAS[type].safeParse(message.data);
    if (!parsed.success) throw new RejectedMessage(`${type}: malformed data`);
    return handler(parsed.data as Parameters<ProtocolMap[K]>[0], sender);
  }) as never);
}
