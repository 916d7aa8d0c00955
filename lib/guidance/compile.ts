/**
 * Turns packs into precompiled RegExps once, so `lint` only scans. Runs in the background (and the
 * pack editor, the tools); each rule's own part is compiled by its kind (kinds/<kind>.ts).
 */
import type { HintAction, Severity, TextRange } from './hint';
import { NO_HITS } from './hint';
import type { ThreadMessage } from '../adapters/types';
import { kindOf, type AnyRuleKind } from './kinds';
import type { DraftWordList, Matchers } from './kinds/types';
import { matchLangOf, phrasesSource, type MatchLang } from './phrase';
import { isApostrophe } from './words';
import type { BoundaryPolicy, Matcher, Near, Pack, Rule, RuleContext } from './schema';

/** A matcher compiled to at most two global RegExps (phrases, pattern); memoised on the last text scanned. */
export interface CompiledMatcher {
  readonly res: readonly RegExp[];
  /**
   * Per RegExp: the phrases' required words (the RegExp runs only if, for some phrase, all its
   * words are in the draft), or null to always run it.
   */
  readonly gates: readonly (readonly (readonly string[])[] | null)[];
  /**
   * Per RegExp: its slot in the compile's lead index (LeadIndex: the draft index knows where in the
   * draft a match may start), or -1 when it runs over the whole draft.
   */
  readonly slots: readonly number[];
  /** Per RegExp with a slot: the same RegExp, sticky (tried at one place), made at its first use. */
  readonly sticky: (RegExp | null)[];
  /** Memo: the last text scanned and its hits (shared empty array when none). */
  memoText: string | null;
  memoHits: readonly TextRange[];
}


export interface CompiledContext {
  readonly tones: number;
  readonly minTone: number;
  readonly risks: readonly string[] | null;
  readonly sites: readonly string[] | null;
  readonly channels: readonly string[] | null;
  readonly repeatContact: boolean | null;
  /** Quiet when the customer's latest message matches (`unlessCustomerSays`). */
  readonly unlessCustomerSays: CompiledMatcher | null;
}

/** Where a near-condition looks, around a match: see NearSchema (kinds/parts.ts). */
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
  readonly kind: Rule['kind'];
  /** The rule's kind (kinds/<kind>.ts): its match step runs on `data`, what its compile step made. */
  readonly def: AnyRuleKind;
  readonly data: unknown;
  /** Every matcher the kind compiled (warmed up before the first timed lint). */
  readonly matchers: readonly CompiledMatcher[];
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
  /** Rule ids whose hints fold into this rule's card when both fire. */
  readonly supersedes: readonly string[];
  /** Says nothing when another card covers its words or a rule that supersedes it fires (`yields`). */
  readonly yields: boolean;
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

/**
 * The leads of every phrase RegExp of a compile (phrase.ts phraseLead) as a tree of letters: from
 * a place in the draft, the walk along the draft's letters meets the slots (RegExps) whose phrases may
 * start there. Letters and digits are 0-35 ('0'-'9', 'a'-'z'), 36 the spaces between two words; node
 * 0 is the root.
 */
export interface LeadIndex {
  /**
   * node * 37 + letter → child node, an open-addressing hash table (a dense table was 37 numbers per
   * node: 2.7 MB for the default pack's 18,000 nodes): `keys` (-1: empty) and `children`, of a power of
   * two size; a key is looked up from its slot leadSlot(key, bits) on, one by one.
   */
  readonly keys: Int32Array;
  readonly children: Int32Array;
  readonly bits: number;
  /** By node: the slots a lead ending there belongs to. */
  readonly ends: ReadonlyMap<number, readonly number[]>;
  /** By node: the slots a lead ending there with a whole word belongs to (no letter or digit may follow it). */
  readonly wholes: ReadonlyMap<number, readonly number[]>;
  /** Per node: 1 when `ends` has slots there, 2 when `wholes` has, 3 both. */
  readonly marks: Uint8Array;
  /** Number of slots. */
  readonly slots: number;
}

/**
 * Every word the compile's word gates ask for (CompiledMatcher.gates), numbered, and a hash table
 * of them by wordHash: the draft pass (engine.ts draftGateWords) hashes each draft word as it reads
 * it and marks the gate words it finds, without a string per draft word.
 */
export interface GateWords {
  readonly ids: ReadonlyMap<string, number>;
  readonly words: readonly string[];
  /** By id: wordHash of the word. */
  readonly hashes: Int32Array;
  /** Open addressing, a power of two size: id + 1 (0: empty), looked up from hash & (size - 1) on. */
  readonly table: Int32Array;
}

