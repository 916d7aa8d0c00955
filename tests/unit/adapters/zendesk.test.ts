// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { zendesk } from '@/lib/adapters/zendesk';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/zendesk/index.html'), 'utf8');
const load = (url = 'https://acme.zendesk.com/agent/tickets/4821') => new JSDOM(html, { url }).window;

test('detects the visible ticket tab with key, link, title and channel', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('zendesk');
  expect(zendesk.detect(url, win.document)).toEqual({
    key: 'zendesk:acme.zendesk.com:4821',
    link: 'https://acme.zendesk.com/agent/tickets/4821',
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
});

test('is not a ticket outside /agent/tickets/<id> or when that tab is hidden', () => {
  const win = load('https://acme.zendesk.com/agent/filters/360001');
  expect(zendesk.detect(new URL(win.location.href), win.document)).toBeNull();
  // 4815's pane is in the DOM but hidden (a background tab): no ticket until it is shown.
  expect(zendesk.detect(new URL('https://acme.zendesk.com/agent/tickets/4815'), win.document)).toBeNull();
});

test('reads the thread of the active tab only, in order, with roles', () => {
  const thread = zendesk.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[0]).toMatchObject({
    author: 'Dana Whitfield',
    text: 'Hi, my order 55821 was due on Monday and has not arrived. Can you check?',
    at: '2026-11-20T09:00:00Z',
  });
  expect(thread[3]?.text).toBe('This is the second time I am writing. Where is my order?');
  expect(thread.some((m) => /charged twice/.test(m.text))).toBe(false);
});

test('the composer is the active tab’s, never the hidden tab’s draft', () => {
  const win = load();
  expect(zendesk.composer(win.document)?.id).toBe('composer-4821');
  // Even with focus left in the hidden tab's editor, the visible tab's box is returned.
  win.document.getElementById('composer-4815')?.focus();
  expect(zendesk.composer(win.document)?.id).toBe('composer-4821');
});

test('reads the requester of the active tab', () => {
  expect(zendesk.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
