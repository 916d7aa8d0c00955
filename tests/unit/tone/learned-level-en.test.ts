/**
 * Issue 11, point 5: the learned second opinion on level, calm or frustrated (lib/tone/learned-level-en.ts,
 * trained by tools/train-tone-level-en.ts). The probes here are held back: written for this file, never trained
 * on (the trainer reads only the corpus training splits and the families-en*.test.ts files).
 */
import { describe, expect, test } from 'vitest';
import committed from '@/lib/tone/learned-level-en.weights.json';
import abuseWeights from '@/lib/tone/learned-en.weights.json';
import { analyzeMessage, analyzeMessageRules, maskQuotations, maskSignature } from '@/lib/tone/analyze';
import { learnedLevel, LEVEL_MODEL, scoreLevel } from '@/lib/tone/learned-level-en';
import { crossValidateLevel, pickLevelThresholds, trainLevel } from '@/tools/train-tone-level-en';
import { familyRows, FAMILY_FILES } from '@/tools/train-tone-en';
import { TRAINING_SPLITS } from '@/tools/eval-tone';
import { loadCorpus } from '@/tools/tone-corpus';

const own = (t: string): string => maskSignature(maskQuotations(t));

describe('the model', () => {
  test('training is deterministic and gives the committed file', { timeout: 60_000 }, () => {
    const rows = [...TRAINING_SPLITS.flatMap((s) => loadCorpus(s)), ...familyRows()];
    const a = trainLevel(rows, LEVEL_MODEL.up, LEVEL_MODEL.down);
    const b = trainLevel(rows, LEVEL_MODEL.up, LEVEL_MODEL.down);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).toBe(JSON.stringify(committed));
  });

  test('the committed thresholds are the ones leave-one-split-out cross-validation picks, and confident ones', { timeout: 180_000 }, () => {
    expect(pickLevelThresholds(crossValidateLevel(TRAINING_SPLITS, familyRows()))).toEqual({ up: LEVEL_MODEL.up, down: LEVEL_MODEL.down });
    expect(LEVEL_MODEL.up).toBeGreaterThanOrEqual(0.95);
    expect(LEVEL_MODEL.down).toBeLessThanOrEqual(0.2);
  });

  test('trains on the training splits and probe families only', () => {
    expect(TRAINING_SPLITS.every((s) => s.startsWith('train'))).toBe(true);
    expect(FAMILY_FILES.every((f) => /^families-en\d*\.test\.ts$/.test(f))).toBe(true);
  });

  test('small and fast: all learned weights under 150 KB, a message read well under 0.5 ms', () => {
    expect(JSON.stringify(committed).length + JSON.stringify(abuseWeights).length).toBeLessThan(150 * 1024);
    const texts = [...HELD_BACK_CALM, ...STILL_FRUSTRATED, ...WARM_OLD_PROBLEMS];
    const ruled = texts.map((t) => ({ t: own(t), r: analyzeMessageRules(t) }));
    for (const x of ruled) learnedLevel(x.t, x.r);
    const t0 = performance.now();
    for (let k = 0; k < 20; k++) for (const x of ruled) learnedLevel(x.t, x.r);
    expect((performance.now() - t0) / (20 * ruled.length)).toBeLessThan(0.5);
  });
});

/**
 * Held back: calm questions whose only cue is a duration said the way non-native writers say it ("since two
 * months") or a "last time" told in thanks. The rules read most of them frustrated; the model, when it is
 * sure, moves them down to calm.
 */
const HELD_BACK_CALM = [
  'Hello, I am in Madrid since three weeks for my studies. Can I change the delivery address of my contract to here? Thank you for your help.',
  'Hi, I live in Leeds since four months now and I want to add my new flat to the account. What documents do you need? Many thanks.',
  'Good day, since two weeks I am owner of your coffee machine and I love it. Where can I buy the descaling tablets?',
  'Hallo, we are customers since six years, very happy. We want to upgrade to the family plan, how much does it cost?',
  'Hi, you were so kind last time I rang about the password, so I hope you can help again: how do I add a second user?',
  'Thanks so much for last time, the engineer was great. Quick question: can I move my appointment to Friday?',
  'Hello! Last time I ordered the blue one and it was perfect, so now I want the green. Is it in stock?',
  'Hi, I am waiting since Monday for the courier but no problem, I am home all week. Can you tell me the time window? Thank you!',
  'Dear support, I use your app since two years without any issue. Now I have new phone, how do I move my data? Thanks in advance.',
  'Morning! You helped my dad last time he called about his bill, he was very grateful. Now he asks if he can pay by cheque?',
  'Hello, I am in this country since few months only and my English is not perfect, sorry. I want to open account, which ID do you accept? Thank you very much.',
  'Hi there, the lady on the phone last time was lovely and sorted my refund in minutes. Could you send me the receipt for it please?',
];

