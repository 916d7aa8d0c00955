/**
 * The zod pieces every rule (lib/guidance/kinds/<kind>.ts) and the pack (schema.ts) are made of:
 * text and ids, phrases and patterns (each proven linear-time), matchers, the conversation
 * context, test cases, near-conditions, and `ruleBase`, the fields every rule kind shares.
 * Full zod: extension pages, the background and the tools only.
 */
import { z } from 'zod';
import { CHANNELS, DRAFT_RISK_KINDS, HINT_ACTIONS, ROLES, SEVERITIES, TONE_LEVELS } from '../../values';
import { MATCH_LANGS, phraseSource } from '../phrase';
import { linearityProblem, regexProblem, MAX_PATTERN_LENGTH } from '../regex-safety';
import type { CompiledMatcher } from '../compile';
import type { TextRange } from '../hint';
import type { DraftView, EditorField } from './types';

/** HTML tags, `javascript:` URLs and inline event handlers: never allowed in pack text. */
export const MARKUP = /<\s*\/?\s*[a-z!?]|javascript\s*:|\bon[a-z]+\s*=/i;
const MARKUP_MESSAGE = 'must not contain HTML tags or script';

export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !MARKUP.test(s), MARKUP_MESSAGE);

export const slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'must be a slug: lower-case letters, digits and dashes (max 64)');

export const ToneLevelSchema = z.enum(TONE_LEVELS);
export const DraftRiskKindSchema = z.enum(DRAFT_RISK_KINDS);
export const ChannelSchema = z.enum(CHANNELS);
export const SeveritySchema = z.enum(SEVERITIES);
export const ActionSchema = z.enum(HINT_ACTIONS);

/**
 * A phrase: words separated by spaces. Matching is case-insensitive and word-bounded; an
 * apostrophe in the phrase also matches a curly one or none ("don't" matches "dont", "don’t");
 * a space matches any run of spaces/newlines; a dash matches a dash, a space or nothing;
 * `{word}` also matches word+s/es/ed/ing (and y→ies/ied, final e dropped); a lone `...` matches
 * up to three other words.
 */
export const phrase = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .refine((s) => !MARKUP.test(s), MARKUP_MESSAGE)
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'must contain at least one letter or digit')
  .refine((s) => !/^(?:\.\.\.|…)|(?:\.\.\.|…)$/.test(s.trim()), '"..." may only stand between two words');

export const pattern = z.string().min(1, 'must not be empty').max(MAX_PATTERN_LENGTH, `must be at most ${MAX_PATTERN_LENGTH} characters`);
/** Flags to compile with when checking a pattern: bad flags are reported on "flags" alone. */
export const validFlags = (f: string | undefined) => (f !== undefined && /^[imsu]{0,4}$/.test(f) && new Set(f).size === f.length ? f : '');
export const flags = z.string().regex(/^[imsu]{0,4}$/, 'only the flags i, m, s and u are allowed (g is added by the engine)');

/**
 * Every phrase as the engine compiles it must be proven linear-time too (regex-safety.ts); the
 * phrase compiler is built so that it always is, this keeps it honest.
 */
export function checkPhrases(phrases: readonly string[] | undefined, inflect: boolean | undefined, ctx: z.RefinementCtx, path: PropertyKey[]): void {
  phrases?.forEach((p, i) => {
    if (typeof p !== 'string' || p.trim() === '') return;
    // Proven on the phrase's shape: every run of letters and digits as one letter, so thousands of
    // phrases share a few proofs. Sound: letters and digits relate the same way to every class
    // the compiler emits (\s, \S, dashes, apostrophes), and one letter for all only adds overlaps.
    // The word-edge lookarounds' class narrowed to `_` likewise only weakens what may be assumed.
    const shape = p.replace(/[\p{L}\p{N}]+/gu, 'a');
    // In every language's way of matching (phrase.ts MatchLang: a German `...` spans more words).
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
  /** Quiet when the customer's latest message says this (e.g. asks for a manager: that request is the thing to answer). */
  unlessCustomerSays: MatcherSchema.optional(),
});

const ThreadMessageSchema = z.strictObject({
  role: z.enum(ROLES),
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

export const ruleBase = {
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
  /** A catch-all rule: says nothing (not even "also: …") when another card covers all its words, or a rule that supersedes it fires. */
  yields: z.boolean().optional(),
  /** Keep a match only when these words are near it (e.g. a time in the promise's own sentence). */
  ifNear: NearSchema.optional(),
  /** Drop a match when any of these holds near it (e.g. a plan and a time right after "I don't know"). */
  unlessNear: z.array(NearSchema).min(1).max(5).optional(),
  tests: z.strictObject({
    shouldMatch: z.array(CaseSchema).max(100),
    shouldNotMatch: z.array(CaseSchema).max(100),
  }),
};

/** The editor's field for `unless`, a matcher most kinds take. */
export const UNLESS_FIELD: EditorField = { type: 'matcher', name: 'unless', label: 'peUnless', optional: true, hint: 'peUnlessHint' };

/** The match step of a kind that fires on every hit of `main` unless `unless` matches the draft. */
export function matchUnless(c: { readonly main: CompiledMatcher; readonly unless: CompiledMatcher | null }, draft: DraftView): readonly TextRange[] | null {
  const ranges = draft.scan(c.main);
  if (ranges.length === 0 || (c.unless !== null && draft.has(c.unless))) return null;
  return ranges;
}
