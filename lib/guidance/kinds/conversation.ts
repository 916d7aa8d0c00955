import { z } from 'zod';
import type { FileKey } from '../../i18n';
import type { CompiledMatcher, ThreadInfo } from '../compile';
import type { Matcher } from '../schema';
import { NO_HITS, type TextRange } from '../hint';
import { isApostrophe as apostropheCode, isWordCode as wordCode } from '../words';

// Per-character tests, called straight (not through the module binding): where the module is
// loaded as CommonJS (tsx: the bench, the tools), every call through an import is a getter call.
const isWordCode = wordCode;
const isApostrophe = apostropheCode;
import { MatcherSchema, ruleBase, UNLESS_FIELD } from './parts';
import { defineKind, schemasOf, type DraftView, type DraftWordList, type EditorField, type Matchers, type VariantField } from './types';

/**
 * About the conversation, not the draft alone: one of several `check`s, each with its own fields
 * (a kind of kinds). Never fires without a thread.
 */
const conversationBase = { ...ruleBase, kind: z.literal('conversation') };

/** A check of the conversation kind: like a kind, within `kind: "conversation"`. */
interface Check<S extends z.ZodType<{ check: string }>, C> {
  readonly check: z.output<S>['check'];
  readonly schema: S;
  readonly label: FileKey;
  readonly fields: readonly EditorField[];
  compile(rule: z.output<S>, m: Matchers): C;
  match(c: C, draft: DraftView): readonly TextRange[] | null;
}
const defineCheck = <S extends z.ZodType<{ check: string }>, C>(check: Check<S, C>): Check<S, C> => check;

/** The draft repeats, near-verbatim, a message an agent already sent in this thread. */
const repeatsAgent = defineCheck({
  check: 'repeats-agent',
  schema: z.strictObject({
    ...conversationBase,
    check: z.literal('repeats-agent'),
    /** Share of the draft's word triples (or the earlier message's, whichever is shorter) found in an earlier agent message. Default 0.6. */
    similarity: z.number().min(0.1).max(1).optional(),
    /** Ignore overlaps shorter than this many words. Default 8. */
    minSharedWords: z.number().int().min(3).max(200).optional(),
  }),
  compile: (rule) => ({ similarity: rule.similarity ?? 0.6, minShared: rule.minSharedWords ?? 8 }),
  match: (c, draft) => repeatedRanges(draft, c),
  label: 'peCheckRepeats',
  fields: [
    {
      type: 'row',
      fields: [
        { type: 'number', name: 'similarity', label: 'peSimilarity', hint: 'peSimilarityHint' },
        { type: 'number', name: 'minSharedWords', label: 'peMinShared' },
      ],
    },
  ],
});

/** Two required matchers of a check: its schema's fields and its compile step (in schema order). */
function twoMatchers<A extends string, B extends string>(a: A, b: B) {
  return {
    shape: { [a]: MatcherSchema, [b]: MatcherSchema } as { [K in A | B]: typeof MatcherSchema },
    compile: (rule: { [K in A | B]: Matcher }, m: Matchers) => ({ [a]: m.get(rule[a])!, [b]: m.get(rule[b])! }) as { [K in A | B]: CompiledMatcher },
  };
}

const policyAndObjection = twoMatchers('policy', 'objection');
/** The draft cites policy after a customer message said their case is different. Ranges: the policy words. */
const policyAfterObjection = defineCheck({
  check: 'policy-after-objection',
  schema: z.strictObject({ ...conversationBase, check: z.literal('policy-after-objection'), ...policyAndObjection.shape }),
  compile: policyAndObjection.compile,
  match: (c, draft) => {
    const ranges = draft.scan(c.policy);
    if (ranges.length === 0 || !draft.customerSays(c.objection, false)) return null;
    return ranges;
  },
  label: 'peCheckPolicy',
  fields: [
    { type: 'matcher', name: 'objection', label: 'peObjection' },
    { type: 'matcher', name: 'policy', label: 'pePolicy' },
  ],
});

