/**
 * Import-time proof that a pack's regular expression runs in time linear in the text on a
 * backtracking engine (V8's, Firefox's), or the reason it is refused. Runs in the options page,
 * the background and `pack:check` (via `parsePack`), never in the content script.
 *
 * Why an analysis and not a linear-time engine: measured (issue 14) on the default pack's
 * patterns over a 2,000-character draft, re2js (RE2 in plain JS) took 8 ms where V8 took
 * 0.03 ms (96 ms vs 1.8 ms on 20,000 characters), and recheck's pure-JS checker took ~5 s per
 * pattern, fell back to fuzzing (no proof) for anything with a lookaround, and weighs 2.9 MB.
 *
 * The analysis is sufficient, not complete: it accepts a subset of linear patterns and refuses
 * anything it cannot prove, with a reason the pack author can act on. Backtracking goes
 * super-linear only when the engine can split one run of text between two repetitions in many
 * ways, or retry a repetition from every position of a run; the rules below forbid both:
 *
 * 1. no backreferences; a group may only be repeated a bounded number of times (`{0,3}`), an
 *    unbounded repetition (`*`, `+`, `{n,}`, or more than 100 times) applies to one character
 *    (a character, a class, `\s`, `.`…);
 * 2. from an unbounded repetition of a set C, no other unbounded repetition that can match a
 *    character of C (nor the same one again, through a repeated group) can be reached through
 *    elements that all can match characters of C (`\w*\d*\w*x`, `a+a+`, `.*=.*`);
 * 3. unless everything after it can match the empty text (then the attempt succeeds there), an
 *    unbounded repetition of C must start where the character before cannot be in C: after a
 *    character or class disjoint from C, after `\b` (and word characters) when C holds only word
 *    characters, after `^`, or after `(?<![…])` covering C (`\s+$`, `\d+x` at the start are refused);
 * 4. no unbounded repetition inside a lookaround, and not more than 100,000 ways to match a
 *    piece of text of fixed length (products of bounded repetitions and alternatives).
 *
 * Then each attempt scans each run it enters a bounded number of times and each run is entered
 * from a bounded number of attempts: the work is linear in the text (times a constant of the
 * pattern). Tests: tests/unit/guidance/regex-safety.test.ts (known ReDoS patterns, timings).
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export const MAX_PATTERN_LENGTH = 500;
/** Flags a pack may use; the engine always adds `g` itself. */
export const ALLOWED_FLAGS = 'imsu';
/** A repetition allowed more times than this counts as unbounded. */
export const MAX_BOUNDED_REPEAT = 100;
/** Ways to match a fixed-length piece of text (bounded repetitions × alternatives). */
export const MAX_WEIGHT = 100_000;

