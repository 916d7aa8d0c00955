import { expect, test } from 'vitest';
import { serialQueue } from '@/lib/serial';

test('serialQueue runs one call at a time, in order, and a failure does not block the next', async () => {
  const serial = serialQueue();
  const log: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const first = serial(async () => {
    log.push('first start');
    await gate;
    log.push('first end');
    throw new Error('boom');
  });
  const second = serial(async () => {
    log.push('second');
    return 2;
  });
  await Promise.resolve();
  expect(log).toEqual(['first start']);
  release();
  await expect(first).rejects.toThrow('boom');
  await expect(second).resolves.toBe(2);
  expect(log).toEqual(['first start', 'first end', 'second']);
});
