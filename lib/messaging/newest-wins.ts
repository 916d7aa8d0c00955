/** What a task that was never run resolves to: a newer one for the same key took its place. */
export const DROPPED: unique symbol = Symbol('dropped');

/**
 * One task in flight per key (a tab's frame), the newest wins: a task that arrives while another
 * runs waits, and takes the place of any task already waiting, which is dropped (never run; it
 * resolves to DROPPED). However fast a page makes its tab ask, the background runs at most one
 * lint for it at a time and only the latest of those that piled up meanwhile.
 */
export function newestWins(): <R>(key: string, task: () => Promise<R> | R) => Promise<R | typeof DROPPED> {
  const slots = new Map<string, { waiting: ((run: boolean) => void) | null }>();
  return async (key, task) => {
    let slot = slots.get(key);
    if (slot) {
      const s = slot;
      s.waiting?.(false);
      if (!(await new Promise<boolean>((resolve) => (s.waiting = resolve)))) return DROPPED;
    } else {
      slot = { waiting: null };
      slots.set(key, slot);
    }
    try {
      return await task();
    } finally {
      const next = slot.waiting;
      slot.waiting = null;
      if (next) next(true);
      else slots.delete(key);
    }
  };
}
