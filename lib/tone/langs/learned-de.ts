/**
 * A learned second opinion on ABUSE in German customer messages (issue 15): the German twin of
 * lib/tone/learned-en.ts.
 *
 * A logistic regression over hashed features of one sentence: character 3–5-grams of each word (so a new
 * compound "Hotlinetrottel", a misspelt "Idijot" or a Swiss "Tubel" share grams with known insults) and word
 * unigrams, on the folded text (lib/tone/langs/fold.ts: lowercase, ä → ae, ß → ss, obfuscation undone).
 * Trained by tools/train-tone-de.ts on the German TRAINING splits only (never the held-out one), the weights
 * in learned-de.weights.json (`npm run train:tone:de` regenerates them, deterministically).
 *
 * Words that only say who is addressed (du, dich, Sie, Ihnen, euch, dein…, Ihr…) carry no weight of their own.
 *
 * Used by readIn (lib/tone/langs/index.ts) only to RAISE a message the rules read frustrated or angry to
 * abusive, when one sentence both addresses the rep and scores at or above the threshold picked by
 * leave-one-split-out cross-validation on the training splits. It never lowers a level and never touches
 * calm. Its evidence: the words holding the sentence's top-weighted grams.
 */
import { hash, topWords, type LearnedAbuse, type LearnedModel } from '../learned-en';
import type { ToneSignal } from '../types';
import weights from './learned-de.weights.json';
import { de } from './de';
import { maskForwarded, maskNames, maskQuotes, type MessageTone } from './engine';
import { fold } from './fold';

export type { LearnedModel };

export const MODEL: LearnedModel = weights as LearnedModel;

export interface Word {
  /** Folded, lowercase. */
  text: string;
  /** Offsets in the folded sentence. */
  start: number;
  end: number;
  /** Addresses the rep (du, dich, euch, bist…; Sie, Ihnen with their capital). */
  second: boolean;
  /** The rep's things (dein…, euer…, Ihr… with its capital): no weight, and not an address on its own. */
  owner: boolean;
  /**
   * A capitalised word (not in capitals) right after "du", "Sie", "ihr"… opening a clause: a noun put to the rep
   * ("Sie Schnarchzapfen, …", "…, du Pfeife"), not a verb ("Sie haben", "BEI EUCH KRIEGT") nor an object after a
   * verb ("Können Sie Bescheid geben?").
   */
  vocative: boolean;
  /** After "nicht", "kein…", "nie" in its clause: its features are the negated word's ("nicht persönlich" is not "persönlich"). */
  negated: boolean;
}

/** Informal second person: always the rep. */
const SECOND_INFORMAL = /^(?:du|dich|dir|euch|bist|biste|bisch|bischt|seid)$/;
/** Formal second person: the rep only with its capital ("sie", "ihnen" in lowercase are "they", "them"). */
const SECOND_FORMAL = /^(?:sie|ihnen)$/;
/**
 * Possessives: the rep's things. "Ihre Mitarbeiter sind Idioten" is an insult at the company (angry), so a
 * possessive alone does not make a sentence address the rep.
 */
const OWNER = /^(?:dein|deine|deinen|deinem|deiner|deines|euer|eure|euren|eurem|eurer|eures|ihr|ihre|ihren|ihrem|ihrer|ihres)$/;

/**
 * Function words (auxiliaries, articles, pronouns, prepositions, conjunctions): they carry no weight, or the model
 * learns "haben Sie mich" from "Haben Sie überhaupt ein Hirn?" and reads "Warum haben Sie mich nicht zurückgerufen?" as abuse.
 */
