import { useEffect } from 'react';
import { create } from 'zustand';
import { sendMessage, type PolicyStatusMsg } from '@/lib/messaging';
import { onChange } from './changes';
import { transport } from './transport';

/** What the page shows before the background answered, or when it can't: nothing is managed. */
export const NO_POLICY_STATUS: PolicyStatusMsg = {
  managed: false,
  problems: [],
  packUrls: [],
  packs: [],
  lockedRules: [],
  disallowPersonalPacks: false,
  reminders: {},
};

/**
 * The browser policy as extension pages see it: asked of the background (`ui:policy:get`) and
 * asked again when it says the policy changed (push:changed, `onChange`); sections that ask at the
 * same time share one question.
 */
interface PolicyStore {
  /** null until the background answered. */
  status: PolicyStatusMsg | null;
  load(): Promise<PolicyStatusMsg>;
  /** Listens for policy changes while at least one caller listens; returns what stops it. */
  listen(): () => void;
}

/** The stores' one swappable transport (lib/stores/transport.ts). */
export const policyTransport = transport({
  get: () => sendMessage('ui:policy:get', {}),
});

let inflight: Promise<PolicyStatusMsg> | null = null;

export const usePolicyStore = create<PolicyStore>((set, get) => ({
  status: null,
  load() {
    // Several sections mount at once: one question to the background.
    inflight ??= policyTransport()
      .get()
      .catch(() => NO_POLICY_STATUS)
      .then((status) => {
        inflight = null;
        set({ status: status ?? NO_POLICY_STATUS });
        return get().status!;
      });
    return inflight;
  },
  listen() {
    return onChange('policy', () => void get().load());
  },
}));

/** The policy for a component: loaded on mount and kept current. null while loading. */
export function usePolicy(): PolicyStatusMsg | null {
  const status = usePolicyStore((s) => s.status);
  useEffect(() => {
    const { load, listen } = usePolicyStore.getState();
    void load();
    return listen();
  }, []);
  return status;
}
