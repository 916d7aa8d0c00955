/**
 * Due times in Spanish, French, German and Portuguese. The rep's words are rewritten phrase by
 * phrase into the English the project's parser reads (due.ts: working hours, time zone, business
 * days, end of day, DST), so every language keeps exactly the English rules; only the words differ.
 *
 * Why not chrono's own locales (chrono.es/fr/de/pt)? Measured on the promise cases
 * (tests/unit/callbacks/due-intl.test.ts): "pasado mañana" and "après-demain" read as tomorrow,
 * "depois de amanhã" as tomorrow, "amanhã às 15h" loses its hour, "em até 2 horas" reads nothing,
 * "Montag früh" and "segunda de manhã" lose the part of day, and none knows "Feierabend",
 * "ainda hoje", "en fin de journée" or "a lo largo del día". Their useful parts (weekdays, months,
 * "15h", "um 9 Uhr") are a small table each (due-es.ts, due-fr.ts, due-de.ts, due-pt.ts).
 *
 * Matching ignores case and accents ("manana", "apres-demain", "ate sexta"): the tables are written
 * without accents and the text is folded for matching only (same length, so offsets map back).
 */
import { parseDueTime, type DueOptions, type DueResult } from './due';
import type { Lang } from '../lang/langs';
import { ES } from './due-es';
import { FR } from './due-fr';
import { DE } from './due-de';
import { PT } from './due-pt';

/** A phrase and what it becomes in English; `to` may use the match (numbers, hours). */
export interface Rewrite {
  re: RegExp;
  to: string | ((m: RegExpExecArray) => string);
}

const TABLES: Record<Exclude<Lang, 'en'>, readonly Rewrite[]> = { es: ES, fr: FR, de: DE, pt: PT };

/** Lower case without accents, same length as `text` (NFC). ß stays. */
export function fold(text: string): string {
  const f = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return f.length === text.length ? f : text.toLowerCase();
}

interface Piece {
  /** Offsets in the English text. */
  outStart: number;
  outEnd: number;
  /** Offsets in the original text. */
  inStart: number;
  inEnd: number;
}

export interface Rewritten {
  english: string;
  pieces: Piece[];
}

/** The text in the parser's English, with where each piece came from. */
export function toEnglish(lang: Lang, text: string): Rewritten {
  const src = text.normalize('NFC');
  if (lang === 'en') return { english: src, pieces: [{ outStart: 0, outEnd: src.length, inStart: 0, inEnd: src.length }] };
  const rules = TABLES[lang];
  const folded = fold(src);
  let english = '';
  const pieces: Piece[] = [];
  let i = 0;
  while (i < folded.length) {
    // Phrases start at a word's beginning only.
    const atWord = i === 0 || !/[\p{L}\p{N}]/u.test(folded[i - 1]!);
    let done = false;
    if (atWord) {
      for (const r of rules) {
        r.re.lastIndex = i;
        const m = r.re.exec(folded);
        if (!m || m[0].length === 0) continue;
        const out = typeof r.to === 'string' ? r.to : r.to(m);
        pieces.push({ outStart: english.length, outEnd: english.length + out.length, inStart: i, inEnd: i + m[0].length });
        english += out;
        i += m[0].length;
        done = true;
        break;
      }
    }
    if (!done) {
      pieces.push({ outStart: english.length, outEnd: english.length + 1, inStart: i, inEnd: i + 1 });
      english += src[i];
      i++;
    }
  }
  return { english, pieces };
}

/** The original words behind a span of the English text. */
export function originalSpan(rw: Rewritten, start: number, end: number): { start: number; end: number } | null {
  let s = Infinity;
  let e = -1;
  for (const p of rw.pieces) {
    if (p.outEnd > start && p.outStart < end) {
      s = Math.min(s, p.inStart);
      e = Math.max(e, p.inEnd);
    }
  }
  return e < 0 ? null : { start: s, end: e };
}

/**
 * parseDueTime in the draft's language: the same instant as the English words would give, and
 * `matchedText` in the rep's own words ("mañana a las 15:00").
 */
export function parseDueTimeIn(lang: Lang, text: string, opts: DueOptions): DueResult | null {
  if (lang === 'en') return parseDueTime(text, opts);
  const src = text.normalize('NFC');
  const rw = toEnglish(lang, src);
  const r = parseDueTime(rw.english, opts);
  if (!r) return null;
  const at = rw.english.indexOf(r.matchedText);
  const span = at >= 0 ? originalSpan(rw, at, at + r.matchedText.length) : null;
  return { ...r, matchedText: span ? src.slice(span.start, span.end).trim() : src.trim() };
}
