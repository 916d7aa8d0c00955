import type { TabState } from '@/lib/messaging';

/** The panel's callbacks section for the open ticket: its promises, its note, quick add. */
export function TicketCallbacks(_props: { tab: TabState | null; tabId: number | null }) {
  return null;
}
