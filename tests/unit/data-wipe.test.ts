import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataSummary, wipeAll } from '@/entrypoints/background/data';
import { getDb } from '@/entrypoints/background/db';
import { addCallback } from '@/lib/db/callbacks';
import { addIncident } from '@/lib/db/incidents';
import { setNote } from '@/lib/db/notes';

test('"Delete all my data" leaves nothing: database tables, settings and session state', async () => {
  const db = getDb();
  await addCallback(db, {
    conversationKey: 'demo:x:1',
    link: 'http://x/',
    helpdesk: 'demo',
    promise: 'Call back about the refund',
    channel: 'call',
    dueAt: Date.now() + 3_600_000,
    source: 'quick-add',
  });
  await setNote(db, 'demo:x:1', 'Prefers mornings');
  await addIncident(db, { conversationKey: 'demo:x:1', link: 'http://x/', category: 'insult', note: '', helpdesk: 'demo' });
  await fakeBrowser.storage.local.set({ 'guidance:prefs': { disabledRuleIds: ['heard-default/jargon'] } });
  await fakeBrowser.storage.session.set({ 'tab:3': { site: 'demo' } });

  const before = await dataSummary();
  expect(before.tables).toMatchObject({ callbacks: 1, notes: 1, incidents: 1 });
  expect(before.settings).toBe(1);

  expect(await wipeAll()).toEqual({ ok: true });

  const after = await dataSummary();
  expect(Object.values(after.tables).every((n) => n === 0)).toBe(true);
  expect(after.settings).toBe(0);
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  // The database itself was deleted, not just emptied: a fresh one is at the current version.
  expect((await getDb().callbacks.toArray()).length).toBe(0);
});
