// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { helpscout } from '@/lib/adapters/helpscout';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpscout/index.html'), 'utf8');
const load = (url = 'https://secure.helpscout.net/conversation/2468013579/1042?folderId=5501') =>
  new JSDOM(html, { url }).window;

test('detects the conversation', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('helpscout');
  expect(helpscout.detect(url, win.document)).toEqual({
    key: 'helpscout:secure.helpscout.net:2468013579',
    link: 'https://secure.helpscout.net/conversation/2468013579/1042',
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
  expect(helpscout.detect(new URL('https://secure.helpscout.net/mailbox/5501/'), win.document)).toBeNull();
});

test('reads threads in page order (newest first, as Help Scout shows them), skipping line items', () => {
  const thread = helpscout.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['note', 'customer', 'agent', 'customer']);
  expect(thread[1]?.text).toBe('This is the second time I am writing. Where is my order?');
});

test('reply vs note: the open editor is returned, the focused one when both are open', () => {
  const doc = load().document;
  expect(helpscout.composer(doc)?.id).toBe('note-editor');
  doc.querySelector('[data-cy="ReplyEditor"]')?.removeAttribute('hidden');
  expect(helpscout.composer(doc)?.id).toBe('reply-editor');
  doc.getElementById('note-editor')?.focus();
  expect(helpscout.composer(doc)?.id).toBe('note-editor');
});

test('reads the customer', () => {
  expect(helpscout.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
