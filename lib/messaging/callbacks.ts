/**
 * Messages about callbacks (promises), notes and reminders: extension pages ↔ background.
 * Schemas in zod/mini like the rest of the protocol; this file is not bundled into the content
 * script (see content.ts).
 */
import type * as z from 'zod/mini';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CallbacksProtocol {}

export const CALLBACKS_SCHEMAS: { [K in keyof CallbacksProtocol]: z.ZodMiniType } = {};
