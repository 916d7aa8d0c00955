// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { recipeAdapter, type Recipe } from '@/lib/adapters/recipe';
import { adapterFor } from '@/lib/adapters/registry';

const html = `<!doctype html><body>
<div class="tab" hidden><div class="thread"><div class="msg">old tab</div></div><textarea id="hidden-reply"></textarea></div>
<div class="tab">
  <h1 class="subject">Parcel lost <button>edit</button></h1>
  <span class="who" data-email="dana@example.com">Dana Whitfield</span>
  <div class="thread">
    <div class="msg from-customer"><b class="by">Dana</b><time datetime="2026-12-01T10:00">1 Dec</time><div class="body">Where is it?<blockquote>old quote</blockquote></div></div>
    <div class="msg staff"><div class="body">Checking now.</div></div>
    <div class="msg staff internal"><span class="badge">Internal</span><div class="body">Courier says lost.</div></div>
    <div class="event">Status changed</div>
    <div class="msg from-customer"><div class="body">Second time I write!</div></div>
  </div>
  <div contenteditable="true" id="reply" data-role="reply"></div>
</div></body>`;

const recipe: Recipe = {
  id: 'acme',
  name: 'Acme',
  hosts: ['desk.acme.example'],
  scope: ['.tab'],
  ticket: { url: '^/t/(\\d+)', subject: { sel: ['.subject'], own: true }, channel: 'email', link: '/t/{id}', require: ['.thread'] },
  composer: ['[data-role="reply"]'],
  messages: {
    item: ['.thread > *'],
    only: [{ is: '.msg' }],
    body: ['.body'],
    quoted: ['blockquote'],
    author: ['.by'],
    time: ['time'],
    roles: { note: [{ has: '.badge' }], agent: [{ is: '.staff' }] },
  },
  customer: { name: { sel: ['.who'] }, email: { sel: ['.who'], attr: 'data-email' } },
};

const load = (url = 'https://desk.acme.example/t/77') => new JSDOM(html, { url }).window;

test('reads the ticket in the shown scope, with the key made of the address id', () => {
  const win = load();
  const a = recipeAdapter(recipe);
  expect(a.id).toBe('acme');
  expect(a.matches).toEqual(['*://desk.acme.example/*']);
  expect(a.detect(new URL(win.location.href), win.document)).toEqual({
    key: 'acme:desk.acme.example:77',
    link: 'https://desk.acme.example/t/77',
    title: 'Parcel lost',
    channel: 'email',
  });
  expect(a.detect(new URL('https://desk.acme.example/list'), win.document)).toBeNull();
});

test('reads messages with roles, without quotes and non-message items', () => {
  const thread = recipeAdapter(recipe).thread(load().document);
  expect(thread).toEqual([
    { role: 'customer', text: 'Where is it?', author: 'Dana', at: '2026-12-01T10:00' },
    { role: 'agent', text: 'Checking now.' },
    { role: 'note', text: 'Courier says lost.' },
    { role: 'customer', text: 'Second time I write!' },
  ]);
});

test('newest first pages are read oldest first; skip drops items', () => {
  const r: Recipe = { ...recipe, messages: { ...recipe.messages!, newestFirst: true, skip: [{ has: '.badge' }] } };
  expect(recipeAdapter(r).thread(load().document).map((m) => m.text)).toEqual(['Where is it?', 'Checking now.', 'Second time I write!'].reverse());
});

test('composer and customer', () => {
  const doc = load().document;
  expect(recipeAdapter(recipe).composer(doc)?.id).toBe('reply');
  expect(recipeAdapter(recipe).customer(doc)).toEqual({ name: 'Dana Whitfield', email: 'dana@example.com' });
});

test('without an id on the page or in the address, the address keys the conversation', () => {
  const win = load('https://desk.acme.example/view?ticket=9');
  const r: Recipe = { ...recipe, ticket: { subject: { sel: ['.subject'], own: true } } };
  expect(recipeAdapter(r).detect(new URL(win.location.href), win.document)?.key).toBe('page:https://desk.acme.example/view?ticket=9');
});

test('the id read from the page, and {id} in require ties the page to it', () => {
  const win = load();
  const r: Recipe = { ...recipe, ticket: { id: { sel: ['.who'], attr: 'data-email' }, require: ['[data-email="{id}"]'] } };
  expect(recipeAdapter(r).detect(new URL(win.location.href), win.document)?.key).toBe('acme:desk.acme.example:dana@example.com');
});

test('a selector the browser refuses reads as nothing, never throws', () => {
  const doc = load().document;
  const bad = recipeAdapter({ ...recipe, composer: ['div[[['], messages: { item: [':::'] } });
  expect(bad.composer(doc)).toBeNull();
  expect(bad.thread(doc)).toEqual([]);
});

test('a team recipe comes after the built-in adapters unless it replaces one', () => {
  const win = new JSDOM(html, { url: 'https://desk.acme.example/t/77' }).window;
  const url = new URL(win.location.href);
  const team = recipeAdapter(recipe);
  expect(adapterFor(url, win.document).id).toBe('generic');
  expect(adapterFor(url, win.document, { adapter: team, replaces: false }).id).toBe('acme');
  expect(adapterFor(url, win.document, { adapter: team, replaces: true }).id).toBe('acme');
});
