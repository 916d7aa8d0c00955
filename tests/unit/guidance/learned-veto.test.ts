// The learned veto on the default pack's hints (lib/guidance/learned-veto.ts, tools/train-drafts-en.ts):
// the shipped file is what a fresh training run writes, the trainer is deterministic, the veto drops
// only the default pack's vetoable hints, and the model the cross-validation picked (not shipped: its
// pick did not hold on splits it had not seen) tells a known false-alarm kind from a right hint.
import { readFileSync } from 'node:fs';
import { caseInput, compile, firedRuleIds, lintHints, lintPart, type LintPart } from '../../../lib/guidance/engine';
import { lintContext } from '../../../lib/guidance/context';
import { defaultPack } from '../../../lib/guidance/default-pack';
import type { Hint } from '../../../lib/guidance/hint';
import type { ThreadMessage } from '../../../lib/adapters/types';
import { keepProbability, lastCustomer, VETO_MODEL, vetoPart, type VetoModel } from '../../../lib/guidance/learned-veto';
import { build, lintSplits, modelJson, train, WEIGHTS_FILE } from '../../../tools/train-drafts-en';

const compiled = compile([defaultPack]);

function partOf(draft: string, customer: string, channel: 'email' | 'chat'): { part: LintPart; thread: ThreadMessage[] } {
  const thread: ThreadMessage[] = [{ role: 'customer', text: customer }];
  return { part: lintPart(compiled, { draft, thread, context: lintContext({ draft, site: 'test', channel, thread }) }), thread };
}

const hint = (ruleId: string, packId = 'heard-default', start = 0): Hint => ({
  id: `${packId}/${ruleId}`,
  ruleId,
  packId,
  severity: 'warn',
  title: ruleId,
  advice: '',
  why: '',
  examples: [],
  actions: [],
  ranges: [{ start, end: start + 4 }],
});

