/**
 * Which site recipe reads a page, and why the others do not. Pure: the background gives it the
 * recipes it holds (packs in force and the ones taught on this machine) and the built-in adapters.
 *
 * Order, first that covers the page's host wins: a recipe from the browser policy's packs (the
 * organisation), then one taught on this machine ("Teach Heard this page"), then the other packs,
 * the later pack first (as a later pack's rule speaks over an earlier one's; a subscription's newer
 * version replaces its recipe in place, without a release of Heard).
 *
 * A team recipe never replaces a built-in adapter silently: on a host a built-in adapter is declared
 * for, a recipe is in force only when it says `replaces: "<that adapter's id>"`; otherwise it is
 * listed as not in force, with the reason. Elsewhere (a self-hosted helpdesk a built-in adapter
 * recognises by its page) the built-in adapters are tried first in the page (registry.ts adapterFor).
 */
import type { Recipe } from '../adapters/recipe';
import { hostMatches } from './recipe-schema';
import { matchesPattern } from './index';

export type RecipeSource = 'policy' | 'taught' | 'url' | 'file' | 'builtin';

export interface HeldRecipe {
  recipe: Recipe;
  source: RecipeSource;
  /** The pack it came in (none for a taught recipe). */
  packId?: string;
  packName?: string;
}

export interface BuiltinInfo {
  id: string;
  name: string;
  matches: readonly string[];
}

/** The built-in adapter declared for a host (by its manifest patterns), if any. */
export function builtinFor(host: string, builtins: readonly BuiltinInfo[]): BuiltinInfo | undefined {
  const bare = host.replace(/:\d+$/, '');
  return builtins.find((b) => b.matches.some((m) => matchesPattern(m, `https://${bare}/`) || matchesPattern(m, `http://${bare}/`)));
}

const RANK: Record<RecipeSource, number> = { policy: 0, taught: 1, url: 2, file: 2, builtin: 3 };

/** The held recipes in the order they are tried (policy, taught, then later packs first). */
export function ordered(held: readonly HeldRecipe[]): HeldRecipe[] {
  return held.map((h, i) => ({ h, i })).sort((a, b) => RANK[a.h.source] - RANK[b.h.source] || b.i - a.i).map(({ h }) => h);
}

/** Why a recipe is not in force on a host ('' when it is allowed there). */
export function refusal(recipe: Recipe, host: string, builtins: readonly BuiltinInfo[]): string {
  const b = builtinFor(host, builtins);
  if (b && recipe.replaces !== b.id) return `builtin:${b.id}`;
  return '';
}

/** The recipe that reads a page on `host`, or null. */
export function recipeFor(host: string, held: readonly HeldRecipe[], builtins: readonly BuiltinInfo[]): HeldRecipe | null {
  for (const h of ordered(held)) {
    if (h.recipe.hosts.some((p) => hostMatches(p, host)) && refusal(h.recipe, host, builtins) === '') return h;
  }
  return null;
}

export interface RecipeRow {
  host: string;
  recipeId: string;
  name: string;
  source: RecipeSource;
  packId?: string;
  packName?: string;
  replaces?: string;
  inForce: boolean;
  /** Not in force: `builtin:<id>` (a built-in adapter reads the host) or `shadowed:<recipe id>` (another recipe comes first). */
  reason?: string;
}

/** Per site (host pattern) and recipe: which one is in force and where it came from (the options page). */
export function recipeRows(held: readonly HeldRecipe[], builtins: readonly BuiltinInfo[]): RecipeRow[] {
  const rows: RecipeRow[] = [];
  const winner = new Map<string, string>();
  for (const h of ordered(held)) {
    for (const host of h.recipe.hosts) {
      const probe = host.replace(/^\*\./, '');
      const refused = refusal(h.recipe, probe, builtins);
      const first = winner.get(host);
      const inForce = !refused && first === undefined;
      if (inForce) winner.set(host, h.recipe.id);
      rows.push({
        host,
        recipeId: h.recipe.id,
        name: h.recipe.name,
        source: h.source,
        ...(h.packId ? { packId: h.packId } : {}),
        ...(h.packName ? { packName: h.packName } : {}),
        ...(h.recipe.replaces ? { replaces: h.recipe.replaces } : {}),
        inForce,
        ...(refused ? { reason: refused } : !inForce && first ? { reason: `shadowed:${first}` } : {}),
      });
    }
  }
  return rows.sort((a, b) => a.host.localeCompare(b.host));
}

/** A taught recipe as a pack the lead can share (file, URL subscription or browser policy). */
export function recipePack(recipe: Recipe, today: string): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: `site-${recipe.id}`.slice(0, 64).replace(/-+$/, ''),
    name: `${recipe.name} (site recipe)`.slice(0, 120),
    version: '1.0.0',
    author: 'Taught with Heard',
    description: `Where Heard reads ${recipe.hosts.join(', ')}: the reply box, the messages and the ticket.`.slice(0, 2000),
    locale: 'en',
    updated: today,
    rules: [],
    sites: [recipe],
  };
}
