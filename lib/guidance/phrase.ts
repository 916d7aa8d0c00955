/**
 * Phrases → RegExp source: how a pack's phrases match (the syntax: `phrase` in kinds/parts.ts), and
 * the word gate that lets a phrase RegExp run only when the draft has the phrase's words. Pure, no
 * imports: the pack schema proves these sources linear-time (kinds/parts.ts), compile.ts builds them.
 */
const APOSTROPHES = "'’‘ʼ`";
const APOS_SRC = "['’‘ʼ`]?";
const DASH_SRC = '[-‐‑–—\\s]?';
const GAP_SRC = '\\s+(?:\\S+\\s+){0,3}?';
const WORDISH = /^[\p{L}\p{N}]$/u;

const DASHES = '-‐–';
const APOS_CLASS = "['’‘ʼ`]";
const DASH_CLASS = '[-‐‑–—]';

/**
 * An accented letter's base letter ("é" → "e", "ç" → "c", "ã" → "a"), or null. In a pack with
 * `foldAccents`, a phrase's accented letter also matches its base letter, so "déjà" finds "deja"
 * and "não" finds "nao": folded for matching only, never for display. Opt-in per pack, because an
 * accent can tell two words apart ("no sé" / "no se preocupe").
 */
export function baseLetter(ch: string): string | null {
  if (ch.charCodeAt(0) < 0xc0) return null;
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return base !== ch && base.length === 1 ? base : null;
}

/** Base letters of U+00C0–U+024F (Latin-1 and Latin Extended), "" where there is none: folding per lint stays a table lookup. */
const FOLD_FROM = 0xc0;
const FOLD_TABLE: readonly string[] = Array.from({ length: 0x250 - FOLD_FROM }, (_, i) => baseLetter(String.fromCharCode(FOLD_FROM + i)) ?? '');

const LATIN_ACCENTED = /[\u00c0-\u024f]/g;
const foldChar = (ch: string): string => FOLD_TABLE[ch.charCodeAt(0) - FOLD_FROM] || ch;

/** The text with the accented Latin letters replaced by their base letters: same length, so offsets hold. */
export function foldText(t: string): string {
  return t.replace(LATIN_ACCENTED, foldChar);
}

