// `npm run screenshots`: the README's pictures, taken from the built extension in headless
// Chromium (and the panel in Firefox ESR): the panel on the demo helpdesk in light and dark, docked
// and collapsed to its strip, the popup, the welcome page, the options page, and chrome://extensions
// with Heard loaded unpacked. HEARD_OUT takes a build of one's own (as the browser tests do).
// `--lang de` (or es, fr, pt): the browser in that language, light only, into docs/screenshots/<lang>/:
// the panel, a card, the strip, the popup, the options and the welcome page, to check that no text is
// cut off or overflows in the longer languages.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveFixtures } from './serve';
import { findButtonByName, grantInBrowserSettings, LAPTOP, launchChromium, launchFirefox, markerPointFor, messageScript, waitFor } from '../tests/e2e/browsers';

const langArg = process.argv.indexOf('--lang');
const LANG = langArg > 0 ? process.argv[langArg + 1] : undefined;
const OUT = resolve(import.meta.dirname, '..', 'docs/screenshots', LANG ?? '');
mkdirSync(OUT, { recursive: true });
const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', `assets/public/_locales/${LANG ?? 'en'}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const server = await serveFixtures();
const DRAFT = "Hi Ana, thanks for waiting. I don't know what happened to your order yet.";

/**
 * "Teach Heard this page" on the fixture helpdesk Heard has no adapter for: a step, and the preview (light and
 * dark). With `--lang`: light only, then Save and the options' Site recipes section listing what was taught.
 */
async function teachShots(): Promise<void> {
  for (const scheme of LANG ? (['light'] as const) : (['light', 'dark'] as const)) {
    const run = await launchChromium({ colorScheme: scheme, args: ['--enable-unsafe-extension-debugging'], ...(LANG ? { lang: LANG } : {}) });
    await grantInBrowserSettings(run, 'http://127.0.0.1/*');
    const ext = await run.context.newPage();
    await ext.goto(`chrome-extension://${run.extensionId}/options.html`);
    await ext.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'ask';
      b.onclick = () => void chrome.permissions.request({ origins: ['http://127.0.0.1/*'] }).then((ok) => (b.dataset.ok = String(ok)));
      document.body.prepend(b);
    });
    await ext.click('#ask');
    await ext.waitForSelector('#ask[data-ok="true"]');
    await ext.evaluate(messageScript('ui:sites:enable', { origin: 'http://127.0.0.1' }));
    const page = await run.context.newPage();
    const url = `${server.origin}/fixtures/teach/?id=42`;
    await page.goto(url);
    await waitFor('Heard on the page', () => page.evaluate(() => document.querySelector('heard-root') !== null));
    const tabId = await ext.evaluate<number>(`chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)}).id)`);
    await ext.evaluate(messageScript('ui:picker:start', { tabId }));
    await page.bringToFront();
    const step = (name: string) => waitFor(`step ${name}`, () => page.evaluate((n) => document.querySelector<HTMLElement>('heard-picker')?.dataset.step === n, name));
    await step('composer');
    await page.click('.reply__box');
    await step('customer');
    await page.click('.entry--in .entry__text');
    await step('agent');
    await page.hover('.entry--out .entry__text');
    if (scheme === 'light') await page.screenshot({ path: join(OUT, 'teach-picker.png') });
    await page.click('.entry--out .entry__text');
    await step('ticket');
    await page.click('.ticket-no');
    await step('name');
    await page.click('.requester__name');
    await step('preview');
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUT, `teach-preview-${scheme}.png`) });
    if (LANG) {
      await page.keyboard.press('Enter'); // Save (focused in the preview)
      await step('saved');
      await page.screenshot({ path: join(OUT, 'teach-saved.png') });
      await ext.reload();
      const recipes = ext.getByRole('heading', { name: messages.recipesHeading!.message });
      await recipes.scrollIntoViewIfNeeded();
      await ext.getByRole('list', { name: messages.recipesListLabel!.message }).waitFor();
      await recipes.locator('xpath=ancestor::section[1]').screenshot({ path: join(OUT, 'options-recipes.png') });
    }
    await run.close();
  }
}
if (process.env.HEARD_SHOTS === 'teach') {
  await teachShots();
  await server.close();
  process.exit(0);
}

