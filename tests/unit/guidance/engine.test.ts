import type { ThreadMessage } from '../../../lib/adapters/types';
import { compile, countWords, firedRuleIds, lint, openChecklists, tickedItems, runPackTests } from '../../../lib/guidance/engine';
import type { LintContext } from '../../../lib/guidance/hint';
import { parsePack, type Pack } from '../../../lib/guidance/schema';
import { defaultPack } from '../../../lib/guidance/default-pack';
import { generatePack, BENCH_DRAFT, BENCH_THREAD } from '../../fixtures/packs/generated';
import { pack, rule } from './helpers';

const NO_THREAD: ThreadMessage[] = [];
function hintsFor(p: Pack | Pack[], draft: string, thread: readonly ThreadMessage[] = NO_THREAD, context: LintContext = {}) {
  return lint(compile(Array.isArray(p) ? p : [p]), { draft, thread, context });
}
function rangesOf(p: Pack, draft: string, ruleId: string, thread: readonly ThreadMessage[] = NO_THREAD, context: LintContext = {}) {
  const h = hintsFor(p, draft, thread, context).find((x) => x.ruleId === ruleId);
  return h ? h.ranges.map((r) => draft.slice(r.start, r.end)) : null;
}

describe('phrase matching', () => {
  const p = pack('t', [
    rule({ id: 'dk', kind: 'phrases', phrases: ["I don't know"] }),
    rule({ id: 'cb', kind: 'phrases', phrases: ["I'll call you back"] }),
    rule({ id: 'esc', kind: 'phrases', phrases: ['{escalate} this'] }),
    rule({ id: 'refund', kind: 'phrases', phrases: ['process the refund'], inflect: true }),
    rule({ id: 'gap', kind: 'phrases', phrases: ['get ... back to you'] }),
    rule({ id: 'dash', kind: 'phrases', phrases: ['follow-up'] }),
    rule({ id: 'cafe', kind: 'phrases', phrases: ['café'] }),
  ]);

  test.each([
    ["I don't know", "I don't know"],
    ['I don’t know', 'I don’t know'],
    ['I dont know', 'I dont know'],
    ['i DON‘T   know', 'i DON‘T   know'],
    ['Well, I don\'t\n\nknow yet.', "I don't\n\nknow"],
  ])('tolerates apostrophes, case and spacing: %j', (draft, expected) => {
    expect(rangesOf(p, draft, 'dk')).toEqual([expected]);
  });

  test('ranges are offsets into the original draft, even after curly quotes and newlines', () => {
    const draft = '“Hi” —\u00a0sorry, I don’t  know.\nAnd I dont know why.';
    const hints = hintsFor(p, draft).filter((h) => h.ruleId === 'dk');
    expect(hints).toHaveLength(1);
    expect(hints[0]!.ranges).toEqual([
      { start: draft.indexOf('I don’t'), end: draft.indexOf('know.') + 4 },
      { start: draft.indexOf('I dont'), end: draft.indexOf('know why') + 4 },
    ]);
  });

  test('missing apostrophe in short forms ("Ill")', () => {
    expect(rangesOf(p, 'Ill call you back today', 'cb')).toEqual(['Ill call you back']);
  });

  test('word boundaries: no match inside longer words', () => {
    expect(rangesOf(p, 'I don\'t knowingly do that', 'dk')).toBeNull();
    expect(rangesOf(p, 'XI don\'t know', 'dk')).toBeNull();
    expect(rangesOf(p, 'a cafés', 'cafe')).toBeNull();
    expect(rangesOf(p, 'Le café, ouvert', 'cafe')).toEqual(['café']);
  });

  test('{word} and inflect: true accept regular inflections', () => {
    expect(rangesOf(p, 'I escalated this. She escalates this, escalating this.', 'esc')).toEqual(['escalated this', 'escalates this', 'escalating this']);
    expect(rangesOf(p, 'I escalator this', 'esc')).toBeNull();
    expect(rangesOf(p, 'We processed the refunds.', 'refund')).toBeNull(); // only the last word inflects
    expect(rangesOf(p, 'We process the refunds and process the refunding.', 'refund')).toEqual(['process the refunds', 'process the refunding']);
  });

  test('"..." allows up to three words between', () => {
    expect(rangesOf(p, 'I will get right back to you', 'gap')).toEqual(['get right back to you']);
    expect(rangesOf(p, 'get back to you', 'gap')).toEqual(['get back to you']);
    expect(rangesOf(p, 'get one two three back to you', 'gap')).toEqual(['get one two three back to you']);
    expect(rangesOf(p, 'get one two three four back to you', 'gap')).toBeNull();
  });

  test('a dash matches a dash, a space or nothing', () => {
    expect(rangesOf(p, 'a follow-up, a follow up, a followup', 'dash')).toEqual(['follow-up', 'follow up', 'followup']);
  });

  test('countWords treats contractions as one word', () => {
    expect(countWords("I don't know, it’s  fine\n")).toBe(5);
    expect(countWords('')).toBe(0);
  });

  test('countWords with a limit stops one word past it (what a minWords/maxWords check needs)', () => {
    const text = "I don't know, it’s  fine\n";
    for (let upTo = 0; upTo <= 6; upTo++) expect(countWords(text, upTo)).toBe(Math.min(5, upTo + 1));
  });
});

