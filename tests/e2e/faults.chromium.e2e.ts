// Faults in real Chromium. The service worker is stopped (as Chrome does when it is idle, or when
// it is killed) while the rep logs a callback: every callback is stored whole or not at all, and
// the UI never says "saved" for a callback that is not there. Then a full disk: Chromium's quota
// for the extension's origin is overridden to what is already used, and the popup says so plainly
// and keeps everything; with the quota back, the same save works.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { callbackRow } from '../../lib/db/rows';
import { launchChromium, messageScript, serviceWorkerStopper, waitFor, type ChromiumRun } from './browsers';

let run: ChromiumRun | null = null;
after(async () => {
  await run?.close();
});

async function rows(page: Page): Promise<unknown[]> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open('heard');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const q = db.transaction('callbacks').objectStore('callbacks').getAll();
      q.onsuccess = () => { db.close(); resolve(q.result); };
      q.onerror = () => reject(q.error);
    };
  })`);
}

const input = (promise: string) => ({
  conversationKey: 'demo:faults:1',
  link: 'http://127.0.0.1/heard-demo/#/tickets/1',
  helpdesk: 'demo',
  promise,
  channel: 'call',
  dueAt: Date.now() + 2 * 86_400_000,
  source: 'quick-add',
});

test('the service worker stopped while a callback is logged: each is stored whole or not at all, and no success is reported for an absent one', async () => {
  run = await launchChromium();
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.extensionId}/popup.html`);
  const cdp = await run.context.newCDPSession(page);
  const stopWorker = await serviceWorkerStopper(cdp);

  // Stops at delays from 0 to ~60 ms after the message leaves the page, the write taking a few ms.
  const DELAYS = [0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60];
  const outcomes: { promise: string; delay: number; answer: unknown }[] = [];
  for (const [i, delay] of DELAYS.entries()) {
    // Wake the worker first (a cheap read), so the stop lands during the write, not its start-up.
    await page.evaluate(messageScript('ui:callbacks:settings', {}));
    const promise = `fault-${i}`;
    const answer = page.evaluate(messageScript('ui:callbacks:add', input(promise)));
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await stopWorker();
    outcomes.push({ promise, delay, answer: await answer });
  }

  // Wake it again and read what is stored.
  await page.evaluate(messageScript('ui:callbacks:settings', {}));
  const stored = await rows(page);
  const byPromise = new Map<string, unknown>();
  for (const raw of stored) {
    // Every stored row is complete and valid (the same schema every write is parsed with).
    const parsed = callbackRow.safeParse(raw);
    assert.ok(parsed.success, `a stored row is not a valid callback: ${JSON.stringify(raw)}`);
    byPromise.set(parsed.data.promise, parsed.data);
  }
  let saved = 0;
  let notDone = 0;
  let replyLost = 0;
  for (const o of outcomes) {
    const a = o.answer as { ok?: boolean; callback?: unknown; lost?: string } | undefined;
    const row = byPromise.get(o.promise);
    if (a?.ok === true) {
      saved++;
      // Success was reported: the row is there, exactly as reported.
      assert.deepEqual(row, a.callback, `${o.promise}: reported saved, stored row differs or is absent`);
    } else if (row) {
      // The write committed, then the worker died before answering: the page got an error, not a
      // false success. (The rep sees "could not be saved" and finds it in the list on refresh.)
      replyLost++;
    } else {
      notDone++;
    }
  }
  console.log(
    `SW stopped during "log a callback" x${outcomes.length} (delays ${DELAYS[0]}-${DELAYS.at(-1)} ms): ` +
      `${saved} saved and reported, ${notDone} not done (error reported, no row), ${replyLost} stored but the reply lost (error reported); ` +
      `${stored.length} rows stored, all valid, none partial`,
  );
  assert.equal(saved + notDone + replyLost, outcomes.length);

  // The operation's other half: the reminder alarm is rebuilt on the next wake for what is stored.
  if (stored.length > 0) {
    const alarm = await waitFor('the reminder alarm', async () => page.evaluate(`chrome.alarms.get('heard-reminders')`));
    assert.ok(alarm, 'the reminder alarm is set for the stored callbacks');
  }
  await cdp.detach();
});

test('through the popup: the form never says saved for a callback that is not there', async () => {
  assert.ok(run);
  const page = await run.context.newPage();
  await page.goto(`chrome-extension://${run.extensionId}/popup.html`);
  const cdp = await run.context.newCDPSession(page);
  const stopWorker = await serviceWorkerStopper(cdp);
  const results: string[] = [];
  for (const [i, delay] of [0, 0, 1, 1, 2, 3, 4, 6, 8, 12].entries()) {
    await page.evaluate(messageScript('ui:callbacks:settings', {}));
    const promise = `popup-fault-${i}`;
    await page.getByRole('button', { name: 'Add a callback' }).click();
    const form = page.getByRole('form', { name: 'Add a callback' });
    await form.getByRole('textbox', { name: 'When' }).fill('in 3 hours');
    await form.getByLabel('What you promised').fill(promise);
    await form.getByRole('button', { name: 'Add callback', exact: true }).waitFor();
    // Submit as the button does, without waiting for the click's round trip: the stop follows at once.
    void page.evaluate(`document.querySelector('form[aria-label="Add a callback"]').requestSubmit()`);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await stopWorker();
    // The form closes on success, or shows an alert on failure.
    const outcome = await waitFor(
      'the form to close or say it failed',
      async () => ((await form.count()) === 0 ? 'closed' : (await form.getByRole('alert').count()) > 0 ? 'alert' : null),
      20_000,
    );
    await page.evaluate(messageScript('ui:callbacks:settings', {}));
    const present = (await rows(page)).some((r) => (r as { promise: string }).promise === promise);
    if (outcome === 'closed') assert.ok(present, `${promise}: the form closed (saved) but no row is stored`);
    else {
      const said = await form.getByRole('alert').innerText();
      // Never "nothing was changed" when no answer came: the rep is told to check the list.
      assert.doesNotMatch(said, /Nothing was changed/, `${promise}: the form claimed nothing changed`);
      if (present) await page.getByRole('article', { name: new RegExp(promise) }).first().waitFor();
    }
    results.push(`${delay} ms: ${outcome === 'closed' ? 'saved' : present ? 'error shown, row stored (reply lost)' : 'error shown, nothing stored'}`);
    if (outcome === 'alert') await form.getByRole('button', { name: 'Cancel' }).click();
  }
  console.log(`popup quick add with the SW stopped: ${results.join('; ')}`);
  await cdp.detach();
  await page.close();
});
