/**
 * Which conversation a page of an unknown (generic-mode) site is, from its whole address.
 *
 * Until this rule the key was host + path, so every ticket of a helpdesk whose tickets differ only
 * in the query (OTRS `index.pl?Action=AgentTicketZoom;TicketID=12`, osTicket `tickets.php?id=5`,
 * RT `Display.html?id=3`, Roundcube `?_task=mail&_uid=12`) was one conversation: a note typed on one
 * customer's ticket showed on the next. Now the key keeps the path, every query parameter except the
 * ones known to change only the view or to track the visit (utm_*, tab, page, sort, lang…), and a
 * hash that is a route (`#/tickets/9`, `#ticket/zoom/12`, `#!/…`, `#id=4`), not an in-page anchor.
 * Keeping an unknown parameter can split one ticket in two (its notes look missing on the other
 * view); dropping one could merge two customers. The first is the safe mistake.
 *
 * Runs in the background (the content script sends the address; its budget is tight).
 */
import { webUrl } from '../web-link';

export const ADDRESS_KEY_PREFIX = 'addr:';
/** Keys written before this rule (host + path, query and hash dropped). */
export const LEGACY_GENERIC_PREFIX = 'generic:';
const MAX_KEY = 480;

/** Parameter names that identify a record on the helpdesks we know the addresses of. */
const ID_NAMES = new Set([
  'id', 'ids', 'ticket', 'ticketid', 'ticket_id', 'ticketnumber', 'tid', 'issue', 'issue_id', 'issueid',
  'case', 'caseid', 'case_id', 'conversation', 'conversation_id', 'conversationid', 'thread', 'thread_id',
  'threadid', '_uid', 'uid', 'msgid', 'message', 'message_id', 'mid', 'record', 'recordid', 'sys_id',
  'number', 'request', 'request_id', 'requestid', 'incident', 'topic', 't', 'p', 'post', 'item', 'itemid',
  'key', 'ref_id', 'entry', 'doc', 'docid', 'chat', 'chat_id', 'contact', 'customer', 'customer_id', 'user',
]);
/** Parameters that change only how the page is shown, or track the visit: never part of the key. */
const VIEW_NAMES = new Set([
  'tab', 'page', 'pg', 'start', 'offset', 'limit', 'per_page', 'perpage', 'sort', 'sortby', 'sort_by',
  'order', 'orderby', 'dir', 'direction', 'view', 'lang', 'locale', 'hl', 'language', 'theme', 'mode',
  'layout', 'q', 'query', 'search', 'highlight', 'focus', 'scroll', 'anchor', 'ref', 'referrer', 'source',
  'from', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', '_ga', '_gl', 'yclid', 'igshid',
  '_', 'ts', 'timestamp', 'nocache', 'cache', 'rand', 'random', 'v', 'ver', 'sid', 'phpsessid', 'jsessionid',
  'token', '_token', 'csrf', 'csrf_token', 'challengetoken', 'session', 'sessionid', 'returnto', 'return_to',
  'redirect', 'next', 'back', 'expand', 'collapsed', 'preview', 'print', 'zoomexpand', 'subaction',
  '_refresh', '_framed', '_extwin', 'embed',
]);

/** A value that looks like a record id: a number, a key like ABC-123, a uuid, a long opaque token. */
function idLike(value: string): boolean {
  return (
    /^#?\d+$/.test(value) ||
    /^[A-Za-z][A-Za-z0-9]{0,9}-\d+$/.test(value) ||
    /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(value) ||
    (value.length >= 12 && /^[A-Za-z0-9_-]+$/.test(value) && /\d/.test(value))
  );
}

/** A path segment that names a record (…/issues/42, …/conversation/7, …/cnv_ab12cd34ef56). */
function pathHasId(path: string): boolean {
  return path.split('/').some((seg) => {
    try {
      return seg !== '' && idLike(decodeURIComponent(seg));
    } catch {
      return false;
    }
  });
}

function isViewName(lower: string): boolean {
  return VIEW_NAMES.has(lower) || lower.startsWith('utm_') || lower.startsWith('pk_') || lower.startsWith('mtm_');
}

/** `a=1&b=2;c=3` (OTRS separates with `;`) → kept pairs, sorted by name then value. */
function keptParams(query: string): { pairs: [string, string][]; identified: boolean } {
  const pairs: [string, string][] = [];
  let identified = false;
  for (const part of query.split(/[&;]/)) {
    if (!part) continue;
    const eq = part.indexOf('=');
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, ' '));
      value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      name = eq < 0 ? part : part.slice(0, eq);
      value = eq < 0 ? '' : part.slice(eq + 1);
    }
    const lower = name.toLowerCase();
    if (!name || isViewName(lower)) continue;
    pairs.push([name, value]);
    if ((ID_NAMES.has(lower) || lower.endsWith('id') || lower.endsWith('_uid')) && value !== '') identified = true;
    else if (idLike(value)) identified = true;
  }
  pairs.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
  return { pairs, identified };
}

