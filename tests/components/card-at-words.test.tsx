// @vitest-environment jsdom
// The card at the words (entrypoints/content/card.ts, issue 12 point 2): its DOM, read with Testing
// Library and checked with axe. The card lives in a CLOSED shadow root in the product; here
// attachShadow is made to open it so the test can read it (nothing else changes). jsdom has no layout:
// the underlined words get a box by hand, and a resting pointer over it opens the card (the rep's
// pointer; the keyboard shortcuts need trusted events, tested in the browsers, card.*.e2e.ts).
import { fireEvent, within } from '@testing-library/react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardMsg } from '@/lib/messaging/card';
import { axeViolations } from './axe';

const sent = vi.hoisted(() => ({ calls: [] as [string, unknown][], card: null as CardMsg | null }));
vi.mock('@/lib/messaging/content', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.calls.push([type, data]);
    return type === 'cs:card' ? sent.card : undefined;
  }),
}));
const inserted = vi.hoisted(() => [] as [string, Range | null][]);
vi.mock('@/lib/editors/insert', async (orig) => ({
  ...(await orig<typeof import('@/lib/editors/insert')>()),
  insertAtCaret: vi.fn(async (_el: HTMLElement, text: string, at: Range | null) => {
    inserted.push([text, at]);
    return true;
  }),
}));

const { createCards } = await import('@/entrypoints/content/card');

const CARD: CardMsg = {
  id: 'heard-default/dont-know',
  severity: 'warn',
  title: 'A dead-end "I don\'t know" <img src=x onerror=alert(1)>',
  advice: 'Say how you will find the answer and when. If you cannot, offer a supervisor.',
  examples: ["Let me find that out for you; I'll reply by 3 pm today.", "I'm checking this with our billing team."],
  l: ['Worth fixing', 'Replace', 'Insert', 'Dismiss', 'More', 'Phrasing', 'Alt+Shift+. next hint · Esc back to your reply'],
};

const attach = Element.prototype.attachShadow;
let roots: ShadowRoot[] = [];
beforeAll(() => {
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const r = attach.call(this, { ...init, mode: 'open' });
    roots.push(r);
    return r;
  };
});
afterAll(() => {
  Element.prototype.attachShadow = attach;
});

const ctx = {
  addEventListener: (t: EventTarget, type: string, h: EventListener, o?: AddEventListenerOptions) => t.addEventListener(type, h, o),
} as unknown as ContentScriptContext;

async function setup(card: CardMsg = CARD) {
  vi.useFakeTimers();
  sent.calls = [];
  sent.card = card;
  inserted.length = 0;
  roots = [];
  document.body.replaceChildren();
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  const text = document.createTextNode("Hi, I don't know yet.");
  el.append(text);
  document.body.append(el);
  const words = document.createRange();
  words.setStart(text, 4);
  words.setEnd(text, 16);
  // jsdom has no layout: the words' box, where the pointer rests.
  words.getClientRects = () => [new DOMRect(40, 10, 90, 18)] as unknown as DOMRectList;
  // The rep's caret after "yet".
  const caret = document.createRange();
  caret.setStart(text, 20);
  el.focus();
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(caret);
  const more: string[] = [];
  const cards = createCards(ctx, (h) => more.push(h), () => {});
  cards.listen(document);
  cards.set(el, [{ start: 4, end: 16, range: words }]);
  fireEvent.pointerMove(el, { clientX: 60, clientY: 18 });
  await vi.advanceTimersByTimeAsync(400);
  vi.useRealTimers();
  const root = roots[0];
  const dialog = root?.querySelector<HTMLElement>('[role=dialog]');
  if (!root || !dialog) throw new Error('no card');
  return { el, root, dialog, words, more, cards };
}

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.querySelectorAll('heard-card').forEach((n) => n.remove());
});

