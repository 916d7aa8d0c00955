/**
 * How many hints the panel shows at once (the rest wait behind "Show n more"): the rep's choice,
 * kept in storage.local and parsed at every read. The marker still counts every hint.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

export const HINT_BUDGET_KEY = 'heard:hint-budget';
export const DEFAULT_HINT_BUDGET = 3;
export const MAX_HINT_BUDGET = 20;
const HintBudgetSchema = z.number().check(z.int(), z.gte(1), z.lte(MAX_HINT_BUDGET));

/** The stored budget, or the default for a missing or malformed value. */
export function parseHintBudget(raw: unknown): number {
  const r = HintBudgetSchema.safeParse(raw);
  return r.success ? r.data : DEFAULT_HINT_BUDGET;
}

export async function readHintBudget(): Promise<number> {
  return parseHintBudget((await browser.storage.local.get(HINT_BUDGET_KEY))[HINT_BUDGET_KEY]);
}

export async function writeHintBudget(n: number): Promise<void> {
  await browser.storage.local.set({ [HINT_BUDGET_KEY]: HintBudgetSchema.parse(n) });
}

/** Calls `onChange` with the new budget whenever it changes (any extension page); returns the unsubscribe. */
export function watchHintBudget(onChange: (n: number) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && HINT_BUDGET_KEY in changes) onChange(parseHintBudget(changes[HINT_BUDGET_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
