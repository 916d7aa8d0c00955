import { browser } from 'wxt/browser';
import { openWelcome } from '@/lib/welcome';

/** The first run: the welcome page opens once, when Heard is installed (not on an update, a
 * browser update or a reload of the extension). */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcome().catch(() => {});
  });
}
