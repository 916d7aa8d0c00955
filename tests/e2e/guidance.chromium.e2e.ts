// Guidance on the demo helpdesk in real Chromium: five default rules each show their hint with
// advice; "Insert example" puts the phrasing at the caret through the editor; "Dismiss" removes
// the hint for this conversation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame, Locator, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { findButtonByName, launchChromium, panelFrameIn, readTable, waitFor, type ChromiumRun } from './browsers';

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
  await page.locator('#reply').click();
  return { page, panel };
}

async function replaceDraft(page: Page, text: string): Promise<void> {
  await page.locator('#reply').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 2 });
}

const CASES: [rule: string, draft: string, title: RegExp][] = [
  ['dont-know', "I don't know what happened to your order", /dead-end "I don.t know"/i],
  ['promise-no-time', "Thanks Ana, I'll get back to you soon about the lamp.", /promise without a time/i],
  ['no-without-alternative', "Unfortunately we can't do that.", /"no" with nothing after it/i],
  ['as-i-said', 'As I said, the lamp ships from our warehouse in Leeds.', /as I already said/i],
  ['calm-down', 'Please calm down, Ana. The lamp ships on Friday at the latest.', /calm down/i],
  ['generic-greeting', 'Dear customer, your lamp ships on Friday.', /could go to anyone/i],
];

test('five (and more) default rules each show their hint with advice and a reason', async () => {
  const { page, panel } = await openWithPanel('1041');
  for (const [rule, draft, title] of CASES) {
    await replaceDraft(page, draft);
    const card = panel.getByRole('article', { name: title });
    await card.waitFor({ timeout: 5_000 }).catch(() => {
      throw new Error(`rule ${rule}: no hint titled ${title} for "${draft}"`);
    });
    const text = await card.innerText();
    assert.match(text, /Why:/, `${rule} says why`);
    assert.equal(await page.locator('#reply').innerText(), draft, `${rule}: draft untouched`);
  }
  await page.close();
});

/** Ticket 1041 with the panel open and "Hi Ana, I don't know yet." drafted: the dead-end card, its first example and insert button. */
async function deadEndDraft(): Promise<{ page: Page; panel: Frame; example: string; insert: Locator }> {
  const { page, panel } = await openWithPanel('1041');
  await replaceDraft(page, "Hi Ana, I don't know yet.");
  const card = panel.getByRole('article', { name: /dead-end/i });
  await card.waitFor();
  const example = (await card.locator('.example-text').first().innerText()).trim();
  return { page, panel, example, insert: card.getByRole('button', { name: /^Insert example/ }).first() };
}

test('"Insert example" puts the phrasing at the caret, and the rep can undo it', async () => {
  const { page, panel, example, insert } = await deadEndDraft();
  await insert.click();
  await waitFor('the example in the reply', async () => (await page.locator('#reply').innerText()).includes(example));
  const after = await page.locator('#reply').innerText();
  assert.equal(after, `Hi Ana, I don't know yet. ${example}`, 'inserted at the caret (the end) with the one space it needs, nothing else changed');
  await panel.getByRole('status').filter({ hasText: /inserted/i }).waitFor();
  // The browser's own undo removes exactly the insertion: the editor kept its history.
  await page.locator('#reply').focus();
  await page.keyboard.press('ControlOrMeta+z');
  await waitFor('undo', async () => (await page.locator('#reply').innerText()) === "Hi Ana, I don't know yet.");
  // Counted for the team lead, as numbers only: the rule was shown and an example inserted.
  const stats = await waitFor('rule counts', async () => {
    const rows = await readTable<{ ruleId: string; shown: number; inserted: number }>(run.worker, 'ruleStats');
    const row = rows.find((r) => r.ruleId === 'dont-know');
    return row && row.inserted >= 1 ? row : null;
  });
  assert.ok(stats.shown >= 1);
  assert.deepEqual(Object.keys(stats).sort(), ['dismissed', 'inserted', 'notHelpful', 'ruleId', 'shown'], 'no text stored');
  await page.close();
});

test('"Insert example" clicked without taking the focus (voice control, a screen reader\'s click) goes in at the caret too', async () => {
  // The panel opened from the marker took the focus once (the reply box's caret was kept then, at the
  // start of an empty draft); the rep came back and typed. A click that leaves the focus in the reply
  // box must use the caret where it is now, not the one kept before.
  const { page, example, insert } = await deadEndDraft();
  await insert.evaluate((b) => (b as HTMLElement).click());
  await waitFor('the example in the reply', async () => (await page.locator('#reply').innerText()).includes(example));
  assert.equal(await page.locator('#reply').innerText(), `Hi Ana, I don't know yet. ${example}`, 'at the caret (the end), not where the caret was kept before');
  await page.close();
});

test('"Dismiss" removes the hint for this conversation, and it stays dismissed', async () => {
  const { page, panel } = await openWithPanel('1041');
  await replaceDraft(page, 'Dear customer, your lamp ships on Friday.');
  const card = panel.getByRole('article', { name: /could go to anyone/i });
  await card.waitFor();
  await card.getByRole('button', { name: /^Dismiss hint/ }).click();
  await card.waitFor({ state: 'detached' });
  await waitFor('marker back to no hints', () => findButtonByName(page, /^Heard: no hints, open$/));
  // Typing on does not bring it back in this conversation.
  await page.locator('#reply').click();
  await page.keyboard.press('End');
  await page.keyboard.type(" I don't know the exact time.", { delay: 2 });
  // Another rule fires (proof the draft was linted again), the dismissed one stays away.
  await panel.getByRole('article', { name: /dead-end/i }).waitFor();
  await waitFor('one hint', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  assert.equal(await panel.getByRole('article', { name: /could go to anyone/i }).count(), 0);
  const rows = await readTable<{ ruleId: string; dismissed: number }>(run.worker, 'ruleStats');
  assert.ok((rows.find((r) => r.ruleId === 'generic-greeting')?.dismissed ?? 0) >= 1, 'dismissal counted');
  await page.close();
});

test('in a plain textarea reply box: the hint shows and "Insert example" inserts at the caret, undoably', async () => {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/?editor=textarea#/tickets/1041`);
  const reply = page.locator('textarea#reply');
  await reply.click();
  await page.keyboard.type('Hi Ana, no idea yet. Thanks!', { delay: 2 });
  // Caret between "yet." and " Thanks!"
  await reply.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(20, 20));
  const marker = await waitFor('1 hint', () => findButtonByName(page, /^Heard: 1 hint, open$/));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('panel frame', async () =>
    panelFrameIn(page),
  );
  const card = panel.getByRole('article', { name: /dead-end/i });
  await card.waitFor();
  const example = (await card.locator('.example-text').first().innerText()).trim();
  await card.getByRole('button', { name: /^Insert example/ }).first().click();
  await waitFor('inserted', async () => (await reply.inputValue()).includes(example));
  assert.equal(await reply.inputValue(), `Hi Ana, no idea yet. ${example} Thanks!`);
  await reply.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await waitFor('undo', async () => (await reply.inputValue()) === 'Hi Ana, no idea yet. Thanks!');
  await page.close();
});