describe('rule kinds', () => {
  test('regex rule with flags, and unless', () => {
    const p = pack('t', [rule({ id: 'r', kind: 'regex', pattern: '\\border\\s#?\\d{4,}', flags: 'i', unless: { phrases: ['thanks'] } })]);
    expect(rangesOf(p, 'ORDER #12345 and order 99999', 'r')).toEqual(['ORDER #12345', 'order 99999']);
    expect(rangesOf(p, 'Thanks, order 12345 found', 'r')).toBeNull();
    expect(rangesOf(p, 'order 12', 'r')).toBeNull();
  });

  test('structure: when / also / unless / minWords / maxWords / minMatches', () => {
    const p = pack('t', [
      rule({ id: 's', kind: 'structure', when: { phrases: ['sorry'] }, minMatches: 2, also: [{ phrases: ['refund'] }], unless: { phrases: ['today'] }, minWords: 4, maxWords: 12 }),
      rule({ id: 'long', kind: 'structure', minWords: 5 }),
    ]);
    expect(rangesOf(p, 'Sorry, so sorry about the refund.', 's')).toEqual(['Sorry', 'sorry']);
    expect(rangesOf(p, 'Sorry about the refund.', 's')).toBeNull(); // one match only
    expect(rangesOf(p, 'Sorry, so sorry about the delay.', 's')).toBeNull(); // also fails
    expect(rangesOf(p, 'Sorry, so sorry, refund today.', 's')).toBeNull(); // unless
    expect(rangesOf(p, 'Sorry sorry refund', 's')).toBeNull(); // 3 words < minWords
    expect(rangesOf(p, 'Sorry, so sorry about the refund, it will go out on the first of next month.', 's')).toBeNull(); // > maxWords
    expect(rangesOf(p, 'one two three four five', 'long')).toEqual([]);
    expect(rangesOf(p, 'one two three four', 'long')).toBeNull();
  });

  const agentText = 'Our returns window is 30 days from delivery and items must be unused in the original packaging.';
  const rep = pack('t', [rule({ id: 'rep', kind: 'conversation', check: 'repeats-agent' })]);

  test('repeats-agent: near-verbatim repeat of an earlier agent message, with its range', () => {
    const thread: ThreadMessage[] = [{ role: 'agent', text: agentText }, { role: 'customer', text: 'It arrived broken!' }];
    const draft = `Hello again! As I wrote, our returns window is 30 days from delivery and items must be unused in original packaging.`;
    const ranges = rangesOf(rep, draft, 'rep', thread);
    expect(ranges).not.toBeNull();
    expect(ranges!.join(' ')).toContain('returns window is 30 days from delivery and items must be unused');
    expect(rangesOf(rep, 'I am sorry it arrived broken; a replacement goes out today with a prepaid return label.', 'rep', thread)).toBeNull();
    // the customer's own words are not the agent's
    expect(rangesOf(rep, agentText, 'rep', [{ role: 'customer', text: agentText }])).toBeNull();
    // short overlaps don't count
    expect(rangesOf(rep, 'Thanks for your message.', 'rep', [{ role: 'agent', text: 'Thanks for your message. Bye.' }])).toBeNull();
  });

  test('policy-after-objection needs both the objection in the thread and policy in the draft', () => {
    const p = pack('t', [rule({ id: 'pao', kind: 'conversation', check: 'policy-after-objection', policy: { phrases: ['our policy'] }, objection: { phrases: ["doesn't apply"] } })]);
    const objected: ThreadMessage[] = [{ role: 'customer', text: 'That rule doesnt apply to me.' }];
    expect(rangesOf(p, 'Our policy is 30 days.', 'pao', objected)).toEqual(['Our policy']);
    expect(rangesOf(p, 'Let me check what is different.', 'pao', objected)).toBeNull();
    expect(rangesOf(p, 'Our policy is 30 days.', 'pao', [{ role: 'customer', text: 'How long do I have?' }])).toBeNull();
    expect(rangesOf(p, 'Our policy is 30 days.', 'pao', [{ role: 'agent', text: "doesn't apply" }])).toBeNull();
  });

  test('ignores-supervisor-request: pending until an agent mentions escalation', () => {
    const p = pack('t', [rule({ id: 'sup', kind: 'conversation', check: 'ignores-supervisor-request', request: { phrases: ['manager'] }, escalation: { phrases: ['supervisor', 'manager'] } })]);
    const asked: ThreadMessage[] = [{ role: 'customer', text: 'Get me a manager.' }];
    expect(rangesOf(p, 'Let me look.', 'sup', asked)).toEqual([]);
    expect(rangesOf(p, "I've asked my supervisor to call you.", 'sup', asked)).toBeNull();
    expect(rangesOf(p, 'Let me look.', 'sup', [...asked, { role: 'agent', text: 'I have asked a manager.' }])).toBeNull();
    expect(rangesOf(p, 'Let me look.', 'sup', [...asked, { role: 'agent', text: 'I have asked a manager.' }, { role: 'customer', text: 'Where is that manager?' }])).toEqual([]);
  });

  test('unanswered-customer: fires on context, when the customer spoke last', () => {
    const p = pack('t', [rule({ id: 'un', kind: 'conversation', check: 'unanswered-customer', maxWords: 3, acknowledgement: { phrases: ['thanks'] } })]);
    const waiting: ThreadMessage[] = [{ role: 'customer', text: 'Hello?' }, { role: 'note', text: 'internal' }];
    expect(rangesOf(p, '', 'un', waiting)).toEqual([]);
    expect(rangesOf(p, 'Ok', 'un', waiting)).toEqual([]);
    expect(rangesOf(p, 'Thanks, looking', 'un', waiting)).toBeNull();
    expect(rangesOf(p, 'One two three four', 'un', waiting)).toBeNull();
    expect(rangesOf(p, '', 'un', [...waiting, { role: 'agent', text: 'Hi' }])).toBeNull();
    expect(rangesOf(p, '', 'un', [])).toBeNull();
  });

  test('customer-said with lastOnly looks at the last customer message only', () => {
    const p = pack('t', [rule({ id: 'cs', kind: 'conversation', check: 'customer-said', customer: { phrases: ['cancel'] }, lastOnly: true, draft: { phrases: ['fee'] } })]);
    expect(rangesOf(p, 'The fee is 10.', 'cs', [{ role: 'customer', text: 'I want to cancel' }])).toEqual(['fee']);
    expect(rangesOf(p, 'The fee is 10.', 'cs', [{ role: 'customer', text: 'I want to cancel' }, { role: 'customer', text: 'Hello?' }])).toBeNull();
    expect(rangesOf(p, 'No charge.', 'cs', [{ role: 'customer', text: 'I want to cancel' }])).toBeNull();
  });

  test('customer-said with things: only an ask whose sentence and a customer message name the same thing', () => {
    const p = pack('t', [
      rule({
        id: 'given',
        kind: 'conversation',
        check: 'customer-said',
        customer: { pattern: '\\d{4}' },
        draft: { phrases: ['could you send'] },
        things: [{ phrases: ['order'] }, { phrases: ['postcode'] }],
      }),
    ]);
    const gave = [{ role: 'customer' as const, text: 'My order 5521 is late.' }];
    expect(rangesOf(p, 'Could you send the order number? Thanks.', 'given', gave)).toEqual(['Could you send']);
    // Another thing asked for than the one given, or nothing the things name: quiet.
    expect(rangesOf(p, 'Could you send your postcode?', 'given', gave)).toBeNull();
    expect(rangesOf(p, 'Could you send your details?', 'given', gave)).toBeNull();
    // Of two asks, only the one for the thing given is marked.
    expect(rangesOf(p, 'Could you send your postcode? Also, could you send the order number.', 'given', gave)).toEqual(['could you send']);
    // Bad input names the field: an empty list.
    expect(parsePack({ ...p, rules: [{ ...p.rules[0], things: [] }] })).toMatchObject({ ok: false, errors: [expect.objectContaining({ path: 'rules[0].things' })] });
  });
});

