import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveTaught, taughtRecipes, TAUGHT_KEY, heldRecipes } from '@/entrypoints/background/recipes';

const recipe = { id: 'acme-desk', name: 'Acme desk', hosts: ['desk.acme.example'], ticket: {}, composer: ['textarea#reply'] };

beforeEach(() => fakeBrowser.reset());

test('a taught recipe is saved for the page it was taught on, and read back parsed', async () => {
  expect(await saveTaught(recipe, 'desk.acme.example')).toEqual({ ok: true });
  expect(await taughtRecipes()).toEqual([recipe]);
  expect((await heldRecipes()).find((h) => h.source === 'taught')?.recipe.id).toBe('acme-desk');
  // Saved again under the same id: replaced, not doubled.
  await saveTaught({ ...recipe, name: 'Acme desk v2' }, 'desk.acme.example');
  expect((await taughtRecipes()).map((r) => r.name)).toEqual(['Acme desk v2']);
});

test('a page cannot save a recipe for another host, a wildcard, or a bad selector', async () => {
  expect((await saveTaught(recipe, 'evil.example')).ok).toBe(false);
  expect((await saveTaught({ ...recipe, hosts: ['*.acme.example'] }, 'desk.acme.example')).ok).toBe(false);
  const bad = await saveTaught({ ...recipe, composer: ['div[['] }, 'desk.acme.example');
  expect(bad.ok).toBe(false);
  expect(bad.error).toMatch(/^composer\[0\]: selector is not a valid CSS selector/);
  expect(await taughtRecipes()).toEqual([]);
});

test('a damaged stored list reads as none (nothing runs from it)', async () => {
  await fakeBrowser.storage.local.set({ [TAUGHT_KEY]: [{ id: 'x', composer: 'not a list' }] });
  expect(await taughtRecipes()).toEqual([]);
});

describe('recipes in packs: by file, URL subscription and browser policy', async () => {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const { HeardDB } = await import('@/lib/db');
  const { installPack, reloadPacks, setPacksEnv, subscribe } = await import('@/entrypoints/background/packs');
  const { recipeFor } = await import('@/lib/sites/recipes');
  const { ADAPTERS } = await import('@/lib/adapters/registry');
  const BUILTINS = ADAPTERS.map((a) => ({ id: a.id, name: a.name, matches: a.matches }));
  const base = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/packs/example-team-pack.json'), 'utf8')) as Record<string, unknown>;
  const pack = (id: string, version: string, recipes: object[]): string => JSON.stringify({ ...base, id, version, rules: [], checklists: undefined, sites: recipes });
  let db: InstanceType<typeof HeardDB>;
  let served = '';
  beforeEach(async () => {
    db = new HeardDB(`recipes-${crypto.randomUUID()}`);
    setPacksEnv({
      db: () => db,
      now: () => Date.UTC(2026, 11, 6),
      hasOrigin: async () => true,
      fetch: async (url) => Object.defineProperty(new Response(served, { status: 200, headers: { etag: `"${served.length}"` } }), 'url', { value: url }),
    });
    await reloadPacks();
  });
  afterEach(async () => {
    setPacksEnv(null);
    await db.delete();
  });

  test('each source is named; the policy pack comes first; a newer subscription version fixes the site', async () => {
    expect((await installPack(pack('team-file', '1.0.0', [{ ...recipe, id: 'from-file' }]), 'file')).ok).toBe(true);
    served = pack('team-url', '1.0.0', [{ ...recipe, id: 'from-url', composer: ['textarea#old'] }]);
    expect((await subscribe('https://packs.example.org/sites.json')).ok).toBe(true);
    const held = await heldRecipes();
    expect(held.map((h) => [h.recipe.id, h.source, h.packId])).toEqual([
      ['from-file', 'file', 'team-file'],
      ['from-url', 'url', 'team-url'],
    ]);
    // The later pack speaks.
    expect(recipeFor('desk.acme.example', held, BUILTINS)?.recipe.composer).toEqual(['textarea#old']);
    // The site changed: the lead publishes 1.1.0; the subscription's refresh brings the fix, no release.
    served = pack('team-url', '1.1.0', [{ ...recipe, id: 'from-url', composer: ['textarea#new'] }]);
    const { refreshSubscription } = await import('@/entrypoints/background/packs');
    expect((await refreshSubscription('team-url')).ok).toBe(true);
    expect(recipeFor('desk.acme.example', await heldRecipes(), BUILTINS)?.recipe.composer).toEqual(['textarea#new']);
    // The organisation's pack (browser policy) comes before both.
    expect((await installPack(pack('org', '1.0.0', [{ ...recipe, id: 'from-policy' }]), 'policy')).ok).toBe(true);
    expect(recipeFor('desk.acme.example', await heldRecipes(), BUILTINS)).toMatchObject({ source: 'policy', recipe: { id: 'from-policy' } });
  });

  test('a pack whose recipe has a bad selector is refused whole, naming the path', async () => {
    const res = await installPack(pack('bad', '1.0.0', [{ ...recipe, messages: { item: ['.a:has(.b:has(.c))'] } }]), 'file');
    expect(res.ok).toBe(false);
    expect(!res.ok && res.errors[0]).toMatchObject({ path: 'sites[0].messages.item[0]' });
  });
});