const requestAndEscalation = twoMatchers('request', 'escalation');
/** A customer asked for a supervisor and neither the draft nor a later agent reply mentions escalation. */
const ignoresSupervisor = defineCheck({
  check: 'ignores-supervisor-request',
  schema: z.strictObject({ ...conversationBase, check: z.literal('ignores-supervisor-request'), ...requestAndEscalation.shape }),
  compile: requestAndEscalation.compile,
  match: (c, draft) => (!pendingRequest(draft, c) || draft.has(c.escalation) ? null : NO_HITS),
  label: 'peCheckSupervisor',
  fields: [
    { type: 'matcher', name: 'request', label: 'peRequest' },
    { type: 'matcher', name: 'escalation', label: 'peEscalation' },
  ],
});

/** The last message is the customer's and the draft is empty, or short and without an acknowledgement. */
const unansweredCustomer = defineCheck({
  check: 'unanswered-customer',
  schema: z.strictObject({
    ...conversationBase,
    check: z.literal('unanswered-customer'),
    /** Drafts up to this many words count as "not yet a reply". Default 0 (only an empty draft). */
    maxWords: z.number().int().min(0).max(100).optional(),
    /** A short draft that matches this is an acknowledgement: the rule stays quiet. */
    acknowledgement: MatcherSchema.optional(),
  }),
  compile: (rule, m) => ({ maxWords: rule.maxWords ?? 0, acknowledgement: m.get(rule.acknowledgement) }),
  match: (c, draft) => {
    if (draft.thread().lastRole !== 'customer') return null;
    const words = draft.words(c.maxWords);
    if (words > c.maxWords) return null;
    if (words > 0 && c.acknowledgement !== null && draft.has(c.acknowledgement)) return null;
    return NO_HITS;
  },
  label: 'peCheckUnanswered',
  fields: [
    { type: 'number', name: 'maxWords', label: 'peMaxWords' },
    { type: 'matcher', name: 'acknowledgement', label: 'peAcknowledgement', optional: true },
  ],
});

/**
 * General thread rule: a customer message matches `customer` (the last one only with `lastOnly`),
 * the draft matches `draft` (if given; ranges) and does not match `unless`, with at least `minWords`.
 * With `things` (kinds of information: an order number, a postcode, a photo…), only the same thing: one
 * of them matches both the sentence of a `draft` match and a customer message. "Could you confirm the
 * address?" after "my order 5521 has not arrived" asks for something else than was given.
 */
interface CustomerSaid {
  readonly customer: CompiledMatcher;
  readonly draft: CompiledMatcher | null;
  readonly unless: CompiledMatcher | null;
  readonly lastOnly: boolean;
  readonly minWords: number;
  readonly things: readonly CompiledMatcher[];
}
const customerSaid = defineCheck({
  check: 'customer-said',
  schema: z.strictObject({
    ...conversationBase,
    check: z.literal('customer-said'),
    customer: MatcherSchema,
    draft: MatcherSchema.optional(),
    unless: MatcherSchema.optional(),
    lastOnly: z.boolean().optional(),
    minWords: z.number().int().min(0).max(100_000).optional(),
    things: z.array(MatcherSchema).min(1).max(20).optional(),
  }),
  compile: (rule, m): CustomerSaid => ({
    customer: m.get(rule.customer)!,
    draft: m.get(rule.draft),
    unless: m.get(rule.unless),
    lastOnly: rule.lastOnly ?? false,
    minWords: rule.minWords ?? 0,
    things: (rule.things ?? []).map((x) => m.get(x)!),
  }),
  match: (c: CustomerSaid, draft) => {
    if (c.minWords > 0 && draft.words(c.minWords) < c.minWords) return null;
    let ranges = NO_HITS;
    if (c.draft !== null) {
      ranges = draft.scan(c.draft);
      if (ranges.length === 0) return null;
    }
    if (c.unless !== null && draft.has(c.unless)) return null;
    if (!draft.customerSays(c.customer, c.lastOnly)) return null;
    if (c.things.length === 0 || c.draft === null) return ranges;
    // Only the asks for a thing a customer message also names.
    const sentences = draft.sentences();
    const same = ranges.filter((r) => {
      const s = sentences.find((x) => x.start <= r.start && r.start < x.end) ?? r;
      const text = draft.text.slice(s.start, s.end);
      return c.things.some((t) => draft.test(t, text) && draft.customerSays(t, c.lastOnly));
    });
    return same.length > 0 ? same : null;
  },
  label: 'peCheckCustomerSaid',
  fields: [
    { type: 'matcher', name: 'customer', label: 'peCustomerSays' },
    { type: 'matcher', name: 'draft', label: 'peDraftSays', optional: true },
    { type: 'matchers', name: 'things', label: 'peThings', max: 20, add: 'peAddThing', remove: 'peRemoveThing' },
    UNLESS_FIELD,
    {
      type: 'row',
      fields: [
        { type: 'check', name: 'lastOnly', label: 'peLastOnly' },
        { type: 'number', name: 'minWords', label: 'peMinWords' },
      ],
    },
  ],
});

