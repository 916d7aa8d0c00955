// Reading the room in real Chromium on the demo helpdesk: the tone badge and the checklist opening
// by itself on an angry ticket, an acknowledgement in the draft ticking its item, a hand tick kept
// with the conversation, the boundary card on an abusive ticket, and an incident that is still in
// the options page's log after the browser restarts with the same profile.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { ARTIFACTS, findButtonByName, launchChromium, panelFrameIn, waitFor, type ChromiumRun } from './browsers';

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

const ACK = "I'm sorry this happened again, I understand how frustrating this is";
const MARKER = /^Heard: (no hints|\d+ hints?), open$/;

async function openTicket(ticket: string): Promise<{ page: Page; panel: Frame }> {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/${ticket}`);
  await page.locator('#reply').click();
  const marker = await waitFor('the marker', () => findButtonByName(page, MARKER));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('the panel frame', async () =>
    panelFrameIn(page),
  );
  return { page, panel };
}

test('angry ticket: tone badge with its signals, the checklist opens by itself and ticks as the draft acknowledges', async () => {
  const { page, panel } = await openTicket('1043');
  await panel.getByText("Customer's tone: Angry").waitFor();
  await panel.getByText('asked for a manager').waitFor();
  const upset = panel.getByRole('region', { name: 'Upset customer' });
  await upset.waitFor();
  const ack = upset.getByRole('checkbox', { name: 'Acknowledge how they feel' });
  assert.equal(await ack.isChecked(), false, 'nothing ticked before the draft says it');

  await page.locator('#reply').click();
  await page.keyboard.type(ACK, { delay: 5 });
  await waitFor('the acknowledge item ticks itself', () => ack.isChecked());
  assert.match(await upset.innerText(), /done in your draft/);

  // A hand tick is kept with the conversation: it is still there after the page is reloaded
  // (the draft, and with it the automatic tick, is gone).
  const supervisor = upset.getByRole('checkbox', { name: 'Offer a supervisor if they want one' });
  await supervisor.check();
  await waitFor('the hand tick is saved', async () => (await panel.getByRole('status').allInnerTexts()).some((s) => /Ticked: Offer a supervisor/.test(s)));
  await page.screenshot({ path: join(ARTIFACTS, 'room-angry.png') });
  await page.close();

  const again = await openTicket('1043');
  const upset2 = again.panel.getByRole('region', { name: 'Upset customer' });
  await upset2.waitFor();
  await waitFor('the hand tick comes back', () => upset2.getByRole('checkbox', { name: 'Offer a supervisor if they want one' }).isChecked());
  assert.equal(await upset2.getByRole('checkbox', { name: 'Acknowledge how they feel' }).isChecked(), false);
  await again.page.close();
});

test('abusive ticket: the boundary card, the warning inserted, an incident logged that survives a restart', async () => {
  const { page, panel } = await openTicket('1044');
  const card = panel.getByRole('region', { name: "Your team's boundary" });
  await card.waitFor();
  await panel.getByText('insults aimed at you').waitFor();
  assert.match(await card.innerText(), /When you may end it/);

  // The panel's buttons by keyboard (the rep's first way): under load, Chromium sometimes routes a
  // pointer click that comes at once after the panel drew to the page around the panel's frame,
  // not to the button (5 of 6 runs with both cores busy; the same test by keyboard, 6 of 6).
  await card.getByRole('button', { name: 'Insert warning into your reply' }).press('Enter');
  await waitFor('the warning in the reply box', async () => /language isn.t directed at me/.test(await page.locator('#reply').innerText()));

  assert.equal(await card.getByRole('radio', { name: 'Insult' }).isChecked(), true, 'category preselected from the signals');
  await card.getByRole('textbox', { name: /Your note/ }).fill('Called me an idiot; warned once.');
  await card.getByRole('button', { name: 'Log incident' }).press('Enter');
  await panel.getByRole('heading', { name: 'Take five minutes' }).waitFor();
  await card.getByText(/Incident logged at/).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'room-abusive.png') });
  await page.close();

  // Restart the browser with the same profile; the incident is in the options page's log.
  const profile = run.profile;
  await run.close({ keepProfile: true });
  run = await launchChromium({ profile });
  const options = await run.context.newPage();
  await options.goto(`chrome-extension://${run.extensionId}/options.html`);
  const table = options.getByRole('table', { name: /Logged incidents/ });
  await table.waitFor();
  const row = table.getByRole('row').filter({ hasText: '1044' });
  await row.waitFor();
  const text = await row.innerText();
  assert.match(text, /Insult/);
  assert.match(text, /Called me an idiot; warned once\./);
  assert.doesNotMatch(text, /useless|sick of talking/, 'no customer text');

  // Deleting asks first.
  await row.getByRole('button', { name: /^Delete the incident of/ }).click();
  const dialog = options.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Keep it' }).waitFor();
  await dialog.getByRole('button', { name: 'Delete incident' }).click();
  await options.getByText(/No incidents logged/).waitFor();
  await options.close();
});
