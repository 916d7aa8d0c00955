/**
 * The content script's messenger, hand-written to spare the bundle every helpdesk page loads:
 * @webext-core/messaging with its error serializer (3 KB) and zod/mini (14.5 KB, for three
 * one-field messages). It speaks @webext-core/messaging's wire format exactly ({ id, type, data,
 * timestamp } out; { res } or { err } back), so the background and the extension pages keep
 * theirs, and the background still parses everything a content script sends with zod. What the
 * content script receives (tab:*, from the background only) passes the same sender check as
 * everywhere and a guard per type that accepts exactly what its zod schema in to-content.ts
 * accepts and returns what that schema would (unit-tested against the schemas).
 */
import { browser, type Browser } from 'wxt/browser';
import { senderIs, type SenderKind } from './receive';

type Fn = (data: never) => unknown;
/** Returns the parsed data, or null when the data is malformed (no schema here accepts null). */
export type Guard<T> = (data: unknown) => T | null;

type Wire = { id: number; type: string; data: unknown; timestamp: number };

let seq = Math.floor(Math.random() * 1e4);

/** Sends to the background: resolves with its answer, throws its error (or when nobody answers). */
export async function wireSend<P extends { [K in keyof P]: Fn }, K extends keyof P & string>(
  type: K,
  data: Parameters<P[K]>[0],
): Promise<Awaited<ReturnType<P[K]>>> {
  const msg: Wire = { id: seq++, type, data, timestamp: Date.now() };
  const r = (await browser.runtime.sendMessage(msg)) as { res?: unknown; err?: { message?: unknown } } | undefined;
  if (!r) throw new Error('No response');
  if (r.err != null) throw new Error(String(r.err.message));
  return r.res as Awaited<ReturnType<P[K]>>;
}

const isObj = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null && !Array.isArray(d);
/** z.object({}) under z.optional: undefined stays undefined, any object reads as {}. */
export const emptyGuard: Guard<Record<string, never> | undefined> = (d) => (d === undefined ? d : isObj(d) ? {} : null);
/** z.object({ open: z.boolean() }) */
export const panelGuard: Guard<{ open: boolean }> = (d) => (isObj(d) && typeof d.open === 'boolean' ? { open: d.open } : null);
/** z.object({ text: z.string().check(z.maxLength(10_000)) }): zod counts code points. */
export const insertGuard: Guard<{ text: string }> = (d) =>
  isObj(d) && typeof d.text === 'string' && (d.text.length <= 10_000 || [...d.text].length <= 10_000) ? { text: d.text } : null;

/** Builds `receive` for the messages a content script takes, one guard per type. */
export function makeWireReceive<P extends { [K in keyof P]: Fn }>(guards: { [K in keyof P]: Guard<Parameters<P[K]>[0]> }) {
  const handlers: Record<string, (m: Wire, sender: Browser.runtime.MessageSender) => unknown> = {};
  let listening = false;
  const listen = (): void => {
    listening = true;
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
      const m = message as Wire;
      if (!isObj(m) || typeof m.type !== 'string' || typeof m.timestamp !== 'number') return false;
      const handler = Object.hasOwn(handlers, m.type) ? handlers[m.type] : undefined;
      if (!handler) return false;
      (async () => handler(m, sender))().then(
        (res) => sendResponse({ res }),
        (e: unknown) => sendResponse({ err: { name: 'Error', message: e instanceof Error ? e.message : String(e), stack: '' } }),
      );
      return true;
    });
  };
  return function receive<K extends keyof P & string>(
    type: K,
    from: SenderKind,
    handler: (data: Parameters<P[K]>[0]) => Awaited<ReturnType<P[K]>> | Promise<Awaited<ReturnType<P[K]>>>,
  ): void {
    handlers[type] = (m, sender) => {
      if (!senderIs(from, sender)) throw new Error(`${type}: sender not allowed`);
      const data = guards[type](m.data);
      if (data === null) throw new Error(`${type}: malformed data`);
      return handler(data as Parameters<P[K]>[0]);
    };
    if (!listening) listen();
  };
}
