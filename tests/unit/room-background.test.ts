import { HeardDB } from '@/lib/db/database';
import { compile } from '@/lib/guidance/compile';
import { defaultPack } from '@/lib/guidance/default-pack';
import type { ThreadMessage } from '@/lib/adapters/types';
import { analyzeThread } from '@/lib/tone/analyze';
import { deriveRoom, nextManual, roomService, suggestCategory, type RoomTab } from '@/entrypoints/background/room';
import { RoomViewSchema } from '@/lib/messaging';

const compiled = compile([defaultPack]);
const ticket = { key: 'demo:localhost:1043', link: 'http://localhost/heard-demo/#/tickets/1043', title: 'Charged twice' };

const angry: ThreadMessage[] = [
  { role: 'customer', text: 'You charged my card twice this month. This is the THIRD time I am contacting you about this and nobody has fixed it.' },
  { role: 'agent', text: 'Per our policy, refunds are processed within 5-7 business days.' },
  { role: 'customer', text: 'That policy does not apply here. I want to speak to a manager. If this is not fixed today I am cancelling.' },
];
const abusive: ThreadMessage[] = [
  { role: 'customer', text: 'I want a refund for the headphones, they stopped working after a week.' },
  { role: 'agent', text: 'I am sorry to hear that. Could you share the order number?' },
  { role: 'customer', text: 'Are you stupid? I already told you. You are a useless idiot and I am sick of talking to you.' },
];
const calm: ThreadMessage[] = [{ role: 'customer', text: 'Hello! Could you tell me when my order #4410 will ship? Thanks, Ana' }];
const ACK = "I'm sorry this happened again, I understand how frustrating this is";

const room = (thread: ThreadMessage[], draft = '', t: typeof ticket | null = ticket): RoomTab =>
  deriveRoom({ site: 'demo', ticket: t, draft, thread }, compiled, thread.length ? analyzeThread(thread) : null);

describe('deriveRoom: what the background keeps per tab', () => {
  test('an angry thread opens the de-escalation checklist, with the signals as kinds, strongest first', () => {
    const r = room(angry);
    expect(r.tone).toBe('angry');
    expect(r.triggered).toContain('de-escalation');
    expect(r.signals).toEqual(expect.arrayContaining(['supervisor-request', 'repeat-contact', 'past-experience']));
    expect(r.signals.indexOf('supervisor-request')).toBeLessThan(r.signals.indexOf('negative-sentiment'));
    expect(r.suggested).toBeNull();
  });

  test('an acknowledgement in the draft ticks the acknowledge item by itself', () => {
    expect(room(angry).auto['de-escalation']).toEqual([]);
    expect(room(angry, ACK).auto['de-escalation']).toContain('acknowledge');
    expect(room(angry, 'I will refund the second charge by 5 pm today.').auto['de-escalation']).toContain('plan-and-time');
  });

  test('keeps no text: neither the draft nor the customer\'s words', () => {
    const json = JSON.stringify(room(abusive, ACK));
    expect(json).not.toMatch(/sorry|idiot|headphones|frustrating/i);
  });

  test('a calm thread opens nothing; no thread means no tone', () => {
    expect(room(calm).triggered).toEqual([]);
    const none = room([], 'hello');
    expect(none.tone).toBeNull();
    expect(none.signals).toEqual([]);
  });

  test('abuse at the rep suggests an incident category', () => {
    expect(room(abusive).tone).toBe('abusive');
    expect(room(abusive).suggested).toBe('insult');
    const cat = (text: string): string | null => {
      const th: ThreadMessage[] = [{ role: 'customer', text }];
      return suggestCategory(analyzeThread(th), th);
    };
    expect(cat('Fuck you, you are useless.')).toBe('profanity');
    expect(cat('I know where you live and I will find you after your shift.')).toBe('threat');
    expect(cat('Where is my parcel? It was due on Monday.')).toBeNull();
  });
});

test('nextManual: a hand tick sticks; unticking what the draft does is an override; unticking a hand tick just removes it', () => {
  expect(nextManual(undefined, 'a', true, false)).toEqual({ ticked: ['a'], unticked: [] });
  expect(nextManual({ ticked: ['a'], unticked: [] }, 'a', false, false)).toEqual({ ticked: [], unticked: [] });
  expect(nextManual(undefined, 'a', false, true)).toEqual({ ticked: [], unticked: ['a'] });
  expect(nextManual({ ticked: [], unticked: ['a'] }, 'a', true, true)).toEqual({ ticked: ['a'], unticked: [] });
});

