// Heard in every rich-text editor fixture (tests/fixtures/editors, built from the real libraries), in
// real Chromium, through the content script's real path: the pages are served under /heard-demo/editors/
// where the manifest runs Heard; no demo ticket view there, so the generic adapter takes the focused
// editable as the reply box. One shared test body per editor: type a dead-end sentence → the marker
// says one hint → "Insert example" in the panel → the EDITOR'S OWN MODEL (__fixture.getText(), not the
// DOM) has the example → the editor's own undo, once → the example is gone and the typing stayed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { buildEditorFixtures, PAGES } from '../../tools/build-editor-fixtures';
import { closeWelcomeTab, findButtonByName, launchChromium, panelFrameIn, waitFor, type ChromiumRun } from './browsers';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  await buildEditorFixtures({ quiet: true }); // skips when nothing changed
  server = await serveFixtures();
  run = await launchChromium();
  await closeWelcomeTab(run);
});
after(async () => {
  await run?.close();
  await server?.close();
});

const TYPED = "Hi, I don't know yet.";
/**
 * Editors whose own undo cannot take back just the insertion (tests/e2e/editors-smoke.ts measured every
 * DOM-level method): the text lands in the model exactly once, but the one undo step also holds the
 * typing before it. Asserted as what is true, not hidden.
 */
const UNDO_TAKES_TYPING_TOO: Record<string, string> = {
  // Slate inserts a beforeinput's text with its own insertText, which slate-history merges with the
  // preceding typed characters into one undo batch: undo empties the draft.
  slate: '',
};

const norm = (s: string): string => s.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').trim();

/** Inside the page: where the rep clicks to type (in the editor's iframe for iframe editors), and the
 * box the marker must sit in (the iframe's box for those). */
function editorBox(): { x: number; y: number; box: { left: number; top: number; right: number; bottom: number } } {
  const t = window.__fixture.target;
  let doc: Document = document;
  let frameBox: DOMRect | null = null;
  if (t.frame) {
    const frame = document.querySelector<HTMLIFrameElement>(t.frame)!;
    frameBox = frame.getBoundingClientRect();
    doc = frame.contentDocument!;
  }
  const el = doc.querySelector<HTMLElement>(t.selector)!;
  const r = el.getBoundingClientRect();
  const dx = frameBox ? frameBox.left : 0;
  const dy = frameBox ? frameBox.top : 0;
  const b = frameBox ?? r;
  return {
    x: dx + r.left + Math.min(40, r.width / 2),
    y: dy + r.top + Math.min(12, r.height / 2),
    box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
  };
}

/** Inside the page: the words the hint underlines, from the editing document's own highlight registry. */
function highlighted(): string | null {
  const t = window.__fixture.target;
  const win = (t.frame ? document.querySelector<HTMLIFrameElement>(t.frame)!.contentWindow! : window) as typeof window;
  const h = (win.CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint');
  return h ? [...h].map((r) => r.toString()).join('|') : null;
}

async function waitReady(page: { evaluate<R>(fn: () => R | Promise<R>): Promise<R> }): Promise<void> {
  await page.evaluate(async () => {
    const t0 = Date.now();
    while (!window.__fixture) {
      if (Date.now() - t0 > 15_000) throw new Error('no window.__fixture');
      await new Promise((r) => setTimeout(r, 20));
    }
    await window.__fixture.ready;
  });
}

const model = async (page: Page): Promise<string> => norm(await page.evaluate(() => window.__fixture.getText()));

for (const { name } of PAGES) {
  test(`${name}: hint, "Insert example" into the editor's own model, one undo takes it back`, async () => {
    const page = await run.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.origin}/heard-demo/editors/${name}.html`);
      await waitReady(page);
      const at = await page.evaluate(editorBox);
      await page.mouse.click(at.x, at.y);
      await page.keyboard.type(TYPED);
      const typedAt = Date.now();
      assert.equal(await model(page), TYPED, 'typed into the model');
      const { box } = await page.evaluate(editorBox); // after typing: some editors resize as they fill

      const marker = await waitFor('marker with one hint', () => findButtonByName(page, /^Heard: 1 hint, open$/));
      // At the editor's bottom-right corner (for iframe editors: the iframe's, offset into the page);
      // on a one-line editable (Draft.js) the 28 px marker reaches above it.
      assert.ok(
        marker.x > box.right - 120 && marker.x < box.right && marker.y > box.bottom - 36 && marker.y < box.bottom,
        `marker (${marker.x}, ${marker.y}) at the bottom-right corner of the editor box ${JSON.stringify(box)}`,
      );
      if (name !== 'textarea') {
        // Painted in the editing document's registry (the iframe's for CKEditor 4 and TinyMCE).
        assert.equal(await waitFor('underline', () => page.evaluate(highlighted)), "I don't know");
      }

      await page.mouse.click(marker.x, marker.y);
      const panel: Frame = await waitFor('panel frame', async () =>
        panelFrameIn(page),
      );
      const card = panel.getByRole('article', { name: /dead-end/i });
      await card.waitFor();
      const example = (await card.locator('.example-text').first().innerText()).trim();
      // The rep reads the hint before asking for a phrasing. Editors that group typing into one undo
      // step by time (Quill: 1 s) split there, so the insertion gets its own step as it does for a rep.
      const reading = 1_100 - (Date.now() - typedAt);
      if (reading > 0) await new Promise((r) => setTimeout(r, reading));
      await card.getByRole('button', { name: /^Insert example/ }).first().click();
      await panel.getByRole('status').filter({ hasText: /inserted/i }).waitFor({ timeout: 5_000 });
      await waitFor('the example in the model', async () => (await model(page)).includes(example), 5_000);
      // One space between the sentences (not glued: "yet.I will…"), no paragraph added; the same text as in Firefox.
      assert.equal(await model(page), `${TYPED} ${example}`, 'inserted once, at the caret (the end), with the space it needs');

      await page.evaluate(() => window.__fixture.undo());
      if (name in UNDO_TAKES_TYPING_TOO) {
        const want = UNDO_TAKES_TYPING_TOO[name];
        await waitFor('undo', async () => (await model(page)) === want, 3_000).catch(async () => {
          throw new Error(`after one undo: ${JSON.stringify(await model(page))}, expected ${JSON.stringify(want)}`);
        });
      } else {
        await waitFor('undo', async () => (await model(page)) === TYPED, 3_000).catch(async () => {
          throw new Error(`after one undo: ${JSON.stringify(await model(page))}, expected ${JSON.stringify(TYPED)}`);
        });
      }
      assert.deepEqual(errors, [], 'no page errors');
    } finally {
      await page.close();
    }
  });
}
