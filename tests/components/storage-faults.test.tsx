// @vitest-environment jsdom
// A full disk while the rep logs a callback, writes a note or logs an incident: the panel says so
// plainly ("nothing was lost"), nothing stored changes, and the same save works once space is freed.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import { addCallback, getNote, listForConversation } from '@/lib/callbacks';
import type { TabState } from '@/lib/messaging';
import { SETTINGS_KEY } from '@/lib/messaging/callbacks';
import { useCallbacks } from '@/lib/stores/callbacks';
import { TicketCallbacks } from '@/components/callbacks/TicketCallbacks';
import { axeViolations } from './axe';
import { fakePanelBackground } from './panel-background';
import { quotaMiddleware } from './quota';

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

const disk = { full: false };
let db: HeardDB;

beforeEach(async () => {
  disk.full = false;
  db = new HeardDB(`faults-${crypto.randomUUID()}`);
  db.use(quotaMiddleware(disk));
  const { createHandlers } = await import('@/entrypoints/background/callbacks');
  route.handlers = createHandlers({ db: () => db, now: () => Date.now(), broadcast: () => bg.changed() }) as never;
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'Europe/Berlin' } });
  useCallbacks.setState({ draftPromise: null, conversation: null, groups: null, results: null, query: '', announcement: '', failure: '' });
});
afterEach(async () => {
  await db.delete();
});

// The background's side of the panel's port: the view of tab 7, pushed on show and after every change.
const bg = fakePanelBackground(() => db);
function renderTicket(state: TabState) {
  void bg.show(state);
  return render(<TicketCallbacks tab={state} tabId={7} />);
}

const tab = (): TabState => ({
  site: 'demo',
  ticket: { key: 'demo:x:1042', link: 'https://help.example.com/tickets/1042', title: 'Order #55821', channel: 'phone' },
  tone: 'calm',
  hints: [],
  draftLength: 30,
  updatedAt: 1,
});

test('disk full: logging a callback says so plainly, keeps what is stored, and works again after space is freed', async () => {
  const user = userEvent.setup();
  const before = await addCallback(db, {
    conversationKey: 'demo:x:1042',
    link: 'https://help.example.com/tickets/1042',
    helpdesk: 'demo',
    promise: 'Refund confirmation',
    channel: 'email',
    dueAt: Date.now() + 86_400_000,
    source: 'quick-add',
  });
  const { container } = renderTicket(tab());
  await screen.findByRole('article', { name: 'Refund confirmation' });

  disk.full = true;
  await user.click(screen.getByRole('button', { name: 'Add a callback' }));
  const form = screen.getByRole('form', { name: 'Add a callback' });
  await user.type(within(form).getByRole('textbox', { name: 'When' }), 'in 2 hours');
  await user.type(within(form).getByLabelText('What you promised'), 'Send the label');
  await user.click(within(form).getByRole('button', { name: 'Add callback' }));
  const alert = await within(form).findByRole('alert');
  expect(alert).toHaveTextContent(/out of storage space for Heard.*Nothing was lost/);
  expect(await axeViolations(container)).toEqual([]);
  // Nothing half written, nothing lost; the rep's input is still in the form.
  expect(await listForConversation(db, 'demo:x:1042')).toEqual([before]);
  expect(within(form).getByLabelText('What you promised')).toHaveValue('Send the label');

  // Space freed: the same click saves.
  disk.full = false;
  await user.click(within(form).getByRole('button', { name: 'Add callback' }));
  await screen.findByRole('article', { name: 'Send the label' });
  expect(await listForConversation(db, 'demo:x:1042')).toHaveLength(2);
});

test('disk full: the note says it was not saved and why; the saved note is unchanged; it saves once space is freed', async () => {
  const user = userEvent.setup();
  renderTicket(tab());
  const note = await screen.findByLabelText('Note on this conversation');
  await user.type(note, 'Prefers calls');
  await user.tab();
  await screen.findByText('Note saved.');

  disk.full = true;
  await user.type(note, ' after 2pm');
  await user.tab();
  expect(await screen.findByText(/out of storage space for Heard/)).toBeInTheDocument();
  expect((await getNote(db, 'demo:x:1042'))?.text).toBe('Prefers calls');

  disk.full = false;
  await user.type(note, '.');
  await user.tab();
  await screen.findByText('Note saved.');
  expect((await getNote(db, 'demo:x:1042'))?.text).toBe('Prefers calls after 2pm.');
});

test('disk full or database blocked while logging an incident: the background says which, the panel words it plainly, nothing is stored', async () => {
  const { roomService } = await import('@/entrypoints/background/room');
  const { roomTransport, useRoom } = await import('@/lib/stores/room');
  const real = roomTransport();
  const service = roomService({
    db: () => db,
    compiled: () => ({ checklists: [] }) as never,
    roomOf: async () => ({ site: 'demo', ticket: { key: 'demo:x:1042', link: 'https://help.example.com/tickets/1042' }, tone: 'abusive', signals: [], triggered: [], auto: {}, suggested: 'insult' }),
    settings: async () => ({ breakReminder: true }),
  });
  disk.full = true;
  const res = await service.logIncident(7, 'insult', 'Called me useless');
  expect(res).toEqual({ ok: false, reason: 'storage-full' });
  expect(await db.incidents.count()).toBe(0);

  // The panel's store: each reason gets its own plain message.
  const results = [res, { ok: false, reason: 'db-blocked' }, { ok: false, reason: 'failed' }] as const;
  const shown: string[] = [];
  try {
    for (const r of results) {
      roomTransport.set({ ...real, logIncident: async () => r });
      act(() => useRoom.setState({ tabId: 7, busy: false, error: null }));
      await act(async () => void (await useRoom.getState().logIncident('insult', '')));
      shown.push(useRoom.getState().error ?? '');
    }
  } finally {
    roomTransport.set();
  }
  expect(shown[0]).toMatch(/out of storage space for Heard.*Nothing was lost/);
  expect(shown[1]).toMatch(/held by an older Heard page.*Nothing was lost/);
  expect(shown[2]).toBe('Could not log the incident. Try again.');

  disk.full = false;
  expect(await service.logIncident(7, 'insult', 'Called me useless')).toMatchObject({ ok: true });
  expect(await db.incidents.count()).toBe(1);
});
