import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import * as areas from './areas';
import type { Handler, ProtocolOf } from './define';
import { makeReceive } from './receive';

export * from './areas';
export { senderIs, RejectedMessage, PAGE_OR_PANEL, answerAfter, type SenderKind } from './receive';
export { DIRECTION_SENDERS, type Direction, type Handler, type MessageDef } from './define';

type Areas = typeof areas;
type AreaDefs = Areas[Extract<keyof Areas, `${string}_MESSAGES`>];
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * Every message of the extension, each one definition (define.ts): its direction, its senders,
 * its data and answer schemas. Collected from every area's `*_MESSAGES` record (areas.ts): a new
 * message is one row in its area's `*_MESSAGES` and, when the background answers it, one row in that
 * area's handler table (entrypoints/background/<area>.ts).
 */
export const MESSAGES = Object.assign(
  {},
  ...Object.entries(areas)
    .filter(([name]) => name.endsWith('_MESSAGES'))
    .map(([, defs]) => defs),
) as Intersection<AreaDefs>;
export type Messages = typeof MESSAGES;
export type MessageName = keyof Messages;
/** The messages the background answers (content script and extension pages → background). */
export type BackgroundMessage = Extract<MessageName, `cs:${string}` | `ui:${string}`>;
export type ProtocolMap = ProtocolOf<Messages>;

/** Each message's data schema, by name. */
export const SCHEMAS = Object.fromEntries(Object.entries(MESSAGES).map(([k, d]) => [k, d.payload])) as {
  [K in MessageName]: Messages[K]['payload'];
} satisfies Record<MessageName, z.ZodMiniType>;

/** The handlers of some background messages, typed from their definitions. */
export type Handlers<K extends BackgroundMessage> = { [N in K]: Handler<Messages[N]> };
/** A background area's handler table: any of the messages the background answers. */
export type HandlerTable = { readonly [N in BackgroundMessage]?: Handler<Messages[N]> };

const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messenger;

/**
 * Registers the handler for one message in an extension context (background, panel, popup,
 * options): the sender is checked against the message's definition and the data parsed with its
 * schema before the handler sees anything. Returns the function that removes it.
 */
export const receive = makeReceive<Messages>(messenger, MESSAGES);

export type { Browser };
