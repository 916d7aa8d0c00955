// Shared fakes for the room's component tests: a transport that answers like the background, and
// pushes the new view to the panel after each action as the background does (its one channel).
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { RoomView, TabState } from '@/lib/messaging';
import { usePanel } from '@/lib/stores/panel';
import type { RoomTransport } from '@/lib/stores/room';

export const POLICY = {
  packId: 'heard-default',
  whatCounts: 'Insults, threats, or swearing aimed at you.',
  warning: "I want to help, and I can only keep going if the language isn't directed at me.",
  whenToEnd: 'After one calm warning, or at once for a threat.',
  whatToRecord: 'The time, the ticket, the warning you gave.',
  breakAdvice: 'Step away for a few minutes before the next ticket.',
};

export function roomView(over: Partial<RoomView> = {}): RoomView {
  return {
    ticket: { key: 'demo:x:1043', link: 'http://localhost/heard-demo/#/tickets/1043' },
    tone: { level: 'angry', signals: ['supervisor-request', 'repeat-contact', 'past-experience'] },
    checklists: [
      {
        id: 'de-escalation',
        packId: 'heard-default',
        title: 'Upset customer',
        description: 'For a frustrated or angry customer.',
        triggered: true,
        opened: false,
        items: [
          { id: 'acknowledge', label: 'Acknowledge how they feel', why: 'They listen once they feel heard.', auto: true, manual: null, ticked: true },
          { id: 'own-it', label: 'Own what went wrong', auto: false, manual: null, ticked: false },
          { id: 'offer-supervisor', label: 'Offer a supervisor if they want one', auto: false, manual: null, ticked: false },
        ],
      },
      {
        id: 'repeat-contact',
        packId: 'heard-default',
        title: 'Customer is back again',
        triggered: false,
        opened: false,
        items: [{ id: 'read-history', label: 'Show you have read the history', auto: false, manual: null, ticked: false }],
      },
    ],
    boundary: { policy: POLICY, abusive: false, suggested: null },
    incidents: [],
    breakReminder: true,
    ...over,
  };
}

export const tabState = (tone: TabState['tone'] = 'angry', key = 'demo:x:1043'): TabState => ({
  site: 'demo',
  ticket: { key, link: `http://localhost/heard-demo/#/tickets/${key.split(':').pop()}`, title: 'Charged twice' },
  tone,
  hints: [],
  draftLength: 10,
  updatedAt: 1,
});

/** What the background pushes to the panel of tab 7: the tab's state and its room (parsed by the panel store). */
export function pushView(room: RoomView | null, tab: TabState = tabState(room?.tone?.level ?? null, room?.ticket?.key ?? undefined), tabId = 7): void {
  act(() => usePanel.getState().receive({ type: 'state', tabId, tab, room }));
}

/** A transport whose writes apply to `initial` and push the new view, as the background does;
 * `push()` sends the current view (the background's first push when the panel subscribes). */
export function fakeTransport(initial: RoomView, tab?: TabState) {
  let view = initial;
  const push = (): void => pushView(view, tab);
  // The background answers the action, then pushes the view (a moment later, on the port).
  const later = (): void => void Promise.resolve().then(push);
  const t = {
    push,
    view: () => view,
    tick: vi.fn(async (_tabId: number, checklistId: string, itemId: string, ticked: boolean) => {
      view = {
        ...view,
        checklists: view.checklists.map((c) =>
          c.id !== checklistId
            ? c
            : { ...c, opened: true, items: c.items.map((i) => (i.id === itemId ? { ...i, ticked, manual: ticked ? 'ticked' : i.auto ? 'unticked' : null } : i)) },
        ),
      } as RoomView;
      later();
      return { ok: true };
    }),
    open: vi.fn(async (_tabId: number, checklistId: string) => {
      view = { ...view, checklists: view.checklists.map((c) => (c.id === checklistId ? { ...c, opened: true } : c)) };
      later();
      return { ok: true };
    }),
    logIncident: vi.fn(async (_tabId: number, category: 'profanity' | 'insult' | 'threat' | 'harassment') => {
      const incident = { id: '7d1f0c2e-9a4b-4c1d-8e2f-3a5b6c7d8e9f', at: Date.parse('2026-03-06T14:23:00Z'), category };
      view = { ...view, incidents: [incident, ...view.incidents] };
      later();
      return { ok: true as const, incident };
    }),
    insert: vi.fn(async () => ({ ok: true })),
    listIncidents: vi.fn(async () => []),
    deleteIncident: vi.fn(async () => ({ ok: true })),
    readSettings: vi.fn(async () => ({ breakReminder: true })),
    writeSettings: vi.fn(async () => {}),
  } satisfies RoomTransport & { push(): void; view(): RoomView };
  return t;
}
