/**
 * Families of ways people write one thing in a reply draft (issue 11, points 2 and 4), written by hand
 * for the fifth round of tuning: promises with a set time that someone other than the rep keeps (a
 * courier, an engineer, "they"), said as the job itself ("will deliver", "they'll action it"), as a
 * contracted passive ("they'll be packed"), as a call to expect or a call the rep would like to make, and a
 * slot held for the customer; the time reader no longer takes "junction 14" for a date; a follow-up tied to
 * someone's progress beside a time. Each family of hits has near misses that must stay quiet. They check
 * what the rep SEES (own card or "also: …"). None is taken from the labelled corpus.
 */
import { compile, firedRuleIds, lint } from '../../../lib/guidance/engine';
import { lintContext } from '../../../lib/guidance/context';
import { defaultPack } from '../../../lib/guidance/default-pack';

const c = compile([defaultPack]);
/** Every rule the rep sees on a draft (own card or "also: …"). */
const shown = (draft: string, channel: 'email' | 'chat' = 'email'): string[] =>
  firedRuleIds(lint(c, { draft, thread: [], context: lintContext({ draft, site: 'test', channel, thread: [] }) }));

describe('promise-with-time: someone else does the job at a set time', () => {
  const fires = [
    'The courier will deliver your new sofa on Saturday between 7am and 1pm.',
    'Our fitter will replace the cracked panel on Wednesday morning.',
    "I've sent it to the billing team and they'll action the refund by Friday.",
    'The repairs team will restore your water supply by 6pm tonight.',
    'An electrician will reconnect the meter on 14 June.',
    'Maintenance will repair the lift tomorrow morning.',
    'The warehouse will dispatch the spare strap within 2 working days.',
    "Payroll have the corrected figures, and they'll release the payment on Thursday.",
    'We reprinted the tickets this morning and they\'ll go out first thing tomorrow.',
    "Both frames are being cut now; they'll be packed and ready to collect by noon on Saturday.",
    "It'll be dispatched tomorrow morning by tracked post.",
    "They'll be posted on Monday.",
  ];
  const quiet = [
    // No time: nothing to log.
    'The courier will deliver it as soon as it clears customs.',
    "They'll action it when the form comes back.",
    'Our fitter will replace the panel, it is covered by the warranty.',
    // Past, or a schedule that is not ours.
    'The courier delivered it on Monday at 9am.',
    'The lift was repaired on Tuesday.',
    // Waits on what the customer sends: logged once they answer.
    'Once we have your meter photo, the team will replace the meter within 10 working days.',
    'Once we receive the signed form, our engineers will reconnect the line on Thursday.',
    'Once they have the receipt, they\'ll refund the difference within 5 working days.',
  ];
  test.each(fires.map((t) => [t]))('shown: %s', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
  test.each(quiet.map((t) => [t]))('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
});

describe('promise-with-time: a call to expect, a call the rep would like to make, a slot held', () => {
  const fires = [
    'Expect a call from Priya in our claims team on Tuesday afternoon.',
    'You can expect a text from the driver about 30 minutes before, on Friday between 2 and 4pm.',
    "I'd like to ring you tomorrow at 11 to go through the options.",
    'We would like to call you on Monday to talk it through properly.',
    "The 10am slot on Thursday is the first one free, and I've held it for you.",
    "I've reserved it for you until 5pm on Friday.",
    "The room is yours if you want it: I've held them for you until Monday midday.",
  ];
  const quiet = [
    'Would you like to call us on Friday instead?',
    'If you would like to ring us, the line is open from 9am on weekdays.',
    'The sending bank has held it for checks since Monday.',
    'The 10am slot on Thursday is free if you want it.',
    "I'd like to call you, what number suits?",
    'Expect a call from Priya in our claims team.',
  ];
  test.each(fires.map((t) => [t]))('shown: %s', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
  test.each(quiet.map((t) => [t]))('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
});

describe('the time reader: a month name, not a word that starts like one', () => {
  test.each([
    ['Roadside help is on its way to you at junction 14, and someone from our team will call you back about a hire car.'],
    ['Please park on deck 9 and our team will call you back about the parking charge.'],
    ['The depot is at unit 4, Marketside, and I will get back to you about the collection.'],
  ])('an untimed promise beside a road, a deck or a unit number: no time to log, a time to add (%s)', (draft) => {
    const ids = shown(draft);
    expect(ids).not.toContain('promise-with-time');
    expect(ids).toContain('promise-no-time');
  });
  test.each([
    ['An engineer will visit on June 14 between 8 and 12.'],
    ['The engineer will visit on Sept 3 in the morning.'],
    ['The courier will collect it on 22nd of July.'],
    ['Our team will call you on December 12th.'],
  ])('a real date still counts (%s)', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
});

describe('promise-no-time: a follow-up tied to someone\'s progress, beside a time', () => {
  test.each([
    ["Your new slot is 2-4pm today. I'll text you when he's half an hour away."],
    ["The engineer is booked for Thursday 8-12. I'll ring you when she's on her way."],
    ["The van is due at 3pm. We'll message you when they're ten minutes out."],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-no-time');
  });
  test.each([
    ["I'll text you when he's on his way."],
    ["We'll let you know when it's back in stock."],
  ])('no time anywhere: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('promise-no-time');
  });
});

describe('promise-with-time: a hedged process time is an estimate, with the act between', () => {
  test.each([
    ["If the garage sends the invoice this week, we'll usually pay within 10 working days of getting it."],
    ['Once it is booked in, we will normally ship it within 2 working days.'],
    ["Drop it in whenever suits and we'll replace the screen while you wait, typically about 40 minutes."],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
  test.each([
    ["We'll pay the invoice within 10 working days of getting it."],
    ["I'll call you tomorrow at 10; the engineer usually needs an hour on site."],
  ])('a firm time: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
});

describe('you-should-have: the rep\'s own care is not blame', () => {
  test.each([
    ['I should have read your first message more carefully.'],
    ["We didn't check the labels more carefully before they went out, and that's on us."],
    ["You're right, I could have looked at the photos more carefully."],
    ["I'll check the rest more carefully today."],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('you-should-have');
  });
  test.each([
    ['You should have checked the address more carefully.'],
    ['Please read the form more carefully next time.'],
    ["You didn't fill in the form more carefully, so it bounced."],
    ['We need you to fill it in more carefully.'],
  ])('the customer\'s care: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('you-should-have');
  });
});

describe('overpromise: doubt is not a guarantee', () => {
  test.each([
    ["I'm not 100% sure, I'll ask the exams team and reply by 3pm."],
    ["Honestly I'm not a hundred percent sure why it failed, so I've asked the developers."],
    ["I'm not 100 percent certain which plan you're on; could you confirm the account email?"],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('overpromise');
  });
  test.each([
    ["I'm 100% sure it will arrive tomorrow."],
    ["It's 100% fixed now, you won't see it again."],
    ["I'm not sure why it failed, but it will definitely be fixed by Friday."],
  ])('a guarantee: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('overpromise');
  });
});

describe('policy-only-reason: whoever\'s policy it is', () => {
  test.each([
    ["It's yard policy."],
    ["Sorry, that's store policy."],
    ["We can't hold the room past Friday, it is hotel policy."],
    ["It's strictly club policy!"],
  ])('shown: %s', (draft) => {
    expect(shown(draft)).toContain('policy-only-reason');
  });
  test.each([
    ["It is hotel policy, because the fire code limits each room to four guests."],
    ["It's store policy to check ID on refunds, so that nobody else can claim your money."],
    ["That's a sensible policy, and we're reviewing it with the team."],
    ['The yard policy document is attached for your records.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('policy-only-reason');
  });
});

describe('promise-with-time: money that stops is not an act to log', () => {
  test.each([
    ['Your last payment was taken on 1 March and nothing more will come out.'],
    ['The final instalment went on Friday, and no more payments will go out after that.'],
    ['I cancelled the standing order today, so nothing further will come out.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
  test.each([
    ['An engineer will come out on Friday morning.'],
    ['Your replacement card will go out tomorrow by first class post.'],
  ])('an act with a time: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
});

describe('promise-no-time: money that comes back is a refund, not a follow-up', () => {
  test.each([
    ['These fees are only charged if you fly, so they come back to you in full.'],
    ["The operator hasn't paid out for the tickets, so that money should come back to you."],
    ['Deposits come back to you once the keys are returned.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-no-time');
  });
  test.each([
    ["I'll have a look and come back to you."],
    ['Let me come back to you on that one.'],
    ['Will come back to you asap.'],
    ["We'll check with the depot and come back to you."],
  ])('the rep coming back: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('promise-no-time');
  });
});

describe('you-need-to: a step told ahead is not an order', () => {
  test.each([
    ["It arrives by 1pm on Wednesday, and you'll need to sign for it."],
    ["To get the student price you'll need to verify your university email first."],
    ['When you collect the car you will need to show your licence at the desk.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('you-need-to');
  });
  test.each([
    ['You need to sign for it.'],
    ['You must verify your email first.'],
    ["You'll have to wait until Monday."],
    ['You have to show your licence at the desk.'],
    ["You'll need to send us the receipt first."],
    ["You'll need to restart the app before I can see the log."],
  ])('an order now: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('you-need-to');
  });
});
