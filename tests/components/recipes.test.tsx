// @vitest-environment jsdom
// Options, Site recipes: per site which recipe is in force and where it came from, why the others
// are not (a built-in reader, another recipe first), export and remove of a taught recipe;
// against the real background logic on a fake browser.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RecipesSection } from '@/components/options/RecipesSection';
import { TAUGHT_KEY } from '@/entrypoints/background/recipes';
import { recipeRows, recipePack, type HeldRecipe } from '@/lib/sites/recipes';
import { ADAPTERS, BUILTIN_RECIPES } from '@/lib/adapters/registry';
import type { Recipe } from '@/lib/adapters/recipe';
import { axeViolations } from './axe';

const BUILTINS = ADAPTERS.map((a) => ({ id: a.id, name: a.name, matches: a.matches }));
const r = (id: string, name: string, hosts: string[], more: Partial<Recipe> = {}): Recipe => ({ id, name, hosts, ticket: {}, composer: ['textarea'], ...more });
const route = vi.hoisted(() => ({ held: [] as HeldRecipe[], sent: [] as string[] }));
vi.mock('@/lib/messaging', async (orig) => ({
  ...(await orig<typeof import('@/lib/messaging')>()),
  sendMessage: async (type: string, data: { id: string }) => {
    route.sent.push(type);
    if (type === 'ui:recipes:list')
      return {
        rows: recipeRows(route.held, BUILTINS),
        builtins: ADAPTERS.map((a) => ({ id: a.id, name: a.name, kind: BUILTIN_RECIPES.some((b) => b.id === a.id) ? 'recipe' : 'code' })),
      };
    if (type === 'ui:recipes:remove') {
      route.held = route.held.filter((h) => h.recipe.id !== data.id);
      return { ok: true };
    }
    if (type === 'ui:recipes:export') return { ok: true, text: JSON.stringify(recipePack(route.held.find((h) => h.recipe.id === data.id)!.recipe, '2026-12-06')) };
    throw new Error(`no handler for ${type}`);
  },
  receive: () => () => {},
}));

beforeEach(() => {
  fakeBrowser.reset();
  route.sent = [];
  route.held = [
    { recipe: r('acme-desk', 'Acme desk', ['desk.acme.example']), source: 'taught' },
    { recipe: r('acme-team', 'Acme (team)', ['desk.acme.example']), source: 'url', packId: 'acme', packName: 'Acme support' },
    { recipe: r('zd', 'Our Zendesk', ['acme.zendesk.com']), source: 'policy', packId: 'org', packName: 'Org pack' },
  ];
});

test('shows per site the recipe in force, where it came from, and why the others are not', async () => {
  const { container } = render(<RecipesSection />);
  const list = await screen.findByRole('list', { name: 'Site recipes, per site' });
  const items = within(list).getAllByRole('listitem');
  expect(items.map((li) => li.getAttribute('data-recipe'))).toEqual(['zd', 'acme-desk', 'acme-team']);
  expect(items[0]).toHaveTextContent('Not in force');
  expect(items[0]).toHaveTextContent("from your organisation's pack “Org pack”");
  expect(items[0]).toHaveTextContent('built-in reader for Zendesk Agent Workspace reads this site; to take over, the recipe must say "replaces": "zendesk"');
  expect(items[1]).toHaveTextContent('In force');
  expect(items[1]).toHaveTextContent('taught on this computer');
  expect(items[2]).toHaveTextContent('Not in force');
  expect(items[2]).toHaveTextContent('from the pack “Acme support”');
  expect(items[2]).toHaveTextContent('The recipe “acme-desk” comes first here.');
  // Which built-in readers are recipes, which are code.
  expect(screen.getByText('Freshdesk: a recipe (a team can copy it into a pack and fix it)')).toBeInTheDocument();
  expect(screen.getByText('Gmail: code (selectors alone cannot say how it reads the page)')).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});

test('a taught recipe exports as a pack file and can be removed, from the keyboard', async () => {
  const created: Blob[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    created.push(b);
    return 'blob:x';
  });
  URL.revokeObjectURL = vi.fn();
  render(<RecipesSection />);
  const exp = await screen.findByRole('button', { name: 'Export “Acme desk” as a pack' });
  exp.focus();
  await userEvent.keyboard('{Enter}');
  expect(await screen.findByRole('status')).toHaveTextContent('Saved “Acme desk” as a pack file');
  const pack = JSON.parse(await created[0]!.text()) as { sites: Recipe[] };
  expect(pack.sites[0]!.id).toBe('acme-desk');
  // Only taught recipes have the buttons: a pack's recipe changes with its pack.
  expect(screen.queryByRole('button', { name: /Acme \(team\)/ })).toBeNull();
  await userEvent.click(screen.getByRole('button', { name: 'Remove the recipe “Acme desk”' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Removed the recipe “Acme desk”.');
  const list = await screen.findByRole('list', { name: 'Site recipes, per site' });
  await vi.waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.getAttribute('data-recipe'))).toEqual(['zd', 'acme-team']));
  expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('In force');
  expect(TAUGHT_KEY).toBe('heard:recipes:taught');
});
