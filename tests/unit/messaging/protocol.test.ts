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
  // Names say who talks to whom: cs (content script), ui (extension page) → background; tab → content script; push → pages.
  for (const type of types) expect(type).toMatch(/^(cs|ui|tab|push):[a-zA-Z:]+$/);
  expect(types).toEqual(expect.arrayContaining(['cs:lint', 'ui:insert', 'ui:dismiss', 'tab:insert', 'tab:panel']));
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

test('the panel framed in a helpdesk page is its own sender kind; the popup, options tab and side panel are extension pages', () => {
  const id = fakeBrowser.runtime.id;
  const framed = { id, url: ext('/panel.html'), tab: { id: 3, url: 'https://acme.zendesk.com/agent/tickets/1' } as never, frameId: 7 };
  expect(senderIs('panel', framed)).toBe(true);
  expect(senderIs('extension-page', framed)).toBe(false);
  // Framed, even where the tab's address is not visible to us.
  expect(senderIs('panel', { id, url: ext('/panel.html'), tab: { id: 3 } as never, frameId: 2 })).toBe(true);
  // The popup and the side panel (no tab), the options page in its own tab.
  expect(senderIs('extension-page', { id, url: ext('/popup.html') })).toBe(true);
  expect(senderIs('extension-page', { id, url: ext('/sidepanel.html') })).toBe(true);
  const options = { id, url: ext('/options.html'), tab: { id: 9, url: ext('/options.html') } as never, frameId: 0 };
  expect(senderIs('extension-page', options)).toBe(true);
  expect(senderIs('panel', options)).toBe(false);
  expect(senderIs('panel', { id, url: 'https://acme.zendesk.com/', tab: { id: 3 } as never, frameId: 2 })).toBe(false);
});

test('what the framed panel may send: its tab only, and never the wipe, packs, rules, stats, list or search', async () => {
  const { receive } = await import('@/lib/messaging');
  const id = fakeBrowser.runtime.id;
  const framed = { id, url: ext('/panel.html'), tab: { id: 3, url: 'https://acme.zendesk.com/agent/tickets/1' } as never, frameId: 7 };
  const options = { id, url: ext('/options.html'), tab: { id: 9, url: ext('/options.html') } as never, frameId: 0 };
  const send = (type: string, data: unknown, sender: object) =>
    (fakeBrowser.runtime.onMessage as unknown as { trigger(m: unknown, s: object): Promise<unknown[]> }).trigger({ id: 1, type, data, timestamp: 1 }, sender);
  const got: string[] = [];
  const offs = [
    receive('ui:closePanel', ({ tabId }) => void got.push(`close ${tabId}`)),
    receive('ui:data:wipe', () => {
      got.push('wipe');
      return { ok: true };
    }),
  ];
  await send('ui:closePanel', { tabId: 3 }, framed);
  await send('ui:closePanel', { tabId: 4 }, framed); // another tab: refused
  await send('ui:closePanel', { tabId: 4 }, options); // the options page may name any tab
  await send('ui:data:wipe', { confirm: 'delete-everything' }, framed); // refused
  await send('ui:data:wipe', { confirm: 'delete-everything' }, options);
  expect(got).toEqual(['close 3', 'close 4', 'wipe']);
  for (const off of offs) off();
});
