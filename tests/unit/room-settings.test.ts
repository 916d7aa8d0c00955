import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readRoomSettings, ROOM_SETTINGS_KEY, SCHEMAS, writeRoomSettings } from '@/lib/messaging';

test('the break suggestion is on by default, saved in storage.local, and a bad stored value falls back', async () => {
  expect(await readRoomSettings()).toEqual({ breakReminder: true });
  await writeRoomSettings({ breakReminder: false });
  expect(await fakeBrowser.storage.local.get(ROOM_SETTINGS_KEY)).toEqual({ [ROOM_SETTINGS_KEY]: { breakReminder: false } });
  expect(await readRoomSettings()).toEqual({ breakReminder: false });
  await fakeBrowser.storage.local.set({ [ROOM_SETTINGS_KEY]: { breakReminder: 'no' } });
  expect(await readRoomSettings()).toEqual({ breakReminder: true });
});

test('room messages reject malformed data', () => {
  expect(SCHEMAS['ui:room:tick'].safeParse({ tabId: 1, checklistId: 'de-escalation', itemId: 'acknowledge', ticked: true }).success).toBe(true);
  expect(SCHEMAS['ui:room:tick'].safeParse({ tabId: 1, checklistId: '', itemId: 'a', ticked: true }).success).toBe(false);
  expect(SCHEMAS['ui:room:incident'].safeParse({ tabId: 1, category: 'rude', note: '' }).success).toBe(false);
  expect(SCHEMAS['ui:room:incident'].safeParse({ tabId: 1, category: 'insult', note: 'x'.repeat(5001) }).success).toBe(false);
  expect(SCHEMAS['ui:incidents:delete'].safeParse({ id: 3 }).success).toBe(false);
});
