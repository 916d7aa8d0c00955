import { compile, draftSpans, lint } from '../../../lib/guidance/engine';
import { parsePack, type Pack } from '../../../lib/guidance/schema';
import { pack, rule } from './helpers';

const run = (p: Pack, draft: string) => lint(compile([p]), { draft, thread: [], context: {} });
const cards = (p: Pack, draft: string) =>
  run(p, draft).map((h) => ({ rule: h.ruleId, words: h.ranges.map((r) => draft.slice(r.start, r.end)), also: (h.also ?? []).map((a) => a.ruleId) }));

describe('one card per span', () => {
  test('hints on the same words fold into the highest-severity one', () => {
    const p = pack('t', [
      rule({ id: 'soft', kind: 'phrases', phrases: ['as I said'], severity: 'suggest' }),
      rule({ id: 'hard', kind: 'phrases', phrases: ['said'], severity: 'warn' }),
    ]);
    expect(cards(p, 'As I said, it ships today.')).toEqual([{ rule: 'hard', words: ['said'], also: ['soft'] }]);
  });

  test('equal severity: the rule declared first speaks', () => {
    const p = pack('t', [rule({ id: 'first', kind: 'phrases', phrases: ['our policy'] }), rule({ id: 'second', kind: 'phrases', phrases: ['policy'] })]);
    expect(cards(p, 'Per our policy, no.')).toEqual([{ rule: 'first', words: ['our policy'], also: ['second'] }]);
  });

  test("equal severity across packs: the later pack's rule speaks (a team's rule over the built-in one)", () => {
    const builtIn = pack('built-in', [rule({ id: 'jargon', kind: 'phrases', phrases: ['L2'] })]);
    const team = pack('team', [rule({ id: 'internal-queue', kind: 'phrases', phrases: ['L2 queue'] })]);
    const draft = 'I moved it to the L2 queue.';
    const out = lint(compile([builtIn, team]), { draft, thread: [], context: {} });
    expect(out.map((h) => ({ rule: h.ruleId, words: h.ranges.map((r) => draft.slice(r.start, r.end)), also: (h.also ?? []).map((a) => a.ruleId) }))).toEqual([
      { rule: 'internal-queue', words: ['L2 queue'], also: ['jargon'] },
    ]);
  });

  test('a hint keeps its other words as its own card; no two cards underline the same words', () => {
    const p = pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['alpha'], severity: 'warn' }), rule({ id: 'b', kind: 'phrases', phrases: ['alpha beta', 'gamma'] })]);
    const out = cards(p, 'alpha beta and gamma');
    expect(out).toEqual([
      { rule: 'a', words: ['alpha'], also: [] },
      { rule: 'b', words: ['gamma'], also: [] },
    ]);
  });

  test('supersedes folds a rule into another wherever they fire, whatever the severities', () => {
    const p = pack('t', [
      rule({ id: 'generic', kind: 'phrases', phrases: ['policy'], severity: 'warn' }),
      rule({ id: 'specific', kind: 'phrases', phrases: ['refund'], severity: 'suggest', supersedes: ['generic'] }),
    ]);
    expect(cards(p, 'Our policy says no refund.')).toEqual([{ rule: 'specific', words: ['refund'], also: ['generic'] }]);
    expect(cards(p, 'Our policy says no.')).toEqual([{ rule: 'generic', words: ['policy'], also: [] }]);
  });

  test('info hints never take or lose words', () => {
    const p = pack('t', [rule({ id: 'w', kind: 'phrases', phrases: ['call you'], severity: 'warn' }), rule({ id: 'i', kind: 'phrases', phrases: ['call you'], severity: 'info' })]);
    expect(cards(p, 'I will call you.').map((c) => c.rule)).toEqual(['w', 'i']);
  });

  test('yields: a catch-all says nothing, not even "also", on words another card covers, whatever the severities', () => {
    const p = pack('t', [
      rule({ id: 'catch-all', kind: 'phrases', phrases: ['as I said', 'whatever'], severity: 'warn', yields: true }),
      rule({ id: 'named', kind: 'phrases', phrases: ['as I said'], severity: 'suggest' }),
    ]);
    expect(cards(p, 'As I said, it ships today.')).toEqual([{ rule: 'named', words: ['As I said'], also: [] }]);
    // Its other words keep a card; alone it speaks.
    expect(cards(p, 'As I said, whatever.')).toEqual([
      { rule: 'catch-all', words: ['whatever'], also: [] },
      { rule: 'named', words: ['As I said'], also: [] },
    ]);
    expect(cards(p, 'Whatever, it ships today.')).toEqual([{ rule: 'catch-all', words: ['Whatever'], also: [] }]);
    // Without yields the same pack folds (the catch-all speaks, warn over suggest).
    const folding = pack('t', p.rules.map((r) => ({ ...r, yields: undefined })));
    expect(cards(folding, 'As I said, it ships today.')).toEqual([{ rule: 'catch-all', words: ['As I said'], also: ['named'] }]);
  });

  test('yields: superseded, a yielding rule says nothing; a hint it spoke for stays named on the card that covers it', () => {
    const p = pack('t', [
      rule({ id: 'specific', kind: 'phrases', phrases: ['refund'], supersedes: ['generic'] }),
      rule({ id: 'generic', kind: 'phrases', phrases: ['our policy'], severity: 'warn', yields: true }),
    ]);
    expect(cards(p, 'Our policy says no refund.')).toEqual([{ rule: 'specific', words: ['refund'], also: [] }]);
    expect(cards(p, 'Our policy says no.')).toEqual([{ rule: 'generic', words: ['Our policy'], also: [] }]);
    const chain = pack('t', [
      rule({ id: 'named', kind: 'phrases', phrases: ['as I said'] }),
      rule({ id: 'generic', kind: 'phrases', phrases: ['as I said'], yields: true, supersedes: ['x'] }),
      rule({ id: 'x', kind: 'phrases', phrases: ['today'] }),
    ]);
    expect(cards(chain, 'As I said, it ships today.')).toEqual([{ rule: 'named', words: ['As I said'], also: ['x'] }]);
  });

  test('yields is in the pack format and checked', () => {
    expect(parsePack(pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['x'], yields: true })])).ok).toBe(true);
    expect(parsePack(pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['x'], yields: 'yes' as never })])).ok).toBe(false);
  });

  test('supersedes is in the pack format and checked', () => {
    const ok = parsePack(pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['x'], supersedes: ['b'] })]));
    expect(ok.ok).toBe(true);
    const bad = parsePack(pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['x'], supersedes: ['Not A Slug'] })]));
    expect(bad.ok).toBe(false);
  });
});

