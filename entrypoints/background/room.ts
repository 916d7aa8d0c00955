/**
 * Reading the room in the background: which checklists open for a tab's conversation and what the
 * current draft already does, the rep's manual ticks (kept per conversation in the database), the
 * team's boundary policy, and the incident log.
 *
 * What it keeps per tab is derived from the last lint (`deriveRoom` → `RoomTab`, room-tab.ts): tone
 * level and signal kinds, checklist ids, item ids the draft ticks, a suggested incident category.
 * Never the draft or the customer's words: those exist only while one lint is handled. tabs.ts keeps
 * it with the tab's state (in memory and storage.session), and the ticks of a conversation without
 * a key in the tab's record; a room action here pushes the panel's view.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import {
  readRoomSettings,
  type HandlerTable,
  TONE_SIGNAL_KINDS,
  type ChecklistView,
  type IncidentCategoryMsg,
  type IncidentMsg,
  type LogIncidentResult,
  type RoomView,
  type TicketMsg,
} from '@/lib/messaging';
import type { ThreadMessage } from '@/lib/adapters/types';
import { boundaryPolicyFor, checklistsFor, withChecklistsIn, type CompiledPacks } from '@/lib/guidance/compile';
import { openChecklists, tickedItems } from '@/lib/guidance/engine';
import type { ToneSignalKind, ToneState } from '@/lib/tone/types';
import type { HeardDB } from '@/lib/db';
import type { Keyed } from '@/lib/keyed';
import { addIncident, deleteIncident, listIncidents } from '@/lib/db/incidents';
import { getChecklistState, setChecklistState } from '@/lib/db/checklists';
import { getDb } from './db';
import { readRoom, tabChanged, tabPart } from './tabs';
import type { ManualTicks, RoomTab } from './room-tab';
import { compiledPacks, toneOf } from './guidance';

// The message schema lists the kinds by hand (zod/mini, no import of lib/tone there): keep them equal.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _kindsMatch: Same<(typeof TONE_SIGNAL_KINDS)[number], ToneSignalKind> = true;
void _kindsMatch;

export type { RoomTab };

/** How the signals are listed to the rep: what matters most for their next move first. */
const SIGNAL_ORDER: readonly ToneSignalKind[] = [
  'threat-at-rep',
  'harassment',
  'insult-at-rep',
  'supervisor-request',
  'repeat-contact',
  'past-experience',
  'threat-to-leave',
  'shouting',
  'profanity-situation',
  'urgency',
  'sarcasm',
  'negative-sentiment',
];

export function signalKinds(tone: ToneState | null): ToneSignalKind[] {
  if (!tone) return [];
  const seen = new Set(tone.signals.map((s) => s.kind));
  return SIGNAL_ORDER.filter((k) => seen.has(k));
}

let profanity: RegExpMatcher | null = null;
function isProfane(words: string): boolean {
  profanity ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return profanity.hasMatch(words) || /\b(?:f+u+c*k+|fck|stfu|gtfo|piss\s+off|screw\s+you)\b/i.test(words);
}

/**
 * The incident category the abuse signals point at: a threat first, then harassment, then swearing
 * at the rep (an insult signal whose words are profane), then an insult. Reads the customer's words
 * only here, while the lint is handled; the result is a category, not text.
 */
export function suggestCategory(tone: ToneState | null, thread: readonly ThreadMessage[]): IncidentCategoryMsg | null {
  if (!tone) return null;
  const kinds = new Set(tone.signals.map((s) => s.kind));
  if (kinds.has('threat-at-rep')) return 'threat';
  if (kinds.has('harassment')) return 'harassment';
  const insults = tone.signals.filter((s) => s.kind === 'insult-at-rep');
  if (insults.length === 0) return null;
  const profane = insults.some((s) => isProfane(thread[s.messageIndex]?.text.slice(s.start, s.end) ?? ''));
  return profane ? 'profanity' : 'insult';
}

