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

test('one overrun is a strike, the second suspends; one lint over the whole budget suspends at once', async () => {
  expect(overrun('heard-default/dont-know', RULE_SHARE_MS + 1)).toEqual([]);
  expect(suspendedRules().has('heard-default/dont-know')).toBe(false);
  expect(overrun('heard-default/dont-know', RULE_SHARE_MS + 1)).toEqual(['heard-default/dont-know']);
  expect(overrun('heard-default/jargon', LINT_BUDGET_MS + 1)).toEqual(['heard-default/jargon']);
  await vi.waitFor(async () =>
    expect((await fakeBrowser.storage.session.get(SUSPENDED_KEY))[SUSPENDED_KEY]).toEqual(['heard-default/dont-know', 'heard-default/jargon']),
  );
});

test('a suspended rule stops firing, is listed as suspended, and the panel gets its title', () => {
  const draft = "I don't know what happened to your order";
  const before = lintDraft({ draft, thread: [], site: 'demo', ticket: null, dismissed: new Set() });
  expect(before.hints.map((h) => h.ruleId)).toContain('dont-know');
  expect(before.slow).toEqual([]);
  overrun('heard-default/dont-know', LINT_BUDGET_MS + 1);
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
