/**
 * Issue 11, "What was measured": each example typed as the rep typed it, linted with the default pack
 * as the background lints (same context builder), and the hints it must and must not give.
 */
import type { ThreadMessage } from '../../../lib/adapters/types';
import { compile, lint, tickedItems } from '../../../lib/guidance/engine';
import { lintContext } from '../../../lib/guidance/context';
import { defaultPack } from '../../../lib/guidance/default-pack';

const c = compile([defaultPack]);

function cards(draft: string, thread: ThreadMessage[] = [], channel: 'email' | 'chat' = 'email') {
  const hints = lint(c, { draft, thread, context: lintContext({ draft, site: 'test', channel, thread }) });
  return hints.map((h) => ({ rule: h.ruleId, also: (h.also ?? []).map((a) => a.ruleId), words: h.ranges.map((r) => draft.slice(r.start, r.end)) }));
}
const rules = (draft: string, thread: ThreadMessage[] = [], channel: 'email' | 'chat' = 'email') => cards(draft, thread, channel).map((h) => h.rule);

describe('issue 11: duplicates on the same words', () => {
  test('"As I said" is one card (as-i-said), the tone reading folded into it', () => {
    const out = cards('As I said, the refund takes five working days to reach your card.');
    const said = out.filter((h) => h.words.some((w) => /as i said/i.test(w)));
    expect(said).toHaveLength(1);
    expect(said[0]!.rule).toBe('as-i-said');
    expect(out.filter((h) => h.rule === 'draft-tone-risk')).toEqual([]);
  });

  test('"per our policy" after an objection is one card (policy-after-objection), not two', () => {
    const thread: ThreadMessage[] = [{ role: 'customer', text: "The 30-day rule doesn't apply here, it was faulty from day one." }];
    const out = rules('Per our policy, returns must be made within 30 days of delivery.', thread);
    expect(out).toContain('policy-after-objection');
    expect(out).not.toContain('policy-only-reason');
  });
});

describe('issue 11: right advice is not flagged as wrong', () => {
  test('not knowing yet, with a plan and a time, is not a dead end', () => {
    const out = rules("Hi Ana, I don't know yet, but I'm checking with the warehouse now and I'll reply by 3 pm today.");
    expect(out).not.toContain('dont-know');
    expect(out).toContain('promise-with-time');
  });

  test('"you will not need to explain it again" is not asking them to start over', () => {
    expect(rules("I've read the whole thread, so you will not need to explain it again.")).not.toContain('asks-to-repeat');
  });

  test('a refusal followed in the same sentence by who can do it, and that they were asked, has its alternative', () => {
    const out = rules("I can't approve a refund on this plan myself, but I've asked our billing team, who can, to review it today.");
    expect(out).not.toContain('no-without-alternative');
  });

  test('"I don\'t know if…" as a polite opener is not a dead end', () => {
    expect(rules("I don't know if you've seen our new tracking page, but it shows every scan of your parcel.")).not.toContain('dont-know');
  });
});

describe('issue 11: misses are caught', () => {
  test.each([
    ['no clue why it does that tbh, never seen it before'],
    ["Honestly I dunno, it's a weird one."],
    ['Not sure what happened there, sorry.'],
  ])('informal not knowing: %s', (draft) => {
    expect(rules(draft, [], 'chat')).toContain('dont-know');
  });

  test('a vague "we\'ll look into it and follow up" is a promise without a time', () => {
    expect(rules("Thanks for flagging this. We'll look into it and follow up.")).toContain('promise-no-time');
  });

  test.each([
    ["We don't do refunds on sale items."],
    ['That size is sold out.'],
    ['The aisle seats are all taken on this flight.'],
  ])('a refusal said as a flat statement: %s', (draft) => {
    expect(rules(draft)).toContain('no-without-alternative');
  });

  test('minimizing: "these things take time"', () => {
    expect(rules('These things take time, the courier is very busy this month.')).toContain('minimizing');
  });

  test('a refusal buried in a long email is caught as it is when typed alone', () => {
    const alone = "We're not able to refund the fee.";
    const long =
      'Hi Hollie,\n\nThanks for getting in touch, and for the details of what happened on the night of the 27th. ' +
      'I have looked at your account and I can see the direct debit that went out while the balance was low, and the salary that arrived the next morning. ' +
      `I understand it feels like a lot for three pounds and one night. ${alone}\n\n` +
      'The fee is applied automatically when the account goes into an unarranged overdraft, and it shows on the statement as a separate line.\n\nKind regards,\nCallum';
    expect(rules(alone)).toContain('no-without-alternative');
    expect(rules(long)).toContain('no-without-alternative');
  });
});

describe('issue 11: promises', () => {
  test("a promise's time is read from its own sentence only", () => {
    const out = rules("The courier comes by 6 pm. Please reply to this email and I'll get back to you soon.");
    expect(out).not.toContain('promise-with-time');
  });

  test('"We will get back to you soon" is a promise without a time, and does not tick "Confirm when you will be in touch next"', () => {
    const draft = 'Thanks for your patience. We will get back to you soon.';
    expect(rules(draft)).toContain('promise-no-time');
    for (const id of ['de-escalation', 'repeat-contact']) {
      expect(tickedItems(c, id, draft)).not.toContain('confirm-next-contact');
      expect(tickedItems(c, id, 'We will get back to you by 4 pm tomorrow.')).toContain('confirm-next-contact');
    }
  });

  test('"you will get the confirmation by 2 pm today" ticks "Say what you will do, and by when"', () => {
    expect(tickedItems(c, 'de-escalation', 'I have rebooked it, and you will get the confirmation by 2 pm today.')).toContain('plan-and-time');
  });
});
