/**
 * "Enable on this site": which pages Heard may be switched on for by the rep, and the stored list
 * of the sites it was switched on for. Pure: no browser API here (entrypoints/background/sites.ts
 * wires it to permissions and scripting).
 */
import { z } from 'zod';
import { CONTENT_MATCHES } from '../adapters/hosts';
import { parseUrl, webUrl } from '../web-link';

/** storage.local key of the enabled sites: the source of truth the registrations follow. */
export const SITES_KEY = 'heard:sites';
/** Prefix of the ids of our registered content scripts (one registration per site). */
export const SCRIPT_ID_PREFIX = 'heard-site:';
/** The one content script file, the same the manifest declares for the helpdesks. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export interface Site {
  /** scheme://host, without a port: match patterns cannot name one, so a grant covers every port. */
  origin: string;
  /** The host match pattern asked for and registered: `${origin}/*`. */
  pattern: string;
  host: string;
}

/** Hosts where browsers never let an extension's scripts run: the extension stores. */
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** The site a page belongs to, or null when Heard can never run there (chrome://, about:, file:,
 * extension pages, the web stores, a bare IP in brackets…). */
export function siteOf(url: string | undefined | null): Site | null {
  const u = url ? webUrl(url) : null;
  if (!u) return null;
  const host = u.hostname.toLowerCase();
  if (!host || host.includes('[') || host.includes('*')) return null;
  if (STORE_HOSTS.includes(host)) return null;
  if (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) return null;
  const origin = `${u.protocol}//${host}`;
  return { origin, pattern: `${origin}/*`, host };
}

/** Parses an origin the UI sends back (scheme://host, nothing else). */
export function siteFromOrigin(origin: string): Site | null {
  const site = siteOf(`${origin}/`);
  return site && site.origin === origin ? site : null;
}

/** Whether a URL matches a manifest match pattern (scheme, host with an optional `*.`, path glob). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const u = parseUrl(url);
  if (!u) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  const h = u.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (h !== base && !h.endsWith(`.${base}`)) return false;
    } else if (h !== host) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(u.pathname + u.search);
}

/** Whether the manifest already runs Heard on this page (a supported helpdesk or the demo). */
export function isStaticallyMatched(url: string): boolean {
  return CONTENT_MATCHES.some((p) => matchesPattern(p, url));
}

export const StoredSiteSchema = z.strictObject({
  origin: z.string().max(300).refine((o) => siteFromOrigin(o) !== null, 'not an http(s) origin'),
  addedAt: z.number().int().nonnegative(),
});
export type StoredSite = z.infer<typeof StoredSiteSchema>;

export const StoredSitesSchema = z.strictObject({
  version: z.literal(1),
  sites: z.array(StoredSiteSchema).max(1000),
});
export type StoredSites = z.infer<typeof StoredSitesSchema>;

export type ParsedSites = { ok: true; sites: StoredSite[] } | { ok: false; error: string };

/** Reads the stored list; a missing value is an empty list, a malformed one an error naming the field. */
export function parseStoredSites(raw: unknown): ParsedSites {
  if (raw === undefined) return { ok: true, sites: [] };
  const parsed = StoredSitesSchema.safeParse(raw);
  if (parsed.success) return { ok: true, sites: parsed.data.sites };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length ? issue.path.join('.') : '(root)';
  return { ok: false, error: `stored sites: ${field}: ${issue?.message ?? 'invalid'}` };
}

export function storedSites(sites: StoredSite[]): StoredSites {
  const seen = new Set<string>();
  const unique = sites.filter((s) => !seen.has(s.origin) && seen.add(s.origin));
  return { version: 1, sites: unique.sort((a, b) => a.origin.localeCompare(b.origin)) };
}

export const scriptIdFor = (origin: string): string => `${SCRIPT_ID_PREFIX}${origin}`;
