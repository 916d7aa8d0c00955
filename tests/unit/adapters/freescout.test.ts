// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { freescout } from '@/lib/adapters/freescout';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/freescout/index.html'), 'utf8');
const load = (url = 'https://support.example.org/conversation/311?folder_id=4') => new JSDOM(html, { url }).window;

test('detects a self-hosted conversation by its DOM', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(freescout.matches).toEqual([]);
  expect(adapterFor(url, win.document).id).toBe('freescout');
  expect(freescout.detect(url, win.document)).toEqual({
    key: 'freescout:support.example.org:311',
    link: 'https://support.example.org/conversation/311',
    title: 'Order 55821 has not arrived',
  });
  expect(freescout.detect(new URL('https://support.example.org/mailbox/1'), win.document)).toBeNull();
  expect(freescout.detect(new URL('https://support.example.org/conversation/312'), win.document)).toBeNull();
});

test('reads threads oldest first, skipping line items and quoted text', () => {
  const thread = freescout.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[3]).toEqual({
    role: 'customer',
    text: 'This is the second time I am writing. Where is my order?',
    author: 'Dana Whitfield',
    at: 'Nov 23, 2026 07:45',
  });
});

test('the composer is the Summernote editor of the open reply block, none when it is closed', () => {
  const doc = load().document;
  expect(freescout.composer(doc)?.id).toBe('fs-editor');
  doc.querySelector('.conv-reply-block')?.classList.add('hidden');
  expect(freescout.composer(doc)).toBeNull();
});

test('reads the customer', () => {
  expect(freescout.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
