/**
 * The mechanisms that make the tone reading hold on text it was not tuned to (issue 11, point 5):
 * windows of sentences instead of a sum, quotations and signatures set aside, capitals that name
 * things, negated cues, warm messages recalling old problems, and abuse aimed at the rep in the
 * shapes people write it. Texts here are written for these tests, not taken from the corpus.
 */
import { analyzeMessage, maskQuotations, maskSignature } from '@/lib/tone/analyze';
import { findCaps } from '@/lib/tone/caps';
import { normalize } from '@/lib/tone/lexicon';
import type { ToneSignalKind } from '@/lib/tone/types';

const level = (text: string): string => analyzeMessage(text).level;
const evidence = (text: string, kind: ToneSignalKind): string[] =>
  analyzeMessage(text)
    .signals.filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));

describe('a long message is judged by its hottest run of sentences, not by the sum', () => {
  const warm = [
    'Hi there,',
    '',
    'Last winter I was really frustrated with you: the heating broke down twice and nobody turned up for the first visit. I was furious at the time, honestly.',
    '',
    'This year has been completely different. Your engineer came the same day, explained everything and even showed my son how the thermostat works. The follow-up call was a lovely touch.',
    '',
    'Could I book him again for the annual service in March? I would be happy to pay the same rate.',
    '',
    'Thanks so much,',
    'Helen',
  ].join('\n');

  test('a warm email that recalls an old, settled problem is calm', () => {
    expect(level(warm)).toBe('calm');
    // The words are still shown: the reading is explained, not hidden.
    expect(evidence(warm, 'negative-sentiment')).toContain('furious');
  });

  test('the same recollection without the warm present is still read', () => {
    expect(level('Last winter the heating broke down twice and nobody turned up. I was furious at the time. It broke again today.')).not.toBe('calm');
  });

  test('an angry passage inside a long polite email is not diluted by the rest', () => {
    const text = [
      'Hello,',
      'I have been a customer for years and I usually have nothing but praise. The app is easy to use and your shop staff are friendly.',
      'But this is unacceptable. You have charged me three months in a row for a plan I cancelled in writing, and I want every penny back by Friday or I will file a chargeback.',
      'I have attached the cancellation email and the statements. The account number is on them. I would appreciate a written reply.',
      'Regards,',
      'Pat',
    ].join('\n');
    expect(level(text)).toBe('angry');
    expect(evidence(text, 'threat-to-leave')).toContain('chargeback');
  });
});