describe('roomService on a database', () => {
  let db: HeardDB;
  let seq = 0;
  let tabs: Map<number, RoomTab>;
  let settings = { breakReminder: true };
  const service = () =>
    roomService({ db: () => db, compiled: () => compiled, roomOf: async (id) => tabs.get(id) ?? null, settings: async () => settings });

  beforeEach(async () => {
    db = new HeardDB(`room-test-${++seq}`);
    await db.open();
    tabs = new Map();
    settings = { breakReminder: true };
  });
  afterEach(async () => {
    db.close();
    await HeardDB.delete(`room-test-${seq}`);
  });

  test('the view is valid for the panel: checklists with auto ticks, the policy only flagged when abusive', async () => {
    tabs.set(1, room(angry, ACK));
    const view = await service().get(1);
    expect(RoomViewSchema.safeParse(view).success).toBe(true);
    const de = view!.checklists.find((c) => c.id === 'de-escalation')!;
    expect(de.triggered).toBe(true);
    expect(de.opened).toBe(false);
    expect(de.items.find((i) => i.id === 'acknowledge')).toMatchObject({ auto: true, ticked: true, manual: null });
    expect(view!.boundary?.abusive).toBe(false);
    expect(view!.boundary?.policy.warning).toMatch(/directed at me/);
    expect(await service().get(2)).toBeNull();
  });

  test('manual ticks are kept per conversation and come back when the ticket is reopened (ids only)', async () => {
    tabs.set(1, room(angry, ACK));
    await service().tick(1, 'de-escalation', 'offer-supervisor', true);
    let view = await service().tick(1, 'de-escalation', 'acknowledge', false);
    const item = (id: string) => view!.checklists.find((c) => c.id === 'de-escalation')!.items.find((i) => i.id === id)!;
    expect(item('acknowledge')).toMatchObject({ auto: true, manual: 'unticked', ticked: false });
    expect(item('offer-supervisor')).toMatchObject({ auto: false, manual: 'ticked', ticked: true });

    // The ticket is reopened later in another tab, with an empty draft, by a fresh worker.
    tabs.set(9, room(angry, ''));
    view = await service().get(9);
    expect(item('offer-supervisor').ticked).toBe(true);
    expect(item('acknowledge')).toMatchObject({ auto: false, manual: 'unticked', ticked: false });
    const rows = await db.checklists.toArray();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/sorry|manager|charged/i);
  });

  test('unknown checklist or item changes nothing; opening by hand is remembered', async () => {
    tabs.set(1, room(calm));
    await service().tick(1, 'de-escalation', 'nope', true);
    await service().tick(1, 'nope', 'acknowledge', true);
    expect(await db.checklists.count()).toBe(0);
    const view = await service().open(1, 'repeat-contact');
    expect(view!.checklists.find((c) => c.id === 'repeat-contact')).toMatchObject({ triggered: false, opened: true });
  });

  test('without a conversation key, ticks live in memory for the tab only', async () => {
    tabs.set(3, room(angry, '', null));
    const s = service();
    const view = await s.tick(3, 'de-escalation', 'own-it', true);
    expect(view!.checklists[0]!.items.find((i) => i.id === 'own-it')!.ticked).toBe(true);
    expect(await db.checklists.count()).toBe(0);
    expect((await s.logIncident(3, 'insult', 'x')).ok).toBe(false);
  });

  test('incidents: logged with key, link, the ticket\'s subject and the rep\'s note only; listed for the conversation; deleted', async () => {
    tabs.set(1, room(abusive));
    const s = service();
    const res = await s.logIncident(1, 'insult', '  Called me an idiot; warned once, ended chat.  ');
    expect(res.ok).toBe(true);
    const [row] = await s.listIncidents();
    expect(row).toMatchObject({ conversationKey: ticket.key, link: ticket.link, ticketTitle: 'Charged twice', category: 'insult', helpdesk: 'demo', note: 'Called me an idiot; warned once, ended chat.' });
    const view = await s.get(1);
    expect(view!.boundary).toMatchObject({ abusive: true, suggested: 'insult' });
    expect(view!.incidents.map((i) => i.id)).toEqual([row!.id]);
    settings = { breakReminder: false };
    expect((await s.get(1))!.breakReminder).toBe(false);
    await s.deleteIncident(row!.id);
    expect(await s.listIncidents()).toEqual([]);
  });
});
