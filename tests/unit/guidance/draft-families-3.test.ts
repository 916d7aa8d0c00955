/**
 * Families of ways people write one thing in a reply draft (issue 11, points 2 and 4), written by hand
 * for the third round of tuning. Since the eval's headline measure is "shown" (a rule's own card, or
 * its title folded into another card as "also: …"), these check what the rep SEES: a quiet rule must
 * be neither a card nor folded into one. None is taken from the labelled corpus.
 */
import { compile, firedRuleIds, lint } from '../../../lib/guidance/engine';
import { lintContext } from '../../../lib/guidance/context';
import { defaultPack } from '../../../lib/guidance/default-pack';

const c = compile([defaultPack]);
/** Every rule the rep sees on a draft (own card or "also: …"); "draft || the customer's message" when the rule reads the thread. */
const shown = (text: string, channel: 'email' | 'chat' = 'email'): string[] => {
  const [draft = '', customer] = text.split(' || ');
  const thread = customer ? [{ role: 'customer' as const, text: customer }] : [];
  return firedRuleIds(lint(c, { draft, thread, context: lintContext({ draft, site: 'test', channel, thread }) }));
};

const FAMILIES: Record<string, { rule: string; fires: string[]; quiet: string[] }> = {
  // The catch-all "Read it once as the customer" says nothing where a named rule already speaks on the
  // same words; it still speaks on tone no named rule covers.
  'draft-tone-risk: quiet under a named rule on the same words': {
    rule: 'draft-tone-risk',
    fires: [
      'Good luck with that.',
      'You could have just read the email.',
      'You were told twice already.',
      'Well good luck with that then.',
      'No.',
      "We don't do that.",
    ],
    quiet: [
      'As I said, the refund takes five days.',
      'Like I told you, the store is closed on Sundays.',
      'As I mentioned, the courier can divert it to a locker.',
      'As previously stated, the fee is fixed.',
      'Per my last email, the fee stands.',
      'I already explained that the fee is fixed.',
      'You should have read the terms before you bought it.',
      'You were told to keep the receipt.',
      'If you had read the instructions you would know where the reset button is.',
      'You should have registered the warranty within 28 days.',
      // What we told them, recounted, and what they could not have avoided: not blame.
      'You were told on that call that there would be no fee to cancel within 30 days.',
      "You were told it would arrive on Monday, and it didn't.",
      'You were promised a call back yesterday and nobody rang.',
      "You were assured by our engineer that the fault was fixed.",
      "Going overdrawn in that window isn't something you could have avoided, so I've refunded the fee.",
      "There's nothing you could have done differently here.",
      'Honestly there was no way you could have known about the change.',
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_name, family) => {
  test.each(family.fires.map((t) => [t]))('shown: %s', (draft) => {
    expect(shown(draft)).toContain(family.rule);
  });
  test.each(family.quiet.map((t) => [t]))('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain(family.rule);
  });
});

// An abusive customer gets the boundary, not "acknowledge how they feel first" (not even folded into
// the boundary card); an angry one still gets it.
describe('acknowledge-feelings: angry, not abusive', () => {
  const DRAFTS = [
    'I have looked at the order and the refund went out today.',
    'Your replacement ships tomorrow by tracked courier and will arrive on Thursday.',
    'The engineer is booked for Tuesday between 8 and 12.',
  ];
  const ABUSIVE = [
    'you useless idiot, where is my f***ing refund, you people are thieves',
    "You are a pathetic excuse for a human being, get me someone who isn't a moron.",
  ];
  const ANGRY = ["This is the THIRD time I've asked, I am absolutely furious, where is my refund?!"];
  test.each(DRAFTS.flatMap((d) => ABUSIVE.map((m) => [d, m])))('abusive: boundary only: %s', (draft, customer) => {
    const ids = shown(`${draft} || ${customer}`);
    expect(ids).toContain('abuse-boundary');
    expect(ids).not.toContain('acknowledge-feelings');
  });
  test.each(DRAFTS.flatMap((d) => ANGRY.map((m) => [d, m])))('angry: asked to acknowledge: %s', (draft, customer) => {
    expect(shown(`${draft} || ${customer}`)).toContain('acknowledge-feelings');
  });
});
