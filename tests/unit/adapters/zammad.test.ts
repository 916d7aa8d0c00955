// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { zammad } from '@/lib/adapters/zammad';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/zammad/index.html'), 'utf8');
const load = (url = 'https://acme.zammad.com/#ticket/zoom/1042') => new JSDOM(html, { url }).window;

test('detects the active ticket task', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('zammad');
  expect(zammad.detect(url, win.document)).toEqual({
    key: 'zammad:acme.zammad.com:1042',
    link: 'https://acme.zammad.com/#ticket/zoom/1042',
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
  expect(zammad.detect(new URL('https://acme.zammad.com/#dashboard'), win.document)).toBeNull();
  // 1038 is an open task in the DOM but not the active one.
  expect(zammad.detect(new URL('https://acme.zammad.com/#ticket/zoom/1038'), win.document)).toBeNull();
});

test('self-hosted installs are recognised by their DOM', () => {
  const win = load('https://helpdesk.example.org/#ticket/zoom/1042');
  expect(zammad.detect(new URL(win.location.href), win.document)?.key).toBe('zammad:helpdesk.example.org:1042');
});

test('reads the active task’s articles with roles, skipping system entries, signatures and quotes', () => {
  const thread = zammad.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[1]?.text).toBe('Sorry about that, Dana. I have asked the carrier for an update.');
  expect(thread[3]).toEqual({ role: 'customer', text: 'This is the second time I am writing. Where is my order?', at: '2026-11-23T07:45:00Z' });
  expect(thread.some((m) => /invoice/i.test(m.text))).toBe(false);
});

test('the composer is the active task’s, not the hidden task’s draft', () => {
  expect(zammad.composer(load().document)?.id).toBe('body-1042');
});

test('reads the active task’s customer', () => {
  expect(zammad.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
