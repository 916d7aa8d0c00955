import { create } from 'zustand';
import type { HintMsg } from '@/lib/messaging';

/** Callbacks as the panel and popup see them. (Filled in by the callbacks work.) */
interface CallbacksStore {
  /** A hint's "Log this promise": open the form pre-filled from the promise in the draft. */
  draftPromise: { hint: HintMsg } | null;
  startFromHint(hint: HintMsg): void;
}

export const useCallbacks = create<CallbacksStore>((set) => ({
  draftPromise: null,
  startFromHint(hint) {
    set({ draftPromise: { hint } });
  },
}));
