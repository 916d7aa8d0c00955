import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

/** Opens the first-run page in a tab (from the popup, the options, or at install). */
export function openWelcome(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}
