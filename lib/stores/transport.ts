/**
 * How a store reaches the background: by default its messaging calls (lib/messaging's
 * `sendMessage`); a test swaps them for fakes without a browser (`x.set(fake)`; `x.set()` puts
 * the messaging calls back). The stores call `x()` at each use, so a swap takes effect at once.
 * Components never send messages themselves (eslint.config.js): they call the stores.
 */
export interface Transport<T extends object> {
  (): T;
  set(next?: T): void;
}

export function transport<T extends object>(messaging: T): Transport<T> {
  let current = messaging;
  return Object.assign(() => current, {
    set(next: T = messaging): void {
      current = next;
    },
  });
}

/** An error as a short text (what a failed message says to the rep). */
export const errorText = (e: unknown): string => String(e);