describe('conditions', () => {
  const p = pack('t', [
    rule({ id: 'tone', kind: 'phrases', phrases: ['hello'], context: { customerTone: ['angry'] } }),
    rule({ id: 'min', kind: 'phrases', phrases: ['hello'], context: { minCustomerTone: 'frustrated' } }),
    rule({ id: 'site', kind: 'phrases', phrases: ['hello'], context: { sites: ['zendesk'] } }),
    rule({ id: 'chan', kind: 'phrases', phrases: ['hello'], context: { channels: ['chat', 'phone'] } }),
    rule({ id: 'risk', kind: 'structure', context: { draftRisks: ['blame'] } }),
    rule({ id: 'rep', kind: 'phrases', phrases: ['hello'], context: { repeatContact: true } }),
    rule({ id: 'ask', kind: 'phrases', phrases: ['hello'], context: { unlessCustomerSays: { phrases: ['manager'] } } }),
  ]);
  const fired = (ctx: LintContext, draft = 'hello') => firedRuleIds(hintsFor(p, draft, [], ctx)).filter((id) => id !== 'ask').sort();
  const asked = (thread: { role: 'customer' | 'agent'; text: string }[]) => firedRuleIds(hintsFor(p, 'hello', thread, {})).includes('ask');

  test('no context: only unconditioned rules', () => expect(fired({})).toEqual([]));
  test('tone list and minimum', () => {
    expect(fired({ customerTone: 'angry' })).toEqual(['min', 'tone']);
    expect(fired({ customerTone: 'frustrated' })).toEqual(['min']);
    expect(fired({ customerTone: 'abusive' })).toEqual(['min']);
    expect(fired({ customerTone: 'calm' })).toEqual([]);
  });
  test('site and channel', () => {
    expect(fired({ site: 'zendesk', channel: 'email' })).toEqual(['site']);
    expect(fired({ site: 'freshdesk', channel: 'chat' })).toEqual(['chan']);
  });
  test('repeat contact', () => expect(fired({ repeatContact: true })).toEqual(['rep']));
  test('unless the customer says: quiet while their latest message matches, not for an earlier one or an agent\'s', () => {
    expect(asked([])).toBe(true);
    expect(asked([{ role: 'customer', text: 'Get me a manager.' }])).toBe(false);
    expect(asked([{ role: 'customer', text: 'Get me a manager.' }, { role: 'agent', text: 'On it.' }])).toBe(false);
    expect(asked([{ role: 'customer', text: 'Get me a manager.' }, { role: 'customer', text: 'Still waiting.' }])).toBe(true);
    expect(asked([{ role: 'agent', text: 'My manager agrees.' }, { role: 'customer', text: 'Fine.' }])).toBe(true);
  });
  test('draft risks: the risk ranges become the hint ranges', () => {
    const h = hintsFor(p, 'You should have read it', [], { draftRisks: [{ kind: 'blame', start: 0, end: 15 }, { kind: 'all-caps', start: 16, end: 20 }] });
    expect(h.map((x) => [x.ruleId, x.ranges])).toEqual([['risk', [{ start: 0, end: 15 }]]]);
    expect(fired({ draftRisks: [{ kind: 'sarcasm', start: 0, end: 2 }] })).toEqual([]);
  });
});

