import { browser } from 'wxt/browser';
import { sendMessage, type HandlerTable } from '@/lib/messaging';
import { getPanelPlace, type PanelPlace } from '@/lib/panel-place';
import { siteDock } from '@/lib/settings/dock';
import { tabPart } from './tabs';

const hostOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
};

/** The framed panel's place (side, width, collapsed), remembered per site: the panel page asks for
 * a change, the tab's content script (which alone knows the page's layout) places the frame. The
 * site is the content script's page (the background may not read a tab's address): the change
 * waits in the tab's record (tabs.ts) for the content script's next cs:dock, which tab:dock asks
 * for at once. */
const pending = tabPart('dock');
export const dockHandlers = {
  async 'cs:dock'(_, sender) {
    const host = hostOf(sender.url);
    if (!host) return {};
    const tabId = sender.tab?.id ?? -1;
    const change = pending.get(tabId);
    const dock = await siteDock(host).get();
    if (!change) return dock;
    pending.delete(tabId);
    const { f, ...next } = { ...dock, ...change };
    await siteDock(host).set(next);
    return f ? { ...next, f } : next;
  },
  async 'ui:dock'({ tabId, ...change }) {
    pending.set(tabId, { ...pending.get(tabId), ...change });
    await sendMessage('tab:dock', {}, tabId).catch(() => {});
  },
} satisfies HandlerTable;

/** The rep's default place for the panel (options), kept at hand: the side panel opens only within
 * the keyboard command's own handler, with no storage read in between. Rebuilt at every start. */
let place: PanelPlace = 'page';
export function watchPanelPlace(): void {
  void getPanelPlace().then((p) => (place = p));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'panelPlace' in changes) void getPanelPlace().then((p) => (place = p));
  });
}
export const sidePanelPreferred = (): boolean => place === 'side';

/** This area's handler table, collected by handlers.ts. */
export const handlers: HandlerTable = dockHandlers;