/** FNV-1a over s[from, to), apostrophes skipped (a draft word is kept without them). */
export function wordHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isApostrophe(c)) h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

function gateWordIndex(words: readonly string[]): GateWords {
  const ids = new Map<string, number>();
  words.forEach((w, i) => ids.set(w, i));
  const hashes = new Int32Array(words.length);
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const table = new Int32Array(size);
  words.forEach((w, i) => {
    hashes[i] = wordHash(w, 0, w.length);
    // A word with an apostrophe is never a draft word: never found.
    for (let k = 0; k < w.length; k++) if (isApostrophe(w.charCodeAt(k))) return;
    let slot = hashes[i]! & (size - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
    table[slot] = i + 1;
  });
  return { ids, words, hashes, table };
}

/** Where a key of LeadIndex starts its search (Fibonacci hashing: the top `bits` of key × 2^32/φ). */
export function leadSlot(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
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
  /** Where in the draft the phrase RegExps may match (null: no RegExp has leads). */
  readonly leads: LeadIndex | null;
  /** Per slot of `leads`: the places in the last draft where a match may start (none: undefined);
   * null when the draft cannot be read letter by letter (its lower case has another length). */
  draftStarts: {
    readonly draft: string;
    readonly starts: readonly (readonly number[] | undefined)[] | null;
    /** The draft lower case and accents folded (null: the lower case has another length; undefined: not worked out). */
    readonly folded: string | null | undefined;
  } | null;
  /** The words the gates ask for. */
  readonly gateWords: GateWords;
  /** Which gate words the last draft has, and its words (engine.ts draftGateWords, draftWordList). */
  draftGate: { readonly draft: string; readonly words: { has(word: string): boolean }; readonly found: Uint8Array | null; readonly list: DraftWordList } | null;
  /** The draft's normalised words (for the phrase gate), memoised on the last draft. */
  draftWords: { readonly draft: string; readonly words: ReadonlySet<string> } | null;
  /** The draft's sentence and clause bounds (for ifNear/unlessNear), memoised on the last draft. */
  draftSpans: { readonly draft: string; readonly sentences: readonly TextRange[]; readonly clauses: readonly TextRange[] } | null;
  /** Values the kinds work out from the draft alone (DraftView.memo), kept for the last draft. */
  draftMemo: { readonly draft: string; readonly values: Map<object, unknown> } | null;
}

export interface CompilePrefs {
  /** Rule ids ("dont-know") or hint ids ("heard-default/dont-know") the rep switched off. */
  disabledRuleIds?: ReadonlySet<string>;
}

export const TONE_RANK: Readonly<Record<string, number>> = { calm: 0, frustrated: 1, angry: 2, abusive: 3 };
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { warn: 0, suggest: 1, info: 2 };


// ---------------------------------------------------------------------------------------------

function tryRegExp(source: string, flags: string): RegExp | string {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return (e as Error).message;
  }
}

class MatcherCache implements Matchers {
  private readonly byKey = new Map<string, CompiledMatcher>();
  /** The matchers handed out since it was set (one rule's, for its warm-up). */
  taken: CompiledMatcher[] | null = null;
  /** The pack being compiled folds accents (Pack.foldAccents). */
  fold = false;
  /** The language of the pack being compiled (how its phrases match). */
  lang: MatchLang = 'en';
  /** Lead index being built: see LeadIndex. */
  private readonly next = new Map<number, number>();
  private readonly ends: (number[] | undefined)[] = [undefined];
  private readonly wholes: (number[] | undefined)[] = [undefined];
  private slots = 0;
  /** Every gate word, in the order first seen. */
  readonly gateWords = new Set<string>();

  /** The lead index, or null when no RegExp has leads. */
  leadIndex(): LeadIndex | null {
    if (this.slots === 0) return null;
    let bits = 4;
    while (1 << bits < this.next.size * 2) bits++;
    const keys = new Int32Array(1 << bits).fill(-1);
    const children = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (const [key, child] of this.next) {
      let h = leadSlot(key, bits);
      while (keys[h] !== -1) h = (h + 1) & mask;
      keys[h] = key;
      children[h] = child;
    }
    const marks = new Uint8Array(this.ends.length);
    const ends = new Map<number, number[]>();
    const wholes = new Map<number, number[]>();
    for (let i = 0; i < marks.length; i++) {
      const e = this.ends[i];
      const w = this.wholes[i];
      if (e) ends.set(i, e);
      if (w) wholes.set(i, w);
      marks[i] = (e ? 1 : 0) | (w ? 2 : 0);
    }
    return { keys, children, bits, ends, wholes, marks, slots: this.slots };
  }