/** A phrase's word without accents (for the word gate, as drafts are folded): "déjà" → "deja". */
export function foldWord(w: string): string {
  return foldText(w).normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * How phrases match in a pack's language (its `locale`): English by default. German folds `ß`/`ss`
 * and the umlauts typed as ae/oe/ue (Switzerland writes no `ß`, a keyboard without umlauts types
 * "fuer"), for matching only; `{word}` takes German endings; a `...` spans up to six words, since
 * German puts a separable verb's particle ("rufe Sie morgen früh zurück") at the clause's end.
 */
export type MatchLang = 'en' | 'de';
export const MATCH_LANGS: readonly MatchLang[] = ['en', 'de'];
export function matchLangOf(locale: string | undefined): MatchLang {
  return (locale ?? '').split('-')[0]!.toLowerCase() === 'de' ? 'de' : 'en';
}
const GAP_LONG_SRC = '\\s+(?:[^\\s.!?;:]+\\s+){0,6}?';
/** Spellings folded together in German, written form → its other form. */
const DE_FOLDS: Readonly<Record<string, string>> = { ß: 'ss', ss: 'ß', ä: 'ae', ae: 'ä', ö: 'oe', oe: 'ö', ü: 'ue', ue: 'ü' };
/** A word as the word gate keeps it in German: one spelling for ß/ss and each umlaut. */
export function foldGerman(w: string): string {
  return w.replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
}

function escapeChar(ch: string, fold: boolean): string {
  if (APOSTROPHES.includes(ch)) return APOS_SRC;
  if (DASHES.includes(ch)) return DASH_SRC;
  const base = fold ? baseLetter(ch) : null;
  if (base !== null) return `[${base}${ch}]`;
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A token's source. Linear time (lib/guidance/regex-safety.ts proves every phrase at import): a
 * dash at either end of a token may not also match a space (the `\s+` between tokens does), and a
 * token made only of dashes and apostrophes requires one, so two `\s+` never meet around an
 * optional piece (`a - b` was `a\s+[-\s]?\s+b`, quadratic on a run of spaces).
 */
function escapeWord(w: string, fold = false, de = false): string {
  const chars = [...w];
  const allMarks = chars.every((ch) => APOSTROPHES.includes(ch) || DASHES.includes(ch));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const edge = i === 0 || i === chars.length - 1;
    if (allMarks) out += APOSTROPHES.includes(ch) ? APOS_CLASS : DASH_CLASS;
    else if (edge && DASHES.includes(ch)) out += `${DASH_CLASS}?`;
    else if (de) {
      // Letters only: a fixed alternation, linear like any literal.
      const two = `${ch}${chars[i + 1] ?? ''}`.toLowerCase();
      const one = ch.toLowerCase();
      if (two.length === 2 && DE_FOLDS[two]) {
        out += `(?:${two}|${DE_FOLDS[two]})`;
        i++;
      } else if (DE_FOLDS[one]) out += `(?:${one}|${DE_FOLDS[one]})`;
      else out += escapeChar(ch, fold);
    } else out += escapeChar(ch, fold);
  }
  return out;
}

const VOWELS = 'aeiou';

/** `word` + its regular inflections: -s/-es/-ed/-ing, y→ies/ied/ying, final e dropped, doubled final consonant. */
export function inflectSource(word: string, fold = false): string {
  const lower = word.toLowerCase();
  const last = lower[lower.length - 1] ?? '';
  const before = lower[lower.length - 2] ?? '';
  if (!/[a-z]/.test(last)) return escapeWord(word, fold);
  if (last === 'e' && before !== 'e') return `${escapeWord(word.slice(0, -1), fold)}(?:e|es|ed|ing)`;
  if (last === 'y' && before && !VOWELS.includes(before)) return `${escapeWord(word.slice(0, -1), fold)}(?:y|ies|ied|ying)`;
  return `${escapeWord(word, fold)}(?:s|es|ed|ing|${last}ed|${last}ing)?`;
}

/**
 * German `{word}`: the word as written (an infinitive, a noun, an adjective) with its stem's regular
 * endings: {verstehen} → verstehe, verstehst, versteht; {freundlich} → freundliche, freundlicher;
 * {ändern} → ändere, änderst. Irregular forms (verstand, weiß) need their own phrase.
 */
export function inflectGermanSource(word: string, fold = false): string {
  const lower = word.toLowerCase();
  let stem = word;
  if (lower.length > 4 && lower.endsWith('en')) stem = word.slice(0, -2);
  else if (lower.length > 4 && /[lr]n$/.test(lower)) stem = word.slice(0, -1);
  else if (lower.length > 3 && lower.endsWith('e')) stem = word.slice(0, -1);
  if (!/\p{L}$/u.test(stem)) return escapeWord(word, fold, true);
  return `${escapeWord(stem, fold, true)}(?:e|en|er|es|em|n|s|st|t|et|est|te|ten|tet|end)?`;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';
/** A phrase token that must appear as a whole word in the draft for the phrase to match. */
const PURE_TOKEN = /^[\p{L}\p{N}]+(?:['’‘ʼ`][\p{L}\p{N}]+)*$/u;

export interface PhraseParts {
  /** Source without the leading word-start check. */
  body: string;
  /** Whether the phrase starts with a letter/digit (then it must start at a word start). */
  startsWord: boolean;
  /** Normalised whole words (lower case, no apostrophes) the draft must contain. */
  words: string[];
  /**
   * Words with a dash inside ("calmez-vous", "e-mail"): the dash matches a dash, a space or
   * nothing, so the draft has either the parts as words ("calmez", "vous") or them joined.
   */
  dashed: string[][];
}

/**
 * Lower case, apostrophes removed, accents folded: how phrases and drafts are both reduced for the
 * word gate. In German, ß and the umlauts first take their typed-out spelling ("für" → "fuer").
 */
export function normaliseWord(w: string, lang: MatchLang = 'en'): string {
  const n = w.toLowerCase().replace(/['’‘ʼ`]/g, '');
  return foldWord(lang === 'de' ? foldGerman(n) : n);
}

export function phraseParts(phrase: string, inflectLast = false, fold = false, lang: MatchLang = 'en'): PhraseParts {
  const de = lang === 'de';
  const tokens = phrase.trim().split(/\s+/).filter(Boolean);
  let body = '';
  let pendingGap = false;
  let firstChar: string | undefined;
  let lastChar: string | undefined;
  const words: string[] = [];
  const dashed: PhraseParts['dashed'] = [];
  tokens.forEach((tok, i) => {
    if (tok === '...' || tok === '…') {
      pendingGap = body !== '';
      return;
    }
    let word = tok;
    let inflect = inflectLast && i === tokens.length - 1;
    const braced = /^\{(.+)\}$/.exec(tok);
    if (braced?.[1]) {
      word = braced[1];
      inflect = true;
    }
    if (body !== '') body += pendingGap ? (de ? GAP_LONG_SRC : GAP_SRC) : '\\s+';
    pendingGap = false;
    body += inflect ? (de ? inflectGermanSource(word, fold) : inflectSource(word, fold)) : escapeWord(word, fold, de);
    if (!inflect && PURE_TOKEN.test(word)) words.push(normaliseWord(word, lang));
    else if (!inflect && /^[^-‐–]+(?:[-‐–][^-‐–]+)+$/.test(word)) {
      const parts = word.split(/[-‐–]/);
      if (parts.every((x) => PURE_TOKEN.test(x))) dashed.push(parts.map((x) => normaliseWord(x, lang)));
    }
    if (firstChar === undefined) firstChar = word[0];
    lastChar = word[word.length - 1];
  });
  if (lastChar !== undefined && WORDISH.test(lastChar)) body += NOT_WORD_AFTER;
  return { body, startsWord: firstChar !== undefined && WORDISH.test(firstChar), words, dashed };
}

/** The words a dashed word may be typed as: each dash a break or nothing ("e-mail" → [e, mail], [email]). */
function dashJoins(parts: readonly string[]): string[][] {
  let out: string[][] = [[parts[0]!]];
  for (const part of parts.slice(1)) out = out.flatMap((w) => [[...w, part], [...w.slice(0, -1), w[w.length - 1]! + part]]);
  return out;
}

/**
 * The phrase's word gate: sets of words of which the draft must hold one whole set. A dashed word
 * gives a set per way of typing it; past 16 sets, the dashed words are left out of the gate.
 */
function phraseGates(p: PhraseParts): string[][] {
  let sets: string[][] = [p.words];
  for (const d of p.dashed) {
    const next = sets.flatMap((s) => dashJoins(d).map((j) => [...s, ...j]));
    if (next.length > 16) break;
    sets = next;
  }
  return sets.map((s) => [...new Set(s)]);
}

/** Standalone RegExp source (flags `giu`) for one phrase; the syntax: `phrase` in kinds/parts.ts. */
export function phraseSource(phrase: string, inflectLast = false, fold = false, lang: MatchLang = 'en'): string {
  const p = phraseParts(phrase, inflectLast, fold, lang);
  return p.startsWord ? `${NOT_WORD_BEFORE}${p.body}` : p.body;
}

/**
 * The alternatives in their order, each run of consecutive ones that end with the word-end check
 * sharing one: `(?:A|B)(?!W)|C` matches what `A(?!W)|B(?!W)|C` does (backtracking tries B when
 * A's check fails). V8 builds the `\p{L}` class of every check with the `iu` flags: 400 of them
 * took 165 ms to construct, one 10 ms (a 6,000-phrase pack compiled in 4 s; issue 14).
 */
function hoistWordEnds(bodies: readonly string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) out.push(`(?:${run.join('|')})${NOT_WORD_AFTER}`);
    run = [];
  };
  for (const b of bodies) {
    if (b.endsWith(NOT_WORD_AFTER)) run.push(b.slice(0, -NOT_WORD_AFTER.length));
    else {
      flush();
      out.push(b);
    }
  }
  flush();
  return out.join('|');
}

/** A long list is split by first letter (below); a short one is scanned faster as it is. */
const GROUP_FROM = 24;

/**
 * The alternatives grouped by their first letter, `(?:a…|a…)|(?:b…)`, each group in the list's order: at a
 * position only the group of its letter can match, so the match is the same as the flat list's, and V8 tries
 * one group's alternatives instead of all of them (a 200-phrase list scans about 4× faster). Null when a
 * phrase does not start with a plain letter (a class, a group), or the list is short or mostly one letter.
 */
function byFirstLetter(bodies: readonly string[]): string | null {
  if (bodies.length < GROUP_FROM) return null;
  const groups = new Map<string, string[]>();
  for (const b of bodies) {
    if (!/^[A-Za-z](?![?*+{])/.test(b)) return null;
    const k = b[0]!.toLowerCase();
    const g = groups.get(k);
    if (g) g.push(b);
    else groups.set(k, [b]);
  }
  // Mostly one letter ("Dear …", "you …"): V8 scans the flat list faster.
  if (groups.size < 3 || Math.max(...[...groups.values()].map((g) => g.length)) > bodies.length * 0.6) return null;
  return [...groups.values()].map((g) => `(?:${hoistWordEnds(g)})`).join('|');
}

/**
 * One RegExp source for a list of phrases, and its word gate. The word-start check is hoisted
 * out of the alternation: with the `u` and `i` flags, V8 is about 30× slower when every
 * alternative starts with its own `\b`.
 */
export function phrasesSource(
  phrases: readonly string[],
  inflect: boolean,
  fold = false,
  lang: MatchLang = 'en',
  /** Group a long list by first letter (off only to compare with the flat list). */
  group = true,
): { source: string; gate: readonly (readonly string[])[] | null } {
  const parts = phrases.map((p) => phraseParts(p, inflect, fold, lang));
  const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const worded = [...new Set(parts.filter((p) => p.startsWord).map((p) => p.body))].sort(longestFirst);
  const other = [...new Set(parts.filter((p) => !p.startsWord).map((p) => p.body))].sort(longestFirst);
  const groups: string[] = [];
  if (worded.length > 0) groups.push(`${NOT_WORD_BEFORE}(?:${(group ? byFirstLetter(worded) : null) ?? hoistWordEnds(worded)})`);
  if (other.length > 0) groups.push(`(?:${hoistWordEnds(other)})`);
  // A phrase with no required word could match anywhere: then the RegExp always runs.
  const gates = parts.map(phraseGates);
  const gate = gates.some((g) => g.some((s) => s.length === 0)) ? null : gates.flat();
  return { source: groups.join('|'), gate };
}
