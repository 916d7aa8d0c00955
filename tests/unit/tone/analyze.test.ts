import { analyzeMessage } from '@/lib/tone/analyze';
import type { ToneSignal, ToneSignalKind } from '@/lib/tone/types';

/** The words a signal points at. */
const words = (text: string, s: ToneSignal): string => text.slice(s.start, s.end);
const kinds = (text: string): ToneSignalKind[] => analyzeMessage(text).signals.map((s) => s.kind);
const level = (text: string): string => analyzeMessage(text).level;
function signal(text: string, kind: ToneSignalKind): ToneSignal {
  const s = analyzeMessage(text).signals.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} signal in: ${text}`);
  return s;
}

describe('signals point at the words', () => {
  test.each<[string, ToneSignalKind, RegExp]>([
    ['This is the third time I am writing about it.', 'repeat-contact', /^third time$/i],
    ['Still not fixed after the update.', 'repeat-contact', /^still not$/i],
    ['Last time the agent hung up on me.', 'past-experience', /^last time$/i],
    ['Nobody helped me last week.', 'past-experience', /^nobody helped$/i],
    ['Could I speak to a supervisor please?', 'supervisor-request', /^speak to a supervisor$/i],
    ['Sort this by Friday or I will be filing a chargeback.', 'threat-to-leave', /^chargeback$/i],
    ['I am going to leave a one-star review.', 'threat-to-leave', /leave a one-star review|one-star/i],
    ['Thanks for nothing.', 'sarcasm', /^thanks for nothing$/i],
    ['This damn router keeps dropping.', 'profanity-situation', /^damn$/i],
    ['Listen, you worthless clown.', 'insult-at-rep', /^(worthless|clown)$/i],
    ['I know where your office is.', 'threat-at-rep', /^i know where your$/i],
    ['Send me a photo of yourself.', 'harassment', /photo/i],
    ['I need it ASAP please.', 'urgency', /^asap$/i],
  ])('%s → %s', (text, kind, expected) => {
    expect(words(text, signal(text, kind))).toMatch(expected);
  });

  test('shouting spans the capitalised words', () => {
    const text = 'Hi. WHY IS MY ORDER STILL NOT HERE';
    expect(words(text, signal(text, 'shouting'))).toBe('WHY IS MY ORDER STILL NOT HERE');
  });

  test('obfuscated profanity points at the original characters', () => {
    const text = 'this is sh1t, honestly';
    expect(words(text, signal(text, 'profanity-situation'))).toBe('sh1t');
  });

  test('messageIndex is the one given', () => {
    expect(analyzeMessage('Still waiting!!', 7).signals.every((s) => s.messageIndex === 7)).toBe(true);
  });
});

describe('capitals that are not shouting', () => {
  test.each([
    'My order ORD-55821 has not arrived, can you check?',
    'The HDMI port on my LG TV and the USB-C hub both work.',
    'Is the iPhone 15 compatible with the XR-200 dock?',
    'Please do NOT ship to my old address.',
    'OK',
    'I have a question about GDPR and VAT on the PDF invoice.',
    'The printer shows PAPER JAM.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('shouting');
    expect(level(text)).toBe('calm');
  });

  test('several capitalised words are shouting', () => {
    expect(kinds('This is RIDICULOUS. I have waited THREE WEEKS.')).toContain('shouting');
    expect(level('I AM NOT PAYING FOR THIS')).toBe('angry');
  });

  test('a whole message in capitals is shouting, an acronym alone is not', () => {
    expect(kinds('NOW.')).toContain('shouting');
    expect(kinds('USB?')).not.toContain('shouting');
  });
});

describe('profanity about the situation vs at the rep', () => {
  test.each([
    'This damn router has dropped six times today and I am done being patient.',
    'What the hell is wrong with your company?',
    'This shit has been broken since day one.',
  ])('venting about the product is angry, not abusive: %s', (text) => {
    expect(level(text)).toBe('angry');
    expect(kinds(text)).toContain('profanity-situation');
    expect(kinds(text)).not.toContain('insult-at-rep');
  });

  test.each([
    'I read a review calling it a piece of crap in the cold. Is the new one better?',
    'Damn, that was fast! Thanks.',
  ])('casual or quoted profanity in a calm message stays calm: %s', (text) => {
    expect(level(text)).toBe('calm');
  });

  test.each(['f*** you', 'Fuck you and your script.', 'Go to hell.', 'Screw you.', 'stfu and refund me', 'Piss off.'])(
    'profanity aimed at the rep is abusive: %s',
    (text) => {
      expect(level(text)).toBe('abusive');
      expect(kinds(text)).toContain('insult-at-rep');
    },
  );

  test('insults at the company are angry, at the rep abusive', () => {
    expect(level('Your company is a joke and your app is garbage.')).toBe('angry');
    expect(level('You are a joke.')).toBe('abusive');
    expect(level('Your service is useless.')).toBe('angry');
    expect(level('You are useless.')).toBe('abusive');
    expect(level('The courier is an idiot who threw it over the fence.')).toBe('angry');
    expect(level('You people are idiots.')).toBe('abusive');
  });

  test('praise with "you" is not an insult', () => {
    expect(level("You're a star, thanks!")).toBe('calm');
    expect(level('You guys are the best.')).toBe('calm');
  });

  test('threats to leave are angry; threats at the rep abusive', () => {
    expect(level('I will be contacting my lawyer.')).toBe('angry');
    expect(level("I'm switching to your competitor.")).toBe('angry');
    expect(level('Watch your back.')).toBe('abusive');
    expect(level("I'll be waiting outside your building tonight.")).toBe('abusive');
  });

  test('a polite message that insults the rep is still abusive', () => {
    expect(level('Thank you for the refund, you incompetent moron.')).toBe('abusive');
  });
});

describe('obfuscated insults', () => {
  test.each(['f u c k you', 'F-U-C-K Y-O-U', 'you are a sh1t agent', 'kiss my @ss, clown', 'you absolute fcking muppet', 'your a moron', 'u r an idiot', 'you sh*thead'])(
    '%s',
    (text) => {
      expect(level(text)).toBe('abusive');
    },
  );
});

describe('sarcasm', () => {
  test.each(['Oh wonderful, another delay.', 'Great, so now I wait another week.', 'Nice, another reset that does not work.'])(
    'a cheerful opener that turns sour: %s',
    (text) => {
      expect(kinds(text)).toContain('sarcasm');
      expect(level(text)).not.toBe('calm');
    },
  );

  test.each(['Great, the refund arrived this morning.', 'Perfect, thank you!', 'Wonderful product, my kids love it.'])(
    'a sincere opener is not sarcasm: %s',
    (text) => {
      expect(kinds(text)).not.toContain('sarcasm');
      expect(level(text)).toBe('calm');
    },
  );

  test('"thanks for nothing" is angry', () => {
    expect(level('Thanks for nothing. Cancel my account.')).toBe('angry');
  });
});

describe('levels', () => {
  test.each([
    ['Could you resend the invoice as a PDF?', 'calm'],
    ['Hi again! Third order this month, love your stuff.', 'calm'],
    ['This is the third time I am writing. Could someone please look at it?', 'frustrated'],
    ['Could I speak to a supervisor please?', 'frustrated'],
    ['??', 'frustrated'],
    ['I want a manager. NOW.', 'angry'],
    ['Can I speak to your manager? I want to compliment Priya.', 'calm'],
    ['', 'calm'],
  ])('%s → %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  test('deterministic', () => {
    const t = 'Still not fixed!! Third time. You people are useless.';
    expect(analyzeMessage(t)).toEqual(analyzeMessage(t));
  });
});
