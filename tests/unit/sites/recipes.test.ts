import type { Recipe } from '@/lib/adapters/recipe';
import { recipeFor, recipePack, recipeRows, type HeldRecipe } from '@/lib/sites/recipes';
import { ADAPTERS } from '@/lib/adapters/registry';
import { parsePack } from '@/lib/guidance/schema';

const BUILTINS = ADAPTERS.map((a) => ({ id: a.id, name: a.name, matches: a.matches }));
const r = (id: string, hosts: string[], more: Partial<Recipe> = {}): Recipe => ({ id, name: id, hosts, ticket: {}, composer: ['textarea'], ...more });

test('policy first, then taught, then the later pack', () => {
  const held: HeldRecipe[] = [
    { recipe: r('taught', ['desk.acme.example']), source: 'taught' },
    { recipe: r('early', ['desk.acme.example']), source: 'file', packId: 'a' },
    { recipe: r('late', ['*.acme.example']), source: 'url', packId: 'b' },
    { recipe: r('org', ['desk.acme.example']), source: 'policy', packId: 'p' },
  ];
  expect(recipeFor('desk.acme.example', held, BUILTINS)?.recipe.id).toBe('org');
  expect(recipeFor('desk.acme.example', held.slice(0, 3), BUILTINS)?.recipe.id).toBe('taught');
  expect(recipeFor('desk.acme.example', held.slice(1, 3), BUILTINS)?.recipe.id).toBe('late');
  expect(recipeFor('other.example', held, BUILTINS)).toBeNull();
});

test('a team recipe never replaces a built-in adapter unless it says so', () => {
  const silent = { recipe: r('zd', ['acme.zendesk.com']), source: 'url' as const };
  const declared = { recipe: r('zd-fix', ['acme.zendesk.com'], { replaces: 'zendesk' }), source: 'url' as const };
  expect(recipeFor('acme.zendesk.com', [silent], BUILTINS)).toBeNull();
  expect(recipeFor('acme.zendesk.com', [silent, declared], BUILTINS)?.recipe.id).toBe('zd-fix');
  const rows = recipeRows([silent, declared], BUILTINS);
  expect(rows.find((x) => x.recipeId === 'zd')).toMatchObject({ inForce: false, reason: 'builtin:zendesk' });
  expect(rows.find((x) => x.recipeId === 'zd-fix')).toMatchObject({ inForce: true, replaces: 'zendesk' });
});

test('rows say which recipe is in force per site and which is shadowed', () => {
  const rows = recipeRows(
    [
      { recipe: r('a', ['desk.acme.example']), source: 'taught' },
      { recipe: r('b', ['desk.acme.example']), source: 'file', packId: 'team', packName: 'Team' },
    ],
    BUILTINS,
  );
  expect(rows).toEqual([
    { host: 'desk.acme.example', recipeId: 'a', name: 'a', source: 'taught', inForce: true },
    { host: 'desk.acme.example', recipeId: 'b', name: 'b', source: 'file', packId: 'team', packName: 'Team', inForce: false, reason: 'shadowed:a' },
  ]);
});

test('a taught recipe exports as a valid pack', () => {
  const pack = recipePack(r('acme-desk', ['desk.acme.example'], { name: 'Acme desk' }), '2026-12-06');
  const res = parsePack(pack);
  expect(res.ok).toBe(true);
  expect(res.ok && res.pack.sites?.[0]?.hosts).toEqual(['desk.acme.example']);
});
