import type { Hint } from '@/lib/guidance/hint';
import { defaultLinter, formatReport, isLongEmail, parseCorpus, scoreDrafts, type DraftRow, type Linter } from '../../../tools/eval-drafts';

const hint = (ruleId: string, severity: Hint['severity'] = 'suggest'): Hint => ({
  id: `p/${ruleId}`,
  ruleId,
  packId: 'p',
  severity,
  title: ruleId,
  advice: '',
  why: '',
  examples: [],
  actions: [],
  ranges: [],
});

const row = (id: string, draft: string, good: boolean, mustFire: string[], mayFire: string[] = [], channel: DraftRow['channel'] = 'email'): DraftRow => ({
  id,
  channel,
  thread: [{ role: 'customer', text: 'Hello?' }],
  draft,
  good,
  mustFire,
  mayFire,
});

describe('eval:drafts scoring', () => {
  // A fake linter: each draft says which rules "fire" (its words are rule ids, "!" marks warn).
  const linter: Linter = (r) => r.draft.split(' ').filter((w) => w.startsWith('r-')).map((w) => hint(w.replace('!', ''), w.endsWith('!') ? 'warn' : 'suggest'));

  const rows = [
    row('d0001', 'r-a! r-b', false, ['r-a', 'r-c']), // a: tp, b: fp, c: fn
    row('d0002', 'r-a r-d', false, ['r-a'], ['r-d']), // a: tp, d: may (ignored)
    row('d0003', 'fine words here now', true, []), // good, no hints: 4 words
    row('d0004', 'r-b! and more', true, []), // good with a warn: b fp; 4 words (r, b, and, more), 1 hint
  ];

  test('per-rule and overall precision/recall, mayFire ignored both ways', () => {
    const { report, scored } = scoreDrafts(rows, linter);
    expect(report.perRule['r-a']).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(report.perRule['r-b']).toMatchObject({ tp: 0, fp: 2, fn: 0, precision: 0 });
    expect(report.perRule['r-c']).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(report.perRule['r-d']).toBeUndefined();
    expect(report.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(report.overall.precision).toBeCloseTo(0.5);
    expect(report.overall.recall).toBeCloseTo(2 / 3);
    expect(scored[0]).toMatchObject({ missed: ['r-c'], unexpected: ['r-b'] });
  });

  test('"shown" counts a rule folded into another card ("also: …") both ways; "cards only" counts own cards', () => {
    // r-a's card carries r-b (labelled: a hit only when shown) and r-x (unlabelled: a false alarm only when shown).
    const folding: Linter = () => [{ ...hint('r-a', 'warn'), also: [{ id: 'p/r-b', ruleId: 'r-b', packId: 'p', title: 'r-b' }, { id: 'p/r-x', ruleId: 'r-x', packId: 'p', title: 'r-x' }] }];
    const { report, scored } = scoreDrafts([row('d0020', 'x', false, ['r-a', 'r-b'])], folding);
    expect(report.overall).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(report.perRule['r-x']).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(report.cardsOnly.overall).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.cardsOnly.perRule['r-b']).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.cardsOnly.perRule['r-x']).toBeUndefined();
    expect(scored[0]).toMatchObject({ missed: [], unexpected: ['r-x'], folded: ['r-b', 'r-x'] });
    // Without folding, the two measures agree.
    const plain = scoreDrafts(rows, linter).report;
    expect(plain.cardsOnly.overall).toEqual(plain.overall);
    expect(formatReport('t', scoreDrafts([row('d0020', 'x', false, ['r-a', 'r-b'])], folding).report)).toMatch(
      /shown +precision 0\.667 +recall 1\.000 .*\n +cards only +precision 1\.000 +recall 0\.500/,
    );
  });

  test('good replies: hints per 100 words and the share without a warn hint', () => {
    const { report } = scoreDrafts(rows, linter);
    expect(report.good).toMatchObject({ drafts: 2, words: 8, hints: 1, withoutWarn: 1, withoutWarnShare: 0.5 });
    expect(report.good.hintsPer100Words).toBeCloseTo(100 / 8);
  });

  test('a malformed line is named; long emails are emails of 100 words or more', () => {
    expect(() => parseCorpus('{"id":"x"}\n', 'f')).toThrow(/f:1/);
    const long = row('d0009', Array.from({ length: 100 }, () => 'word').join(' '), true, []);
    expect(isLongEmail(long)).toBe(true);
    expect(isLongEmail({ ...long, channel: 'chat' })).toBe(false);
    expect(isLongEmail({ ...long, draft: 'short' })).toBe(false);
  });

  test('the default linter lints like the background (thread and channel reach the rules)', () => {
    const lint = defaultLinter();
    const ids = (r: DraftRow) => lint(r).map((h) => h.ruleId);
    expect(ids(row('d0010', 'I don\'t know.', false, ['dont-know']))).toContain('dont-know');
    const long = 'Thanks for waiting. ' + 'The order left the warehouse this morning and the carrier has it now. '.repeat(6);
    expect(ids(row('d0011', long, true, [], [], 'chat'))).toContain('long-for-chat');
    expect(ids(row('d0012', long, true, [], [], 'email'))).not.toContain('long-for-chat');
  });
});
