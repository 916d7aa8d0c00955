// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { intercom } from '@/lib/adapters/intercom';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/intercom/index.html'), 'utf8');
const URL_CONV = 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/185000123456789';
const load = (url = URL_CONV) => new JSDOM(html, { url }).window;

test('detects the open conversation', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('intercom');
  expect(intercom.detect(url, win.document)).toEqual({
    key: 'intercom:app.intercom.com:185000123456789',
    link: 'https://app.intercom.com/a/inbox/abc123de/inbox/conversation/185000123456789',
    title: 'Order 55821 has not arrived',
  });
  expect(intercom.detect(new URL('https://app.intercom.com/a/inbox/abc123de/inbox/shared/all'), win.document)).toBeNull();
  // Another conversation's URL while this one's DOM is still shown: not recognised yet.
  expect(intercom.detect(new URL('https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/9'), win.document)).toBeNull();
});

test('reads user and admin comments and notes in order, skipping events', () => {
  const thread = intercom.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[1]).toMatchObject({ author: 'Sam Rivera', text: 'Sorry about that, Dana. I have asked the carrier for an update.' });
});

test('the composer is the ProseMirror editor of the conversation', () => {
  const el = intercom.composer(load().document);
  expect(el?.id).toBe('intercom-composer');
  expect(el?.classList.contains('ProseMirror')).toBe(true);
});

test('reads the user', () => {
  expect(intercom.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
