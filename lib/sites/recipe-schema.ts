/**
 * The zod schema of a site recipe (lib/adapters/recipe.ts says what each field means), the way a
 * recipe from outside (a pack's `sites`, the picker, a URL subscription, the browser policy) enters.
 *
 * The background has no DOM, so selectors are checked with css-what (a small, maintained CSS
 * selector parser, the one cheerio and css-select use): the syntax, and a shape that stays fast on
 * any page: at most 8 selectors in a list and 40 parts in all, only structural and state
 * pseudo-classes (no pseudo-elements), no `:has()` inside a `:has()` (a nested `:has` makes the
 * browser's matching quadratic or worse), at most 3 levels of `:not/:is/:where/:has`. The content
 * script still reads every selector inside a try (a selector css-what takes and a browser refuses
 * reads as nothing). URL patterns must be proven linear-time like a pack's (regex-safety.ts).
 * Names are plain text (no markup), and there is no field that could carry script.
 */
import { z } from 'zod';
import { parse, type Selector } from 'css-what';
import { regexProblem } from '../guidance/regex-safety';
import type { Recipe } from '../adapters/recipe';
import { CHANNELS, ROLES } from '../values';

export const MAX_SELECTOR = 300;
export const MAX_RECIPES = 50;
const MAX_PARTS = 40;
const MAX_LIST = 8;
const MAX_NESTING = 3;

/** Pseudo-classes a recipe may use: structure and form state, nothing that depends on history or links. */
const PSEUDOS = new Set([
  'not', 'is', 'where', 'has', 'first-child', 'last-child', 'only-child', 'nth-child', 'nth-last-child',
  'nth-of-type', 'nth-last-of-type', 'first-of-type', 'last-of-type', 'only-of-type', 'empty', 'root',
  'checked', 'disabled', 'enabled', 'required', 'focus', 'focus-within', 'read-only', 'read-write',
]);
const NESTED = new Set(['not', 'is', 'where', 'has']);

/** Why a selector is refused, or null when it is fine. */
export function selectorProblem(selector: string): string | null {
  if (selector.trim() === '') return 'must not be empty';
  if (selector.length > MAX_SELECTOR) return `must be at most ${MAX_SELECTOR} characters`;
  let list: Selector[][];
  try {
    list = parse(selector);
  } catch (e) {
    return `is not a valid CSS selector (${(e as Error).message})`;
  }
  if (list.length > MAX_LIST) return `lists more than ${MAX_LIST} selectors`;
  let parts = 0;
  const walk = (sels: Selector[][], depth: number, inHas: boolean): string | null => {
    if (depth > MAX_NESTING) return `nests :not/:is/:where/:has more than ${MAX_NESTING} deep`;
    for (const sel of sels) {
      if (sel.length === 0) return 'has an empty selector';
      for (const tok of sel) {
        if (++parts > MAX_PARTS) return `has more than ${MAX_PARTS} parts`;
        if (tok.type === 'pseudo-element') return `uses the pseudo-element ::${tok.name}`;
        if (tok.type === 'parent' || tok.type === 'column-combinator') return `uses a combinator browsers do not know`;
        if (tok.type !== 'pseudo') continue;
        if (!PSEUDOS.has(tok.name)) return `uses :${tok.name} (allowed: ${[...PSEUDOS].join(', ')})`;
        if (tok.name === 'has' && inHas) return 'nests :has() inside :has() (slow on large pages)';
        if (NESTED.has(tok.name)) {
          if (!Array.isArray(tok.data)) return `:${tok.name}() needs selectors`;
          const inner = walk(tok.data, depth + 1, inHas || tok.name === 'has');
          if (inner) return inner;
        }
      }
    }
    return null;
  };
  return walk(list, 0, false);
}

const selector = z.string().superRefine((s, ctx) => {
  // `{id}` (require only) is the ticket id, filled in as a quoted attribute value.
  const problem = selectorProblem(s.replaceAll('{id}', '1'));
  if (problem) ctx.addIssue({ code: 'custom', message: `selector ${problem}` });
});
const selectors = z.array(selector).min(1).max(6);

