/**
 * Families of ways people write one thing in a reply draft (issue 11, points 2 and 4), written by hand
 * for the sixth round of tuning: the person who does the job in person (a driver, a courier, a
 * technician) at a set time, whatever the job; a thing of ours sent by text or email at a set time, and
 * "you'll have our answer by…"; a dispatch slot named by its day ("tomorrow's post"); a timed call with
 * "if that time is convenient"; and four false alarms on good replies: a recap of the call the two of them
 * just had ("As we said on the phone"), not knowing one detail then saying what is known, a returns window
 * explained and then bent, advice given as the way round a no. Each family of hits has near misses that
 * must stay quiet. They check what the rep SEES (own card or "also: …"). None is taken from the labelled corpus.
 */
import { compile, firedRuleIds, lint } from '../../../lib/guidance/engine';
import { lintContext } from '../../../lib/guidance/context';
import { defaultPack } from '../../../lib/guidance/default-pack';

type Msg = { role: 'customer' | 'agent' | 'note'; text: string };
const c = compile([defaultPack]);
/** Every rule the rep sees on a draft (own card or "also: …"). */
const shown = (draft: string, thread: Msg[] = [], channel: 'email' | 'chat' | 'phone' = 'email'): string[] =>
  firedRuleIds(lint(c, { draft, thread, context: lintContext({ draft, site: 'test', channel, thread }) }));

