import { ADAPTERS } from './registry';
import { DEMO_MATCHES } from './release';

export { DEMO_MATCHES, isReleaseBuild, releaseMatches } from './release';

/**
 * Pages where Heard's content script is declared in the manifest, so it runs without asking: the
 * match patterns each adapter declares (`matches`), in the order the adapters are tried, after the
 * bundled demo helpdesk's (path-restricted on localhost; dropped from a release build). A helpdesk
 * that is self-hosted only (freescout) declares none. Any other site is enabled by the rep at run
 * time (optional host permission + scripting.registerContentScripts).
 */
export const CONTENT_MATCHES: readonly string[] = [
  ...DEMO_MATCHES,
  ...ADAPTERS.flatMap((a) => a.matches).filter((m) => !DEMO_MATCHES.includes(m)),
];
