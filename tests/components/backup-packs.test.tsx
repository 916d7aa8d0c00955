// @vitest-environment jsdom
// Restore shows the backup's guidance packs, and what becomes of each, before the rep confirms (issue 14, point 5).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HeardDB } from '@/lib/db';
import type { PackRow } from '@/lib/db/rows';
import { exportBackup } from '@/lib/callbacks';
import { BackupSection } from '@/components/options/BackupSection';
import { axeViolations } from './axe';

// The options page asks the background; here the background's own handlers answer, on a test database.
const route = vi.hoisted(() => ({ handlers: {} as Record<string, (data: unknown) => unknown> }));
vi.mock('@/lib/messaging', async (orig) => ({
  ...(await orig<typeof import('@/lib/messaging')>()),
  sendMessage: async (type: string, data: unknown) => route.handlers[type]?.(data) ?? {},
  receive: () => () => {},
}));

const T0 = Date.UTC(2026, 2, 3, 9, 0);
const row = (id: string, name: string, source: PackRow['source']): PackRow => ({
  id,
  source,
  enabled: true,
  order: 1,
  json: JSON.stringify({ name }),
  installedAt: T0,
  updatedAt: T0,
  ...(source === 'url' ? { url: 'https://packs.example.org/p.json' } : {}),
});

let db: HeardDB;
beforeEach(async () => {
  db = new HeardDB(`bp-${crypto.randomUUID()}`);
  const { createBackupHandlers } = await import('@/entrypoints/background/backup');
  route.handlers = createBackupHandlers({ db: () => db, afterRestore: async () => {} }) as never;
});
afterEach(async () => {
  await db.delete();
});

test('the packs of the file are named with what the restore does to each, before anything changes', async () => {
  const src = new HeardDB(`bp-src-${crypto.randomUUID()}`);
  await src.packs.bulkAdd([row('team', 'Team basics', 'file'), row('sub', 'Billing wording', 'url'), row('org', 'Org rules', 'policy')]);
  const text = await exportBackup(src);
  await src.delete();
  const user = userEvent.setup();
  const { container } = render(<BackupSection />);
  await user.upload(screen.getByLabelText('Backup file'), new File([text], 'b.json', { type: 'application/json' }));
  await screen.findByRole('button', { name: 'Replace with this backup' });
  const list = screen.getByRole('list', { name: 'Guidance packs in this file:' });
  const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toHaveLength(3);
  expect(items).toEqual(expect.arrayContaining([
    'Team basics',
    expect.stringMatching(/^Billing wording — subscribed when backed up: restored as a pack from a file/),
    expect.stringMatching(/^Org rules — set by an organisation's browser policy: not restored/),
  ]));
  expect(await db.packs.count()).toBe(0); // nothing before the rep confirms
  expect(await axeViolations(container)).toEqual([]);
});
