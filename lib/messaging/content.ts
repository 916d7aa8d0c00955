/**
 * The content script's side of the protocol. Every byte of the content script loads on every
 * helpdesk page view, so it carries neither @webext-core/messaging nor zod: wire.ts speaks the
 * same wire format, checks each tab:* message's sender and shape with a guard equal to its zod
 * schema (to-content.ts), and what the content script sends is parsed with zod by the background.
 * Both sides are typed from the message definitions, imported as types only (nothing of them is
 * bundled here).
 */
import type { ProtocolOf } from './define';
import type { Messages } from './index';
import { emptyGuard, insertGuard, makeWireReceive, panelGuard, wireSend } from './wire';

export type { LintResult } from './protocol';

type Protocol = ProtocolOf<Messages>;
/** What a content script (or the picker, in the page's isolated world) sends: the cs:* messages. */
type Sent = { [K in keyof Protocol as K extends `cs:${string}` ? K : never]: Protocol[K] };
/** The messages the background sends to a content script: the tab:* messages. */
type Received = { [K in keyof Protocol as K extends `tab:${string}` ? K : never]: Protocol[K] };

export const sendMessage = <K extends keyof Sent & string>(type: K, data: Parameters<Sent[K]>[0]): Promise<Awaited<ReturnType<Sent[K]>>> =>
  wireSend<Sent, K>(type, data);
export const receive = makeWireReceive<Received>({
  'tab:insert': insertGuard,
  'tab:panel': panelGuard,
  'tab:togglePanel': emptyGuard,
  'tab:refresh': emptyGuard,
  'tab:dock': emptyGuard,
});
