/**
 * Customer-tone analysis: how the customer feels (calm → frustrated → angry) and whether they cross
 * the line into abuse aimed at the rep. Runs in the background and extension pages (it pulls in
 * `obscenity` and `sentiment`); the content script uses lib/tone/draft.ts only.
 *
 * Pure and deterministic: text in, level and signals (with character ranges) out.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import Sentiment from 'sentiment';
import en from 'sentiment/languages/en/index.js';
import type { ThreadMessage } from '../adapters/types';
import { findCaps } from './caps';
import {
  DEMANDS,
  EXONERATION,
  POLITE,
  EXTRA_PROFANITY,
  FAMILY,
  HARASSMENT,
  IMPLIED_INSULT,
  INSULT_ADJS,
  INSULT_NOUNS,
  INTENSIFIERS,
  MILD_NEGATIVE,
  PAST_EXPERIENCE,
  PERSON_WORDS,
  PROFANITY_AT_REP,
  REPEAT_CONTACT,
  SARCASM_MILD,
  SARCASM_OPENER,
  SARCASM_STRONG,
  SARCASM_TURN,
  SECOND_PERSON,
  SENTIMENT_OVERRIDES,
  STRONG_NEGATIVE,
  SUPERVISOR,
  THIRD_PARTY,
  THREAT_AT_REP,
  THREAT_TO_LEAVE_STRONG,
  THREAT_TO_LEAVE_WEAK,
  URGENCY,
  YOUR_THINGS,
  normalize,
} from './lexicon';
import type { ToneLevel, ToneSignal, ToneSignalKind, ToneState } from './types';
import { TONE_LEVELS } from './types';

// Built once at module load: compiling the English dataset is the expensive part.
const profanityMatcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

// A support-desk variant of the English AFINN language, registered once. (Passing `extras` to
// analyze() would mutate the package's shared English labels on every call.)
const SENTIMENT_LANG = 'en-heard';
const sentiment = new Sentiment();
sentiment.registerLanguage(SENTIMENT_LANG, {
  labels: { ...en.labels, ...SENTIMENT_OVERRIDES },
  scoringStrategy: en.scoringStrategy,
});

export interface MessageTone {
  level: ToneLevel;
  signals: ToneSignal[];
}

/** How many of the latest customer messages decide the conversation's level. */
export const RECENT_WINDOW = 3;
/** An abusive message among this many latest customer messages keeps the conversation abusive. */
export const ABUSE_WINDOW = 5;

const ANGRY_AT = 4;
const FRUSTRATED_AT = 2;

interface Span {
  start: number;
  end: number;
}

interface Collector {
  signals: ToneSignal[];
  anger: number;
  frustration: number;
  abuse: boolean;
}

function* matches(re: RegExp, text: string): Generator<Span> {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    yield { start, end: start + m[0].length };
  }
}