/** Derives the room state of one lint: the draft and the thread are read here and not kept. */
export function deriveRoom(
  input: { site: string; ticket: TicketMsg | null; draft: string; thread: readonly ThreadMessage[]; lang?: string },
  compiled: CompiledPacks = compiledPacks(),
  tone: ToneState | null = toneOf(input.thread),
): RoomTab {
  const repeatContact = tone?.signals.some((s) => s.kind === 'repeat-contact') ?? false;
  // The checklists of the conversation's language (as the boundary policy): opened and ticked in it.
  compiled = withChecklistsIn(compiled, input.lang);
  const triggered = openChecklists(compiled, {
    thread: input.thread,
    context: { repeatContact, ...(tone ? { customerTone: tone.level } : {}) },
  }).map((c) => c.id);
  const auto: Record<string, string[]> = {};
  for (const cl of compiled.checklists) auto[cl.id] = input.draft ? tickedItems(compiled, cl.id, input.draft) : [];
  return {
    site: input.site,
    ticket: input.ticket ? { key: input.ticket.key, link: input.ticket.link, ...(input.ticket.title ? { title: input.ticket.title.slice(0, 500) } : {}) } : null,
    tone: tone?.level ?? null,
    signals: signalKinds(tone),
    triggered,
    auto,
    suggested: tone?.level === 'abusive' ? (suggestCategory(tone, input.thread) ?? 'insult') : suggestCategory(tone, input.thread),
    ...(input.lang ? { lang: input.lang } : {}),
  };
}

/** Manual state after the rep ticks or unticks an item. Unticking what the draft does is remembered
 * as an override; unticking a hand tick just removes it (the draft may tick it later). */
export function nextManual(
  current: { ticked: readonly string[]; unticked: readonly string[] } | undefined,
  itemId: string,
  ticked: boolean,
  autoNow: boolean,
): { ticked: string[]; unticked: string[] } {
  const t = new Set(current?.ticked ?? []);
  const u = new Set(current?.unticked ?? []);
  if (ticked) {
    t.add(itemId);
    u.delete(itemId);
  } else {
    t.delete(itemId);
    if (autoNow) u.add(itemId);
    else u.delete(itemId);
  }
  return { ticked: [...t], unticked: [...u] };
}

type Manual = ManualTicks;

/**
 * The room's operations, on a database and a source of tab state (tests pass their own). Manual
 * ticks of a conversation without a key (no adapter id) are kept in memory for the tab only:
 * `ticks`, in the tab's record (tabs.ts), forgotten when the tab closes.
 */
