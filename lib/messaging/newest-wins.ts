import type { Keyed } from '../keyed';

/** What a task that was never run resolves to: a newer one for the same key took its place. */
export const DROPPED: unique symbol = Symbol('dropped');

/**
 * One task in flight per key (a tab's frame), the newest wins: a task that arrives while another
 * runs waits, and takes the place of any task already waiting, which is dropped (never run; it
 * resolves to DROPPED). However fast a page makes its tab ask, the background runs at most one
 * lint for it at a time and only the latest of those that piled up meanwhile. A running task is
 * told, through `superseded()`, when a newer one came in (it may then stop early).
 */
export function newestWins(): <R>(
  key: string,
  task: (superseded: () => boolean, whenSuperseded: Promise<void>) => Promise<R> | R,
) => Promise<R | typeof DROPPED> {
  const slots = new Map<string, { waiting: ((run: boolean) => void) | null; wake: (() => void) | null }>();
  return async (key, task) => {
    let slot = slots.get(key);
    if (slot) {
      const s = slot;
      s.waiting?.(false);
      s.wake?.();
      if (!(await new Promise<boolean>((resolve) => (s.waiting = resolve)))) return DROPPED;
    } else {
      slot = { waiting: null, wake: null };
      slots.set(key, slot);
    }
    const mine = slot;
    const whenSuperseded = new Promise<void>((resolve) => (mine.wake = resolve));
    try {
      return await task(() => mine.waiting !== null, whenSuperseded);
    } finally {
      mine.wake = null;
      const next = mine.waiting;
      mine.waiting = null;
      if (next) next(true);
      else slots.delete(key);
    }
  };
}

/**
 * How long a page-caused lint of a tab waits after the last one: four times what that one cost, so
 * the lints a page causes by itself (focus by script, address changes, execCommand) take at most a
 * fifth of the background's time however it floods; the rep's own lints never wait. A lint's cost
 * counts up to MAX_COUNTED_MS (the first lint after a compile is slow once, not the page's doing):
 * no page-caused lint waits more than 200 ms. Each key's clock is kept in `readyAt` (the
 * background keeps it in the tab's record).
 */
const MAX_COUNTED_MS = 50;
export function pageLintPacer<K = string>(share = 0.2, now: () => number = () => performance.now(), readyAt: Keyed<K, number> = new Map<K, number>()) {
  return {
    /** Milliseconds the next page-caused lint of `key` should wait. */
    wait: (key: K): number => Math.max(0, (readyAt.get(key) ?? 0) - now()),
    /** A page-caused lint of `key` took `ms`. */
    spent: (key: K, ms: number): void => void readyAt.set(key, now() + (Math.min(ms, MAX_COUNTED_MS) * (1 - share)) / share),
    forget: (key: K): void => void readyAt.delete(key),
  };
}