describe("other people's words are not the customer's tone", () => {
  test('a long quotation is blanked, same length; a short scare quote stays', () => {
    const text = 'The review says "the owner is a rude cow and the bread is shit" and I would like to reply. Your "support" has been fine.';
    const masked = maskQuotations(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('shit');
    expect(masked).toContain('"support"');
  });

  test('a business quoting a profane review is calm', () => {
    const text =
      'Hello, a customer left this on our page: "Absolute rubbish, the waiter was a rude bastard and the food tasted like crap." How do we reply publicly? Thanks, Marco';
    expect(level(text)).toBe('calm');
    expect(evidence(text, 'profanity-situation')).toEqual([]);
  });

  test("an email's signature (title, company) is not read", () => {
    const text = 'Hello again,\n\nCould you send the renewal quote for the lifts?\n\nThanks as always,\nGordon Mills\nFacilities Manager, Eastgate Court';
    expect(maskSignature(text)).not.toContain('Court');
    expect(level(text)).toBe('calm');
  });
});

describe('capitals that name things are not shouting', () => {
  test.each([
    '[02:00:14] IMPORT_JOB ERROR: SCHEMA_MISMATCH on table ORDERS',
    'npm ERR! 404 Not Found - GET https://registry.example.com/pkg - NOT FOUND',
    'HTTP 500 INTERNAL SERVER ERROR on checkout, twice this morning.',
    'ERROR 404 PAGE NOT FOUND when I log in.',
    'The error says ACCESS DENIED when I open the SHARED DRIVE folder.',
    'When I plug it in the screen says NO SIGNAL and the light flashes RED.',
    "Console shows 'WARN: RATE_LIMIT_EXCEEDED (429)' after a while.",
  ])('%s', (text) => {
    expect(findCaps(text).shouting).toBe(false);
    expect(level(text)).toBe('calm');
  });

  test('the words of a label are not sentiment either', () => {
    expect(evidence('The error says ACCESS DENIED when I log in.', 'negative-sentiment')).toEqual([]);
  });

  test.each(['I AM NOT PAYING FOR THIS', 'WHERE IS MY ORDER ORD-5512', 'OK THIS IS RIDICULOUS'])('%s still shouts', (text) => {
    expect(findCaps(text).shouting).toBe(true);
  });
});

describe('what a cue means depends on how it is said', () => {
  test('a negated cue does not count', () => {
    expect(evidence("It's not urgent, we can run it manually today.", 'urgency')).toEqual([]);
    expect(level('Just a heads-up rather than a complaint: the boxes are far too big for one item.')).toBe('calm');
    expect(level("I'm not asking for all the money back, I understand things break.")).toBe('calm');
  });

  test('"I want a refund" said calmly is a request; said flatly, or with a complaint, it insists', () => {
    expect(level("I want a refund for the headphones, the left side stopped working. What's the return process?")).toBe('calm');
    expect(level('I want my money back. Now.')).toBe('angry');
    expect(level('This is the third time it broke. I want my money back.')).not.toBe('calm');
  });

  test('"I already told you" is a customer repeating themselves: frustrated', () => {
    expect(level('I already told you, the account is in my wife’s name.')).toBe('frustrated');
    expect(level('As I said in my last message, the size is wrong.')).toBe('frustrated');
  });

  test('"again" alone is no repeat; in a complaint it is', () => {
    expect(level('Could you send the invoice again? I deleted it by mistake.')).toBe('calm');
    expect(level('Thank you again for your help last week.')).toBe('calm');
    expect(level('The app crashed again and I lost my notes, really annoying.')).toBe('frustrated');
  });

  test('mild sarcasm is frustration, strong sarcasm anger', () => {
    expect(level('Oh great, another delay. When will it actually ship?')).toBe('frustrated');
    expect(level('Thanks, I guess. Still no tracking number though.')).toBe('frustrated');
    expect(level('Wow. Just wow. Thanks for nothing.')).toBe('angry');
    expect(level('Great job losing my parcel for the third time. Truly impressive.')).toBe('angry');
    expect(level('Holy crap, the new update is fast. Great work!')).toBe('calm');
  });

  test.each([
    'Absolutely shocking service from start to finish.',
    'Your so-called express delivery is a complete farce.',
    'I will never recommend you to anyone, ever.',
    'Stop fobbing me off with excuses.',
    'Refund. Me. Now.',
    "Don't give me that script again, just answer the question.",
  ])('strong words said of the company are angry: %s', (text) => {
    expect(level(text)).toBe('angry');
  });

  test('ultimatums are angry and show their words', () => {
    const text = 'If this isn’t sorted today I’m cancelling and taking my business elsewhere.';
    expect(level(text)).toBe('angry');
    expect(evidence(text, 'threat-to-leave').length).toBeGreaterThan(0);
    expect(level('Either a supervisor calls me today or I cancel every policy I hold with you.')).toBe('angry');
    expect(level('My bank is reversing the payment tomorrow if I don’t see the refund today.')).toBe('angry');
  });

  test('polite "your rules don\'t fit my case" is frustration', () => {
    expect(level("I know the guidelines say 14 days, but I was abroad the whole time. Is there any flexibility?")).toBe('frustrated');
    expect(level("I understand why the rule exists, but it wasn't written for someone who was in hospital.")).toBe('frustrated');
  });

  test('the quieter ways of losing patience are frustration', () => {
    for (const text of [
      'This is taking a lot longer than I expected.',
      "I'm sorry but I've been more than patient.",
      "I've been trying to reach someone all week.",
      'Why nobody answer me? I am waiting since 2 weeks.',
      'This was supposed to be fixed last week.',
      'Your website says in stock, your email says out of stock. Which one is it?',
      'The chat keeps closing before anyone answers.',
      'Could you please, for once, check the attachment before replying?',
    ])
      expect(level(text)).toBe('frustrated');
  });
});

describe('calm look-alikes stay calm', () => {
  test.each([
    'Thank you so much!!! The replacement arrived today and works perfectly.',
    'Really?! That’s brilliant news, thanks a lot.',
    'Stupid me, I ordered the wrong size. Can I swap it for a medium?',
    "I'm such an idiot, I typed my own email wrong.",
    'Hi Sue, thanks for calling me back earlier!',
    'The tennis court booking for Sunday: can I move it to 4 pm?',
    'My phone was stolen yesterday. I have a police report number, how do I block the SIM?',
    'I got a scam text pretending to be from your bank, just letting you know.',
    'I had it delivered to my office, just confirming the address.',
    'Worst case I can pick it up from the depot on Monday.',
    'Please close my account, I am moving abroad. Thanks for everything.',
    'Is there a manager I could email about a corporate account for 60 staff?',
    'Thanks love, that sorted it.',
    'Could you let me know which store you work at? I would like to thank your manager.',
    'Here are the steps I took, so you can follow along.',
    'The new version keeps getting better, thank you.',
  ])('%s', (text) => {
    expect(level(text)).toBe('calm');
  });
});

describe('abuse aimed at the rep, in the shapes people write it', () => {
  test('leetspeak is undone for words, not for codes', () => {
    expect(normalize('u r such 4n 1d10t')).toBe('u r such an idiot');
    expect(normalize('XR200 mp3 10am 3rd 500ml')).toBe('xr200 mp3 10am 3rd 500ml');
  });

  test.each<[string, ToneSignalKind, RegExp]>([
    ['u r such 4n 1d10t', 'insult-at-rep', /1d10t/],
    ['gfy', 'insult-at-rep', /gfy/],
    ['stfu and refund me', 'insult-at-rep', /stfu/],
    ['fk off mate', 'insult-at-rep', /fk off/],
    ['go f urself', 'insult-at-rep', /go f urself/],
    ['phuck you', 'insult-at-rep', /phuck you/],
    ['sh*t for brains, read the ticket', 'insult-at-rep', /for brains/],
    ['Talking to you is like talking to a wall, you absolute potato.', 'insult-at-rep', /you absolute potato/],
    ['Are you always this dim?', 'insult-at-rep', /dim/],
    ['How did you even get hired?', 'insult-at-rep', /get hired/],
    ['Is English your first language? It does not seem like it.', 'insult-at-rep', /english your first language/i],
    ['A toddler could do your job better than you.', 'insult-at-rep', /toddler could do your job/],
    ['I\'ll type slowly so you can keep up.', 'insult-at-rep', /slowly so you/],
    ['No wonder you ended up in customer service.', 'insult-at-rep', /no wonder you ended up/i],
    ['Listen darling, leave the technical stuff to the men and just transfer me.', 'insult-at-rep', /darling|to the men/],
    ['Girls don’t really understand computers, do they? Put me through to a man.', 'insult-at-rep', /girls don’t|to a man/i],
    ['Cheer up, love, you’d be prettier if you did your job properly.', 'insult-at-rep', /prettier if|cheer up, love/i],
    ['I want you fired.', 'threat-at-rep', /you fired/],
    ['I will be contacting your employer to have you dismissed.', 'threat-at-rep', /dismissed|employer/],
    ['I\'m going to have your job for this.', 'threat-at-rep', /have your job/],
    ['Your days at that company are numbered, mate.', 'threat-at-rep', /days at that company are numbered/],
    ['I\'ve noted your name. By the time I\'m done you will be clearing out your desk.', 'threat-at-rep', /clearing out your desk|noted your name/],
    ['I know your name and I know which branch you work at.', 'threat-at-rep', /which branch you work/],
    ['I hope you trip on your way home tonight.', 'harassment', /hope you trip/],
  ])('%s → %s', (text, kind, words) => {
    const tone = analyzeMessage(text);
    expect(tone.level).toBe('abusive');
    expect(evidence(text, kind).join(' ')).toMatch(words);
  });

  test('an insult at someone else in a relative clause is not at the rep', () => {
    const text = 'The plumber you sent is a complete cowboy, he left water all over the floor.';
    expect(level(text)).toBe('angry');
    expect(evidence(text, 'insult-at-rep')).toEqual([]);
  });

  test('profanity as an adjective on what was bought vents; about the weather it does not', () => {
    expect(level('Sh1t service, sh1t product. Done with this brand.')).toBe('angry');
    expect(level("The shitty weather delayed my flight so I couldn't collect the parcel. Could you hold it?")).toBe('calm');
  });
});

describe('abuse and anger in the shapes a blind writer used (issue 11, second round)', () => {
  test.each([
    ['Put me through to someone who isn\'t a brain-dead moron.', /brain-dead|moron/],
    ['what a useless little man you are', /useless little man you are/],
    ['I\'ll be reporting you personally and I hope they fire you.', /reporting you personally|they fire you/],
    ['Not surprised a girl like you can\'t understand a simple invoice.', /girl like you can't/],
    ['Hey dumbo, read the email.', /dumbo/],
  ])('%s reads abusive, with the insult as evidence', (text, words) => {
    expect(level(text)).toBe('abusive');
    const ev = [...evidence(text, 'insult-at-rep'), ...evidence(text, 'threat-at-rep')].join(' ');
    expect(ev).toMatch(words);
  });

  test('near misses stay below abuse: praise, a report to the company, an insult at the company', () => {
    expect(level('What a helpful young man you are, thank you!')).toBe('calm');
    expect(level('Hey genius idea: could the app remember my card?')).not.toBe('abusive');
    expect(level('I\'ll report this to the ombudsman if it isn\'t fixed by Friday.')).toBe('angry');
  });

  test('sarcastic thanks and a "joke company" read angry', () => {
    expect(level('Oh brilliant, thanks SO much for losing my parcel AGAIN. Truly world class service.')).toBe('angry');
    expect(level('What kind of joke company takes money and sends nothing? I want answers today.')).toBe('angry');
  });
});

describe('calm messages with labels, codes and quoted swearing stay calm (issue 11, second round)', () => {
  test('a long message whose capitals are named in an earlier sentence reads, and does not throw', () => {
    // Read in windows, "CANNOT ALLOCATE BUFFER." alone looked like shouting, with no shouting word in the whole message.
    const text = "The error log says: FATAL ERROR: OUT OF MEMORY. CANNOT ALLOCATE BUFFER. I'm on the basic plan. Would upgrading help?";
    expect(() => analyzeMessage(text)).not.toThrow();
    expect(level(text)).toBe('calm');
  });

  test.each([
    'Quick one: the label on the box says FRAGILE - THIS WAY UP - DO NOT STACK. Should I store it upright until the installer comes?',
    'The car dashboard flashes CHECK ENGINE and STOP SAFELY NOW. I\'ve pulled over. What do I do, is roadside assistance included?',
    'The TV shows NO SIGNAL, CHECK CABLE CONNECTION. I\'ve checked it. What next?',
    'When I run the backup it stops with BACKUP FAILED - DISK FULL. The disk has 200 GB free. Any ideas?',
  ])('the parts of one label are a label: %s', (text) => {
    expect(level(text)).toBe('calm');
    expect(findCaps(text).words).toEqual([]);
  });

  test.each([
    'I read the forum thread where people called the update "a f***ing disaster" but it\'s working fine for me. Do I need to do anything?',
    'My review from last year said "absolute shite, never again", but honestly you\'ve fixed everything since, so I\'d like to renew.',
  ])('a short quote from a review or a forum is someone else\'s words: %s', (text) => {
    expect(level(text)).toBe('calm');
  });

  test('capitals that shout after a label still shout, and a promise thrown back stays the customer\'s', () => {
    expect(level('The screen says NO SIGNAL. I AM SICK OF THIS, FIX IT NOW.')).toBe('angry');
    expect(maskQuotations('You said "within 24 hours" and it has been a week.')).toContain('within 24 hours');
  });
});

describe('train3 shapes (issue 11, third blind split): written here in other words', () => {
  test.each([
    ['i hope ur boss reads this and sacks u', 'abusive'],
    ['Honestly you deserve to be unemployed.', 'abusive'],
    ['Your accent is so cute, what are you doing after your shift?', 'abusive'],
    ['This is total bullshit, I paid for next-day delivery.', 'angry'],
    ['I am very very angry, two weeks and no parcel.', 'angry'],
    ['If this is not fixed I am going to the newspapers.', 'angry'],
    ['It is now one week I am waiting answer for my email. Somebody can reply me?', 'frustrated'],
    ['I\'ve restarted it a few times like the guide says and it still won\'t pair. What next?', 'frustrated'],
    ['So the promised delivery slot came and went. Could you give me a new one?', 'frustrated'],
    ['Could I speak to your manager? Your agent Tom went above and beyond for me and I want that on record.', 'calm'],
    ['I\'m comparing your HOME PLUS and HOME MAX packages. Does HOME PLUS include the router?', 'calm'],
  ])('%s → %s', (text, want) => {
    expect(level(text)).toBe(want);
  });
});

test('"Can you even read?" is at the rep; "do you even read these?" is at the service: frustrated, not abusive', () => {
  expect(level('Can you even read?')).toBe('abusive');
  expect(level('Do you even read these?')).toBe('frustrated');
});

test('a refund wanted "today" insists; a bereavement told calmly stays calm', () => {
  expect(level('Refund me the full amount. I want it back today, not next week.')).toBe('angry');
  expect(level('My mother died in March and I would like to close her account. What do you need from me?')).toBe('calm');
});

describe('the rep\'s mind and worth put down sideways reads abusive; praise and a question misread do not', () => {
  test.each([
    'My cat is smarter than you, honestly.',
    'Is listening not part of your job description?',
    'How do you even get dressed in the morning?',
    'Nice work if you can get it, being paid to be clueless.',
    'What are you, five?',
    'Dealing with you is like dealing with a toddler.',
    'I\'ll write to your boss and make sure you never work in retail again.',
    'Put a grown-up on the line.',
    'Stupid cow.',
    'Your mum must be so embarrassed.',
  ])('%s', (text) => {
    expect(level(text)).toBe('abusive');
  });

  test.each([
    ['You\'re smarter than the last bot I talked to, thanks!', 'calm'],
    ['You absolute legend, that fixed it.', 'calm'],
    ['I don\'t think you\'re understanding my question, let me try again.', 'frustrated'],
    ['The cow-print cushion arrived torn. Could I swap it?', 'calm'],
  ])('%s → %s', (text, want) => {
    expect(level(text)).toBe(want);
  });
});

test('delight said with "unbelievable" and someone else\'s fury stay calm; the customer\'s own stay hot', () => {
  expect(level('This is unbelievable, thank you so much! It arrived a day early.')).toBe('calm');
  expect(level('My neighbour is furious because your van blocked his drive. Maybe tell the driver? Thanks.')).toBe('calm');
  expect(level('This is unbelievable. I have waited three weeks.')).toBe('angry');
  expect(level('I am furious.')).toBe('angry');
});
