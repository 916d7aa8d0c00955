// One test body for Chromium (Playwright) and Firefox ESR (Puppeteer): on an enabled site whose tickets
// differ only in `?id=`, what the rep keeps on ticket 1 (a note, a callback, a checklist tick, a
// dismissed hint) never shows on ticket 2, and is all still there back on ticket 1. Driven where the
// rep acts: the reply box, the marker, the panel.
import assert from 'node:assert/strict';
import { waitFor } from './browsers';

/** The part of a Playwright or Puppeteer page and frame this body uses (both have these). */
export interface AnyFrame {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
export interface AnyPage extends AnyFrame {
  goto(url: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  keyboard: { type(text: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void> };
}

const DRAFT = "I don't know where your parcel is";
const NOTE = 'Ana: parcel 88-2231, call after 3';

interface PanelView {
  note: string | null;
  callbacks: number;
  hasDeadEnd: boolean;
  ticked: number;
  perPage: boolean;
}

/** What the panel shows about this ticket (read from its DOM, by labels the rep reads). */
function readPanel(): PanelView {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Note on this conversation');
  const note = label ? ((document.getElementById(label.htmlFor) as HTMLTextAreaElement | null)?.value ?? null) : null;
  const items = document.querySelectorAll('.cb-section > .cb-list > li');
  return {
    note,
    callbacks: items.length,
    hasDeadEnd: [...document.querySelectorAll('article.hint')].some((a) => /dead-end/i.test(a.textContent ?? '')),
    ticked: document.querySelectorAll('.checklist input[type="checkbox"]:checked').length,
    perPage: /belong to this page only/.test(document.body.innerText),
  };
}

/** Opens the ticket page, types the draft, opens the panel from the marker; returns the panel frame. */
async function openTicket(page: AnyPage, url: string, reply: string, panelFrame: () => Promise<AnyFrame>): Promise<AnyFrame> {
  await page.goto(url);
  // Heard started on the page (its host is there) before the rep types: an enabled site's script
  // is injected once the page is idle, and keys typed before that are no input Heard saw.
  await waitFor('Heard on the page', () => page.evaluate(() => document.querySelector('heard-root') !== null, null));
  await page.click(reply);
  await page.keyboard.type(DRAFT);
  const point = await page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: r.right - 30, y: r.bottom - 22 };
  }, reply);
  await waitFor('the marker', () => page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'HEARD-ROOT', point));
  await page.mouse.click(point.x, point.y);
  const panel = await panelFrame();
  // (The page is wide enough for the panel beside the reply box: it collapses to a strip otherwise.)
  await waitFor('the panel with its note box', () => panel.evaluate(() => document.querySelector('.cb-note textarea') !== null, null));
  return panel;
}

/** `url(id)`: a page of a site without an adapter (generic mode) showing ticket `id`; `reply`: its reply box. */
export async function ticketsStayApart(
  page: AnyPage,
  url: (id: number) => string,
  reply: string,
  panelFrame: () => Promise<AnyFrame>,
): Promise<void> {

  // Ticket 1: a note, a callback, a checklist tick, a dismissed hint.
  let panel = await openTicket(page, url(1), reply, panelFrame);
  await waitFor('the dead-end hint on ticket 1', () => panel.evaluate(readPanel, null).then((v) => v.hasDeadEnd));
  assert.equal((await panel.evaluate(readPanel, null)).perPage, false, 'an ?id= names the ticket');
  await panel.evaluate((text) => {
    const box = document.querySelector<HTMLTextAreaElement>('.cb-note textarea')!;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  }, NOTE);
  await waitFor('the note saved', () => panel.evaluate(() => /note saved/i.test(document.body.innerText), null));
  await panel.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Follow up later')!.click(), null);
  await waitFor('the callback listed', () => panel.evaluate(readPanel, null).then((v) => v.callbacks === 1));
  await panel.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show checklist:'))!.click(), null);
  await waitFor('a checklist item', () => panel.evaluate(() => document.querySelector('.checklist input[type="checkbox"]') !== null, null));
  await panel.evaluate(() => document.querySelector<HTMLInputElement>('.checklist input[type="checkbox"]:not(:checked)')!.click(), null);
  await waitFor('the tick', () => panel.evaluate(readPanel, null).then((v) => v.ticked >= 1));
  const ticked = (await panel.evaluate(readPanel, null)).ticked;
  await panel.evaluate(
    () => [...document.querySelectorAll('article.hint')].find((a) => /dead-end/i.test(a.textContent ?? ''))!.querySelector<HTMLButtonElement>('button[aria-label^="Dismiss hint"]')!.click(),
    null,
  );
  await waitFor('the hint dismissed', () => panel.evaluate(readPanel, null).then((v) => !v.hasDeadEnd));

  // Ticket 2, the same page but ?id=2: none of it.
  panel = await openTicket(page, url(2), reply, panelFrame);
  await waitFor('the dead-end hint on ticket 2 (not dismissed there)', () => panel.evaluate(readPanel, null).then((v) => v.hasDeadEnd)).catch(
    async (e: unknown) => {
      const draft = await page.evaluate((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value, reply);
      throw new Error(`${String(e)}; draft ${JSON.stringify(draft)}; panel: ${JSON.stringify(await panel.evaluate(() => document.body.innerText.slice(0, 2000), null))}`);
    },
  );
  const two = await panel.evaluate(readPanel, null);
  assert.deepEqual({ note: two.note, callbacks: two.callbacks, ticked: two.ticked }, { note: '', callbacks: 0, ticked: 0 }, 'ticket 2 has nothing of ticket 1');
  assert.match(await panel.evaluate(() => document.body.innerText, null), /Nothing promised on this ticket yet/);

  // Back on ticket 1: all of it.
  panel = await openTicket(page, url(1), reply, panelFrame);
  await waitFor('ticket 1 as it was left', () =>
    panel.evaluate(readPanel, null).then((v) => v.note === NOTE && v.callbacks === 1 && v.ticked === ticked && !v.hasDeadEnd),
  ).catch(async (e: unknown) => {
    throw new Error(`${String(e)}: ${JSON.stringify(await panel.evaluate(readPanel, null))}`);
  });
}
