// Pack text and stored text stay inert in real Chromium. A pack whose texts carry an <img onerror>,
// a <script> or a javascript: URL is refused at install, each field named, and nothing is
// installed; the same pack without them installs. Rows that bypassed parsing (written straight
// into the database, as an old or tampered profile would hold them) with markup in the customer
// name, the promise, the link and the notes render as text in the popup and the options page: no
// element is made from them and no script runs.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, messageScript, ROOT, type ChromiumRun } from './browsers';

let run: ChromiumRun | null = null;
after(async () => {
  await run?.close();
});

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const JS = 'javascript:window.__pwned=3';

/** Elements, handler attributes and javascript: URLs in the page's DOM, and whether any script ran. */
async function hostileTraces(page: Page): Promise<{ elements: number; handlers: number; jsUrls: number; pwned: unknown }> {
  return page.evaluate(`(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      elements: document.querySelectorAll('img[src="x"], body script, iframe, object, embed').length,
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      jsUrls: all.filter((el) => [...el.attributes].some((a) => /^\\s*javascript:/i.test(a.value))).length,
      pwned: window.__pwned,
    };
  })()`);
}

test('a pack with markup in its texts cannot be installed; each field is named; the clean pack installs', async () => {
  run = await launchChromium();
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.extensionId}/options.html`);
  const pack = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/packs/example-team-pack.json'), 'utf8')) as {
    id: string;
    rules: { title: string; advice: string; examples?: string[] }[];
  };
  pack.id = 'hostile-team';
  const clean = JSON.stringify(pack);
  pack.rules[0]!.advice = `Try this ${IMG}`;
  pack.rules[1]!.title = `Outage ${SCRIPT}`;
  pack.rules[2]!.examples = [`Open ${JS}`];
  const before = (await page.evaluate(messageScript('ui:packs:list', {}))) as { id: string }[];

  const res = (await page.evaluate(messageScript('ui:packs:install', { text: JSON.stringify(pack) }))) as {
    ok: boolean;
    errors?: { path: string; message: string }[];
  };
  assert.equal(res.ok, false, 'a pack with markup was installed');
  const paths = (res.errors ?? []).map((e) => e.path).join(' | ');
  console.log(`pack with markup refused: ${(res.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  for (const want of ['rules[0].advice', 'rules[1].title', 'rules[2].examples[0]']) {
    assert.ok(paths.includes(want), `no error names ${want} (got ${paths})`);
  }
  const afterFail = (await page.evaluate(messageScript('ui:packs:list', {}))) as { id: string }[];
  assert.deepEqual(afterFail.map((p) => p.id), before.map((p) => p.id), 'nothing installed, nothing changed');

  const ok = (await page.evaluate(messageScript('ui:packs:install', { text: clean }))) as { ok: boolean };
  assert.equal(ok.ok, true, 'the same pack without markup installs (the refusal was about the markup)');
  assert.deepEqual(await hostileTraces(page), { elements: 0, handlers: 0, jsUrls: 0, pwned: undefined });
});

test('stored rows with markup that bypassed parsing render as text in the popup and the options page', async () => {
  assert.ok(run);
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.extensionId}/options.html`);
  // Straight into the extension's database, past every schema.
  await page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open('heard');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['callbacks', 'notes', 'incidents'], 'readwrite');
      const now = Date.now();
      tx.objectStore('callbacks').put({
        id: crypto.randomUUID(), conversationKey: 'demo:hostile:1', link: ${JSON.stringify(JS)}, helpdesk: 'demo',
        customerName: ${JSON.stringify(IMG)}, promise: ${JSON.stringify(`${SCRIPT} call back`)}, channel: 'call',
        dueAt: now + 3600000, createdAt: now, updatedAt: now, status: 'open', source: 'quick-add',
      });
      tx.objectStore('notes').put({ conversationKey: 'demo:hostile:1', text: ${JSON.stringify(IMG + SCRIPT)}, updatedAt: now });
      tx.objectStore('incidents').put({
        id: crypto.randomUUID(), conversationKey: 'demo:hostile:1', link: ${JSON.stringify(JS)}, at: now,
        category: 'insult', note: ${JSON.stringify(IMG + SCRIPT)}, helpdesk: 'demo',
      });
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
  })`);

  const popup = await run.context.newPage();
  await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
  const item = popup.getByRole('article').first();
  await item.waitFor();
  const text = await item.innerText();
  assert.ok(text.includes(`${SCRIPT} call back`) && text.includes(IMG), `popup shows the literal text (got ${text})`);
  assert.deepEqual(await hostileTraces(popup), { elements: 0, handlers: 0, jsUrls: 0, pwned: undefined });

  await page.reload();
  const table = page.getByRole('table', { name: /Logged incidents/ });
  await table.waitFor();
  assert.ok((await table.innerText()).includes(IMG + SCRIPT), 'options shows the incident note as text');
  assert.deepEqual(await hostileTraces(page), { elements: 0, handlers: 0, jsUrls: 0, pwned: undefined });
});