test('a resting pointer opens the card: a labelled dialog with severity, title, one line of advice, the phrasings and four actions; axe finds nothing', async () => {
  const { root, dialog, el } = await setup();
  expect(sent.calls[0]).toEqual(['cs:card', { start: 4, end: 16 }]);
  const card = within(dialog);
  // Named by its title, described by its advice (in the closed root: ids do not clash with the page's).
  expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(CARD.title);
  expect(root.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('Say how you will find the answer and when.');
  expect(card.getByText('Worth fixing')).toBeInTheDocument();
  expect(card.getByRole('heading', { level: 2 })).toHaveTextContent(CARD.title);
  // Pack text is text: the markup in the title is not parsed.
  expect(dialog.querySelector('img')).toBeNull();
  const phrasing = card.getByRole('combobox', { name: 'Phrasing' });
  expect(within(phrasing).getAllByRole('option').map((o) => o.textContent)).toEqual(CARD.examples);
  expect(card.getAllByRole('button').map((b) => b.textContent)).toEqual(['Replace', 'Insert', 'Dismiss', 'More']);
  expect(card.getByText(/Esc back to your reply/)).toBeInTheDocument();
  // A resting pointer leaves focus where the rep was typing.
  expect(document.activeElement).toBe(el);
  expect(await axeViolations(dialog)).toEqual([]);
});

test('keyboard in the card: Tab cycles its controls and stays in it; Esc closes it and puts the caret back', async () => {
  const { root, dialog, el } = await setup();
  const controls = [...dialog.querySelectorAll<HTMLElement>('select,button')];
  controls[0]!.focus();
  const order: string[] = [];
  for (let i = 0; i < controls.length + 1; i++) {
    order.push(root.activeElement?.textContent?.slice(0, 12) ?? '');
    fireEvent.keyDown(root.activeElement!, { key: 'Tab' });
  }
  expect(order.slice(1, 5)).toEqual(['Replace', 'Insert', 'Dismiss', 'More']);
  expect(root.activeElement).toBe(controls[1]); // round again: select, Replace
  fireEvent.keyDown(root.activeElement!, { key: 'Tab', shiftKey: true });
  expect(root.activeElement).toBe(controls[0]);
  fireEvent.keyDown(root.activeElement!, { key: 'Escape' });
  expect(root.querySelector('[role=dialog]')).toBeNull();
  expect(document.activeElement).toBe(el);
  expect(getSelection()!.getRangeAt(0).startOffset).toBe(20);
});

test('Replace puts the chosen phrasing in place of the words; More opens the panel at the hint; Dismiss dismisses it', async () => {
  let s = await setup();
  const select = within(s.dialog).getByRole('combobox', { name: 'Phrasing' });
  fireEvent.change(select, { target: { value: CARD.examples[1] } });
  fireEvent.click(within(s.dialog).getByRole('button', { name: 'Replace' }));
  await vi.waitFor(() => expect(inserted).toHaveLength(1));
  expect(inserted[0]![0]).toBe(CARD.examples[1]);
  expect(inserted[0]![1]).toBe(s.words);
  expect(s.root.querySelector('[role=dialog]')).toBeNull();

  s = await setup();
  fireEvent.click(within(s.dialog).getByRole('button', { name: 'More' }));
  expect(s.more).toEqual([CARD.id]);
  expect(s.root.querySelector('[role=dialog]')).toBeNull();

  s = await setup();
  fireEvent.click(within(s.dialog).getByRole('button', { name: 'Dismiss' }));
  await vi.waitFor(() => expect(sent.calls.some(([t, d]) => t === 'cs:dismiss' && (d as { hintId: string }).hintId === CARD.id)).toBe(true));
});

test('one phrasing is shown as text, not a choice; none offers only Dismiss and More', async () => {
  let s = await setup({ ...CARD, examples: ['Only this one.'] });
  expect(within(s.dialog).queryByRole('combobox')).toBeNull();
  expect(within(s.dialog).getByText('Only this one.')).toBeInTheDocument();
  expect(await axeViolations(s.dialog)).toEqual([]);
  s = await setup({ ...CARD, examples: [] });
  expect(within(s.dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Dismiss', 'More']);
});

test('a card the pointer opened closes once the pointer leaves the words and the card; resting on the card keeps it', async () => {
  const { el, root, dialog } = await setup();
  vi.useFakeTimers();
  // Onto the card: it stays.
  fireEvent.pointerMove(dialog, { clientX: 60, clientY: 40 });
  await vi.advanceTimersByTimeAsync(1000);
  expect(root.querySelector('[role=dialog]')).not.toBeNull();
  // Off the words and the card, into the rest of the reply: it closes after the same short delay.
  fireEvent.pointerMove(el, { clientX: 300, clientY: 200 });
  await vi.advanceTimersByTimeAsync(100);
  expect(root.querySelector('[role=dialog]')).not.toBeNull();
  await vi.advanceTimersByTimeAsync(400);
  expect(root.querySelector('[role=dialog]')).toBeNull();
  expect(document.activeElement).toBe(el);

  vi.useRealTimers();
});
