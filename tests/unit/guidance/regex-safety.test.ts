// Linear-time matching by construction (issue 14): every pattern a pack brings is proven linear at
// import (lib/guidance/regex-safety.ts) or refused with the field named; the phrase compiler's
// output is proven too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { compile } from '../../../lib/guidance/compile';
import { phraseSource } from '../../../lib/guidance/phrase';
import { defaultPack } from '../../../lib/guidance/default-pack';
import { lint } from '../../../lib/guidance/engine';
import { linearityProblem, regexProblem } from '../../../lib/guidance/regex-safety';
import { parsePack, type PackError } from '../../../lib/guidance/schema';
import { generatePack } from '../../fixtures/packs/generated';
import { pack, rule } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const FIXTURES = join(__dirname, '../../fixtures/packs');
const example = (): Loose => JSON.parse(readFileSync(join(FIXTURES, 'example-team-pack.json'), 'utf8'));

function errorsOf(input: unknown): PackError[] {
  const r = parsePack(input);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.errors;
}

/**
 * Known ReDoS patterns, exponential (E) and polynomial (P), each with where it comes from. Flags
 * are limited to what a pack may use (i, m, s, u).
 */
const REDOS: readonly [kind: 'E' | 'P', pattern: string, flags: string, source: string][] = [
  // OWASP, "Regular expression Denial of Service - ReDoS", the "evil regexes" list.
  ['E', '(a+)+$', '', 'OWASP ReDoS: (a+)+'],
  ['E', '([a-zA-Z]+)*$', '', 'OWASP ReDoS: ([a-zA-Z]+)*'],
  ['E', '(a|aa)+$', '', 'OWASP ReDoS: (a|aa)+'],
  ['E', '(a|a?)+$', '', 'OWASP ReDoS: (a|a?)+'],
  ['E', '(.*a){12}', '', 'OWASP ReDoS: (.*a){x} for x > 10'],
  ['E', '^(([a-z])+.)+[A-Z]([a-z])+$', '', 'OWASP ReDoS: the Java class name validation example'],
  [
    'E',
    '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
    '',
    'OWASP ReDoS: the e-mail validation example (RegExLib)',
  ],
  // Jan Goyvaerts, regular-expressions.info, "Catastrophic Backtracking" / "Runaway Regular Expressions".
  ['E', '(x+x+)+y', '', 'regular-expressions.info: (x+x+)+y'],
  ['E', '^(\\w+\\s?)*$', '', 'regular-expressions.info: ^(\\w+\\s?)*$'],
  ['E', '^(.*?,){11}P', '', 'regular-expressions.info: ^(.*?,){11}P (CSV field 12)'],
  // Weideman, van der Merwe, Berglund, Watson, CIAA 2016: an NFA with exponential degree of ambiguity.
  ['E', '^(a|a)*$', '', 'Weideman et al. 2016: EDA example (a|a)*'],
  // Advisories (package, CVE): the vulnerable expression as published in the fix.
  [
    'P',
    '[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))',
    '',
    'ansi-regex < 5.0.1, CVE-2021-3807',
  ],
  ['P', '^([\\s\\S]*?)((?:\\.{1,2}|[^\\\\\\/]+?|)(\\.[^.\\/\\\\]*|))(?:[\\\\\\/]*)$', '', 'path-parse < 1.0.7, CVE-2021-23343 (splitTailRe)'],
  ['P', '^data:(?<type>[^,]*?),(?<data>[^#]*?)(?:#(?<hash>.*))?$', '', 'normalize-url < 6.0.1, CVE-2021-33502'],
  ['P', '^([+\\-]?\\d*n)?\\s*(?:([+\\-]?)\\s*(\\d+))?$', '', 'nth-check < 2.0.1, CVE-2021-3803'],
  [
    'P',
    '^((?:\\d+)?\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|years?|yrs?|y)?$',
    'i',
    'ms < 0.7.1, CVE-2015-8315',
  ],
  [
    'P',
    "[0-9]*['a-z\\u00A0-\\u05FF\\u0700-\\uD7FF\\uFF07\\uFF10-\\uFFEF]+|[\\u0600-\\u06FF\\/]+(\\s*?[\\u0600-\\u06FF]+){1,2}",
    'i',
    'moment < 2.19.3, CVE-2017-18214',
  ],
  ['P', '[\\r\\n]+$', '', 'trim-newlines < 3.0.1, CVE-2021-33623'],
  ['P', '(\\s)+$', '', 'validator < 13.7.0, CVE-2021-3765 (rtrim)'],
  ['P', ' *, *', '', 'fresh < 0.5.2, CVE-2017-16119 (token list split)'],
  ['P', '.*[\\.\\/\\\\]', '', 'mime < 1.4.1, CVE-2017-16138 (lookup)'],
  ['P', '\\s*\\n\\s*', '', 'debug < 2.6.9, CVE-2017-16137 (%o formatter)'],
  ['P', '(?:charset|encoding)\\s*=\\s*[\'"]? *([\\w\\-]+)', 'i', 'charset < 1.0.1, CVE-2017-16098'],
  ['P', '^[\\s\\S]+?(?=[\\\\<!\\[_*`]| {2,}\\n|$)', '', 'marked < 0.3.17, CVE-2017-17461 (inline text)'],
  [
    'P',
    '^hwb\\(\\s*([+-]?\\d*[\\.]?\\d+)(deg)?\\s*,\\s*([+-]?[\\d\\.]+)%\\s*,\\s*([+-]?[\\d\\.]+)%\\s*(?:,\\s*([+-]?[\\d\\.]+)\\s*)?\\)$',
    '',
    'color-string < 1.5.5, CVE-2021-29060',
  ],
  // Outage post-mortems.
  ['P', '^[\\s\\u200c]+|[\\s\\u200c]+$', '', 'Stack Exchange outage, 20 July 2016'],
  ['P', '.*(?:.*=.*)', '', 'Cloudflare outage, 2 July 2019 (the WAF rule, its core)'],
  // Issue 14: adjacent quantified classes that match the same characters, then a literal the text lacks.
  ['P', '\\w*\\d*\\w*x', '', 'issue 14'],
  ['P', '\\b[a-z]*[a-z0-9]*[a-z]*!', 'i', 'issue 14 (guarded start, still two overlapping runs)'],
];

