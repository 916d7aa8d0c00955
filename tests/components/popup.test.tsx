// @vitest-environment jsdom
// The toolbar popup: the four lists with counts, snooze, done with an outcome, search, quick add;
// against the real background handlers on fake-indexeddb.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import { addCallback, getCallback, markDone } from '@/lib/callbacks';
import { SETTINGS_KEY } from '@/lib/messaging/callbacks';
import { useCallbacks } from '@/lib/stores/callbacks';
import { Popup } from '@/components/Popup';
import { axeViolations } from './axe';

const route = vi.hoisted(() => ({ handlers: {} as Record<string, (data: unknown) => unknown> }));
vi.mock('@/lib/messaging', async (orig) => ({
  ...(await orig<typeof import('@/lib/messaging')>()),
  sendMessage: async (type: string, data: unknown) => {
    const h = route.handlers[type];
    if (!h) throw new Error(`no handler for ${type}`);
    return h(data);
  },
  receive: () => () => {},
}));

const T0 = Date.UTC(2026, 2, 3, 9, 0); // Tuesday 10:00 Berlin
const H = 3_600_000;
let db: HeardDB;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  db = new HeardDB(`popup-${crypto.randomUUID()}`);
  const { createHandlers } = await import('@/entrypoints/background/callbacks');
  route.handlers = createHandlers({ db: () => db, now: () => Date.now(), broadcast: () => {} }) as never;
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'Europe/Berlin' } });
  useCallbacks.setState({ draftPromise: null, conversation: null, groups: null, results: null, query: '', announcement: '' });
});
afterEach(async () => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
  delete route.handlers['ui:sites:status'];
  await db.delete();
});

async function seed(): Promise<Record<string, string>> {
  const base = { link: 'https://help.example.com/t/1', helpdesk: 'demo', channel: 'call' as const, source: 'draft' as const };
  const ids: Record<string, string> = {};
  const add = async (name: string, dueAt: number, customerName: string) =>
    (ids[name] = (await addCallback(db, { ...base, conversationKey: `demo:${name}`, promise: name, dueAt, customerName }, { now: T0 - 48 * H })).id);
  await add('Refund call', T0 - 2 * H, 'Ana Souza');
  await add('Label email', T0 - 1 * H, 'Ben Ode');
  await add('Warranty check', T0 + 3 * H, 'José Álvarez');
  await add('Courier update', T0 + 30 * H, 'Chen Li');
  await add('Old promise', T0 - 30 * H, 'Dana K');
  await markDone(db, ids['Old promise']!, 'kept', { now: T0 - 20 * H });
  return ids;
}

const heading = (name: RegExp) => screen.findByRole('heading', { name });

test('overdue / today / upcoming / done with counts; accessible; keeps "open the panel"', async () => {
  await seed();
  // Opened for a helpdesk tab Heard runs on.
  window.history.replaceState(null, '', '?tab=7');
  route.handlers['ui:sites:status'] = () => ({ state: 'adapter', origin: 'https://acme.zendesk.com', host: 'acme.zendesk.com', pattern: 'https://acme.zendesk.com/*', adapter: 'Zendesk' });
  const { container } = render(<Popup />);
  expect(await heading(/^Overdue \(2\)$/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /^Today \(1\)$/ })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /^Upcoming \(1\)$/ })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /^Done \(1\)$/ })).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'Open the Heard panel on this page' })).toBeInTheDocument();
  const overdue = screen.getByRole('region', { name: /^Overdue/ });
  expect(within(overdue).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && a.querySelector('h3')?.textContent)).toEqual([
    'Refund call',
    'Label email',
  ]);
  expect(await axeViolations(container)).toEqual([]);
});

test('empty: says what to do next', async () => {
  render(<Popup />);
  expect(await screen.findByText(/no callbacks yet/i)).toBeInTheDocument();
});