export function roomService(deps: {
  db: () => HeardDB;
  compiled: () => CompiledPacks;
  roomOf: (tabId: number) => Promise<RoomTab | null>;
  settings: () => Promise<{ breakReminder: boolean }>;
  ticks?: Keyed<number, Map<string, Manual>>;
}) {
  const unkeyed = deps.ticks ?? new Map<number, Map<string, Manual>>();

  async function manualOf(tabId: number, room: RoomTab, checklistId: string): Promise<Manual | undefined> {
    if (room.ticket) return getChecklistState(deps.db(), room.ticket.key, checklistId);
    return unkeyed.get(tabId)?.get(checklistId);
  }

  async function saveManual(tabId: number, room: RoomTab, checklistId: string, m: Manual): Promise<void> {
    if (room.ticket) await setChecklistState(deps.db(), { conversationKey: room.ticket.key, checklistId, ...m });
    else {
      const tab = unkeyed.get(tabId) ?? new Map<string, Manual>();
      unkeyed.set(tabId, tab.set(checklistId, m));
    }
  }

  async function view(tabId: number, room: RoomTab): Promise<RoomView> {
    const compiled = deps.compiled();
    const checklists: ChecklistView[] = [];
    for (const cl of checklistsFor(compiled, room.lang)) {
      const manual = await manualOf(tabId, room, cl.id);
      const auto = new Set(room.auto[cl.id] ?? []);
      checklists.push({
        id: cl.id,
        packId: cl.packId,
        title: cl.title,
        ...(cl.description ? { description: cl.description } : {}),
        triggered: room.triggered.includes(cl.id),
        opened: manual !== undefined,
        items: cl.items.map((item) => {
          const m = manual?.unticked.includes(item.id) ? 'unticked' : manual?.ticked.includes(item.id) ? 'ticked' : null;
          return {
            id: item.id,
            label: item.label,
            ...(item.why ? { why: item.why } : {}),
            auto: auto.has(item.id),
            manual: m,
            ticked: m === 'unticked' ? false : m === 'ticked' || auto.has(item.id),
          };
        }),
      });
    }
    const policy = boundaryPolicyFor(compiled, room.lang);
    const incidents = room.ticket ? await listIncidents(deps.db(), { conversationKey: room.ticket.key }) : [];
    return {
      ticket: room.ticket,
      tone: room.tone ? { level: room.tone, signals: room.signals } : null,
      checklists,
      boundary: policy
        ? {
            policy: {
              packId: policy.packId,
              whatCounts: policy.whatCounts,
              warning: policy.warning,
              whenToEnd: policy.whenToEnd,
              whatToRecord: policy.whatToRecord,
              breakAdvice: policy.breakAdvice,
            },
            abusive: room.tone === 'abusive',
            suggested: room.suggested,
          }
        : null,
      incidents: incidents.map((i) => ({ id: i.id, at: i.at, category: i.category })),
      breakReminder: (await deps.settings()).breakReminder,
    };
  }

  return {
    async get(tabId: number): Promise<RoomView | null> {
      const room = await deps.roomOf(tabId);
      return room ? view(tabId, room) : null;
    },
    async tick(tabId: number, checklistId: string, itemId: string, ticked: boolean): Promise<RoomView | null> {
      const room = await deps.roomOf(tabId);
      if (!room) return null;
      const cl = checklistsFor(deps.compiled(), room.lang).find((c) => c.id === checklistId);
      if (cl?.items.some((i) => i.id === itemId)) {
        const current = await manualOf(tabId, room, checklistId);
        const autoNow = room.auto[checklistId]?.includes(itemId) ?? false;
        await saveManual(tabId, room, checklistId, nextManual(current, itemId, ticked, autoNow));
      }
      return view(tabId, room);
    },
    async open(tabId: number, checklistId: string): Promise<RoomView | null> {
      const room = await deps.roomOf(tabId);
      if (!room) return null;
      if (deps.compiled().checklists.some((c) => c.id === checklistId)) {
        const current = await manualOf(tabId, room, checklistId);
        if (!current) await saveManual(tabId, room, checklistId, { ticked: [], unticked: [] });
      }
      return view(tabId, room);
    },
    async logIncident(tabId: number, category: IncidentCategoryMsg, note: string): Promise<LogIncidentResult> {
      const room = await deps.roomOf(tabId);
      if (!room?.ticket) return { ok: false, reason: 'no-conversation' };
      const db = deps.db();
      try {
        const row = await addIncident(db, {
          conversationKey: room.ticket.key,
          link: room.ticket.link,
          category,
          note: note.trim(),
          helpdesk: room.site || 'unknown',
          ...(room.ticket.title ? { ticketTitle: room.ticket.title } : {}),
        });
        return { ok: true, incident: { id: row.id, at: row.at, category: row.category } };
      } catch (e) {
        return { ok: false, reason: db.faultOf(e) ?? 'failed' };
      }
    },
    async listIncidents(): Promise<IncidentMsg[]> {
      return listIncidents(deps.db());
    },
    async deleteIncident(id: string): Promise<{ ok: boolean }> {
      await deleteIncident(deps.db(), id);
      return { ok: true };
    },
  };
}

const service = roomService({ db: getDb, compiled: compiledPacks, roomOf: readRoom, settings: readRoomSettings, ticks: tabPart('ticks') });

/** Runs a room action, then the tab's panels get the new view (the action's effect arrives there). */
async function thenPush<T>(tabId: number, action: Promise<T>): Promise<T> {
  try {
    return await action;
  } finally {
    tabChanged(tabId);
  }
}

export const roomHandlers = {
  'ui:room:get': ({ tabId }) => service.get(tabId),
  'ui:room:tick': async ({ tabId, checklistId, itemId, ticked }) => ({ ok: (await thenPush(tabId, service.tick(tabId, checklistId, itemId, ticked))) != null }),
  'ui:room:open': async ({ tabId, checklistId }) => ({ ok: (await thenPush(tabId, service.open(tabId, checklistId))) != null }),
  'ui:room:incident': ({ tabId, category, note }) => thenPush(tabId, service.logIncident(tabId, category, note)),
  'ui:incidents:list': () => service.listIncidents(),
  'ui:incidents:delete': ({ id }) => service.deleteIncident(id),
} satisfies HandlerTable;

/** This area's handler table, collected by handlers.ts. */
export const handlers: HandlerTable = roomHandlers;

/** The room's view of a tab, for the panel's one view (panel-view.ts); null before its first lint. */
export const roomViewOf = (tabId: number): Promise<RoomView | null> => service.get(tabId);