describe('the trainer', () => {
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    run = build();
  }, 120_000);

  test('the shipped weights are what a fresh training run writes', () => {
    expect(modelJson(run.model)).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
  });

  test('writes the same file twice', () => {
    expect(modelJson(build().model)).toBe(modelJson(run.model));
  }, 120_000);

  test('trains the same weights twice (a model with weights, not the switched-off file)', () => {
    const drafts = lintSplits(['train4', 'train5']);
    const a = train(drafts, 0.3);
    expect(a.nz.length).toBeGreaterThan(100);
    expect(modelJson(train(drafts, 0.3))).toBe(modelJson(a));
  });

  // Today's file: the cross-validated pick did not hold on the half of the splits it had not seen.
  test('ships the layer off, with no weights to carry, when the pick does not hold', () => {
    expect(run.holds).toBe(false);
    expect(VETO_MODEL.threshold).toBe(0);
    expect(VETO_MODEL.nz).toEqual([]);
  });

  describe('the model the cross-validation picked, trained on every training split', () => {
    let picked: VetoModel;
    beforeAll(() => {
      picked = { ...train(run.drafts, run.picked.t, run.fresh), rules: run.picked.rules ? [...run.picked.rules] : null };
    }, 60_000);
    const p = (ruleId: string, draft: string, customer: string, channel: 'email' | 'chat'): number => {
      const { part, thread } = partOf(draft, customer, channel);
      const h = part.hints.find((x) => x.ruleId === ruleId);
      expect(h, `${ruleId} fires`).toBeDefined();
      return keepProbability({ ruleId, ranges: h!.ranges, draft, channel, customer: lastCustomer(thread) }, picked);
    };

    // A known false alarm: asking a rep to acknowledge a repeat contact while they set a calm
    // boundary with an abusive customer (the writers label the boundary, not the acknowledgement).
    test.each([
      ["This is the THIRD time I'm asking for my deposit back. You lot are crooks and liars, absolute clowns.", "Priya, I want to get your deposit sorted and I will. I need us to keep this civil though; if the name-calling carries on I'll have to close the chat and reply by email instead. Your deposit of £200 was released this morning."],
      ['Third message now. Fourth actually. you useless idiots still haven\'t refunded me.', "I'll keep helping with this, but I can't continue if the insults carry on. The refund of £54 went back to your card today."],
    ])('vetoes repeat-contact-ack beside a boundary with an abusive customer: %s', (customer, draft) => {
      expect(picked.rules).toContain('repeat-contact-ack');
      expect(p('repeat-contact-ack', draft, customer, 'chat')).toBeLessThan(picked.threshold);
      const { part, thread } = partOf(draft, customer, 'chat');
      const shown = firedRuleIds(lintHints(vetoPart(part, draft, 'chat', thread, picked)));
      expect(shown).not.toContain('repeat-contact-ack');
      // The boundary itself is never the veto's to drop.
      expect(shown).toContain('abuse-boundary');
    });

    // Right hints: a returning customer whose reply ignores that they are back.
    test.each([
      ["This is the third time I've written about my broadband dropping every evening. Still not fixed.", 'Hi Sam,\n\nThanks for getting in touch. Please restart your router and check the cables are pushed in firmly. Let us know if that helps.\n\nKind regards,\nLee'],
      ['I rang twice last week and emailed on Monday, and nobody has called me back about the broken boiler.', "Hi Ana,\n\nThanks for your message about the boiler. Could you send us a photo of the pressure gauge so we can see what's happening?\n\nBest,\nTom"],
    ])('keeps repeat-contact-ack where the reply ignores a returning customer: %s', (customer, draft) => {
      expect(p('repeat-contact-ack', draft, customer, 'email')).toBeGreaterThanOrEqual(picked.threshold);
    });

    // The pack's own positive cases with the picked model applied: it would silence six of them,
    // one more reason it is not shipped (with the shipped file, the layer off, all fire).
    test("the pack's shouldMatch cases it would veto", () => {
      const lost: string[] = [];
      for (const rule of defaultPack.rules)
        for (const k of rule.tests.shouldMatch) {
          const input = caseInput(k);
          const part = lintPart(compiled, input);
          const shown = firedRuleIds(lintHints(vetoPart(part, input.draft, input.context.channel, input.thread, picked)));
          if (!shown.includes(rule.id)) lost.push(`${rule.id}: ${input.draft.slice(0, 60)}`);
        }
      // The picked model (not shipped) loses some of them. Which ones moves with every split and rule
      // added (train13 moved two), so only that it loses any, and only among the rules it reads, is held.
      expect(lost.length).toBeGreaterThan(0);
      for (const l of lost) expect(picked.rules).toContain(l.slice(0, l.indexOf(':')));
    });
  });
});

describe('vetoPart', () => {
  const draft = 'one two three four five six seven';
  // The part's rules are read only by folding (lintHints): stand-ins, one per hint, in the same order.
  const stand = (hints: Hint[]): LintPart => ({ next: hints.length, hints, fired: hints.map(() => null as never) });
  const part = stand([hint('jargon'), hint('abuse-boundary'), hint('jargon', 'team-pack', 8)]);
  const everything: VetoModel = { dim: 16, scale: 1, bias: -50, threshold: 0.5, rules: null, nz: [] };

  test('the layer off returns the part itself', () => {
    expect(vetoPart(part, draft, 'email', [], { ...everything, threshold: 0 })).toBe(part);
    expect(vetoPart(part, draft, 'email', [])).toBe(part);
  });

  test("drops the default pack's hints it reads, never abuse-boundary, never a team pack's rule", () => {
    const out = vetoPart(part, draft, 'email', [], everything);
    expect(out.hints.map((h) => `${h.packId}/${h.ruleId}`)).toEqual(['heard-default/abuse-boundary', 'team-pack/jargon']);
    expect(out.fired).toHaveLength(2);
    expect(out.next).toBe(3);
  });

  test('reads only the rules the model names', () => {
    const p = stand([hint('jargon'), hint('all-caps')]);
    expect(vetoPart(p, draft, 'chat', [], { ...everything, rules: ['all-caps'] }).hints.map((h) => h.ruleId)).toEqual(['jargon']);
  });

  test('keeps a hint the model reads as kept', () => {
    expect(vetoPart(part, draft, 'email', [], { ...everything, bias: 50 })).toBe(part);
  });
});
