// @vitest-environment jsdom
// The panel in the browser's language: French and German messages, the "show more" button in the
// plural form its count needs (French "1 autre conseil" / "2 autres conseils", German "1 weiteren
// Hinweis" / "2 weitere Hinweise"), and still accessible.
import { act, render, screen, waitFor } from '@testing-library/react';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/Panel';
import { usePanel } from '@/lib/stores/panel';
import { HINT_BUDGET_KEY, writeHintBudget } from '@/lib/guidance/hint-budget';
import type { HintMsg } from '@/lib/messaging';
import { localeMessages, useMessages } from '../locale-messages';
import { axeViolations } from './axe';

const hint = (n: number, severity: HintMsg['severity']): HintMsg => ({
  id: `p/r${n}`,
  ruleId: `r${n}`,
  packId: 'p',
  severity,
  title: `Hint number ${n}`,
  advice: 'Do the better thing.',
  why: 'Because it helps.',
  examples: ['A better phrasing.'],
  actions: [],
  ranges: [],
});

beforeEach(async () => {
  await browser.storage.local.remove(HINT_BUDGET_KEY);
  const hints = [hint(1, 'warn'), hint(2, 'warn'), hint(3, 'suggest'), hint(4, 'suggest'), hint(5, 'info')];
  usePanel.getState().receive({
    type: 'state',
    tabId: 7,
    tab: { site: 'demo', ticket: { key: 'demo:x:1', link: 'http://x/', title: 'Ticket' }, tone: 'calm', hints, draftLength: 40, updatedAt: 1 },
  });
});

test('French: the panel in French, "2 autres conseils" then "1 autre conseil", accessible', async () => {
  useMessages(localeMessages('fr'), 'fr');
  const { container } = render(<Panel placement="overlay" />);
  expect(screen.getByRole('heading', { name: /Pendant que vous écrivez/ })).toBeInTheDocument();
  expect(screen.getAllByText('À corriger')).toHaveLength(2);
  expect(screen.getByRole('button', { name: 'Afficher 2 autres conseils' })).toBeInTheDocument();
  await act(() => writeHintBudget(4));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Afficher 1 autre conseil' })).toBeInTheDocument());
  expect(await axeViolations(container)).toEqual([]);
});

test('German: "2 weitere Hinweise zeigen" then "1 weiteren Hinweis zeigen"', async () => {
  useMessages(localeMessages('de'), 'de');
  render(<Panel placement="overlay" />);
  expect(screen.getByRole('heading', { name: /Beim Schreiben/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '2 weitere Hinweise zeigen' })).toBeInTheDocument();
  await act(() => writeHintBudget(4));
  await waitFor(() => expect(screen.getByRole('button', { name: '1 weiteren Hinweis zeigen' })).toBeInTheDocument());
  expect(screen.getAllByRole('button', { name: /^Beispiel einfügen: / })).toHaveLength(4);
});
