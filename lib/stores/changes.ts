import { receive, type ChangeTopic } from '@/lib/messaging';

/**
 * The one channel on which an extension page hears that something it shows changed
 * (push:changed from the background): stores subscribe to a topic and ask again. One listener per
 * page, however many stores listen (a message type takes one handler per page).
 */
const subscribers = new Map<ChangeTopic, Set<() => void>>();
let stop: (() => void) | null = null;

export function onChange(what: ChangeTopic, fn: () => void): () => void {
  try {
    stop ??= receive('push:changed', ({ what: topic }) => {
      for (const cb of [...(subscribers.get(topic) ?? [])]) cb();
    });
  } catch {
    // No extension messaging here (a page opened outside the extension): nothing will be pushed.
    return () => {};
  }
  const set = subscribers.get(what) ?? new Set();
  subscribers.set(what, set.add(fn));
  let done = false;
  return () => {
    if (done) return;
    done = true;
    set.delete(fn);
    if ([...subscribers.values()].every((s) => s.size === 0)) {
      stop?.();
      stop = null;
    }
  };
}
