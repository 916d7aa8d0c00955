// The background's pack store on fake-indexeddb: install, update with a diff, subscriptions and
// their refresh (fresh, 304, error, invalid: the installed version is kept), order, switches, the
// rep's limits on built-in and policy packs, and atomicity: an install that fails midway leaves
// the old version whole.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import type { FetchLike } from '@/lib/guidance/subscription';
import {
  BUILTIN_ID,
  followPackWrites,
  installPack,
  listPacks,
  listRules,
  movePack,
  packDiff,
  packText,
  packsInForce,
  refreshAll,
  refreshSubscription,
  reloadPacks,
  removePack,
  setPackEnabled,
  setPacksEnv,
  subscribe,
} from '@/entrypoints/background/packs';
import { enabledPacks, lintDraft } from '@/entrypoints/background/guidance';
import { PACKS_REV_KEY } from '@/lib/messaging';
import { generatePack } from '../fixtures/packs/generated';

// The English default pack as the only built-in one: the built-in language packs have their own
// tests (tests/unit/lang/builtin-packs.test.ts).
vi.mock('@/lib/lang/builtin-packs', () => ({ languagePacks: [] }));

const TEXT = readFileSync(resolve(import.meta.dirname, '../fixtures/packs/example-team-pack.json'), 'utf8');
const PACK = JSON.parse(TEXT) as Record<string, unknown> & { rules: Record<string, unknown>[]; version: string };
const URL_ = 'https://packs.example.org/team.json';
const T0 = Date.UTC(2026, 2, 3, 9, 0);

let db: HeardDB;
let clock: number;
let server: { body: string; etag: string; status: number; calls: RequestInit[]; fail?: Error };
let granted: boolean;

const fetchFake: FetchLike = async (url, init) => {
  server.calls.push(init);
  if (server.fail) throw server.fail;
  const h = (init.headers ?? {}) as Record<string, string>;
  if (h['if-none-match'] === server.etag) return withUrl(new Response(null, { status: 304 }), url);
  return withUrl(new Response(server.status === 200 ? server.body : 'error', { status: server.status, headers: { etag: server.etag } }), url);
};
function withUrl(r: Response, url: string): Response {
  Object.defineProperty(r, 'url', { value: url });
  return r;
}

beforeEach(async () => {
  db = new HeardDB(`packs-${crypto.randomUUID()}`);
  clock = T0;
  granted = true;
  server = { body: TEXT, etag: '"v1"', status: 200, calls: [] };
  setPacksEnv({ db: () => db, now: () => clock, fetch: fetchFake, hasOrigin: async () => granted });
  await reloadPacks();
});
afterEach(async () => {
  setPacksEnv(null);
  await db.delete();
});

const v2 = (): string => {
  const p = structuredClone(PACK);
  p.version = '2.2.0';
  p.changelog = '2.2.0: jargon rule retired, outage advice reworded, refunds added.';
  p.rules = p.rules.filter((r) => r.id !== 'jargon');
  p.rules.find((r) => r.id === 'outage-no-eta')!.advice = 'Say when the next update comes, even without a fix time.';
  p.rules.push({ ...structuredClone(PACK.rules[0]!), id: 'refund-words', title: 'Refund wording' });
  return JSON.stringify(p, null, 2);
};

test('fresh profile: the built-in pack only, in force, listed as built-in and not removable', () => {
  expect(listPacks()).toEqual([
    expect.objectContaining({ id: BUILTIN_ID, source: 'builtin', enabled: true, removable: false, switchable: true, hasDiff: false }),
  ]);
  expect(packsInForce().map((p) => p.id)).toEqual([BUILTIN_ID]);
});

