// The learned veto on the default pack's hints (lib/guidance/learned-veto.ts, tools/train-drafts-en.ts):
// the shipped file is what a fresh training run writes, the trainer is deterministic, the veto drops
// only the default pack's vetoable hints.
import { readFileSync } from 'node:fs';
import type { LintPart } from '../../../lib/guidance/engine';
import type { Hint } from '../../../lib/guidance/hint';
import { VETO_MODEL, vetoPart, type VetoModel } from '../../../lib/guidance/learned-veto';
import { build, lintSplits, modelJson, train, WEIGHTS_FILE } from '../../../tools/train-drafts-en';

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
  // The model the cross-validation picks (not shipped) is re-picked with every split and rule added:
  // its behaviour is read with `npm run eval:drafts -- --veto-picked`, not pinned here.
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
