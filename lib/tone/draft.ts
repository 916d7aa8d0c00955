/**
 * Tone risks in the rep's own draft: blame, sarcasm, shouting, a bare refusal.
 *
 * Runs in the content script on every typing pause, so it stays tiny: no obscenity, no sentiment,
 * no zod, only a handful of regular expressions and the shared caps helper.
 */
import { findCaps } from './caps';
import type { DraftRisk, DraftRiskKind } from './types';

const BLAME: RegExp[] = [
  /\byou\s+(?:should|could|would)\s+have\b/gi,
  /\byou\s+(?:didn'?t|did\s+not|never|failed\s+to|forgot\s+to|neglected\s+to)\s+(?:read|follow|check|look|see|include|send|attach|provide|fill|save|update|register|contact|tell)\b/gi,
  /\b(?:as|like)\s+i\s+(?:already\s+|previously\s+|clearly\s+)?(?:said|mentioned|explained|stated|told\s+you|wrote)\b/gi,
  /\bas\s+(?:previously|already)\s+(?:stated|mentioned|explained)\b/gi,
  /\bper\s+my\s+(?:last|previous)\s+(?:email|message|reply)\b/gi,
  /\b(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:your|ur)\s+(?:own\s+)?(?:fault|responsibility|problem|mistake)\b/gi,
  /\bif\s+you\s+had\s+(?:read|followed|checked|listened)\b/gi,
  /\byou\s+(?:need|have)\s+to\s+(?:read|listen|pay\s+attention)\b/gi,
  /\bplease\s+read\s+(?:my|the)\s+(?:previous|last|earlier)\b/gi,
  /\byou\s+(?:clearly|obviously)\s+(?:didn'?t|did\s+not|don'?t|haven'?t)\b/gi,
  /\bwhich\s+you\s+would\s+(?:know|have\s+seen)\s+if\b/gi,
  /\byou\s+were\s+(?:told|informed|advised)\b/gi,
];

const SARCASM: RegExp[] = [
  /\bgood\s+luck\s+with\s+that\b/gi,
  /\bthanks\s+for\s+(?:nothing|your\s+(?:patience|understanding)\s*,?\s*i\s+guess)\b/gi,
  /\b(?:as\s+you\s+(?:surely|obviously|clearly)\s+know|i'?m\s+sure\s+you\s+(?:did|know|understand))\b/gi,
  /\b(?:sure\s+you\s+did|if\s+you\s+say\s+so|nice\s+try|bless\s+your\s+heart|what\s+a\s+surprise|happy\s+now\??|congratulations\s+on)\b/gi,
  /\b(?:obviously|clearly),?\s+(?:you|the\s+instructions|it)\b/gi,
  /\bwith\s+all\s+due\s+respect\b/gi,
  /\b(?:oh\s+)?(?:wow|gee|great|brilliant|wonderful),\s+(?:another|so\s+you|you\s+(?:didn'?t|forgot|managed))\b/gi,
  /\bnot\s+rocket\s+science\b/gi,
  // Mock delight, mock surprise, the customer held against "most people".
  /\b(?:i'?m\s+sure\s+you'?(?:ll|\s+will)\s+be\s+(?:thrilled|delighted|over\s+the\s+moon)|not\s+sure\s+what\s+you\s+expected|what\s+did\s+you\s+expect|most\s+people\s+(?:manage|can\s+do|figure)|quite\s+the\s+wait|(?:days?|hours?|weeks?|times?),\s+wow)\b/gi,
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

function collect(out: DraftRisk[], kind: DraftRiskKind, res: readonly RegExp[], text: string): void {
  for (const re of res) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
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
  collect(out, 'blame', BLAME, text);
  collect(out, 'sarcasm', SARCASM, text);
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
