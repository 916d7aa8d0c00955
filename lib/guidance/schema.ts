/**
 * The guidance-pack format (schemaVersion 1): a zod schema, the TypeScript types inferred from it,
 * and `parsePack`, the only way a pack from outside (a file, the options page) enters the app.
 *
 * A rule's fields are its kind's (lib/guidance/kinds/<kind>.ts, listed in kinds/index.ts); the pieces
 * rules and packs share are in kinds/parts.ts. Runs in the options page, the background and the
 * tools; never import it at runtime from the content script (it pulls in zod and the regex parser).
 */
import { z } from 'zod';
import { RecipesSchema } from '../sites/recipe-schema';
import { RuleSchema } from './kinds';
import { CaseSchema, MatcherSchema, NearSchema, RuleContextSchema, slug, text, ToneLevelSchema } from './kinds/parts';

export { CaseSchema, MatcherSchema, RuleContextSchema, RuleSchema };

export const SCHEMA_VERSION = 1 as const;
export const MAX_PACK_CHARS = 1024 * 1024;
export const MAX_RULES = 2000;
export const MAX_DEPTH = 32;

const semver = z
  .string()
  .regex(
    /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
    'must be a semantic version such as 1.2.0',
  );

const isoDate = z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' });

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
