/**
 * Issue 11, point 5, fourth round: probe families for the English tone reading, written for these tests (not
 * taken from any corpus) around the kinds the fresh blind split train7 showed missing: a threat to come and
 * wait for the rep, the rep's worth judged as unfit for the job, the rep's mind judged by an IQ or brain-cell
 * idiom, a put-down of the staff that singles the rep out; and the calm look-alikes: an oath or "silly one" at
 * one's own slip, word of mouth in praise. Each family of hits has near misses that must stay at their level.
 */
import { runFamilies, type Family } from './families-en-run';

const FAMILIES: Family[] = [
  {
    name: 'a threat to come and wait for the rep, or knowing when they finish',
    level: 'abusive',
    texts: [
      "I know your office is on the high street. I know what time you lot finish. Maybe I'll come and wait for you.",
      "Maybe I'll come down and wait for you after work, see how brave you are then.",
      "I'm going to come and find you, don't think I won't.",
      "I'll come round and sort you out myself if this isn't fixed.",
      'i know what time u finish mate. remember that.',
      'I know exactly when you clock off. Think about that before you refuse my refund again.',
      "Keep fobbing me off. I know what time you people leave the building.",
      "I could come over and look for you, your depot isn't hard to find.",
      "gonna come and track you down if my money isn't back by friday",
      "I know when you lot go home. Just saying.",
      "I might just come and wait for you in the car park tonight.",
      "I will come and find you. Count on it.",
    ],
  },
  {
    name: 'waiting, finding and finishing times said plainly (near misses)',
    level: 'calm',
    texts: [
      "I'll wait for you to confirm the booking, no rush.",
      "I know what time you close, so I'll ring before 5 tomorrow.",
      "I know when you finish on Fridays, I'll call back Monday instead.",
      "I'll come and wait for you at the counter if that's easier for the collection.",
      "Can I come and find you at the branch to sign the papers?",
      'I will wait for your reply before I send the parcel back.',
      "My son knows what time the shop opens, he'll pick it up for me. Thanks!",
      "I'll come to the store and find the right size myself, thanks for checking.",
      'What time do you finish today? I want to drop the form off before you close.',
      "I'll wait for you to email the label, then post it straight away.",
    ],
  },
  {
    name: 'the rep judged unfit for the job',
    level: 'abusive',
    texts: [
      "You're not fit to work in customer service. Or anywhere, frankly.",
      'you are clearly not fit to be answering phones',
      "Honestly you're unfit for this job.",
      'u r not fit to work in a call centre',
      "You're simply not fit to deal with members of the public.",
      'You are not fit for the role, someone should tell your manager.',
      "you're not fit to serve customers, read my message again",
      'You are obviously not fit to handle anything more complicated than a password reset.',
      "You're just not fit to be let near a keyboard.",
      'You are not fit for the job and you know it.',
    ],
  },
  {
    name: '"not fit" said of a thing or of oneself (near misses)',
    level: 'calm',
    texts: [
      'The spare part you sent me fits fine, thanks.',
      "I'm not fit to work this week (flu), so could the engineer come next Tuesday instead?",
      'Is the harness you sell fit for a large dog? Mine is 40 kg.',
      'The box the kettle came in was not fit to ship anything in, but the kettle itself is fine. Just letting you know.',
      "Could you tell me if you're fit to take a bulk order of 200 units by March?",
      'My doctor says I am not fit to drive yet, can I change the delivery to my neighbour?',
    ],
  },
  {
    name: "the rep's mind judged by an IQ or a brain-cell idiom",
    level: 'abusive',
    texts: [
      "Is there anyone in that office with an IQ above room temperature? Because it's clearly not you.",
      'you have the IQ of a house plant',
      "Honestly, does anyone there have more than two brain cells? You certainly don't.",
      "you don't have two brain cells to rub together",
      'u must have an iq in single digits',
      "Your IQ must be lower than my shoe size.",
      "Get me someone with an IQ higher than yours.",
      "Do you lot have a single brain cell between you?",
      "you've got an IQ of about 12, haven't you",
      'Anyone with an IQ over 50 would have read my email properly. Clearly not you.',
    ],
  },
  {
    name: 'IQ and brain cells said of oneself or plainly (near misses)',
    level: 'calm',
    texts: [
      'My son took your online IQ quiz for fun, is the certificate supposed to download as a PDF?',
      'I must have lost a few brain cells this morning, I typed the wrong postcode. Can you change it?',
      'Does the puzzle book have answers in the back? My daughter has a very high IQ and gets through them fast.',
      "Sorry, brain's not working today. The order number is 55821.",
      'Is the brain-training app included in the family plan?',
    ],
  },
  {
    name: 'a put-down of the staff that singles the rep out',
    level: 'abusive',
    texts: [
      'Are all the staff this brain-dead or did I just get lucky with you?',
      'Are all your agents this brainless or is it just you?',
      'Are you people all this brain dead, or is it only you?',
      'Is everyone there brain-dead, especially you?',
      'The staff are brainless, and you most of all, particularly you.',
      'Are all the employees this brain-dead or only you?',
    ],
  },
  {
    name: 'the staff put down with nobody singled out, or praised with the rep (near misses)',
    level: 'angry',
    texts: [
      'Are all the staff at your warehouse brain-dead? Third parcel lost this month.',
      'Your delivery people are brainless, they left my fridge in the rain. Fix this.',
    ],
  },
  {
    name: 'the staff praised and the rep with them (near misses)',
    level: 'calm',
    texts: [
      'The staff at the branch were brilliant, especially you on the phone yesterday. Thank you!',
      'Everyone I spoke to was lovely, just like you. Can I leave a review somewhere?',
    ],
  },
  {
    name: 'an oath or a "silly one" at one\'s own slip',
    level: 'calm',
    texts: [
      "Hi, bit of a silly one. I dropped my phone in the bath (my own stupid fault, bloody thing slipped). Is water damage covered?",
      'Bit of a silly one, sorry: where do I find my account number?',
      'A silly one probably, but can I pay by bank transfer?',
      'My own stupid mistake, I typed the wrong address. Can you update it to 14 Elm Road?',
      'my own silly fault, I forgot to cancel the trial. Is it too late for a refund?',
      'Probably a dumb question but does the charger work in the US?',
      "Bloody hell, I've only gone and locked myself out of the app. How do I reset the password?",
      'My own daft fault, I ordered the wrong size. How do I swap it?',
      'Silly me, I left the voucher code off. Can it be added?',
      'A stupid one, I know, but which way up does the filter go?',
    ],
  },
  {
    name: 'silly and stupid at the company (near misses)',
    level: 'frustrated',
    texts: [
      'This is getting silly now, it is the third week without an answer.',
      "It's getting a bit silly, I've asked for the invoice twice already.",
    ],
  },
  {
    name: 'word of mouth in praise',
    level: 'calm',
    texts: [
      "Joanne turned a bad experience into a good one and I've been telling people about it since. Please pass on my thanks.",
      "Great service, I'll be telling everyone about you!",
      "I'm telling all my friends how brilliant the new sofa is. Could you send the care leaflet again?",
      'The engineer was fantastic and I keep telling people about it. Can I leave a review for him?',
      "Honestly I've been telling everyone about your helpful team. Do you do gift cards?",
    ],
  },
  {
    name: 'telling everyone as a threat (near misses)',
    level: 'angry',
    texts: [
      "I'll be telling everyone about this, it's a disgrace.",
      "I'm warning all my friends about you lot. Absolutely shocking service.",
      'I will be telling everyone I know to avoid you. Disgusting way to treat a customer.',
    ],
  },
];

