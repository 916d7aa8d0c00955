// Bounded work whatever a page holds (issue 14): what the content script cuts, what the background's
// schema refuses, and the lint gate that runs one lint per tab at a time, the newest winning.
import { expect, test } from 'vitest';
import { SCHEMAS } from '@/lib/messaging';
import { capThread, DRAFT_MAX, THREAD_MAX, THREAD_MESSAGES, threadChars } from '@/lib/messaging/limits';
import { DROPPED, newestWins, pageLintPacer } from '@/lib/messaging/newest-wins';

const msg = (text: string, role: 'customer' | 'agent' = 'customer') => ({ role, text });

test('the thread keeps its newest messages up to THREAD_MAX characters; the one cut keeps its end', () => {
  const old = msg('o'.repeat(60_000));
  const mid = msg(`${'a'.repeat(30_000)}TAIL`, 'agent');
  const newest = msg('n'.repeat(80_000));
  const cut = capThread([old, mid, newest]);
  expect(threadChars(cut)).toBe(THREAD_MAX);
  expect(cut).toHaveLength(2);
  expect(cut[1]).toBe(newest);
  expect(cut[0]).toEqual({ role: 'agent', text: `${'a'.repeat(19_996)}TAIL` });
  // A small thread is passed as it is; a long one keeps its last THREAD_MESSAGES messages.
  const small = [msg('hi'), msg('hello', 'agent')];
  expect(capThread(small)).toEqual(small);
  const many = Array.from({ length: 80 }, (_, i) => msg(`m${i}`));
  expect(capThread(many)).toEqual(many.slice(-THREAD_MESSAGES));
  // One message larger than the whole budget: its end, alone.
  expect(capThread([msg('x'), msg(`${'y'.repeat(THREAD_MAX + 5)}END`)])).toEqual([msg(`${'y'.repeat(THREAD_MAX - 3)}END`)]);
});

test('the lint schema refuses a draft or a thread past the caps, and carries whether the rep typed', () => {
  const lint = SCHEMAS['cs:lint'];
  const ok = { site: 'demo', ticket: null, draft: 'x'.repeat(DRAFT_MAX), thread: [msg('x'.repeat(50_000)), msg('y'.repeat(50_000))] };
  expect(lint.safeParse(ok).success).toBe(true);
  expect(lint.safeParse({ ...ok, draft: 'x'.repeat(DRAFT_MAX + 1) }).success).toBe(false);
  expect(lint.safeParse({ ...ok, thread: [...ok.thread, msg('z')] }).success).toBe(false);
  // What the issue measured: a 100,000-character draft and 50 messages of 100,000 characters.
  expect(lint.safeParse({ ...ok, draft: 'x'.repeat(100_000) }).success).toBe(false);
  expect(lint.safeParse({ ...ok, thread: Array.from({ length: 50 }, () => msg('x'.repeat(100_000))) }).success).toBe(false);
  expect(lint.safeParse({ ...ok, trusted: true }).success).toBe(true);
  expect(lint.safeParse({ ...ok, trusted: 'yes' }).success).toBe(false);
  // What the content script sends, cut, always passes.
  const huge = { site: 'demo', ticket: null, draft: 'd'.repeat(300_000).slice(0, DRAFT_MAX), thread: capThread(Array.from({ length: 60 }, () => msg('t'.repeat(100_000)))) };
  expect(lint.safeParse(huge).success).toBe(true);
});

/** A task that resolves when told to, recording that it ran. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

test('one lint in flight per key: of those that wait, only the newest runs; the others are dropped unrun', async () => {
  const once = newestWins();
  const ran: string[] = [];
  const first = gate();
  const a = once('tab1:0', async () => {
    ran.push('a');
    await first.opened;
    return 'A';
  });
  const b = once('tab1:0', () => (ran.push('b'), 'B'));
  const c = once('tab1:0', () => (ran.push('c'), 'C'));
  const d = once('tab1:0', () => (ran.push('d'), 'D'));
  // Another tab is not held up by this one.
  expect(await once('tab2:0', () => (ran.push('other'), 'O'))).toBe('O');
  expect(ran).toEqual(['a', 'other']);
  first.open();
  expect(await Promise.all([a, b, c, d])).toEqual(['A', DROPPED, DROPPED, 'D']);
  expect(ran).toEqual(['a', 'other', 'd']);
  // Free again: the next one runs at once.
  expect(await once('tab1:0', () => 'E')).toBe('E');
});

test('a lint that throws frees its tab for the next one', async () => {
  const once = newestWins();
  const first = gate();
  const a = once('t', async () => {
    await first.opened;
    throw new Error('boom');
  });
  const b = once('t', () => 'B');
  first.open();
  await expect(a).rejects.toThrow('boom');
  expect(await b).toBe('B');
  expect(await once('t', () => 'C')).toBe('C');
});

test('a running lint is told when a newer one came in for its key', async () => {
  const once = newestWins();
  const first = gate();
  const seen: boolean[] = [];
  const a = once('t', async (superseded) => {
    seen.push(superseded());
    await first.opened;
    seen.push(superseded());
    return 'A';
  });
  const b = once('t', (superseded) => (seen.push(superseded()), 'B'));
  first.open();
  expect(await Promise.all([a, b])).toEqual(['A', 'B']);
  expect(seen).toEqual([false, true, false]);
});

test('page-caused lints of a tab take at most a fifth of the time: each waits four times what the last cost', () => {
  let now = 1000;
  const pace = pageLintPacer(0.2, () => now);
  expect(pace.wait('1:0')).toBe(0);
  pace.spent('1:0', 50);
  expect(pace.wait('1:0')).toBe(200);
  expect(pace.wait('2:0')).toBe(0); // another tab is not held
  now += 150;
  expect(pace.wait('1:0')).toBe(50);
  now += 100;
  expect(pace.wait('1:0')).toBe(0);
  pace.spent('1:0', 500); // a cold first lint counts as 50 ms: no page-caused lint waits over 200 ms
  expect(pace.wait('1:0')).toBe(200);
  pace.forget('1:0');
  expect(pace.wait('1:0')).toBe(0);
});

test('a waiting page-caused lint is woken at once when a newer lint comes in', async () => {
  const once = newestWins();
  let woke = false;
  const a = once('t', async (superseded, whenSuperseded) => {
    await Promise.race([new Promise((r) => setTimeout(r, 60_000)), whenSuperseded]);
    woke = superseded();
    return woke ? DROPPED : 'A';
  });
  const b = once('t', () => 'B');
  expect(await Promise.all([a, b])).toEqual([DROPPED, 'B']);
  expect(woke).toBe(true);
});