for (const scheme of LANG ? (['light'] as const) : (['light', 'dark'] as const)) {
  const run = await launchChromium({ colorScheme: scheme, viewport: LAPTOP, ...(LANG ? { lang: LANG } : {}) });
  const page = await run.context.newPage();
  await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
  await page.locator('#reply').click();
  await page.keyboard.type(DRAFT, { delay: 5 });
  const marker = await waitFor('marker', () => findButtonByName(page, /^Heard\s*:/));
  // The reply box with a margin, wherever the demo's layout puts it.
  const box = (await page.locator('.composer').boundingBox())!;
  await page.screenshot({ path: join(OUT, `chromium-marker-${scheme}.png`), clip: { x: box.x - 20, y: box.y - 20, width: box.width + 40, height: box.height + 40 } });
  // A card at the words: a click on the underline (the page's own highlight registry gives its box).
  const at = await waitFor('the underline', () =>
    page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('heard-warn');
      const r = h && [...h][0]?.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, bottom: r.bottom } : null;
    }),
  );
  await page.mouse.click(at.x, at.y);
  // The card opens below the words, focus staying in the reply (the page sees the card's host).
  await waitFor('the card', () => page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'HEARD-CARD', { x: at.left + 20, y: at.bottom + 24 }));
  await page.screenshot({ path: join(OUT, `chromium-card-${scheme}.png`), clip: { x: box.x - 20, y: box.y - 20, width: box.width + 40, height: Math.min(420, 860 - box.y + 20) } });
  await page.keyboard.press('Escape');
  await page.mouse.click(marker.x, marker.y);
  const panel = await waitFor('panel', async () => page.frames().find((f) => f.url().includes('/panel.html')));
  await panel.getByRole('article').first().waitFor();
  // The welcome tab opened at install may be in front: a tab behind it draws no frame.
  await page.bringToFront();
  await page.screenshot({ path: join(OUT, `chromium-panel${scheme === 'dark' ? '-dark' : ''}.png`) });

  // The slim strip: what the panel's Collapse button sends, from an extension page.
  const tabId = await waitFor('the demo tab', () =>
    run.worker.evaluate(async () => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { ticket?: { key?: string } }>;
      const hit = Object.entries(all).find(([k, st]) => k.startsWith('tab:') && st?.ticket?.key?.endsWith(':1041'));
      return hit ? Number(hit[0].slice(4)) : null;
    }),
  );
  const welcome = await run.context.newPage();
  await welcome.setViewportSize({ width: 900, height: 1000 });
  await welcome.goto(`chrome-extension://${run.extensionId}/welcome.html`);
  await welcome.getByRole('heading', { level: 1 }).waitFor();
  await welcome.screenshot({ path: join(OUT, `welcome-${scheme}.png`), fullPage: true });
  await welcome.evaluate(messageScript('ui:dock', { tabId, c: true }));
  await welcome.close();
  await waitFor('the strip', async () => ((await (await panel.frameElement()).boundingBox())?.width ?? 999) <= 48);
  await panel.getByRole('button', { name: messages.dockExpand!.message }).waitFor();
  await page.bringToFront();
  await page.screenshot({ path: join(OUT, `chromium-strip-${scheme}.png`) });

  const popup = await run.context.newPage();
  await popup.setViewportSize({ width: 380, height: 520 });
  await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
  await popup.locator('.popup').waitFor();
  await waitFor('popup loaded', async () => !(await popup.locator('.popup').innerText()).includes('Loading'));
  await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`) });

  if (scheme === 'light') {
    const options = await run.context.newPage();
    await options.goto(`chrome-extension://${run.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    await options.screenshot({ path: join(OUT, 'options.png'), fullPage: Boolean(LANG) });
  }
  if (scheme === 'light' && !LANG) {
    const ext = await run.context.newPage();
    await ext.goto('chrome://extensions');
    await waitFor('extensions page', () => ext.evaluate(() => document.querySelector('extensions-manager') !== null));
    await ext.screenshot({ path: join(OUT, 'install-chrome.png') });
  }
  await run.close();
}

if (LANG) {
  await teachShots();
  await server.close();
  console.log(`screenshots written to ${OUT}`);
  process.exit(0);
}
await teachShots();
const ff = await launchFirefox();
const page = await ff.browser.newPage();
await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
await page.click('#reply');
await page.keyboard.type(DRAFT, { delay: 5 });
await waitFor('highlight', () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('heard-hint')));
const p = await markerPointFor(page, '#reply');
await page.mouse.click(p.x, p.y);
await waitFor('panel', async () => {
  for (const f of page.frames().slice(1)) if (/panel\.html/.test(await f.evaluate(() => location.href).catch(() => ''))) {
    return f.evaluate(() => document.querySelectorAll('article').length > 0);
  }
  return false;
});
await page.screenshot({ path: join(OUT, 'firefox-panel.png') });
await ff.close();
await server.close();
console.log(`screenshots written to ${OUT}`);
