// @vitest-environment jsdom
// The panel's callbacks section, the promise form and the backup section, against the real
// background handlers on fake-indexeddb (messages are routed straight to them).
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import { addCallback, getNote, listForConversation, setNote } from '@/lib/callbacks';
import type { HintMsg, TabState } from '@/lib/messaging';
import { SETTINGS_KEY } from '@/lib/messaging/callbacks';
import { useCallbacks } from '@/lib/stores/callbacks';
import { TicketCallbacks } from '@/components/callbacks/TicketCallbacks';
import { BackupSection } from '@/components/options/BackupSection';
import { absoluteTime } from '@/components/callbacks/format';
import { axeViolations } from './axe';
import { fakePanelBackground } from './panel-background';

const at = (epoch: number): string => absoluteTime(epoch, 'Europe/Berlin');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

// Tuesday 3 March 2026, 10:00 in Berlin.
const T0 = Date.UTC(2026, 2, 3, 9, 0);
let db: HeardDB;
let restored = 0;
// The background's side of the panel's port: the view of tab 7, pushed on show and after every change.
const bg = fakePanelBackground(() => db);
/** The panel's callbacks section for `state`, its view pushed as the background does. */
function renderTicket(state: TabState) {
  void bg.show(state);
  return render(<TicketCallbacks tab={state} tabId={7} />);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  db = new HeardDB(`cb-${crypto.randomUUID()}`);
  const { createHandlers } = await import('@/entrypoints/background/callbacks');
  const { createBackupHandlers } = await import('@/entrypoints/background/backup');
  restored = 0;
  route.handlers = {
    ...createHandlers({ db: () => db, now: () => Date.now(), broadcast: () => bg.changed() }),
    ...createBackupHandlers({ db: () => db, afterRestore: async () => void restored++ }),
  } as never;
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'Europe/Berlin' } });
  useCallbacks.setState({ draftPromise: null, conversation: null, earlier: null, groups: null, results: null, query: '', announcement: '' });
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const tab = (): TabState => ({
  site: 'demo',
  ticket: { key: 'demo:x:1042', link: 'https://help.example.com/tickets/1042', title: 'Order #55821', channel: 'phone' },
  tone: 'calm',
  hints: [],
  draftLength: 30,
  updatedAt: 1,
});

const hint = (over: Partial<HintMsg> & { context?: string } = {}): HintMsg =>
  ({
    id: 'heard-default/promise-with-time',
    ruleId: 'promise-with-time',
    packId: 'heard-default',
    severity: 'info',
    title: 'Log this promise',
    advice: 'Log it.',
    why: 'Promises kept.',
    examples: [],
    actions: ['log-callback'],
    ranges: [{ start: 0, end: 13 }],
    excerpt: "I'll call you",
    ...over,
  }) as HintMsg;

