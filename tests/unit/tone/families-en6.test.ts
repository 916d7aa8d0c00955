/**
 * Issue 11, point 5, sixth round: probe families for calm look-alikes, written for these tests (not taken from any
 * corpus) around the false alarms the fresh blind look-alike split train9 showed (8 of its 60 calm messages read
 * angry or abusive before this round): a lawyer, an ombudsman or the police named for a plain reason, swearing at
 * the weather or while laughing, a place called Hell, a happy "killing it", a device that "went mad", someone else's
 * upset told, a customer's own manager, a quoted earlier email or a log pasted, one's own resending owned to, an
 * eye-roll at oneself. Each family of look-alikes stands beside the real thing, which must keep its level.
 */
import { runFamilies, type Family } from './families-en-run';

const FAMILIES: Family[] = [
  {
    name: 'a lawyer, an ombudsman or the police named for a plain reason',
    level: 'calm',
    texts: [
      'Where can I find your registered office address? My solicitor needs it for the lease paperwork, nothing is wrong.',
      'My lawyer needs them for the probate file: could you send the last three statements?',
      "I'm writing to the ombudsman about a different company and they want proof my account with you is in good order. Could you send a letter?",
      'Someone used a fake ID to open a phone contract in my name. I have already reported it to the police (ref 4412/22) and the bank was great. Could you close the contract and send me a letter saying it was not me?',
      'My card was stolen on holiday and I gave the crime reference to the police there. Please cancel it and send a new one to my home address.',
      'Our accountant is dealing with a complaint against another firm and asked for a copy of our invoices from you. Can you email them?',
      "I'm a solicitor and need a copy of my client's policy schedule; the signed authority is attached.",
      'As a family lawyer I often need statements for clients. What is the quickest way to request them?',
    ],
  },
  {
    name: 'the law or the police as a threat to the company (the real thing)',
    level: 'angry',
    texts: [
      'Refund me by Friday or my solicitor will be in touch.',
      "I'll be reporting you to the police for fraud if this money is not back in my account today.",
      'This is the third wrong bill. I am going to the ombudsman and I will tell them exactly how you treated me.',
      "You took £300 I never authorised. Unless it is back by Monday I'm taking legal action.",
    ],
  },
  {
    name: 'swearing at the weather, laughing, or a place',
    level: 'calm',
    texts: [
      'The weather is bloody awful here so could the driver leave it in the porch please. Cheers!',
      'Rain is absolutely hammering down, damn weather, so please ring the bell rather than leave it outside.',
      'That horror series on your app scared the hell out of us 😂 is there a second season coming?',
      'haha the hell of a week I have had, lol. Anyway, could you change my delivery date to Friday?',
      'Do you ship to Hell, Norway? It is a real village, honestly. Postcode 7517.',
      'Quick one: do you deliver to Hell in Norway? My cousin lives there.',
    ],
  },
  {
    name: 'swearing that vents at the company (the real thing)',
    level: 'angry',
    texts: [
      'What the hell is going on with my order?! Three weeks and nothing.',
      'Your bloody app crashed again and lost my whole basket.',
      'lol what the hell, charged twice AGAIN for one order',
    ],
  },
  {
    name: 'a figure of speech, a device, someone else upset',
    level: 'calm',
    texts: [
      'Your new checkout is killing it, paid in about four seconds. Nice work whoever built it.',
      "I'm dying to try the new flavour, when is it back in stock?",
      'Sorry for the flood of emails this morning, my phone went mad and sent the same one four times. Only the first one counts.',
      'Apologies for the duplicate messages, I hit send twice by mistake. The question is just about the delivery slot.',
      'My elderly mother rang at midnight, confused and upset because her alarm pendant kept beeping, and your night team calmed her down. Please pass my thanks on.',
      'The smoke alarm you fitted works well. Could you send the manual for the test button?',
      'Lost my wallet on the bus yesterday (typical me 🙄). Please freeze the card ending 8821 and send a new one.',
    ],
  },
  {
    name: 'a feeling or a repeat that is the customer’s own (the real thing)',
    level: 'frustrated',
    texts: [
      'This is the third time I have written about the same refund and nobody has answered.',
      "I'm really upset that the engineer didn't turn up again, please rebook him.",
      'Nobody in the store would help, they just pointed me at the website. So how do I return order 2291?',
      'No one at the branch could explain the fee. Could you?',
    ],
  },
  {
    name: 'the customer’s own manager, a quoted email, a log pasted',
    level: 'calm',
    texts: [
      'Forwarding this from our site manager, his words not mine:\n\n> this crap app crashed AGAIN and lost the whole form. useless.\n\nWhat happened: the tablet app lost a form when he switched to the camera. Is there a setting to keep drafts?',
      'Our office manager asked me to check whether the invoice address can be changed to our new building.',
      'We need to escalate the number of seats on our plan from 20 to 50 next month.',
      'Hi, we see intermittent timeouts on your API. Not urgent, retries work. Trace:\n\nERROR 2024-03-02T10:12:55Z client - POST /v2/orders failed\njava.net.SocketTimeoutException: Read timed out\n    at com.shop.Client.send(Client.java:88)\nFATAL retry budget exhausted for job id=991 (3/3)\n\nIs there a recommended timeout?',
      'Please pass these thanks to her manager: she stayed on the phone with my dad for forty minutes.',
    ],
  },
  {
    name: 'a manager asked for, shouting about a log, a quoted email thrown back with anger (the real thing)',
    level: 'frustrated',
    texts: [
      "I'd like to speak to a manager about this please, it's been two weeks.",
      'Can I talk to the store manager? The assistant said there is nothing he can do and I still have no refund.',
    ],
  },
  {
    name: 'sarcasm about the wait: "only three weeks", "you must be so proud"',
    level: 'frustrated',
    texts: [
      'Wow, only three weeks for a reply, you must be so proud.',
      'Oh, only took four calls and two weeks to get a refund. You must be so proud of yourselves.',
      'Gosh, only a month to answer one email. Impressive turnaround.',
    ],
  },
  {
    name: 'the same words glad (near misses)',
    level: 'calm',
    texts: [
      'My daughter just passed her driving test with your app! You must be so proud, my mum said, and I am.',
      'Wow, only two days for delivery, brilliant, thank you!',
      'Oh only took ten minutes to set up, really easy. Thanks for the guide.',
    ],
  },
  {
    name: 'abuse spelled letter by letter, "yr" for "you\'re"',
    level: 'abusive',
    texts: ["you're a c-u-n-t", 'you are a t.w.a.t, sort it', 'yr an absolute tw@t', 'honestly yr such a m-o-r-o-n', 'i-d-i-o-t. just refund me'],
  },
  {
    name: 'letters and "yr" that are codes, initials and years (near misses)',
    level: 'calm',
    texts: ['The warranty is 1 yr a bit short for a fridge, is it not?', 'See you at 9 a.m. at the U.S.A. office, e.g. the main one.', 'My reference is A-B-C-D-E, thanks.', 'Is the 2 yr plan the same price?'],
  },
];

runFamilies(FAMILIES);
