// The policy's packs and locks applied to the background's pack store (fake-indexeddb, fake fetch):
// inline packs and URL subscriptions installed with source 'policy' that the rep can't remove or
// switch off, removed when the policy drops them, rewritten only when they change; locked rules
// stay on and can't be switched off; "no personal packs" stops file/URL packs applying; a URL that
// fails is named and changes nothing installed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeardDB } from '@/lib/db';
import type { FetchLike } from '@/lib/guidance/subscription';
import {
  installPack,
  listPacks,
  listRules,
  loadPrefs,
  packsInForce,
  reloadPacks,
  removePack,
  setPackEnabled,
  setPacksEnv,
  setPersonalPacksAllowed,
  setRuleEnabled,
  subscribe,
} from '@/entrypoints/background/packs';
import { lintDraft } from '@/entrypoints/background/guidance';
import { loadPolicy, resetPolicyForTests, statusOf, policyReady } from '@/entrypoints/background/policy';
import { applyPolicyPacks, registerPolicyPacks } from '@/entrypoints/background/policy-packs';
import { PACKS_REV_KEY } from '@/lib/messaging';

// The English default pack as the only built-in one (the language packs: tests/unit/lang/builtin-packs.test.ts).
vi.mock('@/lib/lang/builtin-packs', () => ({ languagePacks: [] }));

const TEXT = readFileSync(resolve(import.meta.dirname, '../../fixtures/packs/example-team-pack.json'), 'utf8');
const PACK = JSON.parse(TEXT) as Record<string, unknown> & { id: string; version: string };
const URL_ = 'https://packs.example.org/policy.json';
const URL_PACK = { ...PACK, id: 'from-url', name: 'From a URL' };

let db: HeardDB;
let served: { body: string; fail?: Error; calls: number };
const fetchFake: FetchLike = async (url) => {
  served.calls++;
  if (served.fail) throw served.fail;
  const r = new Response(served.body, { status: 200, headers: { etag: '"1"' } });
  Object.defineProperty(r, 'url', { value: url });
  return r;
};

beforeEach(async () => {
  resetPolicyForTests();
  db = new HeardDB(`policy-packs-${crypto.randomUUID()}`);
  served = { body: JSON.stringify(URL_PACK), calls: 0 };
  // The rep granted no origin: policy URLs don't ask.
  setPacksEnv({ db: () => db, now: () => Date.UTC(2026, 2, 3, 9), fetch: fetchFake, hasOrigin: async () => false });
  setPersonalPacksAllowed(true);
  await loadPrefs();
  await reloadPacks();
});
afterEach(async () => {
  setPacksEnv(null);
  await db.delete();
});

async function applyPolicy(p: Record<string, unknown>, opts: { problems?: boolean } = {}) {
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(p);
  const { policy, problems } = await loadPolicy();
  if (!opts.problems) expect(problems).toEqual([]);
  return applyPolicyPacks(policy, problems);
}

const policyRows = () => listPacks().filter((p) => p.source === 'policy');

test("inline and URL packs are installed as the organisation's; the rep can't remove or switch them off", async () => {
  expect(await applyPolicy({ packs: [TEXT], packUrls: [URL_] })).toEqual([]);
  expect(policyRows().map((p) => [p.id, p.removable, p.switchable, p.enabled])).toEqual([
    ['acme-broadband-team', false, false, true],
    ['from-url', false, false, true],
  ]);
  expect(listPacks().find((p) => p.id === 'from-url')!.url).toBe(URL_);
  expect(await removePack('acme-broadband-team', { by: 'rep' })).toMatchObject({ ok: false });
  expect(await setPackEnabled('from-url', false, { by: 'rep' })).toMatchObject({ ok: false });
  expect(packsInForce().map((p) => p.id)).toEqual(['heard-default', 'acme-broadband-team', 'from-url']);
  // A rule of the policy packs fires (the later pack's rule of the same id replaces the earlier one's).
  const { hints } = lintDraft({ draft: 'Your SNR is low.', thread: [], site: 'demo', ticket: null, dismissed: new Set() });
  expect(hints.map((h) => `${h.packId}/${h.ruleId}`)).toContain('from-url/jargon');
});

test('applying the same policy again rewrites nothing and fetches nothing', async () => {
  await applyPolicy({ packs: [TEXT], packUrls: [URL_] });
  const rev = (await fakeBrowser.storage.local.get(PACKS_REV_KEY))[PACKS_REV_KEY];
  const calls = served.calls;
  expect(await applyPolicyPacks((await policyReady()).policy)).toEqual([]);
  expect((await fakeBrowser.storage.local.get(PACKS_REV_KEY))[PACKS_REV_KEY]).toBe(rev);
  expect(served.calls).toBe(calls);
});

test('a changed inline pack is updated; packs the policy no longer names are removed; personal packs stay', async () => {
  expect(await installPack({ ...PACK, id: 'my-own' } as never, 'file')).toMatchObject({ ok: true });
  await applyPolicy({ packs: [TEXT], packUrls: [URL_] });
  await applyPolicy({ packs: [JSON.stringify({ ...PACK, version: '2.2.0' })] });
  expect(policyRows().map((p) => [p.id, p.version])).toEqual([['acme-broadband-team', '2.2.0']]);
  await applyPolicy({});
  expect(policyRows()).toEqual([]);
  expect(listPacks().map((p) => p.id)).toEqual(['heard-default', 'my-own']);
});

