// @vitest-environment jsdom
// The hint budget: the panel shows the most important hints first, at most 3 by default (the rep
// can change it in the options), the rest behind "Show n more"; folded rules read "Also about …".
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/Panel';
import { usePanel } from '@/lib/stores/panel';
import { HINT_BUDGET_KEY, parseHintBudget, writeHintBudget } from '@/lib/guidance/hint-budget';
import type { HintMsg, TabState } from '@/lib/messaging';
import { axeViolations } from './axe';

const hint = (n: number, severity: HintMsg['severity'], over: Partial<HintMsg> = {}): HintMsg => ({
  id: `p/r${n}`,
  ruleId: `r${n}`,
  packId: 'p',
  severity,
  title: `Hint number ${n}`,
  advice: 'Do the better thing.',
  why: 'Because it helps.',
  examples: [],
  actions: [],
  ranges: [],
  ...over,
});

const tab = (hints: HintMsg[]): TabState => ({
  site: 'demo',
  ticket: { key: 'demo:x:1', link: 'http://x/', title: 'Ticket' },
  tone: 'calm',
  hints,
  draftLength: 40,
  updatedAt: 1,
});

const FIVE = [hint(1, 'warn', { also: [{ id: 'p/r9', ruleId: 'r9', packId: 'p', title: 'Read it once as the customer' }] }), hint(2, 'warn'), hint(3, 'suggest'), hint(4, 'suggest'), hint(5, 'info')];

beforeEach(async () => {
  await browser.storage.local.remove(HINT_BUDGET_KEY);
  usePanel.getState().receive({ type: 'state', tabId: 7, tab: tab(FIVE) });
});

test('three by default, most important first; the rest behind "Show 2 more hints"; folded rules named', async () => {
  const { container } = render(<Panel placement="overlay" />);
  expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toHaveLength(3);
  expect(screen.getByRole('article', { name: 'Hint number 1' })).toHaveTextContent('Also about these words: Read it once as the customer');
  expect(screen.queryByRole('article', { name: 'Hint number 4' })).toBeNull();
  const more = screen.getByRole('button', { name: 'Show 2 more hints' });
  expect(more).toHaveAttribute('aria-expanded', 'false');
  await userEvent.setup().click(more);
  expect(screen.getByRole('article', { name: 'Hint number 5' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Show only the most important' })).toHaveAttribute('aria-expanded', 'true');
  expect(await axeViolations(container)).toEqual([]);
});

test('the budget set in the options applies at once; a bad stored value falls back to 3', async () => {
  render(<Panel placement="overlay" />);
  await act(() => writeHintBudget(1));
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
  expect(screen.getByRole('button', { name: 'Show 4 more hints' })).toBeInTheDocument();
  await act(() => writeHintBudget(10));
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(5));
  expect(screen.queryByRole('button', { name: /more hints?$/ })).toBeNull();
  expect(parseHintBudget('7')).toBe(3);
  expect(parseHintBudget(0)).toBe(3);
  expect(parseHintBudget(2.5)).toBe(3);
  expect(parseHintBudget(5)).toBe(5);
  expect(within(document.body).getAllByRole('article')[0]).toHaveAccessibleName('Hint number 1');
});

test('options: the rep picks the budget from a labelled list; it is stored and announced', async () => {
  const { HintBudgetSetting } = await import('@/components/options/HintBudgetSetting');
  const { container } = render(<HintBudgetSetting />);
  const select = await screen.findByRole('combobox', { name: 'Hints shown at once in the panel' });
  await waitFor(() => expect(select).toHaveValue('3'));
  await userEvent.setup().selectOptions(select, '5');
  await waitFor(async () => expect((await browser.storage.local.get(HINT_BUDGET_KEY))[HINT_BUDGET_KEY]).toBe(5));
  expect(await screen.findByText('Saved: the panel shows 5 at once.')).toHaveAttribute('aria-live', 'polite');
  expect(await axeViolations(container)).toEqual([]);
});
