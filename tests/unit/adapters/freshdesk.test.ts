// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { freshdesk } from '@/lib/adapters/freshdesk';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/freshdesk/index.html'), 'utf8');
const load = (url = 'https://acme.freshdesk.com/a/tickets/1042') => new JSDOM(html, { url }).window;

test('detects the ticket with key, link, title and channel', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('freshdesk');
  expect(freshdesk.detect(url, win.document)).toEqual({
    key: 'freshdesk:acme.freshdesk.com:1042',
    link: 'https://acme.freshdesk.com/a/tickets/1042',
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
  expect(freshdesk.detect(new URL('https://acme.freshdesk.com/a/tickets/filters/all_tickets'), win.document)).toBeNull();
});

test('reads description, replies and notes in order; quoted history skipped', () => {
  const thread = freshdesk.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[3]?.text).toBe('This is the second time I am writing. Where is my order?');
  expect(thread[0]).toMatchObject({ author: 'Dana Whitfield', at: '2026-11-20T09:00:00Z' });
});

test('the open editor is the composer; the closed note editor is not', () => {
  const win = load();
  const doc = win.document;
  expect(freshdesk.composer(doc)?.id).toBe('reply-box');
  doc.querySelector('[data-test-id="reply-editor"]')?.setAttribute('hidden', '');
  doc.querySelector('[data-test-id="note-editor"]')?.removeAttribute('hidden');
  expect(freshdesk.composer(doc)?.id).toBe('note-box');
});

test('reads the requester', () => {
  expect(freshdesk.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
