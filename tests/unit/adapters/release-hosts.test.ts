// Issue 14, point 5: the demo helpdesk's loopback patterns only in development and test builds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_MATCHES, DEMO_MATCHES, isReleaseBuild, releaseMatches } from '@/lib/adapters/hosts';
import { ADAPTERS } from '@/lib/adapters/registry';

test('a release drops exactly the demo helpdesk patterns and keeps every helpdesk', () => {
  expect(DEMO_MATCHES).toEqual(['http://localhost/heard-demo/*', 'http://127.0.0.1/heard-demo/*']);
  const release = releaseMatches(CONTENT_MATCHES);
  expect(release).toHaveLength(CONTENT_MATCHES.length - 2);
  expect(release.some((m) => /localhost|127\.0\.0\.1|heard-demo/.test(m))).toBe(false);
  expect(release).toContain('https://*.zendesk.com/*');
});

test('release builds: npm run build, npm run zip, HEARD_RELEASE=1; the test suite, npm run demo and npx are test builds', () => {
  expect(isReleaseBuild({ npm_lifecycle_event: 'build' })).toBe(true);
  expect(isReleaseBuild({ npm_lifecycle_event: 'zip' })).toBe(true);
  expect(isReleaseBuild({ HEARD_RELEASE: '1' })).toBe(true);
  expect(isReleaseBuild({ npm_lifecycle_event: 'test' })).toBe(false);
  expect(isReleaseBuild({ npm_lifecycle_event: 'demo' })).toBe(false);
  expect(isReleaseBuild({ npm_lifecycle_event: 'npx' })).toBe(false);
  expect(isReleaseBuild({})).toBe(false);
});

test("the manifest's patterns are the demo helpdesk's first, then every adapter's, each once and nothing else", () => {
  expect(CONTENT_MATCHES.slice(0, DEMO_MATCHES.length)).toEqual(DEMO_MATCHES);
  expect(new Set(CONTENT_MATCHES).size).toBe(CONTENT_MATCHES.length);
  expect(new Set(CONTENT_MATCHES)).toEqual(new Set(ADAPTERS.flatMap((a) => a.matches)));
  // In the order the adapters are tried (the manifest's order before the patterns came from them).
  const firsts = ADAPTERS.filter((a) => a.id !== 'demo' && a.matches.length > 0).map((a) => CONTENT_MATCHES.indexOf(a.matches[0]!));
  expect(firsts[0]).toBe(DEMO_MATCHES.length);
  expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
});

test('wxt.config.ts reads the release rules from a module that imports nothing (its loader runs no Vite glob)', () => {
  expect(readFileSync(resolve(import.meta.dirname, '../../../wxt.config.ts'), 'utf8')).toContain("from './lib/adapters/release'");
  expect(readFileSync(resolve(import.meta.dirname, '../../../lib/adapters/release.ts'), 'utf8')).not.toMatch(/^\s*(import|export \* from|export \{[^}]*\} from)/m);
});
