/**
 * The options page's incident log: the incidents the rep logged from the panel's room, listed,
 * deleted and exported as CSV, and the break reminder switch beside them. Talks to the background
 * through the room's transport (lib/stores/room.ts), so a component test swaps one object.
 */
import { create } from 'zustand';
import { IncidentListSchema, type IncidentMsg, type RoomSettings } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { toCsv } from '@/lib/callbacks/csv';
import { roomTransport } from './room';

export const dateTimeFormat = (at: number): string =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface IncidentsStore {
  status: 'loading' | 'ready' | 'error';
  incidents: IncidentMsg[];
  settings: RoomSettings | null;
  announcement: string;
  load(): Promise<void>;
  remove(id: string): Promise<boolean>;
  setBreakReminder(on: boolean): Promise<void>;
}

export const useIncidents = create<IncidentsStore>((set, get) => ({
  status: 'loading',
  incidents: [],
  settings: null,
  announcement: '',
  async load() {
    const [raw, settings] = await Promise.all([
      roomTransport().listIncidents().catch(() => null),
      roomTransport().readSettings().catch(() => null),
    ]);
    const parsed = IncidentListSchema.safeParse(raw);
    set({
      status: parsed.success ? 'ready' : 'error',
      incidents: parsed.success ? [...parsed.data].sort((a, b) => b.at - a.at) : [],
      settings: settings ?? { breakReminder: true },
    });
  },
  async remove(id) {
    const res = await roomTransport().deleteIncident(id).catch(() => ({ ok: false }));
    if (!res.ok) {
      set({ announcement: t('incidentsDeleteFailed') });
      return false;
    }
    set({ incidents: get().incidents.filter((i) => i.id !== id), announcement: t('incidentsDeleted') });
    return true;
  },
  async setBreakReminder(on) {
    const next = { ...(get().settings ?? { breakReminder: true }), breakReminder: on };
    set({ settings: next });
    await roomTransport().writeSettings(next).then(
      () => set({ announcement: t('incidentsBreakSaved') }),
      () => set({ announcement: t('roomSaveFailed') }),
    );
  },
}));

/** The incident log as CSV for the team lead (RFC 4180; formula-like cells neutralised by `toCsv`). */
export function incidentsToCsv(incidents: readonly IncidentMsg[]): string {
  const rows: string[][] = [['time', 'category', 'conversation', 'link', 'helpdesk', 'note']];
  for (const i of incidents) rows.push([new Date(i.at).toISOString(), i.category, i.conversationKey, i.link, i.helpdesk, i.note]);
  return toCsv(rows);
}

