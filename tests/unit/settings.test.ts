import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { defineSetting, guidancePrefsSetting, siteDock, panelPlaceSetting, reminderSettings, retentionSetting, roomSettings } from '@/lib/settings';

const Schema = z.object({ size: z.number().check(z.minimum(1), z.maximum(9)) });

test('a setting reads its fallback when absent or damaged, stores what its schema accepts and refuses the rest', async () => {
  const s = defineSetting('test:size', Schema, () => ({ size: 3 }));
  expect(await s.get()).toEqual({ size: 3 });
  await s.set({ size: 5 });
  expect(await fakeBrowser.storage.local.get('test:size')).toEqual({ 'test:size': { size: 5 } });
  expect(await s.get()).toEqual({ size: 5 });
  await expect(s.set({ size: 50 })).rejects.toThrow();
  expect(await s.get()).toEqual({ size: 5 });
  await fakeBrowser.storage.local.set({ 'test:size': { size: 'big' } });
  expect(await s.get()).toEqual({ size: 3 });
});

test('a new version migrates the stored value once, before the first read', async () => {
  await fakeBrowser.storage.local.set({ 'test:sized': 7 });
  const s = defineSetting('test:sized', Schema, () => ({ size: 3 }), { version: 2, migrations: { 2: (old) => ({ size: old }) } });
  expect(await s.get()).toEqual({ size: 7 });
  expect(await fakeBrowser.storage.local.get('test:sized$')).toEqual({ 'test:sized$': { v: 2 } });
});

test('watch hears a change made elsewhere, parsed', async () => {
  const s = defineSetting('test:watched', Schema, () => ({ size: 3 }));
  const seen: unknown[] = [];
  const stop = s.watch((v) => seen.push(v));
  await fakeBrowser.storage.local.set({ 'test:watched': { size: 8 } });
  await fakeBrowser.storage.local.set({ 'test:watched': { size: 0 } });
  await vi.waitFor(() => expect(seen).toEqual([{ size: 8 }, { size: 3 }]));
  stop();
});

test('the settings moved to typed items keep their storage keys (a backup or an older install reads the same)', async () => {
  expect([panelPlaceSetting.key, roomSettings.key]).toEqual(['panelPlace', 'heard:room-settings']);
  await fakeBrowser.storage.local.set({ panelPlace: 'side' });
  expect(await panelPlaceSetting.get()).toBe('side');
  await fakeBrowser.storage.local.set({ panelPlace: 'floating' });
  expect(await panelPlaceSetting.get()).toBe('page');
});

test('retention as a typed item: same key and stored value; nothing stored is off, a damaged value is off and names the field', async () => {
  expect(retentionSetting.key).toBe('heard:retention');
  expect(await retentionSetting.get()).toEqual({ days: null });
  await retentionSetting.set({ days: 30 });
  expect(await fakeBrowser.storage.local.get('heard:retention')).toEqual({ 'heard:retention': { days: 30 } });
  await fakeBrowser.storage.local.set({ 'heard:retention': { days: 0 } });
  expect(await retentionSetting.get()).toMatchObject({ days: null, error: expect.stringMatching(/^heard:retention\.days:/) });
});

test('reminders as a typed item: same key; one bad field takes its default, the others are kept', async () => {
  expect(reminderSettings.key).toBe('heard:reminders');
  expect((await reminderSettings.get()).remindBeforeMin).toBe(10);
  await fakeBrowser.storage.local.set({ 'heard:reminders': { remindBeforeMin: 30, workdayStart: 'nine' } });
  expect(await reminderSettings.get()).toMatchObject({ remindBeforeMin: 30, workdayStart: '09:00' });
});

test('rule switches as a typed item: same key and stored value; a malformed value keeps every rule on', async () => {
  expect(guidancePrefsSetting.key).toBe('guidance:prefs');
  await guidancePrefsSetting.set({ disabledRuleIds: ['a/b'] });
  expect(await fakeBrowser.storage.local.get('guidance:prefs')).toEqual({ 'guidance:prefs': { disabledRuleIds: ['a/b'] } });
  await fakeBrowser.storage.local.set({ 'guidance:prefs': { disabledRuleIds: 'a/b' } });
  expect(await guidancePrefsSetting.get()).toEqual({ disabledRuleIds: [] });
});

test('the panel place per site: one typed key per host, as before (dock:<host>); nothing or a damaged value is no choice', async () => {
  expect(await siteDock('desk.example.com').get()).toEqual({});
  await siteDock('desk.example.com').set({ s: 'left', w: 420 });
  expect(await fakeBrowser.storage.local.get('dock:desk.example.com')).toEqual({ 'dock:desk.example.com': { s: 'left', w: 420 } });
  expect(await siteDock('other.example.com').get()).toEqual({});
  expect(siteDock('desk.example.com')).toBe(siteDock('desk.example.com'));
  await fakeBrowser.storage.local.set({ 'dock:other.example.com': { w: 5 } });
  expect(await siteDock('other.example.com').get()).toEqual({});
  await expect(siteDock('desk.example.com').set({ w: 9000 })).rejects.toThrow();
  expect(await siteDock('desk.example.com').get()).toEqual({ s: 'left', w: 420 });
});
