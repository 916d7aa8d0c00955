import { browser } from 'wxt/browser';
import { z } from 'zod';
import { answerAfter, receive, sendMessage, type BackgroundMessage } from '@/lib/messaging';
import { registerCallbacks } from './callbacks';
import { registerPacks } from './packs';
import { registerData } from './data';
import { registerPolicy } from './policy';
import { registerPolicyPacks } from './policy-packs';
import { registerSites } from './sites';
import { sidePanelPreferred, watchPanelPlace } from './dock';
import { registerFirstRun } from './welcome';
import { openSidePanel } from '@/lib/panel-place';
import { i18nReady } from '@/lib/i18n-files';
import { readSelfCheck, readTabState, registerTabs } from './tabs';
import { registerPanelViews } from './panel-view';
import { roomViewOf } from './room';
import { getDb } from './db';
import { handlerTables } from './handlers';

/**
 * The background owns what must outlive a page and stay in the extension's origin: packs, the
 * database, alarms and notifications, and the per-tab state the panel shows. It keeps nothing in
 * module variables that it cannot rebuild: a Chrome service worker is stopped when idle.
 */
export default defineBackground(() => {
  // Extension pages forbid eval by CSP: tell zod not to even try its compiled fast path.
  z.config({ jitless: true });
  // The strings the background sends never go blank (see loadMessageFiles): nothing answers before them.
  answerAfter(i18nReady());
  // Per-tab state and the panels' one view of their tab (tabs.ts; built in panel-view.ts).
  registerTabs(registerPanelViews({ db: getDb, tab: readTabState, room: roomViewOf, selfCheck: readSelfCheck }));
  // The browser policy first: packs, rule locks and reminder settings wait for its first read.
  registerPolicy();
  const packsReady = registerPacks();
  // The organisation's packs, installed once the packs are loaded (and again when the policy changes).
  void registerPolicyPacks(packsReady);
  registerCallbacks();
  registerData();
  const sites = registerSites();
  watchPanelPlace();
  registerFirstRun();

  // Every message the background answers: one handler table per area (handlers.ts), one loop.
  for (const table of Object.values(handlerTables({ packsReady, sites }))) {
    for (const [name, handler] of Object.entries(table)) receive(name as BackgroundMessage, handler as never);
  }

  browser.commands.onCommand.addListener(async (command, from) => {
    if (command !== 'toggle-panel') return;
    // The rep made the browser's side panel the default (options): opened in the command's own handler.
    if (sidePanelPreferred() && from?.id != null && (await openSidePanel(from.id))) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id != null) await sendMessage('tab:togglePanel', {}, tab.id).catch(() => {});
  });
});