test('install from a file: listed after the built-in pack, its rules in force and listed for the switches', async () => {
  const res = await installPack(TEXT, 'file');
  expect(res).toMatchObject({ ok: true, pack: { id: 'acme-broadband-team', version: '2.1.0', author: 'Priya N., team lead', source: 'file', ruleCount: 4, order: 1 } });
  expect(enabledPacks().map((p) => p.id)).toEqual([BUILTIN_ID, 'acme-broadband-team']);
  const hints = lintDraft({ draft: 'Call me on 07700 900123.', thread: [], site: 'demo', ticket: null, dismissed: new Set() }).hints;
  expect(hints.map((h) => h.ruleId)).toContain('personal-contact');
  expect(listRules().find((r) => r.id === 'acme-broadband-team/personal-contact')).toMatchObject({ locked: true, enabled: true });
  // The revision key moves (the background's own mark; "Delete all my data" clears it).
  expect((await fakeBrowser.storage.local.get(PACKS_REV_KEY))[PACKS_REV_KEY]).toBeGreaterThanOrEqual(T0);
  // A new worker reads the same back.
  await reloadPacks();
  expect(listPacks().map((p) => p.id)).toEqual([BUILTIN_ID, 'acme-broadband-team']);
});

test('an installed pack can be read back as JSON for the editor; an unknown id gives nothing', async () => {
  await installPack(TEXT, 'file');
  expect(JSON.parse((await packText('acme-broadband-team'))!)).toEqual(JSON.parse(TEXT));
  expect(JSON.parse((await packText(BUILTIN_ID))!).id).toBe(BUILTIN_ID);
  expect(await packText('nope')).toBeNull();
});

test('an update shows what changed; re-installing the same text changes nothing', async () => {
  await installPack(TEXT, 'file');
  clock += 1000;
  const res = await installPack(v2(), 'file');
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  expect(res.diff).toMatchObject({
    fromVersion: '2.1.0',
    toVersion: '2.2.0',
    added: [{ id: 'refund-words' }],
    removed: [{ id: 'jargon' }],
    changed: [{ id: 'outage-no-eta', fields: ['advice'] }],
    changelog: expect.stringMatching(/jargon rule retired/),
  });
  expect(await packDiff('acme-broadband-team')).toEqual(res.diff);
  expect(listPacks()[1]).toMatchObject({ version: '2.2.0', hasDiff: true, updatedAt: T0 + 1000 });
  const again = await installPack(v2(), 'file');
  expect(again).toMatchObject({ ok: true, unchanged: true });
  expect(listPacks()[1]!.updatedAt).toBe(T0 + 1000);
});

test('bad input installs nothing and names the field; what was installed stays', async () => {
  await installPack(TEXT, 'file');
  const bad = structuredClone(PACK);
  bad.version = '9.0.0';
  bad.rules[2]!.advice = '';
  expect(await installPack(JSON.stringify(bad), 'file')).toEqual({ ok: false, errors: [{ path: 'rules[2].advice', message: 'must not be empty' }] });
  expect(await installPack('{"schemaVersion": 3}', 'file')).toMatchObject({ ok: false, errors: [{ path: 'schemaVersion' }] });
  expect(await installPack('x'.repeat(1024 * 1024 + 1), 'file')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/larger than 1 MB/) }] });
  expect(await installPack(JSON.stringify({ ...PACK, id: BUILTIN_ID }), 'file')).toMatchObject({ ok: false, errors: [{ path: 'id' }] });
  expect(listPacks()[1]).toMatchObject({ version: '2.1.0' });
  expect((await db.packs.get('acme-broadband-team'))!.json).toBe(TEXT);
});

test('atomic: an install that throws after writing leaves the old version whole', async () => {
  await installPack(TEXT, 'file');
  const before = await db.packs.get('acme-broadband-team');
  const realPut = db.packs.put.bind(db.packs);
  const spy = vi.spyOn(db.packs, 'put').mockImplementation((async (row: Parameters<typeof realPut>[0], key?: string) => {
    await realPut(row, key); // the new version is written inside the transaction…
    throw new Error('worker stopped'); // …and the transaction dies before it commits
  }) as never);
  await expect(installPack(v2(), 'file')).rejects.toThrow('worker stopped');
  spy.mockRestore();
  expect(await db.packs.get('acme-broadband-team')).toEqual(before);
  await reloadPacks();
  expect(listPacks()[1]).toMatchObject({ version: '2.1.0', hasDiff: false });
  // And the next install works.
  expect((await installPack(v2(), 'file')).ok).toBe(true);
});