describe('packs, overrides, preferences', () => {
  const base = pack('base', [
    rule({ id: 'a', kind: 'phrases', phrases: ['alpha'], severity: 'info' }),
    rule({ id: 'b', kind: 'phrases', phrases: ['beta'], locked: true }),
    rule({ id: 'c', kind: 'phrases', phrases: ['gamma'], severity: 'warn' }),
  ]);
  const team = pack('team', [
    rule({ id: 'a', kind: 'phrases', phrases: ['delta'], severity: 'warn' }),
    rule({ id: 'b', kind: 'phrases', phrases: ['epsilon'] }),
  ]);

  test('a later pack overrides a rule with the same id; the hint id names the later pack', () => {
    const c = compile([base, team]);
    expect(lint(c, { draft: 'alpha delta', thread: [], context: {} }).map((h) => h.id)).toEqual(['team/a']);
  });

  test('a locked rule cannot be overridden', () => {
    const c = compile([base, team]);
    expect(lint(c, { draft: 'beta epsilon', thread: [], context: {} }).map((h) => h.id)).toEqual(['base/b']);
    expect(c.skipped).toEqual([{ packId: 'team', ruleId: 'b', reason: 'overrides a locked rule of base' }]);
  });

  test('disabled rules are skipped unless locked; by rule id or hint id', () => {
    const draft = { draft: 'alpha beta gamma', thread: [], context: {} };
    expect(lint(compile([base], { disabledRuleIds: new Set(['a', 'b']) }), draft).map((h) => h.ruleId)).toEqual(['c', 'b']);
    expect(lint(compile([base], { disabledRuleIds: new Set(['base/c']) }), draft).map((h) => h.ruleId)).toEqual(['b', 'a']);
  });

  test('sorted by severity, then first range', () => {
    const p = pack('s', [
      rule({ id: 'i1', kind: 'phrases', phrases: ['one'], severity: 'info' }),
      rule({ id: 'w2', kind: 'phrases', phrases: ['two'], severity: 'warn' }),
      rule({ id: 's3', kind: 'phrases', phrases: ['three'], severity: 'suggest' }),
      rule({ id: 'w1', kind: 'phrases', phrases: ['zero'], severity: 'warn' }),
      rule({ id: 'wx', kind: 'structure', minWords: 1, severity: 'warn' }),
    ]);
    expect(hintsFor(p, 'zero one two three').map((h) => h.ruleId)).toEqual(['w1', 'w2', 'wx', 's3', 'i1']);
  });

  test('hint carries the rule texts and actions', () => {
    const p = pack('p', [rule({ id: 'x', kind: 'phrases', phrases: ['x'], actions: ['log-callback'], examples: ['Ex.'], title: 'T', advice: 'A', why: 'W', severity: 'info' })]);
    expect(hintsFor(p, 'x')).toEqual([
      { id: 'p/x', ruleId: 'x', packId: 'p', severity: 'info', title: 'T', advice: 'A', why: 'W', examples: ['Ex.'], actions: ['log-callback'], ranges: [{ start: 0, end: 1 }] },
    ]);
  });

  test('memoisation never leaks results between drafts or threads', () => {
    const p = pack('m', [
      rule({ id: 'x', kind: 'phrases', phrases: ['refund'] }),
      rule({ id: 'pao', kind: 'conversation', check: 'policy-after-objection', policy: { phrases: ['policy'] }, objection: { phrases: ['different'] } }),
    ]);
    const c = compile([p]);
    const run = (draft: string, thread: ThreadMessage[]) => lint(c, { draft, thread, context: {} }).map((h) => h.ruleId);
    expect(run('refund', [])).toEqual(['x']);
    expect(run('nothing', [])).toEqual([]);
    expect(run('refund', [])).toEqual(['x']);
    const t1: ThreadMessage[] = [{ role: 'customer', text: 'my case is different' }];
    expect(run('policy', t1)).toEqual(['pao']);
    expect(run('policy', [{ role: 'customer', text: 'my case is the same' }])).toEqual([]);
    expect(run('policy', [{ role: 'customer', text: 'my case is different' }])).toEqual(['pao']);
  });

  test('a compiled pack is unaffected by parsing a bad pack afterwards', () => {
    const c = compile([base]);
    const before = lint(c, { draft: 'alpha', thread: [], context: {} });
    expect(parsePack('{"schemaVersion":1,"__proto__":{"polluted":true},"rules":[{"id":"a","kind":"regex","pattern":"(a+)+"}]}').ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(lint(c, { draft: 'alpha', thread: [], context: {} })).toEqual(before);
  });

  test('compile skips (never throws on) a rule whose pattern is invalid in an unvalidated pack', () => {
    const p = pack('bad', [rule({ id: 'bad', kind: 'regex', pattern: '(' }), rule({ id: 'ok', kind: 'phrases', phrases: ['ok'] })]);
    const c = compile([p]);
    expect(c.skipped.map((s) => s.ruleId)).toEqual(['bad']);
    expect(lint(c, { draft: 'ok', thread: [], context: {} }).map((h) => h.ruleId)).toEqual(['ok']);
  });
});

describe('checklists', () => {
  const p = pack('c', [], {
    checklists: [
      { id: 'upset', title: 'Upset', trigger: { customerTone: ['angry'] }, items: [{ id: 'ack', label: 'Ack', tickWhen: { phrases: ['sorry'] } }, { id: 'time', label: 'Time', tickWhen: { pattern: '\\bby \\d', flags: 'i' } }] },
      { id: 'again', title: 'Again', trigger: { repeatContact: true, customerSays: { phrases: ['third time'] } }, items: [{ id: 'x', label: 'X', tickWhen: { phrases: ['again'] } }] },
    ],
  });
  const c = compile([p]);

  test('openChecklists follows tone, the repeat-contact flag, and what the customer said', () => {
    const ids = (thread: ThreadMessage[], context: LintContext) => openChecklists(c, { thread, context }).map((x) => x.id);
    expect(ids([], {})).toEqual([]);
    expect(ids([], { customerTone: 'angry' })).toEqual(['upset']);
    expect(ids([], { repeatContact: true })).toEqual(['again']);
    expect(ids([{ role: 'customer', text: 'Third  time I write' }], {})).toEqual(['again']);
  });

  test('tickedItems ticks what the draft already does', () => {
    expect(tickedItems(c, 'upset', "I'm sorry. I'll fix it by 3pm.")).toEqual(['ack', 'time']);
    expect(tickedItems(c, 'upset', 'I will fix it.')).toEqual([]);
    expect(tickedItems(c, 'nope', 'sorry')).toEqual([]);
  });
});

describe('runPackTests', () => {
  test('reports each case with its expectation and outcome', () => {
    const p = pack('r', [rule({ id: 'x', kind: 'phrases', phrases: ['refund'], tests: { shouldMatch: ['a refund', 'no match here'], shouldNotMatch: ['nothing', 'refund!'] } })]);
    expect(runPackTests(p).map((r) => [r.case, r.expected, r.ok])).toEqual([
      ['a refund', 'match', true],
      ['no match here', 'match', false],
      ['nothing', 'no-match', true],
      ['refund!', 'no-match', false],
    ]);
  });
});

describe('scale', () => {
  test('a 1,000-rule pack parses and compiles in time linear in its rules, and lints within a few default packs\' time (ratios, side by side)', () => {
    const big = generatePack(1000);
    const parsed = parsePack(JSON.stringify(big));
    expect(parsed.ok).toBe(true);
    const small = generatePack(100);
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Medians of interleaved runs, so a busy machine slows both sides alike; no absolute time is
    // asserted (the bench prints the real figures).
    const compileMs = { small: [] as number[], big: [] as number[] };
    const lintMs = { builtIn: [] as number[], big: [] as number[] };
    const builtIn = compile([defaultPack]);
    compile([small]); // warm: the first compile pays for the compiler's own first run
    let c = compile([big]);
    const lintOnce = (packs: typeof c, k: number): number => {
      const t0 = performance.now();
      for (let i = 0; i < 10; i++) lint(packs, { draft: `${BENCH_DRAFT} ${k} ${i}`, thread: BENCH_THREAD, context: {} });
      return (performance.now() - t0) / 10;
    };
    for (let k = 0; k < 5; k++) {
      let t0 = performance.now();
      compile([small]);
      compileMs.small.push(performance.now() - t0);
      t0 = performance.now();
      c = compile([big]);
      compileMs.big.push(performance.now() - t0);
      lintMs.builtIn.push(lintOnce(builtIn, k));
      lintMs.big.push(lintOnce(c, k));
    }
    expect(c.rules).toHaveLength(1000);
    // Ten times the rules: at most 30 times the compile (quadratic would be 100 times; measured 7–18 on a busy machine).
    expect(median(compileMs.big) / median(compileMs.small)).toBeLessThan(30);
    // 1,000 generated rules lint within 10 times the built-in pack's time (measured 1.0–1.5: the phrase gate).
    expect(median(lintMs.big) / median(lintMs.builtIn)).toBeLessThan(10);
  });

  test('the phrase gate never hides a match the RegExp would find', () => {
    const big = generatePack(300, 7);
    const c = compile([big]);
    const words = ['the', 'order', 'refund', 'orders', 'refunded', 'router', 'reset', 'charge', 'charged', 'label', 'track', 'tracking'];
    for (let i = 0; i < 40; i++) {
      const draft = Array.from({ length: 30 }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(i % 2 ? '  ' : '\n');
      const gated = lint(c, { draft, thread: [], context: {} }).map((h) => h.id);
      for (const r of c.rules) for (const m of r.matchers) m.memoText = null;
      const ungated = c.rules
        .filter((r) => (r.kind === 'phrases' || r.kind === 'regex') && r.matchers[0]!.res.some((re) => new RegExp(re.source, re.flags).test(draft)))
        .map((r) => r.hintId);
      expect(gated.filter((id) => ungated.includes(id)).sort()).toEqual(ungated.sort());
    }
  });
});
