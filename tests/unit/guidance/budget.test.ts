// Bounded work (issue 14, point 2): a lint returns within its budget whatever the packs; a rule
// that overruns its share is reported, and skipped once suspended.
import { compile } from '../../../lib/guidance/compile';
import { defaultPack } from '../../../lib/guidance/default-pack';
import { lint, lintDone, lintHints, lintPart, newBudget, type LintPart } from '../../../lib/guidance/engine';
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

test('a lint cut for time is taken up where it stopped: slice by slice, the same cards as one whole lint', () => {
  const c = compile([defaultPack]);
  const drafts = [
    "Dear customer, as I said, per our policy we can't refund opened items. Obviously you should have read the terms. Please calm down.",
    "I don't know yet, but I'll call you tomorrow. Unfortunately we can't do that, it's our policy.",
    'Hi Ana, thanks for waiting. Your refund went out today and should reach your card by Friday.',
  ];
  for (const draft of drafts) {
    const input = { draft, thread: [], context: {} };
    const whole = lint(c, input);
    for (const per of [1, 3, 7]) {
      // Every clock read 1 ms on: a budget of `per` ms covers about `per` rules.
      let t = 0;
      let part: LintPart | undefined;
      let slices = 0;
      do {
        const budget = newBudget(per, 1000, new Set(), () => (t += 1));
        const before = part?.next ?? 0;
        part = lintPart(c, input, budget, part);
        slices++;
        // Each slice goes on: at least one rule, never past the budget by more than one rule.
        expect(part.next).toBeGreaterThan(before);
        expect(part.next - before).toBeLessThanOrEqual(per + 1);
        expect(budget.cut).toBe(!lintDone(c, part));
      } while (!lintDone(c, part));
      expect(slices).toBeGreaterThan(1);
      expect(lintHints(part)).toEqual(whole);
    }
  }
});

test('a lint taken up tries at least one rule even when its clock is already past the budget', () => {
  const c = compile([three]);
  const input = { draft: 'alpha beta gamma', thread: [], context: {} };
  const first = lintPart(c, input, newBudget(50, 10, new Set(), fakeClock([0, 60])));
  expect(first.next).toBe(0); // a fresh lint may be cut before its first rule (the machine stalled)
  let part = first;
  for (let n = 1; n <= 3; n++) {
    part = lintPart(c, input, newBudget(50, 10, new Set(), fakeClock([0, 60, 60])), part);
    expect(part.next).toBe(n);
  }
  expect(lintHints(part).map((h) => h.ruleId).sort()).toEqual(['a', 'b', 'c']);
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