const FUNCTION_WORD = new Set(
  'ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem unserer er es ihm ihn sein seine seinen seinem seiner man das der die den dem des ein eine einen einem einer eines dies diese dieser diesen diesem dieses ist sind war waren bin bist sei seid wird werden wurde wurden wuerde wuerden habe haben hat hatte hatten haette haetten hab kann koennen konnte konnten koennte koennten muss muessen musste mussten soll sollen sollte sollten will wollen wollte darf duerfen mag und oder aber denn weil dass ob wenn als wie zu zum zur in im an am auf aus bei mit nach von vom vor fuer ueber unter um durch gegen ohne bis seit so da hier dort was wer wo wann warum wieso weshalb'.split(' '),
);

/** A title after the pronoun is the person's name ("Sie, Herr Maier, haben …"), not a name called. */
const TITLE = /^(?:herr|herrn|frau|fraeulein|dr|prof|doktor|professor)$/;

/** How many features a vocative noun adds. */
const VOCATIVE_WEIGHT = 5;

const NEGATION = /^(?:nicht|nichts|kein|keine|keinen|keinem|keiner|keines|nie|niemals|ned|net)$/;

/**
 * The words of a folded sentence. `capital(i)`: was the character at folded index i a capital in the message?
 * "ihr"/"Ihr" before a capitalised word is a possessive ("Ihr Techniker", "ihr Laden"); otherwise the informal
 * plural ("habt ihr", "Ihr seid"), how most customers write to a company.
 */
export function wordsOf(sentence: string, capital: (i: number) => boolean = () => false): Word[] {
  const out: Word[] = [];
  let negation = false;
  let last = 0;
  const opens: boolean[] = [];
  for (const m of sentence.matchAll(/[a-z0-9]+/g)) {
    const w = m[0];
    const clause = out.length === 0 || /[,;:–—]|\s-\s/.test(sentence.slice(last, m.index));
    opens.push(clause);
    if (clause) negation = false;
    last = m.index + w.length;
    const second = SECOND_INFORMAL.test(w) || (SECOND_FORMAL.test(w) && capital(m.index));
    out.push({ text: w, start: m.index, end: m.index + w.length, second, owner: !second && OWNER.test(w), negated: negation, vocative: false });
    if (NEGATION.test(w)) negation = true;
  }
  out.forEach((wd, i) => {
    const next = out[i + 1];
    if (wd.text === 'ihr' && !(next && capital(next.start))) {
      wd.second = true;
      wd.owner = false;
    }
  });
  out.forEach((wd, i) => {
    const prev = out[i - 1];
    wd.vocative = !!prev && prev.second && !!opens[i - 1] && /^(?:du|sie|ihr|dich|dir|euch)$/.test(prev.text) && capital(wd.start) && !capital(wd.start + 1) && !wd.second && !FUNCTION_WORD.has(wd.text) && !TITLE.test(wd.text);
  });
  return out;
}

/** Each feature's bucket and the word it came from (index in `words`); words that address the rep give none. */
export function featuresOf(words: readonly Word[], dim: number): { bucket: number; word: number }[] {
  const out: { bucket: number; word: number }[] = [];
  const mask = dim - 1;
  words.forEach((wd, i) => {
    if (wd.second || wd.owner || SECOND_FORMAL.test(wd.text) || FUNCTION_WORD.has(wd.text)) return;
    const pre = wd.negated ? '!' : '';
    // (the vocative counts as much as a word's grams: one feature alone would weigh nothing beside them)
    if (wd.vocative) for (let r = 0; r < VOCATIVE_WEIGHT; r++) out.push({ bucket: hash('voc:' + r) & mask, word: i });
    out.push({ bucket: hash(pre + 'w:' + wd.text) & mask, word: i });
    const padded = ` ${wd.text} `;
    for (let n = 3; n <= 5; n++) for (let j = 0; j + n <= padded.length; j++) out.push({ bucket: hash(pre + padded.slice(j, j + n)) & mask, word: i });
  });
  return out;
}

/**
 * Each feature weighs 1/√max(FLOOR, n): a long sentence does not add up to abuse by its length, and a short one
 * ("Sind Sie noch da?") is not made abusive by one word seen in insults (cross-validated: 80 against 1 to 120).
 */
