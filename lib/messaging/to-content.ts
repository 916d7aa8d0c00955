/**
 * Schemas of the messages the background sends to a content script (bg:*), in a module of their
 * own: the content script imports only these, so the rest of the protocol's schemas (tickets,
 * threads, hints: what the background parses) stay out of the bundle every helpdesk page loads.
 */
import * as z from 'zod/mini';

export const PanelOpenSchema = z.object({ open: z.boolean() });
export const BgInsertSchema = z.object({ text: z.string().check(z.maxLength(10_000)) });
export const EmptySchema = z.optional(z.object({}));
