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
  // Longest word first: the rarer, so a closed gate is found at its first look-up.
  return sets.map((s) => [...new Set(s)].sort((x, y) => y.length - x.length));
}

/** Longest lead kept (the draft index walks at most this far from a word start). */
const LEAD_MAX = 10;

/** A character as the draft index reads it (engine.ts): lower case, accents folded (foldText). */
export function leadChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x80) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  return foldText(ch.toLowerCase());
}

/** A lead's letter: a-z or 0-9. */
const isLeadLetter = (c: string): boolean => c.length === 1 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));

/**
 * The phrase's lead: how every match of the phrase starts, as the draft index (engine.ts
 * draftStarts) reads the draft: letters and digits as `leadChar` reads them (ASCII only), a space
 * for the spaces between two words (`\s+`), and a space at the end when the lead ends with a whole
 * word (no letter or digit may follow: spaces come next, or the phrase's word-end check); '' when
 * there is none to tell. Each letter of the lead is
 * one atom of the phrase's source that matches that one character (in any case, accented or not);
 * an apostrophe is left out (it is optional in the source, and the index reads past apostrophes).
 * The lead stops at a dash, any other mark, a gap (`...`), a letter with no ASCII base ("ø", "ß"),
 * a German fold ("ü" also matches "ue"), or an inflected word ({word}, or the last one with
 * `inflect`: its last letter is left out, two in German, the endings may change them). So a match of the
 * phrase can only start where the draft spells its lead: the phrases' RegExp is tried only there.
 */
export function phraseLead(phrase: string, inflectLast = false, lang: MatchLang = 'en'): string {
  const tokens = phrase.trim().split(/\s+/).filter(Boolean);
  let lead = '';
  let whole = false;
  for (let i = tokens.findIndex((t) => t !== '...' && t !== '…'); i >= 0 && i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok === '...' || tok === '…') break;
    const braced = /^\{(.+)\}$/.exec(tok);
    const word = braced?.[1] ?? tok;
    const inflect = braced !== null || (inflectLast && i === tokens.length - 1);
    const chars = [...word];
    // Walked over the word as escapeWord reads it (a German fold may pair a letter with the next); an
    // inflected word's last character (English: inflectSource) or two (German) are left out.
    const end = inflect ? chars.length - (lang === 'de' ? 2 : 1) : chars.length;
    let part = '';
    let done = !inflect;
    for (let k = 0; k < end; k++) {
      const ch = chars[k]!;
      if (APOSTROPHES.includes(ch)) continue;
      const c = leadChar(ch);
      if (lead.length + 1 + part.length >= LEAD_MAX || !isLeadLetter(c) || (lang === 'de' && (DE_FOLDS[`${ch}${chars[k + 1] ?? ''}`.toLowerCase()] !== undefined || DE_FOLDS[ch.toLowerCase()] !== undefined))) {
        done = false;
        break;
      }
      part += c;
    }
    // A word that gives no letter ends the lead at the word before it (spaces come between them).
    if (part === '') break;
    lead += lead === '' ? part : ` ${part}`;
    // Whole: spaces come next, or the phrase ends with a word-end check (its last character is a
    // letter or digit; "d'" also matches the "d" of "des").
    let last = true;
    for (let k = i + 1; k < tokens.length && last; k++) last = tokens[k] === '...' || tokens[k] === '…';
    whole = done && (!last || WORDISH.test(word[word.length - 1] ?? ''));
    if (!whole) break;
  }
  return whole ? `${lead} ` : lead;
}

/** Standalone RegExp source (flags `giu`) for one phrase; the syntax: `phrase` in kinds/parts.ts. */
export function phraseSource(phrase: string, inflectLast = false, fold = false, lang: MatchLang = 'en'): string {
  const p = phraseParts(phrase, inflectLast, fold, lang);
  return p.startsWord ? `${NOT_WORD_BEFORE}${p.body}` : p.body;
}

const QUANTIFIER = /(?:[?*+]|\{\d+(?:,\d*)?\})\??/y;

/** The end of the class that opens at `k` (`[…]`). */
function classEnd(s: string, k: number): number {
  for (k++; s[k] !== ']'; k++) if (s[k] === '\\') k++;
  return k + 1;
}

/**
 * A source written by this file as its atoms: escapes (`\s`, `\p{L}`), classes, groups, or single
 * characters, each with its quantifier. ASCII letters are lower-cased: every phrase RegExp has the
 * `i` flag, and "I" and "i" then become one branch.
 */
function atomsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let j = i + 1;
    if (c === 92 /* \ */) j = s[i + 1] === 'p' || s[i + 1] === 'P' ? s.indexOf('}', i) + 1 : i + 2;
    else if (c === 91 /* [ */) j = classEnd(s, i);
    else if (c === 40 /* ( */) {
      for (let depth = 1; depth > 0; ) {
        const d = s[j];
        if (d === '\\') j += 2;
        else if (d === '[') j = classEnd(s, j);
        else {
          if (d === '(') depth++;
          else if (d === ')') depth--;
          j++;
        }
      }
    }
    const next = s.charCodeAt(j);
    if (next === 63 || next === 42 || next === 43 || next === 123 /* ? * + { */) {
      QUANTIFIER.lastIndex = j;
      const q = QUANTIFIER.exec(s);
      if (q) j += q[0].length;
    }
    out.push(j === i + 1 && c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s.slice(i, j));
    i = j;
  }
  return out;
}

