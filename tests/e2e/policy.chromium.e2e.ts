// Browser policy in real Chromium: Debian's Chromium reads managed policy from
// /etc/chromium/policies/managed/*.json, with extension policies under
// "3rdparty" → "extensions" → <extension id> (the id of an unpacked extension is derived from its
// folder's path, computed below). The test writes such a file (it runs as root here and in CI;
// skipped with a message where it can't), starts Chromium and checks, from the options page and on
// the demo helpdesk:
//   - the notice, the policy's pack installed (inline, and from a URL served with CORS on [::1],
//     a host the extension has no permission for), its rules and a default rule locked
//     ("set by your organisation"), a locked reminder field;
//   - a rule of the policy pack fires on the demo helpdesk;
//   - bad input: a rule id of the wrong form and a URL served without CORS are listed by field,
//     the rest applies; then the policy is changed on disk to a broken pack: Chromium reloads it,
//     the problem is named and the installed pack stays as it was and keeps working.
// The policy file is removed in after().
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { accessSync, constants, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { CHROME_EXT, findButtonByName, launchChromium, panelFrameIn, waitFor, type ChromiumRun } from './browsers';

const POLICY_DIR = '/etc/chromium/policies/managed';
/** Per build folder, so parallel builds never see each other's policy (each has its own id anyway). */
const POLICY_FILE = `${POLICY_DIR}/heard-e2e-${createHash('sha256').update(CHROME_EXT).digest('hex').slice(0, 8)}.json`;

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function policyWritable(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch (e) {
    return `cannot write Chromium's managed policy folder ${POLICY_DIR} (${(e as Error).message}); run as root to test the browser policy`;
  }
}
const SKIP = policyWritable();
if (SKIP) console.log(`# policy.chromium: skipped: ${SKIP}`);

const inlinePack = (severity: string) => ({
  schemaVersion: 1,
  id: 'acme-policy-pack',
  name: 'Acme policy pack',
  version: '1.0.0',
  author: 'Acme support leads',
  description: 'Installed by the browser policy.',
  locale: 'en',
  updated: '2026-11-01',
  rules: [
    {
      id: 'internal-queue',
      kind: 'phrases',
      title: 'Internal queue names in a reply',
      severity,
      phrases: ['L2 queue'],
      advice: 'Say what happens next for the customer, not where the ticket sits.',
      why: 'Customers do not know our queues.',
      examples: ['Our engineers have your case and will update you by 3 pm tomorrow.'],
      tests: { shouldMatch: ['I moved it to the L2 queue.'], shouldNotMatch: ['Our engineers have it.'] },
    },
  ],
});
const urlPack = { ...inlinePack('suggest'), id: 'acme-url-pack', name: 'Acme pack from a URL', rules: [{ ...inlinePack('suggest').rules[0]!, id: 'url-rule', title: 'A rule from the URL pack', phrases: ['sync speed'] }] };

let server: FixtureServer;
let packServer: Server;
let packOrigin = '';
let run: ChromiumRun;
let extensionId = '';

function writePolicy(policy: Record<string, unknown>): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
}

function thePolicy(severity = 'suggest'): Record<string, unknown> {
  return {
    packs: [JSON.stringify(inlinePack(severity))],
    packUrls: [`${packOrigin}/with-cors.json`, `${packOrigin}/no-cors.json`],
    lockedRules: ['heard-default/dont-know', 'acme-policy-pack/internal-queue', 'Not A Rule'],
    reminders: { remindBeforeMin: 30 },
  };
}

