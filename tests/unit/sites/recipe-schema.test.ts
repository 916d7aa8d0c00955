import { RecipeSchema, hostMatches, selectorProblem } from '@/lib/sites/recipe-schema';
import { BUILTIN_RECIPES } from '@/lib/adapters/registry';
import { parsePack } from '@/lib/guidance/schema';
import { defaultPack } from '@/lib/guidance/default-pack';

const base = {
  id: 'acme-desk',
  name: 'Acme Desk',
  hosts: ['desk.acme.example'],
  ticket: { url: '^/tickets/(\\d+)' },
  composer: ['textarea#reply'],
  messages: { item: ['.thread > .msg'], roles: { agent: [{ is: '.msg--staff' }] } },
};

describe('selectors', () => {
  test.each([
    ['.thread > .msg[data-role="customer"]'],
    ['[data-testid="reply"] [contenteditable="true"]'],
    ['li:nth-child(2n+1):not(.system)'],
    ['.msg:has(> .note-badge)'],
    ['a, b, c'],
  ])('takes %s', (s) => expect(selectorProblem(s)).toBeNull());

  test.each([
    ['.msg[', /not a valid CSS selector/],
    ['.a:has(.b:has(.c))', /:has\(\) inside :has\(\)/],
    ['.a:has(:not(:has(.c)))', /:has\(\) inside :has\(\)/],
    ['p::before', /pseudo-element/],
    ['a:visited', /uses :visited/],
    ['a:hover', /uses :hover/],
    ['', /empty/],
    ['.ab '.repeat(100), /at most 300/],
    [Array.from({ length: 9 }, (_, i) => `.c${i}`).join(', '), /more than 8 selectors/],
    [Array.from({ length: 41 }, (_, i) => `.c${i}`).join(''), /more than 40 parts/],
    ['.a:not(:is(:where(:not(.b))))', /more than 3 deep/],
  ])('refuses %s', (s, why) => expect(selectorProblem(s)).toMatch(why));
});

describe('recipe', () => {
  test('a small recipe parses', () => {
    expect(RecipeSchema.safeParse(base).success).toBe(true);
  });

  test('every built-in recipe is a valid recipe a team can copy', () => {
    for (const r of BUILTIN_RECIPES) {
      const res = RecipeSchema.safeParse({ ...r, hosts: r.hosts.length ? r.hosts : ['support.example.org'] });
      expect(res.error?.issues ?? [], r.id).toEqual([]);
    }
  });

  test.each([
    [{ hosts: ['*'] }, 'hosts'],
    [{ hosts: ['*.com'] }, 'hosts'],
    [{ hosts: [] }, 'hosts'],
    [{ name: '<img src=x onerror=alert(1)>' }, 'name'],
    [{ ticket: { url: '^(a+)+$' } }, 'ticket'],
    [{ ticket: { url: '(' } }, 'ticket'],
    [{ composer: ['.a:has(.b:has(.c))'] }, 'composer'],
    [{ messages: { item: ['.m'], roles: { agent: [{ value: 'x' }] } } }, 'messages'],
    [{ script: 'alert(1)' }, ''],
    [{ ticket: { link: 'javascript:alert(1)' } }, 'ticket'],
    [{ composer: Array.from({ length: 7 }, () => 'textarea') }, 'composer'],
  ])('refuses %j', (patch, path) => {
    const res = RecipeSchema.safeParse({ ...base, ...patch });
    expect(res.success).toBe(false);
    expect(String(res.error?.issues[0]?.path[0] ?? '')).toBe(path);
  });
});

describe('a pack carries recipes in `sites`', () => {
  const pack = { ...defaultPack, id: 'acme-sites', rules: [], checklists: undefined, boundaryPolicy: undefined };
  test('parses with sites', () => {
    const res = parsePack({ ...pack, sites: [base] });
    expect(res.ok).toBe(true);
    expect(res.ok && res.pack.sites?.[0]?.id).toBe('acme-desk');
  });
  test('names the bad selector by its path', () => {
    const res = parsePack({ ...pack, sites: [{ ...base, composer: ['textarea', 'div[[x'] }] });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.errors[0]?.path).toBe('sites[0].composer[1]');
  });
  test('refuses two recipes with one id', () => {
    const res = parsePack({ ...pack, sites: [base, base] });
    expect(!res.ok && res.errors.map((e) => e.path)).toContain('sites[1].id');
  });
  test('refuses more than 50 recipes', () => {
    const sites = Array.from({ length: 51 }, (_, i) => ({ ...base, id: `s${i}` }));
    expect(parsePack({ ...pack, sites }).ok).toBe(false);
  });
});

test('host patterns', () => {
  expect(hostMatches('desk.acme.example', 'desk.acme.example:8080')).toBe(true);
  expect(hostMatches('desk.acme.example:8080', 'desk.acme.example:8080')).toBe(true);
  expect(hostMatches('desk.acme.example:8080', 'desk.acme.example:9090')).toBe(false);
  expect(hostMatches('*.acme.example', 'desk.acme.example')).toBe(true);
  expect(hostMatches('*.acme.example', 'acme.example')).toBe(true);
  expect(hostMatches('*.acme.example', 'evilacme.example')).toBe(false);
  expect(hostMatches('desk.acme.example', 'other.example')).toBe(false);
});