export const FLOOR = 80;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability that a sentence (its words) is abusive, with each word's share of the score. */
export function scoreWords(words: readonly Word[], model: LearnedModel = MODEL): { p: number; share: number[] } {
  const share = words.map(() => 0);
  let z = model.bias / model.scale;
  const feats = featuresOf(words, model.dim);
  const k = 1 / Math.sqrt(Math.max(FLOOR, feats.length));
  for (const f of feats) {
    const v = ((model.w[f.bucket] ?? 0) / model.scale) * k;
    z += v;
    share[f.word] = (share[f.word] as number) + v;
  }
  return { p: sigmoid(z), share };
}

export interface Sentence {
  words: Word[];
  /** Original-text offsets of the sentence (for matching the rules' evidence). */
  start: number;
  end: number;
  /** Word i's original-text range. */
  orig: (i: number) => { start: number; end: number };
}

/** A quick look, before folding, for a word that may address the rep (the folded words decide). */
const MAY_ADDRESS = /(?<![A-Za-z])(?:[Dd][Uu]|[Dd][Ii][CcRr][Hh]?|[Ee][Uu][Cc][Hh]|[Bb][Ii][Ss][Cc]?[Hh]?[Tt]?[Ee]?|[Ss][Ee][Ii][Dd]|[Ii][Hh][Rr]|S[Ii][Ee]|I[Hh][Nn][Ee][Nn])(?![A-Za-z])/;

/**
 * The message's own words (quotations, forwarded mail and names masked as the German reader does), in sentences,
 * each folded on its own. `all`: every sentence (the trainer's negatives); else only those that may address the rep
 * (folding costs: a message is read in well under a millisecond).
 */
export function sentencesOf(text: string, all = false): Sentence[] {
  const own = maskNames(de, maskQuotes(maskForwarded(text)));
  const out: Sentence[] = [];
  for (const m of own.matchAll(/[^.!?\n]+[.!?]*/g)) {
    if (!all && !MAY_ADDRESS.test(m[0])) continue;
    const base = m.index;
    const f = fold(m[0], 'de');
    const capital = (i: number): boolean => {
      const c = m[0][f.at[i] as number] ?? '';
      return c !== c.toLowerCase();
    };
    const words = wordsOf(f.norm, capital);
    if (!words.length) continue;
    const orig = (i: number): { start: number; end: number } => {
      const w = words[i] as Word;
      return { start: base + (f.at[w.start] as number), end: base + (f.at[w.end - 1] as number) + 1 };
    };
    out.push({ words, start: orig(0).start, end: orig(words.length - 1).end, orig });
  }
  return out;
}

export type { LearnedAbuse };

/**
 * The model's opinion of a message: the most abusive-looking sentence that addresses the rep, when it
 * scores at or above the threshold; else null.
 */
export function learnedAbuse(text: string, model: LearnedModel = MODEL): LearnedAbuse | null {
  let best: LearnedAbuse | null = null;
  for (const s of sentencesOf(text)) {
    if (!s.words.some((w) => w.second)) continue;
    const r = scoreWords(s.words, model);
    if (r.p < model.threshold || (best && best.p >= r.p)) continue;
    best = { p: r.p, evidence: topWords(s.words, r.share).map((i) => s.orig(i)) };
  }
  return best;
}

/** The rules' German reading with the model's say: a frustrated or angry message raised to abusive, its words as evidence. */
export function withLearnedDe(ruled: MessageTone, text: string, messageIndex = 0): MessageTone {
  if (ruled.level !== 'frustrated' && ruled.level !== 'angry') return ruled;
  const learned = learnedAbuse(text);
  if (!learned || learned.evidence.length === 0) return ruled;
  const signals: ToneSignal[] = [...ruled.signals, ...learned.evidence.map((e) => ({ kind: 'insult-at-rep' as const, messageIndex, ...e }))];
  signals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { level: 'abusive', signals };
}
