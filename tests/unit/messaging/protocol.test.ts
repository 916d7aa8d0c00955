import { fakeBrowser } from 'wxt/testing/fake-browser';
import { senderIs, SCHEMAS, TabStateSchema } from '@/lib/messaging';

const ext = (path: string): string => fakeBrowser.runtime.getURL(path as '/');

test('content-script messages must come from a tab and not from one of our pages', () => {
  const id = fakeBrowser.runtime.id;
  expect(senderIs('content', { id, tab: { id: 3 } as never, url: 'https://acme.zendesk.com/agent/tickets/1' })).toBe(true);
  expect(senderIs('content', { id, url: 'https://acme.zendesk.com/' })).toBe(false);
  expect(senderIs('content', { id: 'someone-else', tab: { id: 3 } as never, url: 'https://x/' })).toBe(false);
  expect(senderIs('content', { id, tab: { id: 3 } as never, url: ext('/panel.html') })).toBe(false);
});

test('extension-page messages must come from our own origin', () => {
  const id = fakeBrowser.runtime.id;
  expect(senderIs('extension-page', { id, url: ext('/panel.html'), tab: { id: 3 } as never })).toBe(true);
  expect(senderIs('extension-page', { id, url: 'https://evil.example/panel.html' })).toBe(false);
  expect(senderIs('extension-page', { id: 'other', url: ext('/popup.html') })).toBe(false);
});

test('every message type has a schema, and malformed data is rejected', () => {
  const types = Object.keys(SCHEMAS);
  // Names say who talks to whom: cs (content script), ui (extension page) → background; bg → content script.
  for (const type of types) expect(type).toMatch(/^(cs|ui|bg):[a-zA-Z:]+$/);
  expect(types).toEqual(expect.arrayContaining(['cs:lint', 'ui:insert', 'ui:dismiss', 'bg:insert', 'bg:panel']));
  expect(SCHEMAS['ui:insert'].safeParse({ tabId: '3', text: 'x' }).success).toBe(false);
  expect(SCHEMAS['ui:insert'].safeParse({ tabId: 3, text: 'x'.repeat(10_001) }).success).toBe(false);
  const lint = { site: 'demo', ticket: null, draft: 'x', thread: [{ role: 'customer', text: 'hi' }] };
  expect(SCHEMAS['cs:lint'].safeParse(lint).success).toBe(true);
  expect(SCHEMAS['cs:lint'].safeParse({ ...lint, thread: [{ role: 'boss', text: 'x' }] }).success).toBe(false);
  expect(SCHEMAS['cs:lint'].safeParse({ ...lint, thread: Array(51).fill(lint.thread[0]) }).success).toBe(false);
  expect(
    TabStateSchema.safeParse({ site: 'demo', ticket: null, tone: null, hints: [{ id: 'x' }], draftLength: 1, updatedAt: 1 }).success,
  ).toBe(false);
});
