// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { hubspot } from '@/lib/adapters/hubspot';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/hubspot/index.html'), 'utf8');
const load = (url = 'https://app.hubspot.com/help-desk/20123456/view/all/ticket/98765') => new JSDOM(html, { url }).window;

test('detects the ticket', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('hubspot');
  expect(hubspot.detect(url, win.document)).toEqual({
    key: 'hubspot:app.hubspot.com:20123456-98765',
    link: 'https://app.hubspot.com/help-desk/20123456/view/all/ticket/98765',
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
  expect(hubspot.detect(new URL('https://app.hubspot.com/contacts/20123456/objects/0-1'), win.document)).toBeNull();
});

test('reads messages and comments in order', () => {
  const thread = hubspot.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[3]?.text).toBe('This is the second time I am writing. Where is my order?');
});

test('reply vs comment: the open editor, the focused one when both are open', () => {
  const doc = load().document;
  expect(hubspot.composer(doc)?.id).toBe('hs-reply');
  doc.querySelector('[data-test-id="comment-editor"]')?.removeAttribute('hidden');
  doc.getElementById('hs-comment')?.focus();
  expect(hubspot.composer(doc)?.id).toBe('hs-comment');
});

test('reads the contact', () => {
  expect(hubspot.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
