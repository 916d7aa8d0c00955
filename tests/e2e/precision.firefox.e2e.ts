// Issue 11 in Firefox ESR on the demo helpdesk: a noisy draft gets one card per span, at most 3
// shown with the rest behind "Show n more hints", and no two underlines over the same words; the
// right advice followed gets no "Worth fixing" card.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { firefoxPanel, launchFirefox, markerPointFor, waitFor, type FirefoxRun } from './browsers';

let server: FixtureServer;
let run: FirefoxRun;

before(async () => {
  server = await serveFixtures();
  run = await launchFirefox();
});
after(async () => {
  await run?.close();
  await server?.close();
});

async function type(page: Page, text: string): Promise<void> {
  await page.click('#reply');
  await page.evaluate(() => {
    const el = document.querySelector('#reply') as HTMLElement;
    const sel = window.getSelection()!;
    sel.selectAllChildren(el);
  });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 2 });
}

/** The panel's text once its hint count reads `n` hints and `until` holds. */
function panelText(panel: Frame, until: (text: string) => boolean): Promise<string> {
  let last = '';
  return waitFor(
    'the panel',
    async () => {
      last = await panel.$eval('body', (b) => (b as HTMLElement).innerText);
      return until(last) ? last : null;
    },
    20_000,
  ).catch((e: unknown) => {
    throw new Error(`${String(e)}; panel: ${last.replace(/\s+/g, ' ').slice(0, 500)}`);
  });
}

const underlines = (page: Page): Promise<{ words: string[]; overlap: boolean }> =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint');
    const ranges = h ? [...h] : [];
    let overlap = false;
    for (let i = 0; i < ranges.length; i++)
      for (let j = i + 1; j < ranges.length; j++)
        if (ranges[i]!.compareBoundaryPoints(Range.START_TO_END, ranges[j]!) > 0 && ranges[j]!.compareBoundaryPoints(Range.START_TO_END, ranges[i]!) > 0) overlap = true;
    return { words: ranges.map((r) => r.toString()), overlap };
  });

const NOISY =
  "Dear customer, as I said, per our policy we can't refund opened items. Obviously you should have read the terms. Please calm down.";

test('Firefox: a noisy draft shows 3 cards and "Show n more hints", no two underlines on the same words; the fix gets no warning', async () => {
  const page = await run.browser.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.click('#reply');
  const point = await markerPointFor(page, '#reply');
  await page.mouse.click(point.x, point.y);
  const panel = await firefoxPanel(page);
  await type(page, NOISY);
  assert.equal(await page.$eval('#reply', (el) => (el as HTMLElement).innerText), NOISY, 'draft as typed');
  const text = await panelText(panel, (t) => /Show \d+ more hints/.test(t));
  const total = Number(/While you write \((\d+)\)/i.exec(text)?.[1]);
  assert.ok(total >= 5, `several problems (${total})`);
  assert.match(text, new RegExp(`Show ${total - 3} more hints`));
  assert.equal(await panel.$$eval('article', (a) => a.length), 3, 'three cards shown');
  const { words, overlap } = await waitFor('the underlines', async () => {
    const u = await underlines(page);
    return u.words.length > 0 ? u : null;
  });
  assert.equal(overlap, false, `no two underlines share words: ${words.join(' | ')}`);

  const fixed = "Hi Ana, I don't know yet, but I'm checking with the warehouse now and I'll reply by 3 pm today.";
  await type(page, fixed);
  const after = await panelText(panel, (t) => /Log this promise/.test(t));
  assert.doesNotMatch(after, /Worth fixing/);
  assert.doesNotMatch(after, /dead-end/i);
  assert.equal(await page.$eval('#reply', (el) => (el as HTMLElement).innerText), fixed, 'draft as typed');
  await page.close();
});
