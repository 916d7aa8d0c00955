/**
 * Only the rep's own actions count (issue 14). A lint says whether the rep's trusted input in the
 * reply box led to it (the content script sees `event.isTrusted`; a page cannot forge it). The
 * background decides from that, per tab:
 * - a hint counts as "shown" when it appears in a trusted lint and was not in the previous trusted
 *   lint of the same conversation (lints a page caused, by focusing the box or changing the thread,
 *   neither count nor reset what was counted);
 * - the rep's first trusted lint in a conversation is the activity after which the same-day reply
 *   reminder may be created for it.
 * What it keeps per tab (the last trusted lint) lives where it is given: the background gives it
 * the tab's record (tabs.ts `tabPart('trusted')`), forgotten when the tab closes.
 */
import type { Keyed } from '@/lib/keyed';

/** The rep's last trusted lint of a tab: its conversation and the ids of its hints. */
export interface TrustedLint {
  conversation: string;
  ids: ReadonlySet<string>;
}

export interface TrustLedger {
  note<H extends { id: string }>(
    tabId: number,
    conversation: string,
    hints: readonly H[],
    trusted: boolean,
  ): { shown: H[]; firstActivity: boolean };
  forget(tabId: number): void;
}

export function createTrustLedger(last: Keyed<number, TrustedLint> = new Map()): TrustLedger {
  return {
    note(tabId, conversation, hints, trusted) {
      if (!trusted) return { shown: [], firstActivity: false };
      const before = last.get(tabId);
      const same = before?.conversation === conversation;
      last.set(tabId, { conversation, ids: new Set(hints.map((h) => h.id)) });
      return { shown: hints.filter((h) => !(same && before.ids.has(h.id))), firstActivity: !same };
    },
    forget(tabId) {
      last.delete(tabId);
    },
  };
}
