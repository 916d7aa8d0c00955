import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ThreadMessageSchema } from '@/lib/messaging';
import type { ThreadMessage } from '@/lib/adapters/types';
import { readPageConversation } from '@/lib/adapters/generic-reader';
import { capThread } from '@/lib/messaging/limits';

/**
 * The conversation on a page no adapter knows (issue 13, point 5), read at a generic-mode lint:
 * lib/adapters/generic-reader.ts runs in the tab's top frame, in the extension's isolated world
 * (scripting.executeScript: the reader's code is here, not in the content script). What it returns
 * crosses a boundary (the page shapes it) and is parsed here.
 */
// As the reader makes them: at most 50 messages of at most 4,000 characters (lib/adapters/generic-reader.ts).
const PageMessageSchema = z.object({
  role: ThreadMessageSchema.shape.role,
  text: z.string().check(z.maxLength(4000)),
  author: z.optional(z.string().check(z.maxLength(512))),
});
const PageConversationSchema = z.object({
  readable: z.boolean(),
  thread: z.array(PageMessageSchema).check(z.maxLength(50)),
  customer: z.optional(z.string().check(z.maxLength(512))),
  why: z.optional(z.string().check(z.maxLength(32))),
});

export interface GenericConversation {
  readable: boolean;
  thread: ThreadMessage[];
  customer?: string;
}

/** Reads the conversation of the tab's page; null when the page cannot be read (closed, not granted). */
export async function readGenericConversation(tabId: number): Promise<GenericConversation | null> {
  try {
    const [res] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: readPageConversation });
    const parsed = PageConversationSchema.safeParse(res?.result);
    if (!parsed.success) return null;
    const { readable, thread, customer } = parsed.data;
    return { readable, thread: readable ? capThread(thread) : [], ...(readable && customer ? { customer } : {}) };
  } catch {
    return null;
  }
}
