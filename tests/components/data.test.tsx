// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { axeViolations } from './axe';

vi.mock('@/lib/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/messaging')>();
  return {
    ...real,
    sendMessage: vi.fn(async (type: string) => {
      const bg = await import('@/entrypoints/background/data');
      if (type === 'ui:data:summary') return bg.dataSummary();
      if (type === 'ui:data:wipe') return bg.wipeAll();
      throw new Error(type);
    }),
  };
});

const { DataSection } = await import('@/components/options/DataSection');
const { getDb } = await import('@/entrypoints/background/db');
const { setNote } = await import('@/lib/callbacks/store');

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
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/was deleted/));
  expect(await getDb().notes.count()).toBe(0);
  expect(await screen.findByRole('row', { name: /notes on conversations 0/i })).toBeInTheDocument();
});
