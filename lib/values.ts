/**
 * Every enumerated value Heard passes around, each defined once as a plain `as const` list.
 * Rows (lib/db/rows.ts, full zod), messages (lib/messaging, zod/mini) and the pack schema
 * (lib/guidance/kinds/parts.ts, full zod) wrap these lists in their own zod flavour, and the
 * TypeScript types come from them. No zod here: the content script may import this file.
 */

/** The customer's tone, mildest first. */
export const TONE_LEVELS = ['calm', 'frustrated', 'angry', 'abusive'] as const;
export type ToneLevel = (typeof TONE_LEVELS)[number];

/** A hint's weight, lightest first. */
export const SEVERITIES = ['info', 'suggest', 'warn'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How the rep talks to the customer in a conversation (as an adapter reads the ticket). */
export const CHANNELS = ['email', 'chat', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who wrote a message in a helpdesk conversation. */
export const ROLES = ['customer', 'agent', 'note'] as const;
export type Role = (typeof ROLES)[number];

/** What a hint can offer beyond its advice. */
export const HINT_ACTIONS = ['offer-escalation', 'log-callback'] as const;
export type HintAction = (typeof HINT_ACTIONS)[number];

/** How a callback is made. */
export const CALLBACK_CHANNELS = ['call', 'email', 'chat'] as const;
export type CallbackChannel = (typeof CALLBACK_CHANNELS)[number];
/* The ticket's channel → callback channel mapping (phone → call) is one function, channelOfTicket in
   lib/callbacks/promise.ts, which imports nothing (it is read in the content script). */

/** A callback's state: open, or closed one of three ways. */
export const CALLBACK_STATUSES = ['open', 'done', 'missed', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];
/** The ways an open callback is closed. */
export const CALLBACK_CLOSED = ['done', 'missed', 'cancelled'] as const satisfies readonly CallbackStatus[];

/** Where a callback came from. */
export const CALLBACK_SOURCES = ['draft', 'quick-add', 'follow-up', 'check-in', 'reply-by'] as const;
export type CallbackSource = (typeof CALLBACK_SOURCES)[number];

/** The draft risks the tone reader finds in the rep's own draft. */
export const DRAFT_RISK_KINDS = ['blame', 'sarcasm', 'all-caps', 'cold-refusal'] as const;
export type DraftRiskKind = (typeof DRAFT_RISK_KINDS)[number];
