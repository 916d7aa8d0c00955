// Sarcasm and talking down in the rep's draft (lib/tone/draft.ts): the kinds blind writers planted
// and Heard missed (a surprise that they missed it, what anyone ought to know, "like everyone else",
// what shouting won't speed up, a system that "doesn't make mistakes"), in wordings of our own, beside
// the warm or plain sentences that share their words and must stay quiet.
import { analyzeDraft } from '@/lib/tone/draft';

const sarcasm = (t: string): string[] =>
  analyzeDraft(t)
    .filter((r) => r.kind === 'sarcasm')
    .map((r) => t.slice(r.start, r.end));

const TALKING_DOWN = [
  "I'm a bit surprised you missed it, as it's on the first page of the guide.",
  "Honestly I'm surprised you didn't see the email, it went out on Monday.",
  'Not sure how else to explain this: the code goes in the box at checkout.',
  'Not sure what else you want us to do here, the parcel was delivered.',
  "I'm sure you're very busy, but the form only takes two minutes.",
  "I'm sure you'll agree that's not really our problem.",
  'Anyone running a shop ought to know how VAT codes work.',
  'You really ought to have known the sale ended on Sunday.',
  'Talking to my team like that says more about you than about them.',
  "You'll have to queue at the desk like everyone else.",
  "It's a bit much to expect a refund for a ticket you didn't use.",
  'Expecting a same-day reply on a Sunday is too much to expect.',
  'If the cable is somehow not in the box, tell me.',
  'You somehow managed to order the wrong size twice.',
  'Most customers find it really easy to set up.',
  "Shouting at me won't get the parcel to you any faster.",
  "Complaining again won't make the engineer come any sooner.",
  "There's really nothing to argue about here, the terms are clear.",
  "Our billing system doesn't make mistakes.",
  'I guess they just didn\'t feel like ringing the bell.',
  "relax lol it's only a phone case",
  "Chill out, it's just a late delivery.",
];

const WARM_OR_PLAIN = [
  "I'm surprised the courier didn't call you first, that's not how it should work.",
  "I'm not sure yet why it failed, so I've asked the team and will reply by 3 pm.",
  "I'm sure the team will sort it quickly, and I'll check on it tomorrow.",
  "I'm sure it was a shock to see that charge, so I've reversed it.",
  'You ought to receive the refund by Friday.',
  'The new app says more about your order than the old one did.',
  'You get the same price as everyone else on the list, the discount included.',
  "It's not too much to ask, and I've sorted it.",
  'Somehow the label printed twice; I\'ve cancelled the spare.',
  'Most customers find the new layout easier once they see it.',
  "I won't make you wait any longer: the refund is done.",
  "There's nothing for you to do; it updates itself.",
  'We all make mistakes, and this one was ours.',
  "I guess that's the quickest way, so I've booked it.",
  'Relax and enjoy the spa, your room is ready at 3.',
];

describe('talking down in the draft reads as a tone risk', () => {
  test.each(TALKING_DOWN)('sarcasm: %s', (t) => {
    expect(sarcasm(t)).not.toEqual([]);
  });
  test.each(WARM_OR_PLAIN)('quiet: %s', (t) => {
    expect(sarcasm(t)).toEqual([]);
  });
});
