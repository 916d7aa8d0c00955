/**
 * The guidance engine: `lint` a draft (with its thread and context) against compiled packs.
 * Pure and synchronous; runs in the background on every typing pause, so: no allocation on the
 * no-match path beyond the result array, thread facts cached per thread. Each rule's own test is its
 * kind's match step (kinds/<kind>.ts), asked through a DraftView.
 */
import type { ThreadMessage } from '../adapters/types';
import { NO_HITS, type Hint, type LintContext, type LintInput, type TextRange } from './hint';
import type { DraftView, DraftWordList } from './kinds/types';
import { foldGerman, foldText, foldWord } from './phrase';
import type { Case, Pack } from './schema';
import { countWords, isApostrophe as apostropheCode, isWordCode as wordCode } from './words';

// Per-character tests, called straight (not through the module binding): where the module is
// loaded as CommonJS (tsx: the bench, the tools), every call through an import is a getter call.
const isWordCode = wordCode;
const isApostrophe = apostropheCode;
import {
  compile,
  SEVERITY_RANK,
  TONE_RANK,
  wordHash,
  type CompiledChecklist,
  type CompiledContext,
  type CompiledMatcher,
  type CompiledNear,
  type CompiledPacks,
  type CompiledRule,
  type ThreadInfo,
} from './compile';

export { compile } from './compile';
export { countWords } from './words';
export type { CompiledPacks, CompilePrefs } from './compile';

// ---------------------------------------------------------------------------------------------
// Scanning

/** What a word gate asks of the draft's words: draftWords' Set, or draftGateWords. */
export interface WordLookup {
  has(word: string): boolean;
}

function gateOpen(gate: readonly (readonly string[])[], words: WordLookup): boolean {
  for (let p = 0; p < gate.length; p++) {
    const need = gate[p]!;
    let all = true;
    for (let w = 0; w < need.length && all; w++) all = words.has(need[w]!);
    if (all) return true;
  }
  return false;
}

/** The draft's facts the scans use: where phrases may start, and its normalised words (the gates). */
export interface DraftFacts {
  /** Per lead slot (compile.ts LeadIndex), or null: every RegExp runs over the whole draft. */
  readonly starts: readonly (readonly number[] | undefined)[] | null;
  /** Worked out when a word gate asks (draftGateWords: what draftWords has, for the gate words). */
  words(): WordLookup;
}

function stickyOf(m: CompiledMatcher, i: number): RegExp {
  const re = m.res[i]!;
  return (m.sticky[i] ??= new RegExp(re.source, `${re.flags.replace('g', '')}y`));
}

/**
 * The matches of a phrase RegExp, tried only at `starts` (sorted; every place a match may start, see
 * draftStarts): the same as a global scan. A global exec finds the first place from lastIndex on
 * where the RegExp matches, and the match it finds there is the one the sticky RegExp finds at that
 * place; every such place is in `starts`. A phrase match is never empty (a lead has a letter).
 */
function scanAt(m: CompiledMatcher, i: number, text: string, starts: readonly number[], first: boolean): TextRange[] | null {
  const re = stickyOf(m, i);
  let hits: TextRange[] | null = null;
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < from) continue;
    re.lastIndex = p;
    const x = re.exec(text);
    if (x === null) continue;
    const len = x[0].length;
    from = p + len;
    (hits ??= []).push({ start: p, end: from });
    if (first) break;
  }
  re.lastIndex = 0;
  return hits;
}

/**
 * All non-empty matches of a matcher in `text`, sorted; memoised on the last text. With the draft's
 * facts, a phrase RegExp runs only if some phrase's words are all there, and only where one of its
 * phrases may start.
 */
export function scan(m: CompiledMatcher, text: string, facts: DraftFacts | null = null): readonly TextRange[] {
  if (m.memoText === text) return m.memoHits;
  let hits: TextRange[] | null = null;
  const res = m.res;
  for (let i = 0; i < res.length; i++) {
    const gate = m.gates[i];
    if (facts !== null) {
      // A list with leads runs only where one of its phrases can start, and its word gate is asked
      // only when it found something (as good as not running it when closed: same hits, and the
      // draft's words are seldom needed). A list without leads runs only if its gate is open.
      const slot = m.slots[i]!;
      const at = slot >= 0 && facts.starts !== null ? facts.starts[slot] : null;
      if (at === undefined) continue;
      if (at !== null) {
        const found = scanAt(m, i, text, at, false);
        if (found !== null && (!gate || gateOpen(gate, facts.words()))) hits = hits === null ? found : hits.concat(found);
        continue;
      }
      if (gate && !gateOpen(gate, facts.words())) continue;
    }
    const re = res[i]!;
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = re.exec(text)) !== null) {
      const len = x[0].length;
      if (len === 0) {
        re.lastIndex++;
        continue;
      }
      (hits ??= []).push({ start: x.index, end: x.index + len });
    }
  }
  if (hits && res.length > 1) hits = mergeRanges(hits);
  m.memoText = text;
  m.memoHits = hits ?? NO_HITS;
  return m.memoHits;
}

/**
 * Whether a matcher matches anywhere in `text` (no memo, no allocation): stops at the first match,
 * where `scan` finds them all (an `unless` only needs one: "je vous" early in a French draft).
 */
