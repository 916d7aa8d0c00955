// `npm run bench -- callbacks`: the scheduler and the database with 50,000 callbacks.
// Targets: nextAlarmAt ≤ 10 ms; first popup page (open by dueAt, limit 50, via index) well under
// 100 ms; exportBackup of everything ≤ 2 s. fake-indexeddb is much slower than a real browser's
// IndexedDB, so the database figures here are an upper bound.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { HeardDB } from '../../lib/db/database';
import type { CallbackRow } from '../../lib/db/rows';
import { DEFAULT_REMINDER_SETTINGS, groupCallbacks, nextAlarmAt, remindersDue, searchCallbacks } from '../../lib/callbacks/schedule';
import { listOpen } from '../../lib/db/callbacks';
import { exportBackup, parseBackup } from '../../lib/callbacks/backup';
import { measure, measureAsync, printTable } from './harness';

const N = 50_000;
const NOW = Date.parse('2026-03-06T15:00:00Z');
const HOUR = 3600_000;

function makeCallbacks(): CallbackRow[] {
  const statuses = ['open', 'open', 'open', 'done', 'cancelled', 'missed'] as const;
  const out: CallbackRow[] = [];
  for (let i = 0; i < N; i++) {
    const dueAt = NOW + Math.round((i / N - 0.5) * 90 * 24 * HOUR); // 45 days back to 45 days ahead
    const past = dueAt < NOW;
    const hex = i.toString(16).padStart(12, '0');
    out.push({
      id: `00000000-0000-4000-8000-${hex}`,
      conversationKey: `zendesk:acme.zendesk.com:${i % 9000}`,
      link: `https://acme.zendesk.com/agent/tickets/${i % 9000}`,
      helpdesk: 'zendesk',
      customerName: `Customer ${i}`,
      customerContact: `customer${i}@example.com`,
      promise: `I'll call you back about order ${i} and the refund we discussed.`,
      channel: (['call', 'email', 'chat'] as const)[i % 3]!,
      dueAt,
      createdAt: dueAt - 24 * HOUR,
      updatedAt: dueAt - 24 * HOUR,
      status: statuses[i % statuses.length]!,
      ...(past ? { remindedBeforeAt: dueAt - 600_000, remindedDueAt: dueAt } : {}),
      source: 'draft',
    });
  }
  return out;
}

export default async function (): Promise<void> {
  const callbacks = makeCallbacks();
  const s = DEFAULT_REMINDER_SETTINGS;
  const pure = [
    measure(`nextAlarmAt (${N})`, () => nextAlarmAt(callbacks, s, NOW), { runs: 200 }),
    measure(`remindersDue (${N})`, () => remindersDue(callbacks, s, NOW), { runs: 200 }),
    measure(`groupCallbacks (${N}, Europe/Berlin)`, () => groupCallbacks(callbacks, NOW, 'Europe/Berlin'), { runs: 100 }),
    measure(`searchCallbacks (${N}, "order 4821")`, () => searchCallbacks(callbacks, 'order 4821'), { runs: 20, warmup: 3 }),
  ];
  printTable('callbacks: pure scheduling', pure);

  const name = `heard-bench-${Date.now()}`;
  const db = new HeardDB(name, { now: () => NOW });
  await db.open();
  const t0 = performance.now();
  await db.callbacks.bulkAdd(callbacks);
  console.log(`(setup: bulkAdd ${N} callbacks into fake-indexeddb: ${(performance.now() - t0).toFixed(0)} ms)`);

  let exported = '';
  const dbStats = [
    await measureAsync('first popup page: open by dueAt, limit 50', () => listOpen(db, { limit: 50 }), { runs: 30, warmup: 3 }),
    await measureAsync(`exportBackup (${N} callbacks)`, async () => {
      exported = await exportBackup(db);
    }, { runs: 3, warmup: 1 }),
  ];
  dbStats.push(measure(`parseBackup: validate ${N} rows (${(exported.length / 1024 / 1024).toFixed(1)} MB)`, () => parseBackup(exported), { runs: 3, warmup: 1 }));
  printTable('callbacks: database (fake-indexeddb)', dbStats);

  db.close();
  await Dexie.delete(name);
}