describe('promise-with-time: the person doing the job in person, at a set time, whatever the job', () => {
  const fires = [
    'Our driver will take the flowers over to the hospice on Friday morning.',
    'The courier will pick up the old mattress on Tuesday between 8am and noon.',
    'Ana, our technician, will set up the projector in the hall on Thursday at 2pm.',
    'Our fitter will measure up the bay window on 3 July.',
    'A crew member will walk you to your cabin at 6pm on the day of sailing.',
    'The engineer will swap the meter tomorrow morning.',
    'Tom, our driver, will bring the spare key round this evening.',
  ];
  const quiet = [
    // No time: nothing to log.
    'Our driver will take the flowers over to the hospice.',
    'The courier will pick it up, so keep it boxed.',
    // What the person will have or need, not an act.
    'Your transfer on the 21st is confirmed, and the driver will also have your mobile number.',
    'The engineer will need access to the meter on Friday.',
    'The courier will need a signature, so someone has to be in on Thursday.',
    'The technician will be able to see the fault code on Monday.',
    // Past, or a thing's schedule.
    'Our driver took the flowers over on Friday morning.',
    'Your parcel will arrive by Friday.',
  ];
  test.each(fires.map((t) => [t]))('shown: %s', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
  test.each(quiet.map((t) => [t]))('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
});

describe('promise-with-time: ours by text or email at a set time, our answer by a date, a named dispatch slot', () => {
  const fires = [
    'The door code will come by text on Friday at 8am.',
    'Your boarding pass will arrive by email tomorrow morning.',
    'The new PIN will come by email before noon on Monday.',
    'You will have our answer in writing by Friday 21 June.',
    "You'll have our decision by Wednesday.",
    "It'll go out with tomorrow's post, so you should have it in two or three days.",
    "The replacement will be dispatched with tomorrow's courier.",
  ];
  const quiet = [
    'The door code will come by text.',
    'Your boarding pass will arrive by email.',
    "You'll have our full support, whatever you decide.",
    "Yesterday's post was late across the whole area.",
    "Tomorrow's delivery slots are all taken, sorry.",
  ];
  test.each(fires.map((t) => [t]))('shown: %s', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
  test.each(quiet.map((t) => [t]))('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
});

describe('promise-with-time: a timed call that asks whether the time suits still counts', () => {
  test.each([
    ['She will call you on Thursday at 4pm, if that time is convenient.'],
    ['Our nurse will ring you tomorrow at 10, if that time suits.'],
    ['He will visit on Monday at 9am, if that slot works for you.'],
  ])('shown: %s', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
  test.each([
    ['If that time is convenient for you, just reply and she will call you.'],
    ['She will call you at a time that suits you.'],
  ])('no set time of ours: not shown (%s)', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
});

describe('as-i-said: a recap of the call the two of them just had is not a reminder', () => {
  test.each([
    ['As we said on the phone: Sam will come on Wednesday between 9 and 11am to replace the castor.'],
    ['As we discussed on the call, I have cancelled the second booking.'],
    ['As we agreed just now, the refund goes back to your card.'],
    ['As we said when we spoke, the fitting is on the 3rd.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft, [], 'phone')).not.toContain('as-i-said');
  });
  test.each([
    ['As I said on the phone, you need to update the app.'],
    ['As we said in our last email, the fee is fixed.'],
    ['As I said, the refund takes 5 days.'],
    ['As we said, the voucher expired in May.'],
  ])('still shown: %s', (draft) => {
    expect(shown(draft)).toContain('as-i-said');
  });
});

describe('dont-know: not knowing one detail, then what is known, in the same sentence', () => {
  test.each([
    ["I don't know the referral centre's fees, so I can't tell you the exact amount, but your policy pays 80% of whatever they invoice."],
    ["I'm not sure which depot it's at, but it left our warehouse on Monday and the tracking number is on your receipt."],
    ["I can't tell you the exact arrival time, but the driver's route starts at 8am and you're the fourth stop."],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('dont-know');
  });
  test.each([
    ["I don't know why it keeps crashing, but maybe try reinstalling."],
    ["I don't know where your parcel is, but sorry about that."],
    ["Not sure why it happened, but these things happen."],
    ["I don't know what happened to your order."],
  ])('a shrug after the "but", or no "but": still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('dont-know');
  });
});

describe('policy-after-objection: a rule explained and then bent for them', () => {
  const objection: Msg[] = [{ role: 'customer', text: "I know your returns are 30 days, but it's unopened. Is there any chance?" }];
  test.each([
    ["Our returns window is 30 days because the yeast has a shelf life. Your batch is good until March, so there's no problem taking it back."],
    ['Our returns policy is 30 days, as the seeds lose their viability. This pack is fresh, so we can still take it back.'],
    ["The returns window is 30 days. As it's unopened, I'm happy to accept it this once."],
  ])('not shown: %s', (draft) => {
    expect(shown(draft, objection)).not.toContain('policy-after-objection');
  });
  test.each([
    ["I'm afraid our returns window is 30 days, so we can't take it back."],
    ['Our returns policy is 30 days from delivery. There is nothing more I can do.'],
  ])('the rule repeated: still shown (%s)', (draft) => {
    expect(shown(draft, objection)).toContain('policy-after-objection');
  });
});

describe('no-without-alternative: advice given as the way round the no', () => {
  test.each([
    ["Unfortunately we can't cover hotels or flights, which is why we always suggest travel insurance that includes weather cancellation."],
    ["We can't repair water damage under the warranty, so we recommend a local repair shop; most do it for about £60."],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('no-without-alternative');
  });
  test.each([
    ["Unfortunately we can't cover hotels or flights."],
    ['We cannot refund used tickets. Thanks for your understanding.'],
  ])('a bare no: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('no-without-alternative');
  });
});

describe('promise-no-time: a promise that waits on their ask', () => {
  test.each([
    ["Send a clear scan of both sides and I'll confirm the price before we start."],
    ["Upload the photos to the claim and we'll review them."],
    ["Forward me the invoice and I'll check the VAT line."],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-no-time');
  });
  test.each([
    ["I've sent the scan to our translator and I'll confirm the price."],
    ["I've got the invoice and I'll check the VAT line."],
  ])('our own promise, no time: still shown (%s)', (draft) => {
    expect(shown(draft)).toContain('promise-no-time');
  });
});

describe('promise-no-time: a follow-up on news of ours, with no time', () => {
  test.each([
    ["I'll let you know if anything changes with the timetable."],
    ["We'll be in touch if we hear anything from the airline."],
    ["I'll update you if anything comes up."],
  ])('shown: %s', (draft) => {
    expect(shown(draft)).toContain('promise-no-time');
  });
  test.each([
    ["I'll let you know if anything changes by Friday."],
    ["Let me know if anything changes and I'll update the booking."],
    ["If anything changes on your side, I'll move the booking."],
  ])('timed, or waiting on them: not shown (%s)', (draft) => {
    expect(shown(draft)).not.toContain('promise-no-time');
  });
});

describe('no-next-step: a step through someone else, or a visit ahead, is a next step', () => {
  test.each([
    ['Yes, your policy covers physiotherapy after a referral, up to £1,000 a year. Ask the physio to send their invoices to us with your claim number.\nTheo'],
    ["Sorry the part isn't in yet. A technician will come out to fit it as soon as it arrives."],
    ['Your policy covers the referral. Ask your vet to send it to the specialist.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('no-next-step');
  });
  test.each([
    ['Sorry, the technician marked the job as complete at 14:20.'],
    ['Sorry, the claim was paid to the wrong account last week.\nTheo'],
  ])('still shown: %s', (draft) => {
    expect(shown(draft)).toContain('no-next-step');
  });
});

describe('asks-for-given-info: the device and app version they already gave', () => {
  const gave: Msg[] = [{ role: 'customer', text: 'The app logs me out every time. Android 14, Pixel 7, app version 3.2.1.' }];
  const gaveIpad: Msg[] = [{ role: 'customer', text: 'It crashes when I open any book on my iPad Air (iOS 17.4).' }];
  test.each([
    ["Could you let us know which phone you're using and what version of the app you have?", gave],
    ['It would help to know which device and operating system version you are using.', gaveIpad],
    ['Can you tell me what device you are on?', gaveIpad],
  ] as [string, Msg[]][])('shown: %s', (draft, thread) => {
    expect(shown(draft, thread)).toContain('asks-for-given-info');
  });
  test.each([
    // Not given: a fair question.
    ['Could you let us know which phone you are using?', [{ role: 'customer', text: 'The app logs me out every time, order 55123.' }]],
    // Another thing than the device.
    ['Which phone number should we ring you on?', gave],
    // Used, not asked.
    ['Thanks for the details: version 3.2.1 on Android 14 has a known logout bug, and the fix ships on Friday.', gave],
  ] as [string, Msg[]][])('not shown: %s', (draft, thread) => {
    expect(shown(draft, thread)).not.toContain('asks-for-given-info');
  });
});

describe('promise-with-time: a consequence is not a promise', () => {
  test.each([
    ['Please send them by Friday, otherwise your place on the June course will be released.'],
    ['Pay by the 3rd, or else the booking will be cancelled on the 4th.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
  test.each([
    ['The engineer will come on Monday at 9am.'],
    ["I'll call you on Friday at 10 to confirm the booking."],
  ])('shown: %s', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
});

describe('asks-to-repeat: the rep doing it again is not asking them to start over', () => {
  test.each([
    ["If the booths are still noisy after the move, tell me and I'll look again."],
    ["If it still fails, tell me and we'll check again."],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('asks-to-repeat');
  });
  test.each([
    ['Could you tell me again what the error says?'],
    ['Please tell us again which shelf crashes.'],
  ])('shown: %s', (draft) => {
    expect(shown(draft)).toContain('asks-to-repeat');
  });
});

describe('no-without-alternative: the charge kept, said flat', () => {
  test.each([
    ['Late fees are applied automatically. The fee remains on your account.'],
    ['The cancellation charge remains in place.'],
    ['The fine remains payable.'],
  ])('shown: %s', (draft) => {
    expect(shown(draft)).toContain('no-without-alternative');
  });
  test.each([
    ['The fee remains on your account, but I can spread it over three months.'],
    ['The monthly fee remains £5 after the upgrade.'],
    ['The fee remains the same next year.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('no-without-alternative');
  });
});

describe('promise-with-time: more people who do the job in person', () => {
  test.each([
    ['The plumber will fit the new valve on Tuesday morning.'],
    ['Our installer will mount the panels on 12 August.'],
    ['The inspector will check the flat on Monday at 9am.'],
    ['Michael, the tuner, will arrive between 1pm and 3pm.'],
    ['An electrician will reconnect the supply by 6pm tonight.'],
  ])('shown: %s', (draft) => {
    expect(shown(draft)).toContain('promise-with-time');
  });
  test.each([
    ['The electrician will need to turn the power off on Monday.'],
    ['The plumber will fit the new valve once the part is in.'],
    ['The installer will also have your gate code on the day of fitting, 12 August.'],
  ])('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain('promise-with-time');
  });
});
