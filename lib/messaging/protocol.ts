/**
 * One typed message protocol between the content script, the extension pages (panel, popup,
 * options) and the background. Names say who talks to whom (darkreader's habit):
 *   cs:*     content script → background
 *   ui:*     extension page (panel, popup, options) → background
 *   bg:*     background → content script
 *
 * Every message's data is parsed on receipt with the schema below (zod/mini: the content script
 * imports these schemas, and full zod would cost it ~70 KB), and every handler states which
 * senders it accepts (see `receive`).
 */
import * as z from 'zod/mini';
import { TONE_LEVELS } from '../tone/types';
import { SEVERITIES, type Severity } from '../guidance/hint';

import { DRAFT_MAX, THREAD_MAX, THREAD_MESSAGES, threadChars } from './limits';

const str = (max: number) => z.string().check(z.maxLength(max));

export const TicketSchema = z.object({
  key: str(512),
  link: str(4096),
  title: z.optional(str(1024)),
  channel: z.optional(z.enum(['email', 'chat', 'phone'])),
  /** Generic mode: the address names no record, so notes and callbacks are per page (the panel says so). */
  perPage: z.optional(z.boolean()),
  /** Generic mode: the key rows of this site were kept under before tickets were told apart by their address. */
  earlierKey: z.optional(str(512)),
  /** Generic mode: what the rep reads for this ticket ("#12"). */
  label: z.optional(str(256)),
});

export const ThreadMessageSchema = z.object({
  role: z.enum(['customer', 'agent', 'note']),
  text: str(100_000),
  author: z.optional(str(512)),
  at: z.optional(str(64)),
});

export const RangeSchema = z.object({ start: z.number(), end: z.number() });

export const HintSchema = z.object({
  id: str(256),
  ruleId: str(128),
  packId: str(128),
  severity: z.enum(SEVERITIES),
  title: str(2000),
  advice: str(10_000),
  why: str(10_000),
  examples: z.array(str(10_000)),
  /** An action-only phrasing (e.g. a log line): shown, never inserted into the reply. */
  actionHint: z.optional(str(1000)),
  actions: z.array(z.enum(['offer-escalation', 'log-callback'])),
  ranges: z.array(RangeSchema),
  /** The words that triggered the hint, so the panel can say what it is about. */
  excerpt: z.optional(str(500)),
  /** For promise hints: the whole sentence, so "Log this promise" can read its time. */
  context: z.optional(str(1000)),
  /** Other rules that fired on the same words, folded into this card ("also: …"). */
  also: z.optional(z.array(z.object({ id: str(256), ruleId: str(128), packId: str(128), title: str(2000) })).check(z.maxLength(50))),
});

export const CustomerSchema = z.object({ name: z.optional(str(512)), email: z.optional(str(512)) });


export const ToneLevelSchema = z.enum(TONE_LEVELS);

/** Languages (lib/lang): the draft's (chooses the packs), whether a pack covers it, the customer's when tone can't read it. */
export const TabLangSchema = z.object({
  draft: z.enum(['en', 'es', 'fr', 'de', 'pt']),
  detected: z.boolean(),
  guidance: z.boolean(),
  toneUnread: z.nullable(z.enum(['en', 'es', 'fr', 'de', 'pt'])),
});

/** What the panel shows about a tab: the conversation, the hints on the draft, the customer's tone. */
export const TabStateSchema = z.object({
  site: str(64),
  ticket: z.nullable(TicketSchema),
  customer: z.optional(CustomerSchema),
  tone: z.nullable(ToneLevelSchema),
  hints: z.array(HintSchema).check(z.maxLength(500)),
  draftLength: z.number(),
  updatedAt: z.number(),
  lang: z.optional(TabLangSchema),
  /** Titles of rules in force suspended this browser session for being too slow (issue 14). */
  slow: z.optional(z.array(str(200)).check(z.maxLength(100))),
  /** Generic mode (issue 13, point 5): whether Heard could read the page's conversation ('unread':
   * the panel says it can't read it, so tone and checklists are not judged there). */
  conversation: z.optional(z.enum(['read', 'unread'])),
});

