// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Panel } from '@/components/Panel';
import { usePanel } from '@/lib/stores/panel';
import type { HintMsg, TabState } from '@/lib/messaging';
import { axeViolations } from './axe';

const hint = (over: Partial<HintMsg> = {}): HintMsg => ({
  id: 'heard-default/dont-know',
  ruleId: 'dont-know',
  packId: 'heard-default',
  severity: 'warn',
  title: '"I don\'t know" leaves the customer with nothing',
  advice: 'Say you will find out, offer to ask a colleague, and give a time.',
  why: 'Customers forgive not knowing yet; they do not forgive being left without a next step.',
  examples: ["Let me find out for you. I'll get back to you by 3 pm today."],
  actions: ['offer-escalation'],
  ranges: [{ start: 0, end: 12 }],
  excerpt: "I don't know",
  ...over,
});

/** What the background pushes to the panel over its port. */
function withTab(state: TabState | null, tabId: number | null = 7): void {
  usePanel.getState().receive({ type: 'state', tabId, tab: state });
}

const tab = (hints: HintMsg[], draftLength = 40): TabState => ({
  site: 'demo',
  ticket: { key: 'demo:x:1042', link: 'http://x/', title: 'Order #55821 has not arrived' },
  tone: 'calm',
  hints,
  draftLength,
  updatedAt: 1,
});

test('lists the hint with advice, reason and an example to insert, and is accessible', async () => {
  withTab(tab([hint()]));
  const { container } = render(<Panel placement="overlay" />);
  const card = screen.getByRole('article', { name: /don't know/i });
  expect(within(card).getByText(/will find out/)).toBeInTheDocument();
  expect(within(card).getByText(/next step/)).toBeInTheDocument();
  expect(within(card).getByRole('button', { name: /insert example: let me find out/i })).toBeInTheDocument();
  expect(screen.getByText('Order #55821 has not arrived')).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});

test('pack text renders as text: HTML in advice is inert', async () => {
  withTab(tab([hint({ advice: '<img src=x onerror="window.__pwned=1">Ask first' })]));
  const { container } = render(<Panel placement="overlay" />);
  expect(container.querySelector('img')).toBeNull();
  expect(screen.getByText(/<img src=x onerror/)).toBeInTheDocument();
});

test('empty states say what to do next', async () => {
  withTab(tab([], 0));
  const { unmount } = render(<Panel placement="overlay" />);
  expect(screen.getByText(/start writing your reply/i)).toBeInTheDocument();
  unmount();
  withTab(null, null);
  render(<Panel placement="side" />);
  expect(screen.getByText(/open a helpdesk ticket/i)).toBeInTheDocument();
});

test('the panel follows the tab state as the draft changes', async () => {
  withTab(tab([], 10));
  render(<Panel placement="overlay" />);
  expect(screen.getByText(/reads well/i)).toBeInTheDocument();
  act(() => withTab(tab([hint()])));
  expect(await screen.findByRole('article', { name: /don't know/i })).toBeInTheDocument();
});

test('keyboard: every action is a button reachable with Tab, and the close button has a name', async () => {
  withTab(tab([hint()]));
  render(<Panel placement="overlay" />);
  const user = userEvent.setup();
  const names: string[] = [];
  for (let i = 0; i < 6; i++) {
    await user.tab();
    const el = document.activeElement as HTMLElement;
    names.push(el.getAttribute('aria-label') ?? el.textContent ?? '');
  }
  expect(names).toEqual(
    expect.arrayContaining([
      'Close panel',
      expect.stringMatching(/^Insert example/),
      expect.stringMatching(/^Dismiss hint/),
      'Not helpful',
    ]),
  );
});

test('More on a card at the words: the panel opens at that hint, past the budget too, and focuses it', async () => {
  const many = Array.from({ length: 6 }, (_, i) => hint({ id: `p/r${i}`, title: `Hint number ${i}` }));
  withTab(tab(many));
  const { container } = render(<Panel placement="overlay" />);
  // Past the default budget: behind "Show more" until the content script asks for it.
  expect(screen.queryByRole('article', { name: 'Hint number 5' })).toBeNull();
  // From another window than the frame's parent: ignored.
  act(() => window.dispatchEvent(new MessageEvent('message', { data: 'hint:p/r5', source: null })));
  expect(screen.queryByRole('article', { name: 'Hint number 5' })).toBeNull();
  act(() => window.dispatchEvent(new MessageEvent('message', { data: 'hint:p/r5', source: window.parent })));
  const card = await screen.findByRole('article', { name: 'Hint number 5' });
  await waitFor(() => expect(card).toHaveFocus());
  // Again, on another hint: the focus follows.
  act(() => window.dispatchEvent(new MessageEvent('message', { data: 'hint:p/r1', source: window.parent })));
  await waitFor(() => expect(screen.getByRole('article', { name: 'Hint number 1' })).toHaveFocus());
  expect(await axeViolations(container)).toEqual([]);
});

test('More opened the panel: the frame\'s first address names the hint, focused once it is listed', async () => {
  location.hash = `#right|hint:${encodeURIComponent('p/r2')}`;
  try {
    withTab(tab([], 0));
    render(<Panel placement="overlay" />);
    act(() => withTab(tab([hint({ id: 'p/r1', title: 'First' }), hint({ id: 'p/r2', title: 'Second' })])));
    await waitFor(() => expect(screen.getByRole('article', { name: 'Second' })).toHaveFocus());
  } finally {
    location.hash = '';
  }
});

test('when the rep starts typing and the hints move above the room, a half-typed incident note stays', async () => {
  const { roomView, POLICY } = await import('./room-fixtures');
  const room = roomView({ tone: { level: 'abusive', signals: ['insult-at-rep'] }, boundary: { policy: POLICY, abusive: true, suggested: 'insult' } });
  const upsetTab = (hints: HintMsg[], draftLength: number): TabState => ({ ...tab(hints, draftLength), ticket: { key: 'demo:x:1043', link: 'http://x/', title: 'Refund' }, tone: 'abusive' });
  act(() => usePanel.getState().receive({ type: 'state', tabId: 7, tab: upsetTab([], 0), room }));
  render(<Panel placement="overlay" />);
  const order = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.id || h.textContent);
  expect(order().indexOf('room-heading')).toBeLessThan(order().indexOf('hints-heading'));
  const note = screen.getByRole('textbox', { name: /your note/i });
  await userEvent.type(note, 'Called me an idiot');
  // The warning went into the reply: the next lint's view has a draft and a hint.
  act(() => usePanel.getState().receive({ type: 'state', tabId: 7, tab: upsetTab([hint()], 80), room }));
  expect(order().indexOf('hints-heading')).toBeLessThan(order().indexOf('room-heading'));
  expect(screen.getByRole('textbox', { name: /your note/i })).toHaveValue('Called me an idiot');
  expect(screen.getByRole('textbox', { name: /your note/i })).toBe(note);
});
