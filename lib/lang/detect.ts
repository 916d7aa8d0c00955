/**
 * Which language is this text in? Local, in the background only (the n-gram database is 330 KB:
 * never in the content script). eld's detector over a database cut to Heard's five languages
 * (tools/gen-lang-ngrams.ts), chosen by measured accuracy on short support texts (`npm run eval:lang`).
 *
 * Decided (tests/unit/lang/detect.test.ts):
 * - Too little text to tell ("ok", "thanks!", an order number, an address, an emoji) is 'unknown',
 *   and the caller treats 'unknown' as the conversation's or the rep's language, never as foreign.
 * - Numbers, codes, e-mail and web addresses are taken out before detecting: they say nothing.
 * - A close call between two languages (eld's own reliability check) is 'unknown' for short texts.
 */
import { createEld } from './eld-core.js';
import { ngramsData } from './eld-ngrams.generated.js';
import { isLang, type DetectedLang, type Lang } from './langs';

const { instance: eld, loadData } = createEld();
loadData(ngramsData);

/** Fewer letters than this (after taking out numbers, codes and addresses) is too little to tell. */
export const MIN_LETTERS = 8;
/** Below this many letters the detector must also be sure (no close second). */
const SURE_LETTERS = 40;
/** eld reads at most about the first 350 bytes; a draft's opening is enough. */
const MAX_CHARS = 600;

const NOISE = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#№]?\S*\d\S*|[\p{Extended_Pictographic}\u{FE0F}]/gu;

/** The text with the parts that say nothing about its language taken out. */
export function languageText(text: string): string {
  return text.slice(0, MAX_CHARS).replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
}

export function detectLanguage(text: string): DetectedLang {
  const clean = languageText(text);
  const letters = clean.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return 'unknown';
  const r = eld.detect(clean);
  if (!isLang(r.language)) return 'unknown';
  if (letters < SURE_LETTERS && !r.isReliable()) return 'unknown';
  return r.language;
}

/** The text's language, or `fallback` when the text is too short or too close to call. */
export function languageOr(text: string, fallback: Lang): Lang {
  const l = detectLanguage(text);
  return l === 'unknown' ? fallback : l;
}
