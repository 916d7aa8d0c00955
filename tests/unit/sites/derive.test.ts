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

// Redmine's issue page (shape of Debian's Redmine 5): every journal has the same classes; only the
// author link says who wrote it. The customer is the issue's author, named above the description.
const journal = (n: number, user: number, who: string, text: string, extra = '') =>
  `<div id="change-${n}" class="journal has-notes${extra}"><div id="note-${n}" class="note"><div class="contextual"><a href="#note-${n}" class="journal-link">#${n}</a></div>
   <h4 class="note-header">Updated by <a class="user active" href="/users/${user}">${who}</a> <a title="x" href="/activity">1 hour</a> ago</h4>
   <div id="journal-${n}-notes" class="wiki"><p>${text}</p></div></div></div>`;
const redmine = (id: number, customer: [number, string], journals: string) => new JSDOM(`<!doctype html><body><div id="content">
  <h2 class="inline-flex">Support #${id}</h2>
  <div class="issue details"><div class="subject"><h3>Subject ${id}</h3></div><p class="author">Added by <a class="user active" href="/users/${customer[0]}">${customer[1]}</a></p>
  <div class="description"><div class="wiki"><p>Description</p></div></div></div>
  <div id="history"><div id="tab-content-history" class="tab-content">${journals}</div></div>
  <form id="issue-form"><textarea class="wiki-edit" name="issue[notes]" id="issue_notes"></textarea></form></div></body>`, { url: `http://127.0.0.1:4000/issues/${id}` }).window;

test('messages that differ only by their author: the customer is the one named as the ticket\'s customer', () => {
  const win = redmine(1, [5, 'Dana Whitfield'], journal(1, 1, 'Sam Rivera', 'Hi Dana') + journal(2, 1, 'Sam Rivera', 'note', ' private-notes') + journal(3, 5, 'Dana Whitfield', 'RIDICULOUS'));
  const doc = win.document;
  const { recipe, rolesUnknown } = deriveRecipe(doc, new URL(win.location.href), {
    composer: doc.getElementById('issue_notes')!,
    customerMessage: doc.getElementById('journal-3-notes')!,
    agentMessage: doc.getElementById('journal-1-notes')!,
    ticket: doc.querySelector('h2')!,
    customerName: doc.querySelector('p.author > a')!,
  });
  expect(rolesUnknown).toBe(false);
  expect(RecipeSchema.safeParse(recipe).error?.issues ?? []).toEqual([]);
  expect(recipe.messages?.roles).toEqual({ customer: [{ author: 'customer' }] });
  expect(recipe.ticket.url).toBe('^/issues/(\\d+)(?:[/?#]|$)');
  const adapter = recipeAdapter(recipe);
  expect(adapter.detect(new URL(win.location.href), doc)?.key).toBe('127-0-0-1:127.0.0.1:4000:1');
  expect(adapter.thread(doc).map((m) => [m.role, m.text])).toEqual([['agent', 'Hi Dana'], ['agent', 'note'], ['customer', 'RIDICULOUS']]);
  // Another issue, another customer: Leo's messages are the customer's there, Dana's reply would not be.
  const w2 = redmine(2, [6, 'Leo Park'], journal(4, 1, 'Sam Rivera', 'Hi Leo') + journal(5, 6, 'Leo Park', 'Sure') + journal(6, 5, 'Dana Whitfield', 'someone else'));
  expect(adapter.detect(new URL(w2.location.href), w2.document)?.key).toBe('127-0-0-1:127.0.0.1:4000:2');
  expect(adapter.thread(w2.document).map((m) => m.role)).toEqual(['agent', 'customer', 'agent']);
  expect(adapter.customer(w2.document)).toEqual({ name: 'Leo Park' });
  // No customer named on the page: no message is taken for the customer's by its author.
  w2.document.querySelector('p.author')!.remove();
  expect(adapter.thread(w2.document).map((m) => m.role)).toEqual(['agent', 'agent', 'agent']);
});

test('a reply to an email: the quoted email inside the editor\'s iframe is the customer\'s message, no agent message pointed at', () => {
  const win = new JSDOM(`<!doctype html><body><input id="_to" value="Dana Whitfield"><iframe id="composebody_ifr"></iframe></body>`, { url: 'http://127.0.0.1:4100/?_task=mail&_action=compose&_id=abc' }).window;
  const doc = win.document;
  const frame = doc.getElementById('composebody_ifr') as HTMLIFrameElement;
  const fdoc = frame.contentDocument!;
  fdoc.body.setAttribute('contenteditable', 'true');
  const p = (text: string, id = ''): HTMLParagraphElement => Object.assign(fdoc.createElement('p'), { textContent: text, id });
  const quote = fdoc.createElement('blockquote');
  quote.setAttribute('type', 'cite');
  quote.append(p('This is RIDICULOUS.'));
  fdoc.body.append(p('Hello Dana,'), p('On Monday, Dana wrote:', 'reply-intro'), quote);
  const { recipe, rolesUnknown } = deriveRecipe(doc, new URL(win.location.href), {
    composer: frame, // the picker names a reply box inside an iframe by its iframe
    customerMessage: fdoc.querySelector('blockquote > p')!,
  });
  expect(rolesUnknown).toBe(false);
  expect(RecipeSchema.safeParse(recipe).error?.issues ?? []).toEqual([]);
  expect(recipe.composer).toEqual(['#composebody_ifr']);
  expect(recipe.messages).toMatchObject({ frame: ['#composebody_ifr'], item: ['body[contenteditable="true"] > blockquote'], roles: {}, otherwise: 'customer' });
  const adapter = recipeAdapter(recipe);
  expect(adapter.thread(doc).map((m) => [m.role, m.text])).toEqual([['customer', 'This is RIDICULOUS.']]);
  expect(adapter.composer(doc)).toBe(fdoc.body);
  // The frame gone (another page of the site): no messages, never an error.
  frame.remove();
  expect(adapter.thread(doc)).toEqual([]);
});
