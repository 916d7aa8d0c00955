/**
 * A learned second opinion on LEVEL in English customer messages: calm or frustrated (issue #11 point 5).
 *
 * A logistic regression over one message: hashed words and word pairs of the customer's own text
 * (quotations and signature masked), plus cues the rules already find (repeat contact, past problems,
 * annoyance words, sarcasm, a threat to leave, a manager asked for) and the message's shape (second
 * person, sentences, words, question and exclamation marks, negations, politeness, urgency words,
 * "again / still / already"). It never sees the rules' level. Trained by tools/train-tone-level-en.ts
 * on the English TRAINING splits and the probe families only (never a held-out file); the weights are in
 * learned-level-en.weights.json (`npm run train:tone:en` regenerates them, deterministically).
 *
 * Used by lib/tone/analyze.ts only to move a message ONE level between calm and frustrated, and only
 * when the model is confident past a threshold picked by leave-one-split-out cross-validation on the
 * training splits (the thresholds at which no left-out message moved wrongly): calm → frustrated when
 * p ≥ `up` (never a warm message), frustrated → calm when p ≤ `down` (only a reading that rests on weak cues:
 * a past problem, a repeat, an annoyance word; never a demand, sarcasm, shouting or a threat). Its evidence for a move up: the words holding the
 * largest share of the score.
 */
import weights from './learned-level-en.weights.json';
import { hash } from './learned-en';
import { GRATITUDE, normalize, OWN_FEELING, SECOND_PERSON, URGENCY } from './lexicon';
import type { ToneSignal, ToneSignalKind } from './types';

export interface LevelModel {
  /** Number of hashed buckets (a power of two). */
  dim: number;
  /** Weights are stored as integers: real weight = w / scale. */
  scale: number;
  bias: number;
  /** A message the rules read calm reads frustrated when p ≥ up (never when up > 1). */
  up: number;
  /** A message the rules read frustrated reads calm when p ≤ down (never when down < 0). */
  down: number;
  w: number[];
}

export const LEVEL_MODEL: LevelModel = weights as LevelModel;

/** The rules' cues the model may read (urgency is left out: the rules add it as evidence only once they read a message hot). */
const CUE_KINDS: readonly ToneSignalKind[] = ['repeat-contact', 'past-experience', 'negative-sentiment', 'sarcasm', 'threat-to-leave', 'supervisor-request', 'profanity-situation', 'shouting'];

