// The background's side of the panel's one channel, for component tests that render the panel's
// sections against the real background handlers: the panel's view of tab 7 is built by the
// background's own builder (entrypoints/background/panel-view.ts) from the test's database and
// pushed through the panel store's parse, on show and after every change, as tabs.ts does.
import { act } from '@testing-library/react';
import type { HeardDB } from '@/lib/db';
import type { TabState } from '@/lib/messaging';
import { panelViews } from '@/entrypoints/background/panel-view';
import { usePanel } from '@/lib/stores/panel';

export function fakePanelBackground(db: () => HeardDB, tabId = 7) {
  let tab: TabState | null = null;
  let seq = 0;
  const push = async (): Promise<void> => {
    const mine = ++seq;
    const view = await panelViews({ db, tab: async () => tab, room: async () => null }).build(tabId);
    // An older build finishing late is not sent (tabs.ts does the same).
    if (mine === seq) act(() => usePanel.getState().receive(view));
  };
  return {
    /** The tab's state changed (a lint, another ticket): its view is pushed. */
    show(next: TabState | null): Promise<void> {
      tab = next;
      return push();
    },
    /** Callbacks or notes changed (the handlers' broadcast): the view is pushed again. */
    changed(): void {
      void push();
    },
  };
}
