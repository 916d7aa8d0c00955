// Rules that overrun their share of the lint budget are suspended for the browser session (issue 14).
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { newBudget } from '@/lib/guidance/engine';
import { listRules } from '@/entrypoints/background/packs';
import { lintDraft } from '@/entrypoints/background/guidance';
import {
  LINT_BUDGET_MS,
  RULE_SHARE_MS,
  SUSPENDED_KEY,
  loadSuspended,
  noteBudget,
  resetSuspensions,
  suspendedRules,
} from '@/entrypoints/background/suspension';

beforeEach(() => resetSuspensions());

const overrun = (id: string, ms: number) => {
  const b = newBudget(LINT_BUDGET_MS, RULE_SHARE_MS, suspendedRules());
  b.overran.push({ id, ms });
  return noteBudget(b);
};

test('three overruns in a row suspend; a lint in which the rule kept its share clears its strikes', async () => {
  const id = 'heard-default/dont-know';
  // Strikes scattered over a session (a busy machine descheduling the worker now and then) never add up.
  for (let i = 0; i < 10; i++) {
    expect(overrun(id, LINT_BUDGET_MS + 100)).toEqual([]);
    expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([]);
    expect(overrun('heard-default/other', RULE_SHARE_MS + 1)).toEqual([]); // a lint where dont-know kept its share
  }
  expect(suspendedRules().has(id)).toBe(false);
  // A lint cut short for time proves nothing about the rules it did not reach: strikes are kept.
  const cut = newBudget(LINT_BUDGET_MS, RULE_SHARE_MS, suspendedRules());
  cut.cut = true;
  resetSuspensions();
  expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([]);
  expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([]);
  expect(noteBudget(cut)).toEqual([]);
  expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([id]);
  expect(overrun('heard-default/jargon', LINT_BUDGET_MS + 1)).toEqual([]);
  await vi.waitFor(async () => expect((await fakeBrowser.storage.session.get(SUSPENDED_KEY))[SUSPENDED_KEY]).toEqual([id]));
});

test('a suspended rule stops firing, is listed as suspended, and the panel gets its title', () => {
  const draft = "I don't know what happened to your order";
  const before = lintDraft({ draft, thread: [], site: 'demo', ticket: null, dismissed: new Set() });
  expect(before.hints.map((h) => h.ruleId)).toContain('dont-know');
  expect(before.slow).toEqual([]);
  for (let i = 0; i < 3; i++) overrun('heard-default/dont-know', LINT_BUDGET_MS + 1);
  const after = lintDraft({ draft: `${draft}.`, thread: [], site: 'demo', ticket: null, dismissed: new Set() });
  expect(after.hints.map((h) => h.ruleId)).not.toContain('dont-know');
  expect(after.slow).toContain('A dead-end "I don\'t know"');
  expect(listRules().find((r) => r.id === 'heard-default/dont-know')).toMatchObject({ suspended: true });
  expect(listRules().find((r) => r.id === 'heard-default/jargon')?.suspended).toBeUndefined();
});

test('a worker restarted in the same browser session reads the suspensions back', async () => {
  await fakeBrowser.storage.session.set({ [SUSPENDED_KEY]: ['team/slow-rule', 42] });
  resetSuspensions();
  await loadSuspended();
  // loadSuspended reads once per worker start; the module was loaded fresh for this file.
  expect([...suspendedRules()].filter((id) => id === 'team/slow-rule').length).toBeLessThanOrEqual(1);
});
