/**
 * A message is one definition: its direction, who may send it, the schema of its data and the
 * schema of its answer. Its TypeScript types are inferred from the two schemas; `receive` and the
 * background's handler tables take the senders from here, so a handler cannot widen them.
 *
 *   cs:*     content script → background            (sent by: content)
 *   ui:*     extension page → background            (sent by: extension-page, maybe the framed panel)
 *   tab:*    background → a tab's content script     (sent by: background)
 *   push:*   background → the extension pages       (sent by: background)
 *
 * Answers are not parsed (they come from our own background, as before): `reply` states their
 * type. It is a zod/mini schema everywhere but where the answer holds stored callback rows or a site
 * recipe: their schemas are full zod (lib/db/rows.ts, lib/sites/recipe-schema.ts), so those
 * replies are `answer<T>()`, a schema that only carries the type.
 */
import * as z from 'zod/mini';
import type { Browser } from 'wxt/browser';
import type { SenderKind } from './receive';

export type Direction = 'cs' | 'ui' | 'tab' | 'push';

/** Who may send a message of each direction (a ui message may narrow it to 'extension-page'). */
export const DIRECTION_SENDERS: Record<Direction, readonly SenderKind[]> = {
  cs: ['content'],
  ui: ['extension-page', 'panel'],
  tab: ['background'],
  push: ['background'],
};

export interface MessageDef<P extends z.ZodMiniType = z.ZodMiniType, R extends z.ZodMiniType = z.ZodMiniType> {
  readonly dir: Direction;
  readonly from: readonly SenderKind[];
  readonly payload: P;
  readonly reply: R;
}

export type MessageDefs = Record<string, MessageDef>;

/** One message: `message('ui', PAGE_OR_PANEL, payloadSchema, replySchema)`. */
export function message<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  dir: Direction,
  from: SenderKind | readonly SenderKind[],
  payload: P,
  reply: R,
): MessageDef<P, R> {
  return { dir, from: typeof from === 'string' ? [from] : from, payload, reply };
}

/** The type of an answer that is not parsed (see above). */
export const answer = <T>(): z.ZodMiniType<T> => z.custom<T>();
/** No data: `{}` or nothing. */
export const NoData = z.optional(z.object({}));
/** No answer. */
export const NoReply = z.void();
/** { ok } with an optional error: the answer of most actions. */
export const OkReply = z.object({ ok: z.boolean(), error: z.optional(z.string()) });

/** What a sender passes, what the handler receives (parsed), what it answers. */
export type PayloadIn<D extends MessageDef> = z.input<D['payload']>;
export type PayloadOf<D extends MessageDef> = z.output<D['payload']>;
export type ReplyOf<D extends MessageDef> = z.output<D['reply']>;

/** The @webext-core/messaging protocol map of a set of definitions. */
export type ProtocolOf<M extends MessageDefs> = { [K in keyof M]: (data: PayloadIn<M[K]>) => ReplyOf<M[K]> };

export type Handler<D extends MessageDef> = (
  data: PayloadOf<D>,
  sender: Browser.runtime.MessageSender,
) => ReplyOf<D> | Promise<ReplyOf<D>>;

/** A background area's handlers: one per message it answers, typed from the definitions. */
export type HandlerTable<M extends MessageDefs> = { [K in keyof M]?: Handler<M[K]> };