test('on a page Heard can\'t run on, it does not offer to open the panel there', async () => {
  window.history.replaceState(null, '', '?tab=8');
  route.handlers['ui:sites:status'] = () => ({ state: 'unsupported', origin: null, host: null, pattern: null });
  render(<Popup />);
  expect(await screen.findByText(/can.t run on this page/i)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Open the Heard panel on this page' })).toBeNull();
});

test('snooze 1 hour, then done with an outcome: lists and counts follow', async () => {
  const ids = await seed();
  const user = userEvent.setup();
  render(<Popup />);
  await heading(/^Overdue \(2\)$/);
  await user.click(screen.getByRole('button', { name: 'Snooze: Refund call' }));
  await user.click(screen.getByRole('button', { name: '1 hour' }));
  await screen.findByText(/snoozed until/);
  expect((await getCallback(db, ids['Refund call']!))?.snoozeUntil).toBe(T0 + H);

  await user.click(screen.getByRole('button', { name: 'Mark done: Label email' }));
  await user.type(screen.getByLabelText('Outcome (optional)'), 'Sent the label');
  await user.click(screen.getByRole('button', { name: 'Mark done' }));
  expect(await heading(/^Overdue \(1\)$/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /^Done \(2\)$/ })).toBeInTheDocument();
  expect(await getCallback(db, ids['Label email']!)).toMatchObject({ status: 'done', outcome: 'Sent the label' });
});

test('snooze an overdue one until tomorrow morning; a callback not due yet is reminded earlier, not snoozed', async () => {
  const ids = await seed();
  const user = userEvent.setup();
  render(<Popup />);
  await heading(/^Today \(1\)$/);
  await user.click(screen.getByRole('button', { name: 'Snooze: Refund call' }));
  await user.click(screen.getByRole('button', { name: 'Tomorrow morning' }));
  await screen.findByText(/snoozed until tomorrow/);
  expect((await getCallback(db, ids['Refund call']!))?.snoozeUntil).toBe(Date.UTC(2026, 2, 4, 8, 0));

  // Due today 13:00 (Berlin): "Remind me", 15 minutes before.
  expect(screen.queryByRole('button', { name: 'Snooze: Warranty check' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Remind me: Warranty check' }));
  await user.click(screen.getByRole('button', { name: '15 minutes before' }));
  await screen.findByText(/reminder today 12:45/);
  expect((await getCallback(db, ids['Warranty check']!))?.snoozeUntil).toBe(T0 + 3 * H - 15 * 60_000);
});

test('search finds across groups, accent-insensitive; open the ticket; cancel', async () => {
  const ids = await seed();
  const user = userEvent.setup();
  render(<Popup />);
  await heading(/^Overdue/);
  await user.type(screen.getByRole('searchbox', { name: 'Search callbacks' }), 'jose');
  const found = await screen.findByRole('region', { name: /^Found/ });
  expect(await within(found).findByRole('article', { name: 'Warranty check' })).toBeInTheDocument();
  expect(within(found).getAllByRole('article')).toHaveLength(1);
  await user.click(within(found).getByRole('button', { name: 'Open the ticket of: Warranty check' }));
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.some((t) => t.url === 'https://help.example.com/t/1')).toBe(true);
  await user.click(within(found).getByRole('button', { name: 'Cancel callback: Warranty check' }));
  await within(found).findByText('Cancelled');
  expect((await getCallback(db, ids['Warranty check']!))?.status).toBe('cancelled');
});

test('quick add without a draft', async () => {
  const user = userEvent.setup();
  render(<Popup />);
  await screen.findByText(/no callbacks yet/i);
  await user.click(screen.getByRole('button', { name: 'Add a callback' }));
  const form = screen.getByRole('form', { name: 'Add a callback' });
  await user.type(within(form).getByRole('textbox', { name: 'When' }), 'tomorrow at 11am');
  await user.type(within(form).getByLabelText('What you promised'), 'Call about the invoice');
  await user.type(within(form).getByLabelText('Customer (optional)'), 'Eve');
  await user.click(within(form).getByRole('button', { name: 'Add callback' }));
  expect(await heading(/^Upcoming \(1\)$/)).toBeInTheDocument();
  const [row] = await db.callbacks.toArray();
  expect(row).toMatchObject({ customerName: 'Eve', dueAt: Date.UTC(2026, 2, 4, 10, 0), helpdesk: 'manual', source: 'quick-add' });
});
