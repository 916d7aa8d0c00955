/**
 * What a build needs to know before anything is bundled (wxt.config.ts reads this file, through its
 * own loader: it imports nothing, so no adapter and no `import.meta.glob`).
 */

/**
 * The demo helpdesk's patterns (its adapter, demo.ts, declares them): in development and test builds
 * only. A release build (npm run build, npm run zip, or HEARD_RELEASE=1) leaves them out of the
 * manifest (wxt.config.ts), so no page served on localhost gets the content script from a rep's
 * installed Heard.
 */
export const DEMO_MATCHES: readonly string[] = ['http://localhost/heard-demo/*', 'http://127.0.0.1/heard-demo/*'];

/** Whether a build is a release build: `npm run build` / `npm run zip`, or HEARD_RELEASE=1. */
export function isReleaseBuild(env: Record<string, string | undefined>): boolean {
  return env.HEARD_RELEASE === '1' || env.npm_lifecycle_event === 'build' || env.npm_lifecycle_event === 'zip';
}

/** A manifest's content-script patterns for a release: without the demo helpdesk. */
export function releaseMatches(matches: readonly string[]): string[] {
  return matches.filter((m) => !DEMO_MATCHES.includes(m));
}
