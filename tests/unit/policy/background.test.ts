// The background's side of the browser policy on WXT's fake browser: reading managed storage
// (missing or failing = no policy), re-reading on change, the effective reminder settings that
// reminders run on, and saving that refuses a locked setting without storing anything.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { HeardDB } from '@/lib/db';
import { addCallback, HOUR, MINUTE } from '@/lib/callbacks';
import { defaultReminderSettings, SETTINGS_KEY } from '@/lib/messaging/callbacks';
import {
  currentPolicy,
  effectiveReminderSettings,
  loadPolicy,
  onPolicyChange,
  policyReady,
  readPolicy,
  registerPolicy,
  resetPolicyForTests,
  saveReminderSettings,
  statusOf,
} from '@/entrypoints/background/policy';
import { readSettings, reconcile } from '@/entrypoints/background/reminders';
import { createHandlers } from '@/entrypoints/background/callbacks';

beforeEach(() => {
  resetPolicyForTests();
});

const setPolicy = (p: Record<string, unknown>) => fakeBrowser.storage.managed.set(p);

test('no policy: nothing managed, nothing locked', async () => {
  const r = await policyReady();
  expect(r).toEqual({ policy: currentPolicy(), problems: [], managed: false });
  expect(statusOf(r)).toEqual({ managed: false, problems: [], packUrls: [], packs: [], lockedRules: [], disallowPersonalPacks: false, reminders: {} });
});

test('managed storage that rejects (Firefox without a policy) is no policy, not an error', async () => {
  const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
  expect((await readPolicy()).managed).toBe(false);
  spy.mockRestore();
});

test('a policy is read, parsed and summed up for the options page, problems named', async () => {
  await setPolicy({ lockedRules: ['dont-know', 'Not An Id'], reminders: { remindBeforeMin: 30 }, disallowPersonalPacks: 'yes' });
  const r = await policyReady();
  expect(r.managed).toBe(true);
  expect(currentPolicy().lockedRules).toEqual(['dont-know']);
  expect(statusOf(r)).toMatchObject({
    managed: true,
    lockedRules: ['dont-know'],
    reminders: { remindBeforeMin: 30 },
    disallowPersonalPacks: false,
    problems: [
      { path: 'lockedRules[1]', message: expect.any(String) },
      { path: 'disallowPersonalPacks', message: 'must be true or false' },
    ],
  });
});

test('a change is read again and told to listeners, once per real change', async () => {
  await policyReady();
  const seen: string[][] = [];
  onPolicyChange((next) => seen.push(next.policy.lockedRules));
  await setPolicy({ lockedRules: ['calm-down'] });
  await loadPolicy();
  await loadPolicy(); // same policy: no second call
  expect(seen).toEqual([['calm-down']]);
  expect(currentPolicy().lockedRules).toEqual(['calm-down']);
});

test('registered: a change in managed storage reloads the policy and tells the extension pages', async () => {
  registerPolicy();
  await policyReady();
  const changed = new Promise<void>((resolve) => onPolicyChange(() => resolve()));
  await setPolicy({ disallowPersonalPacks: true });
  await fakeBrowser.storage.onChanged.trigger({ disallowPersonalPacks: { newValue: true } }, 'managed');
  await changed;
  expect(currentPolicy().disallowPersonalPacks).toBe(true);
});

describe('reminder settings', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { remindBeforeMin: 5, timeZone: 'Europe/Berlin', sameDayReply: false } });
  });

  test("effective settings: the rep's, with the policy's keys laid over; reminders run on them", async () => {
    await setPolicy({ reminders: { remindBeforeMin: 45, sameDayReply: true } });
    const eff = await effectiveReminderSettings();
    expect(eff).toMatchObject({ remindBeforeMin: 45, sameDayReply: true, timeZone: 'Europe/Berlin' });
    expect(await readSettings()).toEqual(eff);
    // What the panel and popup are told.
    expect(await createHandlers()['ui:callbacks:settings']({})).toEqual(eff);
  });

  test("the reminder alarm follows the policy's remindBeforeMin", async () => {
    const db = new HeardDB(`policy-${crypto.randomUUID()}`);
    const now = Date.UTC(2026, 2, 3, 9, 0);
    const env = { db: () => db, now: () => now };
    await addCallback(db, { conversationKey: 'demo:x:1', link: 'https://h.example/1', helpdesk: 'demo', promise: 'Call back', channel: 'call', dueAt: now + 2 * HOUR, source: 'quick-add' }, { now });
    expect((await reconcile(env)).alarmAt).toBe(now + 2 * HOUR - 5 * MINUTE);
    await setPolicy({ reminders: { remindBeforeMin: 60 } });
    await loadPolicy();
    expect((await reconcile(env)).alarmAt).toBe(now + HOUR);
    await db.delete();
  });

  test('saving: unlocked settings are stored; a locked one keeps the rep\'s own earlier value', async () => {
    await setPolicy({ reminders: { remindBeforeMin: 45 } });
    const form = { ...(await effectiveReminderSettings()), sameDayReply: true };
    const res = await saveReminderSettings(form);
    expect(res).toEqual({ ok: true, settings: { ...form, remindBeforeMin: 45 } });
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({ remindBeforeMin: 5, sameDayReply: true });
    // Policy lifted: the rep's own value is back.
    await fakeBrowser.storage.managed.clear();
    await loadPolicy();
    expect((await effectiveReminderSettings()).remindBeforeMin).toBe(5);
  });

  test('saving a different value for a locked setting is refused, naming it, and nothing is stored', async () => {
    await setPolicy({ reminders: { remindBeforeMin: 45 } });
    const before = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    const res = await saveReminderSettings({ ...(await effectiveReminderSettings()), remindBeforeMin: 1, sameDayReply: true });
    expect(res).toEqual({ ok: false, error: 'remindBeforeMin is set by your organisation', field: 'remindBeforeMin' });
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual(before);
  });

  test('saving settings that are not valid is refused, naming the field', async () => {
    const base = defaultReminderSettings();
    expect(await saveReminderSettings({ ...base, workdayStart: '18:00', workdayEnd: '09:00' })).toMatchObject({ ok: false, field: 'workdayEnd' });
    expect(await saveReminderSettings({ ...base, workdays: [] })).toMatchObject({ ok: false, field: 'workdays' });
    expect(await saveReminderSettings({ ...base, timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false, field: 'timeZone' });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ remindBeforeMin: 5 });
  });
});