describe('a held-back family it moves: calm messages the rules read frustrated', () => {
  test('the model moves a share of them down to calm (measured 3 of 12), and none anywhere else', () => {
    let moved = 0;
    for (const t of HELD_BACK_CALM) {
      const rules = analyzeMessageRules(t);
      // Asked as if the rules had read each one frustrated, so the test holds however the rules change.
      const move = learnedLevel(own(t), { level: 'frustrated', signals: rules.signals });
      if (move) {
        expect(move.level).toBe('calm');
        moved++;
      }
      const read = analyzeMessage(t).level;
      expect(['calm', 'frustrated']).toContain(read);
      if (rules.level === 'frustrated' && move) expect(read).toBe('calm');
    }
    expect(moved).toBeGreaterThanOrEqual(3);
  });
});

/** Near misses: short frustration told plainly ("hmm, still the same") is never moved down. */
const STILL_FRUSTRATED = [
  'hmm, still the same',
  'still the same after the update',
  'Still nothing.',
  "any news? it's been a week",
  'same problem again today',
  'still not working tbh',
  'Nope, still broken.',
  'hmm still no email',
  "well that didn't work either",
  'tried that, still the same error',
  'still waiting on that refund',
  "ok so it's still doing it",
];

/** Near misses: warm messages that tell of old problems are never moved up (one scores 0.99; thanks keep it calm). */
const WARM_OLD_PROBLEMS = [
  'Hi! Two years ago my washing machine broke and it took a month to fix, what a saga. But this one has been perfect. Do you sell the drum cleaner?',
  'Last winter the boiler failed twice and I was fed up, but your engineer Tom has been brilliant since. Can I book the annual service?',
  'Remember me? I was the one with the lost parcel in March. All sorted now, thank you! I would like to order another lamp.',
  "Years ago I had a terrible time with a late sofa, but you made it right and I'm back. Is the corner sofa in grey in stock?",
  'The old router was a nightmare, honestly, but the new one is lovely. How do I change the wifi name?',
  "Back in 2021 your app lost my points and I was livid at the time. It's been great since, thanks. Where do I see my balance?",
];

describe('near misses it never moves', () => {
  test.each(STILL_FRUSTRATED)('stays frustrated: %s', (t) => {
    const rules = analyzeMessageRules(t);
    expect(rules.level).toBe('frustrated');
    expect(learnedLevel(own(t), rules)).toBeNull();
    expect(analyzeMessage(t).level).toBe('frustrated');
  });

  test.each(WARM_OLD_PROBLEMS)('stays calm: %s', (t) => {
    const rules = analyzeMessageRules(t);
    expect(rules.level).toBe('calm');
    expect(learnedLevel(own(t), rules)).toBeNull();
    expect(analyzeMessage(t).level).toBe('calm');
  });

  test('a warm message the model scores past its threshold is still not moved up', () => {
    const t = WARM_OLD_PROBLEMS[1] as string;
    expect(scoreLevel(own(t), analyzeMessageRules(t).signals).p).toBeGreaterThanOrEqual(LEVEL_MODEL.up);
    expect(learnedLevel(own(t), { level: 'calm', signals: analyzeMessageRules(t).signals })).toBeNull();
  });
});

describe('evidence', () => {
  test('a move up shows words of the message as negative-sentiment evidence', () => {
    // The model itself, at a threshold low enough to move: its evidence is words of the message.
    const t = 'Honestly this is getting a bit much, third email and no reply';
    const move = learnedLevel(own(t), { level: 'calm', signals: [] }, { ...LEVEL_MODEL, up: 0 });
    expect(move?.level).toBe('frustrated');
    expect(move?.evidence.length).toBeGreaterThan(0);
    for (const e of move?.evidence ?? []) expect(t.slice(e.start, e.end).trim()).toMatch(/[a-z]/i);
  });
});