test('subscribe: needs the origin permission and https, stores the validators and the fetch result', async () => {
  granted = false;
  expect(await subscribe(URL_)).toMatchObject({ ok: false, errors: [{ path: 'url', message: expect.stringMatching(/not allowed to read https:\/\/packs\.example\.org/) }] });
  expect(await subscribe('http://packs.example.org/team.json')).toMatchObject({ ok: false, errors: [{ path: 'url', message: expect.stringMatching(/https/) }] });
  expect(server.calls).toHaveLength(0);
  granted = true;
  const res = await subscribe(URL_);
  expect(res).toMatchObject({ ok: true, pack: { source: 'url', url: URL_, lastFetch: { status: 'fresh', at: T0, message: 'Fetched version 2.1.0.' } } });
  expect(await db.packs.get('acme-broadband-team')).toMatchObject({ etag: '"v1"', url: URL_ });
  // A file with the same pack id can't silently replace a subscription.
  expect(await installPack(TEXT, 'file')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/already subscribed/) }] });
});

test('refresh: not modified, fresh with a diff, error and invalid keep the installed version', async () => {
  await subscribe(URL_);
  clock += 60_000;
  // 304: If-None-Match sent, "up to date" recorded.
  expect(await refreshSubscription('acme-broadband-team')).toMatchObject({ ok: true, lastFetch: { status: 'not-modified', message: 'Up to date.' } });
  expect((server.calls.at(-1)!.headers as Record<string, string>)['if-none-match']).toBe('"v1"');
  // Fresh: updated, with the diff.
  server.body = v2();
  server.etag = '"v2"';
  clock += 60_000;
  const fresh = await refreshSubscription('acme-broadband-team');
  expect(fresh).toMatchObject({ ok: true, lastFetch: { status: 'fresh' }, diff: { added: [{ id: 'refund-words' }], removed: [{ id: 'jargon' }] } });
  expect(listPacks()[1]).toMatchObject({ version: '2.2.0', hasDiff: true });
  expect(await db.packs.get('acme-broadband-team')).toMatchObject({ etag: '"v2"' });
  // Network error: kept, and why.
  server.fail = new TypeError('Failed to fetch');
  clock += 60_000;
  const err = await refreshSubscription('acme-broadband-team');
  expect(err).toMatchObject({ ok: false, lastFetch: { status: 'error', message: expect.stringMatching(/Could not reach/) } });
  expect(listPacks()[1]).toMatchObject({ version: '2.2.0', lastFetch: { status: 'error', at: clock } });
  // Invalid new version: kept, with the field path.
  delete server.fail;
  const bad = JSON.parse(v2());
  bad.version = '3.0.0';
  bad.rules[0].severity = 'loud';
  server.body = JSON.stringify(bad);
  server.etag = '"v3"';
  const inv = await refreshSubscription('acme-broadband-team');
  expect(inv).toMatchObject({ ok: false, lastFetch: { status: 'invalid', message: expect.stringMatching(/rules\[0\]\.severity/) } });
  expect(inv.errors?.[0]?.path).toBe('rules[0].severity');
  expect(listPacks()[1]).toMatchObject({ version: '2.2.0' });
  expect(await db.packs.get('acme-broadband-team')).toMatchObject({ etag: '"v2"' });
  // HTTP error.
  server.status = 500;
  server.etag = '"v4"';
  expect(await refreshSubscription('acme-broadband-team')).toMatchObject({ ok: false, lastFetch: { status: 'error', message: 'The server answered 500.' } });
  // A URL that starts serving another pack id is refused.
  server.status = 200;
  server.body = JSON.stringify({ ...JSON.parse(v2()), id: 'someone-else' });
  expect(await refreshSubscription('acme-broadband-team')).toMatchObject({ ok: false, lastFetch: { status: 'invalid', message: expect.stringMatching(/someone-else/) } });
  expect(enabledPacks().map((p) => `${p.id}@${p.version}`)).toEqual([`${BUILTIN_ID}@${enabledPacks()[0]!.version}`, 'acme-broadband-team@2.2.0']);
});

