import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { HeardDB } from '@/lib/db/database';
import { CURRENT_SCHEMA_VERSION } from '@/lib/db/schema';
import { DATA_TABLES } from '@/lib/db/tables';
import { exportBackup, formatPath, importBackup, parseBackup, utf8Length, MAX_BACKUP_BYTES } from '@/lib/callbacks/backup';
import { addCallback } from '@/lib/db/callbacks';
import { addIncident } from '@/lib/db/incidents';
import { incrementRuleStat } from '@/lib/db/rule-stats';
import { setChecklistState } from '@/lib/db/checklists';
import { setNote } from '@/lib/db/notes';
import { addDismissal } from '@/lib/db/dismissals';

const T0 = Date.parse('2026-03-06T15:00:00Z');
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url), 'utf8');

let db: HeardDB;
let seq = 0;
beforeEach(async () => {
  db = new HeardDB(`heard-backup-${seq++}`, { now: () => T0 });
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function fill(): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await addCallback(db, {
      conversationKey: `zendesk:acme:${i % 7}`,
      link: `https://acme.zendesk.com/agent/tickets/${i}`,
      helpdesk: 'zendesk',
      ...(i % 2 ? { customerName: `Cliente ${i} — “Ñandú”` } : {}),
      promise: `Promise ${i}, with "quotes", commas; and\nnewlines 📞`,
      channel: (['call', 'email', 'chat'] as const)[i % 3]!,
      dueAt: T0 + i * 3600_000,
      source: 'draft',
    });
  }
  await setNote(db, 'zendesk:acme:1', 'Prefers email.');
  await addIncident(db, { conversationKey: 'zendesk:acme:2', link: 'https://x', category: 'threat', note: 'Ended call', helpdesk: 'zendesk' });
  await incrementRuleStat(db, 'default/idk', 'shown', 4);
  await addDismissal(db, 'zendesk:acme:3', 'default/x');
  await setChecklistState(db, { conversationKey: 'zendesk:acme:1', checklistId: 'd', ticked: ['a'], unticked: ['b'] });
  await db.packs.put({ id: 'default', source: 'builtin', enabled: true, order: 0, json: '{"id":"default"}', installedAt: T0, updatedAt: T0 });
}

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of DATA_TABLES) out[t] = await db.table(t).toArray();
  return out;
}

describe('exportBackup / importBackup round trip', () => {
  it('export → wipe → import gives equal data', async () => {
    await fill();
    const before = await snapshot();
    const text = await exportBackup(db);
    const doc = JSON.parse(text) as { format: string; schemaVersion: number; exportedAt: string; tables: Record<string, unknown[]> };
    expect(doc.format).toBe('heard-backup');
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.exportedAt).toBe(new Date(T0).toISOString());
    expect(Object.keys(doc.tables).sort()).toEqual([...DATA_TABLES].sort());

    await Promise.all(DATA_TABLES.map((t) => db.table(t).clear()));
    expect((await db.callbacks.count())).toBe(0);
    const r = await importBackup(db, text);
    // Every data table is counted (a table added later restores as 0 rows here).
    const none = Object.fromEntries(DATA_TABLES.map((t) => [t, 0]));
    expect(r).toEqual({ ok: true, counts: { ...none, callbacks: 30, notes: 1, checklists: 1, incidents: 1, ruleStats: 1, dismissals: 1, packs: 1 } });
    expect(await snapshot()).toEqual(before);
  });

  it('restore replaces (rows not in the file are gone) and keeps the replaced data as a local backup', async () => {
    await fill();
    const text = await exportBackup(db);
    const before = await snapshot();
    const extra = await addCallback(db, { conversationKey: 'later', link: 'l', helpdesk: 'h', promise: 'p', channel: 'call', dueAt: T0, source: 'quick-add' });
    const r = await importBackup(db, text, { now: T0 + 1 });
    expect(r.ok).toBe(true);
    expect(await db.callbacks.get(extra.id)).toBeUndefined();
    expect(await snapshot()).toEqual(before);

    const local = await db.backups.toArray();
    expect(local).toHaveLength(1);
    expect(local[0]).toMatchObject({ reason: 'pre-restore', createdAt: T0 + 1 });
    expect(r.ok && r.preRestoreBackupId).toBe(local[0]!.id);
    // Undo: restoring the local backup brings the extra callback back.
    expect((await importBackup(db, local[0]!.json, { now: T0 + 2 })).ok).toBe(true);
    expect(await db.callbacks.get(extra.id)).toEqual(extra);
  });

  it('imports an older schema version file (v1)', async () => {
    const r = await importBackup(db, fixture('valid-v1.json'));
    expect(r).toMatchObject({ ok: true, counts: { callbacks: 5, notes: 2, packs: 2 } });
    expect((await db.callbacks.get('0b6f2c1e-4a8d-4c3e-9f11-2a7d5e6b8c01'))?.customerName).toBe('José Müller');
  });
});

