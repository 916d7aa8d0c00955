// The background's side of the generic reader (issue 13, point 5): what comes back from the page's
// tab is parsed (the page shapes it), bounded, and read only from the top frame; an unreadable page
// gives no thread; a tab that cannot be scripted gives nothing.
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readGenericConversation } from '@/entrypoints/background/generic-thread';

const answer = (result: unknown) => {
  const executeScript = vi.fn(async () => [{ frameId: 0, result }]);
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return executeScript;
};
afterEach(() => {
  delete (fakeBrowser as unknown as { scripting?: unknown }).scripting;
});

test('a readable conversation: its messages and the customer, read in the top frame of the tab', async () => {
  const exec = answer({ readable: true, customer: 'Dana', thread: [{ role: 'customer', text: 'Where is it?', author: 'Dana' }] });
  expect(await readGenericConversation(7)).toEqual({ readable: true, customer: 'Dana', thread: [{ role: 'customer', text: 'Where is it?', author: 'Dana' }] });
  expect(exec).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }));
});

test('not readable: no thread, no customer, whatever the page put there', async () => {
  answer({ readable: false, why: 'no-roles', customer: 'Eve', thread: [{ role: 'customer', text: 'x' }] });
  expect(await readGenericConversation(7)).toEqual({ readable: false, thread: [] });
});

test('what the page shaped wrongly is refused: unknown roles, too many or too long messages, not an object', async () => {
  answer({ readable: true, thread: [{ role: 'admin', text: 'x' }] });
  expect(await readGenericConversation(7)).toBeNull();
  answer({ readable: true, thread: Array.from({ length: 51 }, () => ({ role: 'customer', text: 'x' })) });
  expect(await readGenericConversation(7)).toBeNull();
  answer({ readable: true, thread: [{ role: 'customer', text: 'x'.repeat(4001) }] });
  expect(await readGenericConversation(7)).toBeNull();
  answer('<script>');
  expect(await readGenericConversation(7)).toBeNull();
});

test('the thread is cut to what a lint takes (THREAD_MAX characters in all, newest kept)', async () => {
  answer({ readable: true, thread: Array.from({ length: 50 }, (_, i) => ({ role: 'customer', text: String(i % 10).repeat(4000) })) });
  const read = await readGenericConversation(7);
  expect(read!.thread.reduce((n, m) => n + m.text.length, 0)).toBe(100_000);
  expect(read!.thread.at(-1)!.text).toBe('9'.repeat(4000));
});

test('a tab that cannot be scripted (closed, not granted): nothing', async () => {
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(async () => Promise.reject(new Error('Missing host permission'))) };
  expect(await readGenericConversation(7)).toBeNull();
});
