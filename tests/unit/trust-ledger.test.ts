// Only the rep's own actions count (issue 14): "shown" counts and the same-day reminder follow
// lints the rep's trusted input caused, never the ones a page caused.
import { expect, test } from 'vitest';
import { createTrustLedger } from '@/entrypoints/background/trust';

const h = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (r: { shown: { id: string }[] }) => r.shown.map((x) => x.id);

test('a page-caused lint counts nothing and starts no activity', () => {
  const t = createTrustLedger();
  expect(t.note(1, 'demo:1', h('a', 'b'), false)).toEqual({ shown: [], firstActivity: false });
  // The page cycling its ticket id: still nothing.
  for (let i = 2; i < 20; i++) expect(t.note(1, `demo:${i}`, h('a'), false)).toEqual({ shown: [], firstActivity: false });
});

test('the rep\'s first lint in a conversation is its first activity; a hint counts once while it stays', () => {
  const t = createTrustLedger();
  let r = t.note(1, 'demo:1', h('a'), true);
  expect(r.firstActivity).toBe(true);
  expect(ids(r)).toEqual(['a']);
  r = t.note(1, 'demo:1', h('a', 'b'), true);
  expect(r.firstActivity).toBe(false);
  expect(ids(r)).toEqual(['b']);
  // A page-caused lint between (focus, a changed thread) neither counts nor resets what was counted.
  expect(ids(t.note(1, 'demo:1', h('c'), false))).toEqual([]);
  expect(ids(t.note(1, 'demo:1', h('a', 'b'), true))).toEqual([]);
  // Gone and back by the rep's typing: shown again.
  expect(ids(t.note(1, 'demo:1', h('b'), true))).toEqual([]);
  expect(ids(t.note(1, 'demo:1', h('a', 'b'), true))).toEqual(['a']);
});

test('another conversation, another tab, a closed tab', () => {
  const t = createTrustLedger();
  t.note(1, 'demo:1', h('a'), true);
  expect(t.note(1, 'demo:2', h('a'), true)).toEqual({ shown: h('a'), firstActivity: true });
  expect(t.note(2, 'demo:2', h('a'), true)).toEqual({ shown: h('a'), firstActivity: true });
  t.forget(1);
  expect(t.note(1, 'demo:2', h('a'), true).firstActivity).toBe(true);
});