before(async () => {
  if (SKIP) return;
  server = await serveFixtures();
  // On [::1]: the manifest's hosts are localhost and 127.0.0.1, so only CORS lets the background read it.
  packServer = createServer((req, res) => {
    if (req.url === '/with-cors.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(urlPack));
    } else if (req.url === '/no-cors.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...urlPack, id: 'never-readable' }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => packServer.listen(0, '::1', ok));
  const addr = packServer.address();
  packOrigin = `http://[::1]:${typeof addr === 'object' && addr ? addr.port : 0}`;
  extensionId = unpackedExtensionId(CHROME_EXT);
  writePolicy(thePolicy());
  run = await launchChromium();
  assert.equal(run.extensionId, extensionId, 'the unpacked extension id is derived from its path as computed');
});
after(async () => {
  rmSync(POLICY_FILE, { force: true });
  await run?.close();
  await server?.close();
  await new Promise<void>((ok) => (packServer ? packServer.close(() => ok()) : ok()));
});

async function openOptions(): Promise<Page> {
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

test('the policy applies: notice, packs installed (inline and by CORS), rules and a reminder setting locked', { skip: SKIP ?? false }, async () => {
  const page = await openOptions();
  const notice = page.getByRole('region', { name: 'Set by your organisation' });
  await notice.getByText(/some settings are set by your organisation/i).waitFor();
  // Problems, by field: the bad rule id (Chromium passed it: it is a string) and the URL without CORS.
  const problems = notice.getByRole('list', { name: /problems in your organisation's policy/i });
  await waitFor('both problems listed', async () => (await problems.getByRole('listitem').count()) === 2, 20_000);
  const lines = await problems.getByRole('listitem').allInnerTexts();
  assert.match(lines.join('\n'), /^lockedRules\[2\]: must be a rule id/m);
  assert.match(lines.join('\n'), /^packUrls\[1\]: .*\[::1\]/m);

  // The packs: both policy packs installed, marked as the organisation's, not removable.
  const packList = page.getByRole('list', { name: /packs/i }).first();
  await packList.getByText('Acme policy pack', { exact: true }).waitFor();
  await packList.getByText('Acme pack from a URL', { exact: true }).waitFor();
  assert.equal(await packList.getByText('never-readable').count(), 0);
  const useSwitch = page.getByRole('checkbox', { name: /Acme policy pack/ });
  assert.equal(await useSwitch.isDisabled(), true, "the rep can't switch a policy pack off");

  // Rules: the policy's and a default rule locked, shown so.
  const lockedRule = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'Internal queue names in a reply' }) });
  await lockedRule.waitFor();
  assert.equal(await lockedRule.getByRole('checkbox').isDisabled(), true);
  assert.equal(await lockedRule.getByRole('checkbox').isChecked(), true);
  assert.match(await lockedRule.innerText(), /set by your organisation/i);
  const dontKnow = page.getByRole('checkbox', { name: /dead-end "I don.t know"/i });
  assert.equal(await dontKnow.isDisabled(), true);
  const free = page.getByRole('checkbox', { name: /calm down/i }).first();
  assert.equal(await free.isDisabled(), false, 'rules the policy does not lock stay switchable');

  // Reminders: the locked field shows the policy's value, disabled, described.
  const before = page.getByRole('spinbutton', { name: /minutes before/i });
  assert.equal(await before.inputValue(), '30');
  assert.equal(await before.isDisabled(), true);
  const ids = ((await before.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const described = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  assert.match(described.join(' | '), /Set by your organisation/);
  await page.screenshot({ path: 'tests/e2e/artifacts/policy-options.png', fullPage: true });
  await page.close();
});

async function openPanel(ticket: string): Promise<{ page: Page; panel: Frame }> {
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/${ticket}`);
  await page.locator('#reply').click();
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard: /));
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('panel frame', async () => panelFrameIn(page));
  await panel.getByRole('heading', { level: 1 }).waitFor();
  return { page, panel };
}

async function typeDraft(page: Page, text: string): Promise<void> {
  await page.locator('#reply').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 2 });
}

test("the policy pack's rule fires on the demo helpdesk, and the URL pack's too", { skip: SKIP ?? false }, async () => {
  const { page, panel } = await openPanel('1041');
  await typeDraft(page, 'I moved it to the L2 queue.');
  await panel.getByRole('article', { name: /internal queue names in a reply/i }).waitFor({ timeout: 10_000 });
  await typeDraft(page, 'Your sync speed is fine.');
  await panel.getByRole('article', { name: /a rule from the url pack/i }).waitFor({ timeout: 10_000 });
  await page.close();
});

test('a broken pack in a changed policy is named; the installed pack stays and keeps working', { skip: SKIP ?? false }, async () => {
  writePolicy(thePolicy('loud'));
  const page = await openOptions();
  // Chromium watches the folder and reloads the policy by itself.
  const notice = page.getByRole('region', { name: 'Set by your organisation' });
  await waitFor(
    'the broken pack named',
    async () => {
      await page.reload();
      await notice.waitFor({ timeout: 5_000 });
      return /packs\[0\]\.rules\[0\]\.severity/.test(await notice.innerText());
    },
    60_000,
  );
  await page.getByRole('list', { name: /packs/i }).first().getByText('Acme policy pack', { exact: true }).waitFor();
  await page.close();
  const { page: demo, panel } = await openPanel('1041');
  await typeDraft(demo, 'I moved it to the L2 queue.');
  await panel.getByRole('article', { name: /internal queue names in a reply/i }).waitFor({ timeout: 10_000 });
  await demo.close();
  assert.ok(existsSync(POLICY_FILE));
});
