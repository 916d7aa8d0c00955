/**
 * The panel's place: the popup opens or closes the framed panel in its tab, the panel asks to move,
 * collapse or resize itself. The background remembers the place per site and tells the tab's
 * content script, which alone knows the page's layout.
 */
import { sendMessage, type Dock } from '@/lib/messaging';
import { transport } from './transport';

export const dockTransport = transport({
  dock: (tabId: number, change: Dock) => sendMessage('ui:dock', { tabId, ...change }),
  toggle: (tabId: number) => sendMessage('ui:togglePanel', { tabId }),
});

/** Asks for a change of the framed panel's place (nothing when the panel does not know its tab). */
export function askDock(tabId: number | null, change: Dock): void {
  if (tabId != null) void dockTransport().dock(tabId, change).catch(() => {});
}

/** Opens or closes the framed panel in the tab. */
export const togglePanel = (tabId: number): Promise<{ ok: boolean }> => dockTransport().toggle(tabId).catch(() => ({ ok: false }));
