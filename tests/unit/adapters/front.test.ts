// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { front } from '@/lib/adapters/front';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/front/index.html'), 'utf8');
const load = (url = 'https://app.frontapp.com/inboxes/teammates/1234/inbox/open/0/cnv_8a9b7c1') =>
  new JSDOM(html, { url }).window;

test('detects the conversation', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('front');
  expect(front.detect(url, win.document)).toEqual({
    key: 'front:app.frontapp.com:cnv_8a9b7c1',
    link: 'https://app.frontapp.com/open/cnv_8a9b7c1',
    title: 'Order 55821 has not arrived',
  });
  expect(front.detect(new URL('https://app.frontapp.com/inboxes/teammates/1234/inbox'), win.document)).toBeNull();
});

test('reads messages and comments in order', () => {
  const thread = front.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[3]?.text).toBe('This is the second time I am writing. Where is my order?');
});

test('reply vs comment: the reply composer unless the comment box is focused', () => {
  const doc = load().document;
  expect(front.composer(doc)?.id).toBe('front-reply');
  doc.getElementById('front-comment')?.focus();
  expect(front.composer(doc)?.id).toBe('front-comment');
});

test('reads the contact', () => {
  expect(front.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
