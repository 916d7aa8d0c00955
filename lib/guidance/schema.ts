/**
 * The guidance-pack format (schemaVersion 1): a zod schema, the TypeScript types inferred from it,
 * and `parsePack`, the only way a pack from outside (a file, the options page) enters the app.
 *
 * Runs in the options page, the background and the tools; never import it at runtime from the
 * content script (it pulls in zod and the regex parser). `compile.ts` / `engine.ts` use `import type`.
 */
import { z } from 'zod';
import { TONE_LEVELS } from '../tone/types';
import { SEVERITIES } from './hint';

import { MATCH_LANGS, phraseSource } from './compile';
import { linearityProblem, regexProblem, MAX_PATTERN_LENGTH } from './regex-safety';
import { RecipesSchema } from '../sites/recipe-schema';

export const SCHEMA_VERSION = 1 as const;
export const MAX_PACK_CHARS = 1024 * 1024;
export const MAX_RULES = 2000;
export const MAX_DEPTH = 32;

/** HTML tags, `javascript:` URLs and inline event handlers: never allowed in pack text. */
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript\s*:|\bon[a-z]+\s*=/i;
const MARKUP_MESSAGE = 'must not contain HTML tags or script';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !MARKUP.test(s), MARKUP_MESSAGE);

const slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'must be a slug: lower-case letters, digits and dashes (max 64)');

const semver = z
  .string()
  .regex(
    /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
    'must be a semantic version such as 1.2.0',
  );

const isoDate = z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' });

export const ToneLevelSchema = z.enum(TONE_LEVELS);
export const DraftRiskKindSchema = z.enum(['blame', 'sarcasm', 'all-caps', 'cold-refusal']);
export const ChannelSchema = z.enum(['email', 'chat', 'phone']);
export const SeveritySchema = z.enum(SEVERITIES);
export const ActionSchema = z.enum(['offer-escalation', 'log-callback']);

/**
 * A phrase: words separated by spaces. Matching is case-insensitive and word-bounded; an
 * apostrophe in the phrase also matches a curly one or none ("don't" matches "dont", "don’t");
 * a space matches any run of spaces/newlines; a dash matches a dash, a space or nothing;
 * `{word}` also matches word+s/es/ed/ing (and y→ies/ied, final e dropped); a lone `...` matches
 * up to three other words.
 */
const phrase = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .refine((s) => !MARKUP.test(s), MARKUP_MESSAGE)
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'must contain at least one letter or digit')
  .refine((s) => !/^(?:\.\.\.|…)|(?:\.\.\.|…)$/.test(s.trim()), '"..." may only stand between two words');

const pattern = z.string().min(1, 'must not be empty').max(MAX_PATTERN_LENGTH, `must be at most ${MAX_PATTERN_LENGTH} characters`);
/** Flags to compile with when checking a pattern: bad flags are reported on "flags" alone. */
const validFlags = (f: string | undefined) => (f !== undefined && /^[imsu]{0,4}$/.test(f) && new Set(f).size === f.length ? f : '');
const flags = z.string().regex(/^[imsu]{0,4}$/, 'only the flags i, m, s and u are allowed (g is added by the engine)');

/**
 * Every phrase as the engine compiles it must be proven linear-time too (regex-safety.ts); the
 * phrase compiler is built so that it always is, this keeps it honest.
 */
function checkPhrases(phrases: readonly string[] | undefined, inflect: boolean | undefined, ctx: z.RefinementCtx, path: PropertyKey[]): void {
  phrases?.forEach((p, i) => {
    if (typeof p !== 'string' || p.trim() === '') return;
    // Proven on the phrase's shape: every run of letters and digits as one letter, so thousands of
    // phrases share a few proofs. Sound: letters and digits relate the same way to every class
    // the compiler emits (\s, \S, dashes, apostrophes), and one letter for all only adds overlaps.
    // The word-edge lookarounds' class narrowed to `_` likewise only weakens what may be assumed.
    const shape = p.replace(/[\p{L}\p{N}]+/gu, 'a');
    // In every language's way of matching (compile.ts MatchLang: a German `...` spans more words).
    let problem: string | null = null;
    for (const lang of MATCH_LANGS) {
      problem ??= linearityProblem(phraseSource(shape, inflect === true, false, lang).replaceAll('[\\p{L}\\p{N}_]', '[_]'), 'iu');
    }
    if (problem) ctx.addIssue({ code: 'custom', message: problem.startsWith('may ') ? `phrase ${problem}` : problem, path: [...path, i] });
  });
}