describe('restore is one transaction', () => {
  it('a failure while writing the last table rolls back everything, including the cleared tables', async () => {
    await fill();
    const before = await snapshot();
    const text = fixture('valid-v1.json');
    const spy = vi.spyOn(db.packs, 'bulkAdd').mockImplementation(() => Promise.reject(new Error('disk full')) as never);
    const r = await importBackup(db, text);
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, errors: [{ path: '(database)', message: /nothing was changed: disk full/ }] });
    expect(await snapshot()).toEqual(before);
    expect(await db.backups.count()).toBe(0);
  });
});

describe('bad backup files change nothing and say what is wrong', () => {
  async function expectRejected(text: string, match: { path: string | RegExp; message?: RegExp }[]): Promise<void> {
    await fill();
    const before = await snapshot();
    const backupsBefore = await db.backups.count();
    const r = await importBackup(db, text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const m of match) {
      expect(r.errors.some((e) => (typeof m.path === 'string' ? e.path === m.path : m.path.test(e.path)) && (!m.message || m.message.test(e.message))), JSON.stringify(r.errors)).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.backups.count()).toBe(backupsBefore);
  }

  it('not JSON', () => expectRejected(fixture('not-json.csv'), [{ path: '(file)', message: /not JSON/ }]));
  it('a foreign format', () => expectRejected(fixture('foreign.json'), [{ path: 'format', message: /not a Heard backup/ }]));
  it('a JSON array', () => expectRejected('[1,2]', [{ path: '(file)', message: /not a Heard backup/ }]));
  it('a newer schema version', () => expectRejected(fixture('newer-schema.json'), [{ path: 'schemaVersion', message: /newer/ }]));
  it('bad row types, with exact paths', () =>
    expectRejected(fixture('bad-row-types.json'), [
      { path: 'tables.callbacks[1].dueAt' },
      { path: 'tables.callbacks[2].status' },
      { path: 'tables.ruleStats[0].shown' },
    ]));
  it('__proto__ keys', () => expectRejected(fixture('proto-pollution.json'), [{ path: 'tables.notes[0].__proto__', message: /forbidden/ }]));
  it('an unknown table and a missing table', async () => {
    const doc = JSON.parse(fixture('valid-v1.json')) as { tables: Record<string, unknown> };
    doc.tables.secrets = [];
    delete doc.tables.notes;
    await expectRejected(JSON.stringify(doc), [
      { path: 'tables.secrets', message: /unknown table/ },
      { path: 'tables.notes', message: /missing/ },
    ]);
  });
  it('duplicate primary keys', async () => {
    const doc = JSON.parse(fixture('valid-v1.json')) as { tables: { callbacks: unknown[] } };
    doc.tables.callbacks.push(doc.tables.callbacks[0]);
    await expectRejected(JSON.stringify(doc), [{ path: 'tables.callbacks[5]', message: /duplicate/ }]);
  });
  it('an unknown field in a row', async () => {
    const doc = JSON.parse(fixture('valid-v1.json')) as { tables: { incidents: Record<string, unknown>[] } };
    doc.tables.incidents[0]!.customerQuote = 'you idiot';
    await expectRejected(JSON.stringify(doc), [{ path: /^tables\.incidents\[0\]/ }]);
  });
  it('a file over 50 MB is refused before parsing', async () => {
    const spy = vi.spyOn(JSON, 'parse');
    const huge = '{"format":"heard-backup","pad":"' + 'x'.repeat(MAX_BACKUP_BYTES) + '"}';
    await expectRejected(huge, [{ path: '(file)', message: /larger than 50 MB/ }]);
    expect(spy.mock.calls.some((c) => c[0] === huge)).toBe(false);
    spy.mockRestore();
  });
  it('counts UTF-8 bytes, not characters, for the size limit', () => {
    const text = '"' + 'é'.repeat(600) + '"'; // 1,202 bytes, 602 characters
    expect(utf8Length(text)).toBe(1202);
    expect(parseBackup(text, { maxBytes: 1000 })).toMatchObject({ ok: false, errors: [{ message: /larger than/ }] });
    expect(utf8Length('😀')).toBe(4);
  });
});

describe('formatPath', () => {
  it('joins keys and indexes', () => {
    expect(formatPath(['tables', 'callbacks', 12, 'dueAt'])).toBe('tables.callbacks[12].dueAt');
    expect(formatPath([])).toBe('(file)');
  });
});
