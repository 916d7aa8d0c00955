// One test per case of every pack in the repo: the default pack and the valid fixture packs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { caseInput, compile, firedRuleIds, lint, runPackTests } from '../../../lib/guidance/engine';
import { defaultPack } from '../../../lib/guidance/default-pack';
import { parsePack, type Case, type Pack } from '../../../lib/guidance/schema';

const FIXTURES = join(__dirname, '../../fixtures/packs');
const fixturePacks: [string, Pack][] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json') && !f.startsWith('bad-'))
  .map((f) => {
    const parsed = parsePack(readFileSync(join(FIXTURES, f), 'utf8'));
    if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.errors)}`);
    return [f, parsed.pack];
  });

const packs: [string, Pack][] = [['default-pack.ts', defaultPack], ...fixturePacks];

const label = (k: Case) => (typeof k === 'string' ? k : `${k.draft} [+thread/context]`).slice(0, 70);

describe.each(packs)('pack %s', (_name, pack) => {
  const compiled = compile([pack]);
  for (const rule of pack.rules) {
    describe(rule.id, () => {
      test.each(rule.tests.shouldMatch.map((k) => [label(k), k] as const))('matches: %s', (_l, k) => {
        expect(firedRuleIds(lint(compiled, caseInput(k)))).toContain(rule.id);
      });
      test.each(rule.tests.shouldNotMatch.map((k) => [label(k), k] as const))('does not match: %s', (_l, k) => {
        expect(firedRuleIds(lint(compiled, caseInput(k)))).not.toContain(rule.id);
      });
    });
  }
});

describe('the default pack', () => {
  test('passes parsePack, also after a JSON round trip', () => {
    const direct = parsePack(defaultPack);
    expect(direct.ok ? [] : direct.errors).toEqual([]);
    const text = parsePack(JSON.stringify(defaultPack));
    expect(text.ok ? [] : text.errors).toEqual([]);
  });

  test('has at least 30 rules, each with at least 3 cases either way, and all pass runPackTests', () => {
    expect(defaultPack.id).toBe('heard-default');
    expect(defaultPack.rules.length).toBeGreaterThanOrEqual(30);
    for (const r of defaultPack.rules) {
      expect.soft(r.tests.shouldMatch.length, r.id).toBeGreaterThanOrEqual(3);
      expect.soft(r.tests.shouldNotMatch.length, r.id).toBeGreaterThanOrEqual(3);
    }
    expect(runPackTests(defaultPack).filter((r) => !r.ok)).toEqual([]);
  });

  test('covers the lessons of the domain table', () => {
    const ids = new Set(defaultPack.rules.map((r) => r.id));
    for (const id of [
      'dont-know', 'promise-no-time', 'promise-with-time', 'no-without-alternative', 'repeats-earlier-reply', 'policy-after-objection',
      'supervisor-request', 'unanswered-customer', 'repeat-contact-ack', 'as-i-said', 'you-should-have', 'calm-down', 'generic-greeting',
      'stock-apology', 'no-next-step', 'not-my-department', 'policy-only-reason', 'mistakes-were-made', 'long-for-chat', 'jargon',
      'all-caps', 'unfortunately-stacking', 'overpromise', 'asks-for-given-info', 'you-need-to', 'abuse-boundary',
    ]) expect.soft(ids.has(id), id).toBe(true);
    const kinds = new Set(defaultPack.rules.map((r) => (r.kind === 'conversation' ? `conversation:${r.check}` : r.kind)));
    expect([...kinds].sort()).toEqual([
      'conversation:customer-said', 'conversation:ignores-supervisor-request', 'conversation:policy-after-objection',
      'conversation:repeats-agent', 'conversation:unanswered-customer', 'phrases', 'regex', 'structure',
    ]);
    expect(defaultPack.checklists?.map((c) => c.id)).toEqual(['de-escalation', 'repeat-contact']);
    expect(defaultPack.boundaryPolicy?.warning).toBeTruthy();
  });

  test('"I don\'t know what happened to your order" gives exactly one hint: dont-know, with both actions', () => {
    const c = compile([defaultPack]);
    for (const thread of [[], [{ role: 'customer' as const, text: 'Where is my order?' }]]) {
      const hints = lint(c, { draft: "I don't know what happened to your order", thread, context: {} });
      expect(hints.map((h) => h.id)).toEqual(['heard-default/dont-know']);
      expect(hints[0]!.ranges).toEqual([{ start: 0, end: 12 }]);
      expect(hints[0]!.actions).toEqual(['offer-escalation', 'log-callback']);
    }
  });

  test('a good reply to an upset returning customer draws no warnings', () => {
    const c = compile([defaultPack]);
    const draft =
      "Hi Sam, I'm sorry you've had to write to us again about the refund, and that's on us. I've checked it myself: it was stuck at our bank. " +
      "I've resent it today and I'll email you by 5 pm tomorrow to confirm it has arrived. If you'd like, my supervisor can review the case too.";
    const hints = lint(c, {
      draft,
      thread: [{ role: 'customer', text: 'This is the third time I ask about my refund. Nobody has helped.' }],
      context: { customerTone: 'angry', channel: 'email' },
    });
    expect(hints.filter((h) => h.severity !== 'info').map((h) => h.ruleId)).toEqual([]);
  });
});
