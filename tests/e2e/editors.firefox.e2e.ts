// Heard in the rich-text editor fixtures in Firefox ESR (puppeteer-core, WebDriver BiDi), the same test
// body as editors.chromium.e2e.ts for the editors checked in Firefox: type a dead-end sentence → one
// hint → "Insert example" → the EDITOR'S OWN MODEL has it → one undo of the editor's own takes it back.
// The marker is reached where a rep sees it (BiDi's accessibility locator does not enter closed shadow
// roots) and the panel frame by asking each child frame where it is (BiDi reports about:blank).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { buildEditorFixtures } from '../../tools/build-editor-fixtures';
import { firefoxPanel, launchFirefox, markerPointFor, waitFor, type FirefoxRun } from './browsers';

const EDITORS = ['textarea', 'contenteditable', 'prosemirror', 'ckeditor5', 'quill'];
const TYPED = "Hi, I don't know yet.";

let server: FixtureServer;
let run: FirefoxRun;

before(async () => {
  await buildEditorFixtures({ quiet: true }); // skips when nothing changed
  server = await serveFixtures();
  run = await launchFirefox();
});
after(async () => {
  await run?.close();
  await server?.close();
});

const norm = (s: string): string => s.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').trim();
const model = async (page: Page): Promise<string> => norm(await page.evaluate(() => window.__fixture.getText()));

for (const name of EDITORS) {
  test(`Firefox ${name}: hint, "Insert example" into the editor's own model, one undo takes it back`, async () => {
    const page = await run.browser.newPage();
    try {
      await page.goto(`${server.origin}/heard-demo/editors/${name}.html`);
      await page.evaluate(async () => {
        const t0 = Date.now();
        while (!window.__fixture) {
          if (Date.now() - t0 > 15_000) throw new Error('no window.__fixture');
          await new Promise((r) => setTimeout(r, 20));
        }
        await window.__fixture.ready;
      });
      const selector = await page.evaluate(() => window.__fixture.target.selector);
      const at = await page.$eval(selector, (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + Math.min(40, r.width / 2), y: r.top + Math.min(12, r.height / 2) };
      });
      await page.mouse.click(at.x, at.y);
      await page.keyboard.type(TYPED);
      const typedAt = Date.now();
      assert.equal(await model(page), TYPED, 'typed into the model');

      if (name !== 'textarea') {
        const words = await waitFor('the hint underline', () =>
          page.evaluate(() => {
            const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint');
            return h ? [...h].map((r) => r.toString()).join('|') : null;
          }),
        );
        assert.equal(words, "I don't know");
      }

      // The marker is shown once the draft was linted: what is at its place is then Heard's host.
      const point = await markerPointFor(page, selector);
      await waitFor('the marker at the editor corner', () =>
        page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'HEARD-ROOT', point),
      );
      await page.mouse.click(point.x, point.y);
      const panel = await firefoxPanel(page);
      const example = await waitFor('the dead-end hint with its examples', () =>
        panel.evaluate(() => {
          const card = [...document.querySelectorAll('article')].find((a) => /dead-end/i.test(a.textContent ?? ''));
          return card?.querySelector('.example-text')?.textContent?.trim() ?? null;
        }),
      );
      assert.match(await panel.$eval('body', (b) => (b as HTMLElement).innerText), /While you write \(1\)/i, 'one hint');
      // The rep reads the hint first (editors that group typing into undo steps by time split there).
      const reading = 1_100 - (Date.now() - typedAt);
      if (reading > 0) await new Promise((r) => setTimeout(r, reading));
      const button = await panel.waitForSelector('article .hint-examples button');
      await button!.click();
      await waitFor('"inserted" announced', () =>
        panel.evaluate(() => [...document.querySelectorAll('[role="status"]')].some((s) => /inserted/i.test(s.textContent ?? ''))),
      );
      await waitFor('the example in the model', async () => (await model(page)).includes(example), 5_000);
      // One space between the sentences (not glued: "yet.I will…"), no paragraph added; the same text as in Chromium.
      assert.equal(await model(page), `${TYPED} ${example}`, 'inserted once, at the caret (the end), with the space it needs');

      await page.evaluate(() => window.__fixture.undo());
      await waitFor('undo', async () => (await model(page)) === TYPED, 3_000).catch(async () => {
        throw new Error(`after one undo: ${JSON.stringify(await model(page))}, expected ${JSON.stringify(TYPED)}`);
      });
    } finally {
      await page.close();
    }
  });
}
