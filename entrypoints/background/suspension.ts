import { browser } from 'wxt/browser';

import { newBudget, type LintBudget } from '@/lib/guidance/engine';

/**
 * Bounded work whatever the packs (issue 14): one lint of the rules gets LINT_BUDGET_MS; a rule
 * that takes more than RULE_SHARE_MS on its own in three lints in a row is
 * suspended for the rest of the browser session (storage.session: survives the service worker
 * being stopped, not a browser restart). The rep sees it in the panel and in Settings → Guidance
 * rules ("suspended: too slow"). Patterns are linear-time by construction (regex-safety.ts), so
 * this is the second line: a rule that is linear but heavy on a long draft.
 */
export const LINT_BUDGET_MS = 50;
export const RULE_SHARE_MS = 10;
/**
 * Overruns in a row before a rule is suspended. Times are wall-clock: on a busy machine the worker
 * is descheduled in the middle of any rule, now and then, so one overrun (however long) proves
 * nothing, and strikes scattered over a session must not add up to a suspension: a lint in which
 * every rule ran and this one kept within its share clears its strikes. A rule that is really
 * heavy on this draft overruns at every lint and is suspended at the third.
 */
const STRIKES = 3;
export const SUSPENDED_KEY = 'heard:suspended-rules';

const suspended = new Set<string>();
const strikes = new Map<string, number>();
let loaded: Promise<void> | null = null;

/** Hint ids ("pack/rule") suspended in this browser session. */
export function suspendedRules(): ReadonlySet<string> {
  return suspended;
}

/** Reads the session's suspensions once per worker start. */
export function loadSuspended(): Promise<void> {
  loaded ??= (async () => {
    try {
      const raw: unknown = (await browser.storage.session.get(SUSPENDED_KEY))[SUSPENDED_KEY];
      if (Array.isArray(raw)) for (const id of raw.slice(0, 5000)) if (typeof id === 'string' && id.length <= 300) suspended.add(id);
    } catch {
      // No session storage (a unit test): memory only.
    }
  })();
  return loaded;
}

export function lintBudget(now?: () => number): LintBudget {
  return newBudget(LINT_BUDGET_MS, RULE_SHARE_MS, suspended, now);
}

/**
 * A lint's budget that also tells a stalled lint from a heavy one. The clock is read once before
 * the rules and once per rule, so the longest gap between two reads is the longest single step.
 * A step of half the budget or more, in a lint that was cut, is the machine taking the worker
 * away (a busy laptop, a descheduled service worker), or one heavy rule: either way the rules
 * after it were never tried, and the rep would see a few of the draft's hints until the next
 * keystroke. Packs that are heavy because they hold many rules cut without such a step.
 */
export function timedBudget(now: () => number = () => performance.now()): { budget: LintBudget; stalled(): boolean } {
  let last = Number.NaN;
  let longest = 0;
  const clock = (): number => {
    const t = now();
    if (t - last > longest) longest = t - last;
    last = t;
    return t;
  };
  const budget = lintBudget(clock);
  return { budget, stalled: () => budget.cut && longest >= LINT_BUDGET_MS / 2 };
}

/** After a lint: counts overruns, suspends, persists. Returns the hint ids newly suspended.
 * `whole`: the lint started at the first rule (false: it took up a lint cut for time). */
export function noteBudget(budget: LintBudget, whole = true): string[] {
  const added: string[] = [];
  const over = new Set(budget.overran.map((o) => o.id));
  // Every rule ran (no cut, from the first): those that kept within their share start again from zero.
  if (!budget.cut && whole) for (const id of [...strikes.keys()]) if (!over.has(id)) strikes.delete(id);
  for (const id of over) {
    const n = (strikes.get(id) ?? 0) + 1;
    strikes.set(id, n);
    if (n >= STRIKES && !suspended.has(id)) {
      suspended.add(id);
      added.push(id);
    }
  }
  if (added.length > 0) {
    void browser.storage.session?.set({ [SUSPENDED_KEY]: [...suspended] }).catch(() => undefined);
  }
  return added;
}

/** For tests: forget every suspension and strike. */
export function resetSuspensions(): void {
  suspended.clear();
  strikes.clear();
}
