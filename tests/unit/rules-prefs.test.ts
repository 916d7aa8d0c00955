import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listRules, loadPrefs, setRuleEnabled } from '@/entrypoints/background/packs';
import { lintDraft } from '@/entrypoints/background/guidance';
import { GUIDANCE_PREFS_KEY } from '@/lib/guidance/prefs';

const lintDontKnow = () =>
  lintDraft({ draft: "I don't know what happened to your order", thread: [], site: 'demo', ticket: null, dismissed: new Set() }).hints.map(
    (h) => h.ruleId,
  );

beforeEach(async () => {
  await loadPrefs();
});

test('every rule of the default pack is listed and on by default', () => {
  const rules = listRules();
  expect(rules.length).toBeGreaterThanOrEqual(30);
  expect(rules.every((r) => r.enabled)).toBe(true);
  expect(rules.find((r) => r.ruleId === 'dont-know')).toMatchObject({ id: 'heard-default/dont-know', locked: false });
});

test('a rule the rep switches off stops firing, is remembered, and comes back when switched on', async () => {
  expect(lintDontKnow()).toContain('dont-know');
  expect(await setRuleEnabled('heard-default/dont-know', false)).toEqual({ ok: true });
  expect(lintDontKnow()).not.toContain('dont-know');
  expect(await fakeBrowser.storage.local.get(GUIDANCE_PREFS_KEY)).toEqual({
    [GUIDANCE_PREFS_KEY]: { disabledRuleIds: ['heard-default/dont-know'] },
  });
  // A new background (worker restarted) reads it back.
  await loadPrefs();
  expect(listRules().find((r) => r.ruleId === 'dont-know')?.enabled).toBe(false);
  await setRuleEnabled('heard-default/dont-know', true);
  expect(lintDontKnow()).toContain('dont-know');
});

test('unknown rules are refused, and a malformed stored value switches nothing off', async () => {
  expect(await setRuleEnabled('heard-default/nope', false)).toMatchObject({ ok: false });
  await fakeBrowser.storage.local.set({ [GUIDANCE_PREFS_KEY]: { disabledRuleIds: 'dont-know' } });
  await loadPrefs();
  expect(listRules().every((r) => r.enabled)).toBe(true);
});
