/**
 * The draft's messages: cs:lint (one lint per tab and frame at a time, page-caused lints paced,
 * the answer first and the bookkeeping after), the panel's Insert and Dismiss, the card at the
 * words, and opening or closing the framed panel.
 */
import { addDismissal, listDismissals } from '@/lib/db/dismissals';
import { incrementRuleStat } from '@/lib/db/rule-stats';
import { listOpenForConversation } from '@/lib/db/callbacks';
import { sendMessage, type Handler, type HandlerTable, type LintResult, type Messages, type TabState } from '@/lib/messaging';
import { DROPPED, newestWins, pageLintPacer } from '@/lib/messaging/newest-wins';
import { genericTicket } from '@/lib/adapters/address-key';
import { plural, t } from '@/lib/i18n';
import { getDb } from './db';
import { lintDraft, toMsg, underlineRanges, worstOf } from './guidance';
import { onConversationSeen } from './callbacks';
import { deriveRoom } from './room';
import type { RoomTab } from './room-tab';
import { createTrustLedger } from './trust';
import { cardHandlers } from './card';
import { readGenericConversation } from './generic-thread';
import { afterAnswer, isNewestLint, readTabState, startLint, tabPart, tabParts, updateTabState, writeTabState, type TabParts } from './tabs';
import type { HandlerDeps } from './handlers';

/** What a lint reads and writes in the database and beyond (tests pass their own). */
export interface LintDeps {
  dismissed(conversationKey: string): Promise<{ hintId: string }[]>;
  openCallbacks(conversationKey: string): Promise<{ promise: string }[]>;
  /** Counts a hint as shown (the rule's stats). */
  countShown(ruleId: string): Promise<unknown>;
  /** The rep started working in a conversation (the same-day reply reminder). */
  conversationSeen(input: Parameters<typeof onConversationSeen>[0]): Promise<unknown>;
}

const defaultDeps: LintDeps = {
  dismissed: (key) => listDismissals(getDb(), key),
  openCallbacks: (key) => listOpenForConversation(getDb(), key),
  countShown: (ruleId) => incrementRuleStat(getDb(), ruleId, 'shown'),
  conversationSeen: (input) => onConversationSeen(input),
};

/** The handler table of the draft's messages; `packsReady`: lints wait for the packs. */
/** This area's handler table, collected by handlers.ts. */
export const handlers = (deps: HandlerDeps): HandlerTable => lintHandlers(deps.packsReady);

