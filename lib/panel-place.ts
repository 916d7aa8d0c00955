import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

/** Where the panel opens by default: framed beside the page ('page') or in the browser's side
 * panel / Firefox sidebar ('side'). The rep's choice in the options (storage.local). */
export const PanelPlaceSchema = z.enum(['page', 'side']);
export type PanelPlace = z.infer<typeof PanelPlaceSchema>;
const KEY = 'panelPlace';

export async function getPanelPlace(): Promise<PanelPlace> {
  const parsed = PanelPlaceSchema.safeParse((await browser.storage.local.get(KEY).catch(() => ({})) as Record<string, unknown>)[KEY]);
  return parsed.success ? parsed.data : 'page';
}

export function setPanelPlace(place: PanelPlace): Promise<void> {
  return browser.storage.local.set({ [KEY]: place });
}

type SidePanelApi = { open(o: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/** Opens the browser's side panel (Chrome) or sidebar (Firefox) for a tab. Must run in a user
 * action's handler (a click, a keyboard command). Resolves false where there is none. */
export async function openSidePanel(tabId: number): Promise<boolean> {
  const b = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  try {
    if (b.sidePanel) await b.sidePanel.open({ tabId });
    else if (b.sidebarAction) await b.sidebarAction.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}
