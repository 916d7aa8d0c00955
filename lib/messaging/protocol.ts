/**
 * The core of the protocol (the draft, its hints, the panel's frame) and the schemas the areas
 * share: tickets, threads, hints, a tab's state. Each message is one definition (define.ts: its
 * direction, its senders, its data and answer schemas); the name says who talks to whom:
 *   cs:*     content script → background
 *   ui:*     extension page (panel, popup, options) → background
 *   tab:*    background → a tab's content script
 *   push:*   background → extension pages
 *
 * Every message's data is parsed on receipt with its schema (zod/mini: extension pages import
 * these, and the content script, which imports none of them, parses what it receives with
 * guards equal to the tab:* schemas: wire.ts).
 */
import * as z from 'zod/mini';
import { CHANNELS, HINT_ACTIONS, ROLES, SEVERITIES, TONE_LEVELS } from '../values';

import { DRAFT_MAX, THREAD_MAX, THREAD_MESSAGES, threadChars } from './limits';
import { message, NoReply } from './define';
import { PAGE_OR_PANEL } from './receive';

const str = (max: number) => z.string().check(z.maxLength(max));

export const TicketSchema = z.object({
  key: str(512),
  link: str(4096),
  title: z.optional(str(1024)),
  channel: z.optional(z.enum(CHANNELS)),
  /** Generic mode: the address names no record, so notes and callbacks are per page (the panel says so). */
  perPage: z.optional(z.boolean()),
  /** Generic mode: the key rows of this site were kept under before tickets were told apart by their address. */
  earlierKey: z.optional(str(512)),
  /** Generic mode: what the rep reads for this ticket ("#12"). */
  label: z.optional(str(256)),
});

export const ThreadMessageSchema = z.object({
  role: z.enum(ROLES),
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
  actions: z.array(z.enum(HINT_ACTIONS)),
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
  /** The lint was cut for time: these are the hints of the rules tried so far, the rest come with
   * the next lint of the same draft (entrypoints/background/guidance.ts LintRest). */
  partial: z.optional(z.literal(true)),
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

export type TicketMsg = z.infer<typeof TicketSchema>;
export type HintMsg = z.infer<typeof HintSchema>;
export type TabState = z.infer<typeof TabStateSchema>;
export type TabLang = z.infer<typeof TabLangSchema>;

/** What the content script needs to mark the draft: no advice text, just where and how much. */
export const LintResultSchema = z.object({
  count: z.number(),
  worst: z.nullable(z.enum(SEVERITIES)),
  /** s: how the words are marked (warn, suggest, or a promise the rep can log). */
  ranges: z.array(z.object({ start: z.number(), end: z.number(), s: z.optional(z.enum(['warn', 'suggest', 'log'])) })),
  /** The marker's accessible name for `count` ("Heard: 1 hint, open"), in the rep's language: the
   * content script calls no i18n (Chromium's first getMessage in a page costs ~30 ms of its main thread). */
  name: z.optional(z.string()),
  /** A newer lint of the same tab came in while this one waited: it was not run, mark nothing. */
  dropped: z.optional(z.literal(true)),
  /** Cut for time (a busy machine, heavy packs): these are the hints of the rules tried so far; a
   * lint of the same draft again goes on from there (the content script asks at once, a few times). */
  more: z.optional(z.literal(true)),
});
export type LintResult = z.infer<typeof LintResultSchema>;

const OkOnly = z.object({ ok: z.boolean() });

/** What changed, for the open extension pages: callbacks (and notes), the policy, the installed packs. */
export const CHANGE_TOPICS = ['callbacks', 'policy', 'packs'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];
export const ChangedSchema = z.object({ what: z.enum(CHANGE_TOPICS) });

export const CORE_MESSAGES = {
  /** The draft after a typing pause: the background lints it and answers what to mark. */
  'cs:lint': message('cs', 'content', CsLintSchema, LintResultSchema),
  'ui:insert': message('ui', PAGE_OR_PANEL, InsertSchema, OkOnly),
  'ui:dismiss': message('ui', PAGE_OR_PANEL, DismissSchema, NoReply),
  'ui:togglePanel': message('ui', PAGE_OR_PANEL, TabIdSchema, OkOnly),
  'ui:closePanel': message('ui', PAGE_OR_PANEL, TabIdSchema, NoReply),
  /** Insert the text at the rep's caret (the panel's Insert / Replace). */
  'tab:insert': message('tab', 'background', BgInsertSchema, OkOnly),
  'tab:panel': message('tab', 'background', PanelOpenSchema, NoReply),
  'tab:togglePanel': message('tab', 'background', EmptySchema, NoReply),
  /** Lint again (a hint was dismissed, the site's recipe changed). */
  'tab:refresh': message('tab', 'background', EmptySchema, NoReply),
  /** The one channel on which extension pages hear that something they show changed: ask again
   * (lib/stores/changes.ts). (The panel's view of its tab comes over its port: panel-view.ts.) */
  'push:changed': message('push', 'background', ChangedSchema, NoReply),
};
