/**
 * Fetching a subscribed pack: one conditional GET, with every way it can go wrong turned into a
 * result the options page can show. Pure apart from the `fetch` passed in (tests pass a fake).
 *
 * - https only (http on loopback, for a local pack server and the tests): `packUrlProblem`;
 * - `If-None-Match` / `If-Modified-Since` from the last good fetch; a 304 is "not modified";
 * - no cookies (`credentials: 'omit'`), no HTTP cache (`cache: 'no-store'`);
 * - redirects are followed by hand (`redirect: 'manual'`) and only within the same origin: the
 *   permission the rep granted is for that origin, a redirect elsewhere is refused with a message
 *   saying where before any request reaches the other site;
 * - at most 1 MB, checked on Content-Length before reading and on the bytes read;
 * - gives up after 15 s.
 *
 * The caller keeps the installed version on anything but `fresh` (see entrypoints/background/packs.ts).
 */
import { plural, t } from '@/lib/i18n';
import { packUrlProblem } from '@/lib/policy/schema';
import { MAX_PACK_CHARS, SCHEMA_VERSION, parsePack, type Pack, type PackError } from './schema';

export const FETCH_TIMEOUT_MS = 15_000;
/** Same-origin redirects followed by hand, at most. */
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
/** A pack from outside is at most 1 MB: bytes on the wire or in the file (and so never more characters). */
export const MAX_PACK_BYTES = MAX_PACK_CHARS;

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: 'fresh'; pack: Pack; text: string; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'error'; message: string }
  | { kind: 'invalid'; errors: PackError[] };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface FetchOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
}

/** Parses pack text from outside (a file, a URL) with a clear word on schema versions. */
export function readPackText(text: string): { ok: true; pack: Pack } | { ok: false; errors: PackError[] } {
  const res = parsePack(text);
  if (res.ok) return res;
  const version = schemaVersionOf(text);
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    const message =
      version > SCHEMA_VERSION
        ? t('packSchemaNewer', [String(version), String(SCHEMA_VERSION)])
        : t('packSchemaUnknown', [String(version), String(SCHEMA_VERSION)]);
    return { ok: false, errors: [{ path: 'schemaVersion', message }] };
  }
  return res;
}

function schemaVersionOf(text: string): unknown {
  if (text.length > MAX_PACK_CHARS) return undefined;
  try {
    const raw: unknown = JSON.parse(text);
    return raw && typeof raw === 'object' ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  } catch {
    return undefined;
  }
}

export async function fetchPack(url: string, prev: Validators = {}, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const problem = packUrlProblem(url);
  if (problem) return { kind: 'error', message: t('packUrlNotHttps', url.slice(0, 200)) };
  const target = new URL(url);
  const doFetch: FetchLike = opts.fetch ?? ((input, init) => fetch(input, init));
  const controller = new AbortController();
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (prev.etag) headers['if-none-match'] = prev.etag;
    if (prev.lastModified) headers['if-modified-since'] = prev.lastModified;
    // Redirects by hand (`redirect: 'manual'`): a hop to another origin is refused before any
    // request goes there; same-origin hops are followed, at most MAX_REDIRECTS. A browser hides
    // where a manual redirect points (an opaque redirect): then nothing is followed at all.
    let res: Response;
    let current = url;
    for (let hop = 0; ; hop++) {
      try {
        res = await doFetch(current, {
          method: 'GET',
          headers,
          cache: 'no-store',
          credentials: 'omit',
          redirect: 'manual',
          referrerPolicy: 'no-referrer',
          signal: controller.signal,
        });
      } catch (e) {
        if (controller.signal.aborted) return { kind: 'error', message: plural('packFetchTimeout', Math.round(timeoutMs / 1000), [target.origin, String(Math.round(timeoutMs / 1000))]) };
        return { kind: 'error', message: t('packFetchUnreachable', [target.origin, errorText(e)]) };
      }
      if (res.type === 'opaqueredirect') {
        await res.body?.cancel().catch(() => {});
        return { kind: 'error', message: t('packFetchRedirect', [target.origin, '?']) };
      }
      if (!REDIRECT_STATUS.has(res.status)) break;
      await res.body?.cancel().catch(() => {});
      let next: URL | null = null;
      try {
        next = new URL(res.headers.get('location') ?? '', current);
      } catch {
        next = null;
      }
      if (!next || !res.headers.get('location') || next.origin !== target.origin || hop >= MAX_REDIRECTS) {
        return { kind: 'error', message: t('packFetchRedirect', [target.origin, next && res.headers.get('location') ? next.origin : '?']) };
      }
      current = next.href;
    }
    // Belt and braces: whatever fetch did, the answer must come from the origin the rep allowed.
    const finalUrl = res.url || current;
    let finalOrigin: string;
    try {
      finalOrigin = new URL(finalUrl).origin;
    } catch {
      finalOrigin = '';
    }
    if (finalOrigin && finalOrigin !== target.origin) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'error', message: t('packFetchRedirect', [target.origin, finalOrigin]) };
    }
    if (res.status === 304) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'not-modified' };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'error', message: t('packFetchStatus', `${res.status} ${res.statusText}`.trim()) };
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > MAX_PACK_BYTES) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'error', message: t('packTooLarge') };
    }
    const text = await readCapped(res, MAX_PACK_BYTES);
    if (text === null || text.length > MAX_PACK_CHARS) return { kind: 'error', message: t('packTooLarge') };
    const parsed = readPackText(text);
    if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
    const etag = res.headers.get('etag') ?? undefined;
    const lastModified = res.headers.get('last-modified') ?? undefined;
    return {
      kind: 'fresh',
      pack: parsed.pack,
      text,
      ...(etag ? { etag: etag.slice(0, 1000) } : {}),
      ...(lastModified ? { lastModified: lastModified.slice(0, 200) } : {}),
    };
  } catch (e) {
    if (controller.signal.aborted) return { kind: 'error', message: plural('packFetchTimeout', Math.round(timeoutMs / 1000), [target.origin, String(Math.round(timeoutMs / 1000))]) };
    return { kind: 'error', message: t('packFetchUnreachable', [target.origin, errorText(e)]) };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or null once it passes `maxBytes` (the rest is not read). */
async function readCapped(res: Response, maxBytes: number): Promise<string | null> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

function errorText(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.slice(0, 300);
}

/**
 * The host permission a subscription needs: the URL's scheme and host, any port (what the rep
 * grants and what chrome://extensions shows; Chrome's match patterns take no port).
 */
export function hostPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Errors as one line for a stored fetch result: `rules[2].advice: must not be empty; …`. */
export function formatErrors(errors: readonly PackError[], max = 5): string {
  const shown = errors.slice(0, max).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
  const more = errors.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (+${more})` : '');
}
