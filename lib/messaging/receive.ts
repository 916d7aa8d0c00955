import type { ExtensionMessenger } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import type * as z from 'zod/mini';

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

type Fn = (data: never) => unknown;

/** Builds `receive` for a protocol and its schemas (the content script passes only its own). */
export function makeReceive<P extends { [K in keyof P]: Fn }>(
  messenger: ExtensionMessenger<P>,
  schemas: { [K in keyof P]: z.ZodMiniType },
) {
  return function receive<K extends keyof P & string>(
    type: K,
    from: SenderKind | readonly SenderKind[],
    handler: (
      data: Parameters<P[K]>[0],
      sender: Browser.runtime.MessageSender,
    ) => Awaited<ReturnType<P[K]>> | Promise<Awaited<ReturnType<P[K]>>>,
  ): () => void {
    const kinds: readonly SenderKind[] = typeof from === 'string' ? [from] : from;
    return messenger.onMessage(type, ((message: { data: unknown; sender: Browser.runtime.MessageSender }) => {
      const { sender } = message;
      if (!kinds.some((k) => senderIs(k, sender))) throw new RejectedMessage(`${type}: sender not allowed`);
      const parsed = schemas[type].safeParse(message.data);
      if (!parsed.success) throw new RejectedMessage(`${type}: malformed data`);
      return handler(parsed.data as Parameters<P[K]>[0], sender);
    }) as never);
  };
}
