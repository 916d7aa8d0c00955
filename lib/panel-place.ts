import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { defineSetting } from './settings/define';

/** Where the panel opens by default: framed beside the page ('page') or in the browser's side
 * panel / Firefox sidebar ('side'). The rep's choice in the options (storage.local). */
export const PanelPlaceSchema = z.enum(['page', 'side']);
export type PanelPlace = z.infer<typeof PanelPlaceSchema>;
export const panelPlaceSetting = defineSetting('panelPlace', PanelPlaceSchema, () => 'page' as const, { version: 1 });

export const getPanelPlace = (): Promise<PanelPlace> => panelPlaceSetting.get();
export const setPanelPlace = (place: PanelPlace): Promise<void> => panelPlaceSetting.set(place);

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
