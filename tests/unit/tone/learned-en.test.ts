/**
 * Issue 11, point 5: the learned second opinion on abuse (lib/tone/learned-en.ts, trained by
 * tools/train-tone-en.ts). The probes here are held back: written for this file, never trained on
 * (the trainer reads only the corpus training splits and families-en*.test.ts).
 */
import { describe, expect, test } from 'vitest';
import committed from '@/lib/tone/learned-en.weights.json';
import { analyzeMessage, analyzeMessageRules } from '@/lib/tone/analyze';
import { learnedAbuse, MODEL, scoreSentence } from '@/lib/tone/learned-en';
import { crossValidate, familyRows, FAMILY_FILES, pickThreshold, train } from '@/tools/train-tone-en';
import { TRAINING_SPLITS } from '@/tools/eval-tone';
import { loadCorpus } from '@/tools/tone-corpus';

describe('the model', () => {
  test('training is deterministic and gives the committed file', { timeout: 60_000 }, () => {
    const rows = [...TRAINING_SPLITS.flatMap((s) => loadCorpus(s)), ...familyRows()];
    const a = train(rows, MODEL.threshold);
    const b = train(rows, MODEL.threshold);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).toBe(JSON.stringify(committed));
  });

  test('the committed threshold is the one leave-one-split-out cross-validation picks', { timeout: 180_000 }, () => {
    expect(pickThreshold(crossValidate(TRAINING_SPLITS, familyRows()))).toBe(MODEL.threshold);
  });

  test('reads the probe families, and no held-out or held-back file', () => {
    expect(FAMILY_FILES.every((f) => /^families-en\d*\.test\.ts$/.test(f))).toBe(true);
    const rows = familyRows();
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.some((r) => r.label === 'abusive') && rows.some((r) => r.label === 'calm')).toBe(true);
  });

  test('small and fast: weights under 150 KB, a message read well under 0.5 ms', () => {
    expect(JSON.stringify(committed).length).toBeLessThan(150 * 1024);
    const text = 'I have waited three weeks for this refund. Are you a moron or what? Sort it out today or I go to my bank.';
    for (let i = 0; i < 50; i++) learnedAbuse(text);
    const t0 = performance.now();
    for (let i = 0; i < 500; i++) learnedAbuse(text);
    expect((performance.now() - t0) / 500).toBeLessThan(0.5);
  });
});

/** Held-back insults at the rep: new compounds, misspellings, unseen words. */
const PROBE_INSULTS = [
  "You're an incompetant idoit, fix my order.",
  'you absolute idiotz, where is my refund',
  'You are such an imbecil, I said the RED one.',
  'Are you a moronn or what? Third time asking!',
  'You muppety clown, read the email properly.',
  'Shut it, you clownish halfwits, and send my parcel.',
  'You idiotic bunch of clowns have lost my order again!',
  'honestly ur the dumbest agent ive ever spoken to, fix it',
  'You brainless jobsworth, refund me now!',
  "You're a total imbecile for closing my ticket.",
  'You pea brained lot lost my parcel AGAIN.',
  'Are you stoopid? It says next day delivery!',
  'You are thick as two short planks, mate. Where is my money?',
  'you utter muppets, still no refund',
  'What are you, a moron? I paid already!',
  "You're a joke of a human being, sort my account out.",
  'Shut up and listen, you dopey clown.',
  "Do your job you lazy imbecile, I've waited two weeks!",
  'you stupid cow, I want my money back',
  'Youre a brainless twat, where is my order',
  'You are dumb as a box of rocks, I already sent it!',
  'Stop being such a useless idiot and cancel it!',
  'You clowns are idiots, the lot of you.',
  "Are you brain damaged? I've told you three times!",
  'Pathetic little moron, answer me!',
];

describe('held-back probe insults', () => {
  test('the model finds a share of them (measured 5 of 25 at the committed threshold)', () => {
    expect(PROBE_INSULTS.filter((t) => learnedAbuse(t)).length).toBeGreaterThanOrEqual(5);
  });

  test('those the rules read frustrated or angry and the model finds are raised to abusive, on words of the insult', () => {
    const raised = PROBE_INSULTS.filter((t) => analyzeMessageRules(t).level !== 'abusive' && analyzeMessage(t).level === 'abusive');
    expect(raised).toEqual(['Are you a moronn or what? Third time asking!', "Are you brain damaged? I've told you three times!"]);
    for (const t of raised) {
      const ev = analyzeMessage(t).signals.filter((s) => s.kind === 'insult-at-rep').map((s) => t.slice(s.start, s.end).toLowerCase());
      expect(ev.some((w) => /moron|brain|damaged/.test(w))).toBe(true);
    }
  });

  test('a message the rules read calm is never raised, however the model scores it', () => {
    for (const t of PROBE_INSULTS) if (analyzeMessageRules(t).level === 'calm') expect(analyzeMessage(t).level).toBe('calm');
  });
});

/** Calm and frustrated messages with "you" and strong words about a THING, not the rep: never raised. */
const NEAR_MISSES = [
  "Can you tell me why this stupid printer keeps jamming? It's driving me mad.",
  "Your app is absolute garbage, it crashed four times today.",
  "You said it would arrive Monday and it's Thursday. This is ridiculous.",
  "Your website is useless, I can't even log in!",
  "I know you're doing your best but this whole process is a joke.",
  "Could you please fix this damn router, it's been down all week.",
  "You guys have the worst delivery service I've ever used.",
  "Your hold music is horrible and I've been waiting an hour.",
  'You charged me twice! This is a disgrace.',
  "Are you able to replace the broken lid? It's pathetic quality.",
  'Do you know why the idiot-proof setup wizard still fails on step 3?',
  'You must think this form was designed by a moron, honestly it is that confusing.',
  "Your courier dumped the box in a puddle. Absolutely brainless delivery.",
  "Can you send a new charger? This one is a useless piece of junk.",
  "I feel like an idiot, could you walk me through the reset again?",
  "You're right, I was being dumb, the code was in my spam folder.",
  "Are you aware your checkout is broken? Stupid thing won't take my card.",
  "You lot make brilliant boots but the laces are rubbish.",
  "Your terms are a ridiculous maze, can you just tell me the cancellation fee?",
  "Thank you! I was a total muppet and typed the wrong email.",
  "Could you check my order? The tracking page is a clown show today.",
  "You promised a callback and nobody rang. This is a pathetic way to treat customers.",
  "Your invoice system is a moronic mess, it billed me for a month I cancelled.",
  "Would you mind resending the link? My stupid laptop ate the first one.",
];

describe('near misses: "you" and strong words about a thing', () => {
  test.each(NEAR_MISSES)('%s', (text) => {
    const rules = analyzeMessageRules(text).level;
    expect(rules).not.toBe('abusive');
    expect(analyzeMessage(text).level).toBe(rules);
  });

  test('the model scores below its threshold on every sentence of them', () => {
    for (const t of NEAR_MISSES) expect(learnedAbuse(t), t).toBeNull();
    expect(scoreSentence('Your website is useless, I cannot even log in!').p).toBeLessThan(MODEL.threshold);
  });
});
