// Issue 14, point 5: the demo helpdesk's loopback patterns only in development and test builds.
import { expect, test } from 'vitest';
import { CONTENT_MATCHES, DEMO_MATCHES, isReleaseBuild, releaseMatches } from '@/lib/adapters/hosts';

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
