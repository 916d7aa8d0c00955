// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { axeViolations } from './axe';

// The options page talks to the background by message; here the background's own functions answer.
vi.mock('@/lib/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/messaging')>();
  return {
    ...real,
    sendMessage: vi.fn(async (type: string, data: { id: string; enabled: boolean }) => {
      const bg = await import('@/entrypoints/background/packs');
      if (type === 'ui:rules:list') return bg.listRules();
      if (type === 'ui:rules:set') return bg.setRuleEnabled(data.id, data.enabled);
      throw new Error(type);
    }),
  };
});

const { RulesSection } = await import('@/components/options/RulesSection');
const { loadPrefs } = await import('@/entrypoints/background/packs');

beforeEach(async () => {
  await loadPrefs();
});

test('lists the rules with switches, searchable, and accessible', async () => {
  const { container } = render(<RulesSection />);
  const box = await screen.findByRole('checkbox', { name: /dead-end "I don't know"/i });
  expect(box).toBeChecked();
  expect(screen.getByRole('status')).toHaveTextContent(/^(\d+) of \1 rules on$/);
  await userEvent.type(screen.getByRole('searchbox', { name: /find a rule/i }), 'calm down');
  expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  expect(await axeViolations(container)).toEqual([]);
});

test('switching a rule off is saved and counted', async () => {
  render(<RulesSection />);
  const box = await screen.findByRole('checkbox', { name: /dead-end "I don't know"/i });
  await userEvent.click(box);
  expect(box).not.toBeChecked();
  const status = screen.getByRole('status');
  const [on, all] = (status.textContent ?? '').match(/\d+/g)!.map(Number);
  expect(on).toBe(all! - 1);
  // Fresh render reads the stored choice back from the background.
  render(<RulesSection />);
  const lists = screen.getAllByRole('list');
  expect(within(lists[lists.length - 1]!).queryByRole('checkbox', { name: /dead-end/i })).toBeDefined();
});

test('an empty search says what to do next', async () => {
  render(<RulesSection />);
  await screen.findAllByRole('checkbox');
  await userEvent.type(screen.getByRole('searchbox'), 'zzzz');
  expect(screen.getByText(/try another word/i)).toBeInTheDocument();
});
