/**
 * Turns packs into precompiled RegExps once, so `lint` only scans. Runs in the content script:
 * no zod, no safe-regex2 here (type-only imports from schema.ts).
 */
import type { HintAction, Severity, TextRange } from './hint';
import type { ThreadMessage } from '../adapters/types';
import type { BoundaryPolicy, Matcher, Near, Pack, Rule, RuleContext } from './schema';

/** A matcher compiled to at most two global RegExps (phrases, pattern); memoised on the last text scanned. */
export interface CompiledMatcher {
  readonly res: readonly RegExp[];
  /**
   * Per RegExp: the phrases' required words (the RegExp runs only if, for some phrase, all its
   * words are in the draft), or null to always run it.
   */
  readonly gates: readonly (readonly (readonly string[])[] | null)[];
  /** Memo: the last text scanned and its hits (shared empty array when none). */
  memoText: string | null;
  memoHits: readonly TextRange[];
}

export type RuleKind = Rule['kind'];
export type ConversationCheck = Extract<Rule, { kind: 'conversation' }>['check'];

export interface CompiledContext {
  readonly tones: number;
  readonly minTone: number;
  readonly risks: readonly string[] | null;
  readonly sites: readonly string[] | null;
  readonly channels: readonly string[] | null;
  readonly repeatContact: boolean | null;
}

/** Where a near-condition looks, around a match: see NearSchema. */
export const NEAR_SCOPES = ['clause', 'sentence', 'next-sentence', 'around', 'rest'] as const;
export interface CompiledNear {
  /** Index into NEAR_SCOPES. */
  readonly within: number;
  readonly all: readonly CompiledMatcher[];
}

export interface CompiledRule {
  readonly id: string;
  readonly packId: string;
  readonly hintId: string;
  readonly kind: RuleKind;
  readonly check: ConversationCheck | null;
  readonly severity: Severity;
  readonly title: string;
  readonly advice: string;
  readonly why: string;
  readonly examples: readonly string[];
  readonly actionHint: string | null;
  readonly actions: readonly HintAction[];
  readonly tags: readonly string[];
  readonly locked: boolean;
  readonly ctx: CompiledContext | null;
  /** Draft matcher whose hits become ranges: phrases, regex, structure.when, policy, customer-said.draft. */
  readonly main: CompiledMatcher | null;
  readonly unless: CompiledMatcher | null;
  readonly also: readonly CompiledMatcher[];
  /** Thread matchers: objection, supervisor request, customer-said.customer. */
  readonly customer: CompiledMatcher | null;
  /** escalation (supervisor rule) or acknowledgement (unanswered-customer). */
  readonly other: CompiledMatcher | null;
  readonly minWords: number;
  readonly maxWords: number;
  readonly minMatches: number;
  readonly similarity: number;
  readonly minShared: number;
  readonly lastOnly: boolean;
  /** Rule ids whose hints fold into this rule's card when both fire. */
  readonly supersedes: readonly string[];
  readonly ifNear: CompiledNear | null;
  readonly unlessNear: readonly CompiledNear[];
  /** Position in the compiled rule list (declared order): breaks ties between equal severities. */
  order: number;
  /** Position of the rule's pack in the compiled packs: on the same words a later pack's rule speaks. */
  packIndex: number;
}

export interface CompiledChecklist {
  readonly id: string;
  readonly packId: string;
  readonly title: string;
  readonly description?: string;
  readonly tones: number;
  readonly repeatContact: boolean | null;
  readonly customerSays: CompiledMatcher | null;
  readonly items: readonly { readonly id: string; readonly label: string; readonly why?: string; readonly tick: CompiledMatcher }[];
  /** The languages of its pack (locale and locales, base codes): the room shows it in conversations in them. */
  readonly langs?: readonly string[];
}

/** Facts derived from one thread, cached per thread (see engine.ts). */
export interface ThreadInfo {
  readonly thread: readonly ThreadMessage[];
  readonly lastRole: ThreadMessage['role'] | undefined;
  readonly perRule: Map<object, unknown>;
}

