// The packs of the issue-14 browser test (packs-slow.chromium.e2e.ts).
const base = (id: string, name: string, rules: unknown[]) => ({
  schemaVersion: 1,
  id,
  name,
  version: '1.0.0',
  author: 'tests',
  description: 'Issue 14 browser test.',
  locale: 'en',
  updated: '2026-01-01',
  rules,
});
const rule = (id: string, extra: Record<string, unknown>) => ({
  id,
  title: `Rule ${id}`,
  severity: 'suggest',
  advice: 'Advice.',
  why: 'Why.',
  examples: [],
  tests: { shouldMatch: [], shouldNotMatch: [] },
  ...extra,
});

const WORDS = 'account billing router invoice refund parcel courier modem voucher ticket order signal'.split(' ');
/** Linear (proven at install) but heavy-looking: 400 phrases with gaps, and repeated-word patterns, in 30 rules. */
export const HEAVY_PACK = base(
  'heavy-team',
  'Heavy team pack',
  Array.from({ length: 30 }, (_, i) =>
    i % 2 === 0
      ? rule(`phrases-${i}`, { kind: 'phrases', phrases: Array.from({ length: 400 }, (_, j) => `${WORDS[j % 12]} ... ${WORDS[(j * 7 + i) % 12]} ... zq${i}x${j}`) })
      : rule(`regex-${i}`, { kind: 'regex', pattern: `\\b[a-z]+(?:[ ,]+[a-z]+){0,12}[ ,]+zq${i}x\\b`, flags: 'i' }),
  ),
);
/** The pack: adjacent overlapping quantified classes, then a literal the text lacks. */
export const SLOW_PACK = base('slow-team', 'Slow team pack', [rule('slow', { kind: 'regex', pattern: '\\w*\\d*\\w*x', flags: 'i' })]);

