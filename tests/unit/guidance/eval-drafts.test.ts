import type { Hint } from '@/lib/guidance/hint';
import { defaultLinter, isLongEmail, parseCorpus, scoreDrafts, type DraftRow, type Linter } from '../../../tools/eval-drafts';

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
