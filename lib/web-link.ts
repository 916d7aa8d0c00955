/** The URL `s` names, or null when it is not one. */
export function parseUrl(s: string, base?: string | URL): URL | null {
  try {
    return new URL(s, base);
  } catch {
    return null;
  }
}

/** The web (http, https) URL `s` names; null for anything else (javascript:, data:, file:, chrome:…). */
export function webUrl(s: string): URL | null {
  const u = parseUrl(s);
  return u && (u.protocol === 'https:' || u.protocol === 'http:') ? u : null;
}

/** Only web links (http, https) are opened or made clickable: a restored backup, a pack or a page
 * could carry anything (javascript:, data:, file:…). Returns the normalised href, or null. */
export function webLink(link: string): string | null {
  return webUrl(link)?.href ?? null;
}