interface Branch {
  atoms: readonly string[];
  /** Its place in the list: alternatives are tried in this order. */
  order: number;
}

/**
 * The alternatives as a tree of shared beginnings (`don't (?:have|know)` rather than `don't have|
 * don't know`): V8 then tests one branch per first letter at each position of the draft instead
 * of every phrase (the long lists run about twice as fast). The order of trial is kept wherever two
 * branches can match the same text: branches that part on two different letters cannot, and an
 * alternative that ends where others go on keeps its place before or after all of them (where it
 * sits between them, that part stays a flat list). So each position matches, or not, as before;
 * only which of two overlapping alternatives (a class or a gap at the fork) is taken may differ.
 * (A word-start check after each first letter, `d(?<![\p{L}\p{N}_]d)…`, ran another fifth faster
 * but doubled the time V8 takes to build the RegExp: not worth it for a pack's first lint.)
 */
function treeSource(bodies: readonly string[]): string {
  return emitTree(
    bodies.map((b, order): Branch => ({ atoms: atomsOf(b), order })),
    0,
  );
}

/** Lists shorter than this stay flat. */
const TREE_FROM = 6;

/** The branches `bs` (in their order) from their atom `from` on. */
function emitTree(bs: readonly Branch[], from: number): string {
  const top = from === 0;
  let endOrder = -1;
  let restMin = Infinity;
  let restMax = -1;
  const groups = new Map<string, Branch[]>();
  for (const b of bs) {
    if (b.atoms.length === from) {
      if (endOrder < 0) endOrder = b.order;
      continue;
    }
    restMin = Math.min(restMin, b.order);
    restMax = Math.max(restMax, b.order);
    const a = b.atoms[from]!;
    const g = groups.get(a);
    if (g) g.push(b);
    else groups.set(a, [b]);
  }
  if (groups.size === 0) return '';
  const alternatives: string[] = [];
  for (const [atom, g] of groups) {
    const first = g[0]!;
    let depth = from + 1;
    let head: string;
    if (g.length === 1) {
      // One branch goes on alone: the rest of its atoms in a row.
      head = first.atoms.slice(from).join('');
      depth = first.atoms.length;
    } else {
      head = atom;
      while (g.every((b) => b.atoms.length > depth && b.atoms[depth] === first.atoms[depth])) head += first.atoms[depth++];
    }
    const tail = g.length === 1 ? '' : emitTree(g, depth);
    alternatives.push(tail === '' ? head : head + (tail.startsWith('(?:') || !tail.includes('|') ? tail : `(?:${tail})`));
  }
  const all = alternatives.join('|');
  if (endOrder < 0) return alternatives.length > 1 && !top ? `(?:${all})` : all;
  if (endOrder > restMax) return `(?:${all})?`;
  if (endOrder < restMin) return `(?:${all})??`;
  // The one that ends sits between the others: this part stays a flat list, in order.
  return `(?:${bs.map((b) => b.atoms.slice(from).join('')).join('|')})`;
}

/**
 * The alternatives in their order, each run of consecutive ones that end with the word-end check
 * sharing one: `(?:A|B)(?!W)|C` matches what `A(?!W)|B(?!W)|C` does (backtracking tries B when
 * A's check fails). V8 builds the `\p{L}` class of every check with the `iu` flags: 400 of them
 * took 165 ms to construct, one 10 ms (a 6,000-phrase pack compiled in 4 s; issue 14). Each run is
 * a tree of shared beginnings (treeSource).
 */
function hoistWordEnds(bodies: readonly string[], tree: boolean): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    // A short list gains nothing from the tree; a long one tests one branch per first letter.
    const alternatives = tree && run.length >= TREE_FROM ? treeSource(run) : run.join('|');
    out.push(`(?:${alternatives})${NOT_WORD_AFTER}`);
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
  /** The alternatives as a tree (treeSource); false: the flat list, for tests that compare the two. */
  tree = true,
): {
  source: string;
  gate: readonly (readonly string[])[] | null;
  /** Every phrase's lead (phraseLead), or null when some phrase has none: then the RegExp runs everywhere. */
  leads: readonly string[] | null;
} {
  const parts = phrases.map((p) => phraseParts(p, inflect, fold, lang));
  const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const worded = [...new Set(parts.filter((p) => p.startsWord).map((p) => p.body))].sort(longestFirst);
  const other = [...new Set(parts.filter((p) => !p.startsWord).map((p) => p.body))].sort(longestFirst);
  const groups: string[] = [];
  if (worded.length > 0) groups.push(`${NOT_WORD_BEFORE}(?:${hoistWordEnds(worded, tree)})`);
  if (other.length > 0) groups.push(`(?:${hoistWordEnds(other, tree)})`);
  // A phrase with no required word could match anywhere: then the RegExp always runs.
  const gates = parts.map(phraseGates);
  const gate = gates.some((g) => g.some((s) => s.length === 0)) ? null : gates.flat();
  const leads = other.length > 0 ? null : phrases.map((p) => phraseLead(p, inflect, lang));
  return { source: groups.join('|'), gate, leads: leads === null || leads.includes('') ? null : leads };
}
