/**
 * Site recipes in the background: the ones in the packs in force (a pack's `sites`: by file, URL
 * subscription or browser policy) and the ones taught on this machine with the picker
 * (storage.local, parsed at every read). The content script asks once per page which recipe reads
 * it (cs:recipe); lib/sites/recipes.ts decides, and never lets a team recipe replace a built-in
 * adapter unless the recipe says so. The picker (entrypoints/picker.ts) is injected only when the
 * rep starts it, and saves a recipe for its own page's host only.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { sendMessage, type HandlerTable } from '@/lib/messaging';
import { readSelfCheck, writeSelfCheck } from './tabs';
import { ADAPTERS, BUILTIN_RECIPES } from '@/lib/adapters/registry';
import { RecipeSchema, hostMatches } from '@/lib/sites/recipe-schema';
import { recipeFor, recipePack, recipeRows, type HeldRecipe } from '@/lib/sites/recipes';
import type { Recipe } from '@/lib/adapters/recipe';
import { formatPath } from '@/lib/guidance/schema';
import { packsInForceWithSource } from './packs';

export const TAUGHT_KEY = 'heard:recipes:taught';
const TaughtSchema = z.array(RecipeSchema).max(50);
const BUILTINS = ADAPTERS.map((a) => ({ id: a.id, name: a.name, matches: a.matches }));

export async function taughtRecipes(): Promise<Recipe[]> {
  const raw = (await browser.storage.local.get(TAUGHT_KEY))[TAUGHT_KEY];
  const parsed = TaughtSchema.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

/** Every recipe Heard holds: taught ones and those of the packs in force, with their source. */
export async function heldRecipes(): Promise<HeldRecipe[]> {
  const taught: HeldRecipe[] = (await taughtRecipes()).map((recipe) => ({ recipe, source: 'taught' }));
  const fromPacks: HeldRecipe[] = packsInForceWithSource().flatMap(({ pack, source }) =>
    (pack.sites ?? []).map((recipe): HeldRecipe => ({ recipe, source: source === 'builtin' ? 'file' : source, packId: pack.id, packName: pack.name })),
  );
  return [...taught, ...fromPacks];
}

function hostOf(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Saves a taught recipe (replacing one with the same id); only for the host of the page it was taught on. */
export async function saveTaught(input: unknown, pageHost: string | null): Promise<{ ok: boolean; error?: string }> {
  const parsed = RecipeSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${formatPath(issue?.path ?? [])}: ${issue?.message ?? ''}` };
  }
  const recipe = parsed.data;
  if (!pageHost || !recipe.hosts.every((h) => hostMatches(h, pageHost) && !h.startsWith('*.'))) {
    return { ok: false, error: 'hosts: a recipe taught on a page is for that page’s host only' };
  }
  const cur = (await taughtRecipes()).filter((r) => r.id !== recipe.id);
  await browser.storage.local.set({ [TAUGHT_KEY]: [...cur, recipe].slice(-50) });
  return { ok: true };
}

/** A taught or built-in recipe as a pack's text (the options page, and the picker's copy). */
async function exportRecipe({ id }: { id: string }): Promise<{ ok: boolean; text?: string }> {
  const recipe = (await taughtRecipes()).find((r) => r.id === id) ?? BUILTIN_RECIPES.find((r) => r.id === id);
  if (!recipe) return { ok: false };
  return { ok: true, text: JSON.stringify(recipePack(recipe, new Date().toISOString().slice(0, 10)), null, 2) };
}

export const recipesHandlers = {
  async 'cs:recipe'(_data, sender) {
    const host = hostOf(sender.url ?? sender.tab?.url);
    const hit = host ? recipeFor(host, await heldRecipes(), BUILTINS) : null;
    return { recipe: hit?.recipe ?? null, replaces: !!hit?.recipe.replaces };
  },
  async 'cs:selfcheck'(data, sender) {
    const tabId = sender.tab?.id;
    if (tabId == null || (sender.frameId ?? 0) !== 0) return;
    const host = hostOf(sender.url ?? sender.tab?.url) ?? undefined;
    // Kept with the tab's state (tabs.ts), which pushes it to the tab's panels.
    await writeSelfCheck(tabId, 'ok' in data ? null : { ...data, ...(host ? { host } : {}) });
  },
  async 'ui:selfcheck:get'({ tabId }) {
    return { check: await readSelfCheck(tabId) };
  },
  async 'ui:recipes:list'() {
    return {
      rows: recipeRows(await heldRecipes(), BUILTINS),
      builtins: ADAPTERS.map((a) => ({ id: a.id, name: a.name, kind: BUILTIN_RECIPES.some((r) => r.id === a.id) ? ('recipe' as const) : ('code' as const) })),
    };
  },
  // The picker runs in the page's isolated world (a content-script sender): it may save for its own page only.
  async 'cs:recipes:save'({ recipe }, sender) {
    const res = await saveTaught(recipe, hostOf(sender.url ?? sender.tab?.url));
    if (res.ok && sender.tab?.id != null) await sendMessage('tab:refresh', {}, sender.tab.id).catch(() => {});
    return res;
  },
  async 'ui:recipes:remove'({ id }) {
    const cur = await taughtRecipes();
    await browser.storage.local.set({ [TAUGHT_KEY]: cur.filter((r) => r.id !== id) });
    return { ok: cur.some((r) => r.id === id) };
  },
  'ui:recipes:export': exportRecipe,
  'cs:recipes:export': exportRecipe,
  async 'ui:picker:start'({ tabId }) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/picker.js'] });
      // The framed panel steps aside: the rep points at the page.
      await sendMessage('tab:panel', { open: false }, tabId).catch(() => {});
      return { ok: true };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  },
} satisfies HandlerTable;

/** This area's handler table, collected by handlers.ts. */
export const handlers: HandlerTable = recipesHandlers;
