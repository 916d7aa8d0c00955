// The card at the words in Firefox ESR (puppeteer-core, WebDriver BiDi), on every editor fixture: type
// a dead-end sentence, open the card with the "previous hint" shortcut (Alt+Shift+,) from the end of
// the draft, Tab to Insert, Enter: the EDITOR'S OWN MODEL has the phrasing after one space, the same
// text as in Chromium (card.chromium.e2e.ts), and one undo takes it back. On the
// contenteditable editor also: a click on the underline opens the card (time measured), Esc returns
// the caret, Replace swaps the words. BiDi's accessibility tree does not enter closed shadow roots:
// the card is reached as a rep does, with the keyboard, and seen through focus (the card's host).
import { after, afterEach, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { buildEditorFixtures } from '../../tools/build-editor-fixtures';
import { defaultPack } from '../../lib/guidance/default-pack';
import { launchFirefox, waitFor, type FirefoxRun } from './browsers';
import { armProbe } from './card-probe';

const TYPED = "Hi, I don't know yet.";
const EXAMPLE = defaultPack.rules.find((r) => /dead-end/i.test(r.title))!.examples[0]!;
/** Slate's history merges an insertion with the typing before it (as in Chromium, editors.chromium.e2e.ts). */
const UNDO_TAKES_TYPING_TOO: Record<string, string> = { slate: '' };

/** Inside the page: the underlined words, in the editing document's own highlight registry. */
function underlined(): string | null {
  const t = window.__fixture.target;
  const win = (t.frame ? document.querySelector<HTMLIFrameElement>(t.frame)!.contentWindow! : window) as typeof window;
  const h = (win.CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint');
  return h && h.size > 0 ? [...h].map((r) => r.toString()).join('|') : null;
}

let server: FixtureServer;
let run: FirefoxRun;
before(async () => {
  await buildEditorFixtures({ quiet: true });
  server = await serveFixtures();
});
after(async () => {
  await server?.close();
});
// A browser per test: after one test's card the next page of the same Firefox got no lint (not
// understood yet; see the note in the report), so each test starts clean.
beforeEach(async () => {
  run = await launchFirefox();
});
afterEach(async () => {
  await run?.close();
});

const text = async (page: Page): Promise<string> =>
  (await page.evaluate(() => window.__fixture.getText())).replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').trim();
const inCard = (page: Page): Promise<boolean> => page.evaluate(() => document.activeElement?.tagName === 'HEARD-CARD');
const shortcut = async (page: Page, key: string): Promise<void> => {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key as never);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
};

async function open(page: Page, name: string): Promise<void> {
  await page.goto(`${server.origin}/heard-demo/editors/${name}.html`);
  await page.evaluate(async () => {
    const t0 = Date.now();
    while (!window.__fixture) {
      if (Date.now() - t0 > 15_000) throw new Error('no window.__fixture');
      await new Promise((r) => setTimeout(r, 20));
    }
    await window.__fixture.ready;
  });
  const at = await page.evaluate(() => {
    const t = window.__fixture.target;
    const frame = t.frame ? document.querySelector<HTMLIFrameElement>(t.frame)! : null;
    const fb = frame?.getBoundingClientRect();
    const r = (frame ? frame.contentDocument! : document).querySelector(t.selector)!.getBoundingClientRect();
    return { x: (fb?.left ?? 0) + r.left + Math.min(40, r.width / 2), y: (fb?.top ?? 0) + r.top + Math.min(12, r.height / 2) };
  });
  await page.mouse.click(at.x, at.y);
  await page.keyboard.type(TYPED);
  typedAt = Date.now();
  assert.equal(await text(page), TYPED, 'typed into the model');
}
let typedAt = 0;
/** The rep reads the card before choosing (editors that group typing into undo steps by time, Quill 1 s and ProseMirror 0.5 s, split there, as for a rep). */
const reading = async (): Promise<void> => {
  const left = 1_100 - (Date.now() - typedAt);
  if (left > 0) await new Promise((r) => setTimeout(r, left));
};

/** The per-editor tests for these fixtures, and the click test (a browser per test: ~20 s each, so two files keep each under the runner's 240 s). */
export function cardTests(pages: readonly { name: string }[], withClick: boolean): void {
for (const { name } of pages) {
  test(`Firefox ${name}: Alt+Shift+, opens the card; Insert adds the phrasing after one space; one undo`, async () => {
    const page = await run.browser.newPage();
    try {
      await open(page, name);
      // Once the draft was linted (a text field has no underline: the shortcut is tried until the hint is there).
      if (name !== 'textarea') await waitFor('the underline', () => page.evaluate(underlined));
      await waitFor('the card, from the keyboard', async () => {
        if (!(await inCard(page))) await shortcut(page, ',');
        return inCard(page);
      });
      // Focus order in the card: the phrasing's choice, Replace, Insert, Dismiss, More.
      await reading();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const want = `${TYPED} ${EXAMPLE}`;
      await waitFor('the phrasing at the caret', async () => (await text(page)) === want, 5_000).catch(async () => {
        throw new Error(`after Insert: ${JSON.stringify(await text(page))}, expected ${JSON.stringify(want)}`);
      });
      await page.evaluate(() => window.__fixture.undo());
      const back = name in UNDO_TAKES_TYPING_TOO ? UNDO_TAKES_TYPING_TOO[name]! : TYPED;
      await waitFor('one undo', async () => (await text(page)) === back, 3_000).catch(async () => {
        throw new Error(`after one undo: ${JSON.stringify(await text(page))}, expected ${JSON.stringify(back)}`);
      });
    } finally {
      await page.close();
    }
  });
}

if (withClick) test('Firefox: a click on the underline opens the card, the caret and typing stay in the reply; a resting pointer opens it after a delay; More opens the panel at the hint; Esc puts the caret back; Replace swaps the words; one undo', async () => {
  const page = await run.browser.newPage();
  try {
    await open(page, 'contenteditable');
    const u = await waitFor('the underline', () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('heard-warn');
        const r = h && [...h][0]?.getClientRects()[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, bottom: r.bottom } : null;
      }),
    );
    const probe = { x: u.left + 20, y: u.bottom + 24 };
    const inEditor = (): Promise<boolean> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.isContentEditable ?? false);
    const cardDrawn = (): Promise<boolean> => page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'HEARD-CARD', probe);
    const shownAfter = (): Promise<number> =>
      waitFor('the card drawn', () => page.evaluate(() => ((window as unknown as { t1: number }).t1 ? (window as unknown as { t1: number; t0: number }).t1 - (window as unknown as { t0: number }).t0 : null)));
    const caretNow = (): Promise<string> => page.evaluate(() => `${getSelection()!.anchorNode?.textContent}@${getSelection()!.anchorOffset}`);

    await page.evaluate(armProbe({ ...probe, on: 'click' }));
    await page.mouse.click(u.x, u.y);
    console.log(`Firefox: click on the underline → card shown: ${(await shownAfter()).toFixed(1)} ms`);
    assert.ok(await inEditor(), 'focus stays in the reply box');
    const caret = await caretNow();
    await page.keyboard.type('Q');
    await waitFor('the typing in the reply', async () => (await text(page)).includes('Q'), 3_000);
    await waitFor('the card closed', async () => !(await cardDrawn()), 3_000);
    await page.keyboard.press('Backspace');
    await waitFor('the typing taken back', async () => (await text(page)) === TYPED, 3_000);

    await shortcut(page, 'Enter'); // the card of the words at the caret, focused
    await waitFor('the card at the caret', () => inCard(page));
    await page.keyboard.press('Escape');
    await waitFor('the caret back in the editor', inEditor);
    assert.equal(await caretNow(), caret, 'where it was');

    // More: the panel opens at this hint, focused on it.
    await shortcut(page, 'Enter');
    await waitFor('the card at the caret', () => inCard(page));
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab'); // from the first control round to the last: More
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    const panel = await waitFor('the panel frame', async () => {
      for (const f of page.frames().slice(1)) {
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (/^moz-extension:\/\/[^/]+\/panel\.html/.test(href)) return f;
      }
      return null;
    });
    const focused = await waitFor('the hint focused in the panel', async () =>
      (await page.evaluate(() => document.activeElement?.tagName === 'HEARD-ROOT')) && panel.evaluate(() => document.activeElement?.getAttribute('data-hint-id') ?? null),
    );
    assert.match(focused, /know/i, `focused hint ${focused}`);
    await page.keyboard.press('Escape'); // closes the panel, back to the reply
    await waitFor('back in the reply', inEditor);

    // A resting pointer: the card after a short delay; the caret stays in the reply.
    await page.mouse.move(u.x, u.y - 80);
    await page.evaluate(armProbe({ ...probe, on: 'pointermove', near: u.y }));
    await page.mouse.move(u.x, u.y);
    const hover = await shownAfter();
    console.log(`Firefox: pointer resting on the underline → card shown: ${hover.toFixed(1)} ms`);
    assert.ok(hover >= 300, `the card waited for the pointer to rest (${hover.toFixed(0)} ms)`);
    assert.ok(await inEditor(), 'hover leaves focus in the reply box');
    // The pointer leaves the words (away from the card): that card closes.
    await page.mouse.move(u.x, u.y - 80);
    await waitFor('the hover card closed', async () => !(await cardDrawn()), 3_000);

    // The figure for the note: ten clicks, each after Esc closed the card.
    const times: number[] = [];
    for (let k = 0; k < 10; k++) {
      await page.keyboard.press('Escape');
      await waitFor('the card closed', async () => !(await cardDrawn()), 3_000);
      await page.evaluate(armProbe({ ...probe, on: 'click' }));
      await page.mouse.click(u.x, u.y);
      times.push(await shownAfter());
    }
    times.sort((a, b) => a - b);
    console.log(`Firefox: click on the underline → card shown, 10 clicks: median ${((times[4]! + times[5]!) / 2).toFixed(1)} ms, ${times.map((t) => t.toFixed(0)).join(', ')}`);

    await shortcut(page, 'Enter'); // the card of the words at the caret
    await waitFor('the card at the caret', () => inCard(page));
    await page.keyboard.press('Tab'); // Replace
    await page.keyboard.press('Enter');
    const want = `Hi, ${EXAMPLE} yet.`;
    await waitFor('the phrasing in place of the words', async () => (await text(page)) === want, 5_000).catch(async () => {
      throw new Error(`after Replace: ${JSON.stringify(await text(page))}, expected ${JSON.stringify(want)}`);
    });
    await page.evaluate(() => window.__fixture.undo());
    await waitFor('one undo reverts it', async () => (await text(page)) === TYPED, 3_000);
  } finally {
    await page.close();
  }
});
}
