// "Teach Heard this page" (issue 13, point 4), one body for Chromium (Playwright) and Firefox ESR
// (Puppeteer), on tests/fixtures/teach/: a helpdesk page Heard has no adapter for, enabled at run
// time. The picker is driven the way entrypoints/picker/ui.ts documents: the reply box chosen from
// the keyboard (Enter on "Choose with the keyboard", Enter on the outlined box), the messages,
// ticket number and customer's name by pointer, Save with Enter; its state read from the
// `<heard-picker>` host's data-* attributes. Then Heard reads the site with the recipe: the
// conversation key carries the ticket id, the angry customer message gives the tone, and ticket 43
// is another conversation.
import assert from 'node:assert/strict';
import { waitFor } from './browsers';

export interface TeachPage {
  goto(url: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  keyboard: { type(text: string): Promise<void>; press(key: 'Enter'): Promise<void> };
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
/** Sends one message from an extension page (as the popup or options page does) and returns the answer. */
export type Ext = <T>(type: string, data: unknown) => Promise<T>;

interface RoomView {
  ticket: { key: string } | null;
  tone: { level: string } | null;
}

const pickerState = (page: TeachPage): Promise<Record<string, string> | null> =>
  page.evaluate(() => {
    const h = document.querySelector<HTMLElement>('heard-picker');
    return h ? { ...h.dataset } as Record<string, string> : null;
  }, null);

const atStep = (page: TeachPage, step: string): Promise<Record<string, string>> =>
  waitFor(`the picker at step "${step}"`, async () => {
    const s = await pickerState(page);
    return s?.step === step ? s : null;
  });

export async function teachAndRead(page: TeachPage, url: (id: number) => string, ext: Ext, tabOf: (url: string) => Promise<number>): Promise<void> {
  await page.goto(url(42));
  await waitFor('Heard on the page', () => page.evaluate(() => document.querySelector('heard-root') !== null, null));
  const tabId = await tabOf(url(42));
  // Nothing is read yet: no adapter knows this page (generic mode: the draft only).
  assert.deepEqual(await ext('ui:picker:start', { tabId }), { ok: true });
  await page.bringToFront();
  await atStep(page, 'composer');
  // The reply box from the keyboard: the picker's first control has focus.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await atStep(page, 'customer');
  await page.click('.entry--in .entry__text');
  await atStep(page, 'agent');
  await page.click('.entry--out .entry__text');
  await atStep(page, 'ticket');
  await page.click('.ticket-no');
  await atStep(page, 'name');
  await page.click('.requester__name');
  const preview = await atStep(page, 'preview');
  assert.deepEqual(
    { messages: preview.messages, roles: preview.roles, ticket: preview.ticket, customer: preview.customer },
    { messages: '3', roles: 'customer,agent,customer', ticket: '42', customer: '1' },
    'the preview reads the thread with roles, the ticket id and the customer',
  );
  // The page got none of the clicks that chose (its own handlers would have focused or navigated).
  assert.equal(await page.evaluate(() => document.body.dataset.clicks ?? '0', null), '0', 'no choosing click reached the page');
  await page.keyboard.press('Enter'); // Save (focused in the preview)
  await atStep(page, 'saved');

  const host = new URL(url(42)).host;
  const list = await ext<{ rows: { host: string; source: string; inForce: boolean }[] }>('ui:recipes:list', {});
  assert.ok(list.rows.some((r) => r.host === host && r.source === 'taught' && r.inForce), `taught recipe in force for ${host}: ${JSON.stringify(list.rows)}`);

  // Heard reads the site with it now (the background told the page; no reload), and the page has its clicks back.
  await page.click('.reply__box');
  assert.equal(await page.evaluate(() => document.body.dataset.clicks, null), '1');
  await page.keyboard.type("I don't know where it is.");
  const room = await waitFor('the conversation read with the recipe', async () => {
    const v = await ext<RoomView | null>('ui:room:get', { tabId });
    return v?.ticket?.key.endsWith(`:${host}:42`) && v.tone ? v : null;
  });
  assert.match(room.ticket!.key, /^127-0-0-1:/, 'keyed by the recipe, not by the address');
  assert.ok(['frustrated', 'angry'].includes(room.tone!.level), `tone of the angry message: ${room.tone!.level}`);

  // Ticket 43 is another conversation, read with the same recipe after a navigation.
  await page.goto(url(43));
  await waitFor('Heard on the page', () => page.evaluate(() => document.querySelector('heard-root') !== null, null));
  await page.click('.reply__box');
  await page.keyboard.type('Of course.');
  await waitFor('ticket 43 read as its own conversation', async () => {
    const v = await ext<RoomView | null>('ui:room:get', { tabId });
    return v?.ticket?.key.endsWith(`:${host}:43`) ?? false;
  });
}

interface Check {
  site: string;
  noComposer: boolean;
  noMessages: boolean;
  counts: { what: string; selector: string; count: number }[];
}

/**
 * Self-check (issue 13, point 6), after teachAndRead: the helpdesk's next release renders messages
 * differently (?v=2); the taught recipe still sees the ticket and the reply box but no message, and
 * the popup's and panel's self-check says so with each selector's match count, never page text.
 * Back on the old page, it clears.
 */
export async function selfCheckAfterChange(page: TeachPage, url: (id: number) => string, ext: Ext, tabOf: (url: string) => Promise<number>): Promise<Check> {
  const changed = `${url(42)}&v=2`;
  await page.goto(changed);
  await waitFor('Heard on the page', () => page.evaluate(() => document.querySelector('heard-root') !== null, null));
  const tabId = await tabOf(changed);
  await page.click('.reply__box');
  await page.keyboard.type('Let me check.');
  const check = await waitFor('the self-check', async () => (await ext<{ check: Check | null }>('ui:selfcheck:get', { tabId })).check);
  assert.equal(check.noMessages, true, 'no messages read');
  assert.equal(check.noComposer, false, 'the reply box is found');
  assert.equal(check.counts.find((c) => c.what === 'messages')?.count, 0);
  assert.equal(check.counts.find((c) => c.what === 'composer')?.count, 1);
  assert.doesNotMatch(JSON.stringify(check), /parcel|Dana|Whitfield|refund|Sam/i, 'no page text in the diagnostic');
  return check;
}

/** The old page again: the recipe reads it, the self-check clears. */
export async function selfCheckClears(page: TeachPage, url: (id: number) => string, ext: Ext, tabOf: (url: string) => Promise<number>): Promise<void> {
  await page.goto(url(42));
  await waitFor('Heard on the page', () => page.evaluate(() => document.querySelector('heard-root') !== null, null));
  const tabId = await tabOf(url(42));
  await page.click('.reply__box');
  await page.keyboard.type('Back again.');
  await waitFor('the self-check cleared', async () => (await ext<{ check: Check | null }>('ui:selfcheck:get', { tabId })).check === null && (await ext<RoomView | null>('ui:room:get', { tabId }))?.ticket?.key.endsWith(':42') === true);
}