export interface CompiledPacks {
  readonly packs: readonly { readonly id: string; readonly name: string; readonly version: string }[];
  readonly rules: readonly CompiledRule[];
  readonly checklists: readonly CompiledChecklist[];
  readonly boundaryPolicy: (BoundaryPolicy & { readonly packId: string }) | null;
  /** Each pack's boundary policy with the languages the pack covers (its locale and locales), in pack
   * order: the room shows the one in the conversation's language (boundaryPolicyFor). */
  readonly boundaryPolicies: readonly (BoundaryPolicy & { readonly packId: string; readonly langs: readonly string[] })[];
  /** Every pack's checklists in pack order, same ids included: the room picks per language (checklistsFor). */
  readonly checklistsByLang?: readonly CompiledChecklist[];
  /** Rules not compiled, and why (invalid pattern in an unvalidated pack, locked rule overridden). */
  readonly skipped: readonly { readonly packId: string; readonly ruleId: string; readonly reason: string }[];
  readonly hasThreadRules: boolean;
  /** Per-thread caches: by identity, then by content of the last thread seen. */
  readonly threadCache: WeakMap<readonly ThreadMessage[], ThreadInfo>;
  lastThread: ThreadInfo | null;
  /** The draft's normalised words (for the phrase gate), memoised on the last draft. */
  draftWords: { readonly draft: string; readonly words: ReadonlySet<string> } | null;
  /** The draft's sentence and clause bounds (for ifNear/unlessNear), memoised on the last draft. */
  draftSpans: { readonly draft: string; readonly sentences: readonly TextRange[]; readonly clauses: readonly TextRange[] } | null;
  /** Draft tokens for repeats-agent, memoised on the last draft. */
  draftTokens: { readonly draft: string; readonly tokens: DraftTokens } | null;
}

export interface DraftTokens {
  /** Hashes of consecutive word triples. */
  readonly shingles: readonly number[];
  readonly unique: ReadonlySet<number>;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export interface CompilePrefs {
  /** Rule ids ("dont-know") or hint ids ("heard-default/dont-know") the rep switched off. */
  disabledRuleIds?: ReadonlySet<string>;
}

export const TONE_RANK: Readonly<Record<string, number>> = { calm: 0, frustrated: 1, angry: 2, abusive: 3 };
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { warn: 0, suggest: 1, info: 2 };
export const NO_HITS: readonly TextRange[] = Object.freeze([]);

// ---------------------------------------------------------------------------------------------
// Phrases → RegExp source

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

/** Standalone RegExp source (flags `giu`) for one phrase; see schema.ts for the syntax. */
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
): { source: string; gate: readonly (readonly string[])[] | null } {
  const parts = phrases.map((p) => phraseParts(p, inflect, fold, lang));
  const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const worded = [...new Set(parts.filter((p) => p.startsWord).map((p) => p.body))].sort(longestFirst);
  const other = [...new Set(parts.filter((p) => !p.startsWord).map((p) => p.body))].sort(longestFirst);
  const groups: string[] = [];
  if (worded.length > 0) groups.push(`${NOT_WORD_BEFORE}(?:${hoistWordEnds(worded)})`);
  if (other.length > 0) groups.push(`(?:${hoistWordEnds(other)})`);
  // A phrase with no required word could match anywhere: then the RegExp always runs.
  const gates = parts.map(phraseGates);
  const gate = gates.some((g) => g.some((s) => s.length === 0)) ? null : gates.flat();
  return { source: groups.join('|'), gate };
}

// ---------------------------------------------------------------------------------------------

function tryRegExp(source: string, flags: string): RegExp | string {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return (e as Error).message;
  }
}

class MatcherCache {
  private readonly byKey = new Map<string, CompiledMatcher>();
  /** The pack being compiled folds accents (Pack.foldAccents). */
  fold = false;
  /** The language of the pack being compiled (how its phrases match). */
  lang: MatchLang = 'en';

  get(m: Matcher | undefined): CompiledMatcher | null {
    if (!m) return null;
    return this.build(m.phrases ?? null, m.inflect ?? false, m.pattern ?? null, m.flags ?? '');
  }

  build(phrases: readonly string[] | null, inflect: boolean, pattern: string | null, flags: string): CompiledMatcher {
    const key = JSON.stringify([phrases, inflect, pattern, flags, this.fold, this.lang]);
    const hit = this.byKey.get(key);
    if (hit) return hit;
    const res: RegExp[] = [];
    const gates: (readonly (readonly string[])[] | null)[] = [];
    if (phrases && phrases.length > 0) {
      const { source, gate } = phrasesSource(phrases, inflect, this.fold, this.lang);
      const re = tryRegExp(source, 'giu');
      if (typeof re === 'string') throw new Error(`phrases: ${re}`);
      res.push(re);
      gates.push(gate);
    }
    if (pattern !== null) {
      const clean = [...new Set(flags.replace(/[^imsu]/g, ''))].join('');
      const re = tryRegExp(pattern, `${clean}g`);
      if (typeof re === 'string') throw new Error(`pattern: ${re}`);
      res.push(re);
      gates.push(null);
    }
    const compiled: CompiledMatcher = { res, gates, memoText: null, memoHits: NO_HITS };
    this.byKey.set(key, compiled);
    return compiled;
  }
}

function compileContext(c: RuleContext | undefined): CompiledContext | null {
  if (!c) return null;
  let tones = 0;
  for (const t of c.customerTone ?? []) tones |= 1 << (TONE_RANK[t] ?? 0);
  return {
    tones,
    minTone: c.minCustomerTone ? (TONE_RANK[c.minCustomerTone] ?? -1) : -1,
    risks: c.draftRisks ?? null,
    sites: c.sites ?? null,
    channels: c.channels ?? null,
    repeatContact: c.repeatContact ?? null,
  };
}

