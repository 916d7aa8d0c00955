// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { gorgias } from '@/lib/adapters/gorgias';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/gorgias/index.html'), 'utf8');
const load = (url = 'https://acme.gorgias.com/app/ticket/31415926') => new JSDOM(html, { url }).window;

test('detects the ticket', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('gorgias');
  expect(gorgias.detect(url, win.document)).toEqual({
    key: 'gorgias:acme.gorgias.com:31415926',
    link: 'https://acme.gorgias.com/app/ticket/31415926',
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
  expect(gorgias.detect(new URL('https://acme.gorgias.com/app/views/12'), win.document)).toBeNull();
});

test('reads messages and internal notes in order', () => {
  const thread = gorgias.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[3]?.text).toBe('This is the second time I am writing. Where is my order?');
});

test('the composer is the Draft.js editor', () => {
  expect(gorgias.composer(load().document)?.id).toBe('gorgias-editor');
});

test('reads the customer', () => {
  expect(gorgias.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
