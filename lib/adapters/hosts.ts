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
  'https://*.zendesk.com/*', // adapter: zendesk — Zendesk Agent Workspace
  'https://mail.google.com/*', // adapter: gmail — Gmail
  'https://*.freshdesk.com/*', // adapter: freshdesk — Freshdesk
  'https://app.intercom.com/*', // adapter: intercom — Intercom (US)
  'https://app.eu.intercom.com/*', // adapter: intercom — Intercom (EU workspaces)
  'https://app.au.intercom.com/*', // adapter: intercom — Intercom (AU workspaces)
  'https://secure.helpscout.net/*', // adapter: helpscout — Help Scout
  'https://app.frontapp.com/*', // adapter: front — Front
  'https://*.zammad.com/*', // adapter: zammad — Zammad hosted (self-hosted: enabled at run time, generic mode)
  'https://*.lightning.force.com/*', // adapter: salesforce — Salesforce Service Console (Lightning)
  'https://*.service-now.com/*', // adapter: servicenow — ServiceNow
  'https://app.hubspot.com/*', // adapter: hubspot — HubSpot Help Desk / Conversations
  'https://app-eu1.hubspot.com/*', // adapter: hubspot — HubSpot (EU data centre)
  'https://desk.zoho.com/*', // adapter: zohodesk — Zoho Desk (US)
  'https://desk.zoho.eu/*', // adapter: zohodesk — Zoho Desk (EU)
  'https://desk.zoho.in/*', // adapter: zohodesk — Zoho Desk (IN)
  'https://desk.zoho.com.au/*', // adapter: zohodesk — Zoho Desk (AU)
  'https://*.gorgias.com/*', // adapter: gorgias — Gorgias
  'https://*.atlassian.net/*', // adapter: jira — Jira Service Management (detect() needs a service desk request)
  // adapter: freescout — self-hosted only, no hosted service: enabled by the rep at run time (generic mode)
  'https://app.chatwoot.com/*', // adapter: chatwoot — Chatwoot cloud (self-hosted: enabled at run time)
];

/**
 * The demo helpdesk's patterns: in development and test builds only. A release build (npm run
 * build, npm run zip, or HEARD_RELEASE=1) leaves them out of the manifest (wxt.config.ts), so no
 * page served on localhost gets the content script from a rep's installed Heard.
 */
export const DEMO_MATCHES: readonly string[] = CONTENT_MATCHES.filter((p) => p.includes('/heard-demo/'));

/** Whether a build is a release build: `npm run build` / `npm run zip`, or HEARD_RELEASE=1. */
export function isReleaseBuild(env: Record<string, string | undefined>): boolean {
  return env.HEARD_RELEASE === '1' || env.npm_lifecycle_event === 'build' || env.npm_lifecycle_event === 'zip';
}

/** A manifest's content-script patterns for a release: without the demo helpdesk. */
export function releaseMatches(matches: readonly string[]): string[] {
  return matches.filter((m) => !DEMO_MATCHES.includes(m));
}
