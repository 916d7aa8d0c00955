/**
 * The one owner of per-tab state in the background (issue 16, point 2): what the panel of each tab
 * shows (its lint: hints, tone, ticket), the panels subscribed to it, and the clean-up when a tab
 * closes. Other areas keep their own per-tab memory (the room, the trust ledger, the pacer) but
 * forget it here, through `onTabGone`, so a closed tab is cleaned up in one place.
 *
 * The newest state lives in memory first and is pushed to the tab's panels at once; storage.session
 * holds the copy that outlives a stopped service worker, written after (no caller waits for it).
 */
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, PanelSubscribeSchema, senderIs, TabStateSchema, type PanelPush, type TabState } from '@/lib/messaging';

const tabKey = (tabId: number): string => `tab:${tabId}`;

const latest = new Map<number, TabState>();
const panels = new Map<Browser.runtime.Port, number | null>();
const goneHooks: ((tabId: number) => void)[] = [];

function push(tabId: number, tab: TabState | null): void {
  for (const [port, id] of panels) if (id === tabId) port.postMessage({ type: 'state', tabId, tab } satisfies PanelPush);
}

/** The tab's state: memory first, else the copy in storage.session (parsed: a boundary). */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const known = latest.get(tabId);
  if (known) return known;
  const raw = (await browser.storage.session.get(tabKey(tabId)).catch(() => ({}) as Record<string, unknown>))[tabKey(tabId)];
  // Something newer may have arrived while storage was being read.
  const newer = latest.get(tabId);
  if (newer) return newer;
  const parsed = TabStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Sets the tab's state and pushes it to its panels now; the storage copy follows (returned for
 * the few callers that must know it is written, such as tests). */
export function writeTabState(tabId: number, state: TabState): Promise<void> {
  latest.set(tabId, state);
  push(tabId, state);
  return browser.storage.session.set({ [tabKey(tabId)]: state }).catch(() => {});
}

/** Changes the tab's stored state (no-op when it has none); resolves with the state before. */
export async function updateTabState(tabId: number, change: (s: TabState) => TabState): Promise<TabState | null> {
  const stored = await readTabState(tabId);
  if (stored) void writeTabState(tabId, change(stored));
  return stored;
}

/** Runs `forget(tabId)` when a tab closes (one listener for every area). */
export function onTabGone(forget: (tabId: number) => void): void {
  goneHooks.push(forget);
}

/** The panels' port and the clean-up of closed tabs. Once, at the background's start. */
export function registerTabs(): void {
  // Panels subscribe over a port; the tab's state is pushed as it changes.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT || !port.sender || !(senderIs('extension-page', port.sender) || senderIs('panel', port.sender))) {
      port.disconnect();
      return;
    }
    const framedIn = port.sender.tab?.id ?? null;
    port.onMessage.addListener(async (raw: unknown) => {
      const msg = PanelSubscribeSchema.safeParse(raw);
      if (!msg.success) return;
      // A framed panel belongs to the tab framing it; only the side panel may name a tab.
      const tabId = framedIn ?? msg.data.tabId ?? null;
      panels.set(port, tabId);
      const tab = tabId == null ? null : await readTabState(tabId);
      port.postMessage({ type: 'state', tabId, tab } satisfies PanelPush);
    });
    port.onDisconnect.addListener(() => panels.delete(port));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    latest.delete(tabId);
    void browser.storage.session.remove(tabKey(tabId)).catch(() => {});
    for (const forget of goneHooks) {
      try {
        forget(tabId);
      } catch {
        // One area's clean-up failing must not keep the others from theirs.
      }
    }
  });
}
