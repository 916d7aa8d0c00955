// Backup and restore in the options page go through the background (issue 16, point 4): the page
// reads the file and shows what it holds; the background writes the database and then brings
// reminders and the toolbar badge in line by itself. The download is the same database read back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, waitFor, type ChromiumRun } from './browsers';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'backups', 'valid-v1.json');
let run: ChromiumRun | undefined;
before(async () => {
  run = await launchChromium();
});
after(async () => {
  await run?.close();
});

test('Chromium: a restore from the options page is written by the background, which sets the badge; the download reads it back', async () => {
  const { context, extensionId, worker } = run!;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), '', 'no badge before');
  await options.getByLabel('Backup file').setInputFiles(FIXTURE);
  await options.getByRole('button', { name: 'Replace with this backup' }).click();
  await options.getByText(/^Restored:/).waitFor();
  // The file holds two open callbacks, both long overdue: the background's reminder pass shows them.
  const badge = await waitFor('the badge after the restore', async () => (await worker.evaluate(() => chrome.action.getBadgeText({}))) || null);
  assert.equal(badge, '2');

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Download a full backup' }).click();
  const saved = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as { tables: Record<string, unknown[]> };
  const want = JSON.parse(await readFile(FIXTURE, 'utf8')) as { tables: Record<string, unknown[]> };
  assert.equal(saved.tables.callbacks?.length, want.tables.callbacks?.length);
  assert.equal(saved.tables.notes?.length, want.tables.notes?.length);
});
