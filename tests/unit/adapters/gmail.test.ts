// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { gmail } from '@/lib/adapters/gmail';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/gmail/index.html'), 'utf8');
const THREAD = 'FMfcgzQXJWbqvHkPZRCmlVxKtjNrPxSm';
const load = (url = `https://mail.google.com/mail/u/1/#inbox/${THREAD}`) => new JSDOM(html, { url }).window;

test('detects the open conversation with a per-account key', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('gmail');
  expect(gmail.detect(url, win.document)).toEqual({
    key: `gmail:mail.google.com:u1:${THREAD}`,
    link: `https://mail.google.com/mail/u/1/#all/${THREAD}`,
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
});

test('the inbox list is not a conversation', () => {
  const win = load('https://mail.google.com/mail/u/1/#inbox');
  expect(gmail.detect(new URL(win.location.href), win.document)).toBeNull();
});

test('reads the thread in order; the rep’s own messages are agent; quoted history is skipped', () => {
  const thread = gmail.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  expect(thread[1]?.text).toBe('Sorry about that, Dana. I have asked the carrier for an update.');
  expect(thread[2]?.text).toBe('This is the second time I am writing. Where is my order?');
  expect(thread[0]?.author).toBe('Dana Whitfield');
});

test('the focused compose root is the active one; else the inline reply', () => {
  const win = load();
  const doc = win.document;
  expect(gmail.composer(doc)?.id).toBe(':inline-reply');
  doc.getElementById(':popout-compose')?.focus();
  expect(gmail.composer(doc)?.id).toBe(':popout-compose');
  doc.getElementById(':inline-reply')?.focus();
  expect(gmail.composer(doc)?.id).toBe(':inline-reply');
});

test('the customer is the first sender who is not the rep', () => {
  expect(gmail.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
