import { browser } from 'wxt/browser';
import { z } from 'zod';
import { answerAfter, PAGE_OR_PANEL, receive, sendMessage, type LintResult, type TabState } from '@/lib/messaging';
import { addDismissal, incrementRuleStat, listDismissals, listOpenForConversation } from '@/lib/callbacks/store';
import { getDb } from './db';
import { lintDraft, toMsg, underlineRanges, worstOf } from './guidance';
import { onConversationSeen, registerCallbacks } from './callbacks';
import { noteLint, registerRoom } from './room';
import { registerPacks } from './packs';
import { registerData } from './data';
import { registerPolicy } from './policy';
import { registerPolicyPacks } from './policy-packs';
import { registerStats } from './stats';
import { registerSites } from './sites';
import { registerRecipes } from './recipes';
import { registerDock, sidePanelPreferred, watchPanelPlace } from './dock';
import { registerFirstRun } from './welcome';
import { openSidePanel } from '@/lib/panel-place';
import { createTrustLedger } from './trust';
import { registerCard } from './card';
import { DROPPED, newestWins, pageLintPacer } from '@/lib/messaging/newest-wins';
import { genericTicket } from '@/lib/adapters/address-key';
import { readGenericConversation } from './generic-thread';
import { plural, t } from '@/lib/i18n';
import { i18nReady } from '@/lib/i18n-files';
import { onTabGone, readTabState, registerTabs, updateTabState, writeTabState } from './tabs';

/**
 * The background owns what must outlive a page and stay in the extension's origin: packs, the
 * database, alarms and notifications, and the per-tab state the panel shows. It keeps nothing in
 * module variables that it cannot rebuild: a Chrome service worker is stopped when idle.
 */
