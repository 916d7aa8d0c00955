import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parsePack, MAX_PACK_CHARS, type PackError } from '../../../lib/guidance/schema';
import { regexProblem } from '../../../lib/guidance/regex-safety';

const FIXTURES = join(__dirname, '../../fixtures/packs');
// Deliberately loose: these tests break packs in ways the types forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const example = (): Loose => JSON.parse(readFileSync(join(FIXTURES, 'example-team-pack.json'), 'utf8'));

function errorsOf(input: unknown): PackError[] {
  const r = parsePack(input);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.errors;
}
const paths = (input: unknown) => errorsOf(input).map((e) => e.path);

describe('parsePack accepts', () => {
  test('the example team pack, as text and as an object', () => {
    const text = readFileSync(join(FIXTURES, 'example-team-pack.json'), 'utf8');
    const a = parsePack(text);
    expect(a.ok ? [] : a.errors).toEqual([]);
    expect(parsePack(example()).ok).toBe(true);
  });
});

describe('parsePack rejects, naming the field', () => {
  test('non-JSON text', () => {
    expect(errorsOf('{ "id": ')).toEqual([{ path: '', message: expect.stringMatching(/^not valid JSON/) }]);
    expect(errorsOf('[]')[0]!.message).toMatch(/JSON object/);
    expect(errorsOf('null')[0]!.message).toMatch(/JSON object/);
  });

  test('wrong types and missing fields', () => {
    const p = example();
    p.version = 2;
    p.rules[0].severity = 'urgent';
    p.rules[1].examples = 'one';
    delete p.rules[2].why;
    delete p.name;
    expect(paths(p).sort()).toEqual(['name', 'rules[0].severity', 'rules[1].examples', 'rules[2].why', 'version']);
  });

  test('invalid metadata formats', () => {
    const p = example();
    p.version = '1.0';
    p.id = 'Not A Slug';
    p.updated = '20 May 2025';
    p.schemaVersion = 2;
    expect(paths(p).sort()).toEqual(['id', 'schemaVersion', 'updated', 'version']);
  });

  test('an unknown kind or check', () => {
    const p = example();
    p.rules[0].kind = 'magic';
    p.rules[3].check = 'mind-reading';
    expect(paths(p).sort()).toEqual(['rules[0].kind', 'rules[3].check']);
  });

  test('duplicate rule ids (path of the duplicate), checklist ids and item ids', () => {
    const p = example();
    p.rules.push({ ...p.rules[0] });
    p.checklists.push({ ...p.checklists[0] });
    p.checklists[0].items.push({ ...p.checklists[0].items[0] });
    const errs = errorsOf(p);
    expect(errs).toContainEqual({ path: 'rules[4].id', message: 'duplicate id "jargon"' });
    expect(errs).toContainEqual({ path: 'checklists[1].id', message: 'duplicate id "outage-call"' });
    expect(errs).toContainEqual({ path: 'checklists[0].items[2].id', message: 'duplicate id "confirm-area"' });
  });

  test.each([
    ['nested quantifier', '(a+)+$', /super-linear/],
    ['star height 2', '(\\w+\\s?)*x', /super-linear/],
    ['overlapping alternation', '(a|aa)+b', /super-linear.*repeats a group/],
    ['backreference', '(x)\\1', /backreferences/],
    ['syntax error', '[a-', /invalid regular expression/],
    ['too long', 'a'.repeat(501), /500 characters/],
  ])('an unsafe or invalid regex: %s', (_name, pattern, reason) => {
    const p = example();
    p.rules[2].pattern = pattern;
    const errs = errorsOf(p);
    expect(errs.map((e) => e.path)).toContain('rules[2].pattern');
    expect(errs.find((e) => e.path === 'rules[2].pattern')!.message).toMatch(reason);
  });

  test('unsafe regex inside a nested matcher, and disallowed flags', () => {
    const p = example();
    p.rules[1].unless.pattern = '(.*a){12}';
    p.rules[1].when.flags = 'i';
    p.rules[2].flags = 'gy';
    expect(paths(p).sort()).toEqual(['rules[1].unless.pattern', 'rules[1].when.flags', 'rules[2].flags']);
  });

  test.each([
    ['<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['see </b>'],
    ['click javascript:alert(1)'],
    ['x onclick = "y"'],
  ])('text containing HTML or script: %s', (bad) => {
    const p = example();
    p.rules[0].advice = bad;
    p.rules[1].examples = [bad];
    p.boundaryPolicy.warning = bad;
    p.checklists[0].items[0].label = bad;
    const errs = errorsOf(p);
    expect(errs.map((e) => e.path).sort()).toEqual(['boundaryPolicy.warning', 'checklists[0].items[0].label', 'rules[0].advice', 'rules[1].examples[0]']);
    expect(errs[0]!.message).toMatch(/HTML/);
  });

  test('a text with a harmless "<" is fine', () => {
    const p = example();
    p.rules[0].advice = 'Keep it < 3 sentences, and use <= 2 links.';
    expect(parsePack(p).ok).toBe(true);
  });

  test.each(['__proto__', 'constructor', 'prototype'])('the key %s anywhere', (key) => {
    const text = JSON.stringify(example()).replace('"severity":"suggest"', `"severity":"suggest","${key}":{"x":1}`);
    expect(errorsOf(text)).toEqual([{ path: `rules[0].${key}`, message: `the key "${key}" is not allowed` }]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('unknown keys, named', () => {
    const p = example();
    p.rules[0].severty = 'warn';
    p.boundaryPolicy.extra = 'x';
    p.rules[1].when.regex = 'x';
    expect(errorsOf(p).map((e) => `${e.path}: ${e.message}`).sort()).toEqual([
      'boundaryPolicy.extra: unknown field "extra"',
      'rules[0].severty: unknown field "severty"',
      'rules[1].when.regex: unknown field "regex"',
    ]);
  });

  test('text over 1 MB, before JSON.parse reads any of it', () => {
    const huge = `{"x":"${'a'.repeat(5 * 1024 * 1024)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const errs = errorsOf(huge);
      expect(errs).toEqual([{ path: '', message: expect.stringMatching(/larger than 1 MB/) }]);
      expect(errorsOf(' '.repeat(MAX_PACK_CHARS + 1))[0]!.message).toMatch(/1 MB/);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  test('more than 2,000 rules, refused before any rule is checked: faster than checking 2,000 (side by side)', () => {
    const p = example();
    const many = { ...p, rules: Array.from({ length: 20_000 }, (_, i) => ({ ...p.rules[0], id: `r-${i}` })) };
    const allowed = { ...p, rules: many.rules.slice(0, 2000) };
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const refused: number[] = [];
    const checked: number[] = [];
    let errs: PackError[] = [];
    for (let k = 0; k < 5; k++) {
      let t0 = performance.now();
      errs = errorsOf(many);
      refused.push(performance.now() - t0);
      t0 = performance.now();
      expect(parsePack(allowed).ok).toBe(true);
      checked.push(performance.now() - t0);
    }
    expect(errs).toEqual([{ path: 'rules', message: 'at most 2000 rules (found 20000)' }]);
    // Ten times the rules, refused in less time than a tenth of them take to check (no absolute time).
    expect(median(refused)).toBeLessThan(median(checked));
  });

  test('very deep nesting, without overflowing the stack', () => {
    let deep = '1';
    for (let i = 0; i < 10_000; i++) deep = `[${deep}]`;
    const text = JSON.stringify(example()).replace('"locale":"en-GB"', `"locale":"en-GB","deep":${deep}`);
    expect(errorsOf(text)[0]!.message).toMatch(/nested deeper/);
  });

  test('matchers need phrases or a pattern; structure rules need something to check', () => {
    const p = example();
    p.rules[1].when = {};
    p.rules[1].unless = { flags: 'i', phrases: ['x'] };
    const r = { ...p.rules[1], id: 'empty-structure' };
    delete r.when;
    delete r.unless;
    p.rules.push(r);
    expect(paths(p).sort()).toEqual(['rules[1].unless.flags', 'rules[1].when.phrases', 'rules[4].when']);
  });
});

describe('regexProblem', () => {
  test('accepts ordinary patterns', () => {
    expect(regexProblem('\\border\\s#?\\d{4,}', 'i')).toBeNull();
    expect(regexProblem('\\b(?:by|before)\\s\\d{1,2}(?::[0-5]\\d)?\\s?(?:am|pm)\\b', 'iu')).toBeNull();
  });
});
