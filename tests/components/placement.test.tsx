// @vitest-environment jsdom
// Issue #12: the framed panel's place (strip, other side, width), the first run, the popup's way to
// the settings, the options page's order, and the panel following the ticket.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '@/components/Panel';
import { PanelStrip, ResizeHandle, readDockHash } from '@/components/PanelDock';
import { PANEL_READY } from '@/lib/panel-ready';
import { Welcome } from '@/components/Welcome';
import { PanelSection } from '@/components/options/PanelSection';
import { usePanel } from '@/lib/stores/panel';
import { getPanelPlace } from '@/lib/panel-place';
import type { HintMsg, TabState } from '@/lib/messaging';
import { axeViolations } from './axe';

const sent = vi.hoisted(() => ({ messages: [] as { type: string; data: unknown }[] }));
vi.mock('@/lib/messaging', async (orig) => ({
  ...(await orig<typeof import('@/lib/messaging')>()),
  sendMessage: async (type: string, data: unknown) => {
    sent.messages.push({ type, data });
    // The panel asks for the tab's self-check: nothing to report.
    return type === 'ui:selfcheck:get' ? { check: null } : undefined;
  },
  receive: () => () => {},
}));

const hint = (id: string): HintMsg => ({
  id,
  ruleId: id,
  packId: 'heard-default',
  severity: 'warn',
  title: `Hint ${id}`,
  advice: 'Say what happens next.',
  why: 'A next step.',
  examples: [],
  actions: [],
  ranges: [{ start: 0, end: 4 }],
});

const tab = (over: Partial<TabState> = {}): TabState => ({
  site: 'demo',
  ticket: { key: 'demo:127.0.0.1:5391:1044', link: 'http://x/', title: 'Order #55821 has not arrived' },
  tone: 'angry',
  hints: [hint('a'), hint('b')],
  draftLength: 12,
  updatedAt: 1,
  ...over,
});

const push = (state: TabState | null, tabId: number | null = 7): void =>
  usePanel.getState().receive({ type: 'state', tabId, tab: state });

beforeEach(() => {
  sent.messages = [];
  location.hash = '';
});

test('the frame address tells the panel its side and whether it is the strip', () => {
  expect(readDockHash('#right')).toEqual({ side: 'right', collapsed: false });
  expect(readDockHash('#left-c')).toEqual({ side: 'left', collapsed: true });
  expect(readDockHash('')).toEqual({ side: 'right', collapsed: false });
  expect(readDockHash('#left|hint:heard-default%2Fdont-know')).toEqual({ side: 'left', collapsed: false });
});

test('the strip shows the hint count and the tone, expands and moves, and is accessible', async () => {
  const { container } = render(<PanelStrip tab={tab()} tabId={7} side="right" />);
  expect(screen.getByText('2')).toBeInTheDocument();
  expect(screen.getByText('2 hints')).toBeInTheDocument();
  expect(screen.getByText('Angry')).toBeInTheDocument();
  const expand = screen.getByRole('button', { name: 'Expand the Heard panel' });
  expect(expand).toHaveFocus();
  await userEvent.click(expand);
  await userEvent.click(screen.getByRole('button', { name: 'Move the panel to the left side' }));
  expect(sent.messages).toEqual([
    { type: 'ui:dock', data: { tabId: 7, c: false, f: true } },
    { type: 'ui:dock', data: { tabId: 7, s: 'left' } },
  ]);
  expect(await axeViolations(container)).toEqual([]);
});