function compileNear(n: Near | undefined, mc: MatcherCache): CompiledNear | null {
  if (!n) return null;
  return { within: Math.max(0, NEAR_SCOPES.indexOf(n.within)), all: n.all.map((m) => mc.get(m)!) };
}

function compileRule(rule: Rule, packId: string, mc: MatcherCache): CompiledRule {
  let main: CompiledMatcher | null = null;
  let unless: CompiledMatcher | null = null;
  let also: CompiledMatcher[] = [];
  let customer: CompiledMatcher | null = null;
  let other: CompiledMatcher | null = null;
  let minWords = 0;
  let maxWords = Infinity;
  let minMatches = 1;
  let similarity = 0.6;
  let minShared = 8;
  let lastOnly = false;
  switch (rule.kind) {
    case 'phrases':
      main = mc.build(rule.phrases, rule.inflect ?? false, null, '');
      unless = mc.get(rule.unless);
      break;
    case 'regex':
      main = mc.build(null, false, rule.pattern, rule.flags ?? '');
      unless = mc.get(rule.unless);
      break;
    case 'structure':
      main = mc.get(rule.when);
      unless = mc.get(rule.unless);
      also = (rule.also ?? []).map((m) => mc.get(m)!);
      minWords = rule.minWords ?? 0;
      maxWords = rule.maxWords ?? Infinity;
      minMatches = rule.minMatches ?? 1;
      break;
    case 'conversation':
      switch (rule.check) {
        case 'repeats-agent':
          similarity = rule.similarity ?? 0.6;
          minShared = rule.minSharedWords ?? 8;
          break;
        case 'policy-after-objection':
          main = mc.get(rule.policy);
          customer = mc.get(rule.objection);
          break;
        case 'ignores-supervisor-request':
          customer = mc.get(rule.request);
          other = mc.get(rule.escalation);
          break;
        case 'unanswered-customer':
          maxWords = rule.maxWords ?? 0;
          other = mc.get(rule.acknowledgement);
          break;
        case 'customer-said':
          customer = mc.get(rule.customer);
          main = mc.get(rule.draft);
          unless = mc.get(rule.unless);
          lastOnly = rule.lastOnly ?? false;
          minWords = rule.minWords ?? 0;
          break;
      }
      break;
  }
  return {
    id: rule.id,
    packId,
    hintId: `${packId}/${rule.id}`,
    kind: rule.kind,
    check: rule.kind === 'conversation' ? rule.check : null,
    severity: rule.severity,
    title: rule.title,
    advice: rule.advice,
    why: rule.why,
    examples: Object.freeze([...rule.examples]),
    actionHint: rule.actionHint ?? null,
    actions: Object.freeze([...(rule.actions ?? [])]),
    tags: Object.freeze([...(rule.tags ?? [])]),
    locked: rule.locked ?? false,
    ctx: compileContext(rule.context),
    main,
    unless,
    also,
    customer,
    other,
    minWords,
    maxWords,
    minMatches,
    similarity,
    minShared,
    lastOnly,
    supersedes: Object.freeze([...(rule.supersedes ?? [])]),
    ifNear: compileNear(rule.ifNear, mc),
    unlessNear: (rule.unlessNear ?? []).map((n) => compileNear(n, mc)!),
    order: 0,
    packIndex: 0,
  };
}

/**
 * Compiles packs in order. A later pack's rule replaces an earlier rule with the same id (in its
 * place), unless the earlier one is locked. Rules the rep disabled are left out unless locked.
 * Expects packs that passed `parsePack` (or the typed default pack); a rule whose pattern still
 * fails to compile is skipped and reported in `skipped`, never thrown.
 */
