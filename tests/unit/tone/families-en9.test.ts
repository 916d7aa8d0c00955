/**
 * Issue 11, point 5, twelfth round: probe families written for these tests (not taken from any corpus) around what the
 * fresh blind general-mix split train12 showed missing (0.930 before this round), and the lead's own probe of a regular's
 * jest (read abusive): banter at the rep with love beside it, strong sarcasm at a thing the company broke, the threats a
 * formal letter makes without the usual words (the press, an MP, an authority by name, an agreement terminated), a fault
 * come back told with a capital AGAIN, "not again…" or the time gone, a manager asked for to hear good news. Each family
 * stands beside its near misses, which must keep their level.
 */
import { runFamilies, type Family } from './families-en-run';

const FAMILIES: Family[] = [
  {
    name: "a regular's jest: a mild put-down of the team beside love said to them",
    level: 'calm',
    texts: [
      "you lot are hopeless, but I love you",
      "You are all daft as brushes but we would not shop anywhere else. Could you add a gift note to order 5512?",
      "Honestly you muppets forgot my free sample AGAIN 😂 still love you guys",
      "you're hopeless, you know that? you're still the best though ❤️",
      "Hopeless, the lot of you, at remembering my name 😂 love you really x",
      "cheeky monkeys, you left my free sample out again 😂",
      "you're all hopeless and I adore you. same order as last week please!",
      "You lot are rubbish at answering the phone but you're still the best bakery around ❤️",
      "you numpties, love you to bits. Can you add an extra loaf to Saturday's order?",
      "You numpties sent me two mugs instead of one. I'm keeping it, love you all. Could you charge me for the second one?",
    ],
  },
  {
    name: 'the same words meant: no love beside them, love turned to sarcasm or to a demand, swearing beside the jest (near misses)',
    level: 'abusive',
    texts: [
      "you lot are hopeless",
      "You're useless and I'd love you to stop wasting my time.",
      "you lot are hopeless, I love how you never answer the phone",
      "You're hopeless lol",
      "you lot are hopeless, but I love you. still, f*** off with these price rises",
      "You're useless. I love you guys? Not a chance.",
      "you're hopeless. love you, not.",
      "You lot are hopeless. Love you? As if.",
    ],
  },
  {
    name: "love for the team beside a put-down of the company's service (not a jest at the rep)",
    level: 'angry',
    texts: [
      "I love you guys but your delivery is hopeless",
    ],
  },
  {
    name: "strong sarcasm: praise around a thing the company's update or engineer broke",
    level: 'angry',
    texts: [
      "Oh brilliant, the 'upgrade' bricked my phone. Thanks a lot, really. Fantastic work by your engineering team.",
      "Wonderful. Your 'update' wiped every photo on my tablet. Great job, really.",
      "Oh fantastic, the new firmware fried the router. Well done, everyone.",
      "Perfect, the engineer's \"fix\" has ruined the hob. Top-notch service as always.",
    ],
  },
  {
    name: 'praise of a job done badly, closed with thanks (or cheers) for nothing',
    level: 'angry',
    texts: [
      'Brilliant work, charging me twice for one sofa. Top service. Thanks for nothing.',
      "Well done, you've managed to lose my passport application. Stellar service, thanks for nothing.",
      'Fantastic job booking me on a cancelled flight. Great customer service. Cheers for nothing.',
      'Amazing service as always, the engineer never turned up. Thanks for nothing.',
      'Hats off to your billing team, three wrong bills in a row. Thanks for nothing.',
      'Great job, shrinking my wool jumper at your own dry cleaners. Fantastic service. Thanks for nothing.',
      'Great job, double-booking our table on my birthday. Superb service. Thanks for nothing.',
      'Great job, sending my new phone to my old address. Brilliant service. Cheers for nothing.',
      'Lovely work, scratching my car in your own garage. Top service. Thanks for nothing.',
    ],
  },
  {
    name: 'cheers and thanks meant (near misses)',
    level: 'calm',
    texts: ['Cheers for sorting the refund so fast, nothing else needed from me.', 'Thanks for everything, nothing more to add. Great service!'],
  },
  {
    name: "the same praise meant, or the damage not the company's doing (near misses)",
    level: 'calm',
    texts: [
      "Brilliant, the upgrade fixed my phone. Thanks a lot, really. Fantastic work by your engineering team.",
      "The storm fried our old router, no fault of yours. What would a new one cost?",
      "I accidentally wiped my laptop during the reset, silly me. Is there a way to restore the licence key?",
      "The 'upgrade' button is greyed out on my account page. How do I move to the Pro plan?",
      "Oh great, the update wiped my saved passwords, but your chat team got them back in ten minutes. Fantastic work, thank you!",
    ],
  },
  {
    name: 'a threat a formal letter makes: the press or an MP told, an authority named, an agreement terminated, a claim with the card issuer',
    level: 'angry',
    texts: [
      "Three weeks and still no refund for the cancelled trip. If it is not in my account by Friday I will contact the local newspaper.",
      "Your engineer left a hole in my kitchen wall and nobody has called back. I'm going to write to my MP about this.",
      "Dear Sir, the third missed delivery this month has cost us a contract. Unless the balance is delivered by Monday, we will terminate the agreement and report the matter to the Trading Standards Authority.",
      "No reply to four emails. I'll be raising a claim with my card issuer tomorrow.",
      "Dear Customer Relations,\n\nOn 2 March your engineers disconnected the phone line at my mother's care flat instead of the empty flat next door. She is 91 and relies on the line for her alarm pendant. It took four days, six calls and a visit from her GP before anyone reconnected it, and during those four days she had no way to call for help.\n\nI have kept a record of every call, with names and times. Nobody has explained how this happened or what you will do to stop it happening to someone else.\n\nI expect a written explanation and an apology to my mother by the end of next week. If I do not receive one, I will contact the local press and our MP, and I will report the matter to Ofcom.\n\nYours faithfully,\nMargaret Hale",
      "Dear Ms Okafor,\n\nI refer to our service contract for the cleaning of our three clinics, and to my letters of 3 and 17 June. On four occasions this month your team did not attend at all, and on two more the treatment rooms were left uncleaned. We have had to close a room twice, and patients were turned away.\n\nI have raised this with your account manager each time and received no reply of substance. This is not the standard our agreement sets out.\n\nPlease regard this letter as formal notice. Unless you confirm a recovery plan in writing within seven days, we shall terminate the agreement and recover the costs of the replacement cleaners we have had to bring in.\n\nI expect a reply from a director.\n\nRegards,\nDr Amit Shah\nPractice Manager",
    ],
  },
  {
    name: 'the same words with no threat: the press as a friend, a question of how, an agreement ended for a life reason (near misses)',
    level: 'calm',
    texts: [
      "Hi, I work for the local newspaper and wanted to contact the press office about your new store. Who should I speak to?",
      "How do I report a scam text to the regulator? I got one pretending to be you.",
      "We would like to terminate the agreement at the end of the term as we are merging with another practice. Could you confirm the notice period?",
      "My daughter is doing a school project and will contact the BBC news desk about local heroes, could your driver Tom be featured?",
      "Dear Sir or Madam,\n\nI am writing on behalf of our parents' association about the summer fair on 14 July. The fair raised £2,300 for the school library, and we would like to thank you for lending us the marquee free of charge.\n\nOne of our parents, who writes for the local newspaper, would like to mention your company in her article. Would that be all right, and is there a logo we may use?\n\nWe would also like to book the marquee again next year. Could you let us know the dates you have free?\n\nWith warm regards,\nJane Porter\nChair, Parents' Association",
      "Hello,\n\nWe have decided to end our contract with you at the close of this term, as the practice is merging with another surgery and their supplier will take over. It has nothing to do with your service, which has been excellent for six years.\n\nPlease could you tell me what notice you need, whether we should terminate the agreement in writing, and what happens to the equipment on loan? We will of course settle the final invoice.\n\nMany thanks for everything,\nRuth Baines\nPractice Manager",
    ],
  },
  {
    name: "a fault come back, told with a capital AGAIN, 'not again…' or the time gone, still cooperative",
    level: 'frustrated',
    texts: [
      "The app logged me out AGAIN. Every single morning this week. Is a fix on the way?",
      "not again... the dishwasher is showing E24, same as before the engineer came. can we book another visit please",
      "Sorry to chase, but my visa appointment depends on this document. Any news? It's been ten working days now.",
      "My card was declined AGAIN at checkout. Could someone look at my account?",
      "Not again! The washer is leaking from the same seal. Can the engineer come back this week?",
      "That's two weeks and still no tracking number. Could you check please?",
    ],
  },
  {
    name: "the same words, glad or one's own slip (near misses)",
    level: 'calm',
    texts: [
      "HI AGAIN! Third order this month, you lot are great. Can you gift wrap it?",
      "Could you send the code AGAIN please, I typed it wrong. My mistake!",
      "I've been using the app for ten days now and I love it. Is there a dark mode?",
      "Not again until March, thanks, the next delivery can wait.",
    ],
  },
  {
    name: 'the service asked whether it reads at all (annoyance, not an insult of the rep)',
    level: 'frustrated',
    texts: [
      'Do you lot even read these?',
      'do u even read these',
      'Does your team even read these?',
      'Do you even look at these? I have sent the photo three times.',
      'Does anyone there actually open my emails?',
      'Do you people even read what I send?',
    ],
  },
  {
    name: "the rep's own mind doubted (near misses)",
    level: 'abusive',
    texts: ['Can you even read, or is that too much to ask?', 'Can u even spell your own name?'],
  },
  {
    name: 'annoyance at the weather or the roads, in a sentence that names nothing of the company',
    level: 'calm',
    texts: [
      "Our road's a mess after the storm. Could the engineer come on Friday instead?",
      "The roads here are a nightmare in winter and I'm fed up with the snow! Could you deliver to my work address instead?",
    ],
  },
  {
    name: "the weather beside the company's own doing (near miss)",
    level: 'frustrated',
    texts: ['The rain got into the parcel because your driver left it on the step, the box is a mess. Can you send another?'],
  },
  {
    name: 'a manager asked for to hear good news',
    level: 'calm',
    texts: [
      "Can I speak to a manager? Your agent Priya sorted my SIM issue in five minutes and I'd like her boss to hear about it.",
      "Could I talk to a supervisor? Tom fixed my boiler in twenty minutes and I want his manager to know.",
    ],
  },
  {
    name: 'a manager asked for to hear of a fault (near misses)',
    level: 'frustrated',
    texts: [
      "Please put me through to a supervisor, the refund still hasn't arrived and I'd like your manager to hear about it.",
    ],
  },
  {
    name: "a manager demanded to hear of a rep's rudeness (near miss)",
    level: 'angry',
    texts: [
      "I want to speak to a manager. Your agent hung up on me twice and I want her boss to hear about it.",
    ],
  },
];

runFamilies(FAMILIES);
