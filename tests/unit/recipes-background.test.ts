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
