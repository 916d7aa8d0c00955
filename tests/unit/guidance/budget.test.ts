// Bounded work (issue 14, point 2): a lint returns within its budget whatever the packs; a rule
// that overruns its share is reported, and skipped once suspended.
import { compile } from '../../../lib/guidance/compile';
import { defaultPack } from '../../../lib/guidance/default-pack';
import { lint, newBudget } from '../../../lib/guidance/engine';
import { generatePack } from '../../fixtures/packs/generated';
import { pack, rule } from './helpers';

/** A clock that advances by `cost(ruleIndex)` ms each time the engine looks at it. */
function fakeClock(steps: number[]): () => number {
  let now = 0;
  let i = 0;
  return () => {
    now += steps[i++] ?? 0;
    return now;
  };
}

const three = pack('t', [
  rule({ id: 'a', kind: 'phrases', phrases: ['alpha'] }),
  rule({ id: 'b', kind: 'phrases', phrases: ['beta'] }),
  rule({ id: 'c', kind: 'phrases', phrases: ['gamma'] }),
]);

test('a rule that takes longer than its share is reported with its time', () => {
  const c = compile([three]);
  // Clock reads: start, before a, before b (a took 1), before c (b took 30), end (c took 1).
  const budget = newBudget(50, 10, new Set(), fakeClock([0, 0, 1, 30, 1]));
  const hints = lint(c, { draft: 'alpha beta gamma', thread: [], context: {} }, budget);
  expect(hints.map((h) => h.ruleId).sort()).toEqual(['a', 'b', 'c']);
  expect(budget.overran).toEqual([{ id: 't/b', ms: 30 }]);
  expect(budget.cut).toBe(false);
});

test('past the whole budget the remaining rules are left out of this lint', () => {
  const c = compile([three]);
  const budget = newBudget(50, 10, new Set(), fakeClock([0, 0, 60, 0]));
  const hints = lint(c, { draft: 'alpha beta gamma', thread: [], context: {} }, budget);
  expect(hints.map((h) => h.ruleId)).toEqual(['a']);
  expect(budget.cut).toBe(true);
  expect(budget.overran).toEqual([{ id: 't/a', ms: 60 }]);
});

test('a suspended rule does not run', () => {
  const c = compile([three]);
  const budget = newBudget(50, 10, new Set(['t/b']));
  expect(lint(c, { draft: 'alpha beta gamma', thread: [], context: {} }, budget).map((h) => h.ruleId).sort()).toEqual(['a', 'c']);
  // Without a budget (pack self-tests, pack:check) every rule runs.
  expect(lint(c, { draft: 'alpha beta gamma', thread: [], context: {} }).length).toBe(3);
});

/** Park–Miller, so a failure can be replayed from its seed. */
function rng(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const VOCAB = [
  ...'I will call you tomorrow about the refund policy we cannot do that unfortunately sorry for the inconvenience router invoice order number account please send details'.split(
    ' ',
  ),
  "I'll",
  "can't",
  'ASAP!!!',
  'ORDER-12345',
  '—',
  '...',
  '\n',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  '                    ',
  '1234567890123456789',
];

test('property: random drafts up to 20,000 characters, default pack + a 1,000-rule pack, stay within the budget', () => {
  const c = compile([defaultPack, generatePack(1000)]);
  const seed = 20261206;
  const next = rng(seed);
  const times: number[] = [];
  // The first lint after a compile pays V8's lazy RegExp compilation (the background does not count it either).
  const warm = VOCAB.join(' ').repeat(20);
  for (let k = 0; k < 3; k++) lint(c, { draft: warm + String(k), thread: [{ role: 'customer', text: warm }], context: { customerTone: 'angry' } });
  for (let k = 0; k < 40; k++) {
    const len = Math.floor(next() * 20_000);
    const words: string[] = [];
    let n = 0;
    while (n < len) {
      const w = VOCAB[Math.floor(next() * VOCAB.length)]!;
      words.push(w);
      n += w.length + 1;
    }
    const draft = words.join(' ').slice(0, len);
    const thread = [{ role: 'customer' as const, text: draft.slice(0, 5000) }];
    // ruleMs 0: every rule reports its own time, so the longest single rule is known. A busy
    // machine (or a GC pause) can stop the process inside any lint: each draft is linted three
    // times and the best run is judged (a lint that is really slow is slow every time).
    const runs: { took: number; slack: number; longest: number }[] = [];
    for (let r = 0; r < 3; r++) {
      const budget = newBudget(50, 0, new Set());
      const t = performance.now();
      lint(c, { draft: `${draft} `.slice(0, len + r), thread, context: { customerTone: 'angry' } }, budget);
      const took = performance.now() - t;
      const longest = Math.max(0, ...budget.overran.map((o) => o.ms));
      runs.push({ took, slack: took - 50 - longest, longest });
    }
    const took = Math.min(...runs.map((x) => x.took));
    times.push(took);
    const longest = Math.min(...runs.map((x) => x.longest));
    const slack = Math.min(...runs.map((x) => x.slack));
    // The engine stops at the deadline; it cannot stop a rule midway, so the bound is the budget
    // plus the rule running at the deadline, and no single rule may take the budget by itself.
    expect({ seed, k, len, deadlineHeld: slack <= 10, longestUnder50: longest < 50 }).toEqual({
      seed,
      k,
      len,
      deadlineHeld: true,
      longestUnder50: true,
    });
  }
  times.sort((a, b) => a - b);
  console.log(`budget property: median ${times[20]!.toFixed(2)} ms, max ${times[39]!.toFixed(2)} ms over 40 drafts (seed ${seed})`);
});
