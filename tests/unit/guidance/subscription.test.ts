// Fetching a subscribed pack with a fake fetch: fresh, 304, network error, invalid JSON, wrong
// schemaVersion, over 1 MB (declared and streamed), non-https, redirects, timeout.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { fetchPack, formatErrors, readPackText, MAX_REDIRECTS, type FetchLike } from '@/lib/guidance/subscription';

const PACK = readFileSync(resolve(import.meta.dirname, '../../fixtures/packs/example-team-pack.json'), 'utf8');
const URL_ = 'https://packs.example.org/team.json';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake fetch answering with `make`, recording what was asked. */
function fake(make: (url: string, init: RequestInit) => Response | Promise<Response>): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      return make(url, init);
    },
  };
}

/** A Response whose `url` is where the (followed) redirects ended. */
function responseAt(url: string, body: BodyInit | null, init: ResponseInit = {}): Response {
  const r = new Response(body, init);
  Object.defineProperty(r, 'url', { value: url });
  return r;
}

test('fresh: the pack, its ETag and Last-Modified; no cookies, no cache, validators sent when known', async () => {
  const f = fake((url) => responseAt(url, PACK, { status: 200, headers: { etag: '"v2"', 'last-modified': 'Tue, 20 May 2025 10:00:00 GMT' } }));
  const out = await fetchPack(URL_, { etag: '"v1"', lastModified: 'Mon, 19 May 2025 10:00:00 GMT' }, { fetch: f.fetch });
  expect(out).toMatchObject({ kind: 'fresh', etag: '"v2"', lastModified: 'Tue, 20 May 2025 10:00:00 GMT' });
  if (out.kind === 'fresh') expect(out.pack.id).toBe('acme-broadband-team');
  const { init } = f.calls[0]!;
  expect(init).toMatchObject({ cache: 'no-store', credentials: 'omit', method: 'GET' });
  expect(init.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 19 May 2025 10:00:00 GMT' });
  expect(init.signal).toBeInstanceOf(AbortSignal);
});

test('not modified: a 304 keeps what is installed', async () => {
  const f = fake((url) => responseAt(url, null, { status: 304 }));
  expect(await fetchPack(URL_, { etag: '"v1"' }, { fetch: f.fetch })).toEqual({ kind: 'not-modified' });
});

test('network error and HTTP errors say what happened', async () => {
  const down = fake(() => Promise.reject(new TypeError('Failed to fetch')));
  const out = await fetchPack(URL_, {}, { fetch: down.fetch });
  expect(out.kind).toBe('error');
  if (out.kind === 'error') expect(out.message).toMatch(/Could not reach https:\/\/packs\.example\.org \(Failed to fetch\)/);
  const missing = fake((url) => responseAt(url, 'nope', { status: 404, statusText: 'Not Found' }));
  expect(await fetchPack(URL_, {}, { fetch: missing.fetch })).toEqual({ kind: 'error', message: 'The server answered 404 Not Found.' });
});

test('invalid: not JSON, a field error with its path, a wrong schemaVersion', async () => {
  const notJson = fake((url) => responseAt(url, '<html>login</html>', { status: 200 }));
  const a = await fetchPack(URL_, {}, { fetch: notJson.fetch });
  expect(a.kind).toBe('invalid');
  if (a.kind === 'invalid') expect(a.errors[0]!.message).toMatch(/not valid JSON/);

  const p = JSON.parse(PACK);
  p.rules[2].advice = '';
  const bad = fake((url) => responseAt(url, JSON.stringify(p), { status: 200 }));
  const b = await fetchPack(URL_, {}, { fetch: bad.fetch });
  expect(b).toEqual({ kind: 'invalid', errors: [{ path: 'rules[2].advice', message: 'must not be empty' }] });
  if (b.kind === 'invalid') expect(formatErrors(b.errors)).toBe('rules[2].advice: must not be empty');

  const newer = fake((url) => responseAt(url, JSON.stringify({ ...JSON.parse(PACK), schemaVersion: 2 }), { status: 200 }));
  const c = await fetchPack(URL_, {}, { fetch: newer.fetch });
  expect(c.kind).toBe('invalid');
  if (c.kind === 'invalid') expect(c.errors).toEqual([{ path: 'schemaVersion', message: expect.stringMatching(/newer Heard \(schemaVersion 2\).*reads schemaVersion 1/) }]);
  expect(readPackText(JSON.stringify({ ...JSON.parse(PACK), schemaVersion: 0 }))).toMatchObject({ ok: false, errors: [{ path: 'schemaVersion', message: expect.stringMatching(/not a pack format/) }] });
});

test('over 1 MB: refused on Content-Length before reading, and on the bytes read when it lies or is absent', async () => {
  const big = 'x'.repeat(1024 * 1024 + 10);
  let pulled = 0;
  const declared = fake((url) => {
    const stream = new ReadableStream({
      pull(c) {
        pulled++;
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    return responseAt(url, stream, { status: 200, headers: { 'content-length': String(big.length) } });
  });
  expect(await fetchPack(URL_, {}, { fetch: declared.fetch })).toEqual({ kind: 'error', message: expect.stringMatching(/larger than 1 MB/) });
  // Streamed without a length: reading stops once it passes the limit.
  let chunks = 0;
  const endless = fake((url) =>
    responseAt(
      url,
      new ReadableStream({
        pull(c) {
          chunks++;
          c.enqueue(new Uint8Array(64 * 1024).fill(32));
        },
      }),
      { status: 200 },
    ),
  );
  expect(await fetchPack(URL_, {}, { fetch: endless.fetch })).toEqual({ kind: 'error', message: expect.stringMatching(/larger than 1 MB/) });
  expect(chunks).toBeLessThan(20);
  expect(pulled).toBeLessThanOrEqual(1);
});

test('non-https URLs are refused without a request; http on loopback is allowed', async () => {
  const f = fake((url) => responseAt(url, PACK, { status: 200 }));
  for (const bad of ['http://packs.example.org/team.json', 'ftp://x/y', 'file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
    const out = await fetchPack(bad, {}, { fetch: f.fetch });
    expect(out.kind, bad).toBe('error');
    if (out.kind === 'error') expect(out.message).toMatch(/not an https:\/\/ address/);
  }
  expect(f.calls).toHaveLength(0);
  expect((await fetchPack('http://127.0.0.1:8123/p.json', {}, { fetch: f.fetch })).kind).toBe('fresh');
});

test('redirects are followed by hand: another origin is refused before any request reaches it; same-origin hops are followed', async () => {
  const hop = (to: string) => new Response(null, { status: 302, headers: { location: to } });
  // Cross-origin: refused at the 302, the other site is never asked.
  const away = fake((url) => (url === URL_ ? hop('https://evil.example.com/p.json') : responseAt(url, PACK, { status: 200 })));
  const out = await fetchPack(URL_, {}, { fetch: away.fetch });
  expect(out).toEqual({ kind: 'error', message: expect.stringMatching(/https:\/\/packs\.example\.org redirected .*https:\/\/evil\.example\.com/) });
  expect(away.calls.map((c) => c.url)).toEqual([URL_]);
  expect(away.calls[0]!.init.redirect).toBe('manual');
  // Same origin, relative Location, two hops: followed with the same safe options.
  const same = fake((url) =>
    url === URL_ ? hop('/v2/team.json') : url === 'https://packs.example.org/v2/team.json' ? hop('https://packs.example.org/v3/team.json') : responseAt(url, PACK, { status: 200 }),
  );
  expect((await fetchPack(URL_, { etag: '"v1"' }, { fetch: same.fetch })).kind).toBe('fresh');
  expect(same.calls.map((c) => c.url)).toEqual([URL_, 'https://packs.example.org/v2/team.json', 'https://packs.example.org/v3/team.json']);
  for (const c of same.calls) expect(c.init).toMatchObject({ redirect: 'manual', credentials: 'omit', cache: 'no-store', headers: { 'if-none-match': '"v1"' } });
  // A downgrade to http is another origin.
  const upgrade = fake((url) => (url === URL_ ? hop('http://packs.example.org/team.json') : responseAt(url, PACK, { status: 200 })));
  expect((await fetchPack(URL_, {}, { fetch: upgrade.fetch })).kind).toBe('error');
  expect(upgrade.calls).toHaveLength(1);
  // A loop stops after MAX_REDIRECTS same-origin hops.
  const loop = fake(() => hop('/again'));
  expect((await fetchPack(URL_, {}, { fetch: loop.fetch })).kind).toBe('error');
  expect(loop.calls.length).toBe(MAX_REDIRECTS + 1);
  // A browser hides a manual redirect's target (opaque redirect): nothing is followed.
  const opaque = fake(() => {
    const r = new Response(null, { status: 200 });
    Object.defineProperty(r, 'type', { value: 'opaqueredirect' });
    return r;
  });
  expect(await fetchPack(URL_, {}, { fetch: opaque.fetch })).toEqual({ kind: 'error', message: expect.stringMatching(/redirected/) });
  expect(opaque.calls).toHaveLength(1);
  // A fetch that followed anyway and ended elsewhere is still refused.
  const followed = fake(() => responseAt('https://evil.example.com/p.json', PACK, { status: 200 }));
  expect((await fetchPack(URL_, {}, { fetch: followed.fetch })).kind).toBe('error');
});

test('gives up after the timeout', async () => {
  const hang = fake(
    (_url, init) =>
      new Promise<Response>((_ok, fail) => {
        init.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError')));
      }),
  );
  const out = await fetchPack(URL_, {}, { fetch: hang.fetch, timeoutMs: 30 });
  expect(out).toEqual({ kind: 'error', message: expect.stringMatching(/did not answer within 0 seconds/) });
});
