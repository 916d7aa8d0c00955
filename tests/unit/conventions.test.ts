// One room per thing: every adapter module is found by the registry (it default-exports its adapter,
// with its order), its hosts reach the manifest, and it has a fixture page that also says where the
// browser test opens it, a unit test and a README row. A new helpdesk that skips one of these fails here.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADAPTERS } from '@/lib/adapters/registry';
import { CONTENT_MATCHES } from '@/lib/adapters/hosts';
import type { Adapter } from '@/lib/adapters/types';
import { matchesPattern } from '@/lib/sites';
import { HELPDESK_PAGES } from '../e2e/helpdesk-hosts';

/** Every module of lib/adapters/, with all its exports. */
const modules = Object.entries(import.meta.glob<Record<string, unknown>>('../../lib/adapters/*.ts', { eager: true }));
const isAdapter = (x: unknown): x is Adapter =>
  typeof x === 'object' && x !== null && typeof (x as Adapter).id === 'string' && typeof (x as Adapter).detect === 'function';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const supported = readme.slice(readme.indexOf('## Supported helpdesks'));

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('adapter %s', (id, adapter) => {
  test('has a fixture page', () => {
    expect(existsSync(resolve(root, 'tests/fixtures', id, 'index.html'))).toBe(true);
  });
  test('has a unit test', () => {
    expect(existsSync(resolve(root, 'tests/unit/adapters', `${id}.test.ts`))).toBe(true);
  });
  test('has a row in the README', () => {
    expect(supported).toMatch(new RegExp(`^\\| ${id} \\|`, 'm'));
  });
  test('its pages are declared for the content script', () => {
    for (const m of adapter.matches) expect(CONTENT_MATCHES).toContain(m);
  });
  test('has its place in the order', () => {
    expect(Number.isFinite(adapter.order)).toBe(true);
  });
  // The demo helpdesk is the browser suite's own page; every real helpdesk is also opened on its
  // real hostname in Chromium (tests/e2e/adapters.chromium.e2e.ts).
  test.skipIf(id === 'demo')('has a page on its real hostname in the browser test', () => {
    const page = HELPDESK_PAGES[id];
    expect(page, `tests/fixtures/${id}/index.html has no <script type="application/json" id="heard-e2e"> (tests/e2e/helpdesk-hosts.ts)`).toBeDefined();
    if (!page!.enabledAtRunTime) {
      expect(adapter.matches.some((m) => matchesPattern(m, page!.url))).toBe(true);
      expect(CONTENT_MATCHES.some((m) => matchesPattern(m, page!.url))).toBe(true);
    }
  });
});

test('every module of lib/adapters/ that holds an adapter default-exports it, and the registry has each once', () => {
  const found = modules.flatMap(([file, exports]) => {
    const named = Object.entries(exports).filter(([name, x]) => name !== 'default' && isAdapter(x) && x.id !== 'generic');
    if (!isAdapter(exports.default)) {
      expect(named.map(([name]) => name), `${file} exports an adapter but no default`).toEqual([]);
      return [];
    }
    return [exports.default];
  });
  expect(found.length).toBeGreaterThan(10);
  expect(new Set(ADAPTERS)).toEqual(new Set(found));
  expect(ADAPTERS).toHaveLength(found.length);
});

test('adapters are tried in their declared order, each its own place, the demo helpdesk last', () => {
  const orders = ADAPTERS.map((a) => a.order);
  expect(orders).toEqual([...orders].sort((a, b) => a! - b!));
  expect(new Set(orders).size).toBe(orders.length);
  expect(ADAPTERS.at(-1)?.id).toBe('demo');
});

test('every browser-test page in the fixtures is an adapter\'s', () => {
  expect(Object.keys(HELPDESK_PAGES).filter((id) => !ADAPTERS.some((a) => a.id === id))).toEqual([]);
});

test('adapter ids are unique', () => {
  const ids = ADAPTERS.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('no static <all_urls> or catch-all host', () => {
  for (const m of CONTENT_MATCHES) expect(m).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
});
