// Tickets in Spanish, French, German and Portuguese on the demo helpdesk, in real Chromium (issue 15): a
// draft in the ticket's language gets no English rules (the English pack drew "supervisor-request" and "vague-hope"
// before), the panel says Heard has no guidance in Spanish and doesn't read the customer's tone in
// Spanish; an English draft on the same ticket still gets its English hint (between the Spanish ones).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { ARTIFACTS, ROOT, findButtonByName, launchChromium, waitFor, type ChromiumRun } from './browsers';

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

export const SPANISH_DRAFTS = [
  'Hola Lucía, no sé qué pasó con su pedido, pero lo reviso ahora mismo y le escribo antes de las 17:00.',
  'Cálmese, por favor. Le paso con mi supervisor ASAP.',
];

async function openWithPanel(ticket: string): Promise<{ page: Page; panel: Frame }> {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/${ticket}`);
  await page.locator('#reply').click();
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: /));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('panel frame', async () =>
    page.frames().find((f) => f.url().startsWith(`chrome-extension://${run.extensionId}/panel.html`)),
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

// One ticket per language; drafts that carry English trigger words ("sorry", "ASAP") as real replies do:
// without the language filter each drew the English "vague-hope" hint.
const OTHERS: [ticket: string, language: string, draft: string][] = [
  ['1046', 'French', "Bonjour Camille, désolée pour le colis. Sorry, je n'ai aucune idée de ce qui s'est passé, je vérifie ASAP avec l'entrepôt."],
  ['1047', 'German', 'Guten Tag Herr Becker, tut mir leid, keine Ahnung, wie das passiert ist. Ich prüfe das ASAP und melde mich.'],
  ['1048', 'Portuguese', 'Olá Beatriz, sorry pelo erro! Não faço ideia do que aconteceu, vou verificar ASAP e já te retorno.'],
];

for (const [ticket, language, draft] of OTHERS) {
  test(`Chromium: a ${language} draft on a ${language} ticket: no English hints, the panel says why`, async () => {
    const { page, panel } = await openWithPanel(ticket);
    await panel.getByRole('note').filter({ hasText: `Heard doesn't read the customer's tone in ${language} yet.` }).waitFor();
    await replaceDraft(page, draft);
    await panel.getByText(`Heard has no guidance in ${language} yet, so it shows no hints on this draft.`).waitFor();
    assert.equal(await panel.getByRole('article').count(), 0, `no hint cards for "${draft}"`);
    assert.equal(await highlighted(page), 0, 'nothing underlined');
    await page.close();
  });
}

test('Chromium: a Spanish draft on a Spanish ticket: no English hints, the panel says why', async () => {
  const { page, panel } = await openWithPanel('1045');
  // The customer's Spanish is not read with English word lists.
  await panel.getByRole('note').filter({ hasText: "Heard doesn't read the customer's tone in Spanish yet." }).waitFor();
  const notice = panel.getByText('Heard has no guidance in Spanish yet, so it shows no hints on this draft.');
  for (const draft of SPANISH_DRAFTS) {
    // An English draft first, so that the notice below is this Spanish draft's, not a stale one.
    await replaceDraft(page, "I don't know what happened to your order");
    await panel.getByRole('article', { name: /dead-end/i }).waitFor();
    await notice.waitFor({ state: 'detached' });
    await replaceDraft(page, draft);
    await notice.waitFor();
    // The notice and the hints come in one state push: with the notice shown, the list is final.
    assert.equal(await panel.getByRole('article').count(), 0, `no hint cards for "${draft}"`);
    assert.equal(await highlighted(page), 0, 'nothing underlined');
    await waitFor('the marker saying no hints', () => findButtonByName(page, /^Heard: no hints/));
  }
  await page.screenshot({ path: join(ARTIFACTS, 'lang-spanish-chromium.png') });

  assert.equal(await page.locator('#reply').innerText(), SPANISH_DRAFTS.at(-1), 'draft unchanged');
  await page.close();
});

test('Chromium: the Spanish pack installed from a file: a Spanish promise is a Spanish card, logged with its time read in Spanish', async () => {
  const options = await run.context.newPage();
  await options.goto(`chrome-extension://${run.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Guidance packs' }).waitFor();
  await options.getByLabel('Install a pack file (.json)').setInputFiles(join(ROOT, 'assets/packs/heard-es.json'));
  await options.getByRole('status').filter({ hasText: /Installed Heard: guía para respuestas en español 0\.1\.0\./ }).waitFor();
  await options.close();

  const { page, panel } = await openWithPanel('1045');
  await replaceDraft(page, 'Hola Lucía, lo siento mucho. Le llamo mañana a las 15:00 con el seguimiento.');
  const card = panel.getByRole('article', { name: /Registre esta promesa/ });
  await card.waitFor();
  // Spanish guidance now: no notice, and still no English card.
  assert.equal(await panel.getByText(/no guidance in Spanish/).count(), 0);
  await card.getByRole('button', { name: 'Log this promise', exact: true }).click();
  const form = panel.getByRole('form', { name: 'Log this promise' });
  await form.waitFor();
  assert.equal(await form.getByRole('textbox', { name: 'When' }).inputValue(), 'mañana a las 15:00', 'the time read by the Spanish parser');
  assert.equal(await form.getByRole('radio', { name: 'Call back' }).isChecked(), true, 'channel read from "le llamo"');
  await form.getByText(/^Due /).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'lang-spanish-pack-chromium.png') });
  await page.close();
});