/**
 * What to look for in a piece of text: phrases, a regular expression, or both (either may match).
 */
export const MatcherSchema = z
  .strictObject({
    phrases: z.array(phrase).min(1).max(400).optional(),
    /** Let the last word of every phrase take -s/-es/-ed/-ing. */
    inflect: z.boolean().optional(),
    pattern: pattern.optional(),
    flags: flags.optional(),
  })
  .superRefine((m, ctx) => {
    if (!m.phrases && m.pattern === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a matcher needs "phrases" or "pattern"', path: ['phrases'] });
    }
    if (m.flags !== undefined && m.pattern === undefined) {
      ctx.addIssue({ code: 'custom', message: '"flags" only applies to "pattern"', path: ['flags'] });
    }
    if (m.inflect !== undefined && !m.phrases) {
      ctx.addIssue({ code: 'custom', message: '"inflect" only applies to "phrases"', path: ['inflect'] });
    }
    if (m.pattern !== undefined) {
      const problem = regexProblem(m.pattern, validFlags(m.flags));
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['pattern'] });
    }
    checkPhrases(m.phrases, m.inflect, ctx, ['phrases']);
  });

/** Conditions on the conversation; every condition given must hold. */
export const RuleContextSchema = z.strictObject({
  /** Customer tone is one of these. */
  customerTone: z.array(ToneLevelSchema).min(1).optional(),
  /** Customer tone is at least this (calm < frustrated < angry < abusive). */
  minCustomerTone: ToneLevelSchema.optional(),
  /** lib/tone found at least one of these risks in the draft. */
  draftRisks: z.array(DraftRiskKindSchema).min(1).optional(),
  /** Adapter ids ("zendesk", "generic", …). */
  sites: z.array(slug).min(1).optional(),
  channels: z.array(ChannelSchema).min(1).optional(),
  /** The customer is writing about the same problem again (from lib/tone's repeat-contact signal). */
  repeatContact: z.boolean().optional(),
});

const ThreadMessageSchema = z.strictObject({
  role: z.enum(['customer', 'agent', 'note']),
  text: z.string().max(20_000).refine((s) => !MARKUP.test(s), MARKUP_MESSAGE),
  author: z.string().max(200).optional(),
  at: z.string().max(40).optional(),
});

const CaseContextSchema = z.strictObject({
  customerTone: ToneLevelSchema.optional(),
  draftRisks: z
    .array(z.strictObject({ kind: DraftRiskKindSchema, start: z.number().int().min(0), end: z.number().int().min(0) }))
    .optional(),
  site: z.string().max(64).optional(),
  channel: ChannelSchema.optional(),
  repeatContact: z.boolean().optional(),
});

const draftText = z.string().max(20_000).refine((s) => !MARKUP.test(s), MARKUP_MESSAGE);

/** A test case: a draft, or a draft with the thread and context it is written in. */
export const CaseSchema = z.union([
  draftText,
  z.strictObject({ draft: draftText, thread: z.array(ThreadMessageSchema).max(100).optional(), context: CaseContextSchema.optional() }),
]);

/**
 * A condition on the words around each match of a rule: `all` the matchers are found within the
 * match's clause, its sentence, its sentence and the next, the sentences around it (previous,
 * own, next), or the rest of the draft from the match's sentence on. Used by `ifNear` (keep a match only when it holds) and `unlessNear` (drop it).
 */
export const NearSchema = z.strictObject({
  within: z.enum(['clause', 'sentence', 'next-sentence', 'around', 'rest']),
  all: z.array(MatcherSchema).min(1).max(4),
});

