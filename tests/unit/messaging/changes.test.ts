// Extension pages hear about changes on one channel: push:changed { what }, from the background only,
// fanned out by lib/stores/changes.ts to the stores that listen to that topic.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onChange } from '@/lib/stores/changes';

const push = (data: unknown, sender: object = { id: fakeBrowser.runtime.id }) =>
  (fakeBrowser.runtime.onMessage as unknown as { trigger(m: unknown, s: object): Promise<unknown[]> }).trigger(
    { id: 1, type: 'push:changed', data, timestamp: 1 },
    sender,
  );

test('each topic reaches its own listeners; several listeners share one channel; stopping one keeps the others', async () => {
  const got: string[] = [];
  const offA = onChange('callbacks', () => got.push('callbacks A'));
  const offB = onChange('callbacks', () => got.push('callbacks B'));
  const offP = onChange('packs', () => got.push('packs'));
  await push({ what: 'callbacks' });
  await push({ what: 'packs' });
  expect(got).toEqual(['callbacks A', 'callbacks B', 'packs']);
  offA();
  offA(); // twice is harmless
  await push({ what: 'callbacks' });
  expect(got.slice(3)).toEqual(['callbacks B']);
  offB();
  offP();
  await push({ what: 'packs' });
  expect(got).toHaveLength(4);
  // Listening again after everyone stopped works (the channel is registered anew).
  const offAgain = onChange('policy', () => got.push('policy'));
  await push({ what: 'policy' });
  expect(got.at(-1)).toBe('policy');
  offAgain();
});

test('a push from a content script or another extension, or about an unknown topic, reaches no one', async () => {
  const got: string[] = [];
  const off = onChange('policy', () => got.push('policy'));
  await push({ what: 'policy' }, { id: 'another-extension' }).catch(() => {});
  await push({ what: 'policy' }, { id: fakeBrowser.runtime.id, tab: { id: 3 }, url: 'https://acme.zendesk.com/' }).catch(() => {});
  await push({ what: 'everything' }).catch(() => {});
  expect(got).toEqual([]);
  await push({ what: 'policy' });
  expect(got).toEqual(['policy']);
  off();
});