runFamilies(FAMILIES);

runFamilies([
  {
    name: 'a state told with a non-native "since", or thanks for the last time (no let-down)',
    level: 'calm',
    texts: [
      'Hello, I am living in Rotterdam since five months. Can I keep my phone number when I change to your network? Thank you.',
      'Hi, we are in the new house since two weeks. Please can you move the broadband to the new address?',
      'Since three years I am using your printer at the office. Do you sell a bigger paper tray for it?',
      'Good morning, I work in the UK since one year and I want to know if I can pay the plan with a foreign card.',
      'Hello! My daughter studies in Edinburgh since four months, can she have her own login on my account?',
      'Dear team, since six months I am member of the gym plan. How do I add my husband?',
      'You were really helpful last time, so I come back with one more question: does the lamp take LED bulbs?',
      'Last time the engineer was brilliant. Could we book him again for the upstairs radiator?',
      'Thank you for last time! Now I would like to order the same filters, is there a discount for two?',
      'The man on the chat last time was so patient with me. Can you tell me how to print the invoice?',
    ],
  },
  {
    name: 'a "since" or a "last time" that measures a let-down (near misses)',
    level: 'frustrated',
    texts: [
      'I am without internet since two weeks. Please help.',
      'since 3 days my router is not working',
      'Last time you promised a callback and nobody rang.',
      "I'm here since two weeks and still no router.",
      'We are waiting since Monday for the engineer, can someone tell us when he comes?',
      'Hello, since one month I am trying to change my address and nothing happens.',
      'The lady last time said it would be fixed, it is not fixed.',
      'Same as last time, the parcel went to the wrong depot.',
    ],
  },
]);