const ruleBase = {
  id: slug,
  title: text(120),
  severity: SeveritySchema,
  /** What to do instead. Advice, not a script. */
  advice: text(1000),
  /** Why it matters, in one sentence. */
  why: text(400),
  /** Short phrasings to adapt, written to go into the reply: the rep may insert one, or put it in place of the flagged words. */
  examples: z.array(text(300)).max(10),
  /** What to do rather than what to write (e.g. a log line for a callback): shown, never insertable into the reply. */
  actionHint: text(300).optional(),
  actions: z.array(ActionSchema).max(2).optional(),
  tags: z.array(slug).max(20).optional(),
  /** A locked rule can't be switched off by the rep, nor overridden by a later pack. */
  locked: z.boolean().optional(),
  context: RuleContextSchema.optional(),
  /** Rules (ids) this rule speaks for: when both fire, theirs fold into this rule's card. */
  supersedes: z.array(slug).min(1).max(50).optional(),
  /** Keep a match only when these words are near it (e.g. a time in the promise's own sentence). */
  ifNear: NearSchema.optional(),
  /** Drop a match when any of these holds near it (e.g. a plan and a time right after "I don't know"). */
  unlessNear: z.array(NearSchema).min(1).max(5).optional(),
  tests: z.strictObject({
    shouldMatch: z.array(CaseSchema).max(100),
    shouldNotMatch: z.array(CaseSchema).max(100),
  }),
};

/** Fires on every occurrence of any phrase (ranges: the occurrences), unless `unless` matches the draft. */
export const PhrasesRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('phrases'),
    phrases: z.array(phrase).min(1).max(400),
    inflect: z.boolean().optional(),
    unless: MatcherSchema.optional(),
  })
  .superRefine((r, ctx) => checkPhrases(r.phrases, r.inflect, ctx, ['phrases']));

/** Fires on every match of the pattern, unless `unless` matches the draft. */
export const RegexRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('regex'),
    pattern,
    flags: flags.optional(),
    unless: MatcherSchema.optional(),
  })
  .superRefine((r, ctx) => {
    const problem = regexProblem(r.pattern, validFlags(r.flags));
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['pattern'] });
  });

/**
 * About the shape of the whole draft, including what it lacks. Fires when the draft's word count is
 * within [minWords, maxWords], `when` matches at least `minMatches` times (if given), every
 * matcher in `also` matches (if given) and `unless` does not match (if given).
 * Ranges: the `when` matches (none when there is no `when`).
 */
export const StructureRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('structure'),
    when: MatcherSchema.optional(),
    minMatches: z.number().int().min(1).max(100).optional(),
    also: z.array(MatcherSchema).min(1).max(5).optional(),
    unless: MatcherSchema.optional(),
    minWords: z.number().int().min(0).max(100_000).optional(),
    maxWords: z.number().int().min(0).max(100_000).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.minMatches !== undefined && !r.when) {
      ctx.addIssue({ code: 'custom', message: '"minMatches" needs "when"', path: ['minMatches'] });
    }
    if (r.minWords !== undefined && r.maxWords !== undefined && r.minWords > r.maxWords) {
      ctx.addIssue({ code: 'custom', message: '"minWords" is greater than "maxWords"', path: ['minWords'] });
    }
    if (!r.when && !r.also && !r.unless && r.minWords === undefined && r.maxWords === undefined && !r.context) {
      ctx.addIssue({ code: 'custom', message: 'a structure rule needs at least one of when, also, unless, minWords, maxWords, context', path: ['when'] });
    }
  });

const conversationBase = { ...ruleBase, kind: z.literal('conversation') };

/** The draft repeats, near-verbatim, a message an agent already sent in this thread. */
const RepeatsAgentSchema = z.strictObject({
  ...conversationBase,
  check: z.literal('repeats-agent'),
  /** Share of the draft's word triples (or the earlier message's, whichever is shorter) found in an earlier agent message. Default 0.6. */
  similarity: z.number().min(0.1).max(1).optional(),
  /** Ignore overlaps shorter than this many words. Default 8. */
  minSharedWords: z.number().int().min(3).max(200).optional(),
});

