// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { deriveRecipe, distinguishing, looksGenerated, uniqueSelector, urlPatternFor } from '@/lib/sites/derive';
import { recipeAdapter } from '@/lib/adapters/recipe';
import { RecipeSchema } from '@/lib/sites/recipe-schema';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/teach/index.html'), 'utf8');
const load = (id = '42') => new JSDOM(html, { url: `http://127.0.0.1:5178/fixtures/teach/?id=${id}`, runScripts: 'dangerously' }).window;

test('generated class names and ids are told from stable ones', () => {
  for (const g of ['css-1q2w3e4', 'sc-bdVaJa', 'css-fa3z', 'jsx-2837461', 'Button_root__a8F3k', 'x1a2b3c4d', ':r1f:', 'm5Xk9q']) expect(looksGenerated(g), g).toBe(true);
  for (const s of ['entry', 'entry--out', 'reply', 'row', 'root', 'reply__box', 'ticket-title', 'requester__name', 'conversation']) expect(looksGenerated(s), s).toBe(false);
});

test('a unique selector prefers stable attributes and classes over generated ones and position', () => {
  const doc = load().document;
  expect(uniqueSelector(doc.querySelector('.reply__box')!)).toBe('div[role="textbox"]');
  expect(uniqueSelector(doc.querySelector('.ticket-no')!)).toBe('span[data-field="ticket-number"]');
  expect(uniqueSelector(doc.querySelector('.requester__name')!)).toBe('p.requester__name');
  const sel = uniqueSelector(doc.querySelectorAll('.entry')[1]!);
  expect(sel).not.toMatch(/css-|sc-/);
  expect(doc.querySelectorAll(sel)).toHaveLength(1);
});

test('what tells an agent message from a customer one', () => {
  const [c, a] = load().document.querySelectorAll('.entry');
  expect(distinguishing(a!, c!)[0]).toEqual({ is: '.entry--out' });
  expect(distinguishing(c!, a!)[0]).toEqual({ is: '.entry--in' });
});

test('the address pattern that names the ticket', () => {
  expect(urlPatternFor(new URL('http://h/fixtures/teach/?id=42'), '42')).toBe('[?&]id=(\\d+)(?:[&#]|$)');
  expect(urlPatternFor(new URL('http://h/projects/x/issues/42'), '42')).toBe('^/projects/x/issues/(\\d+)(?:[/?#]|$)');
  expect(urlPatternFor(new URL('http://h/browse/SUP-12'), 'SUP-12')).toBe('^/browse/([A-Za-z]+-?\\d+)(?:[/?#]|$)');
  expect(urlPatternFor(new URL('http://h/inbox'), '42')).toBeNull();
});

test('from the pointed elements, a valid recipe that reads this ticket and the next one', () => {
  const win = load();
  const doc = win.document;
  const [c, a] = doc.querySelectorAll('.entry__text');
  const { recipe, rolesUnknown } = deriveRecipe(doc, new URL(win.location.href), {
    composer: doc.querySelector('.reply__box')!,
    customerMessage: c!,
    agentMessage: a!,
    ticket: doc.querySelector('.ticket-no')!,
    customerName: doc.querySelector('.requester__name')!,
  });
  expect(rolesUnknown).toBe(false);
  expect(RecipeSchema.safeParse(recipe).error?.issues ?? []).toEqual([]);
  expect(recipe.hosts).toEqual(['127.0.0.1:5178']);
  expect(JSON.stringify(recipe)).not.toMatch(/css-|sc-|9011/);
  for (const [id, key, roles, name] of [
    ['42', '127-0-0-1:127.0.0.1:5178:42', ['customer', 'agent', 'customer'], 'Dana Whitfield'],
    ['43', '127-0-0-1:127.0.0.1:5178:43', ['customer', 'agent'], 'Lee Moreno'],
  ] as const) {
    const w = load(id);
    const adapter = recipeAdapter(recipe);
    expect(adapter.detect(new URL(w.location.href), w.document)?.key).toBe(key);
    expect(adapter.thread(w.document).map((m) => m.role)).toEqual(roles);
    expect(adapter.thread(w.document)[0]?.text).not.toMatch(/Dana Whitfield|Lee Moreno/); // the body, not the meta line
    expect(adapter.customer(w.document)).toEqual({ name });
    expect(adapter.composer(w.document)?.classList.contains('reply__box')).toBe(true);
  }
});
