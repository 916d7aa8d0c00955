// @vitest-environment jsdom
// A hint's card in the panel: insertable phrasings have an Insert button; an action-only phrasing
// (a log line) is shown as what to do, never offered for insertion (issue 12, point 3).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HintCard } from '@/components/HintCard';
import type { HintMsg } from '@/lib/messaging';
import { axeViolations } from './axe';

const hint: HintMsg = {
  id: 'heard-default/promise-with-time',
  ruleId: 'promise-with-time',
  packId: 'heard-default',
  severity: 'info',
  title: 'Log this promise',
  advice: 'Log it as a callback.',
  why: 'Promises kept.',
  examples: ['I will call you at 3pm.'],
  actionHint: '(Log: call back tomorrow 10:00 about the replacement.)',
  actions: ['log-callback'],
  ranges: [{ start: 0, end: 13 }],
};

test('the log line is shown as what to do, without an Insert button; the phrasing has one', async () => {
  const onInsert = vi.fn();
  const user = userEvent.setup();
  const { container } = render(<HintCard hint={hint} onInsert={onInsert} onDismiss={() => {}} onLogPromise={() => {}} />);
  const card = screen.getByRole('article', { name: 'Log this promise' });
  expect(within(card).getByText(hint.actionHint!)).toBeInTheDocument();
  const inserts = within(card).getAllByRole('button', { name: /^Insert/ });
  expect(inserts).toHaveLength(1);
  expect(inserts[0]).toHaveAccessibleName(expect.stringContaining('I will call you at 3pm.'));
  await user.click(inserts[0]!);
  expect(onInsert).toHaveBeenCalledWith('I will call you at 3pm.');
  expect(await axeViolations(container)).toEqual([]);
});