export default defineBackground(() => {
  // Extension pages forbid eval by CSP: tell zod not to even try its compiled fast path.
  z.config({ jitless: true });
  // The strings the background sends never go blank (see loadMessageFiles): nothing answers before them.
  answerAfter(i18nReady());
  registerTabs();
  // The browser policy first: packs, rule locks and reminder settings wait for its first read.
  registerPolicy();
  const packsReady = registerPacks();
  // The organisation's packs, installed once the packs are loaded (and again when the policy changes).
  void registerPolicyPacks(packsReady);
  registerCallbacks();
  registerRoom();
  registerData();
  registerStats(packsReady);
  registerSites();
  registerRecipes();
  registerDock();
  watchPanelPlace();
  registerFirstRun();

  let lintSeq = 0;
  const newestLint = new Map<number, number>();

  // One lint in flight per tab and frame: of the lints that pile up meanwhile only the newest runs
  // (a page cannot queue work that delays other tabs), the older ones are answered `dropped`.
  const oneAtATime = newestWins();
  const pacer = pageLintPacer();
  const trust = createTrustLedger();

  // The draft after a typing pause: lint it, tell the panel, count what the rep was shown.
  receive('cs:lint', 'content', async ({ site, ticket: sent, customer: sentCustomer, draft, thread: sentThread, trusted = false }, sender) => {
    await packsReady;
    const key = `${sender.tab?.id}:${sender.frameId ?? 0}`;
    const out = await oneAtATime(key, async (superseded, whenSuperseded): Promise<LintResult | typeof DROPPED> => {
      // What the page caused by itself waits its turn (pageLintPacer); a newer lint (the rep typing)
      // takes its place at once.
      const wait = trusted ? 0 : pacer.wait(key);
      if (wait > 0) {
        await Promise.race([new Promise((resolve) => setTimeout(resolve, wait)), whenSuperseded]);
        if (superseded()) return DROPPED;
      }
      // Its cost, all of it (parsing aside): the room, the tab state, the counts.
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
        const seq = ++lintSeq;
        if (tabId != null && (sender.frameId ?? 0) === 0) newestLint.set(tabId, seq);
        const dismissed = new Set(ticket ? (await listDismissals(getDb(), ticket.key)).map((d) => d.hintId) : []);
        // A promise already logged as a callback of this conversation needs no hint.
        const logged = ticket ? (await listOpenForConversation(getDb(), ticket.key).catch(() => [])).map((c) => c.promise) : [];
        const { hints, tone, lang, slow } = lintDraft({ draft, thread, site, ticket, dismissed, logged, trusted });
        const result = {
          count: hints.length,
          worst: worstOf(hints),
          ranges: underlineRanges(hints),
          // Self-check: a known site's ticket whose messages Heard cannot read says so at the marker too.
          name: ((n: string) => (site !== 'generic' && ticket && thread.length === 0 ? t('selfcheckMarker', n) : n))(
            hints.length ? plural('markerHints', hints.length) : t('markerNone'),
          ),
        };
        // Only the top frame describes the tab (a helpdesk's iframes may run us too).
        if (tabId == null || (sender.frameId ?? 0) !== 0) return result;
        // Two lints can overlap (reading dismissals is async): an older one never overwrites a newer one.
        if (newestLint.get(tabId) !== seq) return result;
        try {
          // Reading the room: tone, checklists the draft ticks, the boundary (kept per tab, no text).
          noteLint(tabId, { site, ticket, draft, thread, lang: lang?.draft });
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
        };
        // The panel has it now; the storage copy and the bookkeeping below follow the answer.
        void writeTabState(tabId, state);
        // Local counts for the team lead, never text: a hint counts as shown when it appears.
        // Only the rep's own input counts (trust.ts): what a page makes us lint neither counts as shown
        // nor creates a same-day reminder.
        const { shown, firstActivity } = trust.note(tabId, ticket?.key ?? '', hints, trusted);
        // The rep started working in this conversation: the optional same-day reply reminder.
        if (firstActivity) void onConversationSeen({ site, ticket, thread }).catch(() => {});
        void (async () => {
          for (const h of shown) await incrementRuleStat(getDb(), h.ruleId, 'shown').catch(() => {});
        })();
        return result;
      } finally {
        if (!trusted) pacer.spent(key, performance.now() - started);
      }
    });
    return out === DROPPED ? { count: 0, worst: null, ranges: [], dropped: true } : out;
  });

  receive('ui:insert', PAGE_OR_PANEL, async ({ tabId, text, ruleId }) => {
    try {
      const res = await sendMessage('bg:insert', { text }, tabId);
      if (res.ok && ruleId) await incrementRuleStat(getDb(), ruleId, 'inserted').catch(() => {});
      return res;
    } catch {
      return { ok: false };
    }
  });

  receive('ui:dismiss', PAGE_OR_PANEL, ({ tabId, hintId, reason }) => dismissHint(tabId, hintId, reason));
  // The card at the words (the content script): its texts from the tab's lint, and its Dismiss.
  registerCard({ read: readTabState, dismiss: (tabId, hintId) => dismissHint(tabId, hintId, 'dismissed') });

  async function dismissHint(tabId: number, hintId: string, reason: 'dismissed' | 'not-helpful'): Promise<void> {
    const stored = await updateTabState(tabId, (s) => ({ ...s, hints: s.hints.filter((h) => h.id !== hintId) }));
    if (!stored) return;
    const hint = stored.hints.find((h) => h.id === hintId);
    if (stored.ticket) await addDismissal(getDb(), stored.ticket.key, hintId);
    if (hint) await incrementRuleStat(getDb(), hint.ruleId, reason === 'not-helpful' ? 'notHelpful' : 'dismissed');
    await sendMessage('bg:refresh', {}, tabId).catch(() => {});
  }

  receive('ui:togglePanel', PAGE_OR_PANEL, async ({ tabId }) => {
    try {
      await sendMessage('bg:togglePanel', {}, tabId);
      return { ok: true };
    } catch {
      return { ok: false };
    }
  });

  receive('ui:closePanel', PAGE_OR_PANEL, async ({ tabId }) => {
    await sendMessage('bg:panel', { open: false }, tabId).catch(() => {});
  });

  browser.commands.onCommand.addListener(async (command, from) => {
    if (command !== 'toggle-panel') return;
    // The rep made the browser's side panel the default (options): opened in the command's own handler.
    if (sidePanelPreferred() && from?.id != null && (await openSidePanel(from.id))) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id != null) await sendMessage('bg:togglePanel', {}, tab.id).catch(() => {});
  });

  onTabGone((tabId) => {
    newestLint.delete(tabId);
    trust.forget(tabId);
    pacer.forget(`${tabId}:0`);
  });
});
