// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { axeViolations } from './axe';

vi.mock('@/lib/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/messaging')>();
  return {
    ...real,
    sendMessage: vi.fn(async (type: string, data?: unknown) => {
      const bg = await import('@/entrypoints/background/data');
      if (type === 'ui:data:summary') return bg.dataSummary();
      if (type === 'ui:data:wipe') return bg.wipeAll();
      if (type === 'ui:data:retention') return bg.readRetention();
      if (type === 'ui:data:retention:set') return bg.setRetention((data as { days: number | null }).days);
      throw new Error(type);
    }),
  };
});

const { DataSection } = await import('@/components/options/DataSection');
// Loaded before the first render: the background's module graph takes over a second to load on a busy
// machine, longer than the first findBy waits.
await import('@/entrypoints/background/data');
const { getDb } = await import('@/entrypoints/background/db');
const { setNote } = await import('@/lib/db/notes');

test('shows what is stored, and deletes it only after asking', async () => {
  await setNote(getDb(), 'demo:x:1', 'Prefers mornings');
  const { container } = render(<DataSection />);
  const row = await screen.findByRole('row', { name: /notes on conversations 1/i });
  expect(row).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);

  await userEvent.click(screen.getByRole('button', { name: /delete all my data…/i }));
  // Asking first: focus lands on the safe choice.
  expect(screen.getByRole('button', { name: 'Keep my data' })).toHaveFocus();
  await userEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
  expect(await getDb().notes.count()).toBe(1);

  await userEvent.click(screen.getByRole('button', { name: /delete all my data…/i }));
  await userEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
  expect(await screen.findByText(/was deleted/)).toHaveAttribute('role', 'status');
  expect(await getDb().notes.count()).toBe(0);
  expect(await screen.findByRole('row', { name: /notes on conversations 0/i })).toBeInTheDocument();
});

test('retention: off by default; choosing 90 days saves and applies it, says what was deleted; custom days are checked', async () => {
  const { RETENTION_KEY } = await import('@/lib/messaging');
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const { addCallback, markDone } = await import('@/lib/db/callbacks');
  const db = getDb();
  const old = Date.now() - 200 * 86_400_000;
  const row = await addCallback(
    db,
    { conversationKey: 'demo:x:2', link: 'http://x/', helpdesk: 'demo', promise: 'Old promise', channel: 'call', dueAt: old, source: 'quick-add' },
    { now: old - 1000 },
  );
  await markDone(db, row.id, undefined, { now: old });

  const { container } = render(<DataSection />);
  const choice = await screen.findByRole('combobox', { name: /older than/i });
  await waitFor(() => expect(choice).toHaveValue('never'));
  expect(await axeViolations(container)).toEqual([]);

  await userEvent.selectOptions(choice, '90');
  await userEvent.click(screen.getByRole('button', { name: 'Save retention' }));
  expect(await screen.findByText('Saved. Deleted now: 1 closed callback and 0 incidents.')).toHaveAttribute('role', 'status');
  expect(await db.callbacks.count()).toBe(0);
  expect((await fakeBrowser.storage.local.get(RETENTION_KEY))[RETENTION_KEY]).toMatchObject({ days: 90 });

  // Custom: a bad number is refused with a message tied to the field; nothing is saved.
  await userEvent.selectOptions(choice, 'custom');
  const days = screen.getByRole('spinbutton', { name: /days \(1 to 3650\)/i });
  await userEvent.clear(days);
  await userEvent.type(days, '0');
  await userEvent.click(screen.getByRole('button', { name: 'Save retention' }));
  expect(days).toHaveAttribute('aria-invalid', 'true');
  expect(days).toHaveAccessibleDescription(/whole number of days/);
  expect((await fakeBrowser.storage.local.get(RETENTION_KEY))[RETENTION_KEY]).toMatchObject({ days: 90 });
  expect(await axeViolations(container)).toEqual([]);

  await userEvent.selectOptions(choice, 'never');
  await userEvent.click(screen.getByRole('button', { name: 'Save retention' }));
  expect(await screen.findByText(/keeps everything until you delete it/)).toHaveAttribute('role', 'status');
  expect((await fakeBrowser.storage.local.get(RETENTION_KEY))[RETENTION_KEY]).toEqual({ days: null });
});

test('retention: a corrupt stored setting is shown, and nothing is deleted', async () => {
  const { RETENTION_KEY } = await import('@/lib/messaging');
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  await fakeBrowser.storage.local.set({ [RETENTION_KEY]: { days: -4 } });
  render(<DataSection />);
  expect(await screen.findByText(/could not be read \(heard:retention\.days/)).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: /older than/i })).toHaveValue('never');
});