/** The draft after a typing pause, with what the page says about the conversation. */
export const CsLintSchema = z.object({
  site: str(64),
  ticket: z.nullable(TicketSchema),
  /** Who the customer is, as the page shows it (for the callbacks the rep logs). */
  customer: z.optional(CustomerSchema),
  /** At most DRAFT_MAX characters (lib/messaging/limits.ts: the content script cuts longer drafts). */
  draft: str(DRAFT_MAX),
  /** Customer/agent messages of the thread, newest last: at most 50, THREAD_MAX characters in all. */
  thread: z
    .array(ThreadMessageSchema)
    .check(z.maxLength(THREAD_MESSAGES), z.refine((t) => threadChars(t) <= THREAD_MAX)),
  /** The rep's own input (a trusted input event in the reply box) led to this lint, not the page:
   * only then does a hint count as shown and may a same-day reminder be created. */
  trusted: z.optional(z.boolean()),
});
export const InsertSchema = z.object({ tabId: z.number(), text: str(10_000), ruleId: z.optional(str(128)) });
export const DismissSchema = z.object({ tabId: z.number(), hintId: str(256), reason: z.enum(['dismissed', 'not-helpful']) });
export const TabIdSchema = z.object({ tabId: z.number() });
import { BgInsertSchema, EmptySchema, PanelOpenSchema } from './to-content';
export { BgInsertSchema, EmptySchema, PanelOpenSchema };

/** The panel's long-lived port: it subscribes to one tab's state and the background pushes it.
 * (A port rather than storage.session: Firefox gives extension frames inside web pages no
 * storage.session, and a port tells the background which panels to update.) */
export const PANEL_PORT = 'heard-panel';
export const PanelSubscribeSchema = z.object({
  type: z.literal('subscribe'),
  /** Only the side panel names its tab; a framed panel's tab is the one framing it. */
  tabId: z.optional(z.number()),
});
export const PanelPushSchema = z.object({
  type: z.literal('state'),
  tabId: z.nullable(z.number()),
  tab: z.nullable(TabStateSchema),
});
export type PanelPush = z.infer<typeof PanelPushSchema>;

export type TicketMsg = z.infer<typeof TicketSchema>;
export type HintMsg = z.infer<typeof HintSchema>;
export type TabState = z.infer<typeof TabStateSchema>;
export type TabLang = z.infer<typeof TabLangSchema>;

/** What the content script needs to mark the draft: no advice text, just where and how much. */
export interface LintResult {
  count: number;
  worst: Severity | null;
  /** s: how the words are marked (warn, suggest, or a promise the rep can log). */
  ranges: { start: number; end: number; s?: 'warn' | 'suggest' | 'log' }[];
  /** The marker's accessible name for `count` ("Heard: 1 hint, open"), in the rep's language: the
   * content script calls no i18n (Chromium's first getMessage in a page costs ~30 ms of its main thread). */
  name?: string;
  /** A newer lint of the same tab came in while this one waited: it was not run, mark nothing. */
  dropped?: true;
}

export interface CoreProtocol {
  // content script → background
  'cs:lint'(data: z.infer<typeof CsLintSchema>): LintResult;
  // extension pages → background
  'ui:insert'(data: z.infer<typeof InsertSchema>): { ok: boolean };
  'ui:dismiss'(data: z.infer<typeof DismissSchema>): void;
  'ui:togglePanel'(data: z.infer<typeof TabIdSchema>): { ok: boolean };
  'ui:closePanel'(data: z.infer<typeof TabIdSchema>): void;
  // background → content script
  'bg:insert'(data: z.infer<typeof BgInsertSchema>): { ok: boolean };
  'bg:panel'(data: z.infer<typeof PanelOpenSchema>): void;
  'bg:togglePanel'(data?: Record<string, never>): void;
  'bg:refresh'(data?: Record<string, never>): void;
}

export const CORE_SCHEMAS: { [K in keyof CoreProtocol]: z.ZodMiniType } = {
  'cs:lint': CsLintSchema,
  'ui:insert': InsertSchema,
  'ui:dismiss': DismissSchema,
  'ui:togglePanel': TabIdSchema,
  'ui:closePanel': TabIdSchema,
  'bg:insert': BgInsertSchema,
  'bg:panel': PanelOpenSchema,
  'bg:togglePanel': EmptySchema,
  'bg:refresh': EmptySchema,
};
