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
import type { Lang } from '../lang/langs';
import { findCaps } from './caps';
import { learnedAbuse } from './learned-en';
import { learnedLevel } from './learned-level-en';
import {
  DEMANDS,
  EXONERATION,
  POLITE,
  EXTRA_PROFANITY,
  FAMILY,
  HARASSMENT,
  IMPLIED_INSULT,
  JUDGED_AT_REP,
  JUDGED_AT_REP_7,
  INSULT_ADJS,
  INSULT_NOUNS,
  INTENSIFIERS,
  MILD_NEGATIVE,
  REMEDY_REFUSED,
  DISAPPOINTMENT,
  ACCEPTANCE,
  PAST_EXPERIENCE,
  OWN_FEELING,
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
  SOFT_DEMANDS,
  ACCUSATION,
  AGAIN,
  WEAK_REPEAT,
  IMPERATIVES,
  MILD_NEGATIVE_EXTRA,
  IMPATIENCE,
  NEGATED_BEFORE,
  RECOLLECTION,
  GRATITUDE,
  SARCASM_IF_NEGATIVE,
  SARCASM_IF_EVENT,
  NEGATIVE_EVENT,
  SUPERVISOR,
  SUPERVISOR_ASKED,
  ULTIMATUM,
  TURNAROUND,
  TURNAROUND_ALL,
  POLICY_PUSHBACK,
  THIRD_PARTY,
  THREAT_AT_REP,
  THREAT_AT_REP_7,
  FAULT_BACK,
  THREAT_TO_LEAVE_STRONG,
  THREAT_TO_LEAVE_WEAK,
  URGENCY,
  YOUR_THINGS,
  PERSON_ONLY_ADJS,
  PRODUCT_WORDS,
  JUDGEMENT_FORM,
  LONE_PRAISE,
  ABILITY_WORDS,
  IMPLIED_INSULT_8,
  THREAT_AT_REP_8,
  NEAR_YOU,
  MENACE,
  IMPATIENCE_8,
  SARCASM_8_STRONG,
  SARCASM_8_MILD,
  UPSIDE_DOWN,
  ANNOYED_FACE,
  IMPLIED_INSULT_10,
  THREAT_TO_LEAVE_10,
  DEMANDS_10,
  IMPERATIVES_10,
  REPEAT_10,
  NOTHING_LIST,
  SARCASM_10_MILD,
  SARCASM_10_FAULT,
  GLAD_OATH,
  AT_REP_10,
  HARASSMENT_10,
  THREAT_AT_REP_10,
  REFUSE_TO_PAY,
  GIVEN_UP,
  LACKS_MIND,
  KEEP_WAITING,
  ACCUSATION_10,
  AT_REP_11,
  THREAT_AT_REP_11,
  WATCHED_11,
  MENACE_11,
  CONTEMPT_11,
  PASSED_ON_11,
  LITOTES_11,
  CALM_FILING,
  THREAT_GRAMMAR,
  SHOWN_AS,
  LIFE_REASON,
  SICK_OF_ME,
  FOND_MISSING,
  FLAT_PRAISE_11,
  CONTEMPT_STAFF_11,
  JEST_WORDS,
  JEST_AFFECTION,
  JEST_HEART,
  THREAT_TO_LEAVE_12,
  IMPATIENCE_12,
  THREAT_AT_REP_13,
  AT_REP_13,
  NAME_ASKED_13,
  THREAT_TO_LEAVE_13,
  QUOTED_PROMISE_13,
  NOT_DONE_13,
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

/** Interjections that may open an address: "lol ok dipsh*t", "oh sure, genius". */
const VOCATIVE_LEAD = /^(?:lol|lmao|lmfao|ok|okay|oh|well|yeah|yes|sure|thing|alright|right|listen|look|hey|cheers|thanks|whatever)$/;
/** Insult nouns that are also animals or a trade ("chewed by a cow", "the clown costume"): a person's name only when
 * said of one ("the driver is a pig", "like a donkey", "stupid cow") or addressed. */
const ANIMAL_NOUN = /^(?:cow|cows|pig|pigs|rat|rats|donkey|donkeys|monkey|monkeys|chimp|chimps|worm|worms|parrot|parrots|drone|drones|leech|leeches|weasel|weasels|vermin|goon|goons)$/;
/** A person's name is meant: a copula, "like", "such", "bunch of", or an insult adjective just before it. */
const SAID_OF_PERSON = /\b(?:is|are|was|were|'s|'re|be|been|being|like|such|bunch\s+of|lot\s+of|load\s+of|pack\s+of|run\s+by|staffed\s+by|you|u|ya)\s+(?:(?!(?:by|from|with|to|into|on|at|in|for|over|under|near|after|of|full)\b)[\w-]+\s+){0,3}$/;

/** Words after an adjective that show it ends its phrase ("ur so useless its funny", "stupid arent u"): not a thing it describes. */
const NOT_A_THING = /^(?:its|it'?s|it|is|was|that|and|but|so|u|you|ya|honestly|actually|really|tbh|lol|lmao|haha|i|to|for|in|when|because|cos|cuz|if|as|too|are|aren'?t|arent|r|or|innit|mate|bro|dude|man|af|asf|tho|though|srsly|seriously|omg|omfg|smh|ffs|fr|ngl|lmfao|rofl|innit|eh)$/;

/** An insult noun with letters starred out ("dipsh*t", "m*ron", "a**hole"): each run of stars stands for one to three letters. */
const MASKED_INSULTS = [...INSULT_NOUNS].filter((n) => /^[a-z]{4,}$/.test(n));
function maskedInsult(w: string): boolean {
  if (!w.includes('*') || !/^[a-z*]{4,}$/.test(w) || !/[a-z]/.test(w)) return false;
  const re = new RegExp('^' + plural(w).split(/\*+/).join('[a-z]{1,3}') + '$');
  return MASKED_INSULTS.some((n) => re.test(n));
}

function insultKind(tok: Token, profane: readonly Span[], prev?: Token): 'noun' | 'adj' | null {
  const w = tok.w;
  if (INSULT_NOUNS.has(w) || INSULT_NOUNS.has(plural(w)) || MASKED_NOUN.test(w) || maskedInsult(w)) return 'noun';
  if (INSULT_ADJS.has(w) || PERSON_ONLY_ADJS.has(w)) return 'adj';
  // A judgement by the word's form ("pea-brained", "half-wit", "bonehead") or an ability denied ("the least competent").
  if (JUDGEMENT_FORM.test(w)) return /brained$/.test(w) ? 'adj' : 'noun';
  if (ABILITY_WORDS.test(w) && prev && /^(?:least|less)$/.test(prev.w) && !clauseBreak(tok.gap)) return 'adj';
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
  if (next && /^(?:me|myself)$/.test(next.w) && !sentenceBreak(next.gap)) return null;
  // "such a useless bunch of people as you lot", "I'm not as stupid as you": compared with the rep at the sentence's end.
  {
    let k = i + 1;
    while (k < tokens.length && !sentenceBreak((tokens[k] as Token).gap)) k++;
    const rest = tokens.slice(i + 1, k).map((t) => t.w).join(' ');
    // ("I'm just as clueless as you about it" shares the blame; "I'm not as stupid as you" does not.)
    const lead = tokens.slice(Math.max(0, i - 4), i).map((t) => t.w).join(' ');
    const shared = /\b(?:i|i'm|im|we|we're)\b/.test(lead) && !/\b(?:not|never)\b|n't\b/.test(lead);
    if (!shared && rest.split(' ').length <= 8 && /(?:^|\s)(?:as|than)\s+(?:you|u|ya)(?:\s+(?:lot|people|guys|two|all|are|lot\s+are))?$/.test(rest)) return 'rep';
  }
  // "How stupid of me": said of oneself.
  if (next?.w === 'of' && /^(?:me|myself|us)$/.test(tokens[i + 2]?.w ?? '') && !clauseBreak((tokens[i + 2] as Token).gap)) return null;
  // "I'm hopeless with gadgets", "I feel so stupid": said of oneself, whatever follows.
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (clauseBreak((tokens[j + 1] as Token).gap)) break;
    if (/^(?:i|i'm|im|i've|me|myself)$/.test((tokens[j] as Token).w)) return null;
  }
  // An adjective followed by a thing ("your stupid script", "this crap product") is about the thing.
  if (kind === 'adj' && next && !clauseBreak(next.gap) && !NOT_A_THING.test(next.w)) {
    const n = next.w;
    const personish =
      PERSON_WORDS.has(n) || INSULT_NOUNS.has(n) || INSULT_NOUNS.has(plural(n)) || INSULT_ADJS.has(n) || MASKED_NOUN.test(n);
    if (!personish) return 'other';
  }
  // "... like you", "what a jackass you are", "stupid, aren't you"
  if (next && !sentenceBreak(next.gap)) {
    const n2 = tokens[i + 2];
    if ((next.w === 'like' && n2 && SECOND_PERSON.has(n2.w)) || (SECOND_PERSON.has(next.w) && n2 && /^(?:are|r)$/.test(n2.w)) || (/^(?:aren't|arent|are|r)$/.test(next.w) && n2 && /^(?:you|u|ya)$/.test(n2.w)))
      return 'rep';
  }
  // Look back through the clause for who is meant.
  for (let j = i - 1, steps = 0; j >= 0 && steps < 7; j--, steps++) {
    const cur = tokens[j + 1] as Token;
    if (sentenceBreak(cur.gap)) break;
    const t = tokens[j] as Token;
    // A comma ends the clause, except straight after the pronoun: "you, idiot" is still addressed.
    if (clauseBreak(cur.gap) && !SECOND_PERSON.has(t.w)) break;
    // "this dim", "that stupid": a degree, not a subject.
    if (j === i - 1 && kind === 'adj' && /^(?:this|that|so)$/.test(t.w)) continue;
    if (THIRD_PARTY.has(t.w)) return 'other';
    // "the plumber you sent is a cowboy": a third-person verb between the insult and "you" means
    // "you" sits in a clause about someone else.
    if (/^(?:is|was|isn't|wasn't|has|hasn't|does|doesn't)$/.test(t.w)) {
      // "Every single one of you is useless": the subject is the rep's people after all.
      if (j >= 2 && /^(?:you|u|ya)$/.test((tokens[j - 1] as Token).w) && (tokens[j - 2] as Token).w === 'of') return 'rep';
      return 'other';
    }
    // "I'm such an idiot", "silly me": said of oneself.
    if (/^(?:i|i'm|im|i've|i'd|me|myself)$/.test(t.w)) return null;
    if (t.w === 'your' || t.w === 'ur') {
      const after = tokens[j + 1] as Token;
      if (after !== tok && YOUR_THINGS.has(after.w)) return 'other';
      if (after !== tok && !INTENSIFIERS.has(after.w) && !/^(?:people|lot|guys|team|staff|agents|colleagues)$/.test(after.w) && insultKind(after, []) === null) return 'other';
      return 'rep';
    }
    if (SECOND_PERSON.has(t.w)) return 'rep';
    if (t.w === 'being' && tokens[j - 1]?.w === 'stop') return 'rep';
  }
  // "You are, without any doubt, the most incompetent person…": the copula opens the sentence, an aside sits between.
  {
    let j = i - 1;
    while (j >= 0 && !sentenceBreak((tokens[j + 1] as Token).gap)) j--;
    const words = tokens.slice(j + 1, i).map((t) => t.w);
    const lead = words.slice(-3).join(' ');
    if (/^(?:(?:honestly|frankly|seriously|and|well)\s+)?(?:you're|youre|you are|u r|ur|you (?:sir|madam|mate|pal|lot|people|guys|two|there) are)\b/.test(words.slice(0, 4).join(' ')) && /(?:^|\s)(?:the most|the biggest|the single most|such an?|an?|one of the most|one of the biggest|by far the most)$/.test(lead.replace(/^.*?\b(?=the most|the biggest|the single|such|an?$|one of|by far)/, '')) && tokens.slice(j + 2, i + 1).some((t) => clauseBreak(t.gap)))
      return 'rep';
  }
  // "Thieving scumbags, the lot of you.": the rest of the sentence names who is meant.
  {
    const end = tokens.findIndex((t, k) => k > i && sentenceBreak(t.gap));
    const rest = tokens.slice(i + 1, end < 0 ? undefined : end).map((t) => t.w).join(' ');
    if (/\b(?:the\s+lot|all|every\s+(?:single\s+)?one|each|both)\s+of\s+(?:you|u|ya)\b/.test(rest)) return 'rep';
  }
  // Vocative with no pronoun: "kiss my @ss, clown", "Get a real job, loser.", "dumbass".
  if (kind === 'noun') {
    let j = i - 1;
    // "useless cow.", "lol ok dipsh*t, whatever": an insult adjective or an interjection before the name keeps it addressed.
    let judged = false;
    while (j >= 0 && !clauseBreak((tokens[j + 1] as Token).gap) && (INTENSIFIERS.has((tokens[j] as Token).w) || INSULT_ADJS.has((tokens[j] as Token).w) || VOCATIVE_LEAD.test((tokens[j] as Token).w))) {
      if (INSULT_ADJS.has((tokens[j] as Token).w)) judged = true;
      j--;
    }
    // "What a twat." is said to the reader.
    if (j >= 0 && (tokens[j] as Token).w === 'what' && (j === 0 || clauseBreak((tokens[j] as Token).gap)) && (tokens[j + 1] as Token).w.startsWith('a')) j--;
    const startsClause = j < 0 || clauseBreak((tokens[j + 1] as Token).gap);
    const endsClause = !next || clauseBreak(next.gap) || /^(?:lmao|lol)$/.test(next.w);
    if (startsClause && endsClause && (judged || !/^(?:joke|piece|waste|excuse|rat|cow|pig|donkey|monkey|chimp)$/.test(tok.w))) return 'rep';
    if (startsClause && endsClause && j >= 0) return 'rep';
  }
  return null;
}

/**
 * Whether a judgement of the person addressed is denied in its clause: a negation between the addressee and
 * the word ("you're not stupid", "you aren't useless at all"), or a denied saying or thinking before the
 * addressee ("I'm not saying you're incompetent", "I don't think you're an idiot"). "You're not just
 * stupid" and the question "aren't you stupid?" still judge.
 */
function negatedJudgement(tokens: readonly Token[], i: number): boolean {
  const NEG = /^(?:not|never|no|nor|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|ain't|isnt|arent|dont|doesnt|didnt|wouldnt)$/;
  let addressee = -1;
  let neg = -1;
  for (let j = i - 1, steps = 0; j >= 0 && steps < 8; j--, steps++) {
    const t = tokens[j] as Token;
    if (clauseBreak((tokens[j + 1] as Token).gap)) break;
    if (SECOND_PERSON.has(t.w) && addressee < 0) addressee = j;
    if (NEG.test(t.w) || t.w.endsWith("n't")) {
      if (addressee < 0) {
        // "not just stupid", "not only rude": the judgement stands.
        if (/^(?:just|only|merely|simply|even)$/.test((tokens[j + 1] as Token).w)) return false;
        neg = j;
      } else if (neg < 0) {
        // A denied saying or thinking before the addressee: "I'm not saying you're…", "don't think you're…".
        const between = tokens.slice(j + 1, addressee).map((k) => k.w);
        if (between.some((w) => /^(?:think|thought|saying|say|said|mean|meant|calling|call|suggesting|implying|believe|claiming)$/.test(w))) return true;
      }
    }
  }
  return neg >= 0 && addressee >= 0 && addressee < neg;
}

function push(c: Collector, kind: ToneSignalKind, span: Span, messageIndex: number): void {
  if (c.signals.some((s) => s.kind === kind && s.start === span.start && s.end === span.end)) return;
  c.signals.push({ kind, messageIndex, start: span.start, end: span.end });
}

/** Non-overlapping hits of several patterns, earlier patterns first. */
/**
 * One pass over the text that says whether any pattern of a list can match: most messages match
 * none of the abuse or threat patterns, and one scan of their alternation is cheaper than one per
 * pattern. Built once per list.
 */
const anyOf = new WeakMap<readonly RegExp[], RegExp>();
// The lists read together, built once so their joined pre-check (mayMatch) is compiled once, not on every message.
const LEAVE_LIST = [...THREAT_TO_LEAVE_STRONG, ...THREAT_TO_LEAVE_10, ...THREAT_TO_LEAVE_12, ...THREAT_TO_LEAVE_13, REFUSE_TO_PAY];
const REPEAT_LIST = [...REPEAT_CONTACT, ...REPEAT_10];
const DEMAND_LIST = [...DEMANDS, ...DEMANDS_10, REMEDY_REFUSED];
const SOFT_DEMAND_LIST = [...SOFT_DEMANDS, ...IMPERATIVES, ...IMPERATIVES_10];
const STRONG_LIST = [STRONG_NEGATIVE, ACCUSATION, ACCUSATION_10];
const MILD_LIST = [MILD_NEGATIVE, MILD_NEGATIVE_EXTRA, ...IMPATIENCE, ...IMPATIENCE_12, ...POLICY_PUSHBACK, NOTHING_LIST, GIVEN_UP, KEEP_WAITING];
/** Eleventh-round cues are searched apart: each joined list above is tested as one alternation, and a longer one is no
 * longer compiled to native code. */
/** Each searched alone (a joined test first would squeeze the message twice and run uncompiled). */
/** The word each eleventh-round pattern cannot match without (a plain scan first, the pattern only where it stands). */
const AT_REP_11_KEYS = [/\?/, /\bat\b/, /girl|boy|child/, /favou?r|voice|hear/, /drunk|high|stoned|pissed|hammered|wasted|drugs|sober/, /\bof\s+an?\b/, /\b(?:man|bloke|male)\b/, /adult|grown/];
const THREAT_AT_REP_11_KEYS = [/job|position|role|unemployed|sacked|fired|let\s+go/, /personally/, /personally/];
const AT_REP_11_EACH = AT_REP_11.map((re, i) => ({ key: AT_REP_11_KEYS[i] as RegExp, list: [re] }));
const THREAT_AT_REP_11_EACH = THREAT_AT_REP_11.map((re, i) => ({ key: THREAT_AT_REP_11_KEYS[i] as RegExp, list: [re] }));
// Thirteenth round, each read only where its key word stands: harm wished, the traffic; broken English, sent back, a
// "proper British agent", a character put-down, a sacking beside the rep's name asked for.
const THREAT_AT_REP_13_KEYS = [/\bhappens?\b/, /traffic|motorway|freeway|highway|tracks|railway|\bbus\b|\btrain\b|lorry|truck/, /\b(?:hope|wish)\b/, NAME_ASKED_13];
const AT_REP_13_KEYS = [/broken\s+english/, /\bgo\s+back\b/, /british|english|\bwhite\b/, /retired|younger|older|too\s+(?:old|young)|school|homework|care\s+home|nursing/, /\b(?:you'?re|you\s+are|u\s+r)\s/];
const THREAT_AT_REP_13_EACH = THREAT_AT_REP_13.map((re, i) => ({ key: THREAT_AT_REP_13_KEYS[i] as RegExp, list: [re] }));
const AT_REP_13_EACH = AT_REP_13.map((re, i) => ({ key: AT_REP_13_KEYS[i] as RegExp, list: [re] }));
/** Spans of a second search not overlapping the first's. */
const plus = (a: Span[], b: readonly Span[]): Span[] => {
  for (const x of b) if (!overlaps(x, a)) a.push(x);
  return a;
};
function mayMatch(res: readonly RegExp[], norm: string): boolean {
  let any = anyOf.get(res);
  if (!any) {
    any = new RegExp(res.map((r) => `(?:${r.source})`).join('|'));
    anyOf.set(res, any);
  }
  // Runs of blanks squeezed to one (a line break kept): the joined alternation is not compiled to native code, and its lookbehinds rescan a
  // long run of blanks (a pasted form, a masked quotation) at every position; one space matches wherever several did.
  return any.test(norm.replace(/[ \t]*\n\s*/g, '\n').replace(/[ \t]{2,}/g, ' '));
}

function findAll(res: readonly RegExp[], norm: string): Span[] {
  const found: Span[] = [];
  if (res.length > 1 && !mayMatch(res, norm)) return found;
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

/**
 * Long quotations ("the review reads: \u201c…\u201d", a pasted error) are someone else's words: blanked
 * (same length, so offsets hold) before the message is read. Short quotes stay: scare quotes around
 * "support" or a promise the customer throws back ('within 24 hours') are the customer's own tone.
 */
export function maskQuotations(text: string): string {
  // Lines quoted with ">" (an earlier email, a forwarded complaint) and lines of a log or a stack trace.
  text = text.replace(/^[ \t]*>[^\n]*/gm, blank).replace(LOG_LINE, blank);
  return text.replace(/(^|[\s(:[])(["\u201c\u00ab]|'(?=\S))([^"\u201c\u201d\u00ab\u00bb\n]{3,400}?)(["\u201d\u00bb]|(?<=\S)'(?![a-z]))/gi, (all, pre: string, open: string, body: string, close: string, at: number) => {
    if ((open === "'") !== (close === "'")) return all;
    const n = (body.match(/[a-z0-9]+/gi) ?? []).length;
    if (n < QUOTE_MIN_WORDS && !REPORTED.test(text.slice(Math.max(0, at - 40), at + pre.length))) return all;
    // "The reviews calling you "absolute garbage" were right": quoted words the customer agrees with are their own.
    if (/^\s*(?:were|was|is|are)\s+(?:\w+\s+)?(?:right|spot\s+on|correct|true|not\s+wrong|bang\s+on)\b/i.test(text.slice(at + all.length, at + all.length + 40))) return all;
    // The company's words thrown back ("no more \"we're looking into it\"", "another \"we'll call you back\""): the customer's tone.
    if (n <= 8 && THROWN_BACK.test(text.slice(Math.max(0, at - 24), at + pre.length))) return all;
    return pre + open + body.replace(/[^\s]/g, ' ') + close;
  });
}
const blank = (line: string): string => line.replace(/[^\s]/g, ' ');
/** A line of a log or a stack trace: a timestamp, a frame ("at com.x.Y(Y.java:57)"), an exception, or a level
 * word with machine text after it (not "ERROR again!!! fix it"). */
const LOG_LINE =
  /^[ \t]*(?:at\s+[\w$.<>/-]+\([^)\n]*\)|\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d[^\n]*|(?:[\w$]+\.)+[\w$]*(?:Exception|Error)\b[^\n]*|(?:ERROR|FATAL|WARN|WARNING|INFO|DEBUG|TRACE|CRITICAL)\b(?![^\n]*!)(?=[^\n]*[=/([:])[^\n]*|Traceback\b[^\n]*|Caused\s+by:[^\n]*)$/gm;
/**
 * The sign-off of an email ("Thanks,\nGordon Mills\nFacilities Manager, Eastgate Court") is a name
 * and a title, not tone: everything after a short closing line near the end is blanked.
 */
export function maskSignature(text: string): string {
  // A name after a title or an introduction ("Mr Cross", "my name is Tom Hate") is not tone either.
  text = text.replace(TITLED_NAME, (all, name: string) => all.slice(0, all.length - name.length) + name.replace(/\S+/g, (w) => (INSULT_NOUNS.has(w.toLowerCase()) ? w : ' '.repeat(w.length))));
  // "…a lovely touch. Cheers, Rob": a sign-off and a name closing the last line.
  const closing = /(?:^|[.!?]\s+|\n\s*)(?:thanks|thank\s+you|many\s+thanks|regards|kind\s+regards|best|best\s+wishes|cheers|sincerely|all\s+the\s+best|ta|thx)\s*,\s*((?:[A-Z][a-z'-]+|[A-Z]\.)(?:\s+[A-Z][a-z'-]+){0,2})\s*[.!]?\s*$/i.exec(text);
  if (closing && /^[A-Z]/.test(closing[1] as string)) {
    const at = text.length - closing[0].length + closing[0].lastIndexOf(closing[1] as string);
    text = text.slice(0, at) + text.slice(at).replace(/[^\s]/g, ' ');
  }
  const tail = Math.max(0, text.length - 320);
  let cut = -1;
  for (const m of text.slice(tail).matchAll(SIGN_OFF)) cut = tail + m.index + m[0].length;
  if (cut < 0) return text;
  return text.slice(0, cut) + text.slice(cut).replace(/[^\s]/g, ' ');
}
const TITLED_NAME = /(?<![A-Za-z])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+|(?:[Mm]y\s+name\s+is|[Tt]his\s+is)\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]))([A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z'\u2019]+){0,2})/g;
const SIGN_OFF =
  /(?:^|\n)[ \t]*(?:thanks|thank\s+you|many\s+thanks|regards|kind\s+regards|best\s+regards|warm\s+regards|warmest\s+regards|best|best\s+wishes|cheers|sincerely|yours\s+sincerely|yours\s+faithfully|yours|all\s+the\s+best|ta|thx|rgds)(?:[ \t]+\w+){0,2}[ \t]*[,.!]?[ \t]*(?=\n)/gi;

/** Words before a quote that make it someone else's words, however short: a review, a forum, a screen
 * ("people called the update "a f***ing disaster"", "the bot keeps saying "I don't understand"");
 * not words thrown back at the company ("you said 'within 24 hours'"). */
const REPORTED = /^(?![^]*\b(?:you|u|agent|rep|colleague)\s+(?:\w+\s+)?(?:said|say|told|wrote|promised|called|claimed)\b)[^]*\b(?:said|called|calls|call\s+it|describ\w+|review\w*|wrote|writes|posted|tweeted|comments?|thread|forum|says|saying|shows|displays|reads|swears|swore|reckons|reckoned|thinks|insists|insisted|claims|claimed|reckon|shouted|shouts|yelled|yells|screamed|screams|muttered|mutters|told\s+(?:me|us|him|her|them|my\s+\w+))(?:\s+[\w-]+){0,4}\s*$/i;

/** The customer sharing someone else's feeling: "…, and so am I", "me too". */
const JOINED = /\b(?:(?:and\s+)?so\s+(?:am|was|do|did)\s+i|as\s+(?:am|was|do|did)\s+i|me\s+too|and\s+i\s+(?:am|was)\s+too|we\s+(?:both|all)\s+(?:are|were))\b/;
/** The rep referred to in the third person: "this agent", "the person on this chat", "the one I'm talking to",
 * "the idiot I'm chatting with", "I'm talking to a moron". */
const REP_REF =
  /\b(?:(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:agent|rep|representative|advisor|adviser|person|guy|woman|man|lady|girl|bloke|one|idiot|moron|clown|muppet|bot|operator|employee|assistant|individual)\s+(?:(?:i'?m|i\s+am|i'?ve\s+been|i\s+have\s+been|i\s+was)\s+(?:\w+\s+)?(?:talking|chatting|speaking|dealing|stuck|writing)\s+(?:to|with)|on\s+(?:this|the)\s+(?:chat|phone|line|call|other\s+end))|this\s+(?:agent|rep|representative|advisor|adviser|operator|employee)|(?:the|this)\s+(?:[\w-]+\s+)?(?:agent|rep|representative|advisor|adviser|person|guy|woman|man|lady|girl|bloke|one|operator|employee|assistant|individual)\s+(?:(?:i'?ve|i\s+have)\s+(?:got|been\s+given)|i\s+got\s+(?:now|today|this\s+time)|(?:who'?s\s+|who\s+is\s+|that'?s\s+)?(?:answering|reading|replying\s+to|responding\s+to|handling|dealing\s+with)\s+(?:this|these|my|the))|whoever\s+(?:is\s+|'s\s+)?(?:reading|answering|handling|dealing\s+with|replying\s+to|responding\s+to|in\s+charge\s+of|on\s+the\s+other\s+end)|(?:i'?m|i\s+am)\s+(?:talking|chatting|speaking)\s+to\s+an?\s+(?:[\w-]+\s+)?(?:moron|idiot|imbecile|clown|muppet|numpty|brick\s+wall|halfwit|cretin|fool))\b(?!\s+(?:yesterday|last|before|earlier|previously))/;
/** The sentence a span stands in. */
/** Where the sentence holding position `at` starts: after the last end mark or line break before it. */
function sentenceStartAt(norm: string, at: number): number {
  return Math.max(norm.lastIndexOf('.', at - 1), norm.lastIndexOf('!', at - 1), norm.lastIndexOf('?', at - 1), norm.lastIndexOf('\n', at - 1)) + 1;
}
function sentenceOf2(norm: string, sp: Span): string {
  const a = sentenceStartAt(norm, sp.start);
  const m = /[.!?\n]/.exec(norm.slice(sp.end));
  return norm.slice(a, m ? sp.end + m.index : norm.length);
}
/** The problem told as still going on. */
const ONGOING = /\b(?:(?:has|have|'s)\s+been\s+(?:\w+\s+){0,2}(?:nightmare|awful|terrible|bad|rubbish|appalling|useless|poor|horrendous|joke|disaster|shambles|hell)|still|(?:is|are|keeps?)\s+(?:\w+ing)\s+(?:it\s+)?(?:again|now)|again\s+(?:now|this\s+(?:week|month|morning))|here\s+we\s+(?:are|go)\s+again|(?:this|last)\s+week\b[^.!?]{0,40}\bagain)\b/;
/** The customer came over from another company: "switched to you from…", "which is why I moved to you". */
/** A check's suspicion: "flagged the payment to you as possible fraud", "blocked it as suspected fraud". */
const FLAGGED_AS = /\b(?:flag\w*|mark\w*|block\w*|declin\w*|reject\w*|stopp\w*|reversed|froze|frozen|held)\b[^!?\n]{0,60}\bas\s+(?:possible|potential|suspected|suspicious|likely|a\s+possible|an?\s+)?\s*$/;
/** The customer offering to help the fault be found: "happy to run any other test", "I can send the logs", "if a technician needs access". */
const REPORT_OFFER = /\b(?:happy|glad)\s+to\s+(?:run|try|send|do|test|help|provide|give|share|check)\b|\bi\s+can\s+(?:send|run|do|provide|try|share|give|forward)\b|\bany\s+other\s+(?:tests?|checks?|details|info\w*)\b|\bif\s+(?:a|the|your)\s+(?:technician|engineer|tech)\s+needs\b|\b(?:talk|walk)\s+me\s+through\b|\blet\s+me\s+know\s+(?:if|what)\s+(?:you\s+need|else)\b/;
/** The customer's own work or study before a threat word: "I work for Trading Standards", "studying consumer rights law". */
const OWN_ROLE = /\b(?:i\s+work\s+(?:for|at|in|with)|i'?m\s+(?:from|with)|i\s+am\s+(?:from|with)|(?:calling|writing|contacting\s+you)\s+from|(?:is|am|are|i'?m|i\s+was)\s+studying|studie[sd]|a\s+student\s+of|(?:lecturer|degree|course|module|exam|essay)\s+(?:in|on))\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/;
/** A threat denied in its sentence: "not as a threat", "this isn't a threat". */
const NOT_A_THREAT = /\b(?:not\s+(?:as\s+)?a\s+threat|no\s+threat|(?:isn'?t|is\s+not|wasn'?t|was\s+not)\s+(?:meant\s+as\s+)?a\s+threat|not\s+threatening)\b/;
/** A threat still ahead: "will", "going to", "again", a condition. */
const FUTURE_THREAT = /\b(?:will|'ll|shall|going\s+to|gonna|again|if|unless|otherwise|until|or\s+else|next\s+time)\b/;
/** A firm the customer has left: "I had to take my previous energy supplier to the ombudsman last year". */
const FORMER_FIRM = /\b(?:my|our)\s+(?:old|previous|last|former)\s+(?:\w+\s+)?(?:provider|supplier|company|bank|insurer|landlord|network|broadband|isp|carrier|gym|airline|letting\s+agent|agency|employer)\b/;
/** The company praised as better than another in the same sentence: "you've been much better", "unlike them, you…". */
const COMPARED_BETTER = /\b(?:you|you'?ve|you\s+have|you'?re|you\s+are|you\s+guys|you\s+lot|your\s+(?:team|staff|service|app|company))\s+(?:\w+\s+){0,3}?(?:much|so\s+much|far|way|loads|a\s+lot|miles|massively|infinitely)\s+(?:better|quicker|faster|more\s+helpful)\b|\bunlike\s+(?:them|they|him|her|my\s+(?:old|previous|last))\b/;
/** Someone else's words introduced: "my neighbour shouted", "he kept saying", "the DJ called your company". */
const QUOTED_BY_OTHER = /\b(?:he|she|they|someone|somebody|my\s+(?:[\w-]+\s+){0,2}?[\w-]+|the\s+(?:[\w-]+\s+){0,2}?[\w-]+|his|her|their)\s+(?:\w+\s+){0,2}?(?:said|says|shouted|shouts|yelled|yells|screamed|screams|muttered|mutters|wrote|writes|called|calls|keeps?\s+saying|kept\s+saying|swore|typed|texted|posted)\s+(?:\w+\s+){0,3}?[:,]?\s*$/;
/** A crime told as done by a stranger, or reported to the police. */
const STRANGER_CRIME = /\b(?:someone|somebody|a\s+stranger|scammers?|fraudsters?|criminals?|thie(?:f|ves)|hackers?|(?:i'?ve|i\s+have|we'?ve|we\s+have|already)\s+(?:already\s+)?reported)\b/;
/** A sentence about the time just told: "That whole period was grim", "Those weeks were awful", "It was a nightmare at the time". */
const STILL_THEN = /^\W*(?:(?:and|but|honestly|to\s+be\s+honest),?\s+)?(?:that|those|it|this)\s+(?:whole\s+|entire\s+)?(?:period|time|episode|saga|experience|week|weeks|month|months|winter|summer|fortnight|year|was|were)\b(?:\s+(?:was|were|had\s+been))?/;
/** "After the nightmare we had in March…", "since all the trouble last year…": an old problem named as what came before. */
const AFTER_TROUBLE = /\b(?:two|three|four|five|a\s+few|several|a\s+couple\s+of|\d+)\s+(?:winters|summers|springs|autumns|christmases)\s+ago\b|\b(?:after|since|following)\s+(?:the|that|all\s+the|all\s+that|our|my)\s+(?:\w+\s+)?(?:nightmare|fiasco|mess|saga|trouble|troubles|problems?|issues?|disaster|drama|palaver|hassle|chaos|debacle|mix-?up)\s+(?:(?:we|i)\s+had|(?:in|last|back\s+in)\s+\w+)\b/;
const SWITCHED_TO_YOU = /\b(?:switch(?:ed|ing)|mov(?:ed|ing)|came\s+over|chang(?:ed|ing)|join(?:ed|ing))\s+(?:over\s+)?(?:to\s+(?:you|your\s+company|you\s+guys|you\s+lot)|from\s+[a-z]+\s+to\s+you)\b|\bwhich\s+is\s+why\s+(?:i|we)\s+(?:moved|switched|came|changed|left)\b/;
/** Glad of having changed company: "so far so good", "much better", "fingers crossed", "everyone says you're…". */
const GLAD_OF_CHANGE = /\b(?:so\s+far\s+so\s+good|(?:much|so\s+much|far|loads)\s+better|fingers\s+crossed|everyone\s+says\s+(?:you|your)|glad\s+to\s+be\s+(?:with\s+you|here)|(?:thank|thanks)\b)/;
/** Words of amazement that are praise beside good news. */
const AMAZED = /^(?:unbelievable|unbelievably|ridiculous|ridiculously|insane|insanely|crazy|absurd|absurdly|unreal|incredible|shocking|shocked|mad|wild|stupid|stupidly)$/;
/** Good news told: done fast, better, praised. */
const GLAD_NEWS = /\b(?:fixed|sorted|solved|resolved|arrived|delivered|came|done|refunded|installed|answered|replied)\b[^.!?]{0,30}\b(?:in|within)\s+(?:\w+\s+)?(?:minutes?|mins|seconds|an?\s+hour|hours|no\s+time|a\s+day)\b|\b(?:how\s+)?(?:much|so\s+much|way|far)\s+(?:better|faster|quicker|easier)\b|\b(?:nice|great|brilliant|amazing)\s+(?:work|job)\b|\b(?:fast|quick|good|cheap|comfortable|easy|helpful|value|bargain)\b|\b(?:order|ordering|buy|buying)\s+(?:\w+\s+)?(?:more|another|again)\b|\b(?:got\s+(?:it|them|everything|all\s+of\s+(?:it|them))\s+back|(?:restored|recovered)\s+(?:it|them|everything|all|my|the))\b/;
/** A sentence dating what came before it: "That was two years ago.", "All that was back in 2022." */
const DATED_BACK = /^\W*(?:(?:but|and|anyway|well)\W+)?(?:that|this|it|all\s+(?:that|this)|all\s+of\s+(?:that|this))\s+was\s+(?:all\s+)?(?:(?:\w+\s+){0,3}?ago|back\s+(?:in|then|when)|last\s+(?:year|winter|summer|spring|autumn|christmas)|in\s+(?:19|20)\d\d|years?\s+back|a\s+(?:long\s+)?(?:time|while)\s+(?:ago|back))\b/;
/** Someone other than the customer felt it, in the past: "she was upset and a bit frightened". */
const THIRD_PERSON_FELT = /\b(?:he|she|they|my\s+(?:(?:elderly|old|late|little|poor|older|younger|eldest|youngest)\s+)?(?:neighbour|neighbor|husband|wife|partner|son|daughter|mum|mom|dad|father|mother|friend|grandmother|grandfather|gran|nan|grandad|kids|children|family)s?)\s+(?:(?:was|were|got|felt|had\s+been)\s+(?:\w+\s+){0,5}|(?:rang|called|phoned|came\s+in|came\s+home|arrived|woke\s+up|turned\s+up|was\s+left)\b[^.!?,]{0,40},\s*(?:\w+\s+){0,3})$/;
/** Someone other than the customer felt it, in the clause or since the sentence began ("My elderly father rang at
 * 2am, confused and upset"). */
function thirdPersonFelt(norm: string, x: Span): boolean {
  return THIRD_PERSON_FELT.test(clauseBefore(norm, x.start)) || THIRD_PERSON_FELT.test(norm.slice(sentenceStartAt(norm, x.start), x.start));
}
/** The customer's own request called awkward or odd: "this is a slightly awkward one", "bit of an awkward question". */
const AWKWARD_ASK = /\b(?:an?\s+)?(?:(?:slightly|little|bit\s+of\s+an?|rather|somewhat|possibly)\s+)?(?:awkward|odd|strange|weird|unusual)\s+(?:one|question|request|ask|situation)\b/g;
/** Negative words that are a figure of speech or a thing's name here. */
const NOT_A_FEELING = [
  /\bkill(?:ing|s)\s+it\b|\b(?:you|you'?ve|you\s+have|they|she|he|team|guys|y'?all)\s+(?:\w+\s+)?killed\s+it\b|\bdying\s+to\s+(?:try|see|get|know|hear|meet|read|watch|order|use)\b/g,
  /\b(?:phone|app|laptop|computer|printer|tablet|tv|telly|alarm|router|inbox|email|it)\s+(?:went|goes|going|has\s+gone|had\s+gone)\s+(?:a\s+bit\s+|completely\s+)?(?:mad|crazy|haywire|nuts)\b/g,
  /\balarm\s+(?:pendant|clock|system|panel|button|sensor|code|company|call|centre|center|going\s+off|goes\s+off|went\s+off|kept)\b|\b(?:fire|smoke|burglar|car|house|security|panic|personal|carbon\s+monoxide)\s+alarms?\b/g,
  // "you lot are dangerously cheap", "ridiculously comfy": an alarming intensifier before a word of praise is praise.
  /\b(?:dangerously|ridiculously|stupidly|insanely|scarily|worryingly|obscenely|criminally|disgustingly|wickedly|offensively|sinfully|absurdly|unreasonably|suspiciously|alarmingly|terrifyingly|frighteningly|silly)\s+(?:cheap|good|fast|quick|easy|comfortable|comfy|tasty|delicious|soft|cute|addictive|moreish|efficient|reasonable|affordable|handy|generous|helpful|speedy|well[\s-]made|pretty|beautiful|gorgeous|smooth|quiet|light|strong|sturdy|warm|cosy|cozy)\b/g,
];
/** Someone other than the customer feels it: "my neighbour is furious", "he was livid". */
const THIRD_PERSON_FEELS = /\b(?:he|she|they|my\s+(?:neighbour|neighbor|husband|wife|partner|boss|son|daughter|mum|mom|dad|father|mother|friend|customer|client|manager)s?)\s+(?:is|was|are|were|got|gets|will\s+be|'s)\s+(?:\w+\s+)?$/;

/** Words before a short quote that throw the company's words back at it. */
const THROWN_BACK = /\b(?:no\s+more|not\s+another|another|more|the\s+usual|so-called|enough\s+of|all\s+this|yet\s+another|same\s+old)\s*$/i;
/** A quotation this long (in words) is reported speech, not the customer's own tone. */
export const QUOTE_MIN_WORDS = 5;

/**
 * Sentence windows a long message is judged by: each run of WINDOW sentences. A message of up to
 * WINDOW sentences is one window, the whole text.
 */
export const WINDOW = 3;

function sentenceStarts(norm: string): number[] {
  const starts = [0];
  for (const m of norm.matchAll(/[.!?]+["'\u201d)\]]*\s+|\n\s*/g)) {
    const at = m.index + m[0].length;
    if (at < norm.length && at > (starts[starts.length - 1] as number)) starts.push(at);
  }
  return starts;
}

/** A demand that is a short sentence of its own ("I want my money back."), not part of an explanation. */
function terse(norm: string, d: Span): boolean {
  const before = norm.slice(0, d.start);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const stop = norm.slice(d.start).search(/[.!?\n]/);
  const sentence = norm.slice(from, stop < 0 ? norm.length : d.start + stop);
  return (sentence.match(/[a-z0-9']+/g) ?? []).length <= 7;
}

/** The clause before a position: back to punctuation, at most 40 characters. */
function clauseBefore(norm: string, at: number): string {
  const before = norm.slice(Math.max(0, at - 40), at);
  const cut = before.search(/[.,;:!?\n][^.,;:!?\n]*$/);
  return cut < 0 ? before : before.slice(cut + 1);
}

/**
 * Where a message turns from an old problem to a good present, or 0. The turn counts when what comes
 * after it is warm (praise or thanks) and carries no complaint cue and at most one mildly negative word,
 * and what comes before it has something to recall.
 */
function turnaround(norm: string, scored: readonly (Span & { score: number })[], cues: readonly Span[], again: readonly Span[]): number {
  if (!TURNAROUND.test(norm)) return 0;
  for (const m of norm.matchAll(TURNAROUND_ALL)) {
    const at = m.index;
    const marker = { start: at, end: at + m[0].length };
    if (![...cues, ...scored.filter((w) => w.score < 0)].some((x) => x.start < at)) continue;
    if (cues.some((x) => x.start >= at && !overlaps(x, [marker]))) continue;
    if (again.some((x) => x.start >= marker.end)) continue;
    // "…now it is one week and my internet still is cutting": a chase, not a good present.
    if (/^[^.!?\n]*\b(?:still|(?:not|isn'?t|wasn'?t)\s+(?:yet\s+)?(?:solved|fixed|resolved|sorted|working)|(?:one|two|three|four|five|six|\d+|a|an)\s+(?:more\s+)?(?:days?|weeks?|months?)\s+(?:later|now|and))\b/.test(norm.slice(marker.start))) continue;
    const after = scored.filter((w) => w.start >= at);
    const negAfter = -after.reduce((k, w) => k + (w.score < 0 ? w.score : 0), 0);
    const posAfter = after.reduce((k, w) => k + (w.score > 0 ? w.score : 0), 0);
    // "…, but the second agent sorted it all out": a resolution told is a good present of its own.
    const resolved = /\b(?:sorted|fixed|resolved|cleared\s+up)\b/.test(m[0]);
    if (negAfter > 1 || (posAfter < 3 && !GRATITUDE.test(norm.slice(at)) && !resolved)) continue;
    return at;
  }
  return 0;
}

/** A question asked in exasperation, not for information. */
const EXASPERATED = /^\s*(?:why\s+(?:am|do|does|did|is|are|have|must|should)\s+(?:i|we|you)|why\s+(?:i|we)\s+(?:must|have\s+to|need\s+to|should|am|are)|how\s+come|(?:do|must|should)\s+(?:i|we)\s+(?:really|seriously|actually|honestly)|am\s+i\s+(?:really|seriously)|seriously|(?:is|are)\s+(?:you|it)\s+(?:really|seriously))\b/;

/** The customer's contact with the company: a repeat about it is a chase, not a fault described. */
const SERVICE_CONTACT = /\b(?:(?:anyone|anybody|nobody|no\s+one|someone|somebody)\s+(?:\w+\s+)?(?:answers?|answered|replies|replied|responds?|responded|picks?\s+up|gets?\s+back|calls?\s+back|helps?|came|comes|turns?\s+up|reads?)|agents?|chat|call\s+(?:drops|ends|cuts)|line|on\s+hold|support|repl(?:y|ies|ied)|answer(?:s|ed)?|respond\w*|your\s+(?:team|staff|people))\b/;

/** The customer blaming themself: its negative words are not about the company. */
const SELF_BLAME = /\b(?:my\s+(?:own\s+)?(?:(?:stupid|silly|dumb|daft|own)\s+)?(?:mistake|bad|fault|error)|(?:bit\s+of\s+)?an?\s+(?:silly|stupid|dumb|daft)\s+(?:one|question|q)\b|silly\s+me|i\s+was\s+(?:a\s+bit\s+|very\s+|really\s+|so\s+|quite\s+)?(?:rude|short|harsh|snappy|abrupt|out\s+of\s+order|out\s+of\s+line)|(?:how\s+)?(?:stupid|silly|dumb|daft|careless|idiotic)\s+of\s+me|(?<!\b(?:think|thinks|that|if|like)\s+)(?:i'?m|i\s+am|i\s+was|i\s+feel)\s+(?:so\s+|such\s+an?\s+|an?\s+|really\s+|very\s+|a\s+(?:bit|little)\s+|kind\s+of\s+|rather\s+|quite\s+|(?:just\s+|every\s+bit\s+|about\s+)?as\s+|totally\s+|completely\s+|absolutely\s+|pretty\s+|equally\s+)?(?:stupid|idiot|dumb|silly|daft|embarrassed|hopeless|useless|rubbish|terrible|awful|clueless|a\s+technophobe)|user\s+error|i\s+(?:messed|screwed|mixed)\s+(?:it\s+)?up|(?:and\s+|i\s+)(?:totally\s+|completely\s+)?(?:forgot|overlooked|misread|mistyped)\b)\b/;

/** Thanks that close a request, not warmth: "I'd appreciate it if…", "Thanks in advance", a "Thanks," line. */
const POLITE_CLOSING = /\b(?:i'?d|i\s+would|we'?d|we\s+would|would)\s+(?:really\s+|greatly\s+)?appreciate\b|\bthanks?\s+(?:you\s+)?in\s+advance\b|\bthank(?:s|\s+you)\s+for\s+(?:your\s+)?(?:understanding|consideration|time|attention)\b|(?:^|\n)[ \t]*(?:thanks|thank\s+you|many\s+thanks|cheers|thx)[ \t]*[,.!]?[ \t]*(?=\n|$)/g;

/**
 * A rule acknowledged, then pushed back on: "I understand the 30-day window, but the parcel took 10 of
 * those days", "your terms make sense, I'm sure, but…". One sentence that grants the rule (ACK), names it
 * (a policy word) and turns (but / however), or a granted rule followed by a sentence opening "However".
 * A turn into a request or thanks ("but could you…", "but that's fine") is not a pushback.
 */
function pushback(norm: string): Span[] {
  const out: Span[] = [];
  for (const m of norm.matchAll(PUSHBACK_TURN)) {
    const at = m.index + m[0].search(/\S/);
    const from = sentenceStartAt(norm, at - 1);
    // "However," opening a sentence turns on the sentence before it.
    const opener = /^[\s,]*$/.test(norm.slice(from, at));
    const prevFrom = opener ? sentenceStartAt(norm, from - 1) : from;
    const granted = norm.slice(prevFrom, at);
    if (!POLICY_WORD.test(granted)) continue;
    if (!POLICY_ACK.test(granted)) continue;
    // "…, but my neighbour has it, so all good!": a turn to something fine.
    if (/^[^.!?\n]*\b(?:all\s+good|no\s+(?:problem|worries|harm)|that'?s\s+fine|it'?s\s+fine|fine\s+now|all\s+sorted)\b/.test(norm.slice(at))) continue;
    out.push({ start: at, end: at + m[0].trim().length });
  }
  return out;
}
const PUSHBACK_TURN = /(?:^|[\s,;])(?:but|however|although|yet)\b(?!\s*,?\s*(?:could|can|would|will|please|pls|thanks|thank|no\s+worries|no\s+problem|that'?s\s+(?:fine|ok|okay)|it'?s\s+(?:fine|ok|okay)|i'?ll|i\s+will|just\s+(?:to|checking|wondering)|i\s+was\s+wondering|i'?m\s+(?:happy|glad)|happy|glad|anyway|(?:one\s+more|a|another|quick)\s+question|may\s+i|is\s+there)\b)/g;
const POLICY_WORD = /\byou\s+(?:need|require|must\s+have|ask\s+for|have\s+to\s+have)\b|\b(?:rules?|polic(?:y|ies)|guidelines?|terms|process|procedure|window|deadline|time\s+limit|warranty|requirements?|conditions|criteria|limit|system|eligible|eligibility|normally|usually|contract|agreement|small\s+print|fine\s+print|t\s*&\s*cs?)\b|\b(?:after|within|over)\s+\d+\s+(?:days|weeks|months)\b|\b\d+[\s-]day\b/;
const POLICY_ACK = /\b(?:may|might)\s+(?:well\s+)?(?:say|show|state)\b|\bi\s+(?:fully\s+|totally\s+|completely\s+|do\s+)?(?:understand|get|appreciate|know|realise|realize|see|accept|respect)\b|\bi'?m\s+sure\b|\bwith\s+(?:all\s+(?:due\s+)?)?respect\b|\bmakes?\s+sense\b|\b(?:that'?s|it'?s)\s+(?:fair|reasonable)\b|\bexists?\s+for\s+a\s+reason\b|\bi\s+follow(?:ed)?\b/;

/** What before "fix it" makes it a statement, not an order. */
const NOT_IMPERATIVE = /\b(?:to|didn'?t|did\s+not|not|can'?t|cannot|could|couldn'?t|will|would|won'?t|'ll|should|tried|trying|try|help|helped|how|way|who|that|which|he|she|they|it|we|i|did|does|doesn'?t|has|have|had|might|may|must)\s+(?:\w+\s+)?$/;

/** A manager asked for to buy something: a sales question, not an escalation. */
const SALES = /\bsales\b|\b(?:pricing|quote|demo|partnership|wholesale|bulk\s+order|multi-site|business\s+account|account\s+manager|before\s+we\s+(?:commit|sign|buy))\b/;

/** A customer apologising for writing again ("sorry, me again", "sorry to bother you again"). */
const APOLOGETIC = /\bsorry\b[^.!?]{0,30}\b(?:again|bother\w*|pester\w*|time|spam\w*)\b|\b(?:it'?s\s+)?me\s+again\b/;

/** A hedge just before a strong word: "a bit ridiculous", "slightly absurd", "getting rather silly". */
const HEDGE = /\b(?:a\s+(?:bit|little|tad)|bit|pretty|fairly|almost|nearly|slightly|somewhat|rather|kind\s+of|kinda|sort\s+of|bordering\s+on)\s+$/;

/** Said of something other than the company, or expressly not at it: the weather, the customer's own
 * week, outrage "on behalf of" a neighbour, someone "furious with himself". ("Not at you" still leaves the company.) */
const NOT_AT_YOU = /\b(?:nothing\s+to\s+do\s+with\s+(?:you|u|your\s+\w+)|(?:about|regarding|against|with)\s+(?:an?\s+)?(?:unrelated|different|separate|other)\s+(?:firm|company|matter|business|provider|bank|complaint|case|issue)|on\s+behalf\s+of|(?:with|at)\s+(?:himself|herself|themselves|myself|ourselves)|my\s+(?:\w+\s+)?(?:pupils|students|class|kids|children|boss|colleagues?|neighbou?rs?|dog|cat|puppy|husband|wife|partner|son|daughter|toddler|baby|team|twins)\s+(?:are|is|have\s+been|has\s+been|keep|keeps|were|was)\s+(?:\w+\s+)?(?:driving|making|winding|sending|doing\s+my\s+head)\b|(?:bought|ordered|got|purchased|booked|had)\s+(?:\w+\s+){0,3}?elsewhere|(?:with\s+|from\s+)?another\s+(?:company|shop|store|provider|supplier|firm|brand|retailer|airline|bank)|a\s+different\s+(?:company|shop|provider|supplier)|(?:my|our)\s+(?:old|previous|last|former)\s+(?:\w+\s+)?(?:provider|supplier|company|bank|insurer|landlord|phone\s+company|network|broadband|isp|carrier|energy\s+company))\b/;
const OFF_TOPIC = /\b(?:weather|rain|storm|snow|wind|heatwave|traffic|roads?|parking|car\s*park|hospital|dentist|doctor'?s|train|trains|bus|airport|council|government|commute|journey\s+here|covid|pandemic|my\s+(?:week|day|year|morning|boss|ex|landlord|neighbou?r))\b/;
/** "I'd like her boss to hear about it", "I want his manager to know": a manager asked for to be told (of good news, see GLAD_NEWS). */
const TO_HEAR_OF_IT = /\b(?:boss|manager|supervisor|team\s+leader|superiors?)\s+to\s+(?:hear|know)\b|\blet\s+(?:his|her|their)\s+(?:boss|manager|supervisor|team\s+leader)\s+know\b/;
/** "It's been two weeks now and the new mattress is fantastic": a stretch of time whose sentence goes on to praise what came,
 * with nothing in it gone wrong (not "two weeks now and the fantastic offer still hasn't been applied"). */
function gladDuration(norm: string, p: Span): boolean {
  if (!/\b(?:days?|weeks?|months?|years?|fortnight)\b/.test(norm.slice(p.start, p.end))) return false;
  const rest = /^[^.!?\n]{0,80}/.exec(norm.slice(p.end))?.[0] ?? '';
  return GLAD_AFTER_TIME.test(rest) && !FAULT_TOLD.test(sentenceOf2(norm, p).replace(/\bstill\s+(?:going\s+strong|love\w*|perfect|great|brilliant|fantastic)\b/g, ' ')) && !/\b(?:wait\w*|chas\w*|promised|refund\w*|repl(?:y|ies|ied)|respon\w*|answer\w*)\b/.test(sentenceOf2(norm, p));
}
const GLAD_AFTER_TIME = /^\s*(?:now\s+)?(?:,|and|so\s+far)\s+[^.!?\n]{0,60}?\b(?:love|loving|fantastic|brilliant|great|perfect|lovely|wonderful|amazing|excellent|superb|comfortable|comfy|no\s+(?:problems?|issues?|complaints)|not\s+a\s+(?:single\s+)?(?:problem|issue|complaint)|so\s+far\s+so\s+good|working\s+(?:perfectly|well|great|fine|a\s+treat)|going\s+strong)\b/;
/** A routine visit or order booked again: "could he come back to tune it", "time for the annual service", "since the last visit". */
const DUE_AGAIN = /\b(?:come\s+(?:back|out|round)\s+(?:again\s+)?(?:to|and|for)|book\s+(?:in\s+)?(?:another|a\s+(?:\w+\s+)?(?:visit|service|tune|tuning|clean|check|appointment|session)|the\s+next)|another\s+(?:visit|service|tune|tuning|clean|check|check-up|appointment|session|cut|trim)|(?:due|ready)\s+(?:a|an|for)\s+(?:\w+\s+)?(?:visit|service|tune|tuning|clean|check|check-up|appointment|session|cut|trim|refill)|time\s+for\s+(?:a|an|the|our|my)\s+(?:\w+\s+)?(?:visit|service|tune|tuning|clean|check|check-up|appointment|session|cut|trim)|since\s+(?:the|our|my|your|his|her)\s+last\s+(?:visit|service|tune|tuning|clean|check|check-up|appointment|session|cut|trim|order)|(?:annual|yearly|regular|routine)\s+(?:service|check|visit|tune|tuning|clean))\b/;
/** The sentence after a manager asked for praises someone, and nothing in it or the request went wrong. */
function praiseNext(norm: string, x: Span): boolean {
  const rest = norm.slice(x.end);
  const stop = rest.search(/[.!?\n]/);
  if (stop < 0) return false;
  const next = /^[.!?\s]*([^.!?\n]*)/.exec(rest.slice(stop))?.[1] ?? '';
  return (SUP_PRAISE.test(next) || PRAISED_13.test(next)) && !FAULT_TOLD.test(next) && !FAULT_TOLD.test(sentenceOf2(norm, x));
}
const PRAISED_13 = /\b(?:(?:so|really|very|incredibly|extremely|ever\s+so|such\s+a)\s+)?(?:patient|kind|brilliant|lovely|wonderful|amazing|fantastic|excellent|superb|a\s+star|a\s+credit|a\s+gem|an\s+angel|a\s+lifesaver)\b/;
/** A manager asked for to hear praise or thanks ("pass the thanks along to his manager", "I'd like that on record"). */
const SUP_PRAISE = /\b(?:compliment|praise|thank|thanks|how\s+(?:good|great|helpful|patient|kind|brilliant|lovely|amazing|professional|friendly)\s+(?:\w+\s+)?(?:was|were|has\s+been|is|had\s+been)|not\s+a\s+complaint|on\s+(?:his|her|their)\s+(?:record|file)|on\s+record|went\s+(?:above|the\s+extra\s+mile)|went\s+(?:far|way|well|so\s+far)\s+(?:above|beyond)|beyond\s+(?:his|her|their)\s+(?:job|duties|duty|role|remit)|(?:to\s+)?knows?\s+(?:his|her|their)\s+name|(?:went|goes|go|going)\s+out\s+of\s+(?:his|her|their|the)\s+way|(?:did|does|done|doing)\s+(?:a|such\s+a)\s+(?:brilliant|fantastic|great|amazing|excellent|superb|wonderful|lovely)\s+job|(?:pass|send)\s+(?:on|along)\s+(?:my|our|the|these)\s+thanks|great\s+service|helpful|above\s+and\s+beyond|recogni[sz]\w*|shout-?out|commend\w*|credit\s+for|appreciation|kudos|positive\s+feedback)\b/;
/** The company's thing called a piece of something: "your blender is a piece of …", "this app is a load of …". */
const CALLED_NAMES = /\b(?:your|ur|this|these|the\s+new)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|'s)\s+(?:(?:a|an|such\s+a|just\s+a)\s+)?(?:(?:absolute|complete|total|right|utter|steaming)\s+)?(?:piece|load|pile|heap|bag)\s+of\s+$/;
/** Someone else's verdict, reported without quotes: "the reviews call it a total nightmare", "my mate reckons it's
 * rubbish" (not when the customer agrees: "…and they're right", "I agree"; not "you said"). */
const REPORTER = /\b(?:reviews?|reviewers|people|everyone|everybody|customers|users|forums?|reddit|online|the\s+internet|my\s+(?:[a-z]+-in-law|friends?|mates?|neighbou?rs?|colleagues?|brother|sister|dad|mum|mom|husband|wife|partner|son|daughter|kids|boss|flatmate)|he|she|they|friends)\s+(?:(?:on|in)\s+(?:your\s+|the\s+)?\w+\s+)?(?:all\s+|keep\s+|always\s+)?(?:call|calls|called|calling|say|says|said|saying|reckon|reckons|reckoned|think|thinks|thought|describe|describes|described|rate|rates|rated|claim|claims|claimed|swear|swears)\s+(?:that\s+)?(?:[\w'-]+\s+){0,5}$/;
function reportedOpinion(norm: string, x: Span): boolean {
  const from = Math.max(sentenceStartAt(norm, x.start), x.start - 79);
  if (!REPORTER.test(norm.slice(from, x.start))) return false;
  return !/\b(?:(?:and\s+)?(?:they'?re|they\s+are|he'?s|she'?s|they\s+were)\s+(?:right|not\s+wrong|spot\s+on)|i\s+(?:agree|have\s+to\s+agree)|i\s+can\s+see\s+why)\b/.test(sentenceOf2(norm, x));
}
/** A fault told: something broken, failing, not done. */
/** The customer away: "I won't be home on Friday", "we can't be in before six". */
const OWN_ABSENCE = /\b(?:i|we)\s+(?:won'?t|will\s+not|can'?t|cannot|wo\s+not)\s+be\s+(?:home|in|here|there|around|about|available|back)\b/g;
const FAULT_TOLD = /\b(?:broken|broke|down|crash\w*|fail\w*|stuck|wrong|missing|late|lost|logged\s+(?:me\s+)?out|not\s+(?:working|loading|arrived|applied|showing|here|delivered|received)|(?:didn'?t|doesn'?t|won'?t|wouldn'?t|can'?t|isn'?t|hasn'?t)\s+\w+|still|again|queued|waiting|rejected|declined|charged)\b/;
/** "Will my bank show the refund as a chargeback?", "Does the ombudsman cover this?": asked about, not threatened. */
function askedAbout(norm: string, x: Span): boolean {
  const sentence = sentenceOf2(norm, x);
  // "How do I report a scam text to the regulator?": a question of how, about something other than us, asks the way.
  const how = /^\s*(?:how|where|who|which)\b/.test(sentence) && !/\b(?:you|u|your|ur)\b/.test(sentence.replace(/\bpretending\s+to\s+be\s+(?:you|your\s+\w+)\b|\b(?:can|could|would)\s+you\b/g, ' '));
  return /^\s*(?:will|would|does|do|is|are|can|could|how|what|when|where|should|shall|who|which)\b/.test(sentence) && /^[^.!\n]*\?(?!!)/.test(norm.slice(x.end)) && (how || !/\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+am\s+going\s+to|or\s+(?:i|we|else)|(?:do|shall|should)\s+i\s+(?:go|take|call|contact|report|sue|dispute|charge))\b/.test(sentence));
}
const OWN_COUNSEL_AT_WORK = /\b(?:my|our)\s+(?:[\w-]+\s+)?(?:lawyers?|solicitors?|attorneys?)\s+(?:is|are|has|have|was|were|needs?|asked|wants?|requested|handles?|'s)\b/;
const COUNSEL_AGAINST = /\b(?:will|'ll|shall|going\s+to|gonna|breach\w*|liab\w*|negligen\w*|damages|compensation|advis\w*|rights|aware|letters?|(?:this|the)\s+(?:matter|case|complaint)|(?:handling|dealing\s+with|looking\s+into)\s+(?:this|it|you)|(?:is|are)\s+now|refund\w*|claim\w*)\b/;
/** A regulator that is a part ("the CO2 regulator came", "does the gas regulator come with it"), not an authority. */
const DEVICE_REGULATOR = /\b(?:co2|gas|pressure|voltage|fuel|oxygen|propane|butane|lpg|flow|charge|charging|solar|temperature|dive|scuba|air|aquarium|bbq|barbecue|valve|tank|heater|thermostat)\s+$/;
// ("…complained to the gas regulator": an authority written to.)
const devicePart = (norm: string, x: Span): boolean => {
  const before = norm.slice(Math.max(0, x.start - 32), x.start);
  return /^regulators?$/.test(norm.slice(x.start, x.end)) && DEVICE_REGULATOR.test(before) && !/\b(?:to|with|from|by)\s+(?:the|a|an|your)\s+\w+\s+$/.test(before);
};
/** "My lawyer needs a copy of the invoice for the probate file": papers for the customer's own lawyer, not a threat. */
function ownLawyer(norm: string, x: Span, sentence: string): boolean {
  if (!/^(?:lawyer|attorney|solicitor)$/.test(norm.slice(x.start, x.end))) return false;
  // "I'm a solicitor and need a copy of my client's policy": the writer's own profession.
  if (/\b(?:i'?m|i\s+am|as|i\s+work\s+as)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/.test(norm.slice(Math.max(0, x.start - 40), x.start)) && !/\b(?:sue|court|legal\s+action|against\s+you|unless|otherwise)\b/.test(sentence)) return true;
  // ("FYI our lawyer asked us to request a copy of the signed contract for our files.")
  const papers = /\b(?:my|our)\s+(?:lawyer|attorney|solicitor|lawyers|solicitors)\s+(?:needs|need|asked|wants|want|requested|has\s+asked|have\s+asked|is\s+asking|are\s+asking|would\s+like)\s+(?:for\s+|(?:me|us)\s+to\s+(?:get|send|ask\s+for|request|obtain)\s+)?(?:a\s+copy|copies|the|an?|some|your|it|them|this|these|that)\b/.test(sentence) ||
    /\b(?:lease|tenancy|mortgage|remortgage|will|probate|conveyancing|purchase|sale|visa|immigration|paperwork)\b/.test(sentence) && !/\b(?:you|your)\s+(?:company|firm|lot|people)\b|\bagainst\b/.test(sentence) ||
    (POLITE.test(sentence) && /\b(?:copy|copies|contract|invoice|documents?|papers|statements?|deeds|letter|receipts?)\b/.test(sentence)) ||
    // "Our lawyer is reviewing the new terms before we sign": the customer's own lawyer at plain work on papers.
    /\b(?:my|our)\s+(?:lawyers?|solicitors?|attorneys?|legal\s+team)\s+(?:is|are|'s|will\s+be|has\s+been|have\s+been)\s+(?:just\s+|still\s+)?(?:reviewing|checking|looking\s+(?:at|over)|reading(?:\s+through)?|going\s+(?:through|over)|drafting)\s+(?:the|your|our|my|a|an)\s+(?:new\s+|final\s+|draft\s+|updated\s+)?(?:terms|contract|agreement|lease|t\s*&\s*cs?|paperwork|documents?|proposal|quote|offer|policy|wording)\b/.test(sentence) ||
    /\b(?:probate|conveyancing|house\s+(?:sale|purchase)|the\s+estate|power\s+of\s+attorney|divorce)\b/.test(sentence) ||
    // "My solicitor is handling my late aunt's estate and needs…", "our patent attorney has asked us to confirm…": the
    // customer's own lawyer the subject of routine work, with nothing in the sentence against us.
    (OWN_COUNSEL_AT_WORK.test(sentence) && !COUNSEL_AGAINST.test(sentence));
  return papers && !/\b(?:sue|court|legal\s+action|involve\w*|hear(?:ing)?\s+from|be\s+in\s+touch|against\s+you|unless|otherwise|if\s+(?:you|i\s+don'?t)|forward\w*|contact\w*|speak\w*\s+(?:to|with)|talk\w*\s+(?:to|with)|consult\w*|get(?:ting)?\s+my|pass\w*\s+(?:this|it)\s+(?:on\s+)?to)\b/.test(sentence.replace(/\bif\s+(?:you|u)\s+(?:can|could|don'?t\s+mind|would\s+be\s+so\s+kind)\b/g, ' '));
}
/** The customer's own resending, owned to: "sorry for the flood of emails", "my phone sent it five times", "by mistake". */
const OWN_RESEND = /\b(?:sorry\s+(?:for|about)\s+(?:the\s+|all\s+(?:the|these|those)\s+|my\s+)?(?:flood|spam|duplicates?|multiple|double|repeated|several|many)|by\s+(?:mistake|accident)|accidentally|(?:phone|app|laptop|computer|email|inbox|browser)\s+(?:went\s+(?:mad|crazy|haywire)|glitched|played\s+up|kept\s+(?:sending|resending)|(?:sent|resent|submitted)\s+(?:it|the\s+same|them|my)))\b/;
/** Laughter in a sentence. */
const LAUGH = /\u{1F602}|\u{1F923}|\u{1F604}|\u{1F606}|\u{1F605}|\u{1F601}|\u{1F639}|\b(?:lol|lmao|haha\w*|hehe\w*)\b/iu;
/** A crime against the customer reported (a stolen card, a contract opened in their name): the police there are
 * the customer's recourse against the criminal, not a threat to the company. Not "I'll report you to the police". */
const CRIME_TOLD = /\b(?:stolen|stole|theft|thief|thieves|burgl\w+|break-in|broke\s+in|broken\s+into|fraud\w*|scam\w*|scammer\w*|identity|impersonat\w*|fake|forged|mugged|robbed|hacked|phishing|crime\s+(?:reference|ref|number))\b/;
/** An ombudsman, a lawyer or a regulator about another firm ("I'm contacting the ombudsman about an unrelated firm"). */
const OTHER_FIRM = /\b(?:about|regarding|against|with|over)\s+(?:an?\s+)?(?:unrelated|different|separate|other)\s+(?:firm|company|matter|business|provider|bank|complaint|case|issue)\b|\b(?:about|regarding|against|with|over)\s+another\s+(?:firm|company|provider|bank|business)\b/;
function crimeReported(norm: string, x: Span): boolean {
  if (!/police|fraud/.test(norm.slice(x.start, x.end)) || !CRIME_TOLD.test(norm)) return false;
  const sentence = sentenceOf2(norm, x);
  return /\b(?:reported|told|informed|contacted|called|rang|gave|have|'ve|already|filed|made)\b/.test(sentence) && !/\b(?:report\w*\s+(?:you|your|u|ur)|against\s+(?:you|your)|i'?ll|i\s+will|i'?m\s+going\s+to|going\s+to|gonna|unless|otherwise|or\s+else|if\s+(?:you|this|it|i\s+don'?t))\b/.test(sentence);
}
/** The customer's own doing told in a sentence ("Ordered the wrong size myself 🙃"): irony at oneself. */
const OWN_DOING = /\b(?:myself|my\s+(?:bad|fault|mistake|own)|(?:typical|silly|stupid|classic|clumsy|dozy)\s+me|(?:^|[.!?]\s*)(?:i\s+)?(?:lost|dropped|misplaced|spilled|spilt|smashed|deleted)\s+my\b|(?:^|[.!?]\s*)(?:i\s+)?(?:ordered|picked|chose|forgot|clicked|typed|entered|booked|bought)\b)/;
/** The weather and the roads: what nobody at the company made (not trains or airports, which may be the company's own). */
const WEATHER_OR_ROADS = /\b(?:weather|rain|rained|raining|storm|storms|snow|snowed|wind|winds|heatwave|flood\w*|mud|muddy|roads?|drought|bushfires?)\b/;
/** The off-topic thing a swear word is stuck to: "the bloody rain", "damn traffic". */
const OFF_TOPIC_NOUN = /^\s+(?:(?:awful|heavy|endless|stupid|terrible)\s+)?(?:weather|rain|storm|snow|wind|heat|heatwave|traffic|roads?|parking|car\s*park|hospital|dentist|train|trains|bus|buses|airport|council|government|commute|covid|pandemic|cold|flu|hay\s*fever|alarm\s+clock|cat|dog|kids?|neighbou?rs?)\b/;
const COMPANY_REF = /\b(?:you|your|u|ur|company|service|support|order|delivery|courier|driver|engineer|agent|team|staff|product|app|website|site|bill|billing|refund|account|parcel|package)\b/;
const notAtUs = (sentence: string): boolean => SELF_BLAME.test(sentence) || NOT_AT_YOU.test(sentence) || (OFF_TOPIC.test(sentence) && !COMPANY_REF.test(sentence));

/** Someone other than the customer as the subject just before a word: "he hates gadgets", "my dad really dislikes…". */
const THIRD_PERSON_SUBJ = /\b(?:he|she|they|my\s+(?:dad|mum|mom|husband|wife|partner|son|daughter|kids|friend|neighbou?r|boss|brother|sister|father|mother|gran|nan|grandad|grandma|grandpa|uncle|aunt|auntie|cousin|colleague|flatmate|housemate|mate|pal|in-laws)(?:-in-law)?)\s+(?:\w+ly\s+|really\s+|just\s+|always\s+|still\s+)?$/;
/** The customer's own mishap ("I dropped the remote in the pool, damn it"): an oath at it is not at the company. */
const OWN_MISHAP = /\b(?:i|we|my\s+(?:son|daughter|kid|kids|dog|cat|husband|wife|partner))(?:'ve|\s+have|'s|\s+has)?\s+(?:only\s+)?(?:gone\s+and\s+)?(?:accidentally\s+|stupidly\s+|just\s+)?(?:dropped|spilled|spilt|broke|smashed|cracked|lost|forgot|left|sat\s+on|stood\s+on|deleted|locked|knocked|ran\s+over|chewed|washed)\b/;

/** Capitals the writer explains: not shouting. */
const CAPS_EXCUSED = /\b(?:sorry\s+(?:for|about)\s+(?:the\s+|all\s+the\s+)?(?:caps|capitals|capital\s+letters|shouting)|caps\s*lock|(?:he|she|they|grandad|grandpa|grandma|granny|nan|dad|mum|mom|father|mother)\s+(?:always\s+|only\s+)?(?:types?|writes?)\s+(?:everything\s+|all\s+)?in\s+(?:caps|capitals|capital\s+letters|upper\s*case|block\s+capitals)|keyboard\s+is\s+(?:stuck|broken)|(?:i'?m\s+)?not\s+shouting)\b/;

/** "Is this caller a scammer?": a word in a yes/no question asks, it does not call anyone names. */
function askedWhether(norm: string, at: Span): boolean {
  const from = sentenceStartAt(norm, at.start);
  return /^\s*(?:is|are|was|were|could|might|can)\b/.test(norm.slice(from, at.start)) && /^[^.!\n]*\?(?!!)/.test(norm.slice(at.end));
}

/** The customer saying they are not pressing. */
const NO_RUSH = /\b(?:(?:probably|i'?m\s+sure\s+it'?s|i\s+expect\s+it'?s|no\s+doubt|i\s+guess\s+it'?s|must\s+be)\s+(?:just\s+)?(?:the\s+|a\s+)?(?:weekend|holidays?|christmas|bank\s+holiday|backlog|busy\s+period|post|strike|weather|snow|glitch|delay|sorting\s+office)|no\s+(?:rush|hurry|stress|pressure)|not\s+(?:urgent|in\s+a\s+(?:rush|hurry))|whenever\s+(?:you\s+can|suits|is\s+convenient)|in\s+your\s+own\s+time|no\s+worries\s+(?:if|at\s+all))\b/;

/** Signs a message is warm now: thanks, praise, wanting to order again, a recommendation. */
const WARMTH_CUE = /\b(?:warm\s+wishes|best\s+\w+\s+in\s+years|turned\s+out\s+(?:to\s+be\s+)?(?:great|brilliant|perfect|our\s+best|the\s+best|fine|lovely|well)|(?:order|book|buy|use\s+you)\s+(?:\w+\s+){0,3}?(?:from\s+you\s+)?again|recommend(?:ed)?\s+you|glad|happy|grateful|lovely|wonderful|brilliant|pleased|delighted|love|never\s+expected|above\s+and\s+beyond|sorted\s+(?:it|a|everything))\b/;
/** A feeling told in the past tense: "I was furious at the time", "I was pretty cross when I wrote in". */
const RECALLED_FEELING = /\bi\s+was\s+(?:\w+\s+){0,3}?(?:furious|angry|cross|upset|annoyed|frustrated|livid|fuming|in\s+tears|gutted|devastated|disappointed|fed\s+up|dreading|worried|nervous|anxious|stressed|apprehensive)\b|\b(?:that\s+day|that\s+week|for\s+a\s+while|back\s+then|when\s+i\s+wrote\s+in)\b/;

/** Words that make a repeat a repeated fault, not a happy return ("third order this month"). */
const FAULT_WORDS = /\b(?:fault|faulty|problem|issue|error|broken|broke|same|fix|fixed|repair|repaired|replacement|still|wrong|missing|late|complain\w*|refund|crack\w*|leak\w*|not\s+work\w*|doesn'?t\s+work|won'?t|failed|fails)\b/;

/** A request asked after what would be a demand: "…, could you help?", "… if possible". */
const ASKED_AFTER = /\b(?:if\s+(?:possible|you\s+can|that'?s\s+(?:ok|okay|possible))|could\s+you|can\s+you|would\s+you|is\s+that\s+(?:ok|okay|possible|alright))\b/;
/** What follows an "if … / otherwise" that makes it a plan or a question, not an ultimatum. */
// ("If it isn't possible, I'll write to the committee to change the date": a thing unavailable, a plan B.)
const BENIGN_CONSEQUENCE = /\bif\s+(?:it|that|this)\s+(?:isn'?t|is\s+not|'s\s+not)\s+(?:\w+\s+)?(?:possible|available|convenient|feasible|an\s+option|in\s+stock|doable)\b|\b(?:assume|take\s+(?:it|that)\s+as|no\s+(?:problem|worries|rush)|(?:is|that'?s|that\s+is|it'?s)\s+(?:fine|ok|okay|no\s+problem)|should\s+i|what\s+(?:should|do|can)\s+i|(?:can|could|do|shall|may)\s+i|just\s+(?:collect|pick|order|call|ring|try|pop|come|buy|wait)|in\s+person)\b|\?\s*$/;
/** What an echo repeats for emphasis: a stretch of time, a count, or a flat "nothing". */
const ECHOED = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|several|six)\s+(?:whole\s+|full\s+)?(?:minutes?|mins|hours?|hrs|days?|weeks?|months?|years?|times|calls|emails|attempts|visits)\b|^(?:never|nothing|not\s+once|none|zero|no\s+\w+)$/;
/** Something going right, said of a repeat ("third time it's come early"). */
const GLAD_OUTCOME = /\b(?:early|on\s+time|recommended\s+(?:you|your)|ahead\s+of\s+schedule|perfect(?:ly)?|flawless(?:ly)?|spot\s+on|(?:super\s+|really\s+)?(?:fast|quick)|love\s+(?:it|them|this)|never\s+(?:had\s+)?(?:a|any)\s+(?:problem|issue)s?)\b|[\u{1F600}-\u{1F60A}\u{1F642}\u{1F60D}\u{1F970}]/u;
/**
 * Whether a text tells of something gone wrong (NEGATIVE_EVENT), not of good news. A stretch of time alone
 * ("two weeks") is bad news only when waited for: "two weeks for a reply", "ten working days to tell me…".
 */
function badNews(text: string): boolean {
  if (!text || !NEGATIVE_EVENT.test(text) || GLAD_NEWS.test(text)) return false;
  const event = text.replace(/\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:working\s+|business\s+|whole\s+|full\s+)?(?:days|weeks|minutes|hours|mins)\b/g, ' ');
  return NEGATIVE_EVENT.test(event) || /\bfor\s+(?:a|an|the|my|your)\b|\bto\s+(?:get|reply|answer|respond|hear|arrive|tell|say|confirm|find)\b|\bwait/.test(text);
}
/** A fault done to the customer just before "again": "wrong again", "charged again", "late again" (a technical "failed again" stays a report). */
const FAULT_BEFORE_AGAIN = /\b(?:no[\s-]show|wrong|broken|late|missing|faulty|overcharged|charged|damaged|delayed|lost|cancell?ed|double[\s-]charged|billed|incorrect)\s*,?\s*$/;
/** A sentence opening with a bare order that insists ("Read what I wrote.", "Don't send me another…", "Just fix it."). */
const BARE_ORDER = /(?:^|[.!?\n]\s*)(?:(?:don'?t|do\s+not|stop)\s+\w+|(?:just\s+)?(?:read|fix|sort|refund|listen|answer|escalate|cancel)\b|(?:just\s+)?(?:give|get)\s+me\b|just\s+(?:do|send|tell|pay|deliver)\b)/g;
/** A promise told as kept: "exactly when you said it would", "just as he promised", "kept her word". */
const KEPT_PROMISE = /\b(?:exactly|just|right|precisely)\s+(?:when|as|at\s+the\s+time|the\s+time|on\s+the\s+day|like)\s+(?:\w+\s+){0,2}?(?:he|she|they|you|we)\s+(?:said|promised|told\s+me)\b|\bas\s+promised\b|\bkept\s+(?:his|her|their|your)\s+(?:word|promise)\b/;
/** A downtoner just before a put-down of someone else: "pretty useless", "a bit clueless". */
const SELF_BLAME_ALL = new RegExp(SELF_BLAME.source, 'g');

/** Words of a problem: with one of them in its clause, a "since …" or "last time" is a let-down after all. */
const TROUBLE = /\b(?:wait\w*|treat\w*|how\s+you|pending|broken|broke|down|stuck|not|no|nothing|never|still|again|missing|late|delay\w*|problem|issue|fault\w*|chas\w*|trying|tried|off|without|dead|open|outstanding|charged|unresolved|wrong|same|promised|said|told|failed|fail\w*|lost|cancel\w*|(?:don|didn|doesn|isn|wasn|won|can|couldn|hasn|haven|aren|weren|wouldn|shouldn)'?t)\b/;
/** The customer (or their call) passed from one person to another. */
const PASSED_AROUND = /\b(?:i|we|i'?ve|we'?ve|call|calls|chat|ticket|case|complaint)\s+(?:\w+\s+){0,3}?transferred\b|\btransferred\s+(?:me|us|my\s+(?:call|chat)|around|again|back\s+and\s+forth|from|between|to\s+(?:another|a\s+different|someone|the\s+wrong|\w+\s+(?:department|team))|(?:\w+\s+)?times)\b|\b(?:keep|kept|being|getting|got)\s+transferred\b/;
/** Thanks or praise said of the last time. */
const THANKED = /\b(?:thank\w*|kind|lovely|helpful|helped|great|perfect|patient|grateful|brilliant|fantastic|wonderful|sorted|excellent|amazing|fab)\b/;
/**
 * "I am in Madrid since three weeks", "since two years I use your app": a customer's own state told with a
 * non-native "since", with no trouble in its clause; "you were so kind last time", "the lady last time was
 * lovely": thanks for the last time. Neither is a past let-down.
 */
function stateOrThanks(norm: string, sp: Span): boolean {
  const said = norm.slice(sp.start, sp.end);
  if (/^since\b/.test(said)) {
    const sentence = sentenceOf2(norm, sp);
    // (… or someone of theirs: "my daughter studies in Edinburgh since four months".)
    return /\b(?:i|we|i'?m|we'?re|my\s+(?:daughter|son|wife|husband|partner|mum|mom|dad|mother|father|kids|children|family|brother|sister|parents)|he|she|they)\b/.test(sentence) && !TROUBLE.test(sentence.replace(/\bsince\b/, ''));
  }
  // "Can the tickets be transferred?", "the money was transferred": a thing moved, not the customer passed around.
  if (/^transferred$/.test(said)) return !PASSED_AROUND.test(sentenceOf2(norm, sp));
  // "The last agent sorted it out": thanks for the last agent, like thanks for the last time.
  if (/^last\s+time$|^(?:last|previous)\s+(?:agent|rep|representative|person|guy|lady)$/.test(said)) {
    const sentence = sentenceOf2(norm, sp);
    return THANKED.test(sentence) && !TROUBLE.test(sentence.replace(/\blast\s+time\b|\b(?:last|previous)\s+\w+\b/, ''));
  }
  return false;
}

/** "Everything's working grand now, even the upstairs room that never got signal before": a "never … before" told of
 * what is better now, in a sentence with nothing still wrong. */
function improvedSince(norm: string, sp: Span): boolean {
  if (!/^never\b/.test(norm.slice(sp.start, sp.end))) return false;
  const sentence = sentenceOf2(norm, sp);
  return /\bbefore\b/.test(sentence.slice(sentence.indexOf(norm.slice(sp.start, sp.end)))) && IMPROVED.test(sentence) && !/\b(?:still|yet|again|nothing|no\s+longer)\b/.test(sentence);
}
const IMPROVED = /\b(?:now|finally|at\s+last)\b[^.!?\n]{0,40}\b(?:working|works|fine|grand|great|perfect|brilliant|better|lovely|sorted|strong|fast)\b|\b(?:working|works|fine|grand|great|perfect|sorted|better)\s+now\b|\bnow\s+(?:even\s+)?(?:gets?|has|have|works?)\b/;

/** Praise in the sentence of a "telling people about it": a recommendation, not a threat. */
const WORD_OF_MOUTH_PRAISE = /\b(?:fantastic|brilliant|wonderful|lovely|amazing|excellent|superb|great|into\s+a\s+good\s+one|recommend\w*|prais\w*|thank\w*|helpful|above\s+and\s+beyond|how\s+good)\b/;

/** People working for the company, put down without the rep singled out ("your delivery people are brainless"): an insult at others. */
const STAFF = /\b(?:staff|agents|people|employees|workers|team|drivers?|couriers?|engineers?|warehouse|everyone|everybody)\b/;

/** "Are all the staff this brain-dead or did I just get lucky with you?": a put-down of the staff that singles the rep out. */
const SINGLED_OUT = /\b(?:staff|agents|people|employees|everyone|everybody|you\s+lot|you\s+people|all\s+of\s+you)\b[^.!?\n]*\b(?:with|like|including|especially|except|unlike|just|only|particularly|not|than|as)\s+(?:you|u)\b(?!\s+(?:to|for|can|could|said|did|do|have|had|were|are|will|would))/;

const HEDGE_WORD = /\b(?:pretty|fairly|almost|nearly|a\s+bit|a\s+little|bit|kind\s+of|kinda|sort\s+of|somewhat|slightly|rather)\s+$/;

/** Someone the customer dealt with before: "the woman I spoke to yesterday", "the last agent", "the guy on the phone last week". */
const PREVIOUS_AGENT = /\b(?:the|that|your|a)\s+(?:\w+\s+)?(?:woman|man|guy|lady|girl|bloke|chap|fella|person|agent|rep|advisor|adviser|operator|colleague|gentleman)\s+(?:(?:who\s+)?(?:i|we)\s+(?:spoke|talked|chatted|dealt|was\s+put\s+through)\s+(?:to|with)|on\s+the\s+(?:phone|chat|line)\s+(?:yesterday|last|earlier|before|this\s+morning|on\s+\w+day))|\b(?:the\s+)?(?:last|previous|other|first)\s+(?:agent|rep|advisor|adviser|person|operator|guy|lady|woman|man|one)\b/;
/** Owning to not knowing: "sorry, I'm new to this", "no idea", "which one do I need?". */
const HUMBLE = /\b(?:sorry|i'?m\s+new|new\s+to\s+(?:this|these|all\s+this)|not\s+(?:very\s+)?(?:techy|technical)|no\s+idea|not\s+sure|confused|never\s+heard\s+of|which\s+one\s+do\s+i\s+need)\b/;
/** A put-down said as the worst of all: "the most …", "without doubt", "I have ever had the misfortune". */
const UTMOST = /\b(?:the\s+(?:most|least)\s+[a-z-]+|without\s+(?:a\s+|any\s+)?doubt|(?:i\s+have|i'?ve)\s+ever|misfortune|in\s+my\s+(?:entire\s+|whole\s+)?life)\b/;
/** A message that still asks nicely or cooperates: "if possible", "I'd like to sort…", "could you". */
const COOPERATIVE = /\b(?:if\s+(?:possible|you\s+can|that'?s\s+(?:ok|okay|possible))|please|pls|could\s+you|can\s+you|would\s+you|(?:i'?d|i\s+would|we'?d)\s+(?:like|appreciate|be\s+grateful)|thanks|thank\s+you|happy\s+to)\b/;

/** The sentence a span stands in and the one after it. */
function stepAndNext(norm: string, r: Span): string {
  const from = sentenceStartAt(norm, r.start);
  const m = /^[^.!?\n]*[.!?\n]+[^.!?\n]*/.exec(norm.slice(r.end));
  return norm.slice(from, m ? r.end + m[0].length : norm.length);
}

/** A message of this many sentences or more is long: one soft angry sentence in it does not make it angry. */
export const LONG_SENTENCES = 6;

/** How much of its frustration a warm message keeps. */
export const WARMTH = 0.5;

/** One compiled pattern per sentiment word, kept across calls (AFINN has ~3,400 words). */
const wordRes = new Map<string, RegExp>();

const inRange = (s: Span, from: number, to: number): boolean => s.start >= from && s.start < to;

/**
 * Analyse one customer message. Signals carry messageIndex 0 unless given. The rules read it; then the
 * learned second opinion on abuse (lib/tone/learned-en.ts) may raise a frustrated or angry reading to
 * abusive when a sentence addressing the rep reads as abuse to the model; and the learned second opinion
 * on level (lib/tone/learned-level-en.ts) may move a calm reading to frustrated, or a frustrated one to
 * calm, when it is confident past its cross-validated threshold. Each shows the words it weighed.
 */
export function analyzeMessage(text: string, messageIndex = 0): MessageTone {
  const own = maskSignature(maskQuotations(text));
  const ruled = readByRules(text, own, messageIndex);
  if (ruled.level === 'frustrated' || ruled.level === 'angry') {
    const learned = learnedAbuse(own);
    if (learned && learned.evidence.length > 0) {
      const signals = [...ruled.signals, ...learned.evidence.map((e) => ({ kind: 'insult-at-rep' as const, messageIndex, start: e.start, end: e.end }))];
      signals.sort((a, b) => a.start - b.start || a.end - b.end);
      return { level: 'abusive', signals };
    }
  }
  return ruled.level === 'calm' || ruled.level === 'frustrated' ? withLevelOpinion(ruled, own, messageIndex) : ruled;
}

/** The level model's move, one level between calm and frustrated, with its words as evidence for a move up. */
function withLevelOpinion(ruled: MessageTone, own: string, messageIndex: number): MessageTone {
  const move = learnedLevel(own, ruled);
  if (!move) return ruled;
  if (move.level === 'calm') return { level: 'calm', signals: ruled.signals };
  const signals = [...ruled.signals, ...move.evidence.map((e) => ({ kind: 'negative-sentiment' as const, messageIndex, start: e.start, end: e.end }))];
  signals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { level: 'frustrated', signals };
}

/** The hand-written rules alone (the learned layer's training tool reads them to pick its threshold). */
export function analyzeMessageRules(text: string, messageIndex = 0): MessageTone {
  return readByRules(text, maskSignature(maskQuotations(text)), messageIndex);
}

/** Numbers and codes the profanity library's leetspeak reading would take for words: digits alone
 * (with separators), a reference with a hyphen and a digit ("455-AB", "BR-2281"), a UK postcode. */
const CODE_LIKE = /(?<![\w-])(?:\d+(?:[ ./-]\d+)*|(?=[A-Za-z0-9]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\w-])/g;

/** The rules on a message and its own words (quotations and signature masked, offsets kept). */
function readByRules(text: string, own: string, messageIndex: number): MessageTone {
  const c: Collector = { signals: [], anger: 0, frustration: 0, abuse: false };
  if (!text.trim()) return { level: 'calm', signals: [] };
  const norm = normalize(own);
  const tokens = tokenize(norm);

  // --- profanity: the library for obfuscated spellings, our list for masked and mild words ---
  const profane: Span[] = [];
  for (const m of profanityMatcher.getAllMatches(own, true)) {
    // obscenity reports an inclusive end index.
    const span = { start: m.startIndex, end: m.endIndex + 1 };
    // A capitalised short word before another capitalised word is a name ("Fu Wei"), not a swear.
    if (/^[A-Z][a-z]{1,2}$/.test(own.slice(span.start, span.end)) && /^\s+[A-Z]/.test(own.slice(span.end, span.end + 3))) continue;
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
  // Numbers and codes are not leetspeak: an order number (4455), a reference (455-AB), a postcode (B55 4SS).
  const codes = [...own.matchAll(CODE_LIKE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (let i = profane.length - 1; i >= 0; i--) if (codes.some((k) => k.start <= profane[i]!.start && profane[i]!.end <= k.end)) profane.splice(i, 1);

  // --- abuse aimed at the rep (anywhere in the message: one insult is enough) ---
  const atRep: Span[] = [];
  for (const s of collectAll(c, 'insult-at-rep', PROFANITY_AT_REP, norm, messageIndex)) atRep.push(s);
  for (const s of collectAll(c, 'insult-at-rep', IMPLIED_INSULT, norm, messageIndex)) atRep.push(s);
  plus(atRep, collectAll(c, 'insult-at-rep', JUDGED_AT_REP, norm, messageIndex));
  plus(atRep, collectAll(c, 'insult-at-rep', JUDGED_AT_REP_7, norm, messageIndex));
  for (const s of collectAll(c, 'threat-at-rep', THREAT_AT_REP, norm, messageIndex)) atRep.push(s);
  for (const s of collectAll(c, 'threat-at-rep', THREAT_AT_REP_7, norm, messageIndex)) atRep.push(s);
  for (const s of collectAll(c, 'harassment', HARASSMENT, norm, messageIndex)) atRep.push(s);
  plus(atRep, collectAll(c, 'insult-at-rep', IMPLIED_INSULT_8, norm, messageIndex));
  plus(atRep, collectAll(c, 'threat-at-rep', THREAT_AT_REP_8, norm, messageIndex));
  plus(atRep, collectAll(c, 'insult-at-rep', IMPLIED_INSULT_10, norm, messageIndex));
  plus(atRep, collectAll(c, 'insult-at-rep', AT_REP_10, norm, messageIndex));
  plus(atRep, collectAll(c, 'harassment', HARASSMENT_10, norm, messageIndex));
  plus(atRep, collectAll(c, 'threat-at-rep', THREAT_AT_REP_10, norm, messageIndex));
  // "I finish work at five and your office is ten minutes away": the rep's workplace within reach, beside menace.
  if (MENACE.test(norm)) plus(atRep, collectAll(c, 'threat-at-rep', [NEAR_YOU], norm, messageIndex));
  for (const one of AT_REP_11_EACH) if (one.key.test(norm)) plus(atRep, collectAll(c, 'insult-at-rep', one.list, norm, messageIndex));
  for (const one of THREAT_AT_REP_11_EACH) if (one.key.test(norm)) plus(atRep, collectAll(c, 'threat-at-rep', one.list, norm, messageIndex));
  for (const one of THREAT_AT_REP_13_EACH) if (one.key.test(norm)) plus(atRep, collectAll(c, 'threat-at-rep', one.list, norm, messageIndex));
  for (const one of AT_REP_13_EACH) if (one.key.test(norm)) plus(atRep, collectAll(c, 'insult-at-rep', one.list, norm, messageIndex));
  // "I know your office is on Dock Street. I walk past it every evening when you're locking up. Think about that…".
  if (MENACE.test(norm) || MENACE_11.test(norm)) plus(atRep, collectAll(c, 'threat-at-rep', [WATCHED_11], norm, messageIndex));

  /** A word inside a short quotation that someone else said ("my neighbour shouted 'you useless idiot'"). */
  const quoteOpens = /(?:^|[\s(:[])['"\u2018\u201C]/.test(own);
  const quotedOther = (x: Span): boolean => {
    if (!quoteOpens) return false;
    const from = sentenceStartAt(norm, x.start);
    const before = own.slice(from, x.start);
    const open = Math.max(before.lastIndexOf("'"), before.lastIndexOf('"'), before.lastIndexOf('‘'), before.lastIndexOf('“'));
    if (open < 0 || (open > 0 && /[A-Za-z]/.test(before[open - 1] as string))) return false;
    if (!/^[^.!?\n]*?['"’”]/.test(own.slice(x.end, x.end + 60))) return false;
    return QUOTED_BY_OTHER.test(before.slice(0, open).toLowerCase());
  };
  /** A mild put-down with affection to the rep within its sentence or the next, and no swearing or menace in the message. */
  const jest = (x: Span): boolean => {
    if (!JEST_WORDS.test(norm.slice(x.start, x.end)) || profane.length > 0 || atRep.length > 0) return false;
    const from = sentenceStartAt(norm, x.start);
    const near = own.slice(from, Math.min(own.length, x.end + 120));
    const span = norm.slice(from, Math.min(norm.length, x.end + 120));
    const love = JEST_AFFECTION.exec(span);
    // ("I love you guys? Not a chance.": love asked back or denied is scorn.)
    const rest = love ? span.slice(love.index + love[0].length).replace(/^\s*(?:lot|guys|all|really|to\s+bits|x+)\b/, '') : '';
    const meant = love !== null && !(!/[.!]\s*$/.test(love[0]) && /^[^.!\n]*\?/.test(rest)) && !/^[\s,.!]*(?:not\s+a\s+chance|as\s+if|yeah\s+right|no\s+way|not\b|never\b|lol\b)/.test(rest);
    return meant || JEST_HEART.test(near.split(/(?<=[.!?])\s+(?=\S)/).slice(0, 2).join(' ').trimEnd());
  };
  const otherInsults: Span[] = [];
  const hedgedOther: Span[] = [];
  /** Judgements of the rep denied ("you're not stupid"): no insult, and no strong word either. */
  const denied: Span[] = [];
  let anyInsult = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const kind = insultKind(tok, profane, tokens[i - 1]);
    if (!kind) continue;
    // "piece of …", "waste of …", "excuse for a …" are insults only with their tail.
    if (/^(?:piece|waste|excuse)$/.test(tok.w)) {
      const tail = norm.slice(tok.end, tok.end + 40);
      if (!/^\s+(?:of\s+(?:shit|sh\*t|crap|garbage|trash|work|junk|space|oxygen|skin|air)|for\s+a\b)/.test(tail)) continue;
    }
    if (kind === 'noun' && tok.w === 'joke' && !SECOND_PERSON.has(tokens[i - 2]?.w ?? '') && !SECOND_PERSON.has(tokens[i - 3]?.w ?? ''))
      continue;
    // "My neighbour shouted 'you useless idiot' at the van": someone else's words, quoted.
    if (quotedOther(tok)) continue;
    // "the clown costume", "cow-print", "chewed by a cow": an animal or a trade, not a person named.
    if (kind === 'noun' && (ANIMAL_NOUN.test(tok.w) || /^clowns?$/.test(tok.w))) {
      const next = tokens[i + 1];
      if (next && !clauseBreak(next.gap) && /^[a-z]{3,}$/.test(next.w) && !NOT_A_THING.test(next.w) && !/^(?:like|who|that|which|of|than|with|and|or)$/.test(next.w)) continue;
    }
    if (kind === 'noun' && ANIMAL_NOUN.test(tok.w)) {
      const addressed = insultTarget(tokens, i, kind) === 'rep';
      if (!addressed && !SAID_OF_PERSON.test(norm.slice(Math.max(0, tok.start - 48), tok.start))) continue;
    }
    // "Useless question maybe, but…", "stupid question:": said of one's own question.
    if (kind === 'adj' && /^(?:question|questions|q)$/.test(tokens[i + 1]?.w ?? '')) continue;
    // "This agent is an idiot", "the one I'm talking to is a complete moron": the rep named in the third person.
    const target = insultTarget(tokens, i, kind) === 'rep' || (kind === 'noun' || INSULT_ADJS.has(tok.w) || PERSON_ONLY_ADJS.has(tok.w)) && REP_REF.test(sentenceOf2(norm, tok)) ? 'rep' : insultTarget(tokens, i, kind);
    // An insult word said of someone (not of oneself) makes a mention of the rep's family a jibe.
    if ((target === 'rep' || (target === 'other' && !PERSON_ONLY_ADJS.has(tok.w))) && !overlaps(tok, profane)) anyInsult = true;
    // "You're not stupid, the form is", "I don't think you're incompetent": a judgement denied is no insult.
    if (target === 'rep' && negatedJudgement(tokens, i)) {
      denied.push(tok);
      continue;
    }
    // "you lot are hopeless, but I love you": a mild word beside affection to the rep is a regular's jest.
    if (target === 'rep' && jest(tok)) continue;
    if (target === 'rep') {
      push(c, 'insult-at-rep', tok, messageIndex);
      atRep.push(tok);
    } else if (target === 'other' && COMPARED_BETTER.test(sentenceOf2(norm, tok))) {
      // "I left Sky because they were useless, and honestly you've been much better": a rival put down beside praise of us.
      continue;
    } else if (PERSON_ONLY_ADJS.has(tok.w)) {
      // "slow", "dim" about a thing describe it.
      continue;
    } else if (target === 'other' && (kind === 'noun' || INSULT_ADJS.has(tok.w)) && !overlaps(tok, profane) && !/^(?:piece|waste|excuse)$/.test(tok.w) && !askedWhether(norm, tok) && !SELF_BLAME.test(sentenceOf2(norm, tok))) {
      // "a piece of crap" about a thing is profanity about the situation, handled below.
      // "the guy on chat was pretty useless tbh": a hedged put-down of someone else is annoyance.
      if (kind === 'adj' && HEDGE_WORD.test(norm.slice(Math.max(0, tok.start - 16), tok.start))) hedgedOther.push(tok);
      // "The woman I spoke to yesterday was clueless, to be fair … I'd like to sort it today if possible": a mild
      // put-down of a previous agent in a message that still asks nicely is annoyance.
      // (Not a superlative of contempt: "the most brainless individual I have ever had the misfortune to speak with".)
      else if (kind === 'adj' && PREVIOUS_AGENT.test(sentenceOf2(norm, tok)) && COOPERATIVE.test(norm) && profane.length === 0 && !UTMOST.test(sentenceOf2(norm, tok))) hedgedOther.push(tok);
      // "Useless, the lot of you. Love you really x": the team addressed in jest.
      else if (!(/(?<!\blove\s)\b(?:lot\s+of\s+you|you\s+lot|you\s+guys|you\s+all|all\s+of\s+you)\b/.test(norm.slice(Math.max(0, tok.start - 24), tok.end + 24)) && jest(tok))) otherInsults.push(tok);
    }
  }
  // "The person on this chat is clearly brain dead": a put-down of more than one word, of the rep in the third person.
  for (const m of norm.matchAll(/\bbrain[\s-]?dead\b|\bbrainless\b|\bthick\s+as\s+(?:two\s+short\s+planks|a\s+brick|mince|pig\s+shit)\b|\b(?:a\s+)?waste\s+of\s+(?:space|oxygen|skin)\b/g)) {
    const sp = { start: m.index, end: m.index + m[0].length };
    if (!overlaps(sp, atRep) && (REP_REF.test(sentenceOf2(norm, sp)) || SINGLED_OUT.test(sentenceOf2(norm, sp)))) {
      push(c, 'insult-at-rep', sp, messageIndex);
      atRep.push(sp);
    } else if (!overlaps(sp, atRep) && STAFF.test(sentenceOf2(norm, sp))) otherInsults.push(sp);
  }
  // "You clearly lack the basic intelligence for this" (the rep); "whoever wrote your last email lacks common sense" (staff).
  for (const m of norm.matchAll(LACKS_MIND)) {
    const sp = { start: m.index, end: m.index + m[0].length };
    if (overlaps(sp, atRep)) continue;
    if (m[1]) {
      push(c, 'insult-at-rep', sp, messageIndex);
      atRep.push(sp);
    } else otherInsults.push(sp);
  }
  // "Your mother must be so proud of raising such an idiot."
  for (const s of matches(FAMILY, norm)) {
    if (atRep.length > 0 || anyInsult || profane.length > 0) {
      push(c, 'harassment', s, messageIndex);
      atRep.push(s);
    }
  }
  c.abuse = atRep.length > 0;
  /** The sentence a span stands in (without its end mark). */

  /** "The weather has been shocking this week so no rush on the delivery": the clause the word stands in is off topic. */
  const offTopicClause = (x: Span): boolean => {
    const before = norm.slice(Math.max(0, x.start - 80), x.start);
    const cut = before.search(/(?:[.!?;:,\n]|\b(?:so|but|because|and|though|although))[^.!?;:,\n]*$/);
    const from = cut < 0 ? before : before.slice(cut);
    const after = /^[^.!?;:,\n]*?(?=[.!?;:,\n]|\b(?:so|but|because|and|though|although)\b|$)/.exec(norm.slice(x.end, x.end + 80))?.[0] ?? '';
    const clause = from + norm.slice(x.start, x.end) + after;
    return OFF_TOPIC.test(clause) && !COMPANY_REF.test(clause);
  };
  /** A sentence that laughs (😂, lol, haha) and tells nothing gone wrong. */
  const laughing = (x: Span): boolean => {
    const sentence = own.slice(sentenceStartAt(norm, x.start), x.end + (/^[^.!?\n]*/.exec(norm.slice(x.end))?.[0].length ?? 0) + 3);
    return LAUGH.test(sentence) && !FAULT_TOLD.test(sentenceOf2(norm, x));
  };
  /** A capitalised word after "deliver to", "live in", "a village called" or before ", Country": a place's name (not "go to
   * Hell", "the service from Hell"). */
  const placeName = (x: Span): boolean =>
    /^[A-Z][a-z]+$/.test(own.slice(x.start, x.end)) && (/\b(?:deliver|ship|post|send|fly|flying|travel\w*|live|living|based|located|visit\w*|near|village|town|called)\s+(?:to\s+|in\s+|from\s+|of\s+)?$/i.test(own.slice(Math.max(0, x.start - 24), x.start)) || /^,\s*[A-Z][a-z]+/.test(own.slice(x.end, x.end + 20)));
  /** "wrote it on the box as a joke": in jest, not "the service is a joke". */
  const inJest = (x: Span): boolean => /joke$/.test(norm.slice(x.start, x.end)) && /\b(?:as|for)\s+(?:a\s+)?$/.test(norm.slice(Math.max(0, x.start - 10), x.start));
  /** A crime word in a sentence that tells a stranger's crime, or its report, with no "you" in it. */
  const strangerCrime = (word: string, x: Span): boolean => /^(?:scam\w*|fraud\w*|fake|forged|theft)$/.test(word) && STRANGER_CRIME.test(sentenceOf2(norm, x)) && !/\b(?:you|u)\b/.test(sentenceOf2(norm, x));
  /** "you'll be sick of me soon", "a slightly awkward one": the customer's joke at their own writing, or their request called odd. */
  const ownJokes: Span[] = [...(/\b(?:sick|tired|fed)\b/.test(norm) ? matches(SICK_OF_ME, norm) : []), ...(/\b(?:awkward|odd|strange|weird|unusual)\b/.test(norm) ? matches(AWKWARD_ASK, norm) : [])];
  // --- the cues, found once over the whole message ---
  // "sat there watching the bloody rain": an oath at the weather, the traffic, is not at the company.
  // … nor in a clause about the weather ("Weather here is bloody awful today so please …"), nor laughing ("scared the
  // hell out of us 😂"), nor a place's name ("do you deliver to Hell, Norway?").
  const situational = profane.filter((p) => !overlaps(p, atRep) && !OFF_TOPIC_NOUN.test(norm.slice(p.end, p.end + 24)) && !offTopicClause(p) && !laughing(p) && !placeName(p));
  // "It's not urgent", "a heads-up rather than a complaint", "I'm not asking for all the money back".
  const asserted = (list: Span[]): Span[] => list.filter((sp) => !NEGATED_BEFORE.test(clauseBefore(norm, sp.start)));
  // "It may show up as a chargeback", "a formal complaint … no need to call me back, just record it": a threat word named
  // for a plain reason in a message that presses nothing, its sentence with no condition or deadline.
  // "I work for Trading Standards", "studying consumer rights law": the customer's own work or study; "…the ombudsman
  // because I was told that's the process, not as a threat": the threat denied.
  const namedCalmly = (x: Span): boolean =>
    !THREAT_GRAMMAR.test(sentenceOf2(norm, x)) &&
    (SHOWN_AS.test(clauseBefore(norm, x.start)) || CALM_FILING.test(norm) || NO_RUSH.test(norm) || OWN_ROLE.test(norm.slice(Math.max(0, x.start - 60), x.start)) || NOT_A_THREAT.test(sentenceOf2(norm, x)));
  // "…turned a bad experience into a good one and I've been telling people about it": word of mouth in praise.
  const leaveStrong = asserted(findAll(LEAVE_LIST, norm)).filter((x) => !(/^(?:tell|\w+\s+(?:\w+\s+){0,2}?(?:contact|write\s+to|speak\s+to|talk\s+to|call|ring|alert|inform)\b)/.test(norm.slice(x.start, x.end)) && (WORD_OF_MOUTH_PRAISE.test(sentenceOf2(norm, x)) || /\b(?:featur\w*|heroes|hero|story\s+about|interview\w*)\b/.test(sentenceOf2(norm, x)))) && !askedAbout(norm, x) && !devicePart(norm, x) && !ownLawyer(norm, x, sentenceOf2(norm, x)) && !crimeReported(norm, x) && !OTHER_FIRM.test(sentenceOf2(norm, x)) && !namedCalmly(x) && !(FORMER_FIRM.test(sentenceOf2(norm, x)) && !/\b(?:you|your|u|ur)\b/.test(sentenceOf2(norm, x))));
  for (const l of leaveStrong) push(c, 'threat-to-leave', l, messageIndex);
  // An ultimatum speaks only where no threat to leave already does in its sentence.
  const sameSentence = (a: Span, b: Span): boolean => !/[.!?\n]/.test(norm.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  // "If I don't hear back within 3 days I'll assume it's fine", "…, otherwise I'll just collect it": a plan, not a threat.
  const ultimatums = findAll(ULTIMATUM, norm).filter((u) => {
    if (leaveStrong.some((l) => sameSentence(u, l))) return false;
    const own = /^[^.!?\n]*[.!?]?/.exec(norm.slice(u.start))?.[0] ?? '';
    const next = /^\s*[^.!?\n]*/.exec(norm.slice(u.start + own.length))?.[0] ?? '';
    return !BENIGN_CONSEQUENCE.test(own) && !/^\s*(?:thanks|thank\s+you|many\s+thanks|cheers)\b/.test(next);
  });
  for (const u of ultimatums) push(c, 'threat-to-leave', u, messageIndex);
  // "…pass the thanks along to him and to his manager": a manager named in a sentence of thanks is no escalation.
  // "Could you pass this to a manager? Priya … was so patient.": the praise told in the sentence after the request.
  const sup = asserted(findAll(SUPERVISOR, norm)).filter((x) => !SUP_PRAISE.test(sentenceOf2(norm, x)) && !praiseNext(norm, x));
  for (const x of sup) push(c, 'supervisor-request', x, messageIndex);
  // "Sorry, me again for the 4th time today 😂": a customer apologising for writing again is not chasing.
  /** The clause a repeat opens ("third time it's come early 😄"), up to a clause break. */
  const gladRepeat = (r: Span): boolean => {
    const clause = /^[^.!?\n,;]{0,60}/.exec(norm.slice(r.start))?.[0] ?? '';
    return GLAD_OUTCOME.test(clause) && !FAULT_WORDS.test(clause);
  };
  // "Third time ordering from you and third time it's come early": a repeat told of something going right is loyalty.
  // "I've opened the back tray and done a RESET twice": a troubleshooting step tried a couple of times, told as
  // what was tried (not "restarted it twenty times", not "…twice and it's still dead").
  const triedStep = (r: Span): boolean =>
    /^(?:reinstalled|tried|reset|restarted|rebooted|unplugged|re-?entered|done|did|cleared|updated|reinstall|restart|reboot)\b[^]*\b(?:twice|(?:two|three|a\s+couple\s+of|a\s+few)\s+times)$/.test(norm.slice(r.start, r.end)) &&
    // What the step did counts where it is told: its own sentence and the next ("…twice and it's still dead", "…twice.
    // Nothing."), and the whole message when it is short; a fault described before it ("the receipts still print the
    // old address. I've restarted the reader a couple of times.") is the problem, not a chase.
    !/\b(?:already|still|again|nothing|no\s+(?:luck|joy|change|difference)|same|doesn'?t|didn'?t|won'?t|isn'?t|wasn'?t|fed\s+up|sick|tired)\b/.test(sentenceStarts(norm).length >= LONG_SENTENCES ? stepAndNext(norm, r) : norm);
  // "…my accountant, she's chasing me!": someone else chasing the customer.
  const othersChase = (r: Span): boolean => /^chas/.test(norm.slice(r.start, r.end)) && /\b(?:he|she|they|he'?s|she'?s|they'?re|my\s+\w+(?:'s|\s+is|\s+are)?)\s+(?:\w+\s+)?$/.test(clauseBefore(norm, r.start));
  // "I'd like the same thing again for my sister": the same again ordered is loyalty.
  const orderedAgain = (r: Span): boolean => /^same\s+(?:thing|one|again)/.test(norm.slice(r.start, r.end)) && /\b(?:like|want|have|order|buy|get|love|take)\s+(?:\w+\s+)?$/.test(clauseBefore(norm, r.start));
  const repeatFound = plus(findAll(REPEAT_LIST, norm), /passed|transferred|put\s|sent|bounced|handed/.test(norm) ? findAll([PASSED_ON_11], norm) : []);
  for (const f of findAll(FAULT_BACK, norm)) if (!overlaps(f, repeatFound)) repeatFound.push(f);
  // "Sorry for the flood of emails, my phone sent the same one five times": the customer's own resending, owned to.
  const ownResend = (r: Span): boolean => OWN_RESEND.test(sentenceOf2(norm, r));
  // "Could you tell me whether the visits are included or still billed separately?": "still" asked about, a rule's state.
  const askedStill = (r: Span): boolean => /^still\b/.test(norm.slice(r.start, r.end)) && /\b(?:whether|or)\b[^.!?\n]*$/.test(norm.slice(sentenceStartAt(norm, r.start), r.start)) && !/\bwhy\b/.test(sentenceOf2(norm, r));
  // "Back again, your coffee is too good 😄 could you send the decaf this time?": a wish for the next order in a glad message,
  // nothing told wrong (not "could you get the address right this time? 🙄", "…properly this time, the last two arrived smashed").
  const gladAsk = (r: Span): boolean => /\bthis\s+time$/.test(norm.slice(r.start, r.end)) && /^(?:could|can|would|please)\b/.test(norm.slice(r.start, r.end)) && !/\b(?:right|properly|proper|correctly|actually|read|listen|remember|bother)\b/.test(norm.slice(r.start, r.end)) && (LAUGH.test(own) || GLAD_OUTCOME.test(norm) || WARMTH_CUE.test(norm) || /\b(?:too|so)\s+(?:good|tasty|cheap|comfy)\b|\b(?:delicious|gorgeous|amazing|fab|bargain)\b/.test(norm)) && !FAULT_WORDS.test(norm) && !NEGATIVE_EVENT.test(norm);
  const repeat = repeatFound.filter((r) => !(APOLOGETIC.test(norm) && !FAULT_WORDS.test(norm)) && !gladRepeat(r) && !triedStep(r) && !othersChase(r) && !orderedAgain(r) && !ownResend(r) && !askedStill(r) && !gladDuration(norm, r) && !gladAsk(r));
  for (const r of repeat) push(c, 'repeat-contact', r, messageIndex);
  const again = [...matches(AGAIN, norm), ...matches(WEAK_REPEAT, norm)].filter((a) => !overlaps(a, repeat));
  // "Could Mr Okafor come back to tune our upright? It's been about eight months": the time since a routine visit, in a
  // message that books the next one, is no wait (not "It's been eight months and my refund still hasn't come").
  const dueAgain = (p: Span): boolean => /^it'?s\s+been\b/.test(norm.slice(p.start, p.end)) && DUE_AGAIN.test(norm) && !FAULT_TOLD.test(sentenceOf2(norm, p)) && !/\b(?:wait\w*|chas\w*|promised|told|refund\w*|repl\w*|respon\w*|answer\w*|heard|nobody|no\s+one|complain\w*)\b/.test(norm);
  const past = findAll(PAST_EXPERIENCE, norm).filter((p) => !dueAgain(p) && !gladDuration(norm, p));
  for (const p of past) push(c, 'past-experience', p, messageIndex);
  const urgent = asserted(findAll(URGENCY, norm));
  for (const u of urgent) push(c, 'urgency', u, messageIndex);
  // "Please fix it" is a request; "Fix it. Today." is a demand.
  const polite = (d: Span): boolean => {
    const sentenceStart = Math.max(norm.lastIndexOf('.', d.start - 1), norm.lastIndexOf('?', d.start - 1), norm.lastIndexOf('!', d.start - 1)) + 1;
    // "…, please." after the demand softens it as much as before it.
    const after = /^[^.!?\n]*/.exec(norm.slice(d.end))?.[0] ?? '';
    // "I want the sofa delivered by Friday if possible … Thanks!", "I want it back by Friday, could you help?": asked.
    const next = /^[.!?]*\s*[^.!?\n]*/.exec(norm.slice(d.end + after.length))?.[0] ?? '';
    return POLITE.test(norm.slice(sentenceStart, d.start)) || /\b(?:please|pls|thanks|thank\s+you)\s*[.!]?\s*$/.test(after) || NO_RUSH.test(after) || ASKED_AFTER.test(after) || /^[.!?]*\s*(?:thanks|thank\s+you|many\s+thanks|cheers)\b/.test(next);
  };
  // "Fix it." is a demand; "the repair didn't fix it", "how to fix it", "they'll fix it" are not.
  // "I don't want another voucher. I want the money I paid.": the remedy refused flatly (unless asked nicely).
  // "When can I expect an answer?": asked, not expected as a demand.
  const askedWhen = (d: Span): boolean => /^i\s+expect/.test(norm.slice(d.start, d.end)) && /\b(?:when|how\s+soon|what\s+time|what\s+day|by\s+when|how\s+long)\s+(?:\w+\s+)?(?:can|could|should|will|would|do|shall|might|may)\s+$/.test(norm.slice(Math.max(0, d.start - 30), d.start));
  const demands = findAll(DEMAND_LIST, norm).filter((d) => !polite(d) && !askedWhen(d) && !(/^(?:fix|sort)\b/.test(norm.slice(d.start, d.end)) && NOT_IMPERATIVE.test(clauseBefore(norm, d.start))));
  // "I want a refund" said calmly is a request; it insists only alongside other complaints.
  const softDemands = asserted(findAll(SOFT_DEMAND_LIST, norm)).filter((d) => !polite(d) && !overlaps(d, demands));
  // "Don't send me another copy-paste answer. Read what I wrote. Fix the bill.": two or more bare orders, each a
  // short sentence of its own, with no please or thanks anywhere, are flat demands.
  if (!POLITE.test(norm) && !GRATITUDE.test(norm)) {
    const orders: Span[] = [];
    for (const m of norm.matchAll(BARE_ORDER)) {
      const at = m.index + m[0].search(/[a-z]/);
      const sentence = /^[^.!?\n]*/.exec(norm.slice(at))?.[0] ?? '';
      // "Cancel order 4471.": an order that names its reference is a transaction given tersely, not a demand on the rep.
      if (/\d/.test(sentence)) continue;
      if ((sentence.match(/[a-z0-9']+/g) ?? []).length <= 8) orders.push({ start: at, end: at + sentence.trimEnd().length });
    }
    if (orders.length >= 2) for (const o of orders) if (!overlaps(o, demands)) demands.push(o);
  }
  for (const d of demands) push(c, 'urgency', d, messageIndex);
  // "This is unbelievable, thank you!" is delight; "my neighbour is furious" is someone else's anger.
  const hedged: Span[] = [];
  // (Each searched only where its key word stands.)
  const strong = asserted(plus(plus(findAll(STRONG_LIST, norm), /circus|clown|farce|freak|pantomime|cowboy|dumpster/.test(norm) ? findAll([CONTEMPT_11], norm) : []), norm.includes(' of a') ? findAll([CONTEMPT_STAFF_11], norm) : [])).filter((x) => {
    const word = norm.slice(x.start, x.end).replace(/^[^a-z]+|[^a-z]+$/g, '');
    // An exclamation of delight: thanks in its sentence or the next ("Are you serious?! It came already? Thanks!").
    const around = sentenceOf2(norm, x) + ' ' + norm.slice(x.end, x.end + 120).split(/[.!?\n]+/).slice(0, 3).join(' ');
    // "Honestly unbelievable service, the engineer fixed it in ten minutes": amazement at good news.
    if (AMAZED.test(word) && GLAD_NEWS.test(around) && !/\b(?:not|no|never|nothing|still|again)\b/.test(around)) return false;
    if (/^(?:unbelievable|ridiculous|shocking|absurd|unreal|are\s+(?:you|u)\s+\w+(?:\s+\w+)?)$/.test(word) && GRATITUDE.test(around) && !/\b(?:not|no|never|nothing|still)\b/.test(around)) return false;
    if (/^(?:unbelievable|ridiculous|shocking|absurd|unreal|are\s+(?:you|u)\s+\w+(?:\s+\w+)?|you'?ve\s+\w+|you\s+\w+|you\s+have\s+\w+)$/.test(word) && GRATITUDE.test(sentenceOf2(norm, x)) && !/\b(?:not|no|never|nothing|still)\b/.test(sentenceOf2(norm, x))) return false;
    if (/^(?:furious|livid|fuming|outraged|disgusted|appalled)$/.test(word) && THIRD_PERSON_FEELS.test(clauseBefore(norm, x.start)) && !JOINED.test(sentenceOf2(norm, x))) return false;
    // "My mistake, I'm so stupid, it's embarrassing": the customer blames themself, not the company.
    if (notAtUs(sentenceOf2(norm, x)) || offTopicClause(x)) return false;
    if (/^\s+(?:question|questions|q)\b/.test(norm.slice(x.end, x.end + 12))) return false;
    // "wrote it on the box as a joke": in jest, not "the service is a joke".
    if (inJest(x)) return false;
    // "You lot are rubbish at the phone but you're still the best ❤️": a regular's jest (the word alone is judged).
    if (jest({ start: x.end - (/[a-z]+$/.exec(norm.slice(x.start, x.end))?.[0].length ?? 0), end: x.end })) return false;
    // "Is this a scam or is it really from you?": asked, not alleged.
    if (/^(?:scam\w*|fraud\w*|theft|stealing|robbery|fake)$/.test(word) && /^[^.!\n]*\?(?!!)/.test(norm.slice(x.end))) return false;
    // "My bank flagged the payment as possible fraud": a check's suspicion told, not an accusation.
    if (/^(?:scam\w*|fraud\w*)$/.test(word) && FLAGGED_AS.test(norm.slice(Math.max(0, x.start - 80), x.start))) return false;
    // "Someone opened a contract in my name using a fake licence", "I've reported it to the police and Action Fraud": a
    // crime by a stranger, reported, not alleged of the company.
    if (strangerCrime(word, x)) return false;
    // "My neighbour shouted 'you useless idiot' at the van": someone else's words, quoted.
    if (quotedOther(x)) return false;
    // "…because they were useless, and honestly you've been much better": said of a rival, beside praise of us.
    if (/\b(?:they|them|he|she|it|(?:my|our)\s+(?:old|previous|last|former)\s+\w+)\s+(?:\w+\s+)?(?:was|were|is|are|'re|'s|had\s+been)\s+(?:\w+\s+)?$/.test(clauseBefore(norm, x.start)) && COMPARED_BETTER.test(sentenceOf2(norm, x))) return false;
    // "getting a bit ridiculous": a hedged strong word is annoyance, not anger.
    if (HEDGE.test(norm.slice(Math.max(0, x.start - 24), x.start))) {
      hedged.push(x);
      return false;
    }
    // "If it ever broke I'd be furious, but five years on it's still perfect": a feeling supposed, not had.
    if (/\b(?:i'?d|i\s+would|would|i'?d\s+have|would\s+have)\s+(?:have\s+)?(?:been\s+|be\s+)?(?:\w+\s+)?$/.test(clauseBefore(norm, x.start)) && /\bif\b[^.!?\n]*\bever\b|\bbut\b[^.!?\n]*\b(?:still\s+(?:perfect|fine|great|going|working|good|brilliant|lovely)|perfect|fine|great|luckily|thankfully|hasn'?t\s+(?:broken|failed|happened)|sorted|fixed|resolved)\b/.test(sentenceOf2(norm, x))) return false;
    // "The reviews call the old model a total nightmare, is the new one better?": someone else's opinion, reported.
    if (reportedOpinion(norm, x)) return false;
    // "The woman I spoke to yesterday was clueless … I'd like to sort it today if possible": a previous agent put down
    // in a message that still asks nicely (guide: a mild insult at a previous agent, the rest cooperative).
    if (INSULT_ADJS.has(word) && PREVIOUS_AGENT.test(sentenceOf2(norm, x)) && COOPERATIVE.test(norm) && profane.length === 0 && !UTMOST.test(sentenceOf2(norm, x))) {
      hedged.push(x);
      return false;
    }
    return true;
  });
  // "I'm not saying you're incompetent, but…": a judgement denied before a "but" is still a complaint, a mild one.
  for (let k = strong.length - 1; k >= 0; k--) if (overlaps(strong[k] as Span, denied)) strong.splice(k, 1);
  for (const x of denied) if (/^[^.!?\n]*\bbut\b/.test(norm.slice(x.end)) && !overlaps(x, hedged)) hedged.push(x);
  for (const x of strong) push(c, 'negative-sentiment', x, messageIndex);
  for (const s of otherInsults) push(c, 'negative-sentiment', s, messageIndex);
  // "my mother was upset and a bit frightened": someone else's feeling, told in the past.
  // ("Our road's a mess after the rain": annoyance at the weather or the roads, in a sentence that names nothing of ours.)
  const mild = asserted(plus(findAll(MILD_LIST, norm), /thrilled|impressed|chuffed|amused|pleased/.test(norm) ? findAll([LITOTES_11], norm) : [])).filter((x) => !(thirdPersonFelt(norm, x) && !JOINED.test(sentenceOf2(norm, x))) && !(WEATHER_OR_ROADS.test(sentenceOf2(norm, x)) && !COMPANY_REF.test(sentenceOf2(norm, x))));
  // ("Ugh, I'm so clumsy, I dropped it", "smh at myself": at one's own slip, not at the company.)
  const ownSlip = SELF_BLAME.test(norm) || OWN_MISHAP.test(norm) || /\b(?:myself|my\s+(?:bad|fault|mistake)|clumsy)\b/.test(norm);
  if (!ownSlip) for (const h of asserted(findAll(IMPATIENCE_8, norm))) if (!overlaps(h, mild)) mild.push(h);
  // "matchmaking broken since the update 😩", "the code didn't apply 😕": a face of annoyance beside a fault (not at one's own slip).
  // ("I won't be home on Friday 😩": the customer's own absence is no fault.)
  if (FAULT_TOLD.test(norm.replace(OWN_ABSENCE, ' ')) && !ownSlip)
    for (const f of matches(ANNOYED_FACE, norm)) if (!overlaps(f, mild) && !OWN_DOING.test(sentenceOf2(norm, { start: f.start, end: f.start }))) mild.push(f);
  for (const h of [...hedged, ...hedgedOther]) if (!overlaps(h, mild)) mild.push(h);
  // "Well that's a shame. Was really looking forward to it." is disappointment; "…, but I understand" accepts it.
  for (const d of asserted(findAll([DISAPPOINTMENT], norm))) {
    const next = norm.slice(d.end, d.end + 160).split(/[.!?\n]+/).slice(0, 2).join(' ');
    if (!overlaps(d, mild) && !ACCEPTANCE.test(sentenceOf2(norm, d) + ' ' + next)) mild.push(d);
  }
  // A rule pushed back on: frustration a warm letter does not soften.
  const pushedBack = [...findAll(POLICY_PUSHBACK, norm), ...pushback(norm)];
  for (const p of pushedBack) if (!overlaps(p, mild)) mild.push(p);
  // Annoyance told of another company ("the sofa I bought elsewhere sagged, really disappointing") is not at this one.
  for (let k = mild.length - 1; k >= 0; k--) if (NOT_AT_YOU.test(sentenceOf2(norm, mild[k] as Span))) mild.splice(k, 1);
  // "you'll be sick of me soon 😄": the customer's joke at their own writing; "a slightly awkward one": the request, not a grievance.
  const sickOfMe = ownJokes;
  for (let k = mild.length - 1; k >= 0; k--) if (overlaps(mild[k] as Span, sickOfMe)) mild.splice(k, 1);
  // "Bit of a silly one", "silly me": a mild word inside the customer's own self-blame is not annoyance.
  const selfBlame = mild.length > 0 ? [...matches(SELF_BLAME_ALL, norm)] : [];
  for (let k = mild.length - 1; k >= 0; k--) if (overlaps(mild[k] as Span, selfBlame)) mild.splice(k, 1);
  for (const x of mild) push(c, 'negative-sentiment', x, messageIndex);
  /** A present annoyance the customer owns to ("I'm a bit fed up", "feeling rather frustrated"), not denied. */
  const ownFeeling = [...matches(OWN_FEELING, norm)].filter((x) => overlaps(x, mild));
  const sarcStrong = collectAll(c, 'sarcasm', SARCASM_STRONG, norm, messageIndex);
  const sarcMild = collectAll(c, 'sarcasm', SARCASM_MILD, norm, messageIndex);
  // "the 'instant' withdrawal has been pending for 3 days": a promise word in scare quotes, its sentence telling it unkept.
  for (const q of /['\u2018\u201c"]/.test(own) ? matches(QUOTED_PROMISE_13, norm) : []) {
    const sentence = sentenceOf2(norm, q);
    if (overlaps(q, sarcMild) || !NOT_DONE_13.test(sentence.replace(norm.slice(q.start, q.end), ' ')) || /^[^.!\n]*\?/.test(norm.slice(q.end))) continue;
    push(c, 'sarcasm', q, messageIndex);
    sarcMild.push(q);
  }
  for (const s of collectAll(c, 'sarcasm', SARCASM_8_STRONG, norm, messageIndex)) if (!overlaps(s, sarcStrong)) sarcStrong.push(s);
  for (const s of findAll(SARCASM_8_MILD, norm)) if (!overlaps(s, sarcMild) && !overlaps(s, sarcStrong)) {
    push(c, 'sarcasm', s, messageIndex);
    sarcMild.push(s);
  }
  // "Love how the app logs me out every time": praise of something that keeps going wrong, with no thanks around it.
  for (const s of findAll(SARCASM_10_MILD, norm))
    if (!overlaps(s, sarcMild) && !overlaps(s, sarcStrong) && SARCASM_10_FAULT.test(norm.slice(s.start, s.end + 40).split(/[.!?\n]/)[0] ?? '') && !GRATITUDE.test((norm.slice(0, s.start) + ' ' + norm.slice(s.end)).replace(POLITE_CLOSING, ' '))) {
      const w = /love|adore|enjoy/.exec(norm.slice(s.start, s.end));
      const span = w ? { start: s.start + w.index, end: s.start + w.index + w[0].length } : s;
      push(c, 'sarcasm', span, messageIndex);
      sarcMild.push(span);
    }
  // "servers down all weekend 🙃": the upside-down smile beside something gone wrong, not at one's own slip.
  if (NEGATIVE_EVENT.test(norm) || /\b(?:down|offline|not\s+working)\s+(?:all|for|again|since)\b/.test(norm))
    if (!SELF_BLAME.test(norm) && !OWN_MISHAP.test(norm))
      for (const s of matches(UPSIDE_DOWN, norm)) if (!overlaps(s, sarcMild) && !OWN_DOING.test(sentenceOf2(norm, { start: s.start, end: s.start }))) {
        push(c, 'sarcasm', s, messageIndex);
        sarcMild.push(s);
      }
  /** Sentences that are only a word of praise ("Lovely."): blanked where thanks are looked for. */
  const noLonePraise = norm.replace(LONE_PRAISE, (all) => all.replace(/[a-z]/g, ' '));
  for (const m of norm.matchAll(SARCASM_OPENER)) {
    const rest = noLonePraise.slice(m.index + m[0].length);
    // "Cool, so I'll wait for the email. Thanks!": glad thanks after it (not "thanks a lot", "thanks for nothing").
    const after = rest.slice(0, 160).split(/[.!?\n]+/).slice(0, 3).join(' ');
    const thanked = GRATITUDE.test(after) && !/\bthanks?\s+(?:a\s+lot|a\s+bunch|for\s+(?:nothing|that)|,?\s+i\s+(?:guess|suppose))\b/.test(after);
    // ("Great job, the courier left it in the porch like I asked": done as asked.)
    const asAsked = /\b(?:like|as)\s+(?:i|we)\s+(?:asked|requested|wanted|said)\b|\bas\s+(?:requested|instructed|promised|agreed)\b/.test(after);
    if (SARCASM_TURN.test(rest) && !thanked && !asAsked) {
      const g = m[1] as string;
      const start = m.index + m[0].indexOf(g);
      const span = { start, end: start + g.length };
      push(c, 'sarcasm', span, messageIndex);
      sarcMild.push(span);
    }
  }
  // Praise or glee said of a bad event ("ten days for a refund, what a treat"): sarcasm where the message
  // tells of something going wrong.
  if (NEGATIVE_EVENT.test(norm))
    for (const sp of findAll(SARCASM_IF_EVENT, norm)) {
      // Thanks around it (its own words aside: "love that") make it delight.
      const around = sentenceOf2(norm, sp).replace(norm.slice(sp.start, sp.end), ' ') + ' ' + norm.slice(sp.end, sp.end + 160).split(/[.!?\n]+/).slice(0, 3).join(' ');
      if (!overlaps(sp, sarcMild) && !overlaps(sp, sarcStrong) && !GRATITUDE.test(around)) {
        push(c, 'sarcasm', sp, messageIndex);
        sarcMild.push(sp);
      }
    }
  // "Wow, two weeks for a reply. Impressive.": a sentence of praise alone, right after one telling something gone
  // wrong (not "Arrived in two days. Impressive!" nor with thanks around it).
  for (const m of norm.matchAll(LONE_PRAISE)) {
    const g = m[1] as string;
    const start = m.index + m[0].indexOf(g);
    const span = { start, end: start + g.length };
    if (overlaps(span, sarcMild) || overlaps(span, sarcStrong)) continue;
    const prevEnd = m.index + (/^[.!?\n]/.test(m[0]) ? 1 : 0);
    const prev = norm.slice(Math.max(0, prevEnd - 200), prevEnd).split(/[.!?\n]+/).filter((x) => x.trim()).pop() ?? '';
    if (!badNews(prev) || GRATITUDE.test(noLonePraise)) continue;
    push(c, 'sarcasm', span, messageIndex);
    sarcMild.push(span);
  }
  // "…I've been charged for September and October. So that's great.": flat praise right after bad news, with no thanks in
  // it or the sentence after (not "It arrived broken but the new one came in a day, so that's great, thanks!").
  for (const m of /\b(?:great|brilliant|lovely|fantastic|wonderful|perfect|impressive|nice|fun|marvell?ous|super|fab|grand)\b/.test(norm) ? norm.matchAll(FLAT_PRAISE_11) : []) {
    const g = m[1] as string;
    const start = m.index + m[0].indexOf(g);
    const span = { start, end: start + g.length };
    if (overlaps(span, sarcMild) || overlaps(span, sarcStrong)) continue;
    const prevEnd = m.index + (/^[.!?\n]/.test(m[0]) ? 1 : 0);
    // ("Fast forward to today…" tells no speed.)
    const prev = (norm.slice(Math.max(0, prevEnd - 240), prevEnd).split(/[.!?\n]+/).filter((x) => x.trim()).pop() ?? '').replace(/\bfast[\s-]forward\b/g, ' ');
    const next = norm.slice(m.index + m[0].length, m.index + m[0].length + 120).split(/[.!?\n]+/)[0] ?? '';
    if (!(badNews(prev) || /\b(?:again|still|like\s+clockwork|nobody|no\s+one)\b/.test(prev)) || GLAD_NEWS.test(prev) || GRATITUDE.test(g + ' ' + next) || IMPROVED.test(prev)) continue;
    push(c, 'sarcasm', span, messageIndex);
    sarcMild.push(span);
  }
  // Praise of a job "well done" is sarcasm only in a message that complains.
  const praiseSarcasm = findAll(SARCASM_IF_NEGATIVE, norm);
  // "Ten working days to tell me you 'can't locate' a FRIDGE. … Amazing detective work, hats off to the warehouse."
  const praiseOfBadNews = praiseSarcasm.length > 0 && norm.split(/[.!?\n]+/).some((x) => badNews(x) && !SARCASM_IF_NEGATIVE.some((re) => new RegExp(re.source).test(x)));
  // "She turned a bad experience into a good one and I've been telling people about it": word of mouth in praise is no threat.
  // "I'd like to cancel my membership, we're moving to Lisbon. Thanks for everything": a cancellation for a life reason, with thanks.
  const lifeReason = (s: Span): boolean => LIFE_REASON.test(norm.slice(sentenceStartAt(norm, s.start), s.end + 160).split(/[.!?\n]+/).slice(0, 2).join(' ')) && GRATITUDE.test(norm);
  const weak = [...matches(THREAT_TO_LEAVE_WEAK, norm)].filter((s) => !WORD_OF_MOUTH_PRAISE.test(sentenceOf2(norm, s)) && !lifeReason(s));

  // --- lexicon sentiment (AFINN-165), with profanity and insults left to the checks above ---
  const senti = sentiment.analyze(own, { language: SENTIMENT_LANG });
  const scores = new Map<string, number>();
  for (const entry of senti.calculation) for (const [word, score] of Object.entries(entry)) scores.set(word, score);
  const caps = findCaps(own);
  // Words of a label on a screen ("ACCESS DENIED") are not the customer's feeling either.
  const excluded = [...profane, ...atRep, ...caps.labels];
  // "the spin class will be missed", "you'll be sick of me soon", "a slightly awkward one": fondness, a joke at the
  // customer's own writing, the request called odd.
  const figures = [...NOT_A_FEELING.flatMap((re) => [...matches(re, norm)]), ...ownJokes, ...(norm.includes('miss') ? matches(FOND_MISSING, norm) : [])];
  /** Every scored word where it stands: negative ones outside profanity and insults. */
  const scored: (Span & { score: number })[] = [];
  for (const [word, score] of scores) {
    let re = wordRes.get(word);
    if (!re) {
      re = new RegExp(`(?<![a-z'])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z'])`, 'g');
      if (wordRes.size < 5000) wordRes.set(word, re);
    }
    for (const s of matches(re, norm)) {
      if (score < 0 && (overlaps(s, excluded) || notAtUs(sentenceOf2(norm, s)) || reportedOpinion(norm, s))) continue;
      // "…as a joke because he hates gadgets": in jest, or someone else's feeling.
      if (score < 0 && (inJest(s) || ((THIRD_PERSON_SUBJ.test(clauseBefore(norm, s.start)) || thirdPersonFelt(norm, s)) && !JOINED.test(sentenceOf2(norm, s))))) continue;
      // "the phone went mad", "you're killing it", "his alarm pendant": a figure of speech or a device, not a feeling.
      if (score < 0 && figures.some((m) => m.start <= s.start && s.end <= m.end)) continue;
      // "Someone used a fake passport", "reported it to Action Fraud": a stranger's crime, reported.
      if (score < 0 && (strangerCrime(word, s) || quotedOther(s))) continue;
      // "No harm done", "a heads-up rather than a complaint", "without any problem": the negative word denied.
      if (score < 0 && /\b(?:not|no|never|without|rather\s+than)\s+(?:as\s+)?(?:an?\s+|any\s+|the\s+|much\s+|real\s+|big\s+)?$|\b(?:wasn'?t|isn'?t|weren'?t|not)\s+(?:me|us)\s+$|\bwithout\s+(?:it|them|this|that|me|us|him|her)\s+(?:looking|seeming|sounding|being|coming\s+across\s+as|feeling)\s+(?:\w+\s+)?$/.test(norm.slice(Math.max(0, s.start - 40), s.start))) continue;
      // "It's crazy how much better the new app is": amazement at good news is not a negative word.
      if (score < 0 && AMAZED.test(word) && GLAD_NEWS.test(sentenceOf2(norm, s)) && !/\b(?:not|no|never|nothing|still|again)\b/.test(sentenceOf2(norm, s))) continue;
      scored.push({ ...s, score });
      if (score <= -2) push(c, 'negative-sentiment', s, messageIndex);
    }
  }

  // "…phoned me back at exactly the time he said he would": a promise told as kept is praise, not a past let-down.
  // "I am in Madrid since three weeks", "you were so kind last time": a state or a thanks, not a let-down.
  for (let k = past.length - 1; k >= 0; k--) {
    const sp = past[k] as Span;
    // "I never got the chance to thank the driver": a chance missed by the customer, not a let-down.
    const missedChance = /^never\s+(?:got|had)$/.test(norm.slice(sp.start, sp.end)) && /^\s+(?:the|a)\s+chance\s+to\b|^\s+(?:round|around)\s+to\b|^\s+to\s+(?:thank|say\s+(?:thank|goodbye)|tell\s+(?:him|her|them)|meet|visit)\b/.test(norm.slice(sp.end, sp.end + 20));
    // "Same card as last time": the same again asked for, not a let-down.
    const sameAsBefore = /^last\s+time$/.test(norm.slice(sp.start, sp.end)) && /\bsame\s+(?:[\w-]+\s+){1,2}as\s+$/.test(norm.slice(Math.max(0, sp.start - 30), sp.start));
    // "I was told that's the process": how things are done, told, not a promise broken.
    const toldProcess = /\btold$/.test(norm.slice(sp.start, sp.end)) && /^\s+(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:the|how|what)\s+(?:usual\s+|normal\s+|standard\s+|right\s+)?(?:process|procedure|way|policy|rule|done|you\s+do)\b/.test(norm.slice(sp.end, sp.end + 40));
    if (!KEPT_PROMISE.test(sentenceOf2(norm, sp)) && !stateOrThanks(norm, sp) && !improvedSince(norm, sp) && !missedChance && !sameAsBefore && !toldProcess) continue;
    past.splice(k, 1);
    c.signals = c.signals.filter((x) => !(x.kind === 'past-experience' && x.start === sp.start && x.end === sp.end));
  }
  // Warm messages (thanks, praise, more positive than negative words) and sentences that recall an old,
  // settled problem ("two years ago… I remember being annoyed at the time") do not make a complaint.
  const posTotal = scored.reduce((k, w) => k + (w.score > 0 ? w.score : 0), 0);
  const negTotal = -scored.reduce((k, w) => k + (w.score < 0 ? w.score : 0), 0);
  // Thanks that only close a request ("I'd appreciate a reply", "Thanks,\nRavi") do not make it warm.
  const warm = GRATITUDE.test(norm.replace(POLITE_CLOSING, ' ')) && posTotal >= 6 && posTotal >= 2 * negTotal;

  // --- weigh each window of sentences; the message is as hot as its hottest window ---
  const starts = sentenceStarts(norm);
  // "It's been a MONTH. A month!", "Eleven days. ELEVEN DAYS.": a sentence that only repeats how the one before
  // it ends, for emphasis. Loud (an exclamation or capitals) it is anger; said quietly, exasperation.
  const echoes: (Span & { loud: boolean })[] = [];
  for (let i = 1; i < starts.length; i++) {
    const from = starts[i] as number;
    const to = starts[i + 1] ?? norm.length;
    const words = norm.slice(from, to).match(/[a-z0-9']+/g) ?? [];
    if (words.length === 0 || words.length > 4 || !words.some((w) => w.length > 3 && !/^(?:that|this|what|with|from|your|have|just|yes|okay|thanks|again|really|seriously)$/.test(w))) continue;
    const before = norm.slice(starts[i - 1] as number, from).match(/[a-z0-9']+/g) ?? [];
    if (before.length <= words.length || before.slice(-words.length).join(' ') !== words.join(' ')) continue;
    // What is repeated is how long or how often ("a month", "three times"), or a flat "nothing"/"never".
    if (!ECHOED.test(words.join(' ')) || GRATITUDE.test(norm.slice(starts[i - 1] as number, starts[i + 2] ?? norm.length))) continue;
    const loud = /!/.test(norm.slice(starts[i - 1] as number, to)) || findCaps(own.slice(starts[i - 1] as number, to)).words.length > 0;
    const end = from + norm.slice(from, to).trimEnd().length;
    echoes.push({ start: from, end, loud });
    push(c, 'negative-sentiment', { start: from, end: end - (/[.!?]+$/.exec(norm.slice(from, end))?.[0].length ?? 0) }, messageIndex);
  }
  const sentenceOf = (at: number): number => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] as number) <= at) i++;
    return i;
  };
  const recalled = new Set<number>();
  // Old trouble named as what came before ("after the nightmare we had in March") is recalled only in a message of thanks.
  // (Weighed only when a sentence asks for it: most messages recall nothing.)
  let warmRead: boolean | undefined;
  const troubleNamed = AFTER_TROUBLE.test(norm);
  const warmLetter = (): boolean => (warmRead ??= GRATITUDE.test(norm.replace(POLITE_CLOSING, ' ')) || WARMTH_CUE.test(norm.replace(POLITE_CLOSING, ' ')));
  for (let i = 0; i < starts.length; i++)
    // … unless the same sentence says it goes on ("In the summer the app crashed daily and it's still doing it now").
    if ((RECOLLECTION.test(norm.slice(starts[i] as number, starts[i + 1] ?? norm.length)) || (troubleNamed && AFTER_TROUBLE.test(norm.slice(starts[i] as number, starts[i + 1] ?? norm.length)) && warmLetter())) && !ONGOING.test(norm.slice(starts[i] as number, starts[i + 1] ?? norm.length))) recalled.add(i);
  // "…two winters ago when the boiler packed in. That whole period was grim…": a sentence that goes on about the time just
  // recalled is recalled too, in a message of thanks.
  if (recalled.size > 0 && warmLetter())
    for (let i = 1; i < starts.length; i++)
      if (recalled.has(i - 1) && STILL_THEN.test(norm.slice(starts[i] as number, starts[i + 1] ?? norm.length)) && !ONGOING.test(norm.slice(starts[i] as number, starts[i + 1] ?? norm.length))) recalled.add(i);
  // "I've just switched to you from BrightNet after a horrendous year…": what a sentence not addressed to the
  // company says is about the company left behind.
  // Only in a message glad of the change ("so far so good", "thank you"), not "…and now you're just as bad".
  if (SWITCHED_TO_YOU.test(norm) && (GLAD_OF_CHANGE.test(norm) || WARMTH_CUE.test(norm.replace(POLITE_CLOSING, ' '))))
    for (let i = 0; i < starts.length; i++) {
      const sentence = norm.slice(starts[i] as number, starts[i + 1] ?? norm.length);
      if (!/\b(?:you|your|u|ur|you'?re|you'?ve)\b/.test(sentence) || (SWITCHED_TO_YOU.test(sentence) && !/\b(?:you'?re|you\s+are|your\s+\w+\s+(?:is|are|has|have))\b/.test(sentence)) || (/\b(?:them|they|their)\b/.test(sentence) && !/\b(?:you'?re|you\s+are|your)\b[^.!?]*\b(?:bad|worse|awful|terrible|nightmare|useless)\b/.test(sentence))) recalled.add(i);
    }
  // "…I was absolutely fuming by the third delivery. That was two years ago.": a sentence that dates what came
  // before it recalls its paragraph.
  for (let i = 1; i < starts.length; i++)
    // … when what follows is a good present ("The one we ended up with is still going strong"), not a chase
    // ("The agent said 48 hours. That was five days ago.").
    if (DATED_BACK.test(norm.slice(starts[i] as number, starts[i + 1] ?? norm.length)) && (TURNAROUND.test(norm.slice(starts[i + 1] ?? norm.length)) || WARMTH_CUE.test(norm.slice(starts[i + 1] ?? norm.length).replace(POLITE_CLOSING, ' '))))
      for (let j = i; j >= 0; j--) {
        recalled.add(j);
        if (/\n\s*$/.test(norm.slice(0, starts[j] as number)) && j < i) break;
      }
  // "I was in tears that day and furious with you for a while" in a message of thanks: a feeling told in the past.
  // Warm beyond thanks ("order from you again", "warm wishes", praise), and the sentence tells nothing still wrong.
  if (WARMTH_CUE.test(norm.replace(POLITE_CLOSING, ' ').replace(/\bthank(?:s|\s+you)\b/g, ' ')) && posTotal >= 2)
    for (let i = 0; i < starts.length; i++) {
      const sentence = norm.slice(starts[i] as number, starts[i + 1] ?? norm.length);
      if (RECALLED_FEELING.test(sentence) && !/\b(?:still|yet|again|waiting|nothing\s+has|now|since)\b/.test(sentence)) recalled.add(i);
    }
  // Only where the rest of the message is not itself a complaint.
  const negNow = -scored.reduce((k, w) => k + (w.score < 0 && !recalled.has(sentenceOf(w.start)) ? w.score : 0), 0);
  if (posTotal < negNow || negNow >= 4) recalled.clear();
  // A warm present after an old problem ("…I was furious at the time. This year has been brilliant.",
  // "the first installer didn't turn up, but Mark was great"): everything before the turn is recalled,
  // when nothing after it complains.
  const cues = [...strong, ...mild, ...repeat, ...past, ...leaveStrong, ...ultimatums, ...demands, ...softDemands, ...sarcStrong, ...sarcMild, ...situational, ...otherInsults, ...weak, ...sup];
  const recalledUntil = turnaround(norm, scored, cues, again);
  /** A frustration cue that counts: not in a sentence recalling an old problem. */
  const current = (sp: Span): boolean => overlaps(sp, pushedBack) || (!recalled.has(sentenceOf(sp.start)) && sp.start >= recalledUntil);
  // "Could you pass this on to the manager? … she went far beyond her job … I'd like the manager to know her name": a
  // manager asked to hear praise told over a long letter, with nothing in it complained of.
  // (Praise beyond a bare "thanks", and nothing told as still wrong: "Thanks, but the router still drops…" is a complaint.)
  const letterOfPraise = sup.length > 0 && SUP_PRAISE.test(norm.replace(POLITE_CLOSING, ' ').replace(/\bthank(?:s|\s+you)?\b/g, ' ')) && !FAULT_TOLD.test(norm) && [strong, mild, repeat, past, leaveStrong, ultimatums, demands, sarcStrong, sarcMild, otherInsults].every((l) => l.length === 0);
  const windows: [number, number][] = [];
  if (starts.length <= WINDOW) windows.push([0, norm.length]);
  else for (let i = 0; i + WINDOW <= starts.length; i++) windows.push([starts[i] as number, starts[i + WINDOW] ?? norm.length]);

  let level: ToneLevel = c.abuse ? 'abusive' : 'calm';
  let shoutingSeen = false;
  let shoutSpan: Span | null = null;
  let weakSeen = false;
  let praiseSeen = false;
  /** Runs of "??", "?!", "!!!" that weighed: shown as evidence when the message is not calm. */
  const punctuation: Span[] = [];
  /** Windows read angry, and whether each one's anger rests on a hard cue (a threat, shouting, a flat demand, strong sarcasm). */
  const angryWindows: { at: number; hard: boolean }[] = [];
  const longStory = starts.length >= LONG_SENTENCES && (norm.match(/[a-z0-9']+/g) ?? []).length >= 70;
  for (let wi = 0; wi < windows.length; wi++) {
    const [from, to] = windows[wi] as [number, number];
    if (level === 'abusive') break;
    // Past the first angry window, read on only while the sustained rule could still take the anger back.
    if (level === 'angry' && (!longStory || angryWindows.some((x) => x.hard) || (angryWindows[angryWindows.length - 1] as { at: number }).at - (angryWindows[0] as { at: number }).at > WINDOW - 1)) break;
    let hard = false;
    const n = (list: readonly Span[]): number => list.reduce((k, s) => k + (inRange(s, from, to) && s.start >= recalledUntil ? 1 : 0), 0);
    const nNow = (list: readonly Span[]): number => list.reduce((k, s) => k + (inRange(s, from, to) && current(s) ? 1 : 0), 0);
    const slice = own.slice(from, to);
    const nslice = norm.slice(from, to);
    let anger = 0;
    let frustration = 0;
    let neg = 0;
    let pos = 0;
    let negOutside = 0;
    for (const w of scored) {
      if (!inRange(w, from, to) || (w.score < 0 && !current(w))) continue;
      if (w.score < 0) {
        neg += w.score;
        if (w.score <= -2) negOutside++;
      } else pos += w.score;
    }
    const negScore = -neg;
    // A window read alone loses what names its capitals ("The log says: FATAL ERROR. CANNOT ALLOCATE
    // BUFFER."): its emphasis words are only those the whole message reads as emphasis too.
    const wRead = windows.length === 1 ? caps : findCaps(slice);
    const wWords = windows.length === 1 ? wRead.words : wRead.words.filter((w) => caps.words.some((g) => g.start === w.start + from));
    // Capitals explained ("sorry for the caps", "my grandad types in capitals") or glad ("THANK YOU SO MUCH") do not shout.
    const capsCalm = CAPS_EXCUSED.test(norm) || (pos >= 3 && negScore === 0);
    const wCaps = { shouting: wRead.shouting && (wWords.length >= 3 || wWords.length === wRead.words.length) && wWords.length > 0 && !capsCalm, words: capsCalm ? [] : wWords };
    if (wCaps.shouting) {
      anger += 4;
      hard = true;
      if (!shoutingSeen) shoutSpan = { start: (wWords[0] as Span).start + from, end: (wWords[wWords.length - 1] as Span).end + from };
      shoutingSeen = true;
    }
    // "I made a formal complaint last year and it was handled brilliantly": a threat word in a sentence recalling an old,
    // settled problem, with nothing threatened ahead, is history.
    const nLeave = n(leaveStrong.filter((l) => !(recalled.has(sentenceOf(l.start)) && !FUTURE_THREAT.test(sentenceOf2(norm, l))))) + n(ultimatums);
    if (nLeave) {
      anger += 4;
      hard = true;
    }
    let nRepeat = nNow(repeat);
    const repeatWeight = nRepeat ? Math.min(3, 1 + nRepeat) : 0;
    frustration += repeatWeight;
    const nPast = nNow(past);
    if (nPast) frustration += Math.min(3, 1 + nPast);
    const nUrgent = n(urgent);
    if (nUrgent) frustration += 0.5;
    const nStrong = nNow(strong);
    const nMild = nNow(mild);
    const nOther = nNow(otherInsults);
    const nSarcStrong = n(sarcStrong);
    const nSarcMild = n(sarcMild);
    // "Again" counts where the message complains or asks it ("…again?!"), not in "run it again tomorrow".
    const nAgain = n(again);
    // … or asked in exasperation: "Why am I being asked to verify it again?", "Do I really have to…again?"
    // … or a thing that keeps failing the customer's contact with the company ("the chat keeps closing before anyone answers").
    const serviceRepeat = again.some((a) => inRange(a, from, to) && !/^again$/.test(norm.slice(a.start, a.end)) && SERVICE_CONTACT.test(sentenceOf2(norm, a)));
    // "my bill is wrong AGAIN", "charged again": a fault come back is a repeat, whatever else is said.
    const faultAgain = again.some((a) => inRange(a, from, to) && /^again$/i.test(norm.slice(a.start, a.end)) && FAULT_BEFORE_AGAIN.test(norm.slice(Math.max(0, a.start - 32), a.start)));
    // "The app logged me out AGAIN.": "again" written in capitals beside a fault is a complaint.
    const loudAgain = again.some((a) => inRange(a, from, to) && own.slice(a.start, a.end) === 'AGAIN' && FAULT_TOLD.test(sentenceOf2(norm, a).replace(/\b(?:again|still)\b/g, ' ')) && !LAUGH.test(sentenceOf2(own, a)) && !SELF_BLAME.test(norm) && !OWN_DOING.test(norm));
    const exasperated = faultAgain || serviceRepeat || loudAgain || again.some((a) => inRange(a, from, to) && EXASPERATED.test(sentenceOf2(norm, a)) && /^[^.!\n]*\?/.test(norm.slice(a.end))) && !/\b(?:curious|curiosity|wondering)\b/.test(norm);
    if (nAgain && (nRepeat + nPast + nMild + nStrong + n(leaveStrong) > 0 || negScore >= 2 || exasperated || again.some((a) => inRange(a, from, to) && norm.slice(a.start, a.end) === 'again' && /^\s*(?:!|\?!|\?\?)/.test(norm.slice(a.end, a.end + 4))) || /^\W*(?:(?:what|seriously|really|oh|not|and),?\s+)?again\s*[?!.]+\s*$/.test(nslice))) {
      nRepeat += nAgain;
      frustration += nRepeat === nAgain ? Math.min(3, 1 + nAgain) : Math.min(3, 1 + nRepeat) - repeatWeight;
      for (const a of again) if (inRange(a, from, to)) push(c, 'repeat-contact', a, messageIndex);
    }
    const complaining = nRepeat + nPast + nLeave + nStrong + nMild + nSarcStrong + nSarcMild + nOther > 0 || negScore >= 2;
    const nPraise = complaining || praiseOfBadNews ? n(praiseSarcasm) : 0;
    const nHard = n(demands);
    // A refund wanted is a demand alongside complaints or another demand, or said flatly on its own.
    const nDemands = nHard + softDemands.filter((d) => inRange(d, from, to) && (complaining || nHard > 0 || terse(norm, d))).length;
    // "I demand…", "Just refund me.": a flat demand is anger on its own; a refund wanted ("I want my money back") needs company.
    const nFlat = demands.filter((d) => inRange(d, from, to) && d.start >= recalledUntil && !/^i\s+expect/.test(norm.slice(d.start, d.end))).length;
    if (nDemands) anger += nFlat ? 4 : Math.min(4.5, 3 + 1.5 * (nDemands - 1));
    if (nFlat) hard = true;
    if (nStrong) anger += 4;
    if (nOther) {
      if (EXONERATION.test(norm)) frustration += 2;
      else {
        anger += 4;
        hard = true;
      }
    }
    // Annoyance words: a warm message keeps only part of them (a repeat or a sarcasm it keeps whole).
    // … but not a feeling the customer owns to now ("not gonna lie, I'm a bit fed up … cheers").
    const keep = warm && anger === 0 && n(pushedBack) === 0 && nNow(ownFeeling) === 0 ? WARMTH : 1;
    if (nMild) frustration += keep * Math.min(3, 1 + nMild);
    const otherCues = nRepeat + nPast + nLeave + nDemands + nStrong + nMild + nSarcStrong + nSarcMild + nPraise + nOther;
    const nSituational = n(situational);
    if (nSituational) {
      // Swearing that vents about the problem is anger; quoting a review or "damn, that was fast!" is not.
      // … and so is swearing in a question ("what the hell is wrong with …?").
      // (Not "what the heck is a 'Nano SIM'? sorry, I'm new to this": a word asked about, owning to not knowing, nothing gone wrong.)
      const defined = (p: Span): boolean => /^\s+(?:is|are)\s+(?:an?|the)\s/.test(norm.slice(p.end, p.end + 8)) && HUMBLE.test(nslice) && !FAULT_TOLD.test(nslice) && !/\b(?:why|never|charg\w*)\b|[?!]{2}/.test(nslice);
      const inQuestion = situational.some((p) => inRange(p, from, to) && /^[^.!?]*\?/.test(own.slice(p.end, to)) && !defined(p));
      const exclaims = /!/.test(slice) && pos <= negScore;
      // Profanity as an adjective on a thing ("shit service", "crap product") vents; "bloody hell",
      // "damn good", "holy crap, that was fast" do not.
      const attributive = situational.some((p) => {
        if (!inRange(p, from, to)) return false;
        const k = tokens.findIndex((t) => t.start >= p.end);
        const next = tokens[k];
        if (!next || clauseBreak(next.gap) || overlaps(next, profane)) return false;
        return YOUR_THINGS.has(next.w) || PRODUCT_WORDS.test(next.w);
      }) || situational.some((p) => inRange(p, from, to) && CALLED_NAMES.test(clauseBefore(norm, p.start)));
      // ("Your blender is a piece of crap": the company's thing called names in the customer's own voice vents;
      // not "the old phone was a piece of crap, so glad I upgraded", "a review calling it a piece of crap".)
      // "Damn it, the replacement is broken too": an oath at something going wrong (not at one's own slip).
      // "screw this company", "sod this": said of the situation, it vents whatever else is said.
      const dismissive = situational.some((p) => inRange(p, from, to) && /^(?:screw|sod|bugger)\s+(?:this|that|them|your)\b/.test(norm.slice(p.start, p.end)));
      // "wtf is going on with my order", "what the actual hell, charged AGAIN": an exasperated question, asked or not.
      const exasperation = situational.some((p) => inRange(p, from, to) && /^(?:wtf|what\s+the\s+(?:\w+\s+)?(?:hell|heck|f\S*))\b/.test(norm.slice(Math.max(0, p.start - 16), p.end).replace(/^.*?\b(?=wtf|what\s+the)/, '')) && !defined(p));
      const oath = situational.some((p) => inRange(p, from, to) && /^(?:damn\s*it|dammit|god\s*dammit|goddamn\s*it|ffs|for\s+f\S*\s+sake)/.test(norm.slice(p.start, p.start + 16))) && (NEGATIVE_EVENT.test(nslice) || FAULT_WORDS.test(nslice)) && !SELF_BLAME.test(nslice) && !OWN_MISHAP.test(nslice);
      // "damn that was fast!! … cheers guys": an oath of delight in a glad message with nothing to complain of.
      // … or its own sentence glad of something ("damn, that was fast!", "bloody brilliant") with nothing gone wrong near it.
      const gladOath = situational.some((p) => inRange(p, from, to) && GLAD_OATH.test(norm.slice(p.start, p.start + 60))) && !FAULT_TOLD.test(nslice) && !NEGATIVE_EVENT.test(nslice);
      const delighted = (GRATITUDE.test(nslice) || gladOath) && negScore === 0 && otherCues === 0 && !wCaps.shouting && !oath && !attributive;
      // "Bloody hell, I've only gone and dropped my phone in the bath": an oath at one's own slip.
      const mishap = (OWN_MISHAP.test(nslice) || SELF_BLAME.test(nslice)) && otherCues === 0 && !wCaps.shouting;
      const venting = dismissive || (!delighted && !mishap && (exasperation || oath || attributive || otherCues > 0 || wCaps.shouting || negOutside > 0 || /[?!]{2,}/.test(slice) || inQuestion || exclaims));
      if (venting) {
        anger += 4;
        hard = true;
      }
    }
    if (n(weak) && (otherCues > 0 || negScore >= 2)) {
      weakSeen = true;
      anger += 2;
    }
    if (n(sup)) {
      // With a complaint in the window, a bare "thanks" is politeness ("Thanks for the reply, but the router still
      // drops… I'd like to speak to a manager"), not praise; the praise words proper still count.
      const praise = letterOfPraise || (!complaining && TO_HEAR_OF_IT.test(nslice) && GLAD_NEWS.test(nslice) && !FAULT_TOLD.test(nslice.replace(/\b(?:sorted|fixed|solved|resolved)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?(?:issue|problem|fault)\b/g, ' '))) || SUP_PRAISE.test(complaining || /\bstill\b(?!\s+(?:going\s+strong|happy|love|great))/.test(nslice) ? nslice.replace(/\bthank(?:s|\s+you)?\b/g, ' ') : nslice) || SALES.test(nslice);
      const demanded =
        (!POLITE.test(nslice) && /\b(?:i\s+want|get\s+me|put\s+me|right\s+now|now\s*[.!]|today\s*[.!]|immediately|i\s+expect|i\s+demand)/.test(nslice)) ||
        wCaps.words.some((w) => overlaps({ start: w.start + from, end: w.end + from }, sup));
      // A manager asked for with nothing to complain about is a business question.
      const asked = SUPERVISOR_ASKED.test(nslice) || otherCues > 0 || negScore >= 2;
      if (!praise && asked) {
        if (demanded) {
          anger += 4;
          hard = true;
        }
        else frustration += 2;
      }
    }
    if (nSarcStrong || nPraise) anger += 4;
    if (nSarcStrong) hard = true;
    for (const e of echoes) if (inRange(e, from, to) && current(e)) {
      if (e.loud) {
        anger += 4;
        hard = true;
      }
      else frustration += 2;
    }
    if (nSarcMild) frustration += 2;
    if (nPraise) praiseSeen = true;
    if (wCaps.words.length && !wCaps.shouting && (otherCues > 0 || negScore >= 2)) anger += wCaps.words.length >= 2 ? 3 : 1.5;
    // Punctuation raises a complaint, not delight ("Thank you so much!!!", "Really?! Brilliant").
    const glad = pos > negScore && otherCues === 0;
    if (!glad) {
      const mark = (re: RegExp): void => {
        const m = re.exec(slice);
        if (m) punctuation.push({ start: from + m.index, end: from + m.index + m[0].length });
      };
      // "Still no refund?! … Can you check, please?": insistence, not anger, when it ends in a polite request.
      const askedNicely = POLITE.test(nslice) && anger === 0;
      if (/\?!|!\?/.test(slice)) {
        if (askedNicely) frustration += 2;
        else anger += 2;
        mark(/[?!]*(?:\?!|!\?)[?!]*/);
      } else if (/!{3,}/.test(slice)) {
        if (askedNicely) frustration += 2;
        else anger += 2;
        mark(/!{3,}/);
      }
      if (/\?{2,}/.test(slice)) {
        frustration += 2;
        mark(/\?{2,}/);
      }
    }
    if (nUrgent && (otherCues > 0 || negScore >= 2)) anger += 1;
    if (negScore >= 2) frustration += keep * Math.min(2, (negScore - 1) * 0.4);
    // Warm messages: a happy "hi again! third order this month" is not repeat-contact frustration.
    // A repeat about a fault ("the fourth time for the same fault", "still waiting") stays a complaint.
    const faultRepeat = repeat.some((r) => inRange(r, from, to) && current(r) && (/^(?:still|same|yet)\b/.test(norm.slice(r.start, r.end)) || FAULT_WORDS.test(sentenceOf2(norm, r))));
    const happy = GRATITUDE.test(nslice) || /\b(?:happy|glad|great|lovely|brilliant|fantastic|amazing|excited)\b/.test(nslice);
    if (pos >= 3 && happy && anger === 0 && neg === 0 && frustration <= repeatWeight && !faultRepeat) frustration -= Math.min(frustration, pos * 0.5);

    // "No rush", "whenever you can": the customer says they are not pressing.
    if (anger === 0 && NO_RUSH.test(nslice)) frustration *= 0.5;
    let w: ToneLevel = 'calm';
    if (anger >= ANGRY_AT || (anger >= 2 && anger + frustration >= 6)) w = 'angry';
    else if (anger + frustration >= FRUSTRATED_AT) w = 'frustrated';
    if (w === 'angry') angryWindows.push({ at: wi, hard });
    level = maxLevel(level, w);
  }
  // A long message is as hot as its strongest SUSTAINED signal: anger that rests on one sentence of a long, otherwise
  // calm story (every angry window shares it) and on no hard cue is frustration at most. Abuse is never averaged away.
  if (level === 'angry' && longStory && angryWindows.length > 0 && angryWindows.every((x) => !x.hard)) {
    const first = (angryWindows[0] as { at: number }).at;
    const last = (angryWindows[angryWindows.length - 1] as { at: number }).at;
    if (last - first <= WINDOW - 1) level = 'frustrated';
  }

  // "Since Tuesday around 09:40 the router drops the WAN connection… happy to run any other test you want": a long fault
  // report whose only cue is when the fault began, offering help, tells the fault, not a let-down.
  if (level === 'frustrated' && starts.length >= LONG_SENTENCES && c.signals.length > 0 && c.signals.every((s) => s.kind === 'past-experience' && /^since\b/.test(norm.slice(s.start, s.end))) && REPORT_OFFER.test(norm)) level = 'calm';

  // Evidence for what weighed: shouting and a cancellation said in anger.
  if ((shoutingSeen || (caps.shouting && windows.length === 1)) && caps.words.length > 0) {
    const first = caps.words[0] as Span;
    const last = caps.words[caps.words.length - 1] as Span;
    push(c, 'shouting', { start: first.start, end: last.end }, messageIndex);
  } else if (shoutSpan) push(c, 'shouting', shoutSpan, messageIndex);
  if (weakSeen) for (const s of weak) push(c, 'threat-to-leave', s, messageIndex);
  if (praiseSeen) for (const s of praiseSarcasm) push(c, 'sarcasm', s, messageIndex);
  for (const p of situational) push(c, 'profanity-situation', p, messageIndex);
  if (level !== 'calm') for (const d of softDemands) push(c, 'urgency', d, messageIndex);
  // Insistent punctuation is evidence too ("??" alone is someone waiting for an answer).
  if (level !== 'calm' && level !== 'abusive') for (const p of punctuation) push(c, 'urgency', p, messageIndex);

  // A word spelled letter by letter ("c-u-n-t") is read joined, its marks blank after it: its evidence covers it all.
  // ("i d i o t": spaced letters too, the spaces after the last letter left out.)
  for (const sig of c.signals) {
    const was = sig.end;
    while (sig.end < own.length && norm[sig.end] === ' ' && /[-._*a-z ]/i.test(own[sig.end] as string)) sig.end++;
    while (sig.end > was && own[sig.end - 1] === ' ') sig.end--;
  }
  c.signals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { level, signals: c.signals };
}

const rank = (l: ToneLevel): number => TONE_LEVELS.indexOf(l);

/** The language(s) a customer message is read in (lib/lang/thread.ts toneLangOf). */
export interface MessageLang {
  lang: Lang;
  also: Lang | null;
}

/**
 * Reads one customer message in its language (lib/tone/langs/route.ts analyzeMessageIn). Passed in by
 * the background, so the lexicons of the other languages stay out of the pages that only read English.
 */
export type MessageReader = (text: string, lang: MessageLang, messageIndex: number) => MessageTone;
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
export function analyzeThread(messages: readonly ThreadMessage[], langs?: readonly (MessageLang | null)[], read?: MessageReader): ToneState {
  const customer: number[] = [];
  for (let i = 0; i < messages.length; i++) if (messages[i]?.role === 'customer') customer.push(i);
  if (customer.length === 0) return { level: 'calm', signals: [] };

  const considered = customer.slice(-ABUSE_WINDOW);
  const recent = new Set(customer.slice(-RECENT_WINDOW));
  let level: ToneLevel = 'calm';
  let chasing = 0;
  const signals: ToneSignal[] = [];
  for (const i of considered) {
    const text = (messages[i] as ThreadMessage).text;
    const ml = langs?.[i];
    const r = ml && read && (ml.lang !== 'en' || ml.also) ? read(text, ml, i) : analyzeMessage(text, i);
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
