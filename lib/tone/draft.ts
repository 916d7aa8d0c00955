/**
 * Tone risks in the rep's own draft: blame, sarcasm, shouting, a bare refusal.
 *
 * Runs in the content script on every typing pause, so it stays tiny: no obscenity, no sentiment,
 * no zod, only a handful of regular expressions and the shared caps helper.
 */
import { findCaps } from './caps';
import type { DraftRisk, DraftRiskKind } from './types';

/** Exported for the tests only (sticky: tried at one place; see `collect`). */
export const BLAME: readonly RegExp[] = [
  /\byou\s+(?:should|could|would)\s+have\b/giy,
  /\byou\s+(?:didn'?t|did\s+not|never|failed\s+to|forgot\s+to|neglected\s+to)\s+(?:read|follow|check|look|see|include|send|attach|provide|fill|save|update|register|contact|tell)\b/giy,
  /\b(?:as|like)\s+i\s+(?:already\s+|previously\s+|clearly\s+)?(?:said|mentioned|explained|stated|told\s+you|wrote)\b/giy,
  /\bas\s+(?:previously|already)\s+(?:stated|mentioned|explained)\b/giy,
  /\bper\s+my\s+(?:last|previous)\s+(?:email|message|reply)\b/giy,
  /\b(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:your|ur)\s+(?:own\s+)?(?:fault|responsibility|problem|mistake)\b/giy,
  /\bif\s+you\s+had\s+(?:read|followed|checked|listened)\b/giy,
  /\byou\s+(?:need|have)\s+to\s+(?:read|listen|pay\s+attention)\b/giy,
  /\bplease\s+read\s+(?:my|the)\s+(?:previous|last|earlier)\b/giy,
  /\byou\s+(?:clearly|obviously)\s+(?:didn'?t|did\s+not|don'?t|haven'?t)\b/giy,
  /\bwhich\s+you\s+would\s+(?:know|have\s+seen)\s+if\b/giy,
  /\byou\s+were\s+(?:told|informed|advised)\b/giy,
];

export const SARCASM: readonly RegExp[] = [
  /\bgood\s+luck\s+with\s+that\b/giy,
  /\bthanks\s+for\s+(?:nothing|your\s+(?:patience|understanding)\s*,?\s*i\s+guess)\b/giy,
  /\b(?:as\s+you\s+(?:surely|obviously|clearly)\s+know|i'?m\s+sure\s+you\s+(?:did|know|understand))\b/giy,
  /\b(?:sure\s+you\s+did|if\s+you\s+say\s+so|nice\s+try|bless\s+your\s+heart|what\s+a\s+surprise|happy\s+now\??|congratulations\s+on)\b/giy,
  /\b(?:obviously|clearly),?\s+(?:you|the\s+instructions|it)\b/giy,
  /\bwith\s+all\s+due\s+respect\b/giy,
  /\b(?:oh\s+)?(?:wow|gee|great|brilliant|wonderful),\s+(?:another|so\s+you|you\s+(?:didn'?t|forgot|managed))\b/giy,
  /\bnot\s+rocket\s+science\b/giy,
  // Mock delight, mock surprise, the customer held against "most people".
  /\b(?:i'?m\s+sure\s+you'?(?:ll|\s+will)\s+be\s+(?:thrilled|delighted|over\s+the\s+moon)|not\s+sure\s+what\s+you\s+expected|what\s+did\s+you\s+expect|most\s+people\s+(?:manage|can\s+do|figure)|quite\s+the\s+wait|(?:days?|hours?|weeks?|times?),\s+wow)\b/giy,
  // Talking down: surprise that they missed it, a patience running out, what anyone ought to know, what everyone else
  // manages, what "most users" find easy, what is too much to expect, what "somehow" went wrong on their side.
  /\b(?:i['’]?m\s+(?:a\s+bit\s+|quite\s+|rather\s+)?surprised\s+you\s+(?:missed|didn['’]?t|haven['’]?t|couldn['’]?t|weren['’]?t)|not\s+sure\s+(?:how\s+else\s+to\s+(?:explain|say|put)|what\s+(?:else\s+)?you\s+(?:expect|want)\s+(?:us|me))|i['’]?m\s+sure\s+you(?:['’]re|\s+are)\s+(?:very\s+|really\s+)?busy|i['’]?m\s+sure\s+you['’]?(?:ll|\s+will)\s+agree|ought\s+to\s+(?:know|have\s+known)|says\s+(?:a\s+lot\s+)?more\s+about\s+you|like\s+(?:everyone|everybody)\s+else|(?:bit|too)\s+much\s+to\s+expect|somehow\s+(?:not|missed|managed\s+to|didn['’]?t|couldn['’]?t|forgot)|most\s+(?:users|customers|people)\s+find\s+(?:it\s+)?(?:very\s+|really\s+|quite\s+)?(?:easy|simple|straightforward))\b/giy,
  // Brushing them off: what shouting won't speed up, nothing to argue about, a system that "doesn't make mistakes",
  // a guess at someone's laziness, "relax, it's only…".
  /\b(?:won['’]?t\s+(?:get|make)\s+[^.!?]{0,40}?\bany\s+(?:faster|quicker|sooner)|there(?:['’]s|\s+is)\s+(?:really\s+)?nothing\s+to\s+(?:argue|discuss|debate)|(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|never)\s+make\s+mistakes|i\s+guess\s+(?:they|you|he|she|someone)\s+(?:just\s+)?(?:didn['’]?t|don['’]?t|couldn['’]?t)\s+(?:feel\s+like|bother|care)|(?:relax|chill)(?:\s+out)?(?:\s+lol|,?\s+it['’]?s\s+(?:just|only)))\b/giy,
];

/** A sentence that refuses, or cites policy, or apologises, and nothing else. ("I don't know"
 * is not a refusal: the guidance engine has its own rule for it.) */
const REFUSAL =
  /^(?:(?:i'?m\s+)?(?:sorry|unfortunately|regrettably)[,.]?\s*)?(?:no|nope|denied|not\s+possible|(?:that|this)\s*(?:'s|\s+is)\s+not\s+possible|(?:we|i)\s+(?:can'?t|cannot|can\s+not|won'?t|will\s+not|(?:don'?t|do\s+not)(?!\s+(?:know|understand|see|think|remember|recall|have\s+(?:any\s+)?idea)\b)|are\s+unable\s+to|am\s+unable\s+to)\b[^.!?]*|(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:against|not\s+(?:within|in\s+line\s+with))\s+(?:our\s+)?policy[^.!?]*|(?:our\s+)?policy\s+(?:does\s+not|doesn'?t)\s+allow[^.!?]*|(?:there'?s|there\s+is)\s+nothing\s+(?:we|i)\s+can\s+do[^.!?]*|(?:the\s+)?answer\s+is\s+no)[.!]*$/i;
const APOLOGY_ONLY = /^(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?(?:sorry|apologies|unfortunately|regrettably)[^.!?]{0,40}[.!]*$/i;
/** Anything that offers a way forward makes a "no" acceptable. */
const ALTERNATIVE =
  /\b(?:instead|but|however|alternatively|what\s+i\s+can|i\s+can\s+(?:offer|try|check|ask|escalate)|we\s+can\s+(?:offer|try)|option|happy\s+to|i'?ll|i\s+will|let\s+me|would\s+you\s+like|if\s+you|once|when|because|since|as\s+soon)\b/i;
/** Refusals longer than this are explanations, not cold refusals. */
const COLD_MAX_WORDS = 18;

/**
 * What each expression's match must start with (lower case; ASCII letters only, so the `i` flag
 * folds them as `| 32` does: without `u` no other character folds to an ASCII letter). Every
 * expression starts with `\b`, so it can match only at a word start that begins with one of these.
 */
const BLAME_LEADS: readonly (readonly string[])[] = [['you'], ['you'], ['as', 'like'], ['as'], ['per'], ['it', 'that'], ['if'], ['you'], ['please'], ['you'], ['which'], ['you']];
const SARCASM_LEADS: readonly (readonly string[])[] = [
  ['good'],
  ['thanks'],
  ['as', 'i'],
  ['sure', 'if', 'nice', 'bless', 'what', 'happy', 'congratulations'],
  ['obviously', 'clearly'],
  ['with'],
  ['oh', 'wow', 'gee', 'great', 'brilliant', 'wonderful'],
  ['not'],
  ['i', 'not', 'what', 'most', 'quite', 'day', 'hour', 'week', 'time'],
  ['i', 'not', 'ought', 'says', 'like', 'bit', 'too', 'somehow', 'most'],
  ['won', 'there', 'do', 'never', 'i', 'relax', 'chill'],
];
/** Any lead at a word start: one scan of the draft instead of one per expression. */
const LEAD_AT = new RegExp(`\\b(?:${[...new Set([...BLAME_LEADS, ...SARCASM_LEADS].flat())].join('|')})`, 'gi');
/** By first letter (a = 0): each lead with the expressions (bits: blame 0–11, sarcasm 12–22) that may start with it. */
const LEAD_BITS: { lead: string; bits: number }[][] = Array.from({ length: 26 }, () => []);
[...BLAME_LEADS, ...SARCASM_LEADS].forEach((leads, bit) => {
  for (const lead of leads) {
    const row = LEAD_BITS[lead.charCodeAt(0) - 97]!;
    const had = row.find((e) => e.lead === lead);
    if (had) had.bits |= 1 << bit;
    else row.push({ lead, bits: 1 << bit });
  }
});

function startsWithAt(text: string, at: number, lead: string): boolean {
  for (let k = 0; k < lead.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c | 32 : c) !== lead.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Each expression's matches, as `text.matchAll(re)` finds them, but tried (sticky) only at the word
 * starts where one of its leads is: a global search finds the first place where the expression
 * matches, and it can match nowhere else. (Each scan of the whole draft also slowed the lint that
 * runs next, by about twice its own cost.)
 */
function collect(out: DraftRisk[], kind: DraftRiskKind, res: readonly RegExp[], bit0: number, starts: readonly number[], bits: readonly number[], text: string): void {
  for (let i = 0; i < res.length; i++) {
    const re = res[i]!;
    const bit = 1 << (bit0 + i);
    let from = 0;
    for (let j = 0; j < starts.length; j++) {
      const at = starts[j]!;
      if (at < from || (bits[j]! & bit) === 0) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) continue;
      const start = m.index;
      const end = start + m[0].length;
      from = end;
      if (!out.some((r) => r.kind === kind && r.start < end && start < r.end)) out.push({ kind, start, end });
    }
  }
}

const SPACES = /\s+/g;
const CAPS_PAIR = /[A-Z][A-Z'’-]*[A-Z]/;

/** Whether the trimmed text has more than `max` words (split at spaces), counting no further than that. */
function moreWordsThan(trimmed: string, max: number): boolean {
  SPACES.lastIndex = 0;
  let words = 1;
  while (words <= max && SPACES.exec(trimmed) !== null) words++;
  SPACES.lastIndex = 0;
  return words > max;
}

function coldRefusal(text: string): DraftRisk | null {
  const trimmed = text.trim();
  if (!trimmed || moreWordsThan(trimmed, COLD_MAX_WORDS) || ALTERNATIVE.test(trimmed)) return null;
  const sentences = trimmed.match(/[^.!?]+[.!?]*/g) ?? [];
  let refused = false;
  for (const raw of sentences) {
    const s = raw.trim().replace(/^(?:hi|hello|hey|dear)\b[^,.!?]*[,.!]\s*/i, '');
    if (!s) continue;
    if (REFUSAL.test(s)) refused = true;
    else if (!APOLOGY_ONLY.test(s)) return null;
  }
  if (!refused) return null;
  const start = text.indexOf(trimmed);
  return { kind: 'cold-refusal', start, end: start + trimmed.length };
}

/** Tone risks in a draft reply, sorted by position. Deterministic; no I/O. */
export function analyzeDraft(text: string): DraftRisk[] {
  const out: DraftRisk[] = [];
  if (!text.trim()) return out;
  // The word starts where some expression may match, with the expressions that may match there.
  const starts: number[] = [];
  const bits: number[] = [];
  LEAD_AT.lastIndex = 0;
  for (let m = LEAD_AT.exec(text); m !== null; m = LEAD_AT.exec(text)) {
    let b = 0;
    for (const e of LEAD_BITS[(m[0].charCodeAt(0) | 32) - 97]!) if (startsWithAt(text, m.index, e.lead)) b |= e.bits;
    starts.push(m.index);
    bits.push(b);
  }
  if (starts.length > 0) {
    collect(out, 'blame', BLAME, 0, starts, bits, text);
    collect(out, 'sarcasm', SARCASM, BLAME.length, starts, bits, text);
  }
  // Most drafts have no emphasis word (caps.ts: two capitals or more, nothing but capitals,
  // apostrophes and dashes between them, so two capitals close together): then no shouting.
  const caps = CAPS_PAIR.test(text) ? findCaps(text) : null;
  if (caps && caps.shouting && caps.words.length >= 2) {
    const first = caps.words[0];
    const last = caps.words[caps.words.length - 1];
    if (first && last) out.push({ kind: 'all-caps', start: first.start, end: last.end });
  }
  const cold = coldRefusal(text);
  if (cold) out.push(cold);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