function test(m: CompiledMatcher, text: string, facts: DraftFacts | null = null): boolean {
  if (m.memoText === text) return m.memoHits.length > 0;
  const res = m.res;
  for (let i = 0; i < res.length; i++) {
    const gate = m.gates[i];
    if (facts !== null) {
      const slot = m.slots[i]!;
      const at = slot >= 0 && facts.starts !== null ? facts.starts[slot] : null;
      if (at === undefined) continue;
      if (at !== null) {
        if (scanAt(m, i, text, at, true) !== null && (!gate || gateOpen(gate, facts.words()))) return true;
        continue;
      }
      if (gate && !gateOpen(gate, facts.words())) continue;
    }
    const re = res[i]!;
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    // Empty matches do not count, as in `scan`.
    while ((x = re.exec(text)) !== null) {
      if (x[0].length > 0) {
        re.lastIndex = 0;
        return true;
      }
      re.lastIndex++;
    }
  }
  return false;
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) out[out.length - 1] = { start: last.start, end: r.end };
    } else out.push(r);
  }
  return out;
}

/** ß, ä, ö, ü (either case): a word with one is also kept as German folds it (phrase.ts foldGerman). */
function isFoldCode(c: number): boolean {
  return c === 0xdf || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xc4 || c === 0xd6 || c === 0xdc || c === 0x1e9e;
}

/**
 * The draft's words, lower case, apostrophes removed ("Don’t" → "dont"), accents folded ("déjà" →
 * "deja"); a word with an apostrophe also gives its part after the last one, so a phrase may start
 * after an elision ("l'impossible", "j'sais"), as its RegExp does. A word with ß or an umlaut is
 * also kept as German spells it typed out ("weiß" → "weiss", "für" → "fuer": German packs gate on
 * that). Memoised on the last draft.
 */
