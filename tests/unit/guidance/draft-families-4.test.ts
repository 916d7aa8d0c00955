/**
 * Families of ways people write one thing in a reply draft (issue 11, points 1, 2 and 4), written by hand
 * for the fourth round of tuning: "end with the next step" (the structure kind's `unlessAtEnd`), promises
 * with and without a concrete time, refusals with and without something after them. Each family of hits
 * has a family of near misses that must stay quiet. They check what the rep SEES (own card or "also: …").
 * None is taken from the labelled corpus.
 */
import { compile, firedRuleIds, lint } from '../../../lib/guidance/engine';
import { lintContext } from '../../../lib/guidance/context';
import { defaultPack } from '../../../lib/guidance/default-pack';
import { parsePack } from '../../../lib/guidance/schema';
import { pack, rule } from './helpers';

const c = compile([defaultPack]);
/** Every rule the rep sees on a draft (own card or "also: …"). */
const shown = (draft: string, channel: 'email' | 'chat' = 'email'): string[] =>
  firedRuleIds(lint(c, { draft, thread: [], context: lintContext({ draft, site: 'test', channel, thread: [] }) }));

describe('structure kind: unlessAtEnd / endSentences ("end with the next step")', () => {
  const STEP = { phrases: ["I'll", 'I will'] };
  const p = (extra: Record<string, unknown>) => pack('t', [rule({ id: 'ends', kind: 'structure', unlessAtEnd: STEP, ...extra } as never)]);
  const fires = (extra: Record<string, unknown>, draft: string) => lint(compile([p(extra)]), { draft, thread: [], context: {} }).length > 0;

  test('in the pack format: endSentences needs unlessAtEnd and is 1–20; unlessAtEnd alone is enough for a structure rule', () => {
    expect(parsePack(p({})).ok).toBe(true);
    expect(parsePack(p({ endSentences: 2 })).ok).toBe(true);
    expect(parsePack(p({ endSentences: 0 })).ok).toBe(false);
    expect(parsePack(p({ endSentences: 21 })).ok).toBe(false);
    expect(parsePack(pack('t', [rule({ id: 'x', kind: 'structure', minWords: 1, endSentences: 2 } as never)])).ok).toBe(false);
  });

  test('a step only early in the draft does not count; in its last sentences it does', () => {
    const early = "I'll look at it. The order left on Monday. It went to the depot. The depot is closed on Sundays. Parcels wait there.";
    expect(fires({}, early)).toBe(true);
    expect(fires({ endSentences: 5 }, early)).toBe(false);
    expect(fires({}, 'The order left on Monday. It went to the depot. The depot is closed on Sundays. I will chase it tomorrow.')).toBe(false);
    expect(fires({ endSentences: 1 }, "The order left on Monday. I'll chase it. The depot is closed on Sundays.")).toBe(true);
    expect(fires({ endSentences: 2 }, "The order left on Monday. I'll chase it. The depot is closed on Sundays.")).toBe(false);
  });

  test('a sign-off, a signature and a closing courtesy are not counted as the closing', () => {
    const body = "The order left on Monday. It went to the depot. The depot is closed on Sundays. I'll chase it tomorrow.";
    for (const end of [
      '\n\nKind regards,\nSam\nCustomer Care',
      '\n\nThanks!\nSam',
      '\n\nHave a lovely weekend!\n\nBest,\nSam Ortiz\nOrders team, Acme Ltd',
      '\n\nI hope this helps. Thanks again for your patience.\n\nWith apologies,\nSam',
      '\n\nWith warm regards, and congratulations on the new house,\nSam\nHome Team',
      '\n\nMit freundlichen Grüßen\nSam',
      '\n\nCordialement,\nSam',
    ]) expect(fires({ endSentences: 1 }, body + end)).toBe(false);
    // A sentence of substance after the step is the closing.
    expect(fires({ endSentences: 1 }, `${body} Parcels usually wait there for two days.\n\nKind regards,\nSam`)).toBe(true);
  });
});

/** A long explanation with something left open; the only step-like words come early, the closing is more explanation. */
const ENDS_WITHOUT_STEP = [
  "Hi Tom,\n\nI'll be honest with you about what went wrong. Sorry the invoice was wrong this month. The error came from a pricing change that went live on the 1st. It affected a small number of accounts on the older plan. Yours was one of them, and the amount shown was higher than the plan price.\n\nKind regards,\nSam",
  "Hello Priya,\n\nI can see the order in our system. Unfortunately the parcel was damaged at the depot. The outer box was crushed in the sorting machine. Our depot team photographed it before it was repacked. The glassware inside did not survive.\n\nBest wishes,\nLeo",
  "Dear Mr Kaur,\n\nWe will always be straight with our customers. Sadly your claim was declined by the insurer. Their assessor looked at the photos and the report from the garage. The damage was judged to be wear and tear rather than an accident. That part of the policy is written by the insurer, not by us.\n\nYours sincerely,\nClaims Team",
  "Hi Jo,\n\nI'm going to explain the charge. The €12 fee is the late payment fee from March. It was added when the direct debit bounced on the 3rd. The bank returned it as unpaid. Our system adds the fee automatically when that happens.\n\nThanks,\nMia",
  "Hi Ana,\n\nYou can see the delay on the tracking page too. The shipment is delayed in customs at Frankfurt. Customs checks are random and we are not told why a parcel is picked. Most checks take a few days. Some take longer when the paperwork is sent back to the sender.\n\nCheers,\nBen",
];
/** The same explanations, ending with a step (theirs or ours), followed by a sign-off, a courtesy or a signature. */
const ENDS_WITH_STEP = [
  "Hi Tom,\n\nSorry the invoice was wrong this month. The error came from a pricing change that went live on the 1st. It affected a small number of accounts on the older plan. I've corrected it and the difference will be credited to your card by Friday.\n\nKind regards,\nSam",
  "Hello Priya,\n\nUnfortunately the parcel was damaged at the depot. The outer box was crushed in the sorting machine. The glassware inside did not survive. A replacement set is going out today, and you'll get the tracking link this afternoon.\n\nHave a good weekend!\n\nBest wishes,\nLeo",
  "Dear Mr Kaur,\n\nSadly your claim was declined by the insurer. Their assessor judged the damage to be wear and tear. If you'd like to appeal, reply with the garage's report and I will send it to the insurer the same day.\n\nYours sincerely,\nClaims Team",
  "Hi Jo,\n\nThe €12 fee is the late payment fee from March. It was added when the direct debit bounced on the 3rd. As it's your first one, I've waived it, so the next bill won't show it.\n\nThanks,\nMia",
  "Hi Ana,\n\nThe shipment is delayed in customs at Frankfurt. Customs checks are random. Most take a few days; I'm watching it and I'll message you as soon as it moves, at the latest on Thursday.\n\nI hope that helps.\n\nCheers,\nBen",
  "Hi Dev,\n\nSorry, the part for your boiler is out of stock at our warehouse. The supplier has it on back order. Ask for Ida at the front desk when you come in and she'll check the other branches for you.\n\nAll the best,\nKit",
];

describe('no-next-step: the next step is looked for in the closing of the draft', () => {
  test.each(ENDS_WITHOUT_STEP.map((t) => [t]))('shown: %s', (draft) => {
    expect(shown(draft)).toContain('no-next-step');
  });
  test.each(ENDS_WITH_STEP.map((t) => [t]))('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('no-next-step');
  });
});
