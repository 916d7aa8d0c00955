/** Site recipes and the picker ("Teach Heard this page"). The content script sends only cs:recipe
 * (typed here; its answer is the background's, already parsed with the full recipe schema). */
import * as z from 'zod/mini';
import type { Recipe } from '../adapters/recipe';

export type RecipeSourceMsg = 'policy' | 'taught' | 'url' | 'file' | 'builtin';

export interface RecipeRowMsg {
  host: string;
  recipeId: string;
  name: string;
  source: RecipeSourceMsg;
  packId?: string;
  packName?: string;
  replaces?: string;
  inForce: boolean;
  reason?: string;
}

export interface BuiltinRowMsg {
  id: string;
  name: string;
  /** 'recipe' when the built-in adapter is a recipe a team can copy and fix; 'code' otherwise. */
  kind: 'recipe' | 'code';
}

/** What a page's reads found, for the self-check: counts only, never page text. */
export const SelfCheckSchema = z.object({
  site: z.string().check(z.maxLength(64)),
  /** The page's host (added by the background from the sender, never sent by the page). */
  host: z.optional(z.string().check(z.maxLength(300))),
  /** The reply box was not found where the adapter or recipe looks for it. */
  noComposer: z.boolean(),
  /** A ticket is shown but no message was read. */
  noMessages: z.boolean(),
  /** Each selector tried and how many elements it matched (at most 40). */
  counts: z.array(z.object({ what: z.string().check(z.maxLength(40)), selector: z.string().check(z.maxLength(300)), count: z.number() })).check(z.maxLength(40)),
});
export type SelfCheck = z.infer<typeof SelfCheckSchema>;

export interface RecipesProtocol {
  'cs:recipe'(data?: Record<string, never>): { recipe: Recipe | null; replaces: boolean };
  'cs:selfcheck'(data: SelfCheck | { ok: true; site: string }): void;
  'ui:recipes:list'(data?: Record<string, never>): { rows: RecipeRowMsg[]; builtins: BuiltinRowMsg[] };
  /** The picker saves what the rep taught, for the page's own host only. */
  'ui:recipes:save'(data: { recipe: unknown }): { ok: boolean; error?: string };
  'ui:recipes:remove'(data: { id: string }): { ok: boolean };
  'ui:recipes:export'(data: { id: string }): { ok: boolean; text?: string };
  /** The popup or panel starts the picker in a tab. */
  'ui:picker:start'(data: { tabId: number }): { ok: boolean; error?: string };
  'ui:selfcheck:get'(data: { tabId: number }): { check: SelfCheck | null };
}

const id = z.string().check(z.maxLength(64));

export const RECIPES_SCHEMAS: { [K in keyof RecipesProtocol]: z.ZodMiniType } = {
  'cs:recipe': z.optional(z.object({})),
  'cs:selfcheck': z.union([SelfCheckSchema, z.object({ ok: z.literal(true), site: z.string().check(z.maxLength(64)) })]),
  'ui:recipes:list': z.optional(z.object({})),
  'ui:recipes:save': z.object({ recipe: z.unknown() }),
  'ui:recipes:remove': z.object({ id }),
  'ui:recipes:export': z.object({ id }),
  'ui:picker:start': z.object({ tabId: z.number() }),
  'ui:selfcheck:get': z.object({ tabId: z.number() }),
};