/** Trim leading punctuation/space from a regex hit so the range points at words. */
function tidy(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[^a-z0-9*@$'"]/i.test(text[start] as string)) start++;
  while (end > start && /[\s,]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

function overlaps(a: Span, list: readonly Span[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

interface Token extends Span {
  w: string;
  /** Punctuation between the previous token and this one. */
  gap: string;
}

const TOKEN_RE = /[a-z0-9*](?:[a-z0-9*']|-(?=[a-z0-9*]))*/g;

function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of norm.matchAll(TOKEN_RE)) {
    out.push({ w: m[0], start: m.index, end: m.index + m[0].length, gap: norm.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

const sentenceBreak = (gap: string): boolean => /[.!?;:\n]/.test(gap);
const clauseBreak = (gap: string): boolean => /[.!?;:\n,]/.test(gap);
const MASKED_NOUN = /^(?:b\*+tch\w*|sh\*+thead|a\*+hole|d\*+ck(?:head)?|c\*+nt|tw\*+t|pr\*+ck)$/;
const plural = (word: string): string => (word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word);

function insultKind(tok: Token, profane: readonly Span[]): 'noun' | 'adj' | null {
  const w = tok.w;
  if (INSULT_NOUNS.has(w) || INSULT_NOUNS.has(plural(w)) || MASKED_NOUN.test(w)) return 'noun';
  if (INSULT_ADJS.has(w)) return 'adj';
  if (/^(?:piece|waste|excuse)$/.test(w)) return 'noun';
  if (overlaps(tok, profane) && !/^(?:hell|heck|damn|bloody|crap|jesus|christ)$/.test(w)) return 'adj';
  return null;
}

/**
 * Who an insult word is about. 'rep' when a second-person marker governs it in the same clause
 * ("you're a useless idiot", "you people are morons", "a d1ckhead like you", ", clown."), 'other'
 * when it describes a third party or a thing ("the courier is an idiot", "your app is garbage").
 */
function insultTarget(tokens: Token[], i: number, kind: 'noun' | 'adj'): 'rep' | 'other' | null {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  // An adjective followed by a thing ("your stupid script", "this crap product") is about the thing.
  if (kind === 'adj' && next && !clauseBreak(next.gap)) {
    const n = next.w;
    const personish =
      PERSON_WORDS.has(n) || INSULT_NOUNS.has(n) || INSULT_NOUNS.has(plural(n)) || INSULT_ADJS.has(n) || MASKED_NOUN.test(n);
    if (!personish) return 'other';
  }
  // "... like you", "what a jackass you are", "stupid, aren't you"
  if (next && !sentenceBreak(next.gap)) {
    const n2 = tokens[i + 2];
    if ((next.w === 'like' && n2 && SECOND_PERSON.has(n2.w)) || (SECOND_PERSON.has(next.w) && n2 && /^(?:are|r)$/.test(n2.w)))
      return 'rep';
  }
  // Look back through the clause for who is meant.
  for (let j = i - 1, steps = 0; j >= 0 && steps < 7; j--, steps++) {
    const cur = tokens[j + 1] as Token;
    if (sentenceBreak(cur.gap)) break;
    const t = tokens[j] as Token;
    // A comma ends the clause, except straight after the pronoun: "you, idiot" is still addressed.
    if (clauseBreak(cur.gap) && !SECOND_PERSON.has(t.w)) break;
    if (THIRD_PARTY.has(t.w)) return 'other';
    if (t.w === 'your' || t.w === 'ur') {
      const after = tokens[j + 1] as Token;
      if (after !== tok && YOUR_THINGS.has(after.w)) return 'other';
      if (after !== tok && !INTENSIFIERS.has(after.w) && !/^(?:people|lot|guys|team|staff|agents|colleagues)$/.test(after.w) && insultKind(after, []) === null) return 'other';
      return 'rep';
    }
    if (SECOND_PERSON.has(t.w)) return 'rep';
    if (t.w === 'being' && tokens[j - 1]?.w === 'stop') return 'rep';
  }
  // Vocative with no pronoun: "kiss my @ss, clown", "Get a real job, loser.", "dumbass".
  if (kind === 'noun') {
    let j = i - 1;
    while (j >= 0 && !clauseBreak((tokens[j + 1] as Token).gap) && INTENSIFIERS.has((tokens[j] as Token).w)) j--;
    const startsClause = j < 0 || clauseBreak((tokens[j + 1] as Token).gap);
    const endsClause = !next || clauseBreak(next.gap) || /^(?:lmao|lol)$/.test(next.w);
    if (startsClause && endsClause && !/^(?:joke|piece|waste|excuse|rat|cow|pig|donkey|monkey|chimp)$/.test(tok.w)) return 'rep';
    if (startsClause && endsClause && j >= 0) return 'rep';
  }
  return null;
}

function push(c: Collector, kind: ToneSignalKind, span: Span, messageIndex: number): void {
  if (c.signals.some((s) => s.kind === kind && s.start === span.start && s.end === span.end)) return;
  c.signals.push({ kind, messageIndex, start: span.start, end: span.end });
}

/** Non-overlapping hits of several patterns, earlier patterns first. */
function findAll(res: readonly RegExp[], norm: string): Span[] {
  const found: Span[] = [];
  for (const re of res) {
    for (const s of matches(re, norm)) {
      const span = tidy(norm, s);
      if (span.end <= span.start || overlaps(span, found)) continue;
      found.push(span);
    }
  }
  return found;
}

function collectAll(c: Collector, kind: ToneSignalKind, res: readonly RegExp[], norm: string, mi: number): Span[] {
  const found = findAll(res, norm);
  for (const span of found) push(c, kind, span, mi);
  return found;
}

/** Analyse one customer message. Signals carry messageIndex 0 unless given. */
export function analyzeMessage(text: string, messageIndex = 0): MessageTone {
  const c: Collector = { signals: [], anger: 0, frustration: 0, abuse: false };
  if (!text.trim()) return { level: 'calm', signals: [] };
  const norm = normalize(text);
  const tokens = tokenize(norm);

  // --- profanity: the library for obfuscated spellings, our list for masked and mild words ---
  const profane: Span[] = [];
  for (const m of profanityMatcher.getAllMatches(text, true)) {
    // obscenity reports an inclusive end index.
    const span = { start: m.startIndex, end: m.endIndex + 1 };
    if (!overlaps(span, profane)) profane.push(span);
  }
  for (const s of matches(EXTRA_PROFANITY, norm)) if (!overlaps(s, profane)) profane.push(s);
  // Widen each hit to its whole token ("shitty", "fcking").
  for (const p of profane) {
    const t = tokens.find((k) => k.start <= p.start && p.start < k.end);
    if (t) {
      p.start = Math.min(p.start, t.start);
      p.end = Math.max(p.end, t.end);
    }
  }

  // --- abuse aimed at the rep ---
  const atRep: Span[] = [];
  for (const s of collectAll(c, 'insult-at-rep', PROFANITY_AT_REP, norm, messageIndex)) atRep.push(s);
  for (const s of collectAll(c, 'insult-at-rep', IMPLIED_INSULT, norm, messageIndex)) atRep.push(s);
  for (const s of collectAll(c, 'threat-at-rep', THREAT_AT_REP, norm, messageIndex)) atRep.push(s);
  for (const s of collectAll(c, 'harassment', HARASSMENT, norm, messageIndex)) atRep.push(s);

  const otherInsults: Span[] = [];
  let anyInsult = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const kind = insultKind(tok, profane);
    if (!kind) continue;
    // "piece of …", "waste of …", "excuse for a …" are insults only with their tail.
    if (/^(?:piece|waste|excuse)$/.test(tok.w)) {
      const tail = norm.slice(tok.end, tok.end + 40);
      if (!/^\s+(?:of\s+(?:shit|sh\*t|crap|garbage|trash|work|junk|space|oxygen|skin|air)|for\s+a\b)/.test(tail)) continue;
    }
    if (kind === 'noun' && tok.w === 'joke' && !SECOND_PERSON.has(tokens[i - 2]?.w ?? '') && !SECOND_PERSON.has(tokens[i - 3]?.w ?? ''))
      continue;
    if (!overlaps(tok, profane)) anyInsult = true;
    const target = insultTarget(tokens, i, kind);
    if (target === 'rep') {
      push(c, 'insult-at-rep', tok, messageIndex);
      atRep.push(tok);
    } else if (target === 'other' && (kind === 'noun' || INSULT_ADJS.has(tok.w)) && !overlaps(tok, profane) && !/^(?:piece|waste|excuse)$/.test(tok.w)) {
      // "a piece of crap" about a thing is profanity about the situation, handled below.
      otherInsults.push(tok);
    }
  }
  // "Your mother must be so proud of raising such an idiot."
  for (const s of matches(FAMILY, norm)) {
    if (atRep.length > 0 || anyInsult || profane.length > 0) {
      push(c, 'harassment', s, messageIndex);
      atRep.push(s);
    }
  }
  c.abuse = atRep.length > 0;

  // --- profanity about the situation (everything not already aimed at the rep) ---
  const situational = profane.filter((p) => !overlaps(p, atRep));
  for (const p of situational) push(c, 'profanity-situation', p, messageIndex);

  // --- shouting ---
  const caps = findCaps(text);
  if (caps.shouting) {
    const first = caps.words[0] as Span;
    const last = caps.words[caps.words.length - 1] as Span;
    push(c, 'shouting', { start: first.start, end: last.end }, messageIndex);
    c.anger += 4;
  }

  // --- the rest of the cues ---
  const leaveStrong = collectAll(c, 'threat-to-leave', THREAT_TO_LEAVE_STRONG, norm, messageIndex);
  if (leaveStrong.length) c.anger += 4;

  const sup = collectAll(c, 'supervisor-request', SUPERVISOR, norm, messageIndex);
  const repeat = collectAll(c, 'repeat-contact', REPEAT_CONTACT, norm, messageIndex);
  const repeatWeight = repeat.length ? Math.min(3, 1 + repeat.length) : 0;
  c.frustration += repeatWeight;
  const past = collectAll(c, 'past-experience', PAST_EXPERIENCE, norm, messageIndex);
  if (past.length) c.frustration += Math.min(3, 1 + past.length);
  const urgent = collectAll(c, 'urgency', URGENCY, norm, messageIndex);
  if (urgent.length) c.frustration += 0.5;
  // "Please fix it" is a request; "Fix it. Today." is a demand.
  const demands = findAll(DEMANDS, norm).filter((d) => {
    const sentenceStart = Math.max(norm.lastIndexOf('.', d.start - 1), norm.lastIndexOf('?', d.start - 1), norm.lastIndexOf('!', d.start - 1)) + 1;
    return !POLITE.test(norm.slice(sentenceStart, d.start));
  });
  for (const d of demands) push(c, 'urgency', d, messageIndex);
  if (demands.length) c.anger += Math.min(4.5, 3 + 1.5 * (demands.length - 1));

  const strong = collectAll(c, 'negative-sentiment', [STRONG_NEGATIVE], norm, messageIndex);
  if (strong.length) c.anger += 4;
  for (const s of otherInsults) push(c, 'negative-sentiment', s, messageIndex);
  if (otherInsults.length) {
    if (EXONERATION.test(norm)) c.frustration += 2;
    else c.anger += 4;
  }
  const mild = collectAll(c, 'negative-sentiment', [MILD_NEGATIVE], norm, messageIndex);
  if (mild.length) c.frustration += Math.min(3, 1 + mild.length);

  const sarcStrong = collectAll(c, 'sarcasm', SARCASM_STRONG, norm, messageIndex);
  let sarcMild = collectAll(c, 'sarcasm', SARCASM_MILD, norm, messageIndex).length;
  for (const m of norm.matchAll(SARCASM_OPENER)) {
    const rest = norm.slice(m.index + m[0].length);
    if (SARCASM_TURN.test(rest)) {
      const g = m[1] as string;
      const start = m.index + m[0].indexOf(g);
      push(c, 'sarcasm', { start, end: start + g.length }, messageIndex);
      sarcMild++;
    }
  }

  // --- lexicon sentiment (AFINN-165), with profanity and insults left to the checks above ---
  const senti = sentiment.analyze(text, { language: SENTIMENT_LANG });
  let neg = 0;
  let pos = 0;
  const negWords = new Set<string>();
  for (const entry of senti.calculation) {
    for (const [word, score] of Object.entries(entry)) {
      if (score < 0) {
        neg += score;
        if (score <= -2) negWords.add(word);
      } else pos += score;
    }
  }
  const excluded = [...profane, ...atRep];
  let negOutside = 0;
  for (const word of negWords) {
    const re = new RegExp(`(?<![a-z'])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z'])`, 'g');
    for (const s of matches(re, norm)) {
      if (overlaps(s, excluded)) continue;
      negOutside++;
      push(c, 'negative-sentiment', s, messageIndex);
    }
  }
  const negScore = -neg;

  // --- weigh ---
  const otherCues =
    repeat.length + past.length + leaveStrong.length + demands.length + strong.length + mild.length + sarcStrong.length + sarcMild + otherInsults.length;
  if (situational.length) {
    // Swearing that vents about the problem is anger; quoting a review or "damn, that was fast!" is not.
    // … and so is swearing in a question ("what the hell is wrong with …?").
    const inQuestion = situational.some((p) => /^[^.!?]*\?/.test(text.slice(p.end)));
    const venting = otherCues > 0 || caps.shouting || negOutside > 0 || /[?!]{2,}/.test(text) || inQuestion;
    if (venting) c.anger += 4;
  }
  const weak = [...matches(THREAT_TO_LEAVE_WEAK, norm)];
  if (weak.length && (otherCues > 0 || negScore >= 2)) {
    for (const s of weak) push(c, 'threat-to-leave', s, messageIndex);
    c.anger += 2;
  }
  if (sup.length) {
    const praise = /\b(?:compliment|praise|thank|thanks|great\s+service|helpful)\b/.test(norm) || /\bsales\s+manager\b/.test(norm);
    const demanded =
      (!POLITE.test(norm) && /\b(?:i\s+want|get\s+me|put\s+me|now|today|i\s+expect|i\s+demand)\b/.test(norm)) ||
      caps.words.some((w) => overlaps(w, sup));
    if (!praise) {
      if (demanded) c.anger += 4;
      else c.frustration += 2;
    }
  }
  if (sarcStrong.length) c.anger += 4;
  if (sarcMild) c.frustration += 2;
  if (caps.words.length && !caps.shouting && (otherCues > 0 || negScore >= 2)) c.anger += 1.5;
  if (/\?!|!\?/.test(text)) c.anger += 2;
  else if (/!{3,}/.test(text)) c.anger += 2;
  if (/\?{2,}/.test(text)) c.frustration += 2;
  if (urgent.length && (otherCues > 0 || negScore >= 2)) c.anger += 1;
  if (negScore >= 2) c.frustration += Math.min(2, (negScore - 1) * 0.4);
  // Warm messages: a happy "hi again! third order this month" is not repeat-contact frustration.
  if (pos >= 3 && c.anger === 0 && neg === 0 && c.frustration <= repeatWeight) c.frustration -= Math.min(c.frustration, pos * 0.5);

  let level: ToneLevel = 'calm';
  if (c.abuse) level = 'abusive';
  else if (c.anger >= ANGRY_AT || (c.anger >= 2 && c.anger + c.frustration >= 6)) level = 'angry';
  else if (c.anger + c.frustration >= FRUSTRATED_AT) level = 'frustrated';

  c.signals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { level, signals: c.signals };
}

const rank = (l: ToneLevel): number => TONE_LEVELS.indexOf(l);
const maxLevel = (a: ToneLevel, b: ToneLevel): ToneLevel => (rank(a) >= rank(b) ? a : b);

/**
 * The conversation's tone from its customer messages (agent replies and notes are skipped):
 * - the level is the highest of the last RECENT_WINDOW customer messages;
 * - abuse in any of the last ABUSE_WINDOW customer messages keeps it abusive;
 * - repeat contact across messages escalates: two or more recent messages with repeat-contact or
 *   past-experience signals make it at least frustrated, and three customer messages in a row with no
 *   agent reply between them raise a frustrated conversation to angry.
 * Signals are those of the messages considered, with messageIndex = index in `messages`.
 */
export function analyzeThread(messages: readonly ThreadMessage[]): ToneState {
  const customer: number[] = [];
  for (let i = 0; i < messages.length; i++) if (messages[i]?.role === 'customer') customer.push(i);
  if (customer.length === 0) return { level: 'calm', signals: [] };

  const considered = customer.slice(-ABUSE_WINDOW);
  const recent = new Set(customer.slice(-RECENT_WINDOW));
  let level: ToneLevel = 'calm';
  let chasing = 0;
  const signals: ToneSignal[] = [];
  for (const i of considered) {
    const r = analyzeMessage((messages[i] as ThreadMessage).text, i);
    signals.push(...r.signals);
    if (r.level === 'abusive') level = 'abusive';
    else if (recent.has(i)) level = maxLevel(level, r.level);
    if (r.signals.some((s) => s.kind === 'repeat-contact' || s.kind === 'past-experience')) chasing++;
  }
  if (level !== 'abusive') {
    if (chasing >= 2) level = maxLevel(level, 'frustrated');
    // Customer messages in a row at the end, with no agent reply between them.
    let unanswered = 0;
    for (let i = messages.length - 1; i >= 0; i--) {
      const role = messages[i]?.role;
      if (role === 'customer') unanswered++;
      else if (role === 'agent') break;
    }
    if (unanswered >= 3 && level === 'frustrated') level = 'angry';
  }
  return { level, signals };
}
