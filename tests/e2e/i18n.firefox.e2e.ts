// The interface follows the browser's language in Firefox ESR (issue 15, point 5): Firefox asked for
// German (with a stub language pack: this Firefox ships English only). The panel is German, its page
// says lang="de", and counts take their plural form: the strip's "1 Hinweis" / "5 Hinweise", the
// panel's "n weitere Hinweise zeigen".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { firefoxPanel, launchFirefox, markerPointFor, waitFor, wholeDraftHints, type FirefoxRun, type ScriptFrame } from './browsers';

let server: FixtureServer;
let run: FirefoxRun;

before(async () => {
  server = await serveFixtures();
  run = await launchFirefox({ lang: 'de' });
});
after(async () => {
  await run?.close();
  await server?.close();
});

const ONE = "Hi Ana, thanks for waiting. I don't know what happened to your order yet.";
const NOISY =
  "Dear customer, as I said, per our policy we can't refund opened items. Obviously you should have read the terms. Please calm down.";

const text = (panel: Frame): Promise<string> => panel.$eval('body', (b) => b.textContent ?? '');
/** What the strip says to a screen reader about the count (its title and hidden text). */
const stripCount = (panel: Frame): Promise<string | null> =>
  panel.evaluate(() => document.querySelector('.dock-count .visually-hidden')?.textContent ?? null);
const click = (panel: Frame, label: string): Promise<void> =>
  waitFor(`the button "${label}"`, () =>
    panel.evaluate((l) => {
      const b = [...document.querySelectorAll('button')].find((x) => x.getAttribute('aria-label') === l || x.textContent?.trim() === l);
      b?.click();
      return b ? true : null;
    }, label),
  ).then(() => undefined);

async function retype(page: Page, draft: string): Promise<void> {
  await page.click('#reply');
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(draft, { delay: 2 });
}

test('Firefox in German: the panel in German, counts in their plural forms', async () => {
  const page = await run.browser.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await retype(page, ONE);
  await waitFor('the hint highlight', () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('heard-hint') || null));
  const p = await markerPointFor(page, '#reply');
  await page.mouse.click(p.x, p.y);
  const panel = await firefoxPanel(page);
  // BiDi types a character per input: a pause under load lints a half-typed draft first, whose hints
  // the panel shows until the whole draft's come (a moment after the typing ended).
  assert.equal((await wholeDraftHints(panel as unknown as ScriptFrame, ONE)).length, 1, 'one hint on the whole draft');
  await waitFor('the German panel with one hint', async () => /Beim Schreiben \(1\)/i.test(await text(panel)) || null);
  assert.equal(await panel.evaluate(() => document.documentElement.lang), 'de');
  assert.match(await text(panel), /Besser ändern/);

  // The strip counts in the singular…
  await click(panel, 'Panel zu einer Leiste einklappen');
  await waitFor('the strip: 1 Hinweis', async () => (await stripCount(panel)) === '1 Hinweis' || null);
  await click(panel, 'Heard-Panel ausklappen');

  // …and the panel's "show more" in the plural.
  await retype(page, NOISY);
  // The count of the whole draft (its last sentence adds a hint: a half-typed draft's lint has one fewer).
  const n = (await wholeDraftHints(panel as unknown as ScriptFrame, NOISY)).length;
  assert.ok(n >= 5, `several hints (${n})`);
  const rest = await waitFor(`${n} hints, the rest behind "weitere Hinweise zeigen"`, async () => {
    const t = await text(panel);
    const more = /(\d+) weitere Hinweise zeigen/.exec(t);
    return new RegExp(`Beim Schreiben \\(${n}\\)`, 'i').test(t) && more ? Number(more[1]) : null;
  });
  assert.equal(rest, n - 3, 'three shown, the rest counted on the button');
  await click(panel, 'Panel zu einer Leiste einklappen');
  await waitFor(`the strip: ${n} Hinweise`, async () => (await stripCount(panel)) === `${n} Hinweise` || null);
  await page.close();
});
