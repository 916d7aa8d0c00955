/**
 * A learned second opinion on ABUSE in English customer messages (issue #11 point 5).
 *
 * A logistic regression over hashed features of one sentence: character 3–5-grams of each word (so
 * "-brained", "idiot" in a new compound or misspelt share grams with known insults) and word unigrams.
 * Trained by tools/train-tone-en.ts on the English TRAINING splits only (never the held-out ones), the
 * weights in learned-en.weights.json (`npm run train:tone:en` regenerates them, deterministically).
 *
 * Words of SECOND_PERSON (lib/tone/lexicon.ts) only say who is addressed: they carry no weight of their own.
 *
 * Used by lib/tone/analyze.ts only to RAISE a message the rules read frustrated or angry to abusive,
 * when one sentence both addresses the rep (second person) and scores at or above the threshold picked
 * by leave-one-split-out cross-validation on the training splits. It never lowers a level. Its
 * evidence: the words holding the sentence's top-weighted grams.
 */
import weights from './learned-en.weights.json';
import { SECOND_PERSON } from './lexicon';

export interface LearnedModel {
  /** Number of hashed buckets (a power of two). */
  dim: number;
  /** Weights are stored as integers: real weight = w / scale. */
  scale: number;
  bias: number;
  /** Sentence probability at or above which the model calls a sentence abusive. */
  threshold: number;
  w: number[];
}

export const MODEL: LearnedModel = weights as LearnedModel;

/** FNV-1a, 32 bits: the same bucket on every machine. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Lower-case words with their places in the sentence (apostrophes kept inside a word). */
export function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'").matchAll(/[a-z0-9]+(?:'[a-z]+)?/g))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Nouns that, after "you", only say who is addressed ("you people", "you lot", "you guys"). */
const ADDRESS_NOUNS = new Set(['people', 'lot', 'guys', 'lads', 'folks', 'folk', 'all', 'two', 'lots']);

/** Each feature's bucket and the word it came from (index in `words`); words that only address the rep give none. */
export function featuresOf(words: readonly Word[], dim: number): { bucket: number; word: number }[] {
  const out: { bucket: number; word: number }[] = [];
  const mask = dim - 1;
  words.forEach((wd, i) => {
    if (SECOND_PERSON.has(wd.text) || (ADDRESS_NOUNS.has(wd.text) && i > 0 && SECOND_PERSON.has((words[i - 1] as Word).text))) return;
    out.push({ bucket: hash('w:' + wd.text) & mask, word: i });
    const padded = ` ${wd.text} `;
    for (let n = 3; n <= 5; n++) for (let j = 0; j + n <= padded.length; j++) out.push({ bucket: hash(padded.slice(j, j + n)) & mask, word: i });
  });
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability that a sentence is abusive, with each word's share of the score. */
export function scoreSentence(sentence: string, model: LearnedModel = MODEL): { p: number; words: Word[]; share: number[] } {
  const words = wordsOf(sentence);
  const share = words.map(() => 0);
  let z = model.bias / model.scale;
  const feats = featuresOf(words, model.dim);
  // Each feature weighs 1/√n: a long sentence does not add up to abuse by its length.
  const k = 1 / Math.sqrt(Math.max(1, feats.length));
  for (const f of feats) {
    const v = ((model.w[f.bucket] ?? 0) / model.scale) * k;
    z += v;
    share[f.word] = (share[f.word] as number) + v;
  }
  return { p: sigmoid(z), words, share };
}

/** Whether a sentence addresses the rep: a word of SECOND_PERSON (the trainer picks its examples with the same test). */
export const addressesRep = (sentence: string): boolean => wordsOf(sentence).some((w) => SECOND_PERSON.has(w.text));

/** Sentences with their start offsets (ends at . ! ? or a line break). */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) if (/[a-z]/i.test(m[0])) out.push({ text: m[0], start: m.index });
  return out;
}

/** The evidence of a score: the indexes of the two words with the largest positive shares of it, in text order. */
export function topWords(words: readonly { start: number }[], share: readonly number[]): number[] {
  return words
    .map((w, i) => ({ i, start: w.start, v: share[i] as number }))
    .filter((x) => x.v > 0)
    .sort((a, b) => b.v - a.v || a.start - b.start)
    .slice(0, 2)
    .sort((a, b) => a.start - b.start)
    .map((x) => x.i);
}

export interface LearnedAbuse {
  p: number;
  /** The evidence: the words holding the sentence's top-weighted grams (message offsets). */
  evidence: { start: number; end: number }[];
}

/**
 * The model's opinion of a message: the most abusive-looking sentence that addresses the rep, when it
 * scores at or above the threshold; else null.
 */
export function learnedAbuse(text: string, model: LearnedModel = MODEL): LearnedAbuse | null {
  let best: LearnedAbuse | null = null;
  for (const s of sentencesOf(text)) {
    if (!addressesRep(s.text)) continue;
    const r = scoreSentence(s.text, model);
    if (r.p < model.threshold || (best && best.p >= r.p)) continue;
    best = { p: r.p, evidence: topWords(r.words, r.share).map((i) => ({ start: s.start + r.words[i]!.start, end: s.start + r.words[i]!.end })) };
  }
  return best;
}