/** The draft cites policy after a customer message said their case is different. Ranges: the policy words. */
const PolicyAfterObjectionSchema = z.strictObject({
  ...conversationBase,
  check: z.literal('policy-after-objection'),
  policy: MatcherSchema,
  objection: MatcherSchema,
});

/** A customer asked for a supervisor and neither the draft nor a later agent reply mentions escalation. */
const IgnoresSupervisorSchema = z.strictObject({
  ...conversationBase,
  check: z.literal('ignores-supervisor-request'),
  request: MatcherSchema,
  escalation: MatcherSchema,
});

/** The last message is the customer's and the draft is empty, or short and without an acknowledgement. */
const UnansweredCustomerSchema = z.strictObject({
  ...conversationBase,
  check: z.literal('unanswered-customer'),
  /** Drafts up to this many words count as "not yet a reply". Default 0 (only an empty draft). */
  maxWords: z.number().int().min(0).max(100).optional(),
  /** A short draft that matches this is an acknowledgement: the rule stays quiet. */
  acknowledgement: MatcherSchema.optional(),
});

/**
 * General thread rule: a customer message matches `customer` (the last one only with `lastOnly`),
 * the draft matches `draft` (if given; ranges) and does not match `unless`, with at least `minWords`.
 */
const CustomerSaidSchema = z.strictObject({
  ...conversationBase,
  check: z.literal('customer-said'),
  customer: MatcherSchema,
  draft: MatcherSchema.optional(),
  unless: MatcherSchema.optional(),
  lastOnly: z.boolean().optional(),
  minWords: z.number().int().min(0).max(100_000).optional(),
});

export const ConversationRuleSchema = z.discriminatedUnion('check', [
  RepeatsAgentSchema,
  PolicyAfterObjectionSchema,
  IgnoresSupervisorSchema,
  UnansweredCustomerSchema,
  CustomerSaidSchema,
]);

export const RuleSchema = z.discriminatedUnion('kind', [PhrasesRuleSchema, RegexRuleSchema, StructureRuleSchema, ConversationRuleSchema]);

export const ChecklistSchema = z.strictObject({
  id: slug,
  title: text(120),
  description: text(600).optional(),
  /** Opens when any given trigger holds. */
  trigger: z
    .strictObject({
      customerTone: z.array(ToneLevelSchema).min(1).optional(),
      repeatContact: z.boolean().optional(),
      /** A customer message matches this (e.g. "third time I write"). */
      customerSays: MatcherSchema.optional(),
    })
    .refine((t) => t.customerTone || t.repeatContact !== undefined || t.customerSays, 'a trigger needs customerTone, repeatContact or customerSays'),
  items: z
    .array(
      z.strictObject({
        id: slug,
        label: text(160),
        why: text(400).optional(),
        /** The item ticks itself when the draft matches. */
        tickWhen: MatcherSchema,
      }),
    )
    .min(1)
    .max(30),
});

export const BoundaryPolicySchema = z.strictObject({
  /** What counts as abuse toward the rep. */
  whatCounts: text(1000),
  /** Example wording for a warning. */
  warning: text(600),
  /** When the rep may end the conversation. */
  whenToEnd: text(1000),
  /** What to write down for the lead. */
  whatToRecord: text(1000),
  breakAdvice: text(600),
});

export const PackSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: slug,
  name: text(120),
  version: semver,
  author: text(200),
  description: text(2000),
  locale: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or en-GB'),
  /** More languages the rules are written for (a team pack that covers several); `locale` counts too.
   * Guidance runs only the packs covering the draft's language (lib/lang/packs.ts). */
  locales: z
    .array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as es or pt-BR'))
    .min(1)
    .max(20)
    .optional(),
  updated: isoDate,
  /** Phrases also match words typed without their accents ("déjà" finds "deja"); for matching only. */
  foldAccents: z.boolean().optional(),
  reviewedBy: text(200).optional(),
  reviewBy: isoDate.optional(),
  changelog: text(20_000).optional(),
  rules: z.array(RuleSchema).max(MAX_RULES, `at most ${MAX_RULES} rules`),
  checklists: z.array(ChecklistSchema).max(50).optional(),
  boundaryPolicy: BoundaryPolicySchema.optional(),
  /** Site recipes: where a helpdesk's page shows the reply box, messages and ticket (lib/sites/recipe-schema.ts). */
  sites: RecipesSchema.optional(),
});