describe('known ReDoS patterns are refused, naming the field', () => {
  test(`there are at least 25 (${REDOS.length}), exponential and polynomial`, () => {
    expect(REDOS.length).toBeGreaterThanOrEqual(25);
    expect(REDOS.filter((r) => r[0] === 'E').length).toBeGreaterThanOrEqual(8);
    expect(REDOS.filter((r) => r[0] === 'P').length).toBeGreaterThanOrEqual(15);
  });

  test.each(REDOS)('%s %s (%s) — %s', (_kind, pattern, flags) => {
    expect(() => new RegExp(pattern, flags)).not.toThrow();
    const p = example();
    p.rules[2].pattern = pattern;
    p.rules[2].flags = flags;
    const errs = errorsOf(p);
    const err = errs.find((e) => e.path === 'rules[2].pattern');
    expect(err?.message).toMatch(/^(pattern may take|backreferences)/);
  });

  test('in every place a pattern can stand: unless, structure also, conversation matchers, checklist ticks', () => {
    const evil = '\\w*\\d*\\w*x';
    const p = example();
    p.rules[1].unless = { pattern: evil };
    p.rules.push({ ...p.rules[1], id: 'also-evil', also: [{ phrases: ['ok'] }, { pattern: '\\s+$' }] });
    p.rules.push({
      id: 'thread-evil',
      kind: 'conversation',
      check: 'customer-said',
      title: 'T',
      severity: 'info',
      advice: 'A.',
      why: 'W.',
      examples: [],
      tests: { shouldMatch: [], shouldNotMatch: [] },
      customer: { pattern: '(a|aa)+' },
      draft: { phrases: ['x'], pattern: evil },
    });
    p.checklists[0].items[0].tickWhen = { pattern: evil };
    const n = p.rules.length;
    const errs = errorsOf(p).map((e) => e.path);
    expect(errs).toEqual(
      expect.arrayContaining([
        'rules[1].unless.pattern',
        `rules[${n - 2}].also[1].pattern`,
        `rules[${n - 1}].customer.pattern`,
        `rules[${n - 1}].draft.pattern`,
        'checklists[0].items[0].tickWhen.pattern',
      ]),
    );
  });

  test('the refused patterns are really slow on V8, the accepted ones are not (measured on a few)', () => {
    const time = (re: RegExp, text: string) => {
      const t = performance.now();
      re.test(text);
      return performance.now() - t;
    };
    // Small inputs keep the slow ones short; growth shows the class.
    const slow = time(/\w*\d*\w*x/, 'a'.repeat(1500));
    const fast = time(/\b\w+ing\b/, 'a'.repeat(20_000));
    expect(slow).toBeGreaterThan(fast);
    expect(regexProblem('\\w*\\d*\\w*x')).not.toBeNull();
    expect(regexProblem('\\b\\w+ing\\b')).toBeNull();
  });
});

