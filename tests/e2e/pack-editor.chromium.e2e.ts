// The Pack editor in real Chromium: start from the built-in pack, break a field and see its error,
// fix it, see a rule fire in the test box, export the file and read it back. Also: no CSP
// violation from zod (the options page runs it jitless).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePack } from '../../lib/guidance/schema';
import { ARTIFACTS, launchChromium, ROOT, waitFor, type ChromiumRun } from './browsers';

let run: ChromiumRun;
before(async () => {
  run = await launchChromium();
});
after(async () => {
  await run?.close();
});

test('pack editor: error next to the field, the test box, export', async () => {
  const page = await run.context.newPage();
  await page.setViewportSize({ width: 1180, height: 1000 });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`chrome-extension://${run.extensionId}/options.html`);

  // The table of contents leads to the editor.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Pack editor' }).click();
  await page.getByRole('button', { name: 'Start from the built-in pack' }).click();
  await page.getByText(/^The pack is valid and all \d+ test cases pass\.$/).waitFor();

  // Break the version: the error is next to the field and in the summary; fix it and both go.
  const version = page.getByRole('textbox', { name: 'Version', exact: true });
  await version.fill('1.x');
  await waitFor('the version error', async () => (await version.getAttribute('aria-invalid')) === 'true');
  const errorId = (await version.getAttribute('aria-describedby'))!.split(' ')[0]!;
  assert.match(await page.locator(`[id="${errorId}"]`).innerText(), /must be a semantic version/);
  await page.getByRole('heading', { name: '1 problem to fix' }).waitFor();
  await page.evaluate("document.querySelector('#pack-editor-heading').scrollIntoView({ block: 'start' })");
  await page.screenshot({ path: join(ARTIFACTS, 'pack-editor-error.png') });
  assert.equal(await page.getByRole('button', { name: 'Export pack' }).isDisabled(), true);
  await version.fill('1.2.0');
  await waitFor('the error clears', async () => (await version.getAttribute('aria-invalid')) === null);
  assert.equal(await page.getByRole('heading', { name: /problems? to fix/ }).count(), 0);

  // The test box: the rule fires and its words are marked.
  await page.getByRole('textbox', { name: 'Customer messages' }).fill('Where is my order? This is the third time I ask!');
  await page.getByRole('textbox', { name: 'Draft reply' }).fill("Hi Ana, I don't know what happened to your order.");
  const fired = page.locator('.pe-fired li', { hasText: 'A dead-end "I don\'t know"' });
  await fired.waitFor();
  assert.equal(await fired.locator('mark').first().innerText(), "I don't know");
  assert.equal(await page.getByLabel('The draft, with the words rules fire on marked').locator('mark', { hasText: "I don't know" }).count(), 1);

  // The screenshot for the README: the rule list and the open rule, then the test box.
  await page.evaluate("document.querySelector('#pe-rules-h').scrollIntoView({ block: 'start' }); window.scrollBy(0, -16)");
  await page.screenshot({ path: join(ARTIFACTS, 'pack-editor.png') });
  await page.evaluate("document.querySelector('#pe-test-h').scrollIntoView({ block: 'start' })");
  await page.screenshot({ path: join(ARTIFACTS, 'pack-editor-test.png') });
  if (process.env.HEARD_UPDATE_SCREENSHOTS) copyFileSync(join(ARTIFACTS, 'pack-editor.png'), resolve(ROOT, 'docs/screenshots/pack-editor.png'));

  // Export: a download of pretty JSON with $schema that parses as a valid pack.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export pack' }).click()]);
  assert.equal(download.suggestedFilename(), 'my-team-pack-1.2.0.json');
  const text = readFileSync((await download.path())!, 'utf8');
  assert.match(text, /^\{\n {2}"\$schema": "\.\/guidance-pack\.schema\.json",\n/);
  const parsed = parsePack(text);
  assert.equal(parsed.ok, true, JSON.stringify(!parsed.ok && parsed.errors));
  if (parsed.ok) assert.equal(parsed.pack.version, '1.2.0');
  await page.getByText('Saved my-team-pack-1.2.0.json.').waitFor();

  // The work in progress survives the tab.
  await page.reload();
  await page.getByRole('textbox', { name: 'Version', exact: true }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Version', exact: true }).inputValue(), '1.2.0');

  assert.deepEqual(
    problems.filter((p) => /unsafe-eval|EvalError|Content Security Policy/i.test(p)),
    [],
    'no CSP violation from the editor',
  );
  await page.close();
});
