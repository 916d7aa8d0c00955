// @vitest-environment jsdom
// The picker's box (entrypoints/picker/ui.ts) on the fixture helpdesk page: each step is labelled
// and accessible (axe), the reply box is chosen from the keyboard, messages by pointer (the page's
// own click handler never sees those clicks), the preview reads the thread with roles, ticket and
// customer, Save sends the recipe, Escape closes. Real browsers: tests/e2e/teach.*.e2e.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { startPicker } from '@/entrypoints/picker/ui';
import type { Recipe } from '@/lib/adapters/recipe';
import { localeMessages, useMessages } from '../locale-messages';
import { axeViolations } from './axe';

const sent = vi.hoisted(() => [] as [string, unknown][]);
vi.mock('@/lib/messaging/content', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push([type, data]);
    return type === 'cs:recipes:save' ? { ok: true } : { ok: true, text: '{}' };
  },
}));

const html = readFileSync(resolve(import.meta.dirname, '../fixtures/teach/index.html'), 'utf8');

let pageClicks = 0;
const countClick = (): void => void pageClicks++;

/** The fixture as its own script rendered it (in a JSDOM of its own), in this test's document. */
function loadFixture(): void {
  const rendered = new JSDOM(html, { url: 'http://localhost:3000/fixtures/teach/?id=42', runScripts: 'dangerously' }).window.document;
  document.replaceChild(document.importNode(rendered.documentElement, true), document.documentElement);
  window.history.replaceState(null, '', '/fixtures/teach/?id=42');
  // The page's own click handler.
  pageClicks = 0;
  document.removeEventListener('click', countClick);
  document.addEventListener('click', countClick);
}

const hooks = { open: true as const, trusted: () => true };
const host = (): HTMLElement => document.querySelector('heard-picker')!;
const shadow = (): ShadowRoot => host().shadowRoot!;
const button = (action: string): HTMLButtonElement => shadow().querySelector(`button[data-action="${action}"]`)!;
const click = (el: Element): void => {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
};

beforeEach(() => {
  sent.length = 0;
  loadFixture();
  delete (globalThis as { heardPicker?: unknown }).heardPicker;
});
// Escape closes a picker left open, listeners and all (removing its box alone would leave them catching clicks).
afterEach(() => {
  if (host()) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  host()?.remove();
});

test('walks the steps from keyboard and pointer to a preview and saves the recipe', async () => {
  startPicker(hooks);
  expect(host().dataset.step).toBe('composer');
  const dialog = shadow().querySelector('[role="dialog"]')!;
  expect(dialog.getAttribute('aria-labelledby')).toBe('heard-picker-title');
  expect(shadow().getElementById('heard-picker-title')?.textContent).toBe('Teach Heard this page');
  expect(await axeViolations(host())).toEqual([]);
  // The first control has focus: "Choose with the keyboard".
  expect(shadow().activeElement).toBe(button('keyboard'));
  button('keyboard').click();
  const keys = shadow().querySelector<HTMLElement>('[data-heard-picker-keys]')!;
  expect(shadow().activeElement).toBe(keys);
  expect(keys.textContent).toMatch(/^Outlined: div\.reply__box/);
  // Up goes to the larger box, Down back in; Enter chooses.
  keys.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
  expect(keys.textContent).toMatch(/^Outlined: form\.reply/);
  keys.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  keys.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  expect(host().dataset.step).toBe('customer');
  expect(shadow().querySelector('[role="status"]')?.textContent).toMatch(/^Chosen: div\.reply__box/);

  click(document.querySelector('.entry--in .entry__text')!);
  expect(host().dataset.step).toBe('agent');
  click(document.querySelector('.entry--out .entry__text')!);
  expect(host().dataset.step).toBe('ticket');
  expect(await axeViolations(host())).toEqual([]);
  button('skip').click();
  expect(host().dataset.step).toBe('name');
  button('back').click();
  expect(host().dataset.step).toBe('ticket');
  click(document.querySelector('.ticket-no')!);
  click(document.querySelector('.requester__name')!);
  expect(host().dataset.step).toBe('preview');
  // The page's own click handler never saw a choosing click.
  expect(pageClicks).toBe(0);

  expect({ ...host().dataset }).toMatchObject({ messages: '3', roles: 'customer,agent,customer', ticket: '42', customer: '1' });
  const list = shadow().querySelector('ol[aria-label="Messages as Heard reads them"]')!;
  expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Customer: Hello, my parcel 55821 has not arrived. Can you check where it is?',
    'Agent: Thanks Dana, I am checking with the courier now.',
    'Customer: This is the third time I am writing! This is absolutely unacceptable, I want a refund now.',
  ]);
  expect(shadow().textContent).toContain('Customer: Dana Whitfield');
  expect(await axeViolations(host())).toEqual([]);
  expect(shadow().activeElement).toBe(button('save'));
  button('save').click();
  await vi.waitFor(() => expect(host().dataset.step).toBe('saved'));
  const [type, data] = sent[0]!;
  expect(type).toBe('cs:recipes:save');
  expect((data as { recipe: Recipe }).recipe.messages?.roles).toEqual({ agent: [{ is: '.entry--out' }] });
  expect(shadow().activeElement).toBe(button('export'));
});

test('Escape closes it and gives the page its clicks back; a second start focuses the open one', () => {
  startPicker(hooks);
  startPicker(hooks);
  expect(document.querySelectorAll('heard-picker')).toHaveLength(1);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(document.querySelector('heard-picker')).toBeNull();
  click(document.querySelector('.entry__text')!);
  expect(pageClicks).toBe(1);
});

test('Move this box goes round the corners', () => {
  startPicker(hooks);
  const panel = shadow().querySelector('.panel')!;
  expect(panel.className).toBe('panel');
  button('move').click();
  expect(panel.className).toBe('panel left');
  button('move').click();
  expect(panel.className).toBe('panel left bottom');
  button('move').click();
  expect(panel.className).toBe('panel bottom');
});

test('in French: the element named in its quotation marks, each message\'s role with the no-break space before the colon', () => {
  useMessages(localeMessages('fr'), 'fr');
  startPicker(hooks);
  click(document.querySelector('.reply__box')!);
  expect(shadow().querySelector('[role="status"]')?.textContent).toBe('Choisi\u00a0: div.reply__box');
  click(document.querySelector('.entry--in .entry__text')!);
  expect(shadow().querySelector('[role="status"]')?.textContent).toMatch(/^Choisi\u00a0: div\.entry__text «\u00a0Hello, my parcel .*…\u00a0»$/);
  click(document.querySelector('.entry--out .entry__text')!);
  button('skip').click();
  button('skip').click();
  expect(host().dataset.step).toBe('preview');
  const list = shadow().querySelector('ol[aria-label="Les messages tels que Heard les lit"]')!;
  expect(list.querySelector('li')?.textContent).toBe('Client\u00a0: Hello, my parcel 55821 has not arrived. Can you check where it is?');
});
