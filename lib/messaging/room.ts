/**
 * Messages about reading the room: the de-escalation checklist, the abuse boundary and incidents:
 * extension pages ↔ background. Not bundled into the content script (see content.ts).
 */
import type * as z from 'zod/mini';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RoomProtocol {}

export const ROOM_SCHEMAS: { [K in keyof RoomProtocol]: z.ZodMiniType } = {};