test('refreshAll refreshes every subscription and leaves file packs alone', async () => {
  await subscribe(URL_);
  const other = structuredClone(PACK);
  other.id = 'from-file';
  await installPack(JSON.stringify(other), 'file');
  server.calls = [];
  await refreshAll();
  expect(server.calls).toHaveLength(1);
});

test('order, switches and removal; built-in and policy packs are kept', async () => {
  await installPack(TEXT, 'file');
  expect((await movePack('acme-broadband-team', 'up')).ok).toBe(true);
  expect(listPacks().map((p) => p.id)).toEqual(['acme-broadband-team', BUILTIN_ID]);
  expect(enabledPacks().map((p) => p.id)).toEqual(['acme-broadband-team', BUILTIN_ID]);
  expect((await setPackEnabled(BUILTIN_ID, false)).ok).toBe(true);
  expect(enabledPacks().map((p) => p.id)).toEqual(['acme-broadband-team']);
  expect(await removePack(BUILTIN_ID)).toMatchObject({ ok: false, error: expect.stringMatching(/not removed/) });
  await reloadPacks();
  expect(listPacks().map((p) => [p.id, p.enabled])).toEqual([
    ['acme-broadband-team', true],
    [BUILTIN_ID, false],
  ]);

  const policy = structuredClone(PACK);
  policy.id = 'org-rules';
  expect((await installPack(JSON.stringify(policy), 'policy')).ok).toBe(true);
  expect(listPacks().find((p) => p.id === 'org-rules')).toMatchObject({ source: 'policy', removable: false, switchable: false });
  expect(await setPackEnabled('org-rules', false)).toMatchObject({ ok: false });
  expect(await removePack('org-rules')).toMatchObject({ ok: false });
  expect(await installPack(JSON.stringify(policy), 'file')).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/organisation/) }] });
  expect((await removePack('org-rules', { by: 'policy' })).ok).toBe(true);

  expect((await removePack('acme-broadband-team')).ok).toBe(true);
  expect(listPacks().map((p) => p.id)).toEqual([BUILTIN_ID]);
});

test('a damaged stored row is listed with why and not in force; the rest keeps working', async () => {
  await installPack(TEXT, 'file');
  await db.packs.put({ ...(await db.packs.get('acme-broadband-team'))!, id: 'broken', json: '{"schemaVersion":1}' });
  await reloadPacks();
  const broken = listPacks().find((p) => p.id === 'broken')!;
  expect(broken).toMatchObject({ enabled: false, removable: true, problem: expect.stringMatching(/no longer a valid pack/) });
  expect(enabledPacks().map((p) => p.id)).toEqual([BUILTIN_ID, 'acme-broadband-team']);
});

test('figures: installing a 1,000-rule pack', async () => {
  const big = JSON.stringify(generatePack(1000));
  const t0 = performance.now();
  const res = await installPack(big, 'file');
  const ms = performance.now() - t0;
  expect(res).toMatchObject({ ok: true, pack: { ruleCount: 1000 } });
  console.log(`install 1,000-rule pack (${(big.length / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms`);
});

test('a write to the packs table from another page (a backup restore) is followed', async () => {
  const stop = followPackWrites();
  try {
    await installPack(TEXT, 'file');
    const row = (await db.packs.get('acme-broadband-team'))!;
    // Another context's connection to the same database writes a second pack.
    const other = new HeardDB(db.name);
    await other.packs.put({ ...row, id: 'restored-pack', json: JSON.stringify({ ...PACK, id: 'restored-pack' }), order: 5 });
    other.close();
    await vi.waitFor(() => expect(enabledPacks().map((p) => p.id)).toContain('restored-pack'));
  } finally {
    stop();
  }
});