export function compile(packs: readonly Pack[], prefs: CompilePrefs = {}): CompiledPacks {
  const mc = new MatcherCache();
  const disabled = prefs.disabledRuleIds;
  const order: string[] = [];
  const byId = new Map<string, CompiledRule>();
  const skipped: { packId: string; ruleId: string; reason: string }[] = [];
  const checklists = new Map<string, CompiledChecklist>();
  const checklistsByLang: CompiledChecklist[] = [];
  let boundaryPolicy: CompiledPacks['boundaryPolicy'] = null;
  const boundaryPolicies: (BoundaryPolicy & { packId: string; langs: string[] })[] = [];

  for (const [packIndex, pack] of packs.entries()) {
    mc.fold = pack.foldAccents === true;
    mc.lang = matchLangOf(pack.locale);
    for (const rule of pack.rules) {
      const existing = byId.get(rule.id);
      if (existing?.locked) {
        skipped.push({ packId: pack.id, ruleId: rule.id, reason: `overrides a locked rule of ${existing.packId}` });
        continue;
      }
      let compiled: CompiledRule;
      try {
        compiled = compileRule(rule, pack.id, mc);
      } catch (e) {
        skipped.push({ packId: pack.id, ruleId: rule.id, reason: (e as Error).message });
        continue;
      }
      compiled.packIndex = packIndex;
      if (!existing) order.push(rule.id);
      byId.set(rule.id, compiled);
    }
    const packLangs = [...new Set([pack.locale, ...(pack.locales ?? [])].map((l) => l.split('-')[0]!.toLowerCase()))];
    for (const cl of pack.checklists ?? []) {
      let tones = 0;
      for (const t of cl.trigger.customerTone ?? []) tones |= 1 << (TONE_RANK[t] ?? 0);
      try {
        const compiledList: CompiledChecklist = {
          id: cl.id,
          packId: pack.id,
          title: cl.title,
          ...(cl.description !== undefined ? { description: cl.description } : {}),
          tones,
          repeatContact: cl.trigger.repeatContact ?? null,
          customerSays: mc.get(cl.trigger.customerSays),
          items: cl.items.map((it) => ({
            id: it.id,
            label: it.label,
            ...(it.why !== undefined ? { why: it.why } : {}),
            tick: mc.get(it.tickWhen)!,
          })),
          langs: packLangs,
        };
        checklists.set(cl.id, compiledList);
        checklistsByLang.push(compiledList);
      } catch (e) {
        skipped.push({ packId: pack.id, ruleId: `checklist:${cl.id}`, reason: (e as Error).message });
      }
    }
    if (pack.boundaryPolicy) {
      boundaryPolicy = { ...pack.boundaryPolicy, packId: pack.id };
      boundaryPolicies.push({ ...pack.boundaryPolicy, packId: pack.id, langs: packLangs });
    }
  }

  const rules: CompiledRule[] = [];
  for (const id of order) {
    const r = byId.get(id)!;
    if (!r.locked && disabled && (disabled.has(r.id) || disabled.has(r.hintId))) continue;
    r.order = rules.length;
    rules.push(r);
  }
  return {
    packs: packs.map((p) => ({ id: p.id, name: p.name, version: p.version })),
    rules,
    checklists: [...checklists.values()],
    checklistsByLang,
    boundaryPolicy,
    boundaryPolicies,
    skipped,
    hasThreadRules: rules.some((r) => r.kind === 'conversation'),
    threadCache: new WeakMap(),
    lastThread: null,
    draftWords: null,
    draftSpans: null,
    draftTokens: null,
  };
}

/**
 * The checklists to show for a conversation in `lang`, one per id (in the order ids first appear): the
 * last pack's in that language, else the last English one, else the last of all. As the boundary
 * policy: a French pack's "de-escalation" list does not replace the English one on English tickets,
 * and an English list's phrases are not what a Spanish draft is ticked by when Spanish has its own.
 */
export function checklistsFor(c: Pick<CompiledPacks, 'checklists' | 'checklistsByLang'>, lang: string | null | undefined): CompiledChecklist[] {
  const all = c.checklistsByLang;
  if (!all || all.length === 0) return [...c.checklists];
  const out: CompiledChecklist[] = [];
  for (const id of new Set(all.map((cl) => cl.id))) {
    const same = all.filter((cl) => cl.id === id).reverse();
    const inLang = (l: string) => same.find((cl) => cl.langs?.includes(l));
    out.push((lang ? inLang(lang.split('-')[0]!.toLowerCase()) : undefined) ?? inLang('en') ?? same[0]!);
  }
  return out;
}

/** The compiled packs with the checklists of a conversation in `lang` (for openChecklists and tickedItems). */
export function withChecklistsIn(c: CompiledPacks, lang: string | null | undefined): CompiledPacks {
  const lists = checklistsFor(c, lang);
  if (lists.length === c.checklists.length && lists.every((cl, i) => cl === c.checklists[i])) return c;
  // A view over the same compiled rules and caches: only the checklists differ.
  return new Proxy(c, { get: (t, k) => (k === 'checklists' ? lists : Reflect.get(t, k)) });
}

/**
 * The boundary policy to show for a conversation in `lang`: the last pack's in that language (a team's
 * or the organisation's over the built-in one), else the last English one, else the last of all.
 */
export function boundaryPolicyFor(c: Pick<CompiledPacks, 'boundaryPolicies' | 'boundaryPolicy'>, lang: string | null | undefined): CompiledPacks['boundaryPolicy'] {
  const last = (l: string) => [...c.boundaryPolicies].reverse().find((p) => p.langs.includes(l));
  const found = (lang ? last(lang) : undefined) ?? last('en');
  if (!found) return c.boundaryPolicy;
  const { langs: _langs, ...policy } = found;
  return policy;
}
