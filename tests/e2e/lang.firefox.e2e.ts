// Tickets in Spanish, French, German and Portuguese on the demo helpdesk in Firefox ESR (issue 15), one
// browser for the file, the same cases as lang.chromium.e2e.ts (tests/e2e/lang-tickets.ts): a draft in the
// ticket's language gets its built-in pack's cards only, never the English pack's; an example inserts into
// the reply box; the promise with a time is logged due tomorrow at 15:00. A language without a pack file in
// this build gets no hints and the panel says so.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { firefoxPanel, launchFirefox, markerPointFor, waitFor, type FirefoxRun } from './browsers';
import { LANG_TICKETS, TOMORROW_AT_3PM, checkTitles } from './lang-tickets';

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

/** Replaces the draft by typing it (BiDi sends one character per input; the lint runs after the pause). */
async function typeDraft(page: Page, text: string): Promise<void> {
  await page.click('#reply');
  await page.evaluate(() => window.getSelection()!.selectAllChildren(document.querySelector('#reply')!));
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 2 });
}

const replyText = (page: Page): Promise<string> => page.$eval('#reply', (el) => (el as HTMLElement).innerText.trim());
const underlined = (page: Page): Promise<number> =>
  page.evaluate(() => (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint')?.size ?? 0);
const cardTitles = (panel: Frame): Promise<string[]> =>
  panel.$$eval('article.hint .hint-title', (hs) => hs.map((h) => (h as HTMLElement).innerText.trim()));
const panelText = (panel: Frame): Promise<string> => panel.$eval('body', (b) => (b as HTMLElement).innerText);

/** The button inside `selector` in the panel whose text is `label`. */
async function button(panel: Frame, selector: string, label: string): Promise<ElementHandle<Element>> {
  return waitFor(`the "${label}" button`, async () => {
    for (const b of await panel.$$(`${selector} button`)) {
      if ((await b.evaluate((el) => (el as HTMLElement).innerText.trim())) === label) return b;
    }
    return null;
  });
}

/**
 * Waits for the panel to show the lint of the whole draft. BiDi types one character per input, so a
 * pause under load lints a half-typed draft first; its cards then go when the whole draft's answer comes
 * (a handle taken in between is detached, or names another card). The test listens on a port of its own
 * as a panel does (lib/messaging/panel-view.ts: Firefox gives extension frames in pages no
 * storage.session): each view says which draft its hints are for.
 */
async function settled(panel: Frame, draft: string): Promise<string[]> {
  await panel.evaluate(() => {
    const w = window as unknown as { __heardView?: unknown; __heardListening?: boolean };
    if (w.__heardListening) return;
    w.__heardListening = true;
    const port = browser.runtime.connect({ name: 'heard-panel' });
    port.onMessage.addListener((m: unknown) => {
      w.__heardView = m;
    });
    port.postMessage({ type: 'subscribe' });
  });
  return waitFor(`the cards of the whole draft (${draft.length} characters)`, async () => {
    const tab = (await panel.evaluate(() => {
      const v = (window as unknown as { __heardView?: { tab?: unknown } }).__heardView;
      return v?.tab ?? null;
    })) as { draftLength?: number; hints?: { title: string }[] } | null;
    if (tab?.draftLength !== draft.length) return null;
    const want = (tab.hints ?? []).map((h) => h.title);
    const shown = await cardTitles(panel);
    return shown.length > 0 && shown.every((x, i) => x === want[i]) ? shown : null;
  }, 20_000);
}

function send(panel: Frame, type: string, data: unknown): Promise<unknown> {
  const msg = JSON.stringify({ id: Date.now(), type, data, timestamp: Date.now() });
  return panel.evaluate(`browser.runtime.sendMessage(${msg}).then((r) => r && r.res)`);
}

for (const t of LANG_TICKETS) {
  test(`Firefox: a ${t.name} draft on the ${t.name} ticket: ${t.pack ? `${t.pack.id}'s cards only, insert, the promise logged due tomorrow 15:00` : 'no pack, no hints, the panel says why'}`, async () => {
    const page = await run.browser.newPage();
    try {
      await page.goto(`${server.origin}/heard-demo/#/tickets/${t.ticket}`);
      await page.click('#reply');
      const point = await markerPointFor(page, '#reply');
      await page.mouse.click(point.x, point.y);
      const panel = await firefoxPanel(page);
      await typeDraft(page, t.hintDraft);
      assert.equal(await replyText(page), t.hintDraft, 'draft as typed');

      if (!t.pack) {
        const text = await waitFor('the panel saying there is no guidance', async () => {
          const x = await panelText(panel);
          return x.includes(`Heard has no guidance in ${t.name} yet`) ? x : null;
        });
        assert.match(text, new RegExp(`Heard doesn't read the customer's tone in ${t.name} yet\\.`));
        assert.equal((await cardTitles(panel)).length, 0, 'no hint cards');
        assert.equal(await underlined(page), 0, 'nothing underlined');
        return;
      }
      const titles = await settled(panel, t.hintDraft);
      assert.equal(checkTitles(t, titles), null);
      assert.doesNotMatch(await panelText(panel), /no guidance in/, 'no notice: there is guidance');
      // The underline follows the lint's answer in the page; the cards come through the panel's port.
      await waitFor('the words underlined', async () => (await underlined(page)) > 0);

      // Insert: the first card's first example goes in at the caret (the end), with the space it needs.
      // The example and the button from one card (its handle), once the cards are the whole draft's.
      const card = (await panel.$('article.hint'))!;
      const example = await card.$eval('.example-text', (e) => (e as HTMLElement).innerText.trim());
      await (await card.$('.hint-examples button'))!.click();
      await waitFor('the example in the reply box', async () => (await replyText(page)).includes(example)).catch(async (e: unknown) => {
        throw new Error(`${String(e)}; example: ${example}; reply box: ${await replyText(page)}; panel: ${await panelText(panel)}`);
      });
      assert.equal(await replyText(page), `${t.hintDraft} ${example}`);

      // A promise with a time: its card logs it, due when the draft said (tomorrow at 15:00).
      const logTitle = t.pack.logTitle;
      assert.ok(logTitle, `${t.pack.id} has an info rule that logs a promise with a time`);
      // The last draft's inserted example may promise a time too, under the same card title: a draft with
      // no promise first, and its card gone, so the card logged is the new draft's.
      await typeDraft(page, 'Thanks!');
      await waitFor('the last draft\'s promise card gone', async () => !(await cardTitles(panel)).includes(logTitle), 20_000);
      await typeDraft(page, t.promiseDraft);
      assert.ok((await settled(panel, t.promiseDraft)).includes(logTitle), 'the promise card of the new draft');
      await (await button(panel, 'article.hint', 'Log this promise')).click();
      const when = await waitFor('the "When" field filled in', () =>
        panel.evaluate(() => {
          const form = document.querySelector('form[aria-label="Log this promise"]');
          const input = [...(form?.querySelectorAll('label') ?? [])].find((l) => l.textContent === 'When')?.control as HTMLInputElement | null;
          return input?.value || null;
        }),
      );
      assert.match(when, /15/, 'the time read in the draft’s language');
      await (await button(panel, 'form[aria-label="Log this promise"]', 'Log promise')).click();
      const key = `demo:${new URL(server.origin).host}:${t.ticket}`;
      const want = (await panel.evaluate(TOMORROW_AT_3PM)) as number;
      const saved = await waitFor('the callback stored', async () => {
        const r = (await send(panel, 'ui:callbacks:conversation', { conversationKey: key })) as { callbacks: { dueAt: number }[] } | null;
        return r && r.callbacks.length > 0 ? r.callbacks : null;
      });
      assert.deepEqual(saved.map((c) => new Date(c.dueAt).toString()), [new Date(want).toString()], 'one callback, due tomorrow at 15:00');
    } finally {
      await page.close();
    }
  });
}
