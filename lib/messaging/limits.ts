/**
 * How much a page can make Heard read per lint (issue 14: a hostile page sent 5 MB per lint and
 * stalled the background for every tab). The content script cuts what it reads to these sizes and
 * the background's schema refuses anything larger, so a page gains nothing by going around the
 * content script's cut.
 */

/** Characters of draft linted: ~3,000 words, far beyond any reply (the rest is not linted). */
export const DRAFT_MAX = 20_000;
/** Characters of thread in all, newest messages first. Tone reads the last 5 customer messages of it. */
export const THREAD_MAX = 100_000;
/** Messages of thread. */
export const THREAD_MESSAGES = 50;

/**
 * The newest messages of a thread that fit in `max` characters in all (newest last, as read):
 * the oldest message that fits only in part keeps its end, the part nearest the newer ones.
 */
export function capThread<T extends { text: string }>(thread: readonly T[], max = THREAD_MAX): T[] {
  const out: T[] = [];
  for (let i = thread.length - 1, room = max; i >= 0 && room > 0 && out.length < THREAD_MESSAGES; i--) {
    const m = thread[i]!;
    out.unshift(m.text.length > room ? { ...m, text: m.text.slice(-room) } : m);
    room -= m.text.length;
  }
  return out;
}

/** Characters of thread text in all. */
export const threadChars = (thread: readonly { text: string }[]): number => thread.reduce((n, m) => n + m.text.length, 0);
