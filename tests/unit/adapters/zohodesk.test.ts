// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { zohodesk } from '@/lib/adapters/zohodesk';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/zohodesk/index.html'), 'utf8');
const PATH = '/agent/acme/support/tickets/details/412000001234567';
const load = (url = `https://desk.zoho.eu${PATH}`) => new JSDOM(html, { url }).window;

test('detects the ticket on a regional data centre', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('zohodesk');
  expect(zohodesk.detect(url, win.document)).toEqual({
    key: 'zohodesk:desk.zoho.eu:412000001234567',
    link: `https://desk.zoho.eu${PATH}`,
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
  expect(zohodesk.detect(new URL('https://desk.zoho.eu/agent/acme/support/tickets/list/all'), win.document)).toBeNull();
});

test('reads the conversation in order', () => {
  const thread = zohodesk.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[3]?.text).toBe('This is the second time I am writing. Where is my order?');
});

test('reply vs comment: the open editor is returned', () => {
  const doc = load().document;
  expect(zohodesk.composer(doc)?.id).toBe('zd-comment');
  doc.querySelector('[data-id="replyEditor"]')?.removeAttribute('hidden');
  doc.getElementById('zd-reply')?.focus();
  expect(zohodesk.composer(doc)?.id).toBe('zd-reply');
});

test('reads the contact', () => {
  expect(zohodesk.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