  private addLeads(leads: readonly string[]): number {
    const slot = this.slots++;
    for (const lead of leads) {
      let node = 0;
      const whole = lead.endsWith(' ');
      const n = whole ? lead.length - 1 : lead.length;
      for (let i = 0; i < n; i++) {
        const c = lead.charCodeAt(i);
        const key = node * 37 + (c === 32 ? 36 : c <= 57 ? c - 48 : c - 87);
        let child = this.next.get(key);
        if (child === undefined) {
          child = this.ends.length;
          this.ends.push(undefined);
          this.wholes.push(undefined);
          this.next.set(key, child);
        }
        node = child;
      }
      const at = ((whole ? this.wholes : this.ends)[node] ??= []);
      if (at[at.length - 1] !== slot) at.push(slot);
    }
    return slot;
  }

  get(m: Matcher | undefined): CompiledMatcher | null {
    if (!m) return null;
    return this.build(m.phrases ?? null, m.inflect ?? false, m.pattern ?? null, m.flags ?? '');
  }

  build(phrases: readonly string[] | null, inflect: boolean, pattern: string | null, flags: string): CompiledMatcher {
    const key = JSON.stringify([phrases, inflect, pattern, flags, this.fold, this.lang]);
    const hit = this.byKey.get(key);
    if (hit) {
      this.taken?.push(hit);
      return hit;
    }
    const res: RegExp[] = [];
    const gates: (readonly (readonly string[])[] | null)[] = [];
    const slots: number[] = [];
    if (phrases && phrases.length > 0) {
      const { source, gate, leads } = phrasesSource(phrases, inflect, this.fold, this.lang);
      const re = tryRegExp(source, 'giu');
      if (typeof re === 'string') throw new Error(`phrases: ${re}`);
      res.push(re);
      gates.push(gate);
      if (gate) for (const need of gate) for (const w of need) this.gateWords.add(w);
      slots.push(leads ? this.addLeads(leads) : -1);
    }
    if (pattern !== null) {
      const clean = [...new Set(flags.replace(/[^imsu]/g, ''))].join('');
      const re = tryRegExp(pattern, `${clean}g`);
      if (typeof re === 'string') throw new Error(`pattern: ${re}`);
      res.push(re);
      gates.push(null);
      slots.push(-1);
    }
    const compiled: CompiledMatcher = { res, gates, slots, sticky: res.map(() => null), memoText: null, memoHits: NO_HITS };
    this.byKey.set(key, compiled);
    this.taken?.push(compiled);
    return compiled;
  }
}

function compileContext(c: RuleContext | undefined, mc: MatcherCache): CompiledContext | null {
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
    unlessCustomerSays: mc.get(c.unlessCustomerSays),
  };
}

function compileNear(n: Near | undefined, mc: MatcherCache): CompiledNear | null {
  if (!n) return null;
  return { within: Math.max(0, NEAR_SCOPES.indexOf(n.within)), all: n.all.map((m) => mc.get(m)!) };
}

function compileRule(rule: Rule, packId: string, mc: MatcherCache): CompiledRule {
  const def = kindOf(rule.kind);
  if (!def) throw new Error(`unknown kind "${String(rule.kind)}"`);
  const matchers: CompiledMatcher[] = (mc.taken = []);
  let data: unknown;
  let ctx: CompiledContext | null;
  try {
    data = def.compile(rule, mc);
    ctx = compileContext(rule.context, mc);
  } finally {
    mc.taken = null;
  }
  return {
    id: rule.id,
    packId,
    hintId: `${packId}/${rule.id}`,
    kind: rule.kind,
    def,
    data,
    matchers,
    severity: rule.severity,
    title: rule.title,
    advice: rule.advice,
    why: rule.why,
    examples: Object.freeze([...rule.examples]),
    actionHint: rule.actionHint ?? null,
    actions: Object.freeze([...(rule.actions ?? [])]),
    tags: Object.freeze([...(rule.tags ?? [])]),
    locked: rule.locked ?? false,
    ctx,
    supersedes: Object.freeze([...(rule.supersedes ?? [])]),
    yields: rule.yields === true,
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
    hasThreadRules: rules.some((r) => r.def.needsThread === true),
    threadCache: new WeakMap(),
    lastThread: null,
    leads: mc.leadIndex(),
    gateWords: gateWordIndex([...mc.gateWords]),
    draftGate: null,
    draftStarts: null,
    draftWords: null,
    draftSpans: null,
    draftMemo: null,
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
