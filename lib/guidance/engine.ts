/**
 * The guidance engine: `lint` a draft (with its thread and context) against compiled packs.
 * Pure and synchronous; runs in the content script on every keystroke (debounced), so: no zod,
 * no allocation on the no-match path beyond the result array, thread facts cached per thread.
 */
import type { ThreadMessage } from '../adapters/types';
import type { Hint, LintContext, LintInput, TextRange } from './hint';
import type { Case, Pack } from './schema';
import {
  compile,
  foldText,
  foldWord,
  foldGerman,
  NO_HITS,
  SEVERITY_RANK,
  TONE_RANK,
  type CompiledChecklist,
  type CompiledContext,
  type CompiledMatcher,
  type CompiledNear,
  type CompiledPacks,
  type CompiledRule,
  type DraftTokens,
  type ThreadInfo,
} from './compile';

export { compile } from './compile';
export type { CompiledPacks, CompilePrefs } from './compile';

// ---------------------------------------------------------------------------------------------
// Scanning

function gateOpen(gate: readonly (readonly string[])[], words: ReadonlySet<string>): boolean {
  for (let p = 0; p < gate.length; p++) {
    const need = gate[p]!;
    let all = true;
    for (let w = 0; w < need.length && all; w++) all = words.has(need[w]!);
    if (all) return true;
  }
  return false;
}

/**
 * All non-empty matches of a matcher in `text`, sorted; memoised on the last text. With `words`
 * (the text's normalised words), a phrase RegExp runs only if some phrase's words are all there.
 */
export function scan(m: CompiledMatcher, text: string, words: ReadonlySet<string> | null = null): readonly TextRange[] {
  if (m.memoText === text) return m.memoHits;
  let hits: TextRange[] | null = null;
  const res = m.res;
  for (let i = 0; i < res.length; i++) {
    const gate = m.gates[i];
    if (words !== null && gate && !gateOpen(gate, words)) continue;
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
function test(m: CompiledMatcher, text: string, words: ReadonlySet<string> | null = null): boolean {
  if (m.memoText === text) return m.memoHits.length > 0;
  const res = m.res;
  for (let i = 0; i < res.length; i++) {
    const gate = m.gates[i];
    if (words !== null && gate && !gateOpen(gate, words)) continue;
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

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 96;
}

/** ß, ä, ö, ü (either case): a word with one is also kept as German folds it (compile.ts foldGerman). */
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
  // Lower case and accents folded once for the whole draft (same length: the offsets below hold).
  const lower = draft.toLowerCase();
  const text = lower.length === draft.length ? foldText(lower) : null;
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

function isWordCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff)
  );
}

