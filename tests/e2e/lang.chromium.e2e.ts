// Tickets in Spanish, French, German and Portuguese on the demo helpdesk, in real Chromium (issue 15), one
// browser for the file. On each ticket a draft in its language gets its built-in pack's cards only, never the
// English pack's (the English pack drew "supervisor-request" and "vague-hope" on them before); an example
// inserts into the reply box; a promise with a time is logged from its card, due tomorrow at 15:00 as the
// draft said. A language without a pack in this build gets no hints and the panel says so; switching a
// language pack off in Options does the same. An English draft on the same ticket keeps its English hint.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { ARTIFACTS, findButtonByName, launchChromium, panelFrameIn, waitFor, type ChromiumRun } from './browsers';
import { LANG_TICKETS, TOMORROW_AT_3PM, checkTitles, type LangTicket } from './lang-tickets';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  server = await serveFixtures();
  run = await launchChromium();
});
after(async () => {
  await run?.close();
  await server?.close();
});

async function openWithPanel(ticket: string): Promise<{ page: Page; panel: Frame }> {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/${ticket}`);
  await page.locator('#reply').click();
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: /));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('panel frame', async () =>
    panelFrameIn(page),
  );
  await panel.getByRole('heading', { level: 1 }).waitFor();
  return { page, panel };
}

/** The whole draft in one trusted input (as a paste): one lint, no half-typed states in between. */
async function replaceDraft(page: Page, text: string): Promise<void> {
  await page.locator('#reply').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

const highlighted = (page: Page): Promise<number> =>
  page.evaluate(() => (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('heard-hint')?.size ?? 0);

const cardTitles = (panel: Frame): Promise<string[]> => panel.locator('article.hint .hint-title').allInnerTexts();

/** An extension message from the panel (an extension page), in @webext-core/messaging's wire format. */
function send(panel: Frame, type: string, data: unknown): Promise<unknown> {
  const msg = JSON.stringify({ id: Date.now(), type, data, timestamp: Date.now() });
  return panel.evaluate(`new Promise((resolve) => chrome.runtime.sendMessage(${msg}, (r) => resolve(r && r.res)))`);
}

for (const t of LANG_TICKETS) {
  test(`Chromium: a ${t.name} draft on the ${t.name} ticket: ${t.pack ? `${t.pack.id}'s cards only, insert, the promise logged due tomorrow 15:00` : 'no pack, no hints, the panel says why'}`, async () => {
    const { page, panel } = await openWithPanel(t.ticket);
    // The customer's tone is read in the customer's language (lib/tone/langs), never with English word lists.
    await panel.getByText(/^Customer's tone:/).first().waitFor();
    assert.equal(await panel.getByText(`Heard doesn't read the customer's tone in ${t.name} yet.`).count(), 0, 'no "tone not read" notice');
    // An English draft first: English guidance on the same ticket, and a state to leave.
    await replaceDraft(page, "I don't know what happened to your order");
    await panel.getByRole('article', { name: /dead-end/i }).waitFor();

    await replaceDraft(page, t.hintDraft);
    if (!t.pack) {
      await panel.getByText(`Heard has no guidance in ${t.name} yet, so it shows no hints on this draft.`).waitFor();
      // The notice and the hints come in one state push: with the notice shown, the list is final.
      assert.equal(await panel.locator('article.hint').count(), 0, `no hint cards for "${t.hintDraft}"`);
      assert.equal(await highlighted(page), 0, 'nothing underlined');
      await page.close();
      return;
    }
    const titles = await waitFor(`${t.name} cards`, async () => {
      const x = await cardTitles(panel);
      return x.length > 0 && !x.some((s) => /dead-end/i.test(s)) ? x : null;
    });
    assert.equal(checkTitles(t, titles), null);
    assert.equal(await panel.getByText(/no guidance in/).count(), 0, 'no notice: there is guidance');
    // The underline follows the lint's answer in the page; the cards come through the panel's port.
    await waitFor('the words underlined', async () => (await highlighted(page)) > 0);

    // Insert: an example of the first card goes in at the caret (the end), with the space it needs.
    const card = panel.locator('article.hint').first();
    const example = (await card.locator('.example-text').first().innerText()).trim();
    await card.getByRole('button', { name: /^Insert example/ }).first().click();
    await waitFor('the example in the reply box', async () => (await page.locator('#reply').innerText()).includes(example));
    assert.equal((await page.locator('#reply').innerText()).trim(), `${t.hintDraft} ${example}`);
    await page.screenshot({ path: join(ARTIFACTS, `lang-${t.lang}-chromium.png`) });

    // A promise with a time: its card logs it, due when the draft said (tomorrow at 15:00).
    const logTitle = t.pack.logTitle;
    assert.ok(logTitle, `${t.pack.id} has an info rule that logs a promise with a time`);
    // The last draft's inserted example may promise a time too, under the same card title: a draft with
    // no promise first, and its card gone, so the card logged is the new draft's.
    await replaceDraft(page, 'Thanks!');
    await waitFor('the last draft\'s promise card gone', async () => !(await cardTitles(panel)).includes(logTitle));
    await replaceDraft(page, t.promiseDraft);
    await waitFor('the promise card of the new draft', async () => (await cardTitles(panel)).includes(logTitle));
    const log = panel.getByRole('article', { name: logTitle });
    await log.getByRole('button', { name: 'Log this promise', exact: true }).click();
    const form = panel.getByRole('form', { name: 'Log this promise' });
    await form.waitFor();
    assert.match(await form.getByRole('textbox', { name: 'When' }).inputValue(), /15/, 'the time read in the draft’s language');
    await form.getByText(/^Due /).waitFor();
    await form.getByRole('button', { name: 'Log promise' }).click();
    await panel.getByRole('region', { name: /callbacks for this ticket/i }).getByRole('article').first().waitFor();
    const key = `demo:${new URL(server.origin).host}:${t.ticket}`;
    const saved = (await send(panel, 'ui:callbacks:conversation', { conversationKey: key })) as { callbacks: { dueAt: number }[] };
    const want = (await panel.evaluate(TOMORROW_AT_3PM)) as number;
    assert.deepEqual(
      saved.callbacks.map((c) => new Date(c.dueAt).toString()),
      [new Date(want).toString()],
      'one callback, due tomorrow at 15:00',
    );
    await page.close();
  });
}

test('Chromium: the language packs are listed as built in; one switched off, its drafts get no hints and the panel says so', async () => {
  const withPack = LANG_TICKETS.filter((t): t is LangTicket & { pack: NonNullable<LangTicket['pack']> } => t.pack !== null);
  assert.ok(withPack.length > 0, 'at least one language pack is built in');
  const options = await run.context.newPage();
  await options.goto(`chrome-extension://${run.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Guidance packs' }).waitFor();
  for (const t of withPack) {
    const row = options.getByRole('list', { name: /installed packs/i }).getByRole('listitem').filter({ hasText: t.pack.name });
    await row.getByText(/built into Heard/).waitFor();
    assert.equal(await row.getByRole('button', { name: /^Remove/ }).count(), 0, `${t.pack.id} can't be removed`);
  }
  const t = withPack[0]!;
  const row = options.getByRole('list', { name: /installed packs/i }).getByRole('listitem').filter({ hasText: t.pack.name });
  // A switch the background confirms: clicked, then announced.
  const use = row.getByRole('checkbox', { name: new RegExp(`^Use the pack .${t.pack.name}.$`) });
  await use.click();
  await options.getByRole('status').filter({ hasText: `${t.pack.name} is off.` }).waitFor();
  assert.equal(await use.isChecked(), false);

  const { page, panel } = await openWithPanel(t.ticket);
  await replaceDraft(page, t.hintDraft);
  await panel.getByText(`Heard has no guidance in ${t.name} yet, so it shows no hints on this draft.`).waitFor();
  assert.equal(await panel.locator('article.hint').count(), 0, 'no hint cards');
  assert.equal(await highlighted(page), 0, 'nothing underlined');
  await waitFor('the marker saying no hints', () => findButtonByName(page, /^Heard: no hints/));

  await use.click();
  await options.getByRole('status').filter({ hasText: `${t.pack.name} is on.` }).waitFor();
  await options.close();
  await page.close();
});