/** Returns why a pattern is refused, or null when it is acceptable. */
export function regexProblem(pattern: string, flags = ''): string | null {
  if (pattern.length === 0) return 'pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  for (const f of flags) {
    if (!ALLOWED_FLAGS.includes(f)) return `flag "${f}" is not allowed (use only ${ALLOWED_FLAGS.split('').join(', ')})`;
  }
  if (new Set(flags).size !== flags.length) return 'a flag is repeated';
  try {
    new RegExp(pattern, flags + 'g');
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message}`;
  }
  const problem = linearityProblem(pattern, flags);
  return problem?.startsWith('may ') ? `pattern ${problem}` : problem;
}

const problemCache = new Map<string, string | null>();

/**
 * Null when `source` (valid with `flags`) provably matches in linear time, else why not (the
 * reasons about time start with "may take").
 * Also used on the RegExps the engine compiles from phrases (see compile.ts).
 */
export function linearityProblem(source: string, flags: string, maxWeight = MAX_WEIGHT): string | null {
  const key = `${flags}/${maxWeight}/${source}`;
  const known = problemCache.get(key);
  if (known !== undefined) return known;
  let problem: string | null;
  try {
    const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: flags.includes('u'),
      unicodeSets: flags.includes('v'),
    });
    problem = new Analysis(flags, maxWeight).run(ast);
  } catch (e) {
    problem = `invalid regular expression: ${(e as Error).message}`;
  }
  if (problemCache.size > 5000) problemCache.clear();
  problemCache.set(key, problem);
  return problem;
}

// ---------------------------------------------------------------------------------------------
// Character sets: sorted, disjoint, inclusive code point ranges [lo0, hi0, lo1, hi1, …].

type CharSet = readonly number[];
const NONE: CharSet = [];
const ANY: CharSet = [0, 0x10ffff];

function union(a: CharSet, b: CharSet): CharSet {
  if (a.length === 0) return b;
  if (b.length === 0 || a === b) return a;
  const pairs: [number, number][] = [];
  for (let i = 0; i < a.length; i += 2) pairs.push([a[i]!, a[i + 1]!]);
  for (let i = 0; i < b.length; i += 2) pairs.push([b[i]!, b[i + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i + 1]! < b[j]!) i += 2;
    else if (b[j + 1]! < a[i]!) j += 2;
    else return true;
  }
  return false;
}

function subset(a: CharSet, b: CharSet): boolean {
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    const lo = a[i]!;
    const hi = a[i + 1]!;
    while (j < b.length && b[j + 1]! < lo) j += 2;
    if (j >= b.length || b[j]! > lo || b[j + 1]! < hi) return false;
  }
  return true;
}

let universeU: string | null = null;
let universeBmp: string | null = null;

/** Every code point in order (surrogates apart): with `u`, or every code unit without it. */
function universe(unicode: boolean): string {
  if (unicode) {
    if (universeU === null) {
      const parts: string[] = [];
      for (let base = 0; base < 0x110000; base += 0x1000) {
        const cps: number[] = [];
        for (let c = base; c < base + 0x1000; c++) if (c < 0xd800 || c > 0xdfff) cps.push(c);
        parts.push(String.fromCodePoint(...cps));
      }
      universeU = parts.join('');
    }
    return universeU;
  }
  if (universeBmp === null) {
    const parts: string[] = [];
    for (let base = 0; base < 0x10000; base += 0x1000) {
      const units: number[] = [];
      for (let c = base; c < base + 0x1000; c++) units.push(c);
      parts.push(String.fromCharCode(...units));
    }
    universeBmp = parts.join('');
  }
  return universeBmp;
}

const setCache = new Map<string, CharSet>();

/**
 * The exact set of characters a one-character atom (`[a-z]`, `\p{L}`, `.`, `\S`) matches with
 * these flags, found by running it over every code point (a few ms, cached).
 */
function atomSet(raw: string, flags: string): CharSet {
  const key = `${flags}\u0000${raw}`;
  const hit = setCache.get(key);
  if (hit) return hit;
  const unicode = /[uv]/.test(flags);
  const uni = universe(unicode);
  const re = new RegExp(`(?:${raw})+`, `${flags}g`);
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(uni)) !== null) {
    const first = unicode ? uni.codePointAt(m.index)! : uni.charCodeAt(m.index);
    const endIdx = m.index + m[0].length - 1;
    let last = uni.charCodeAt(endIdx);
    if (unicode && last >= 0xdc00 && last <= 0xdfff) last = uni.codePointAt(endIdx - 1)!;
    out.push(first, last);
  }
  let set: CharSet = out;
  if (unicode) {
    // Lone surrogates are not in the universe string; a text may still hold them.
    const one = new RegExp(`^(?:${raw})$`, flags);
    if (one.test('\ud800')) set = union(set, [0xd800, 0xdbff]);
    if (one.test('\udc00')) set = union(set, [0xdc00, 0xdfff]);
  }
  if (setCache.size > 2000) setCache.clear();
  setCache.set(key, set);
  return set;
}

/** The characters one literal character matches: itself, and its case variants with `i`. */
function charSet(cp: number, flags: string): CharSet {
  if (!flags.includes('i')) return [cp, cp];
  if (cp > 0x7f) {
    const ch = String.fromCodePoint(cp);
    // Caseless (punctuation, most symbols): nothing else folds to it.
    if (ch.toLowerCase() === ch && ch.toUpperCase() === ch) return [cp, cp];
    return atomSet(`\\u{${cp.toString(16)}}`, flags.includes('u') || flags.includes('v') ? flags : `${flags}u`);
  }
  const ch = String.fromCharCode(cp);
  let set: CharSet = [cp, cp];
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) set = union(set, [v.charCodeAt(0), v.charCodeAt(0)]);
  // The only non-ASCII characters that fold to ASCII letters (Kelvin sign, long s), with `u` only:
  // without it, case folding never maps a non-ASCII character to an ASCII one.
  if (/[uv]/.test(flags) && (ch === 'k' || ch === 'K')) set = union(set, [0x212a, 0x212a]);
  if (/[uv]/.test(flags) && (ch === 's' || ch === 'S')) set = union(set, [0x17f, 0x17f]);
  return set;
}

const LINE_ENDS: CharSet = union(union([0x0a, 0x0a], [0x0d, 0x0d]), [0x2028, 0x2029]);
const DIGITS: CharSet = [0x30, 0x39];
const ASCII_WORD: CharSet = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
/** JS `\s`: WhiteSpace and LineTerminator. */
const SPACES: CharSet = [0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];

function complement(a: CharSet): CharSet {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i]! > next) out.push(next, a[i]! - 1);
    next = a[i + 1]! + 1;
  }
  if (next <= 0x10ffff) out.push(next, 0x10ffff);
  return out;
}

/**
 * The set of a one-character atom, computed from its parts when that is cheap and exact (ASCII
 * under `i`, the `\d \s \w .` escapes), else by running it over every code point (atomSet).
 */
function directSet(n: AST.Character | AST.CharacterSet | AST.CharacterClass | AST.ExpressionCharacterClass, flags: string): CharSet | null {
  const i = flags.includes('i');
  const unicode = /[uv]/.test(flags);
  switch (n.type) {
    case 'Character':
      return charSet(n.value, flags);
    case 'CharacterSet': {
      let set: CharSet;
      if (n.kind === 'digit') set = DIGITS;
      else if (n.kind === 'space') set = SPACES;
      else if (n.kind === 'word') set = i && unicode ? union(ASCII_WORD, [0x17f, 0x17f, 0x212a, 0x212a]) : ASCII_WORD;
      else if (n.kind === 'any') return flags.includes('s') ? [0, 0x10ffff] : complement(LINE_ENDS);
      else return null;
      return n.negate ? complement(set) : set;
    }
    case 'CharacterClass': {
      if (n.unicodeSets) return null;
      let set: CharSet = NONE;
      for (const e of n.elements) {
        let part: CharSet | null;
        if (e.type === 'CharacterClassRange') {
          const lo = e.min.value;
          const hi = e.max.value;
          if (!i) part = [lo, hi];
          else if (hi <= 0x7f) {
            part = [lo, hi];
            for (let c = lo; c <= hi; c++) if (/[a-zA-Z]/.test(String.fromCharCode(c))) part = union(part, charSet(c, flags));
          } else part = null;
        } else if (e.type === 'Character' || e.type === 'CharacterSet') part = directSet(e, flags);
        else part = null;
        if (part === null) return null;
        set = union(set, part);
      }
      // A negated class under `i` excludes the case variants too: complementing the folded set is exact.
      return n.negate ? complement(set) : set;
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The analysis

type Atom = AST.Character | AST.CharacterSet | AST.CharacterClass | AST.ExpressionCharacterClass;

function isAtom(n: AST.Node): n is Atom {
  return n.type === 'Character' || n.type === 'CharacterSet' || n.type === 'CharacterClass' || n.type === 'ExpressionCharacterClass';
}

/** What can precede a point of the pattern in an attempt. */
interface Before {
  /** Characters the text may hold just before this point. */
  chars: CharSet;
  /** Whether nothing may have been consumed yet since the attempt started. */
  start: boolean;
  /** Whether a `\b` stands before, with only word characters consumed since (one word, entered at its start). */
  word: boolean;
  /** A `(?<![X])` just before: the character before is not in X (its set computed only if needed). */
  notPrev: Atom | null;
}

function merge(a: Before, b: Before): Before {
  return {
    chars: union(a.chars, b.chars),
    start: a.start || b.start,
    word: a.word && b.word,
    notPrev: a.notPrev !== null && a.notPrev === b.notPrev ? a.notPrev : null,
  };
}

function show(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
}

class Analysis {
  private readonly problems: string[] = [];
  private readonly flags: string;
  private wordChars: CharSet | null = null;
  private readonly sets = new Map<AST.Node, CharSet>();
  private readonly nullableMemo = new Map<AST.Node, 0 | 1 | 2>();

  constructor(
    flags: string,
    private readonly maxWeight: number,
  ) {
    this.flags = flags.replace(/[gmyd]/g, '');
    this.multiline = flags.includes('m');
  }

  private readonly multiline: boolean;

  run(pattern: AST.Pattern): string | null {
    const start: Before = { chars: NONE, start: true, word: false, notPrev: null };
    const { weight } = this.walkAlternatives(pattern.alternatives, start, 0);
    if (this.problems.length === 0 && weight > this.maxWeight) {
      this.problems.push(
        `may take too long: its bounded repetitions and alternatives allow more than ${this.maxWeight.toLocaleString('en')} ways to match one piece of text (use smaller counts)`,
      );
    }
    return this.problems[0] ?? null;
  }

  private problem(message: string): void {
    if (!this.problems.includes(message)) this.problems.push(message);
  }

  private setOf(n: Atom): CharSet {
    let s = this.sets.get(n);
    if (s) return s;
    const direct = directSet(n, this.flags);
    if (direct) s = direct;
    else {
      if (n.type === 'CharacterClass' && n.unicodeSets && n.elements.some((e) => e.type === 'ClassStringDisjunction')) {
        this.problem(`class ${show(n.raw)} matches strings (\\q{…}): not supported`);
      }
      s = atomSet(n.raw, this.flags);
    }
    this.sets.set(n, s);
    return s;
  }

  /** The state after consuming one character of `set`. */
  private consume(before: Before, set: CharSet): Before {
    return { chars: set, start: false, word: before.word && subset(set, this.word()), notPrev: null };
  }

  private word(): CharSet {
    this.wordChars ??= /[uv]/.test(this.flags) && this.flags.includes('i') ? union(ASCII_WORD, [0x17f, 0x17f, 0x212a, 0x212a]) : ASCII_WORD;
    return this.wordChars;
  }

  // --- emptiness: 0 always consumes, 1 can match empty unconditionally, 2 empty only through an assertion

  private emptiness(n: AST.Node): 0 | 1 | 2 {
    const known = this.nullableMemo.get(n);
    if (known !== undefined) return known;
    let v: 0 | 1 | 2;
    switch (n.type) {
      case 'Assertion':
        v = 2;
        break;
      case 'Backreference':
        v = 1;
        break;
      case 'Quantifier':
        v = n.min === 0 ? 1 : this.emptiness(n.element);
        break;
      case 'Group':
      case 'CapturingGroup': {
        v = 0;
        for (const alt of n.alternatives) {
          const e = this.emptinessSeq(alt.elements, 0);
          if (e === 1) v = 1;
          else if (e === 2 && v === 0) v = 2;
        }
        break;
      }
      default:
        v = 0;
    }
    this.nullableMemo.set(n, v);
    return v;
  }

  private emptinessSeq(elements: readonly AST.Element[], from: number): 0 | 1 | 2 {
    let v: 0 | 1 | 2 = 1;
    for (let i = from; i < elements.length; i++) {
      const e = this.emptiness(elements[i]!);
      if (e === 0) return 0;
      if (e === 2) v = 2;
    }
    return v;
  }

  /** Whether everything after `el` (to the end of the pattern) can match empty text with no assertion. */
  private restIsEmpty(el: AST.Element): boolean {
    let node: AST.Node = el;
    for (;;) {
      const parent: AST.Node | null = node.parent;
      if (parent === null) return true;
      if (parent.type === 'Alternative') {
        const i = parent.elements.indexOf(node as AST.Element);
        if (this.emptinessSeq(parent.elements, i + 1) !== 1) return false;
        node = parent;
        continue;
      }
      if (parent.type === 'Quantifier' && parent.min > 1) return false;
      if (parent.type === 'Assertion') return false;
      if (parent.type === 'Pattern') return true;
      node = parent;
    }
  }

  // --- the forward walk: what precedes each repetition, and the weight

  private walkAlternatives(alts: readonly AST.Alternative[], before: Before, look: number): { after: Before; weight: number } {
    let after: Before | null = null;
    const weights: number[] = [];
    for (const alt of alts) {
      const r = this.walkSequence(alt.elements, before, look);
      after = after ? merge(after, r.after) : r.after;
      weights.push(r.weight);
    }
    // At one position only the alternatives whose first character can be that character get
    // further than one step: the weight is the heaviest sum over alternatives sharing a first character.
    let weight = 1;
    if (alts.length === 1) weight = weights[0]!;
    else {
      const firsts = alts.map((a) => this.firstOfSequence(a.elements));
      for (let i = 0; i < alts.length; i++) {
        let sum = 0;
        for (let j = 0; j < alts.length; j++) if (i === j || intersects(firsts[i]!, firsts[j]!)) sum += weights[j]!;
        weight = Math.max(weight, sum);
      }
    }
    return { after: after ?? before, weight: Math.min(weight, Number.MAX_SAFE_INTEGER) };
  }

  /** Characters a sequence can start with (everything when it can match empty text). */
  private firstOfSequence(elements: readonly AST.Element[]): CharSet {
    let chars: CharSet = NONE;
    for (const el of elements) {
      if (isAtom(el)) return union(chars, this.setOf(el));
      if (el.type === 'Assertion') continue;
      if (el.type === 'Backreference') return ANY;
      if (el.type === 'Quantifier') {
        chars = union(chars, isAtom(el.element) ? this.setOf(el.element) : this.firstOfSequence([el.element as AST.Element]));
        if (el.min === 0 || this.emptiness(el.element) !== 0) continue;
        return chars;
      }
      for (const alt of el.alternatives) chars = union(chars, this.firstOfSequence(alt.elements));
      if (this.emptiness(el) === 0) return chars;
    }
    return ANY;
  }

  private walkSequence(elements: readonly AST.Element[], before: Before, look: number): { after: Before; weight: number } {
    let state = before;
    let weight = 1;
    for (const el of elements) {
      const r = this.walkElement(el, state, look);
      state = r.after;
      weight = Math.min(weight * r.weight, Number.MAX_SAFE_INTEGER);
    }
    return { after: state, weight };
  }

  private walkElement(el: AST.Element, before: Before, look: number): { after: Before; weight: number } {
    // Inside a lookaround only the weight matters (no unbounded repetition is allowed there).
    if (isAtom(el)) return { after: look > 0 ? before : this.consume(before, this.setOf(el)), weight: 1 };
    switch (el.type) {
      case 'Backreference':
        this.problem(`backreferences such as ${show(el.raw)} are not allowed (they can take exponential time)`);
        return { after: { ...before, chars: union(before.chars, [0, 0x10ffff]), word: false, notPrev: null }, weight: 1 };
      case 'Group':
      case 'CapturingGroup':
        return this.walkAlternatives(el.alternatives, before, look);
      case 'Assertion':
        return this.walkAssertion(el, before, look);
      case 'Quantifier':
        return this.walkQuantifier(el, before, look);
    }
  }

  private walkAssertion(el: AST.Assertion, before: Before, look: number): { after: Before; weight: number } {
    switch (el.kind) {
      case 'start':
        return { after: { chars: this.multiline ? LINE_ENDS : NONE, start: false, word: false, notPrev: null }, weight: 1 };
      case 'end':
        return { after: before, weight: 1 };
      case 'word':
        return { after: el.negate ? before : { ...before, word: true }, weight: 1 };
      case 'lookahead':
      case 'lookbehind': {
        const body = this.walkAlternatives(el.alternatives, { chars: NONE, start: true, word: false, notPrev: null }, look + 1);
        const only = el.alternatives.length === 1 && el.alternatives[0]!.elements.length === 1 ? el.alternatives[0]!.elements[0]! : null;
        let after = before;
        if (el.kind === 'lookbehind' && only && isAtom(only) && look === 0) {
          after = el.negate ? { ...before, notPrev: only } : { chars: this.setOf(only), start: false, word: false, notPrev: null };
        }
        return { after, weight: body.weight };
      }
    }
  }

  private walkQuantifier(q: AST.Quantifier, before: Before, look: number): { after: Before; weight: number } {
    const unbounded = q.max > MAX_BOUNDED_REPEAT;
    const el = q.element;
    if (isAtom(el)) {
      const set = this.setOf(el);
      if (unbounded) this.checkRun(q, set, before, look);
      const consumed = this.consume(before, set);
      return { after: q.min === 0 ? merge(before, consumed) : consumed, weight: unbounded ? 1 : q.max - q.min + 1 };
    }
    if (unbounded) {
      this.problem(`may take super-linear time: "${show(q.raw)}" repeats a group without a bound: repeat one character or class, or give the group a count such as {1,10}`);
    }
    // Bounded group: walk it once from before, once from its own end (the loop back).
    const once = this.walkElement(el, before, look);
    const again = this.walkElement(el, merge(before, once.after), look);
    let after = merge(once.after, again.after);
    if (q.min === 0) after = merge(before, after);
    let weight = 0;
    let power = 1;
    const max = Math.min(q.max, MAX_BOUNDED_REPEAT);
    for (let j = 0; j <= max && weight <= Number.MAX_SAFE_INTEGER / 2; j++) {
      if (j >= q.min) weight += power;
      power = Math.min(power * once.weight, Number.MAX_SAFE_INTEGER);
    }
    return { after, weight: Math.max(1, weight) };
  }

  /** Rules 2–4 for an unbounded repetition `q` of the set `set`. */
  private checkRun(q: AST.Quantifier, set: CharSet, before: Before, look: number): void {
    if (look > 0) {
      this.problem(`may take super-linear time: "${show(q.raw)}" is an unbounded repetition inside a lookaround (it is retried at every position): use a bounded count such as {0,20}`);
      return;
    }
    const clash = this.overlappingRunAfter(q, set);
    if (clash) {
      this.problem(
        `may take super-linear time: "${show(q.raw)}" and "${show(clash.raw)}" can match the same characters one after the other, so a failed match is retried in many ways: make what they match disjoint or bound one of them`,
      );
      return;
    }
    if (this.restIsEmpty(q)) return;
    const guarded =
      (!before.start && !intersects(before.chars, set)) ||
      (before.word && subset(set, this.word())) ||
      (before.notPrev !== null && subset(set, this.setOf(before.notPrev)));
    if (!guarded) {
      this.problem(
        `may take super-linear time: "${show(q.raw)}" can start anywhere inside a run of the characters it repeats, so a failed match is retried from every position of the run: put \\b or a character it cannot match before it`,
      );
    }
  }

  /**
   * Another unbounded repetition (or `q` again, through a repeated group) reachable after `q`
   * through elements that can all match characters of `set`, and that can match one too.
   */
  private overlappingRunAfter(q: AST.Quantifier, set: CharSet): AST.Quantifier | null {
    const seen = new Set<AST.Node>();
    const pending: AST.Node[] = [];
    let found: AST.Quantifier | null = null;

    const enter = (n: AST.Element): void => {
      if (seen.has(n) || found) return;
      seen.add(n);
      pending.push(n);
    };
    /** Everything that may follow `n` (an element, or the end of an alternative). */
    const next = (n: AST.Node): void => {
      const parent = n.parent;
      if (!parent) return;
      if (parent.type === 'Alternative') {
        const i = parent.elements.indexOf(n as AST.Element);
        const following = parent.elements[i + 1];
        if (following) enter(following);
        else next(parent);
        return;
      }
      if (parent.type === 'Group' || parent.type === 'CapturingGroup') {
        const gp = parent.parent;
        if (gp.type === 'Quantifier') {
          enter(gp.element as AST.Element);
          next(gp);
        } else next(parent);
        return;
      }
      if (parent.type === 'Quantifier') {
        next(parent);
        return;
      }
      // Pattern or lookaround: the end.
    };

    next(q);
    while (pending.length > 0 && !found) {
      const n = pending.pop()! as AST.Element;
      if (isAtom(n)) {
        if (intersects(this.setOf(n), set)) next(n);
        continue;
      }
      switch (n.type) {
        case 'Assertion':
        case 'Backreference':
          next(n);
          break;
        case 'Group':
        case 'CapturingGroup':
          for (const alt of n.alternatives) {
            if (alt.elements.length > 0) enter(alt.elements[0]!);
            else next(alt);
          }
          break;
        case 'Quantifier': {
          const inner = n.element;
          if (isAtom(inner)) {
            const overlaps = intersects(this.setOf(inner), set);
            if (overlaps && n.max > MAX_BOUNDED_REPEAT) {
              found = n;
              break;
            }
            if (overlaps || n.min === 0) next(n);
          } else {
            enter(inner as AST.Element);
            if (n.min === 0) next(n);
          }
          break;
        }
      }
    }
    return found;
  }
}
