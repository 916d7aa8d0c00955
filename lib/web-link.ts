/** Only web links (http, https) are opened or made clickable: a restored backup, a pack or a page
 * could carry anything (javascript:, data:, file:…). Returns the normalised href, or null. */
export function webLink(link: string): string | null {
  try {
    const u = new URL(link);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
