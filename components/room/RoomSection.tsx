import type { TabState } from '@/lib/messaging';

/** The panel's "reading the room" section: tone badge, de-escalation checklist, boundary card. */
export function RoomSection(_props: { tab: TabState | null; tabId: number | null }) {
  return null;
}