const MARKUP = /<\s*\/?\s*[a-z!?]|javascript\s*:|\bon[a-z]+\s*=/i;
const plain = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).refine((s) => !MARKUP.test(s), 'must not contain HTML tags or script');
const slug = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'must be a slug: lower-case letters, digits and dashes (max 64)');
const attr = z.string().regex(/^[a-zA-Z_:][-a-zA-Z0-9_:.]{0,63}$/, 'must be an attribute name');
/** `desk.example.com`, `*.example.com`, `localhost:8080`: a host, never a bare `*` or a whole top-level domain. */
export const HostPatternSchema = z
  .string()
  .max(253)
  .regex(/^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9-]{1,63})*(?::\d{1,5})?$/, 'must be a host such as desk.example.com or *.example.com')
  .refine((h) => !h.startsWith('*.') || h.slice(2).includes('.'), '*. must be followed by a domain with a dot (e.g. *.example.com)');

const FieldSchema = z.strictObject({ sel: selectors, attr: attr.optional(), own: z.boolean().optional() });
const CondSchema = z
  .strictObject({ is: selector.optional(), has: selector.optional(), attr: attr.optional(), value: z.string().max(200).optional(), author: z.literal('customer').optional() })
  .refine((c) => c.is || c.has || c.attr || c.author, 'a condition needs is, has, attr or author')
  .refine((c) => c.value === undefined || c.attr, '"value" needs "attr"');
const conds = z.array(CondSchema).min(1).max(8);
const RoleSchema = z.enum(ROLES);
const words = z.array(z.string().trim().toLowerCase().min(2).max(40)).max(10);

const urlPattern = z
  .string()
  .max(300)
  .superRefine((p, ctx) => {
    const problem = regexProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const template = z.string().max(300).regex(/^[^<>"'\s]*$/, 'must be a path without spaces or quotes');

export const RecipeSchema = z.strictObject({
  id: slug,
  name: plain(120),
  hosts: z.array(HostPatternSchema).min(1).max(20),
  replaces: slug.optional(),
  scope: selectors.optional(),
  ticket: z.strictObject({
    url: urlPattern.optional(),
    key: z.string().max(40).regex(/^(?:\{\d\}|[-:_.])+$/, 'must be groups such as {1} or {1}-{2}').optional(),
    require: z.array(selector).max(6).optional(),
    id: FieldSchema.optional(),
    subject: FieldSchema.optional(),
    channel: z
      .union([z.enum(CHANNELS), FieldSchema.extend({ words: z.strictObject({ email: words.optional(), chat: words.optional(), phone: words.optional() }).optional() })])
      .optional(),
    link: template.refine((s) => s.startsWith('/') || s.startsWith('{'), 'must start with / or a {placeholder}').optional(),
  }),
  composer: selectors,
  messages: z
    .strictObject({
      frame: selectors.optional(),
      item: selectors,
      only: conds.optional(),
      skip: conds.optional(),
      body: selectors.optional(),
      quoted: selectors.optional(),
      author: selectors.optional(),
      time: selectors.optional(),
      timeAttr: attr.optional(),
      newestFirst: z.boolean().optional(),
      roles: z.strictObject({ customer: conds.optional(), agent: conds.optional(), note: conds.optional() }).optional(),
      otherwise: RoleSchema.optional(),
    })
    .optional(),
  customer: z.strictObject({ name: FieldSchema.optional(), email: FieldSchema.optional() }).optional(),
});

export type RecipeInput = z.infer<typeof RecipeSchema>;
// The schema's output is a Recipe the content script can read (checked by the compiler).
const _fits = (r: RecipeInput): Recipe => r;
void _fits;

export const RecipesSchema = z.array(RecipeSchema).max(MAX_RECIPES, `at most ${MAX_RECIPES} site recipes`);

/** Whether a host pattern of a recipe covers a page's host (`host:port` when the page has a port). */
export function hostMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase();
  const bare = h.replace(/:\d+$/, '');
  const hasPort = /:\d+$/.test(pattern);
  const target = hasPort ? h : bare;
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return target === base || target.endsWith(`.${base}`);
  }
  return target === pattern;
}
