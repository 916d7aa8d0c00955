// @vitest-environment jsdom
// Text that did not come from Heard (what the rep typed, a customer name or title read from a
// hostile page, a stored row that bypassed parsing) renders as text in the panel, the popup and the
// options page: the DOM gets no element, attribute or URL from it, and no script runs.
import { render, screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import type { IncidentMsg, TabState } from '@/lib/messaging';
import { SETTINGS_KEY } from '@/lib/messaging/callbacks';
import { useCallbacks } from '@/lib/stores/callbacks';
import { roomTransport } from '@/lib/stores/room';
import { useIncidents } from '@/lib/stores/incidents';
import { TicketCallbacks } from '@/components/callbacks/TicketCallbacks';
import { Popup } from '@/components/Popup';
import { IncidentsSection } from '@/components/options/IncidentsSection';
import { fakeTransport, roomView } from './room-fixtures';
import { fakePanelBackground } from './panel-background';

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

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const JS = 'javascript:window.__pwned=3';
const KEY = 'demo:x:1042';
let db: HeardDB;
// The background's side of the panel's port: the view of tab 7, pushed on show and after every change.
const bg = fakePanelBackground(() => db);
function renderTicket(state: TabState) {
  void bg.show(state);
  return render(<TicketCallbacks tab={state} tabId={7} />);
}

declare global {
  interface Window {
    __pwned?: number;
  }
}

beforeEach(async () => {
  delete window.__pwned;
  db = new HeardDB(`inert-${crypto.randomUUID()}`);
  const { createHandlers } = await import('@/entrypoints/background/callbacks');
  route.handlers = createHandlers({ db: () => db, now: () => Date.now(), broadcast: () => bg.changed() }) as never;
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'Europe/Berlin' } });
  useCallbacks.setState({ draftPromise: null, conversation: null, groups: null, results: null, query: '', announcement: '', failure: '' });
  // Rows written straight into the tables: they bypass every parse, as an old or tampered profile would.
  const now = Date.now();
  await db.callbacks.put({
    id: crypto.randomUUID(),
    conversationKey: KEY,
    link: JS,
    helpdesk: 'demo',
    customerName: IMG,
    promise: `${SCRIPT} call back`,
    channel: 'call',
    dueAt: now + 3_600_000,
    createdAt: now,
    updatedAt: now,
    status: 'open',
    source: 'quick-add',
  });
  await db.notes.put({ conversationKey: KEY, text: `${IMG}${SCRIPT}`, updatedAt: now });
});
afterEach(async () => {
  await db.delete();
});
afterAll(() => roomTransport.set());

/** No element, attribute or URL was made from the hostile strings. */
function expectInert(container: HTMLElement): void {
  expect(container.querySelectorAll('img, script, iframe, object, embed, svg image')).toHaveLength(0);
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on')).toBe(false);
      expect(attr.value).not.toMatch(/^\s*javascript:/i);
    }
  }
  expect(window.__pwned).toBeUndefined();
}

const tab = (): TabState => ({
  site: 'demo',
  ticket: { key: KEY, link: 'https://help.example.com/tickets/1042', title: `${IMG} Order`, channel: 'phone' },
  customer: { name: IMG },
  tone: 'calm',
  hints: [],
  draftLength: 0,
  updatedAt: 1,
} as TabState);

test('panel: a callback and a note holding markup render as their literal text', async () => {
  const { container } = renderTicket(tab());
  const item = await screen.findByRole('article', { name: new RegExp(`${SCRIPT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} call back`) });
  expect(item).toHaveTextContent(IMG);
  expect(await screen.findByDisplayValue(`${IMG}${SCRIPT}`)).toBeInTheDocument();
  expectInert(container);
});

test('popup: the list renders markup as text and a javascript: link is never a link', async () => {
  const { container } = render(<Popup />);
  const item = await screen.findByRole('article');
  expect(item).toHaveTextContent(`${SCRIPT} call back`);
  expect(item).toHaveTextContent(IMG);
  for (const a of within(item).queryAllByRole('link')) expect(a.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
  expectInert(container);
});

test('options: an incident note and link holding markup render as text', async () => {
  const transport = fakeTransport(roomView());
  const incident: IncidentMsg = {
    id: '0b6a1f3e-2c4d-4e5f-8a9b-1c2d3e4f5a6b',
    conversationKey: KEY,
    link: JS,
    at: Date.parse('2026-03-06T14:23:00Z'),
    category: 'insult',
    note: `${IMG}${SCRIPT}`,
    helpdesk: 'demo',
  };
  transport.listIncidents.mockResolvedValue([incident] as never);
  transport.readSettings.mockResolvedValue({ breakReminder: true });
  roomTransport.set(transport);
  useIncidents.setState({ status: 'loading', incidents: [], settings: null, announcement: '' });
  const { container } = render(<IncidentsSection />);
  const table = await screen.findByRole('table', { name: /Logged incidents/ });
  expect(table).toHaveTextContent(`${IMG}${SCRIPT}`);
  expectInert(container);
});