export function draftWords(c: CompiledPacks, draft: string): ReadonlySet<string> {
  if (c.draftWords !== null && c.draftWords.draft === draft) return c.draftWords.words;
  const words = new Set<string>();
  // Lower case and accents folded once for the whole draft (same length: the offsets below hold);
  // draftStarts has it already.
  const read = c.draftStarts !== null && c.draftStarts.draft === draft ? c.draftStarts.folded : undefined;
  const lower = read === undefined ? draft.toLowerCase() : '';
  const text = read !== undefined ? read : lower.length === draft.length ? foldText(lower) : null;
  let start = -1;
  let apos = -1;
  let high = false;
  let german = false;
  for (let i = 0; i <= draft.length; i++) {
    const code = i < draft.length ? draft.charCodeAt(i) : 32;
    if (isWordCode(code)) {
      if (start < 0) start = i;
      if (code >= 0x250) high = true;
      if (code >= 0xc4 && isFoldCode(code)) german = true;
    } else if (start >= 0 && isApostrophe(code) && i + 1 < draft.length && isWordCode(draft.charCodeAt(i + 1))) {
      apos = i + 1;
    } else if (start >= 0) {
      const plain = text !== null && !high;
      let w = plain ? text.slice(start, i) : foldWord(draft.slice(start, i).toLowerCase());
      if (apos >= 0) {
        w = w.replace(/['’‘ʼ`]/g, '');
        words.add(plain ? text.slice(apos, i) : foldWord(draft.slice(apos, i).toLowerCase()));
      }
      words.add(w);
      if (german) words.add(foldWord(foldGerman(draft.slice(start, i).toLowerCase().replace(/['’‘ʼ`]/g, ''))));
      start = -1;
      apos = -1;
      high = false;
      german = false;
    }
  }
  c.draftWords = { draft, words };
  return words;
}

/** FNV-1a over a draft word's characters lower case (A-Z as a-z, others as toLowerCase gives their first unit), apostrophes skipped: DraftWordList.hashes. */
function lowerWordHash(draft: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) {
    const code = draft.charCodeAt(i);
    if (!isWordCode(code)) continue;
    h = Math.imul(h ^ (code >= 65 && code <= 90 ? code + 32 : code > 127 ? draft[i]!.toLowerCase().charCodeAt(0) : code), 0x01000193);
  }
  return h;
}

/** Whether folded[from, to) without its apostrophes is `word`. */
function sameWord(folded: string, from: number, to: number, word: string): boolean {
  let j = 0;
  for (let i = from; i < to; i++) {
    const code = folded.charCodeAt(i);
    if (isApostrophe(code)) continue;
    if (j >= word.length || word.charCodeAt(j) !== code) return false;
    j++;
  }
  return j === word.length;
}

/** The gate words draftWords has, by id (GateWords); the others asked of draftWords itself. */
class GateLookup implements WordLookup {
  constructor(
    private readonly c: CompiledPacks,
    private readonly draft: string,
    private readonly found: Uint8Array | null,
  ) {}
  has(word: string): boolean {
    const id = this.found !== null ? this.c.gateWords.ids.get(word) : undefined;
    return id !== undefined ? this.found![id] === 1 : draftWords(this.c, this.draft).has(word);
  }
}

/** The draft's words with their lower-case hashes (DraftWordList; worked out with draftGateWords). */
export function draftWordList(c: CompiledPacks, draft: string): DraftWordList {
  if (c.draftGate === null || c.draftGate.draft !== draft) draftGateWords(c, draft);
  return c.draftGate!.list;
}

/**
 * Which of the compile's gate words the draft has, read as draftWords reads it (same words: lower
 * case, accents folded, apostrophes dropped, the part after the last apostrophe, German spellings),
 * in one pass that hashes each word as it reads it and looks the hash up among the gate words: no
 * string and no Set entry per draft word (those were a tenth of the lint). Words draftWords folds
 * one by one (a letter from U+0250 on, German spellings) are looked up as strings. The same pass
 * lists the draft's words with their lower-case hashes (draftWordList: the word triples of
 * kinds/conversation.ts, no second pass over the draft). Memoised on the last draft.
 */
export function draftGateWords(c: CompiledPacks, draft: string): WordLookup {
  if (c.draftGate !== null && c.draftGate.draft === draft) return c.draftGate.words;
  const gate = c.gateWords;
  // The last draft's arrays when they are long enough (its list is dropped with its memo below).
  const most = (draft.length >> 1) + 1;
  const old = c.draftGate?.list;
  const listStarts = old !== undefined && old.starts.length >= most ? old.starts : new Int32Array(most);
  const listEnds = old !== undefined && old.ends.length >= most ? old.ends : new Int32Array(most);
  const listHashes = old !== undefined && old.hashes.length >= most ? old.hashes : new Int32Array(most);
  let count = 0;
  const read = c.draftStarts !== null && c.draftStarts.draft === draft ? c.draftStarts.folded : undefined;
  const lower = read === undefined ? draft.toLowerCase() : '';
  const text = read !== undefined ? read : lower.length === draft.length ? foldText(lower) : null;
  const oldFound = c.draftGate?.found;
  const found: Uint8Array | null = text === null ? null : oldFound != null ? oldFound.fill(0) : new Uint8Array(gate.words.length);
  const table = gate.table;
  const mask = table.length - 1;
  const hashes = gate.hashes;
  const gateWords = gate.words;
  const ids = gate.ids;
  const mark = (h: number, from: number, to: number) => {
    let e: number;
    for (let slot = h & mask; (e = table[slot]!) !== 0; slot = (slot + 1) & mask) {
      if (hashes[e - 1] === h && sameWord(text!, from, to, gateWords[e - 1]!)) found![e - 1] = 1;
    }
  };
  const markWord = (w: string) => {
    const id = ids.get(w);
    if (id !== undefined) found![id] = 1;
  };
  let start = -1;
  let apos = -1;
  let high = false;
  let german = false;
  let h = 0;
  let wide = false;
  for (let i = 0; i <= draft.length; i++) {
    const code = i < draft.length ? draft.charCodeAt(i) : 32;
    if (isWordCode(code)) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5 | 0;
      }
      if (code > 127) {
        wide = true;
        if (code >= 0x250) high = true;
        if (code >= 0xc4 && isFoldCode(code)) german = true;
      }
      if (text !== null) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    } else if (start >= 0 && isApostrophe(code) && i + 1 < draft.length && isWordCode(draft.charCodeAt(i + 1))) {
      apos = i + 1;
    } else if (start >= 0) {
      listStarts[count] = start;
      listEnds[count] = i;
      // An ASCII word's hash over the folded draft is its lower-case hash: the folded draft is its lower case there.
      listHashes[count++] = text === null || wide ? lowerWordHash(draft, start, i) : h;
      if (text !== null) {
        // As draftWords: the word (apostrophes dropped), the part after its last apostrophe, the German spelling.
        if (high) {
          const w = foldWord(draft.slice(start, i).toLowerCase());
          markWord(apos >= 0 ? w.replace(/['’‘ʼ`]/g, '') : w);
          if (apos >= 0) markWord(foldWord(draft.slice(apos, i).toLowerCase()));
        } else {
          mark(h, start, i);
          if (apos >= 0) mark(wordHash(text, apos, i), apos, i);
        }
        if (german) markWord(foldWord(foldGerman(draft.slice(start, i).toLowerCase().replace(/['’‘ʼ`]/g, ''))));
      }
      start = -1;
      apos = -1;
      high = false;
      german = false;
      wide = false;
    }
  }
  const words = new GateLookup(c, draft, found);
  c.draftGate = { draft, words, found, list: { count, starts: listStarts, ends: listEnds, hashes: listHashes } };
  return words;
}

/** 0-35 for 0-9 and a-z (and ſ, which /s/iu matches), else -1: a character of the draft index (lower case, accents folded). */
function leadLetter(ch: number): number {
  if (ch >= 97 && ch <= 122) return ch - 87;
  if (ch >= 48 && ch <= 57) return ch - 48;
  return ch === 0x17f ? 28 : -1;
}

/** What `\s` matches in a RegExp. */
function isRegExpSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))
  );
}

/** A-Z, a-z, 0-9 or _: a phrase (which starts with a word check) cannot start right after one. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Where in the draft each phrase RegExp may match (per slot of the compile's LeadIndex, sorted):
 * every place not right after an ASCII letter, digit or _ (the phrases' word-start check fails
 * there) from which the draft, lower case and accents folded, spells one of the slot's leads. As a
 * phrase's RegExp reads a letter in any case (its `i` flag: "K" is also the Kelvin sign, "s" the long
 * ſ), the draft is read so too. Null when the lower case changes the draft's length (then the
 * RegExps run everywhere). Memoised on the last draft.
 */
export function draftStarts(c: CompiledPacks, draft: string): readonly (readonly number[] | undefined)[] | null {
  if (c.draftStarts !== null && c.draftStarts.draft === draft) return c.draftStarts.starts;
  const index = c.leads;
  let starts: (number[] | undefined)[] | null = null;
  const lower = index !== null ? draft.toLowerCase() : '';
  const text = index !== null && lower.length === draft.length ? foldText(lower) : null;
  if (index !== null && text !== null) {
    const keys = index.keys;
    const children = index.children;
    const bits = index.bits;
    const mask = (1 << bits) - 1;
    const shift = 32 - bits;
    const ends = index.ends;
    const wholes = index.wholes;
    const marks = index.marks;
    const out: (number[] | undefined)[] = (starts = new Array<number[] | undefined>(index.slots));
    const n = text.length;
    const add = (at: readonly number[], p: number) => {
      for (let k = 0; k < at.length; k++) {
        const list = (out[at[k]!] ??= []);
        if (list[list.length - 1] !== p) list.push(p);
      }
    };
    // (A character read as an ASCII letter or digit is a letter or digit: no phrase starts after it.)
    for (let p = 0, after = false; p < n; p++) {
      const first = text.charCodeAt(p);
      const blocked = after;
      after = isAsciiWordCode(first);
      if (blocked || leadLetter(first) < 0) continue;
      let node = 0;
      for (let j = p; j < n; j++) {
        const code = text.charCodeAt(j);
        let letter = leadLetter(code);
        if (letter < 0) {
          // An apostrophe is optional in a phrase's source: read past it.
          if (j > p && isApostrophe(code)) continue;
          if (j === p || !isRegExpSpace(code)) break;
          // The spaces between two words (`\s+`, then a letter: all of them).
          while (j + 1 < n && isRegExpSpace(text.charCodeAt(j + 1))) j++;
          letter = 36;
        }
        const key = node * 37 + letter;
        let h = Math.imul(key, 0x9e3779b1) >>> shift; // compile.ts leadSlot
        let k: number;
        while ((k = keys[h]!) !== key && k !== -1) h = (h + 1) & mask;
        if (k === -1) break;
        node = children[h]!;
        const mark = marks[node]!;
        if (mark === 0) continue;
        if ((mark & 1) !== 0) add(ends.get(node)!, p);
        if ((mark & 2) !== 0 && (j + 1 >= n || leadLetter(text.charCodeAt(j + 1)) < 0)) add(wholes.get(node)!, p);
      }
    }
  }
  c.draftStarts = { draft, starts, folded: index !== null ? text : undefined };
  return starts;
}

function draftFacts(c: CompiledPacks, draft: string): DraftFacts {
  return { starts: draftStarts(c, draft), words: () => draftGateWords(c, draft) };
}

// ---------------------------------------------------------------------------------------------
// Sentences and clauses (for ifNear / unlessNear)

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x202f;
}

// English, then French and Portuguese ("…, mais je peux", "…, mas posso"): words no English clause starts with.
const CONJUNCTION =
  /^\s*(?:and|but|so|or|yet|because|while|although|though|whereas|which|however|mais|donc|cependant|pourtant|puisque|parce que|mas|porém|porem|contudo|todavia|porque|pois|então|entao)(?![\p{L}\p{N}])/iu;

/** . ! ? " ' ) ] ” ’: what may follow a sentence's final mark before the space. */
function isCloser(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019;
}

/** ASCII: 1 for what may end a sentence or clause in draftSpans (line breaks, . ! ? ; : , -). */
const SPAN_MARK = (() => {
  const out = new Uint8Array(128);
  for (const ch of '\n\r.!?;:,-') out[ch.charCodeAt(0)] = 1;
  return out;
})();

/** a-z: 1 where a CONJUNCTION word starts with that letter. */
const CONJUNCTION_FIRST = (() => {
  const out = new Uint8Array(26);
  for (const ch of 'abcdeghmoprstwy') out[ch.charCodeAt(0) - 97] = 1;
  return out;
})();

/**
 * Whether a conjunction starts at `i` (after spaces): a comma before one ends a clause. The
 * RegExp runs only when the first character after ASCII spaces may start one (an ASCII letter that
 * starts a CONJUNCTION word, or anything not ASCII): most commas are not before one.
 */
function conjunctionAt(draft: string, i: number): boolean {
  const end = Math.min(draft.length, i + 13);
  let j = i;
  let c = 0;
  while (j < end && ((c = draft.charCodeAt(j)) === 32 || (c >= 9 && c <= 13))) j++;
  if (j >= end) return false;
  if (c < 128) {
    const letter = (c | 32) - 97;
    if (letter < 0 || letter > 25 || CONJUNCTION_FIRST[letter] === 0) return false;
  }
  return CONJUNCTION.test(draft.slice(i, end));
}

/**
 * Sentence bounds: a sentence ends at a line break, or at . ! ? (and closing quotes/brackets)
 * followed by a space or the end, unless the next word starts in lower case ("3 p.m. today",
 * "e.g. this"). Clause bounds: a sentence split further at ; : and dashes between spaces, and at a
 * comma before a conjunction (", and", ", but", ", so"…): "If it fails, I'll call" stays one clause.
 */
export function draftSpans(c: CompiledPacks, draft: string): { sentences: readonly TextRange[]; clauses: readonly TextRange[] } {
  if (c.draftSpans !== null && c.draftSpans.draft === draft) return c.draftSpans;
  const sentences: TextRange[] = [];
  const clauses: TextRange[] = [];
  let start = 0;
  let clauseStart = 0;
  const n = draft.length;
  const close = (end: number, next: number) => {
    if (end > start) sentences.push({ start, end });
    if (end > clauseStart) clauses.push({ start: clauseStart, end });
    start = next;
    clauseStart = next;
  };
  for (let i = 0; i < n; i++) {
    const ch = draft.charCodeAt(i);
    // Most characters end nothing: one table look-up for them.
    if (ch < 128 ? SPAN_MARK[ch] === 0 : ch !== 0x2014 && ch !== 0x2013) continue;
    if (ch === 10 || ch === 13) {
      close(i, i + 1);
      continue;
    }
    if (ch === 46 || ch === 33 || ch === 63) {
      let j = i + 1;
      while (j < n && isCloser(draft.charCodeAt(j))) j++;
      if (j < n && !isSpace(draft.charCodeAt(j)) && draft.charCodeAt(j) !== 10 && draft.charCodeAt(j) !== 13) continue;
      let k = j;
      while (k < n && isSpace(draft.charCodeAt(k))) k++;
      if (ch === 46 && k < n) {
        // A lower-case next word: not a sentence end ("3 p.m. today").
        const nc = draft.charCodeAt(k);
        if (nc < 128 ? nc >= 97 && nc <= 122 : draft[k]! !== draft[k]!.toUpperCase()) continue;
      }
      close(j, j);
      i = j - 1;
      continue;
    }
    if (ch === 59 || ch === 58 || (ch === 44 && conjunctionAt(draft, i + 1)) || ((ch === 0x2014 || ch === 0x2013 || ch === 45) && i > 0 && isSpace(draft.charCodeAt(i - 1)))) {
      if (i > clauseStart) clauses.push({ start: clauseStart, end: i });
      clauseStart = i + 1;
    }
  }
  close(n, n);
  c.draftSpans = { draft, sentences, clauses };
  return c.draftSpans;
}

/** Index of the span that holds `pos` (or the last one that starts before it). */
function spanIndex(spans: readonly TextRange[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether every matcher of `near` has a hit within the scope around `r`. */
function nearHolds(c: CompiledPacks, near: CompiledNear, draft: string, dw: DraftFacts, r: TextRange): boolean {
  const spans = draftSpans(c, draft);
  let from: number;
  let to: number;
  if (near.within === 0) {
    const i = spanIndex(spans.clauses, r.start);
    from = i >= 0 ? spans.clauses[i]!.start : 0;
    to = Math.max(r.end, i >= 0 ? spans.clauses[i]!.end : draft.length);
  } else {
    const s = spans.sentences;
    const i = spanIndex(s, r.start);
    const first = near.within === 3 ? Math.max(0, i - 1) : Math.max(0, i);
    let last = near.within === 4 ? s.length - 1 : near.within >= 2 ? Math.min(s.length - 1, i + 1) : i;
    // The match may run past its sentence (a phrase across a full stop): cover its end too.
    while (last + 1 < s.length && s[last]!.end < r.end) last++;
    from = s.length > 0 ? s[first]!.start : 0;
    to = last >= 0 && s.length > 0 ? s[last]!.end : draft.length;
  }
  for (let m = 0; m < near.all.length; m++) {
    const hits = scan(near.all[m]!, draft, dw);
    let any = false;
    for (let h = 0; h < hits.length && !any; h++) any = hits[h]!.start < to && hits[h]!.end > from;
    if (!any) return false;
  }
  return true;
}

/** The ranges that pass the rule's ifNear and unlessNear conditions. */
function nearFilter(c: CompiledPacks, r: CompiledRule, ranges: readonly TextRange[], draft: string, dw: DraftFacts): readonly TextRange[] {
  let out: TextRange[] | null = null;
  for (let i = 0; i < ranges.length; i++) {
    const x = ranges[i]!;
    let keep = r.ifNear === null || nearHolds(c, r.ifNear, draft, dw, x);
    for (let u = 0; u < r.unlessNear.length && keep; u++) keep = !nearHolds(c, r.unlessNear[u]!, draft, dw, x);
    if (keep) (out ??= []).push(x);
  }
  return out ?? NO_HITS;
}

// ---------------------------------------------------------------------------------------------
// Thread facts

function lastRole(thread: readonly ThreadMessage[]): ThreadMessage['role'] | undefined {
  for (let i = thread.length - 1; i >= 0; i--) {
    const role = thread[i]!.role;
    if (role !== 'note') return role;
  }
  return undefined;
}

function sameThread(a: readonly ThreadMessage[], b: readonly ThreadMessage[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.role !== y.role || x.text !== y.text) return false;
  }
  return true;
}

/** Thread facts, cached by array identity, then by content (adapters rebuild the array on each read). */
function threadInfo(c: CompiledPacks, thread: readonly ThreadMessage[]): ThreadInfo {
  const known = c.threadCache.get(thread);
  if (known) return known;
  const last = c.lastThread;
  if (last && sameThread(last.thread, thread)) {
    c.threadCache.set(thread, last);
    return last;
  }
  const info: ThreadInfo = { thread, lastRole: lastRole(thread), perRule: new Map() };
  c.threadCache.set(thread, info);
  c.lastThread = info;
  return info;
}

function anyCustomerSays(info: ThreadInfo, m: CompiledMatcher, lastOnly: boolean): boolean {
  const cached = info.perRule.get(lastOnly ? { m } : m);
  if (typeof cached === 'boolean') return cached;
  const thread = info.thread;
  let found = false;
  for (let i = thread.length - 1; i >= 0; i--) {
    const msg = thread[i]!;
    if (msg.role !== 'customer') continue;
    if (test(m, msg.text)) {
      found = true;
      break;
    }
    if (lastOnly) break;
  }
  if (!lastOnly) info.perRule.set(m, found);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Conditions

function contextOk(k: CompiledContext, ctx: LintContext): boolean {
  if (k.tones !== 0 || k.minTone >= 0) {
    if (ctx.customerTone === undefined) return false;
    const rank = TONE_RANK[ctx.customerTone] ?? 0;
    if (k.tones !== 0 && (k.tones & (1 << rank)) === 0) return false;
    if (rank < k.minTone) return false;
  }
  if (k.risks) {
    const risks = ctx.draftRisks;
    if (!risks) return false;
    let found = false;
    for (let i = 0; i < risks.length && !found; i++) found = k.risks.includes(risks[i]!.kind);
    if (!found) return false;
  }
  if (k.sites && (ctx.site === undefined || !k.sites.includes(ctx.site))) return false;
  if (k.channels && (ctx.channel === undefined || !k.channels.includes(ctx.channel))) return false;
  if (k.repeatContact !== null && (ctx.repeatContact ?? false) !== k.repeatContact) return false;
  return true;
}

function riskRanges(k: CompiledContext, ctx: LintContext): readonly TextRange[] {
  const out: TextRange[] = [];
  for (const r of ctx.draftRisks ?? []) if (k.risks?.includes(r.kind)) out.push({ start: r.start, end: r.end });
  return out.length > 0 ? mergeRanges(out) : NO_HITS;
}

// ---------------------------------------------------------------------------------------------
// Lint

const EMPTY_CONTEXT: LintContext = {};
const EMPTY_THREAD: readonly ThreadMessage[] = [];

function firstStart(h: Hint): number {
  return h.ranges.length > 0 ? h.ranges[0]!.start : Number.MAX_SAFE_INTEGER;
}

function byPriority(a: Hint, b: Hint): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || firstStart(a) - firstStart(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Bounded work (issue 14): with a budget, lint stops taking rules once `totalMs` has passed (the
 * rest are left out of this lint: `cut`), skips the `suspended` hint ids, and reports in
 * `overran` the hint ids of rules that took more than `ruleMs` on their own. Every pattern is
 * linear-time (regex-safety.ts), so one rule's overrun is bounded too; the caller decides what
 * to suspend (entrypoints/background/guidance.ts).
 */
export interface LintBudget {
  readonly totalMs: number;
  readonly ruleMs: number;
  readonly suspended: ReadonlySet<string>;
  /** Filled by lint. */
  readonly overran: { id: string; ms: number }[];
  /** Set by lint when rules were left out for time. */
  cut: boolean;
  readonly now?: () => number;
}

export function newBudget(totalMs: number, ruleMs: number, suspended: ReadonlySet<string>, now?: () => number): LintBudget {
  return { totalMs, ruleMs, suspended, overran: [], cut: false, ...(now ? { now } : {}) };
}

const perfNow = (): number => performance.now();

const warmed = new WeakSet<CompiledPacks>();
const WARM_TEXT = "Hi, I don't know yet. I'll call you today at 3 pm, or we can't.";

/**
 * Runs every RegExp of the compiled packs once. V8 compiles a RegExp at its first exec, and a
 * matcher that only runs near a match (ifNear/unlessNear) may first run many lints later: that
 * compile must not count against the rule's time budget.
 */
function warmUp(c: CompiledPacks): void {
  warmed.add(c);
  const run = (m: CompiledMatcher | null) => {
    if (!m) return;
    // Twice: engines compile a RegExp to bytecode at its first exec and to native code at a later one.
    const all = m.res.map((re, i) => (m.slots[i]! >= 0 ? [re, stickyOf(m, i)] : [re])).flat();
    for (const re of all) {
      for (let k = 0; k < 2; k++) {
        re.lastIndex = 0;
        re.test(WARM_TEXT);
      }
      re.lastIndex = 0;
    }
  };
  for (const r of c.rules) {
    for (const m of r.matchers) run(m);
    for (const n of r.ifNear ? [r.ifNear, ...r.unlessNear] : r.unlessNear) for (const m of n.all) run(m);
  }
  for (const cl of c.checklistsByLang ?? c.checklists) for (const it of cl.items) run(it.tick);
}

/** The draft as the kinds' match steps see it (kinds/types.ts): one per lint, its facts worked out on demand. */
class LintView implements DraftView {
  /** The rule being matched (for its near-conditions). */
  rule: CompiledRule | null = null;
  readonly text: string;
  private readonly c: CompiledPacks;
  private readonly dw: DraftFacts;
  private readonly messages: readonly ThreadMessage[];
  /** countWords of the draft, exact or (counted up to a limit) above that limit. */
  private count = -1;
  private exact = false;
  private info: ThreadInfo | null = null;

  constructor(c: CompiledPacks, text: string, dw: DraftFacts, messages: readonly ThreadMessage[]) {
    this.c = c;
    this.text = text;
    this.dw = dw;
    this.messages = messages;
  }
  scan(m: CompiledMatcher): readonly TextRange[] {
    return scan(m, this.text, this.dw);
  }
  has(m: CompiledMatcher): boolean {
    return test(m, this.text, this.dw);
  }
  words(upTo = Infinity): number {
    if (this.count >= 0 && (this.exact || this.count > upTo)) return this.count;
    this.count = countWords(this.text, upTo);
    this.exact = this.count <= upTo;
    return this.count;
  }
  near(ranges: readonly TextRange[]): readonly TextRange[] {
    const r = this.rule!;
    if (ranges.length === 0 || (r.ifNear === null && r.unlessNear.length === 0)) return ranges;
    return nearFilter(this.c, r, ranges, this.text, this.dw);
  }
  thread(): ThreadInfo {
    return (this.info ??= threadInfo(this.c, this.messages));
  }
  test(m: CompiledMatcher, text: string): boolean {
    return test(m, text);
  }
  customerSays(m: CompiledMatcher, lastOnly: boolean): boolean {
    return anyCustomerSays(this.thread(), m, lastOnly);
  }
  wordList(): DraftWordList {
    return draftWordList(this.c, this.text);
  }
  sentences(): readonly TextRange[] {
    return draftSpans(this.c, this.text).sentences;
  }
  memo<T>(key: object, make: (draft: string) => T): T {
    let memo = this.c.draftMemo;
    if (memo === null || memo.draft !== this.text) memo = this.c.draftMemo = { draft: this.text, values: new Map() };
    if (!memo.values.has(key)) memo.values.set(key, make(this.text));
    return memo.values.get(key) as T;
  }
}

/**
 * The hints for one draft: at most one per rule, its ranges offsets into the original draft.
 * Sorted warn > suggest > info, then by the first range (rules about what is missing last).
 */
export function lint(c: CompiledPacks, input: LintInput, budget?: LintBudget): Hint[] {
  return lintHints(lintPart(c, input, budget));
}

/**
 * A lint so far: the rules tried (those before `next`, in the packs' order) and what they found,
 * not yet folded into cards. A budgeted lint cut for time stops before `next`; `lintPart` given
 * it takes up there, for the same input, and `lintHints` makes the cards of any part.
 */
export interface LintPart {
  readonly next: number;
  readonly hints: readonly Hint[];
  readonly fired: readonly CompiledRule[];
}

/** Whether the part tried every rule of `c`. */
export const lintDone = (c: CompiledPacks, part: LintPart): boolean => part.next >= c.rules.length;

/** The cards of a part: its hints folded and sorted (as lint gives them). */
export function lintHints(part: LintPart): Hint[] {
  return part.hints.length > 1 ? foldHints(part.hints, part.fired) : [...part.hints];
}

/**
 * Rules of a lint, from the start or from where `from` stopped, until the budget's time is up. A
 * part taken up always tries at least one rule before it may stop, so a lint taken up again and
 * again ends.
 */
export function lintPart(c: CompiledPacks, input: LintInput, budget?: LintBudget, from?: LintPart): LintPart {
  if (budget && !warmed.has(c)) warmUp(c);
  const draft = input.draft;
  const ctx = input.context ?? EMPTY_CONTEXT;
  const thread = input.thread ?? EMPTY_THREAD;
  const hints: Hint[] = from ? [...from.hints] : [];
  const fired: CompiledRule[] = from ? [...from.fired] : [];
  const rules = c.rules;
  const first = from?.next ?? 0;
  const clock = budget ? (budget.now ?? perfNow) : null;
  const t0 = clock ? clock() : 0;
  const dw = draftFacts(c, draft);
  const view = new LintView(c, draft, dw, thread);
  let tPrev = t0;
  let timed: CompiledRule | null = null;

  let i = first;
  for (; i < rules.length; i++) {
    const r = rules[i]!;
    if (clock) {
      // The previous rule's time, measured here since a rule ends at any `continue` below.
      const t = clock();
      if (timed !== null && t - tPrev > budget!.ruleMs) budget!.overran.push({ id: timed.hintId, ms: t - tPrev });
      timed = null;
      if (t - t0 > budget!.totalMs && (i > first || from === undefined)) {
        budget!.cut = true;
        break;
      }
      if (budget!.suspended.has(r.hintId)) continue;
      timed = r;
      tPrev = t;
    }
    if (r.ctx !== null && !contextOk(r.ctx, ctx)) continue;
    if (r.def.needsThread === true && thread.length === 0) continue;
    if (r.ctx?.unlessCustomerSays && thread.length > 0 && view.customerSays(r.ctx.unlessCustomerSays, true)) continue;
    view.rule = r;
    let ranges = r.def.match(r.data, view);
    if (ranges === null) continue;
    if (r.def.nearInside !== true && ranges.length > 0 && (r.ifNear !== null || r.unlessNear.length > 0)) {
      ranges = nearFilter(c, r, ranges, draft, dw);
      if (ranges.length === 0) continue;
    }
    if (ranges.length === 0 && r.ctx?.risks) {
      ranges = riskRanges(r.ctx, ctx);
      // The tone check's words pass the rule's near-conditions too.
      if (ranges.length > 0 && (r.ifNear !== null || r.unlessNear.length > 0)) {
        ranges = nearFilter(c, r, ranges, draft, dw);
        if (ranges.length === 0) continue;
      }
    }
    fired.push(r);
    hints.push({
      id: r.hintId,
      ruleId: r.id,
      packId: r.packId,
      severity: r.severity,
      title: r.title,
      advice: r.advice,
      why: r.why,
      examples: r.examples,
      ...(r.actionHint ? { actionHint: r.actionHint } : {}),
      actions: r.actions,
      ranges,
    });
  }
  if (clock && timed !== null) {
    const ms = clock() - tPrev;
    if (ms > budget!.ruleMs) budget!.overran.push({ id: timed.hintId, ms });
  }
  return { next: i, hints, fired };
}

/** Ids of every rule that fired: the cards' and those folded into them. */
export function firedRuleIds(hints: readonly Hint[]): string[] {
  const out: string[] = [];
  for (const h of hints) {
    out.push(h.ruleId);
    for (const a of h.also ?? []) out.push(a.ruleId);
  }
  return out;
}

function overlaps(a: readonly TextRange[], b: TextRange): boolean {
  for (let i = 0; i < a.length; i++) if (a[i]!.start < b.end && b.start < a[i]!.end) return true;
  return false;
}

/**
 * One card per span. In priority order (severity, then the declared order of the rules), a hint
 * superseded by a hint still on its own card folds into it ("also: …"); a hint whose words another
 * card already underlines loses those ranges, and folds into that card when none are left. Info
 * hints never underline (the panel lists them), so they take part only through `supersedes`.
 * A rule that `yields` comes after every rule that does not, and where it would fold it says
 * nothing instead (a catch-all adds no second title to a named rule's words).
 * Returns the cards sorted warn > suggest > info, then by the first range.
 */
export function foldHints(hints: readonly Hint[], rules: readonly CompiledRule[]): Hint[] {
  const n = hints.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) idx.push(i);
  // Priority: severity; then the later pack (a team's rule speaks over the built-in one on the same
  // words); then declared order.
  idx.sort(
    (a, b) =>
      +rules[a]!.yields - +rules[b]!.yields ||
      SEVERITY_RANK[hints[a]!.severity] - SEVERITY_RANK[hints[b]!.severity] ||
      rules[b]!.packIndex - rules[a]!.packIndex ||
      rules[a]!.order - rules[b]!.order,
  );
  const alive = new Array<boolean>(n).fill(true);
  const out: (Hint & { also?: Hint['also'] })[] = hints.map((h) => ({ ...h }));
  const foldInto = (target: number, from: number) => {
    const t = out[target]!;
    const f = out[from]!;
    if (rules[from]!.yields) {
      if (f.also) t.also = [...(t.also ?? []), ...f.also];
    } else t.also = [...(t.also ?? []), { id: f.id, ruleId: f.ruleId, packId: f.packId, title: f.title }, ...(f.also ?? [])];
    alive[from] = false;
  };
  // Supersedes first: a rule that speaks for another takes its hint, whatever the severities.
  for (const i of idx) {
    for (const j of idx) {
      if (i !== j && alive[j] && rules[j]!.supersedes.includes(rules[i]!.id) && !rules[i]!.supersedes.includes(rules[j]!.id)) {
        foldInto(j, i);
        break;
      }
    }
  }
  // Then overlaps: the first card in priority order keeps the words.
  const cards: number[] = [];
  for (const i of idx) {
    if (!alive[i]) continue;
    const h = out[i]!;
    if (h.severity !== 'info' && h.ranges.length > 0) {
      let kept: TextRange[] | null = null;
      let owner = -1;
      for (const r of h.ranges) {
        let taken = -1;
        for (const c of cards) if (out[c]!.severity !== 'info' && overlaps(out[c]!.ranges, r)) {
          taken = c;
          break;
        }
        if (taken < 0) (kept ??= []).push(r);
        else if (owner < 0) owner = taken;
      }
      if (owner >= 0) {
        if (kept === null) {
          foldInto(owner, i);
          continue;
        }
        h.ranges = kept;
      }
    }
    cards.push(i);
  }
  const result: Hint[] = [];
  for (const i of cards) result.push(out[i]!);
  result.sort(byPriority);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Checklists

/** Checklists whose trigger holds for this conversation (customer tone, repeat contact, what the customer said). */
export function openChecklists(c: CompiledPacks, input: Pick<LintInput, 'thread' | 'context'>): CompiledChecklist[] {
  const ctx = input.context ?? EMPTY_CONTEXT;
  const thread = input.thread ?? EMPTY_THREAD;
  const rank = ctx.customerTone !== undefined ? (TONE_RANK[ctx.customerTone] ?? -1) : -1;
  return c.checklists.filter((cl) => {
    if (rank >= 0 && (cl.tones & (1 << rank)) !== 0) return true;
    if (cl.repeatContact === true && ctx.repeatContact === true) return true;
    if (cl.customerSays !== null && thread.length > 0 && anyCustomerSays(threadInfo(c, thread), cl.customerSays, false)) return true;
    return false;
  });
}

/** Ids of the checklist's items the draft already does (auto-tick). Unknown checklist: []. */
export function tickedItems(c: CompiledPacks, checklistId: string, draft: string): string[] {
  const cl = c.checklists.find((x) => x.id === checklistId);
  if (!cl) return [];
  const out: string[] = [];
  const dw = draftFacts(c, draft);
  for (const item of cl.items) if (scan(item.tick, draft, dw).length > 0) out.push(item.id);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pack self-tests

export interface PackTestResult {
  ruleId: string;
  case: Case;
  expected: 'match' | 'no-match';
  ok: boolean;
}

export function caseInput(k: Case): LintInput {
  if (typeof k === 'string') return { draft: k, thread: EMPTY_THREAD, context: EMPTY_CONTEXT };
  return { draft: k.draft, thread: k.thread ?? EMPTY_THREAD, context: k.context ?? EMPTY_CONTEXT };
}

/** Runs every rule's shouldMatch / shouldNotMatch cases against the pack alone. */
export function runPackTests(pack: Pack): PackTestResult[] {
  const c = compile([pack]);
  const out: PackTestResult[] = [];
  for (const rule of pack.rules) {
    const run = (k: Case, expected: 'match' | 'no-match') => {
      const fired = lint(c, caseInput(k)).some((h) => (h.ruleId === rule.id && h.packId === pack.id) || !!h.also?.some((a) => a.ruleId === rule.id && a.packId === pack.id));
      out.push({ ruleId: rule.id, case: k, expected, ok: fired === (expected === 'match') });
    };
    for (const k of rule.tests.shouldMatch) run(k, 'match');
    for (const k of rule.tests.shouldNotMatch) run(k, 'no-match');
  }
  return out;
}