/** The checks, in the order the schema's errors and the editor list them. */
export const CHECKS = [repeatsAgent, policyAfterObjection, ignoresSupervisor, unansweredCustomer, customerSaid] as const;

type AnyCheck = Check<z.ZodType<{ check: string }>, unknown>;
const CHECK_BY_NAME = new Map<string, AnyCheck>(CHECKS.map((c) => [c.check, c as unknown as AnyCheck]));

/** The editor's choice of check; each check brings its own fields. */
export const CHECK_FIELD: VariantField = {
  type: 'variant',
  name: 'check',
  label: 'peCheck',
  options: CHECKS.map((c) => ({ value: c.check, label: c.label, fields: c.fields })),
};

export const conversation = defineKind({
  kind: 'conversation',
  schema: z.discriminatedUnion('check', schemasOf(CHECKS)),
  compile: (rule, m) => {
    const check = CHECK_BY_NAME.get(rule.check);
    return { check, data: check?.compile(rule, m) };
  },
  // An unknown check (a pack that skipped validation) never fires.
  match: (c, draft) => (c.check ? c.check.match(c.data, draft) : null),
  needsThread: true,
  names: { en: 'Conversation', de: 'Gespräch', es: 'Conversación', fr: 'Conversation', pt: 'Conversa' },
  starter: { check: 'customer-said', customer: {} },
  fields: [CHECK_FIELD],
});

// ---------------------------------------------------------------------------------------------
// Thread facts of the checks

/** A supervisor request from the customer that no later agent message answered with escalation. */
function pendingRequest(draft: DraftView, c: { readonly request: CompiledMatcher; readonly escalation: CompiledMatcher }): boolean {
  const info = draft.thread();
  const cached = info.perRule.get(c);
  if (typeof cached === 'boolean') return cached;
  const thread = info.thread;
  let pending = false;
  for (let i = 0; i < thread.length; i++) {
    const msg = thread[i]!;
    if (msg.role === 'customer' && draft.test(c.request, msg.text)) pending = true;
    else if (msg.role === 'agent' && pending && draft.test(c.escalation, msg.text)) pending = false;
  }
  info.perRule.set(c, pending);
  return pending;
}

