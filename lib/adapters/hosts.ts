/**
 * Pages where Heard's content script is declared in the manifest, so it runs without asking.
 * Each supported helpdesk adds its host here (one line, with the adapter that reads it); the
 * bundled demo helpdesk is path-restricted on localhost. Any other site is enabled by the rep at
 * run time (optional host permission + scripting.registerContentScripts).
 */
export const CONTENT_MATCHES: readonly string[] = [
  // adapter: demo — the bundled demo helpdesk (npm run demo, e2e tests)
  'http://localhost/heard-demo/*',
  'http://127.0.0.1/heard-demo/*',
];
