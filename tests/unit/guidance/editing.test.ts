import { checkDraft, draftFromText, emptyPack, exportPack, getAt, liveTest, packFrom, setAt, splitByRanges, withCheck, withKind } from '@/lib/guidance/editing';
import { defaultPack } from '@/lib/guidance/default-pack';
import { parsePack } from '@/lib/guidance/schema';

test('setAt copies only the path it changes; undefined removes a key', () => {
  const root = { a: { b: [1, { c: 2 }] }, d: { e: 1 } };
  const next = setAt(root, ['a', 'b', 1, 'c'], 3);
  expect(getAt(next, ['a', 'b', 1, 'c'])).toBe(3);
  expect(root.a.b[1]).toEqual({ c: 2 });
  expect(next.d).toBe(root.d);
  expect(setAt(next, ['d', 'e'], undefined).d).toEqual({});
  expect(setAt({}, ['x', 'y'], 1)).toEqual({ x: { y: 1 } });
});

test('checkDraft: errors by path, cases per valid rule, an invalid rule does not stop the others', () => {
  const draft = packFrom(defaultPack, { id: 'team', name: 'Team' });
  const ok = checkDraft(draft);
  expect(ok.errors).toEqual([]);
  expect(ok.failing).toBe(0);
  expect(ok.total).toBeGreaterThan(100);

  const broken = setAt(draft, ['rules', 0, 'severity'], 'loud');
  const res = checkDraft(broken);
  expect(res.pack).toBeNull();
  expect(res.errors.map((e) => e.path)).toEqual(['rules[0].severity']);
  expect(res.cases[0]!.passed).toBeNull();
  expect(res.cases[1]!.passed).toBeGreaterThan(0);
  expect(res.usable.rules).toHaveLength(defaultPack.rules.length - 1);

  const failing = setAt(draft, ['rules', 0, 'tests', 'shouldMatch', 0], 'All good here.');
  const f = checkDraft(failing);
  expect(f.pack).not.toBeNull();
  expect(f.failing).toBe(1);
  expect(f.cases[0]!.failed).toEqual([{ expected: 'match', case: 'All good here.', caseIndex: 0 }]);
});

test('a new empty pack lists what is missing', () => {
  const paths = checkDraft(emptyPack('en')).errors.map((e) => e.path);
  expect(paths).toEqual(expect.arrayContaining(['id', 'name', 'author', 'description']));
});

test('switching kind or check keeps the shared fields and drops the others', () => {
  const rule = { id: 'x', kind: 'phrases', title: 'T', phrases: ['a'], unless: { phrases: ['b'] }, tests: { shouldMatch: [], shouldNotMatch: [] } };
  const conv = withKind(rule, 'conversation');
  expect(conv).toMatchObject({ id: 'x', title: 'T', kind: 'conversation', check: 'customer-said', customer: {} });
  expect(conv).not.toHaveProperty('phrases');
  const policy = withCheck({ ...conv, customer: { phrases: ['c'] }, lastOnly: true }, 'policy-after-objection');
  expect(policy).toMatchObject({ check: 'policy-after-objection', policy: {}, objection: {} });
  expect(policy).not.toHaveProperty('customer');
  expect(policy).not.toHaveProperty('lastOnly');
});

test('the exported file: $schema first, 2-space JSON, named id-version, parses back', () => {
  const parsed = parsePack(packFrom(defaultPack, { id: 'team', name: 'Team' }));
  if (!parsed.ok) throw new Error('invalid');
  const file = exportPack(parsed.pack);
  expect(file.filename).toBe('team-1.0.0.json');
  expect(Object.keys(JSON.parse(file.text))[0]).toBe('$schema');
  expect(file.text).toMatch(/^\{\n {2}"\$schema"/);
  expect(parsePack(file.text).ok).toBe(true);
});

test('opening a file: not JSON or not an object is refused; $schema is dropped (export adds its own)', () => {
  expect(draftFromText('{')).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
  expect(draftFromText('[1]')).toEqual({ ok: false, error: 'a pack must be a JSON object' });
  expect(draftFromText('{"$schema":"x","id":"a"}')).toEqual({ ok: true, draft: { id: 'a' } });
});

test('live test and marking', () => {
  const res = liveTest(defaultPack, { draft: "Sorry, I don't know.", customer: ['Where is my refund?'] });
  const hint = res.hints.find((h) => h.ruleId === 'dont-know')!;
  expect(hint.ranges).toEqual([{ start: 7, end: 19 }]);
  expect(res.tone?.level).toBeDefined();
  expect(splitByRanges('abcdef', [{ start: 1, end: 3 }, { start: 2, end: 4 }])).toEqual([
    { text: 'a', hit: false },
    { text: 'bc', hit: true },
    { text: 'd', hit: true },
    { text: 'ef', hit: false },
  ]);
});
