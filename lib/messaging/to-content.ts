/**
 * Schemas of the messages the background sends to a content script (tab:*). The content script
 * bundles none of them: wire.ts's guards accept exactly what these accept (tests/unit/messaging/
 * wire.test.ts), so neither zod nor the rest of the protocol loads on every helpdesk page.
 */
import * as z from 'zod/mini';

export const PanelOpenSchema = z.object({ open: z.boolean() });
export const BgInsertSchema = z.object({ text: z.string().check(z.maxLength(10_000)) });
export const EmptySchema = z.optional(z.object({}));
