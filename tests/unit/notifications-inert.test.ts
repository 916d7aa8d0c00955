// Reminder notifications carry text from outside Heard's own strings: what the rep typed, a
// customer name or ticket title read from a hostile page, or a row that bypassed parsing (an old
// backup, a hand-edited profile). chrome.notifications takes plain strings (title, message,
// contextMessage, button titles) and renders no HTML; this checks we hand it the literal text,
// unchanged and never interpreted or rebuilt from markup.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import { addCallback, HOUR, MINUTE } from '@/lib/callbacks';
import { SETTINGS_KEY } from '@/lib/messaging/callbacks';
import { notificationId, reconcile } from '@/entrypoints/background/reminders';
import { onConversationSeen } from '@/entrypoints/background/callbacks';

const T0 = Date.UTC(2026, 2, 3, 9, 0);
const IMG = '<img src=x onerror="alert(1)">';
const SCRIPT = '<script>alert(2)</script>';
const JS = 'javascript:alert(3)';
let db: HeardDB;

beforeEach(async () => {
  db = new HeardDB(`inert-${crypto.randomUUID()}`);
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'Europe/Berlin', remindBeforeMin: 10, sameDayReply: true } });
});
afterEach(async () => {
  await db.delete();
});

type Opts = { title: string; message: string; contextMessage?: string; buttons?: { title: string }[] };
const optionsOf = (id: string): Opts => fakeBrowser.notifications.getAllCreateOptions()[id] as Opts;

test('markup the rep typed or a page supplied reaches the notification as the same literal text', async () => {
  const c = await addCallback(
    db,
    {
      conversationKey: 'demo:x:1',
      link: JS,
      helpdesk: 'demo',
      customerName: `${IMG} Ana`,
      promise: `${SCRIPT} call about the refund ${JS}`,
      channel: 'call',
      dueAt: T0 - MINUTE * 5,
      source: 'quick-add',
    },
    { now: T0 - HOUR },
  );
  await reconcile({ db: () => db, now: () => T0 });
  const o = optionsOf(notificationId(c.id, 'due'));
  expect(o.title).toContain(`${IMG} Ana`);
  expect(o.message).toBe(`${SCRIPT} call about the refund ${JS}`);
  // Only strings: nothing that a notification could interpret as a link, HTML or an image from the text.
  for (const [k, v] of Object.entries(o)) {
    if (k === 'iconUrl') expect(v).toMatch(/\/icons\/128\.png$/);
    else if (k === 'buttons') expect((v as { title: string }[]).every((b) => !/[<>]/.test(b.title))).toBe(true);
    else expect(['string', 'number', 'boolean']).toContain(typeof v);
  }
  expect(o).not.toHaveProperty('imageUrl');
});

test('a row that bypassed parsing (written straight into the table) is shown as literal text too', async () => {
  const id = crypto.randomUUID();
  await db.callbacks.put({
    id,
    conversationKey: 'demo:x:2',
    link: 'https://help.example.com/2',
    helpdesk: 'demo',
    customerName: IMG,
    promise: SCRIPT,
    channel: 'email',
    dueAt: T0 - MINUTE,
    createdAt: T0 - HOUR,
    updatedAt: T0 - HOUR,
    status: 'open',
    source: 'quick-add',
  });
  await reconcile({ db: () => db, now: () => T0 });
  const o = optionsOf(notificationId(id, 'due'));
  expect(o.title).toContain(IMG);
  expect(o.message).toBe(SCRIPT);
});

test('a ticket title from a hostile page, in the same-day reply reminder, stays literal', async () => {
  const env = { db: () => db, now: () => T0, broadcast: () => {} };
  const row = await onConversationSeen(
    {
      site: 'demo',
      ticket: { key: 'demo:x:3', link: 'https://help.example.com/3', title: `${IMG}${SCRIPT}`, channel: 'email' },
      thread: [{ role: 'customer' }],
    },
    env,
  );
  expect(row?.promise).toContain(`${IMG}${SCRIPT}`);
  // Due at end of day: show its reminder by moving the clock there.
  await reconcile({ db: () => db, now: () => row!.dueAt });
  const o = optionsOf(notificationId(row!.id, 'due'));
  expect(o.message).toContain(`${IMG}${SCRIPT}`);
});
