// One room per thing: every adapter is registered, declared in the manifest hosts, has a fixture
// page, a unit test and a README row. A new helpdesk that skips one of these fails here.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADAPTERS } from '@/lib/adapters/registry';
import { CONTENT_MATCHES } from '@/lib/adapters/hosts';
import { matchesPattern } from '@/lib/sites';
import { HELPDESK_PAGES } from '../e2e/helpdesk-hosts';

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
  // The demo helpdesk is the browser suite's own page; every real helpdesk is also opened on its
  // real hostname in Chromium (tests/e2e/adapters.chromium.e2e.ts).
  test.skipIf(id === 'demo')('has a page on its real hostname in the browser test', () => {
    const page = HELPDESK_PAGES[id];
    expect(page, `tests/e2e/helpdesk-hosts.ts has no row for ${id}`).toBeDefined();
    if (!page!.enabledAtRunTime) {
      expect(adapter.matches.some((m) => matchesPattern(m, page!.url))).toBe(true);
      expect(CONTENT_MATCHES.some((m) => matchesPattern(m, page!.url))).toBe(true);
    }
  });
});

test('adapter ids are unique', () => {
  const ids = ADAPTERS.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('no static <all_urls> or catch-all host', () => {
  for (const m of CONTENT_MATCHES) expect(m).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
});