export function lintHandlers(packsReady: Promise<unknown>, deps: LintDeps = defaultDeps) {
  // One lint in flight per tab and frame: of the lints that pile up meanwhile only the newest runs
  // (a page cannot queue work that delays other tabs), the older ones are answered `dropped`. Its
  // slots are not per-tab state: one lives while a frame's lints run, and goes with the last of them.
  const oneAtATime = newestWins();
  // The pacer's clock of each frame is kept in the tab's record (tabs.ts), taken when the lint comes
  // in: a tab closed meanwhile takes it with it.
  const pacer = pageLintPacer<{ tab: TabParts; frameId: number }>(0.2, undefined, {
    get: (f) => f.tab.pace?.get(f.frameId),
    set: (f, at) => (f.tab.pace ??= new Map()).set(f.frameId, at),
    delete: (f) => f.tab.pace?.delete(f.frameId),
  });
  // What the rep was last shown, per tab: in the tab's record too.
  const trust = createTrustLedger(tabPart('trusted'));

  // The draft after a typing pause: lint it and answer; then tell the panel, count what the rep was shown.
  const lintHandler: Handler<Messages['cs:lint']> = async ({ site, ticket: sent, customer: sentCustomer, draft, thread: sentThread, trusted = false }, sender) => {
    await packsReady;
    const key = `${sender.tab?.id}:${sender.frameId ?? 0}`;
    const frame = { tab: sender.tab?.id != null ? tabParts(sender.tab.id) : {}, frameId: sender.frameId ?? 0 };
    const out = await oneAtATime(key, async (superseded, whenSuperseded): Promise<LintResult | typeof DROPPED> => {
      // What the page caused by itself waits its turn (pageLintPacer); a newer lint (the rep typing)
      // takes its place at once.
      const wait = trusted ? 0 : pacer.wait(frame);
      if (wait > 0) {
        await Promise.race([new Promise((resolve) => setTimeout(resolve, wait)), whenSuperseded]);
        if (superseded()) return DROPPED;
      }
      // Its cost, all of it (parsing aside): up to the answer here, with the bookkeeping after it below.
      const started = performance.now();
      try {
        // Generic mode (or a site recipe that finds no ticket id): the conversation is the page's whole
        // address, told apart here (lib/adapters/address-key.ts).
        const ticket = site === 'generic' || sent?.key.startsWith('page:') ? genericTicket(sent) : sent;
        const tabId = sender.tab?.id;
        // Generic mode: the page's conversation, when the cautious reader can tell who wrote what.
        const page = site === 'generic' && tabId != null && (sender.frameId ?? 0) === 0 ? await readGenericConversation(tabId) : null;
        if (superseded()) return DROPPED;
        const thread = page?.readable ? page.thread : sentThread;
        const customer = page?.customer && !sentCustomer?.name ? { ...sentCustomer, name: page.customer } : sentCustomer;
        const seq = tabId != null && (sender.frameId ?? 0) === 0 ? startLint(tabId) : 0;
        const dismissed = new Set(ticket ? (await deps.dismissed(ticket.key)).map((d) => d.hintId) : []);
        // A promise already logged as a callback of this conversation needs no hint.
        const logged = ticket ? (await deps.openCallbacks(ticket.key).catch(() => [])).map((c) => c.promise) : [];
        // A lint of this frame cut for time is taken up where it stopped when this one is for the same input.
        const { hints, tone, lang, slow, rest } = lintDraft({ draft, thread, site, ticket, dismissed, logged, trusted, rest: frame.tab.rest?.get(frame.frameId) });
        if (rest && tabId != null) (frame.tab.rest ??= new Map()).set(frame.frameId, rest);
        else frame.tab.rest?.delete(frame.frameId);
        const result: LintResult = {
          count: hints.length,
          worst: worstOf(hints),
          ranges: underlineRanges(hints),
          // Self-check: a known site's ticket whose messages Heard cannot read says so at the marker too.
          name: ((n: string) => (site !== 'generic' && ticket && thread.length === 0 ? t('selfcheckMarker', n) : n))(
            hints.length ? plural('markerHints', hints.length) : t('markerNone'),
          ),
          // The rules it did not reach come with the content script's next lint of the same draft.
          ...(rest && tabId != null ? { more: true as const } : {}),
        };
        // Only the top frame describes the tab (a helpdesk's iframes may run us too).
        if (tabId == null || (sender.frameId ?? 0) !== 0) return result;
        // The answer goes first; the bookkeeping (the room, the tab's state and its panels, the
        // counts) runs once it has gone (tabs.ts afterAnswer): the content script never waits for it.
        const answered = performance.now() - started;
        void afterAnswer(tabId, () => {
          // Two lints can overlap (reading dismissals is async): an older one never overwrites a newer one.
          if (!isNewestLint(tabId, seq)) return;
          const began = performance.now();
          let room: RoomTab | undefined;
          try {
            // Reading the room: tone, checklists the draft ticks, the boundary (kept per tab, no text).
            room = deriveRoom({ site, ticket, draft, thread, lang: lang?.draft });
          } catch {
            // A side view: a failure there must never break linting.
          }
          const state: TabState = {
            site,
            ticket,
            ...(customer ? { customer } : {}),
            tone: tone?.level ?? null,
            hints: hints.map((h) => toMsg(h, draft)),
            draftLength: draft.length,
            updatedAt: Date.now(),
            lang,
            ...(slow.length > 0 ? { slow: slow.slice(0, 100).map((s) => s.slice(0, 200)) } : {}),
            ...(site === 'generic' ? { conversation: page?.readable ? ('read' as const) : ('unread' as const) } : {}),
            ...(result.more ? { partial: true as const } : {}),
          };
          // The tab's state and room, pushed to its panels; the storage copies follow.
          void writeTabState(tabId, state, room);
          // Local counts for the team lead, never text: a hint counts as shown when it appears.
          // Only the rep's own input counts (trust.ts): what a page makes us lint neither counts as shown
          // nor creates a same-day reminder.
          const { shown, firstActivity } = trust.note(tabId, ticket?.key ?? '', hints, trusted);
          // The rep started working in this conversation: the optional same-day reply reminder.
          if (firstActivity) void deps.conversationSeen({ site, ticket, thread }).catch(() => {});
          void (async () => {
            for (const h of shown) await deps.countShown(h.ruleId).catch(() => {});
          })();
          // What a page causes counts against its pace, the bookkeeping too (it replaces the
          // answer's own count, made in `finally` below).
          if (!trusted) pacer.spent(frame, answered + performance.now() - began);
        });
        return result;
      } finally {
        if (!trusted) pacer.spent(frame, performance.now() - started);
      }
    });
    return out === DROPPED ? { count: 0, worst: null, ranges: [], dropped: true } : out;
  };

  async function dismissHint(tabId: number, hintId: string, reason: 'dismissed' | 'not-helpful'): Promise<void> {
    const stored = await updateTabState(tabId, (s) => ({ ...s, hints: s.hints.filter((h) => h.id !== hintId) }));
    if (!stored) return;
    const hint = stored.hints.find((h) => h.id === hintId);
    if (stored.ticket) await addDismissal(getDb(), stored.ticket.key, hintId);
    if (hint) await incrementRuleStat(getDb(), hint.ruleId, reason === 'not-helpful' ? 'notHelpful' : 'dismissed');
    await sendMessage('tab:refresh', {}, tabId).catch(() => {});
  }

  return {
    'cs:lint': lintHandler,
    async 'ui:insert'({ tabId, text, ruleId }) {
      try {
        const res = await sendMessage('tab:insert', { text }, tabId);
        if (res.ok && ruleId) await incrementRuleStat(getDb(), ruleId, 'inserted').catch(() => {});
        return res;
      } catch {
        return { ok: false };
      }
    },
    'ui:dismiss': ({ tabId, hintId, reason }) => dismissHint(tabId, hintId, reason),
    async 'ui:togglePanel'({ tabId }) {
      try {
        await sendMessage('tab:togglePanel', {}, tabId);
        return { ok: true };
      } catch {
        return { ok: false };
      }
    },
    async 'ui:closePanel'({ tabId }) {
      await sendMessage('tab:panel', { open: false }, tabId).catch(() => {});
    },
    // The card at the words (the content script): its texts from the tab's lint, and its Dismiss.
    ...cardHandlers({ read: readTabState, dismiss: (tabId, hintId) => dismissHint(tabId, hintId, 'dismissed') }),
  } satisfies HandlerTable;
}