describe('ifNear / unlessNear', () => {
  const PLAN = { phrases: ['checking', "I'll reply", 'I will reply'] };
  const TIME = { phrases: ['today', 'tomorrow'], pattern: '\\b\\d{1,2}\\s?(?:am|pm)\\b', flags: 'i' };
  const dk = pack('t', [rule({ id: 'dk', kind: 'phrases', phrases: ["I don't know"], severity: 'warn', unlessNear: [{ within: 'next-sentence', all: [PLAN, TIME] }] })]);

  test('a dead end with a plan and a time in the same or the next sentence stays quiet', () => {
    expect(cards(dk, "Hi Ana, I don't know yet, but I'm checking with the warehouse now and I'll reply by 3 pm today.")).toEqual([]);
    expect(cards(dk, "I don't know yet. I'm checking with the warehouse and I'll reply by 3 pm.")).toEqual([]);
    // A plan without a time, or a plan two sentences away, is not enough.
    expect(cards(dk, "I don't know yet. I'm checking with the warehouse.")).toHaveLength(1);
    expect(cards(dk, "I don't know. Sorry. I'm checking and I'll reply at 3 pm.")).toHaveLength(1);
  });

  test('each match is judged on its own', () => {
    const out = cards(dk, "I don't know why. Sorry about that. I don't know when, but I'm checking and I'll reply by 4pm.");
    expect(out).toEqual([{ rule: 'dk', words: ["I don't know"], also: [] }]);
    expect(run(dk, "I don't know why. Sorry about that. I don't know when, but I'm checking and I'll reply by 4pm.")[0]!.ranges[0]!.start).toBe(0);
  });

  const promise = { phrases: ['get back to you', "I'll call you"] };
  const p = pack('t', [
    rule({ id: 'no-time', kind: 'structure', when: promise, unlessNear: [{ within: 'sentence', all: [TIME] }] }),
    rule({ id: 'with-time', kind: 'structure', when: promise, ifNear: { within: 'sentence', all: [TIME] }, severity: 'info' }),
  ]);

  test("a promise's time is read from its own sentence only", () => {
    const draft = 'The courier comes by 6 pm. Reply to this email and I\'ll get back to you soon.';
    expect(cards(p, draft).map((c) => c.rule)).toEqual(['no-time']);
    expect(cards(p, "I'll call you tomorrow.").map((c) => c.rule)).toEqual(['with-time']);
  });

  test('clause scope stops at commas; around takes the sentence before too', () => {
    const clause = pack('t', [rule({ id: 'c', kind: 'phrases', phrases: ['no'], ifNear: { within: 'clause', all: [{ phrases: ['refund'] }] } })]);
    expect(cards(clause, 'No refund, sorry.')).toHaveLength(1);
    expect(cards(clause, 'Sorry, no. A refund is possible.')).toHaveLength(0);
    const around = pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['no'], unlessNear: [{ within: 'around', all: [{ phrases: ['instead'] }] }] })]);
    expect(cards(around, 'I can send a voucher instead. But no refund.')).toHaveLength(0);
    expect(cards(around, 'I can send a voucher instead. Thanks. Ok. But no refund.')).toHaveLength(1);
  });

  test('sentences: full stops, line breaks, and "p.m." before a lower-case word', () => {
    const c = compile([pack('t', [])]);
    const text = 'Hi Ana,\nIt ships at 3 p.m. today. Is that ok? Yes!';
    expect(draftSpans(c, text).sentences.map((r) => text.slice(r.start, r.end).trim())).toEqual(['Hi Ana,', 'It ships at 3 p.m. today.', 'Is that ok?', 'Yes!']);
  });
});