const NEGATION = /\b(?:not|no|never|nothing|nobody|none|cannot|\w+n't|\w+nt)\b/g;
const POLITENESS = /\b(?:please|pls|thanks|thank|thx|appreciate\w*|kind(?:ly)?|regards|cheers|grateful|sorry)\b/;
const PAST_PROBLEM = /\b(?:again|still|already|last\s+time|previous(?:ly)?|before|yet)\b/;
const PRAISE = /\b(?:great|lovely|brilliant|perfect|wonderful|love|happy|glad|pleased|excellent|fantastic|amazing|helpful)\b/;

/** Non-global copies, compiled once (a global pattern's test() keeps state between calls). */
const URGENT: readonly RegExp[] = URGENCY.map((re) => new RegExp(re.source));
const OWN_FEELING_ONE = new RegExp(OWN_FEELING.source);

export interface Feature {
  bucket: number;
  /** The feature's value (word features share 1/√n; message features count 1). */
  v: number;
  /** The word it came from, as a range of the message (word features only). */
  at?: { start: number; end: number };
}

/** A message's features: the customer's own text (`own`, quotations and signature masked) and the rules' cues on it. */
export function levelFeatures(own: string, signals: readonly ToneSignal[], dim: number): Feature[] {
  const mask = dim - 1;
  const norm = normalize(own);
  const words: { w: string; start: number; end: number; s: number }[] = [];
  let sentence = 0;
  let last = 0;
  for (const m of norm.matchAll(/[a-z0-9]+(?:'[a-z]+)?/g)) {
    if (/[.!?\n]/.test(norm.slice(last, m.index))) sentence++;
    last = m.index + m[0].length;
    words.push({ w: m[0], start: m.index, end: last, s: sentence });
  }
  const text: Feature[] = [];
  words.forEach((wd, i) => {
    const at = { start: wd.start, end: wd.end };
    text.push({ bucket: hash('w:' + wd.w) & mask, v: 1, at });
    const prev = words[i - 1];
    if (prev && prev.s === wd.s) text.push({ bucket: hash('b:' + prev.w + ' ' + wd.w) & mask, v: 1, at: { start: prev.start, end: wd.end } });
  });
  const k = 1 / Math.sqrt(Math.max(1, text.length));
  for (const f of text) f.v = k;

  const names: string[] = [];
  for (const kind of CUE_KINDS) {
    const n = signals.filter((x) => x.kind === kind).length;
    if (n > 0) names.push(`m:cue:${kind}`);
    if (n > 1) names.push(`m:cue2:${kind}`);
  }
  const sentences = words.length ? (words[words.length - 1] as { s: number }).s + 1 : 0;
  names.push(`m:sent:${Math.min(sentences, 6)}`);
  const nw = words.length;
  names.push(`m:words:${nw <= 10 ? 0 : nw <= 25 ? 1 : nw <= 50 ? 2 : nw <= 100 ? 3 : 4}`);
  const nq = (own.match(/\?/g) ?? []).length;
  names.push(`m:q:${Math.min(nq, 3)}`);
  if (/\?{2,}|\?!|!\?/.test(own)) names.push('m:qq');
  names.push(`m:ex:${Math.min((own.match(/!/g) ?? []).length, 3)}`);
  if (words.some((x) => SECOND_PERSON.has(x.w))) names.push('m:you');
  names.push(`m:neg:${Math.min((norm.match(NEGATION) ?? []).length, 3)}`);
  if (POLITENESS.test(norm)) names.push('m:polite');
  if (PAST_PROBLEM.test(norm)) names.push('m:past');
  if (PRAISE.test(norm)) names.push('m:praise');
  if (URGENT.some((re) => re.test(norm))) names.push('m:urgent');
  return [...text, ...names.map((n) => ({ bucket: hash(n) & mask, v: 1 }))];
}

/** Thanks or praise anywhere in the customer's own words. */
export const warmText = (own: string): boolean => {
  const norm = normalize(own);
  return GRATITUDE.test(norm) || PRAISE.test(norm);
};

/** Cues weak enough to be taken back: a past problem, a repeat, an annoyance word (not a demand, sarcasm, a threat…). */
const WEAK_KINDS: ReadonlySet<ToneSignalKind> = new Set(['past-experience', 'repeat-contact', 'negative-sentiment']);
/**
 * Whether a frustrated reading rests on weak cues only, and the customer does not own to an annoyance now ("I'm a
 * bit fed up"): the only readings the model may take down to calm.
 */
export const weakCues = (own: string, signals: readonly ToneSignal[]): boolean => signals.every((s) => WEAK_KINDS.has(s.kind)) && !OWN_FEELING_ONE.test(normalize(own));

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability that a message is frustrated rather than calm, and its features. */
export function scoreLevel(own: string, signals: readonly ToneSignal[], model: LevelModel = LEVEL_MODEL): { p: number; feats: Feature[] } {
  const feats = levelFeatures(own, signals, model.dim);
  let z = model.bias / model.scale;
  for (const f of feats) z += ((model.w[f.bucket] ?? 0) / model.scale) * f.v;
  return { p: sigmoid(z), feats };
}

export interface LevelMove {
  level: 'calm' | 'frustrated';
  p: number;
  /** For a move up: the words holding the largest share of the score (message offsets). */
  evidence: { start: number; end: number }[];
}

/** The model's move for a message the rules read calm or frustrated, or null when it is not confident enough. */
export function learnedLevel(own: string, rules: { level: string; signals: readonly ToneSignal[] }, model: LevelModel = LEVEL_MODEL): LevelMove | null {
  if (rules.level !== 'calm' && rules.level !== 'frustrated') return null;
  const { p, feats } = scoreLevel(own, rules.signals, model);
  if (rules.level === 'frustrated') return p <= model.down && weakCues(own, rules.signals) ? { level: 'calm', p, evidence: [] } : null;
  // A warm message (thanks, praise) that tells of old problems is the commonest calm look-alike: never moved up.
  if (p < model.up || warmText(own)) return null;
  // The two word features that weigh most toward frustration, as ranges of the message.
  const top = feats
    .filter((f): f is Feature & { at: { start: number; end: number } } => f.at !== undefined)
    .map((f) => ({ at: f.at, v: ((model.w[f.bucket] ?? 0) / model.scale) * f.v }))
    .filter((x) => x.v > 0)
    .sort((a, b) => b.v - a.v || a.at.start - b.at.start);
  const evidence: { start: number; end: number }[] = [];
  for (const t of top) {
    if (evidence.some((e) => e.start < t.at.end && t.at.start < e.end)) continue;
    evidence.push(t.at);
    if (evidence.length === 2) break;
  }
  if (evidence.length === 0) return null;
  evidence.sort((a, b) => a.start - b.start);
  return { level: 'frustrated', p, evidence };
}