test('the framed panel collapses, moves to the other side, and shows the strip when its frame says so', async () => {
  location.hash = '#right';
  push(tab());
  const { container, unmount } = render(<Panel placement="overlay" />);
  await userEvent.click(screen.getByRole('button', { name: 'Collapse the panel to a strip' }));
  await userEvent.click(screen.getByRole('button', { name: 'Move the panel to the left side' }));
  expect(sent.messages.filter((m) => m.type === 'ui:dock').map((m) => m.data)).toEqual([
    { tabId: 7, c: true },
    { tabId: 7, s: 'left' },
  ]);
  expect(await axeViolations(container)).toEqual([]);
  // Anything but one of the four places is ignored.
  act(() => void window.dispatchEvent(new MessageEvent('message', { data: { c: true }, source: window })));
  expect(screen.getByRole('heading', { name: 'Heard' })).toBeInTheDocument();
  // The content script collapsed it and says so (its window is the frame's parent): the strip.
  act(() => void window.dispatchEvent(new MessageEvent('message', { data: 'left-c', source: window })));
  expect(screen.queryByRole('heading', { name: 'Heard' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Expand the Heard panel' })).toBeInTheDocument();
  unmount();
  // The side panel has no strip, no dock controls.
  render(<Panel placement="side" />);
  expect(screen.queryByRole('button', { name: /Collapse the panel/ })).toBeNull();
});

test('the framed panel says when it listens and takes the place it hears then: an Expand posted while it loaded is not lost', () => {
  // The frame's first address said "strip"; the content script expanded it before the panel page
  // listened (that message is gone). The panel page, once listening, says so to its parent, which
  // answers with the frame's place now.
  location.hash = '#right-c';
  push(tab());
  const real = Object.getOwnPropertyDescriptor(window, 'parent');
  const heard: unknown[] = [];
  const parent = {
    postMessage: (data: unknown) => {
      heard.push(data);
      if (data === PANEL_READY) window.dispatchEvent(new MessageEvent('message', { data: 'right', source: window }));
    },
  };
  // The content script's answer comes from the parent's window: jsdom's frame is its own parent,
  // so the answer's source stands for it once the ready word is out.
  let asked = false;
  Object.defineProperty(window, 'parent', { configurable: true, get: () => (asked ? window : parent) });
  const post = parent.postMessage;
  parent.postMessage = (data: unknown) => {
    asked = true;
    post(data);
  };
  try {
    const { unmount } = render(<Panel placement="overlay" />);
    expect(heard).toEqual([PANEL_READY]);
    expect(screen.getByRole('heading', { name: 'Heard' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Expand the Heard panel' })).toBeNull();
    unmount();
  } finally {
    if (real) Object.defineProperty(window, 'parent', real);
  }
});

test('the inner edge changes the width by keyboard, wider away from the panel\'s side', async () => {
  const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
    cb(0);
    return 1;
  });
  const { container } = render(<ResizeHandle tabId={7} side="right" />);
  const edge = screen.getByRole('separator', { name: /Panel width/ });
  edge.focus();
  const w = window.innerWidth;
  await userEvent.keyboard('{ArrowLeft}');
  await userEvent.keyboard('{ArrowRight}');
  expect(sent.messages.map((m) => m.data)).toEqual([
    { tabId: 7, w: Math.min(1200, Math.max(240, w + 20)) },
    { tabId: 7, w: Math.min(1200, Math.max(240, w - 20)) },
  ]);
  expect(await axeViolations(container)).toEqual([]);
  raf.mockRestore();
});

test('the panel follows the ticket: the room first for an upset customer before typing, hints first while typing; scroll back to the top on a switch', async () => {
  push(tab({ draftLength: 0, hints: [] }));
  render(<Panel placement="overlay" />);
  const order = (): string[] => screen.getAllByRole('heading', { level: 2 }).map((h) => h.id || h.textContent || '');
  expect(order().indexOf('room-heading')).toBeLessThan(order().indexOf('hints-heading'));
  act(() => push(tab({ draftLength: 20 })));
  expect(order().indexOf('hints-heading')).toBeLessThan(order().indexOf('room-heading'));

  const body = document.querySelector('.panel-body') as HTMLElement;
  const scrollTo = vi.fn();
  body.scrollTo = scrollTo;
  act(() => push(tab({ draftLength: 20, updatedAt: 2 })));
  expect(scrollTo).not.toHaveBeenCalled();
  act(() => push(tab({ ticket: { key: 'demo:127.0.0.1:5391:1045', link: 'http://x/2', title: 'Refund' } })));
  expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
});

test('the welcome page says what the marker counts, the card and panel, the shortcuts, enabling a site and what stays local', async () => {
  (fakeBrowser as unknown as { commands: unknown }).commands = {
    getAll: async () => [{ name: 'toggle-panel', shortcut: 'Ctrl+Shift+Y' }, { name: '_execute_action', shortcut: '' }],
  };
  const { container } = render(<Welcome />);
  expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Heard' })).toBeInTheDocument();
  for (const h of [/marker/i, /card and the panel/i, /shortcuts/i, /enable on this site/i, /stays on your machine/i])
    expect(screen.getByRole('heading', { level: 2, name: h })).toBeInTheDocument();
  expect(screen.getByText(/number counts the hints/)).toBeInTheDocument();
  // The rep's own binding, read from the browser; the default where none is set.
  expect(await screen.findByText('Ctrl+Shift+Y')).toBeInTheDocument();
  expect(screen.getByText('Alt+Shift+K')).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});

test('options: the default place of the panel is the rep\'s choice, saved; the welcome page reopens', async () => {
  const tabs: string[] = [];
  fakeBrowser.tabs.onCreated.addListener((t) => void tabs.push(t.url ?? ''));
  const { container } = render(<PanelSection />);
  const side = await screen.findByRole('radio', { name: /browser's side panel/ });
  await vi.waitFor(() => expect(side).toBeEnabled());
  expect(screen.getByRole('radio', { name: /Beside the page/ })).toBeChecked();
  await userEvent.click(side);
  expect(await getPanelPlace()).toBe('side');
  expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  await userEvent.click(screen.getByRole('button', { name: 'Show the welcome page again' }));
  await vi.waitFor(() => expect(tabs.some((u) => u.endsWith('/welcome.html'))).toBe(true));
  expect(await axeViolations(container)).toEqual([]);
  within(container).getByRole('group', { name: 'Where the panel opens' });
});