/** Number of words: runs of letters/digits; an apostrophe inside a word does not split it. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) {
      // don't, it’s: stay in the word
    } else inWord = false;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Sentences and clauses (for ifNear / unlessNear)

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x202f;
}

// English, then French and Portuguese ("…, mais je peux", "…, mas posso"): words no English clause starts with.
const CONJUNCTION =
  /^\s*(?:and|but|so|or|yet|because|while|although|though|whereas|which|however|mais|donc|cependant|pourtant|puisque|parce que|mas|porém|porem|contudo|todavia|porque|pois|então|entao)(?![\p{L}\p{N}])/iu;

/** Whether a conjunction starts at `i` (after spaces): a comma before one ends a clause. */
function conjunctionAt(draft: string, i: number): boolean {
  return CONJUNCTION.test(draft.slice(i, i + 13));
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
    if (ch === 10 || ch === 13) {
      close(i, i + 1);
      continue;
    }
    if (ch === 46 || ch === 33 || ch === 63) {
      let j = i + 1;
      while (j < n && /[.!?"')\]”’]/.test(draft[j]!)) j++;
      if (j < n && !isSpace(draft.charCodeAt(j)) && draft.charCodeAt(j) !== 10 && draft.charCodeAt(j) !== 13) continue;
      let k = j;
      while (k < n && isSpace(draft.charCodeAt(k))) k++;
      const next = k < n ? draft[k]! : '';
      if (ch === 46 && next !== '' && next !== next.toUpperCase()) continue;
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
function nearHolds(c: CompiledPacks, near: CompiledNear, draft: string, dw: ReadonlySet<string>, r: TextRange): boolean {
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
function nearFilter(c: CompiledPacks, r: CompiledRule, ranges: readonly TextRange[], draft: string, dw: ReadonlySet<string>): readonly TextRange[] {
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

/** A supervisor request from the customer that no later agent message answered with escalation. */
function pendingRequest(info: ThreadInfo, rule: CompiledRule): boolean {
  const cached = info.perRule.get(rule);
  if (typeof cached === 'boolean') return cached;
  const thread = info.thread;
  let pending = false;
  for (let i = 0; i < thread.length; i++) {
    const msg = thread[i]!;
    if (msg.role === 'customer' && test(rule.customer!, msg.text)) pending = true;
    else if (msg.role === 'agent' && pending && test(rule.other!, msg.text)) pending = false;
  }
  info.perRule.set(rule, pending);
  return pending;
}

const SHINGLE = 3;

/**
 * Word-triple hashes of a text, without building strings: each word is hashed (FNV-1a over its
 * lower-cased letters, apostrophes skipped), three consecutive word hashes are mixed into one
 * number. `starts`/`ends` give each triple's span in the text. Collisions are possible but rare
 * (32-bit), and only ever make two texts look slightly more alike.
 */
function shingles(text: string, withSpans: boolean): DraftTokens {
  const hashes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let h1 = 0;
  let h2 = 0;
  let s1 = 0;
  let s2 = 0;
  let count = 0;
  let h = 0x811c9dc5;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      if (c >= 65 && c <= 90) c += 32;
      else if (c > 127) c = text[i]!.toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, 0x01000193);
    } else if (start >= 0 && isApostrophe(c) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) {
      // inside a contraction: skip the apostrophe
    } else if (start >= 0) {
      count++;
      if (count >= SHINGLE) {
        hashes.push((Math.imul(h1, 0x9e3779b1) ^ Math.imul(h2 + 0x7f4a7c15, 0x85ebca77) ^ h) >>> 0);
        if (withSpans) {
          starts.push(s1);
          ends.push(i);
        }
      }
      h1 = h2;
      h2 = h;
      s1 = s2;
      s2 = start;
      start = -1;
    }
  }
  return { shingles: hashes, unique: new Set(hashes), starts, ends };
}

const AGENT_KEY = {};

function agentShingles(info: ThreadInfo): readonly ReadonlySet<number>[] {
  const cached = info.perRule.get(AGENT_KEY) as ReadonlySet<number>[] | undefined;
  if (cached) return cached;
  const sets: Set<number>[] = [];
  for (const msg of info.thread) if (msg.role === 'agent') sets.push(new Set(shingles(msg.text, false).shingles));
  info.perRule.set(AGENT_KEY, sets);
  return sets;
}

/** Ranges of the draft that repeat an earlier agent message, or null. */
function repeatedRanges(c: CompiledPacks, info: ThreadInfo, rule: CompiledRule, draft: string): TextRange[] | null {
  const agents = agentShingles(info);
  if (agents.length === 0) return null;
  let tokens = c.draftTokens?.draft === draft ? c.draftTokens.tokens : null;
  if (!tokens) {
    tokens = shingles(draft, true);
    c.draftTokens = { draft, tokens };
  }
  const n = tokens.shingles.length;
  if (n === 0 || n + SHINGLE - 1 < rule.minShared) return null;
  let best: ReadonlySet<number> | null = null;
  let bestScore = 0;
  for (const a of agents) {
    if (a.size === 0) continue;
    // Distinct draft triples found in the agent message.
    let shared = 0;
    for (const sh of tokens.unique) if (a.has(sh)) shared++;
    const score = shared / Math.min(tokens.unique.size, a.size);
    if (shared + SHINGLE - 1 >= rule.minShared && score >= rule.similarity && score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  if (!best) return null;
  const ranges: TextRange[] = [];
  for (let i = 0; i < n; i++) {
    if (!best.has(tokens.shingles[i]!)) continue;
    const start = tokens.starts[i]!;
    const end = tokens.ends[i]!;
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
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
    for (const re of m.res) {
      for (let k = 0; k < 2; k++) {
        re.lastIndex = 0;
        re.test(WARM_TEXT);
      }
      re.lastIndex = 0;
    }
  };
  for (const r of c.rules) {
    run(r.main);
    run(r.unless);
    run(r.customer);
    run(r.other);
    for (const m of r.also) run(m);
    for (const n of r.ifNear ? [r.ifNear, ...r.unlessNear] : r.unlessNear) for (const m of n.all) run(m);
  }
  for (const cl of c.checklistsByLang ?? c.checklists) for (const it of cl.items) run(it.tick);
}

/**
 * The hints for one draft: at most one per rule, its ranges offsets into the original draft.
 * Sorted warn > suggest > info, then by the first range (rules about what is missing last).
 */
export function lint(c: CompiledPacks, input: LintInput, budget?: LintBudget): Hint[] {
  if (budget && !warmed.has(c)) warmUp(c);
  const draft = input.draft;
  const ctx = input.context ?? EMPTY_CONTEXT;
  const thread = input.thread ?? EMPTY_THREAD;
  const hints: Hint[] = [];
  const fired: CompiledRule[] = [];
  let words = -1;
  let info: ThreadInfo | null = null;
  const rules = c.rules;
  const clock = budget ? (budget.now ?? perfNow) : null;
  const t0 = clock ? clock() : 0;
  const dw = draftWords(c, draft);
  let tPrev = t0;
  let timed: CompiledRule | null = null;

  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    if (clock) {
      // The previous rule's time, measured here since a rule ends at any `continue` below.
      const t = clock();
      if (timed !== null && t - tPrev > budget!.ruleMs) budget!.overran.push({ id: timed.hintId, ms: t - tPrev });
      timed = null;
      if (t - t0 > budget!.totalMs) {
        budget!.cut = true;
        break;
      }
      if (budget!.suspended.has(r.hintId)) continue;
      timed = r;
      tPrev = t;
    }
    if (r.ctx !== null && !contextOk(r.ctx, ctx)) continue;
    let ranges: readonly TextRange[] = NO_HITS;
    switch (r.kind) {
      case 'phrases':
      case 'regex': {
        ranges = scan(r.main!, draft, dw);
        if (ranges.length === 0) continue;
        if (r.unless !== null && test(r.unless, draft, dw)) continue;
        break;
      }
      case 'structure': {
        if (r.minWords > 0 || r.maxWords !== Infinity) {
          if (words < 0) words = countWords(draft);
          if (words < r.minWords || words > r.maxWords) continue;
        }
        if (r.main !== null) {
          ranges = scan(r.main, draft, dw);
          if (ranges.length > 0 && (r.ifNear !== null || r.unlessNear.length > 0)) ranges = nearFilter(c, r, ranges, draft, dw);
          if (ranges.length < r.minMatches) continue;
        }
        let ok = true;
        for (let j = 0; j < r.also.length && ok; j++) ok = test(r.also[j]!, draft, dw);
        if (!ok) continue;
        if (r.unless !== null && test(r.unless, draft, dw)) continue;
        break;
      }
      case 'conversation': {
        if (thread.length === 0) continue;
        info ??= threadInfo(c, thread);
        switch (r.check) {
          case 'repeats-agent': {
            const rr = repeatedRanges(c, info, r, draft);
            if (!rr) continue;
            ranges = rr;
            break;
          }
          case 'policy-after-objection': {
            ranges = scan(r.main!, draft, dw);
            if (ranges.length === 0) continue;
            if (!anyCustomerSays(info, r.customer!, false)) continue;
            break;
          }
          case 'ignores-supervisor-request': {
            if (!pendingRequest(info, r)) continue;
            if (scan(r.other!, draft, dw).length > 0) continue;
            break;
          }
          case 'unanswered-customer': {
            if (info.lastRole !== 'customer') continue;
            if (words < 0) words = countWords(draft);
            if (words > r.maxWords) continue;
            if (words > 0 && r.other !== null && scan(r.other, draft, dw).length > 0) continue;
            break;
          }
          case 'customer-said': {
            if (r.minWords > 0) {
              if (words < 0) words = countWords(draft);
              if (words < r.minWords) continue;
            }
            if (r.main !== null) {
              ranges = scan(r.main, draft, dw);
              if (ranges.length === 0) continue;
            }
            if (r.unless !== null && test(r.unless, draft, dw)) continue;
            if (!anyCustomerSays(info, r.customer!, r.lastOnly)) continue;
            break;
          }
          default:
            continue;
        }
        break;
      }
    }
    if (r.kind !== 'structure' && ranges.length > 0 && (r.ifNear !== null || r.unlessNear.length > 0)) {
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
  if (hints.length > 1) return foldHints(hints, fired);
  return hints;
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
      SEVERITY_RANK[hints[a]!.severity] - SEVERITY_RANK[hints[b]!.severity] ||
      rules[b]!.packIndex - rules[a]!.packIndex ||
      rules[a]!.order - rules[b]!.order,
  );
  const alive = new Array<boolean>(n).fill(true);
  const out: (Hint & { also?: Hint['also'] })[] = hints.map((h) => ({ ...h }));
  const foldInto = (target: number, from: number) => {
    const t = out[target]!;
    const f = out[from]!;
    t.also = [...(t.also ?? []), { id: f.id, ruleId: f.ruleId, packId: f.packId, title: f.title }, ...(f.also ?? [])];
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
  const dw = draftWords(c, draft);
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
