/**
 * The panel's one view of its tab, pushed by the background (entrypoints/background/tabs.ts, built
 * in panel-view.ts) over the panel's port whenever any part changes: the tab's state (hints, tone,
 * ticket), the room (tone signals, checklists, boundary, incidents), the ticket's callbacks and
 * note, and the page reader's self-check. The panel's actions stay messages (ui:insert, ui:room:tick, ui:callbacks:add…); their
 * effect arrives as the next view. Parsed on arrival with `PanelViewSchema` (lib/stores/panel.ts).
 *
 * A port rather than storage.session: Firefox gives extension frames inside web pages no
 * storage.session, and a port tells the background which panels to update.
 */
import * as z from 'zod/mini';
import { callbackRow } from '../db/rows';
import { TabStateSchema } from './protocol';
import { RoomViewSchema } from './room';
import { SelfCheckSchema } from './recipes';

export const PANEL_PORT = 'heard-panel';

/** The panel's first message on its port: which tab it shows. */
export const PanelSubscribeSchema = z.object({
  type: z.literal('subscribe'),
  /** Only the side panel names its tab; a framed panel's tab is the one framing it. */
  tabId: z.optional(z.number()),
});

/** A conversation's open callbacks and its note, as the panel shows them. */
export const ConversationViewSchema = z.object({
  key: z.string().check(z.maxLength(512)),
  callbacks: z.array(callbackRow).check(z.maxLength(1000)),
  note: z.string().check(z.maxLength(200_000)),
});
export type ConversationView = z.infer<typeof ConversationViewSchema>;

/** Everything the panel shows of one tab. A part left out is none (null): no room before the
 * tab's first lint, no callbacks without a ticket. */
export const PanelViewSchema = z.object({
  type: z.literal('state'),
  tabId: z.nullable(z.number()),
  tab: z.nullable(TabStateSchema),
  room: z.optional(z.nullable(RoomViewSchema)),
  /** The ticket's open callbacks and note. */
  callbacks: z.optional(z.nullable(ConversationViewSchema)),
  /** Generic mode: the rows kept under the key used before tickets were told apart by address (read only). */
  earlier: z.optional(z.nullable(ConversationViewSchema)),
  /** What the page's reader could not find (the self-check), null when it read everything. */
  selfCheck: z.optional(z.nullable(SelfCheckSchema)),
});
export type PanelView = z.infer<typeof PanelViewSchema>;
