/**
 * How many hints the panel shows at once (the rest wait behind "Show n more"): the rep's choice,
 * kept in storage.local (a typed setting, lib/settings) and parsed at every read. The marker still counts every hint.
 */
import * as z from 'zod/mini';
import { defineSetting } from '../settings/define';

export const HINT_BUDGET_KEY = 'heard:hint-budget';
export const DEFAULT_HINT_BUDGET = 3;
export const MAX_HINT_BUDGET = 20;
const HintBudgetSchema = z.number().check(z.int(), z.gte(1), z.lte(MAX_HINT_BUDGET));

/** The stored budget, or the default for a missing or malformed value. */
export function parseHintBudget(raw: unknown): number {
  const r = HintBudgetSchema.safeParse(raw);
  return r.success ? r.data : DEFAULT_HINT_BUDGET;
}

/** The setting (lib/settings): a typed storage item, parsed at every read and write. */
export const hintBudgetSetting = defineSetting(HINT_BUDGET_KEY, HintBudgetSchema, () => DEFAULT_HINT_BUDGET, { version: 1 });

export const readHintBudget = (): Promise<number> => hintBudgetSetting.get();
export const writeHintBudget = (n: number): Promise<void> => hintBudgetSetting.set(n);

/** Calls `onChange` with the new budget whenever it changes (any extension page); returns the unsubscribe. */
export const watchHintBudget = (onChange: (n: number) => void): (() => void) => hintBudgetSetting.watch(onChange);