test('a policy URL that fails is named, and what was installed stays', async () => {
  await applyPolicy({ packs: [TEXT] });
  served.fail = new TypeError('Failed to fetch');
  const problems = await applyPolicy({ packs: [TEXT], packUrls: [URL_] });
  expect(problems).toEqual([{ path: 'packUrls[0]', message: expect.stringContaining('packs.example.org') }]);
  expect(policyRows().map((p) => p.id)).toEqual(['acme-broadband-team']);
});

test('a policy URL serving something that is not a pack is named with the field inside it', async () => {
  served.body = JSON.stringify({ ...URL_PACK, version: 'two' });
  const problems = await applyPolicy({ packUrls: [URL_] });
  expect(problems[0]).toMatchObject({ path: 'packUrls[0]' });
  expect(policyRows()).toEqual([]);
});

test("a pack the rep installed from a file under the same id is taken over by the organisation's", async () => {
  expect(await installPack(TEXT, 'file')).toMatchObject({ ok: true });
  await applyPolicy({ packs: [TEXT] });
  expect(listPacks().find((p) => p.id === 'acme-broadband-team')!.source).toBe('policy');
});

test('locked rules: shown locked, on even when the rep switched them off, and the switch is refused', async () => {
  expect(await setRuleEnabled('heard-default/dont-know', false)).toEqual({ ok: true });
  expect(listRules().find((r) => r.id === 'heard-default/dont-know')).toMatchObject({ locked: false, enabled: false });
  await applyPolicy({ lockedRules: ['heard-default/dont-know', 'jargon'], packs: [TEXT] });
  const rules = listRules();
  expect(rules.find((r) => r.id === 'heard-default/dont-know')).toMatchObject({ locked: true, enabled: true });
  expect(rules.find((r) => r.id === 'acme-broadband-team/jargon')).toMatchObject({ locked: true, enabled: true });
  expect(rules.find((r) => r.id === 'acme-broadband-team/outage-no-eta')).toMatchObject({ locked: false });
  expect(await setRuleEnabled('heard-default/dont-know', false)).toMatchObject({ ok: false, error: expect.stringContaining('locked') });
  const { hints } = lintDraft({ draft: "I don't know what happened to your order.", thread: [], site: 'demo', ticket: null, dismissed: new Set() });
  expect(hints.map((h) => h.ruleId)).toContain('dont-know');
  // Lifted: the rep's own switch applies again.
  await applyPolicy({});
  expect(listRules().find((r) => r.id === 'heard-default/dont-know')).toMatchObject({ locked: false, enabled: false });
});

test('no personal packs: file and URL packs stop applying (kept installed); the policy lifted, they apply again', async () => {
  expect(await installPack({ ...PACK, id: 'my-own' } as never, 'file')).toMatchObject({ ok: true });
  expect(packsInForce().map((p) => p.id)).toContain('my-own');
  await applyPolicy({ disallowPersonalPacks: true, packs: [JSON.stringify({ ...PACK, id: 'team-pack' })] });
  expect(packsInForce().map((p) => p.id)).toEqual(['heard-default', 'team-pack']);
  expect(listPacks().map((p) => p.id)).toContain('my-own');
  await applyPolicy({});
  expect(packsInForce().map((p) => p.id)).toEqual(['heard-default', 'my-own']);
});

test('registered: applied once the packs are loaded, and again when the policy changes; failures reach the status', async () => {
  await fakeBrowser.storage.managed.set({ packs: [TEXT] });
  await registerPolicyPacks(Promise.resolve());
  expect(policyRows().map((p) => p.id)).toEqual(['acme-broadband-team']);
  served.fail = new TypeError('Failed to fetch');
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set({ packUrls: [URL_] });
  await loadPolicy();
  const status = async () => statusOf(await policyReady());
  await vi.waitFor(async () => expect((await status()).problems).toEqual([{ path: 'packUrls[0]', message: expect.stringContaining('packs.example.org') }]));
  // The inline pack the policy dropped is gone.
  expect(policyRows()).toEqual([]);
});

test('no personal packs: the background itself refuses a new pack from a file or an address', async () => {
  await applyPolicy({ disallowPersonalPacks: true });
  expect(await installPack(TEXT, 'file')).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/turned off by your organisation/) }] });
  expect(await subscribe(URL_, 'url')).toEqual({ ok: false, errors: [{ path: 'url', message: expect.stringMatching(/turned off by your organisation/) }] });
  expect(served.calls).toBe(0);
  expect(listPacks().map((p) => p.id)).toEqual(['heard-default']);
});

test('a broken pack or URL in a changed policy: what the policy installed before stays', async () => {
  await applyPolicy({ packs: [TEXT], packUrls: [URL_] });
  const broken = JSON.stringify({ ...PACK, version: 'two' });
  expect(await applyPolicy({ packs: [broken], packUrls: ['not a url'] }, { problems: true })).toEqual([]);
  expect(policyRows().map((p) => [p.id, p.version])).toEqual([
    ['acme-broadband-team', '2.1.0'],
    ['from-url', '2.1.0'],
  ]);
  // Fixed policy without them: removed.
  await applyPolicy({});
  expect(policyRows()).toEqual([]);
});
