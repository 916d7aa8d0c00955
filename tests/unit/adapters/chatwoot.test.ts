// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { chatwoot } from '@/lib/adapters/chatwoot';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/chatwoot/index.html'), 'utf8');
const load = (url = 'https://app.chatwoot.com/app/accounts/3/conversations/42') => new JSDOM(html, { url }).window;

test('detects the conversation (cloud and inbox-scoped URLs)', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('chatwoot');
  const expected = {
    key: 'chatwoot:app.chatwoot.com:3:42',
    link: 'https://app.chatwoot.com/app/accounts/3/conversations/42',
    title: 'Dana Whitfield',
  };
  expect(chatwoot.detect(url, win.document)).toEqual(expected);
  expect(chatwoot.detect(new URL('https://app.chatwoot.com/app/accounts/3/inbox/7/conversations/42'), win.document)).toEqual(expected);
  expect(chatwoot.detect(new URL('https://app.chatwoot.com/app/accounts/3/dashboard'), win.document)).toBeNull();
});

test('reads incoming, outgoing and private messages in order, skipping activity lines and meta', () => {
  const thread = chatwoot.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[0]?.text).toBe('Hi, my order 55821 was due on Monday and has not arrived. Can you check?');
});

test('the composer is the reply box editor; the contact is read from the panel', () => {
  const doc = load().document;
  expect(chatwoot.composer(doc)?.id).toBe('cw-editor');
  expect(chatwoot.customer(doc)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