/** Word triples of a text (repeats-agent). Exported with `shingles`, `draftTriple` and `draftTriples` for the tests only. */
export interface DraftTokens {
  /** Hashes of consecutive word triples. */
  readonly shingles: readonly number[];
  readonly unique: ReadonlySet<number>;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const SHINGLE = 3;

/**
 * Word-triple hashes of a text, without building strings: each word is hashed (FNV-1a over its
 * lower-cased letters, apostrophes skipped), three consecutive word hashes are mixed into one
 * number. `starts`/`ends` give each triple's span in the text. Collisions are possible but rare
 * (32-bit), and only ever make two texts look slightly more alike.
 */
export function shingles(text: string, withSpans: boolean): DraftTokens {
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
        // As a signed 32-bit number (one to one with the unsigned): a small integer to V8, not a boxed double.
        hashes.push(Math.imul(h1, 0x9e3779b1) ^ Math.imul(h2 + 0x7f4a7c15, 0x85ebca77) ^ h);
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

/**
 * The draft's word triple i (words i to i + 2) as `shingles(draft, true)` gives it, from the words
 * the engine's word pass already read and hashed the same way (DraftView.wordList): no second pass
 * over the draft. Its span: words.starts[i] to words.ends[i + 2].
 */
export function draftTriple(words: DraftWordList, i: number): number {
  const h = words.hashes;
  return Math.imul(h[i]!, 0x9e3779b1) ^ Math.imul(h[i + 1]! + 0x7f4a7c15, 0x85ebca77) ^ h[i + 2]!;
}

/**
 * A set of 32-bit numbers in reused buffers (open addressing, a generation stamp per slot): the
 * draft's distinct word triples, filled again for each draft. A Set of ~400 numbers per draft was
 * garbage that slowed the lints after it.
 */
export class TripleSet {
  private keys = new Int32Array(1024);
  private stamps = new Int32Array(1024);
  private stamp = 0;
  /** The distinct values, in the order added. */
  values = new Int32Array(512);
  size = 0;

  /** Empties the set, with room for `most` values. */
  reset(most: number): void {
    if (most * 2 > this.keys.length) {
      let n = this.keys.length;
      while (most * 2 > n) n *= 2;
      this.keys = new Int32Array(n);
      this.stamps = new Int32Array(n);
      this.values = new Int32Array(n >> 1);
      this.stamp = 0;
    }
    this.size = 0;
    if (++this.stamp > 0x3fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }
  add(x: number): void {
    const mask = this.keys.length - 1;
    for (let h = Math.imul(x, 0x9e3779b1) & mask; ; h = (h + 1) & mask) {
      if (this.stamps[h] !== this.stamp) {
        this.stamps[h] = this.stamp;
        this.keys[h] = x;
        this.values[this.size++] = x;
        return;
      }
      if (this.keys[h] === x) return;
    }
  }
  has(x: number): boolean {
    const mask = this.keys.length - 1;
    for (let h = Math.imul(x, 0x9e3779b1) & mask; this.stamps[h] === this.stamp; h = (h + 1) & mask) if (this.keys[h] === x) return true;
    return false;
  }
}

const DRAFT_TRIPLES = new TripleSet();

/** The draft's distinct word triples, in `into` (emptied first). */
export function draftTriples(words: DraftWordList, into: TripleSet): TripleSet {
  into.reset(words.count);
  for (let i = 0; i + SHINGLE - 1 < words.count; i++) into.add(draftTriple(words, i));
  return into;
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
function repeatedRanges(draft: DraftView, rule: { readonly similarity: number; readonly minShared: number }): TextRange[] | null {
  const agents = agentShingles(draft.thread());
  if (agents.length === 0) return null;
  // The word list is read again where used (a memo outlives it: the next draft's list reuses its arrays).
  const n = Math.max(0, draft.wordList().count - (SHINGLE - 1));
  if (n === 0 || n + SHINGLE - 1 < rule.minShared) return null;
  // Worked out for each lint (the rule runs once per lint), in reused buffers.
  const unique = draftTriples(draft.wordList(), DRAFT_TRIPLES);
  let best: ReadonlySet<number> | null = null;
  let bestScore = 0;
  for (const a of agents) {
    if (a.size === 0) continue;
    // Distinct draft triples found in the agent message (counted over the smaller of the two sets).
    let shared = 0;
    if (a.size < unique.size) {
      for (const sh of a) if (unique.has(sh)) shared++;
    } else for (let k = 0; k < unique.size; k++) if (a.has(unique.values[k]!)) shared++;
    const score = shared / Math.min(unique.size, a.size);
    if (shared + SHINGLE - 1 >= rule.minShared && score >= rule.similarity && score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  if (!best) return null;
  const ranges: TextRange[] = [];
  const words = draft.wordList();
  for (let i = 0; i < n; i++) {
    if (!best.has(draftTriple(words, i))) continue;
    const start = words.starts[i]!;
    const end = words.ends[i + SHINGLE - 1]!;
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}