test('empty ticket says what to do next, and is accessible', async () => {
  const { container } = renderTicket(tab());
  expect(await screen.findByText(/nothing promised on this ticket yet/i)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Follow up later' })).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});

test('no ticket: says to open one', () => {
  render(<TicketCallbacks tab={null} tabId={null} />);
  expect(screen.getByText(/appear here when a ticket is open/i)).toBeInTheDocument();
});

test('"Log this promise" pre-fills from the promise sentence and saves the callback', async () => {
  const user = userEvent.setup();
  const { container } = renderTicket(tab());
  await screen.findByText(/nothing promised/i);
  act(() => useCallbacks.getState().startFromHint(hint({ context: "I'll call you back tomorrow at 3pm." })));
  const form = await screen.findByRole('form', { name: 'Log this promise' });
  expect(within(form).getByRole('radio', { name: 'Call back' })).toBeChecked();
  expect(within(form).getByRole('textbox', { name: 'When' })).toHaveValue('tomorrow at 3pm');
  // Shown as an absolute time before saving.
  expect(within(form).getByText(new RegExp(`^Due ${escape(at(Date.UTC(2026, 2, 4, 14, 0)))}`))).toBeInTheDocument();
  expect(within(form).getByLabelText('What you promised')).toHaveValue("I'll call you back tomorrow at 3pm.");
  expect(within(form).queryByText(/have not told the customer when/i)).toBeNull();
  expect(await axeViolations(container)).toEqual([]);

  await user.click(within(form).getByRole('button', { name: 'Log promise' }));
  const item = await screen.findByRole('article', { name: /call you back tomorrow/i });
  expect(within(item).getByText('Call back')).toBeInTheDocument();
  expect(screen.queryByRole('form', { name: 'Log this promise' })).toBeNull();
  const [row] = await listForConversation(db, 'demo:x:1042');
  expect(row).toMatchObject({ channel: 'call', dueAt: Date.UTC(2026, 2, 4, 14, 0), source: 'draft', helpdesk: 'demo' });
  // The ticket by its number and subject, beside the customer.
  expect(row?.ticketTitle).toBe(tab().ticket?.title);
  expect(within(item).getByText(`#1042 · ${tab().ticket?.title}`)).toBeInTheDocument();
});

test('a promise in the draft\'s language is due when it says: "morgen um 15 Uhr" and "mañana a las 15:00" are tomorrow 15:00, not today', async () => {
  const user = userEvent.setup();
  for (const [lang, context, words] of [
    ['de', 'Ich rufe Sie morgen um 15 Uhr zurück.', 'morgen um 15 Uhr'],
    ['es', 'Le llamo mañana a las 15:00 con el seguimiento.', 'mañana a las 15:00'],
  ] as const) {
    const key = `demo:x:${lang}`;
    const { unmount } = renderTicket({ ...tab(), ticket: { ...tab().ticket!, key }, lang: { draft: lang, detected: true, guidance: true, toneUnread: null } });
    await screen.findByText(/nothing promised/i);
    act(() => useCallbacks.getState().startFromHint(hint({ id: `heard-${lang}/promise-with-time`, packId: `heard-${lang}`, context, excerpt: context })));
    const form = await screen.findByRole('form', { name: 'Log this promise' });
    expect(within(form).getByRole('textbox', { name: 'When' })).toHaveValue(words);
    // Read in English first, "15:00" alone was today 15:00.
    expect(await screen.findByText(new RegExp(`^Due ${escape(at(Date.UTC(2026, 2, 4, 14, 0)))}`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log promise' }));
    await waitFor(async () => expect((await listForConversation(db, key)).map((r) => r.dueAt)).toEqual([Date.UTC(2026, 2, 4, 14, 0)]));
    unmount();
  }
});

test('a promise with no time: the form says to give one, and will not save without it', async () => {
  const user = userEvent.setup();
  renderTicket(tab());
  act(() =>
    useCallbacks.getState().startFromHint(hint({ id: 'heard-default/promise-no-time', ruleId: 'promise-no-time', excerpt: 'get back to you' })),
  );
  const form = await screen.findByRole('form', { name: 'Log this promise' });
  expect(within(form).getByText(/have not told the customer when/i)).toBeInTheDocument();
  await user.click(within(form).getByRole('button', { name: 'Log promise' }));
  expect(within(form).getByRole('alert')).toHaveTextContent(/give a time/i);
  expect(within(form).getByRole('textbox', { name: 'When' })).toHaveFocus();
  await user.type(within(form).getByRole('textbox', { name: 'When' }), 'by end of day');
  expect(within(form).getByText(new RegExp(`^Due ${escape(at(Date.UTC(2026, 2, 3, 16, 0)))}`))).toBeInTheDocument();
  await user.click(within(form).getByRole('button', { name: 'Log promise' }));
  await screen.findByRole('article');
  expect((await listForConversation(db, 'demo:x:1042'))[0]!.dueAt).toBe(Date.UTC(2026, 2, 3, 16, 0));
});

test('quick add parses as you type; follow up later and check-in are one click', async () => {
  const user = userEvent.setup();
  renderTicket(tab());
  await user.click(await screen.findByRole('button', { name: 'Add a callback' }));
  const form = screen.getByRole('form', { name: 'Add a callback' });
  await user.click(within(form).getByRole('radio', { name: 'Email' }));
  await user.type(within(form).getByRole('textbox', { name: 'When' }), 'in 2 hours');
  expect(within(form).getByText(new RegExp(`^Due ${escape(at(Date.UTC(2026, 2, 3, 11, 0)))}`))).toBeInTheDocument();
  await user.type(within(form).getByLabelText('What you promised'), 'Send the label');
  await user.click(within(form).getByRole('button', { name: 'Add callback' }));
  await screen.findByRole('article', { name: 'Send the label' });

  await user.click(screen.getByRole('button', { name: 'Follow up later' }));
  await screen.findByRole('article', { name: /ended unhappily/ });
  await user.click(screen.getByRole('button', { name: 'Check in in 7 days' }));
  await screen.findByRole('article', { name: /check-in/i });
  const rows = await listForConversation(db, 'demo:x:1042');
  expect(rows.map((r) => r.source).sort()).toEqual(['check-in', 'follow-up', 'quick-add']);
  expect(rows.find((r) => r.source === 'follow-up')!.dueAt).toBe(Date.UTC(2026, 2, 4, 8, 0)); // 09:00 tomorrow
  expect(rows.find((r) => r.source === 'check-in')!.dueAt).toBe(Date.UTC(2026, 2, 10, 9, 0));
  expect(rows.find((r) => r.source === 'quick-add')!.channel).toBe('email');
});

test('the note is saved when the rep leaves the field and shown again', async () => {
  const user = userEvent.setup();
  const { unmount } = renderTicket(tab());
  const note = await screen.findByLabelText('Note on this conversation');
  await user.type(note, 'Prefers calls after 2pm');
  await user.tab();
  await screen.findByText('Note saved.');
  expect((await getNote(db, 'demo:x:1042'))?.text).toBe('Prefers calls after 2pm');
  unmount();
  useCallbacks.setState({ conversation: null });
  renderTicket(tab());
  await waitFor(() => expect(screen.getByLabelText('Note on this conversation')).toHaveValue('Prefers calls after 2pm'));
});

test('this ticket\'s open callbacks show relative and absolute due time; done with an outcome', async () => {
  const user = userEvent.setup();
  await addCallback(db, { conversationKey: 'demo:x:1042', link: 'https://x/', helpdesk: 'demo', promise: 'Call about the refund', channel: 'call', dueAt: T0 - 2 * 3_600_000, source: 'draft' }, { now: T0 - 5 * 3_600_000 });
  await addCallback(db, { conversationKey: 'other', link: 'https://x/', helpdesk: 'demo', promise: 'Not this ticket', channel: 'call', dueAt: T0, source: 'draft' });
  renderTicket(tab());
  const item = await screen.findByRole('article', { name: 'Call about the refund' });
  expect(screen.queryByText('Not this ticket')).toBeNull();
  expect(within(item).getByText('Overdue 2 hr · today 8:00 AM')).toBeInTheDocument();
  await user.click(within(item).getByRole('button', { name: 'Mark done: Call about the refund' }));
  await user.type(screen.getByLabelText('Outcome (optional)'), 'Refund confirmed{Enter}');
  await screen.findByText(/nothing promised/i);
  const [row] = await listForConversation(db, 'demo:x:1042');
  expect(row).toMatchObject({ status: 'done', outcome: 'Refund confirmed' });
});

test('a callback not due yet reads "Due tomorrow 3:00 PM" and offers "Remind me" earlier or later, not Snooze; a due one offers Snooze', async () => {
  const user = userEvent.setup();
  // Logged at 02:20, due tomorrow 15:00 (Berlin): 36 h 40 min away, one calendar day.
  vi.setSystemTime(Date.UTC(2026, 2, 3, 1, 20));
  const due = Date.UTC(2026, 2, 4, 14, 0);
  await addCallback(db, { conversationKey: 'demo:x:1042', link: 'https://x/', helpdesk: 'demo', promise: 'Call about the refund', channel: 'call', dueAt: due, source: 'draft' });
  await addCallback(db, { conversationKey: 'demo:x:1042', link: 'https://x/', helpdesk: 'demo', promise: 'Email the label', channel: 'email', dueAt: Date.now() - 20 * 60_000, source: 'draft' }, { now: Date.now() - 3_600_000 });
  const { container } = renderTicket(tab());
  const item = await screen.findByRole('article', { name: 'Call about the refund' });
  expect(within(item).getByText('Due tomorrow 3:00 PM')).toBeInTheDocument();
  expect(within(item).queryByRole('button', { name: /^Snooze/ })).toBeNull();
  await user.click(within(item).getByRole('button', { name: 'Remind me: Call about the refund' }));
  const menu = within(item).getByRole('group', { name: 'Remind me: Call about the refund' });
  expect(await axeViolations(container)).toEqual([]);
  await user.click(within(menu).getByRole('button', { name: '1 hour before' }));
  await within(item).findByText(/reminder tomorrow 2:00 PM/);
  const [row] = (await listForConversation(db, 'demo:x:1042')).filter((c) => c.promise === 'Call about the refund');
  expect(row?.snoozeUntil).toBe(due - 3_600_000);

  const late = screen.getByRole('article', { name: 'Email the label' });
  expect(within(late).getByText('Overdue 20 min · today 2:00 AM')).toBeInTheDocument();
  expect(within(late).queryByRole('button', { name: /^Remind me/ })).toBeNull();
  await user.click(within(late).getByRole('button', { name: 'Snooze: Email the label' }));
  expect(within(late).getByRole('button', { name: '15 minutes' })).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});

const fixture = (name: string): File => new File([readFileSync(resolve(__dirname, '../fixtures/backups', name), 'utf8')], name, { type: 'application/json' });

test('backup restore: a bad file changes nothing and names the path; a good one asks first, then replaces', async () => {
  const user = userEvent.setup();
  const mine = await addCallback(db, { conversationKey: 'k', link: '', helpdesk: 'demo', promise: 'keep me', channel: 'call', dueAt: T0, source: 'draft' });
  const { container } = render(<BackupSection />);
  const input = screen.getByLabelText('Backup file');
  await user.upload(input, fixture('bad-row-types.json'));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/nothing was changed/i);
  expect(alert).toHaveTextContent(/tables\.callbacks\[\d+\]\.\w+/);
  expect(await db.callbacks.toArray()).toEqual([mine]);
  expect(await axeViolations(container)).toEqual([]);

  await user.upload(input, fixture('not-json.csv'));
  expect(await screen.findByRole('alert')).toHaveTextContent(/not JSON/);

  await user.upload(input, fixture('valid-v1.json'));
  const confirm = await screen.findByRole('button', { name: 'Replace with this backup' });
  expect(confirm).toHaveFocus();
  expect(await db.callbacks.toArray()).toEqual([mine]); // not before the rep confirms
  expect(restored).toBe(0);
  await user.click(confirm);
  await screen.findByText(/^Restored:/);
  expect(restored).toBe(1); // the background brings reminders, lists and packs in line itself
  expect(await db.callbacks.get(mine.id)).toBeUndefined();
  expect(await db.backups.count()).toBe(1); // the pre-restore copy
});

it('a save whose answer was lost, sent again, is stored once', async () => {
  const real = route.handlers['ui:callbacks:add']!;
  let loseAnswer = true;
  route.handlers['ui:callbacks:add'] = async (data) => {
    const res = await real(data);
    if (loseAnswer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return res;
  };
  const input = {
    conversationKey: 'demo:x:1042',
    link: 'https://help.example.com/tickets/1042',
    helpdesk: 'demo',
    promise: 'Call back about the refund',
    channel: 'call' as const,
    dueAt: T0 + 3_600_000,
    source: 'quick-add' as const,
  };
  const first = await useCallbacks.getState().add(input);
  expect(first).toMatchObject({ ok: false, reason: 'unconfirmed' });
  expect(await db.callbacks.count()).toBe(1); // it was saved; only the answer was lost
  loseAnswer = false;
  const retry = await useCallbacks.getState().add(input);
  expect(retry.ok).toBe(true);
  expect(await db.callbacks.count()).toBe(1);
  // A different promise is a new callback.
  expect((await useCallbacks.getState().add({ ...input, promise: 'Email the invoice' })).ok).toBe(true);
  expect(await db.callbacks.count()).toBe(2);
});

test('an enabled site: rows from before tickets were told apart stay readable, labelled, never merged into the ticket', async () => {
  const old = 'generic:otrs.local/otrs/index.pl';
  await addCallback(db, { conversationKey: old, link: 'https://otrs.local/otrs/index.pl?TicketID=11', helpdesk: 'generic', promise: 'Call about the old order', channel: 'call', dueAt: T0 + 3_600_000, source: 'draft' }, { now: T0 - 5_000 });
  await setNote(db, old, 'Customer prefers mornings', { now: T0 - 5_000 });
  const generic = (id: number): TabState => ({
    site: 'generic',
    ticket: { key: `addr:otrs.local/otrs/index.pl?Action=AgentTicketZoom&TicketID=${id}`, link: `https://otrs.local/otrs/index.pl?Action=AgentTicketZoom;TicketID=${id}`, earlierKey: old, label: `#${id}` },
    tone: null,
    hints: [],
    draftLength: 0,
    updatedAt: 1,
  });
  const user = userEvent.setup();
  const { container, rerender } = renderTicket(generic(12));
  const earlier = await screen.findByRole('region', { name: 'From before Heard told tickets apart on this site' });
  expect(within(earlier).getByRole('article', { name: /call about the old order/i })).toBeInTheDocument();
  expect(within(earlier).getByText('Customer prefers mornings')).toBeInTheDocument();
  expect(within(earlier).getByText(/may belong to another customer/i)).toBeInTheDocument();
  // The ticket's own note starts empty: the old note is not copied into it.
  expect(screen.getByRole('textbox', { name: 'Note on this conversation' })).toHaveValue('');
  expect(screen.getByText(/nothing promised on this ticket yet/i)).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);

  // A callback on ticket 12 is not listed on ticket 13, and the old rows are untouched.
  await user.click(screen.getByRole('button', { name: 'Follow up later' }));
  await waitFor(async () => expect(await listForConversation(db, generic(12).ticket!.key)).toHaveLength(1));
  void bg.show(generic(13));
  rerender(<TicketCallbacks tab={generic(13)} tabId={7} />);
  await waitFor(() => expect(screen.getByText(/nothing promised on this ticket yet/i)).toBeInTheDocument());
  expect(await listForConversation(db, old)).toHaveLength(1);
  expect((await getNote(db, old))?.text).toBe('Customer prefers mornings');
});

test('an enabled page whose address names no ticket says notes are per page', async () => {
  renderTicket({ site: 'generic', ticket: { key: 'addr:x.test/contact', link: 'https://x.test/contact', perPage: true, label: 'x.test/contact' }, tone: null, hints: [], draftLength: 0, updatedAt: 1 });
  expect(await screen.findByText(/names no ticket, so notes and callbacks here belong to this page only/i)).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: /from before/i })).toBeNull();
});
