/**
 * Text folding for the non-English tone readers: one lowercase ASCII string to match word lists
 * against, with a map from each of its characters back to the original text (signals carry the
 * original's character ranges).
 *
 * - Accents are folded for matching, not for display: "énervé" → "enerve", "não" → "nao",
 *   "¿por qué?" → "¿por que?". German folds its umlauts the way people type them without the keys
 *   (ä → ae, ö → oe, ü → ue, ß → ss), so "Grüße", "Gruesse" and the Swiss "Grüsse" meet.
 * - Obfuscation is undone: digits and symbols inside a lowercase word ("c0nnass3", "w1chs3r",
 *   "@rschloch"), letters spelled out ("M e r d e", "h.u.r.e.n.s.o.h.n"), letters held ("nuuuul").
 */

export type FoldStyle = 'de' | 'latin';

export interface Folded {
  /** Lowercase, ASCII letters, obfuscation undone. */
  norm: string;
  /** at[i] = index in the original text of norm[i]. */
  at: number[];
  /** The text with accents folded but case kept (for capitals), and its map to the original. */
  cased: string;
  casedAt: number[];
}

const DE: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'AE', Ö: 'OE', Ü: 'UE', ß: 'ss', ẞ: 'SS' };
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ẞ: 'SS' };

function foldChar(ch: string, style: FoldStyle): string {
  if (ch.charCodeAt(0) < 128) return ch;
  if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' || ch === '`' || ch === '\u00b4') return "'";
  const special = (style === 'de' ? DE[ch] : undefined) ?? LIGATURES[ch];
  if (special) return special;
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  return base.length === 1 ? base : ch;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e' };

export function fold(text: string, style: FoldStyle): Folded {
  // 1. accents folded, case kept
  let cased = '';
  const casedAt: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i] as string, style);
    cased += f;
    for (let k = 0; k < f.length; k++) casedAt.push(i);
  }
  // 2. lowercase (ASCII now, same length), digits and symbols inside lowercase words undone
  const lower = cased.toLowerCase();
  const chars = lower.split('');
  for (const m of lower.matchAll(/[a-z0-9@$€]*[0-9@$€][a-z0-9@$€]*/g)) {
    const w = m[0];
    const orig = cased.slice(m.index, m.index + w.length);
    // Codes, sizes, prices, ordinals keep their digits: a capital (XR200), letters then digits
    // (v3, mp3), digits then a unit (10h, 3e, 25min, 4k), no letter at all.
    if (!/[a-z]/.test(w) || /[A-Z]/.test(orig.slice(1)) || /^[A-Z][^a-z]*$/.test(orig) || /^(?:[a-z]{1,2}|mp)\d+$/.test(w) || /^\d+[a-z]{0,4}$/.test(w)) continue;
    for (let k = 0; k < w.length; k++) {
      const l = LEET[w[k] as string];
      if (l) chars[m.index + k] = l;
    }
  }
  // "Id!ot", "d!ck": an exclamation mark between two letters of a word stands for an i.
  // Not between two sentences typed without a space ("Hallo!Ich", "merci!bonne journée").
  for (const m of lower.matchAll(/(?<![a-z])[a-z]{1,4}![a-z]{2,5}(?![a-z])/g)) {
    const bang = m.index + m[0].indexOf('!');
    if (/[a-z]/.test(cased[bang + 1] as string)) chars[bang] = 'i';
  }
  let s = chars.join('');
  let at = casedAt.slice();
  // 3. spelled-out letters joined: "m e r d e" (4+ letters), "f.d.p" (3+ with dots)
  const drop = new Set<number>();
  for (const m of s.matchAll(/(?<![a-z])[a-z](?: [a-z]){3,}(?![a-z])|(?<![a-z])[a-z](?:[._-][a-z]){2,}(?![a-z])\.?/g)) {
    let run = m[0];
    // A last letter typed with an accent is a word of its own: "m e r d e à toi".
    if (/^[a-z]$/.test(run.slice(-1)) && (text.charCodeAt(at[m.index + run.length - 1] as number) ?? 0) > 127) run = run.slice(0, -2);
    for (let k = 0; k < run.length; k++) if (!/[a-z]/.test(run[k] as string)) drop.add(m.index + k);
  }
  // 4. letters held three times or more: one ("nuuuul", "merdeeee")
  for (const m of s.matchAll(/([a-z])\1{2,}/g)) for (let k = 1; k < m[0].length; k++) drop.add(m.index + k);
  if (drop.size) {
    let out = '';
    const outAt: number[] = [];
    for (let i = 0; i < s.length; i++) {
      if (drop.has(i)) continue;
      out += s[i];
      outAt.push(at[i] as number);
    }
    s = out;
    at = outAt;
  }
  return { norm: s, at, cased, casedAt };
}