runFamilies([
  {
    name: 'a fault come back',
    level: 'frustrated',
    texts: [
      "it's happening again",
      "it's doing it again",
      'Back again, the fault has come back.',
      'The noise has started again.',
      'Same thing happened again this morning.',
      'The error is back. Same code as before.',
      'the wifi has dropped out again, third evening running',
      "Hi, the leak has come back under the sink. Can someone look at it?",
      'The app has crashed again when I open the basket.',
      'So the screen has frozen again. Any ideas?',
      'the rattle came back after two days',
      'Same problem has come back with the heating.',
    ],
  },
  {
    name: 'again and back said of things going right (near misses)',
    level: 'calm',
    texts: [
      "It's working again, thanks!",
      "it's all working again now, cheers",
      'Happy to order again, could you send the link for the blue one?',
      'The signal is back and strong. Thanks for the quick fix.',
      'Can I start again with a new account? I forgot which email I used.',
      "I'd like the same thing again for my sister, is it still in stock?",
    ],
  },
  {
    name: 'asking when to expect something',
    level: 'calm',
    texts: [
      'When can I expect a reply?',
      'Hi, when should I expect the refund to show on my card?',
      'What day can I expect the engineer? Thanks.',
      'How soon can I expect the replacement, roughly?',
    ],
  },
  {
    name: 'expecting said as a demand, or asked after a long wait (near misses)',
    level: 'frustrated',
    texts: [
      'I expect a full refund today.',
      "ok I've been patient but it's been 5 weeks. When can I expect a real answer?",
      "It's been a month already. When exactly can I expect my money back?",
    ],
  },
  {
    name: 'an annoyance owned to now, in a friendly message',
    level: 'frustrated',
    texts: [
      "Hey mate, not gonna lie I'm a bit fed up. The express delivery came three days late. Cheers, Dan",
      "Hi, I'm getting quite frustrated with the app logging me out, it's lovely otherwise. Thanks!",
      "Honestly I'm a little disappointed the colour is so different from the photo. Thanks for checking though.",
      "We are rather let down that the table arrived scratched. Thanks for your help, the driver was lovely.",
      "Feeling a bit annoyed, the voucher didn't apply at checkout. Cheers for looking into it.",
    ],
  },
  {
    name: 'an annoyance recalled or denied in a friendly message (near misses)',
    level: 'calm',
    texts: [
      "I was a bit fed up at the time, but it's all sorted now, thanks so much!",
      "I'm not annoyed at all, just curious: does the blue one come in a larger size? Thanks!",
      "No longer frustrated, the engineer fixed it in ten minutes. Thank you!",
    ],
  },
]);