export type Pack = z.infer<typeof PackSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Matcher = z.infer<typeof MatcherSchema>;
export type Near = z.infer<typeof NearSchema>;
export type RuleContext = z.infer<typeof RuleContextSchema>;
export type Case = z.infer<typeof CaseSchema>;
export type Checklist = z.infer<typeof ChecklistSchema>;
export type BoundaryPolicy = z.infer<typeof BoundaryPolicySchema>;
export type ConversationRule = z.infer<typeof ConversationRuleSchema>;

export interface PackError {
  /** JSON-path-like: `rules[3].advice`; "" for the whole input. */
  path: string;
  message: string;
}
export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else {
      const s = String(p);
      out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

/**
 * Walks the raw parsed value before zod sees it: forbidden keys, depth, duplicate ids.
 * Iterative, so a deeply nested input can't overflow the stack.
 */
function scanRaw(root: unknown): PackError[] {
  const errors: PackError[] = [];
  const stack: { v: unknown; path: PropertyKey[]; depth: number }[] = [{ v: root, path: [], depth: 0 }];
  while (stack.length > 0 && errors.length < 50) {
    const { v, path, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) {
      errors.push({ path: formatPath(path), message: `nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i], depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed` });
        continue;
      }
      stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key], depth: depth + 1 });
    }
  }
  return errors;
}

function duplicateIds(list: unknown, base: string, nested?: string): PackError[] {
  const errors: PackError[] = [];
  if (!Array.isArray(list)) return errors;
  const seen = new Set<string>();
  list.forEach((item: unknown, i) => {
    if (item === null || typeof item !== 'object') return;
    const id = (item as { id?: unknown }).id;
    if (typeof id === 'string') {
      if (seen.has(id)) errors.push({ path: `${base}[${i}].id`, message: `duplicate id "${id}"` });
      seen.add(id);
    }
    if (nested) errors.push(...duplicateIds((item as Record<string, unknown>)[nested], `${base}[${i}].${nested}`));
  });
  return errors;
}

function zodErrors(error: z.ZodError): PackError[] {
  const out: PackError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: formatPath([...issue.path, key]), message: `unknown field "${key}"` });
    } else {
      out.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return out;
}

/**
 * Validates a pack from outside: JSON text or an already-parsed value. Never throws, never
 * touches shared state: a bad pack cannot affect anything compiled before.
 */
export function parsePack(input: string | unknown): ParseResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PACK_CHARS) {
      return { ok: false, errors: [{ path: '', message: `pack text is larger than 1 MB (${input.length} characters)` }] };
    }
    try {
      raw = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '', message: 'a pack must be a JSON object' }] };
  }
  const rules = (raw as { rules?: unknown }).rules;
  if (Array.isArray(rules) && rules.length > MAX_RULES) {
    return { ok: false, errors: [{ path: 'rules', message: `at most ${MAX_RULES} rules (found ${rules.length})` }] };
  }
  const early = scanRaw(raw);
  if (early.length > 0) return { ok: false, errors: early };
  const errors = [
    ...duplicateIds(rules, 'rules'),
    ...duplicateIds((raw as { checklists?: unknown }).checklists, 'checklists', 'items'),
    ...duplicateIds((raw as { sites?: unknown }).sites, 'sites'),
  ];
  const result = PackSchema.safeParse(raw);
  if (!result.success) errors.push(...zodErrors(result.error));
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  return { ok: true, pack: result.data as Pack };
}

function dedupe(errors: PackError[]): PackError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.path}\u0000${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