describe('ordinary patterns are accepted', () => {
  test.each([
    ['\\border\\s#?\\d{4,}', 'i'],
    ['\\b(?:by|before)\\s\\d{1,2}(?::[0-5]\\d)?\\s?(?:am|pm)\\b', 'iu'],
    ['https?://\\S+', ''],
    ['\\b[A-Z]{2,}[ ,!.]{1,3}[A-Z]{3,}\\b', ''],
    ['\\bref(?:erence)?\\s*[:#]\\s*[A-Z0-9-]{4,}', 'i'],
    ['(?<![\\p{L}])[\\p{Lu}]{4,}(?![\\p{L}])', 'u'],
    ['^hi\\b', 'im'],
    ['\\b\\w+ing\\b', 'i'],
  ])('%s /%s', (pattern, flags) => {
    expect(regexProblem(pattern, flags)).toBeNull();
  });

  test('every RegExp the engine compiles for the default pack and a 1,000-rule pack, phrases as one alternation', () => {
    const c = compile([defaultPack, generatePack(1000)]);
    const seen = new Set<string>();
    const all: RegExp[] = [];
    for (const r of c.rules) for (const m of r.matchers) all.push(...m.res);
    for (const cl of c.checklists) for (const it of cl.items) all.push(...it.tick.res);
    for (const re of all) {
      if (seen.has(re.source + re.flags)) continue;
      seen.add(re.source + re.flags);
      expect([re.source.slice(0, 80), linearityProblem(re.source, re.flags.replace('g', ''), Infinity)]).toEqual([re.source.slice(0, 80), null]);
    }
    expect(seen.size).toBeGreaterThan(100);
  });
});

describe('phrases as compiled', () => {
  test('a token of dashes or apostrophes only needs one (two `\\s+` never meet around an optional piece)', () => {
    expect(phraseSource('a - b')).not.toMatch(/\\s\+\[[^\]]*\\s\]\?\\s\+/);
    expect(linearityProblem(phraseSource('a - b'), 'iu')).toBeNull();
    expect(linearityProblem(phraseSource("rock ' roll ... -"), 'iu')).toBeNull();
    expect(linearityProblem(phraseSource('e- mail'), 'iu')).toBeNull();
    const re = new RegExp(phraseSource('a - b'), 'giu');
    expect('say a - b now'.match(re)).toEqual(['a - b']);
    expect('say a – b now'.match(re)).toEqual(['a – b']);
    expect(new RegExp(phraseSource('e- mail'), 'giu').test('send an e- mail')).toBe(true);
    expect(new RegExp(phraseSource('follow-up'), 'giu').test('a follow up call')).toBe(true);
    // Linear on a long run of blanks: ten times the text, at most 35 times the time (quadratic would be
    // 100 times), medians of interleaved runs side by side; no absolute time.
    const timeOn = (n: number): number => {
      const text = `a${' '.repeat(n)}c`;
      const t = performance.now();
      for (let i = 0; i < 5; i++) {
        re.lastIndex = 0;
        re.test(text);
      }
      return performance.now() - t;
    };
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const short: number[] = [];
    const long: number[] = [];
    timeOn(50_000);
    for (let k = 0; k < 5; k++) {
      short.push(timeOn(50_000));
      long.push(timeOn(500_000));
    }
    expect(median(long) / median(short)).toBeLessThan(35);
  });

  test('a phrase rule with any phrase passes the proof, the field of a refused one would be named', () => {
    const ok = parsePack(pack('p', [rule({ id: 'r', kind: 'phrases', phrases: ['a - b', "rock ' roll", 'x ... y ... z', '{try} again', 'e-mail me'] })]));
    expect(ok.ok ? [] : ok.errors).toEqual([]);
  });

  test('adversarial drafts against the default pack grow linearly (5,000 → 20,000 characters)', () => {
    const c = compile([defaultPack]);
    const units = [' ', 'a', 'I', "I'll ", 'we will ', 'sorry ', '1', 'A ', 'ABCDEF, ', "can't ", 'mon', 'order 1', 'I will call you '];
    const time = (draft: string) => {
      const runs: number[] = [];
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        lint(c, { draft: draft + String(k), thread: [{ role: 'customer', text: draft }], context: {} });
        runs.push(performance.now() - t);
      }
      return runs.sort((a, b) => a - b)[1]!;
    };
    for (const u of units) {
      const small = time(u.repeat(Math.ceil(5000 / u.length)).slice(0, 5000));
      const big = time(u.repeat(Math.ceil(20_000 / u.length)).slice(0, 20_000));
      // Linear: ×4 for ×4 the text (quadratic would be ×16, and well over 150 ms at 20,000).
      expect([u, big < 150 || big / Math.max(small, 0.5) < 8]).toEqual([u, true]);
    }
  });
});

describe('the pack editor gets the same check, beside the field', () => {
  test('a slow pattern typed into a rule, and a slow phrase, are errors at their own field (errorsAt)', async () => {
    const { checkDraft, errorsAt } = await import('../../../lib/guidance/editing');
    const draft = example();
    draft.rules[2].pattern = '\\w*\\d*\\w*x';
    const { errors } = checkDraft(draft);
    expect(errorsAt(errors, ['rules', 2, 'pattern']).map((e) => e.message)).toEqual([expect.stringMatching(/^pattern may take super-linear time/)]);
    // Nothing else in the rule is blamed, and its cases are not run (the rule is invalid).
    expect(errors.filter((e) => e.path.startsWith('rules[2]')).map((e) => e.path)).toEqual(['rules[2].pattern']);
  });
});
