import { detectPromises, splitSentences } from '@/lib/callbacks/promise';

const one = (draft: string) => {
  const found = detectPromises(draft);
  expect(found, draft).toHaveLength(1);
  const p = found[0]!;
  return { words: draft.slice(p.start, p.end), channel: p.channel, dueText: p.dueText, sentence: p.sentence };
};

describe('detectPromises: promises', () => {
  it.each([
    ["I'll call you back.", "I'll call you back", 'call', undefined],
    ["I'll call you back tomorrow at 3.", "I'll call you back", 'call', 'tomorrow at 3'],
    ['I will get back to you by Friday.', 'I will get back to you', 'email', 'by Friday'],
    ["We'll email you within 24 hours.", "We'll email you", 'email', 'within 24 hours'],
    ['Let me check with my supervisor and get back to you.', 'Let me check with my supervisor and get back to you', 'email', undefined],
    ["I'll follow up tomorrow.", "I'll follow up", 'email', 'tomorrow'],
    ["I'll ring you on Monday morning.", "I'll ring you", 'call', 'on Monday morning'],
    ['Ill call you back in 2 hours', 'Ill call you back', 'call', 'in 2 hours'],
    ["I'm going to send you an email by end of day.", "I'm going to send you an email", 'email', 'by end of day'],
    ['I am going to phone you first thing tomorrow', 'I am going to phone you', 'call', 'first thing tomorrow'],
    ['We will be in touch next week.', 'We will be in touch', 'email', 'next week'],
    ['I’ll call you at 3 p.m. tomorrow.', 'I’ll call you', 'call', 'at 3 p.m. tomorrow'],
    ['I will definitely give you a call this afternoon', 'I will definitely give you a call', 'call', 'this afternoon'],
    ["I'll message you shortly", "I'll message you", 'chat', 'shortly'],
    ["I'll get the info and get back to you asap.", "I'll get the info and get back to you", 'email', 'asap'],
    ['You will be receiving a call back from me tomorrow.', 'You will be receiving a call back from me', 'call', 'tomorrow'],
    ["You'll hear back from us by Friday.", "You'll hear back from us", 'email', 'by Friday'],
    ["I'll get back to you by phone within 2 business days", "I'll get back to you", 'call', 'within 2 business days'],
    ['I promise to call you back before 5pm', 'I promise to call you back', 'call', 'before 5pm'],
  ] as const)('%s', (draft, words, channel, dueText) => {
    const p = one(draft);
    expect(p.words).toBe(words);
    expect(p.channel).toBe(channel);
    expect(p.dueText).toBe(dueText);
  });

  it('finds promises inside a longer reply, with offsets into the draft', () => {
    const draft = "Hi Ana,\n\nThanks for waiting. I checked the order. I'll call you back tomorrow morning once I hear from the warehouse.\n\nBest, Sam";
    const [p, ...rest] = detectPromises(draft);
    expect(rest).toHaveLength(0);
    expect(draft.slice(p!.start, p!.end)).toBe("I'll call you back");
    expect(p!.sentence).toBe("I'll call you back tomorrow morning once I hear from the warehouse.");
    expect(p!.dueText).toBe('tomorrow morning');
  });

  it('one promise per sentence subject; two sentences give two', () => {
    expect(detectPromises("I'll call you back in an hour. We'll also email you the label by tonight.")).toHaveLength(2);
  });

  it('uses the default channel for promises that do not say how', () => {
    expect(detectPromises("I'll get back to you", { defaultChannel: 'chat' })[0]!.channel).toBe('chat');
    expect(detectPromises("I'll call you", { defaultChannel: 'chat' })[0]!.channel).toBe('call');
  });
});

describe('detectPromises: not promises', () => {
  it.each([
    "You'll get a call from the courier.",
    'Please call us back.',
    'Call us back on 0800 123 456.',
    'Shall I call you back?',
    'Should I call you back tomorrow',
    'Would you like me to call you back tomorrow',
    'Can I call you back in 10 minutes?',
    "I'll call you back, is that ok?",
    "I won't be able to call you back.",
    'I will not call you.',
    'I called you back yesterday.',
    'Let me know when I can call you back.',
    "I'll ask the courier to call you.",
    "I'll have my colleague call you.",
    "I'm ill today.",
    'They will call you tomorrow.',
    'Someone from billing will get back to you.',
    'If you want to call us back, we are open until 6.',
    '',
  ])('%j', (draft) => {
    expect(detectPromises(draft)).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('does not split inside a.m./p.m. or e.g.', () => {
    const text = 'I will call at 3 p.m. tomorrow. Fine, e.g. later.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['I will call at 3 p.m. tomorrow.', 'Fine, e.g. later.']);
  });
  it('splits at line breaks and keeps runs of terminators', () => {
    const text = 'Really?! Yes\nNo';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['Really?!', 'Yes', 'No']);
  });
});

describe('promise.ts stays small for the content script', () => {
  it('imports neither zod nor chrono', async () => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync(new URL('../../../lib/callbacks/promise.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/^import /m);
  });
});
