// The content script's hand-written messenger (lib/messaging/wire.ts) must behave as the
// @webext-core/messaging + zod/mini pair it replaced: same wire format both ways, and guards that
// accept exactly what the zod schemas accept and hand the handler what the schemas would.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { BgInsertSchema, EmptySchema, PanelOpenSchema } from '@/lib/messaging/to-content';
import { emptyGuard, insertGuard, makeWireReceive, panelGuard, wireSend, type Guard } from '@/lib/messaging/wire';

const samples: unknown[] = [
  undefined, null, 0, 1, '', 'x', true, false, [], [1], {}, Object.create(null), new Date(0),
  { open: true }, { open: false }, { open: 'true' }, { open: 1 }, { open: true, extra: 'x' }, { open: null },
  { text: '' }, { text: 'hello' }, { text: 'x'.repeat(10_000) }, { text: 'x'.repeat(10_001) }, { text: 3 },
  { text: 'ok', more: [1] }, { text: '😀'.repeat(5_000) }, { text: '😀'.repeat(5_001) }, { text: '😀'.repeat(10_000) }, { text: '😀'.repeat(10_001) },
  { text: '\ud83d'.repeat(10_001) }, { text: 'a'.repeat(9_999) + '😀' }, { text: null },
];
const pairs: [string, Guard<unknown>, { safeParse(d: unknown): { success: boolean; data?: unknown } }][] = [
  ['empty', emptyGuard, EmptySchema],
  ['panel', panelGuard, PanelOpenSchema],
  ['insert', insertGuard, BgInsertSchema],
];

test.each(pairs)('the %s guard accepts and returns what its zod schema does', (_, guard, schema) => {
  for (const [i, d] of samples.entries()) {
    const z = schema.safeParse(d);
    const g = guard(d);
    expect({ i, ok: g !== null }).toEqual({ i, ok: z.success });
    if (z.success) expect(g).toEqual(z.data);
  }
});

type P = { 'cs:ping'(d: { n: number }): number; 'tab:panel'(d: { open: boolean }): string };

test('what the content script sends is what @webext-core/messaging receives, and its answer or error comes back', async () => {
  let root: ((m: unknown, s: unknown, r: (x: unknown) => void) => boolean) | undefined;
  vi.stubGlobal('chrome', { runtime: { onMessage: { addListener: (l: typeof root) => (root = l), removeListener: () => {} } } });
  const bg = defineExtensionMessaging<P>();
  bg.onMessage('cs:ping', ({ data }) => {
    if (data.n < 0) throw new Error('negative');
    return data.n * 2;
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (m: unknown) => new Promise((resolve) => void root!(m, { id: fakeBrowser.runtime.id, tab: { id: 1 } }, resolve)) as never,
  );
  await expect(wireSend<P, 'cs:ping'>('cs:ping', { n: 21 })).resolves.toBe(42);
  await expect(wireSend<P, 'cs:ping'>('cs:ping', { n: -1 })).rejects.toThrow('negative');
  vi.mocked(fakeBrowser.runtime.sendMessage).mockResolvedValueOnce(undefined as never);
  await expect(wireSend<P, 'cs:ping'>('cs:ping', { n: 1 })).rejects.toThrow('No response');
  vi.unstubAllGlobals();
});

test('what the background sends with @webext-core/messaging reaches the handler, from the background only and well-formed only', async () => {
  let cs: ((m: unknown, s: unknown, r: (x: unknown) => void) => boolean) | undefined;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void (cs = l as never));
  const receive = makeWireReceive<Pick<P, 'tab:panel'>>({ 'tab:panel': panelGuard });
  const got: unknown[] = [];
  receive('tab:panel', 'background', (d) => {
    got.push(d);
    return 'done';
  });
  let sender: unknown = { id: fakeBrowser.runtime.id };
  vi.stubGlobal('chrome', {
    runtime: { onMessage: { addListener: () => {}, removeListener: () => {} } },
    tabs: { sendMessage: (_tab: number, m: unknown, _o: unknown, reply: (x: unknown) => void) => cs!(m, sender, reply) },
  });
  const bg = defineExtensionMessaging<P>();
  await expect(bg.sendMessage('tab:panel', { open: true }, 7)).resolves.toBe('done');
  await expect(bg.sendMessage('tab:panel', { open: 'yes' } as never, 7)).rejects.toThrow('malformed');
  sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, url: 'https://evil.example/' };
  await expect(bg.sendMessage('tab:panel', { open: false }, 7)).rejects.toThrow('sender not allowed');
  expect(got).toEqual([{ open: true }]);
  // Not ours (no type/timestamp) or a type nobody here takes: not answered.
  expect(cs!({ hello: 1 }, sender, () => {})).toBe(false);
  expect(cs!({ type: 'tab:other', timestamp: 1, data: {} }, sender, () => {})).toBe(false);
  vi.unstubAllGlobals();
});