export interface AddressIdentity {
  /** Conversation key: `addr:` host, path, kept query parameters (sorted), route hash. */
  key: string;
  /** True when the address names a record (an id in the path, query or hash route); else notes are per page. */
  identified: boolean;
  /** The key generic mode used before this rule (host + path), under which older rows stay. */
  legacyKey: string;
  /** What the rep reads for this ticket: "#12" from the identifying value, else host and path. */
  label: string;
}

/** 32-bit FNV-1a, hex: shortens an overlong address without two addresses sharing a key by accident of truncation. */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function encode(s: string): string {
  return encodeURIComponent(s).replace(/%2F/gi, '/');
}

/** The identity of the page at `href` on a generic-mode site; null when `href` is not an http(s) address. */
export function addressIdentity(href: string): AddressIdentity | null {
  const url = webUrl(href);
  if (!url) return null;
  const host = url.host.toLowerCase();
  const path = url.pathname;
  const query = keptParams(url.search.slice(1));
  // A hash is a route when it reads like a path or carries parameters; `#note-3` is an anchor.
  let hash = url.hash.slice(1);
  let hashParams: ReturnType<typeof keptParams> = { pairs: [], identified: false };
  let hashIdentified = false;
  if (/^!?\//.test(hash) || (hash.includes('/') && !hash.includes(' '))) {
    const q = hash.indexOf('?');
    if (q >= 0) {
      hashParams = keptParams(hash.slice(q + 1));
      hash = hash.slice(0, q);
    }
    hashIdentified = pathHasId(hash.replace(/^!/, ''));
  } else if (hash.includes('=')) {
    hashParams = keptParams(hash);
    hash = '';
  } else hash = '';
  const pathIdentified = pathHasId(path);

  let key = `${ADDRESS_KEY_PREFIX}${host}${path}`;
  if (query.pairs.length) key += `?${query.pairs.map(([n, v]) => `${encode(n)}=${encode(v)}`).join('&')}`;
  const hashPart = hash + (hashParams.pairs.length ? `?${hashParams.pairs.map(([n, v]) => `${encode(n)}=${encode(v)}`).join('&')}` : '');
  if (hashPart) key += `#${hashPart}`;
  if (key.length > MAX_KEY) key = `${key.slice(0, MAX_KEY - 18)}…~${fnv(key)}`;

  return {
    key,
    identified: query.identified || hashParams.identified || hashIdentified || pathIdentified,
    legacyKey: `${LEGACY_GENERIC_PREFIX}${url.host}${path}`.slice(0, 500),
    label: labelOf(query.pairs, hashParams.pairs, `${hash}`, path) ?? `${host}${path}`,
  };
}

/** "#12" for the value that names the record: an id parameter first, then the last numeric segment. */
function labelOf(query: [string, string][], hashQuery: [string, string][], hash: string, path: string): string | null {
  for (const [n, v] of [...query, ...hashQuery]) {
    const lower = n.toLowerCase();
    if ((ID_NAMES.has(lower) || lower.endsWith('id') || lower.endsWith('_uid')) && /^#?[A-Za-z0-9-]{1,24}$/.test(v) && /\d/.test(v)) {
      return `#${v.replace(/^#/, '')}`;
    }
  }
  for (const segs of [hash.split('/'), path.split('/')]) {
    for (let i = segs.length - 1; i >= 0; i--) {
      const s = segs[i]!;
      if (/^\d{1,12}$/.test(s) || /^[A-Za-z][A-Za-z0-9]{0,9}-\d+$/.test(s)) return `#${s}`;
    }
  }
  for (const [, v] of [...query, ...hashQuery]) if (/^\d{1,12}$/.test(v)) return `#${v}`;
  return null;
}

/** The label of a stored conversation key of an unknown site (callback lists): "#12", else host/path. */
export function addressKeyLabel(key: string): string | null {
  if (key.startsWith(ADDRESS_KEY_PREFIX)) {
    const id = addressIdentity(`http://${key.slice(ADDRESS_KEY_PREFIX.length).replace(/…~[0-9a-f]{8}$/, '')}`);
    return id?.label ?? null;
  }
  if (key.startsWith(LEGACY_GENERIC_PREFIX)) return key.slice(LEGACY_GENERIC_PREFIX.length);
  return null;
}

/** A generic-mode ticket as the content script sends it (its `link` is the page's address) → keyed by address. */
export function genericTicket<T extends { key: string; link: string }>(
  sent: T | null,
): (T & { perPage?: boolean; earlierKey: string; label: string }) | null {
  if (!sent) return null;
  const id = addressIdentity(sent.link);
  if (!id) return null;
  return { ...sent, key: id.key, earlierKey: id.legacyKey, label: id.label, ...(id.identified ? {} : { perPage: true }) };
}
