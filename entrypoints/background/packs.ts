/**
 * Packs in the background: the installed packs (Dexie `packs` table), URL subscriptions and their
 * daily refresh, and the rep's per-rule switches.
 *
 * API for the rest of the background (policy.ts plugs the organisation's packs in through it):
 *   installPack(text | pack, source, meta?)  validate and install/update one pack in ONE transaction
 *                                           → { ok, pack, diff? } | { ok: false, errors[{path,message}] }
 *   subscribe(url, source = 'url')           fetch a pack URL and install it as a subscription
 *   refreshSubscription(id)                  conditional GET; a failed/invalid update keeps the
 *                                           installed version and records `lastFetch`
 *   refreshAll()                             every subscription (the daily alarm, REFRESH_ALARM)
 *   removePack(id, { by })                   by: 'rep' (refuses built-in and policy packs) | 'policy'
 *   setPackEnabled(id, enabled, { by })      the rep can't switch off a policy pack
 *   movePack(id, 'up' | 'down')
 *   setPersonalPacksAllowed(allowed)         policy `disallowPersonalPacks`: file/URL packs stop applying
 *   packsInForce()                           the enabled packs, in order (what guidance.ts compiles)
 *   listPacks(), packDiff(id), reloadPacks()
 *
 * Sources: 'builtin' (the default pack and the language packs of assets/packs, lib/lang/builtin-packs.ts:
 * can be switched off and moved, never removed; a row is written only once the rep changes it), 'file', 'url', 'policy' (installed and refreshed through
 * the same functions, never removed or switched off by the rep).
 *
 * Every write is one Dexie transaction with strict durability (HeardDB): a worker stopped
 * mid-install leaves the old version or the new one, never half. The compiled packs follow the
 * table: after our own writes, after a write from another extension page (a backup restore, seen
 * through Dexie's cross-context `storagemutated` event) and after "Delete all my data" (the
 * storage.local revision key disappears). Open options pages are told (push:changed { what: 'packs' }).
 */
import { browser } from 'wxt/browser';
import { Dexie } from 'dexie';
import {
  PACKS_REV_KEY,
  type HandlerTable,
  type InstallResult,
  type LastFetch,
  type OkResult,
  type PackDiff,
  type PackErrorMsg,
  type PackInfo,
  type RefreshResult,
  type RuleSummary,
} from '@/lib/messaging';
import { GUIDANCE_PREFS_KEY, guidancePrefsSetting } from '@/lib/guidance/prefs';
import { defaultPack } from '@/lib/guidance/default-pack';
import { parsePack, type Pack } from '@/lib/guidance/schema';
import { diffPacks, isEmptyDiff } from '@/lib/guidance/diff';
import { fetchPack, formatErrors, hostPattern, readPackText, type FetchLike } from '@/lib/guidance/subscription';
import { applyRuleLocks, packUrlProblem } from '@/lib/policy/schema';
import { packRow, type HeardDB, type PackRow } from '@/lib/db';
import { t } from '@/lib/i18n';
import { disabledRules, enabledPacks, setDisabledRules, setPacksInForce } from './guidance';
import { loadSuspended, suspendedRules } from './suspension';
import { pushChange } from './push';
import { getDb } from './db';
import { languagePacks } from '@/lib/lang/builtin-packs';
import { currentPolicy, policyReady } from './policy';
import { serialQueue } from '@/lib/serial';
import type { HandlerDeps } from './handlers';

export type PackSource = PackRow['source'];
export const REFRESH_ALARM = 'heard:packs-refresh';
export const REFRESH_PERIOD_MIN = 24 * 60;
export const BUILTIN_ID = defaultPack.id;
/** Every pack Heard ships, in force by default: the English default pack, then the language packs. */
export const BUILTIN_PACKS: readonly Pack[] = [defaultPack, ...languagePacks.filter((p) => p.id !== BUILTIN_ID)];
const builtinPack = (id: string): Pack | undefined => BUILTIN_PACKS.find((p) => p.id === id);
export const isBuiltinId = (id: string): boolean => builtinPack(id) !== undefined;

export interface PacksEnv {
  db(): HeardDB;
  now(): number;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Whether the rep let Heard read this host pattern (`hostPattern`, asked at run time by the options page). */
  hasOrigin(pattern: string): Promise<boolean>;
}

const defaultEnv: PacksEnv = {
  db: getDb,
  now: () => Date.now(),
  hasOrigin: async (pattern) => (await browser.permissions?.contains({ origins: [pattern] })) ?? false,
};
let env: PacksEnv = defaultEnv;
/** Tests: a database, a clock, a fake fetch. `null` restores the real ones. */
export function setPacksEnv(next: Partial<PacksEnv> | null): void {
  env = next ? { ...defaultEnv, ...next } : defaultEnv;
}

interface Entry {
  row: PackRow;
  pack: Pack | null;
  problem?: string;
}

const builtinRow = (now: number, id: string = BUILTIN_ID): PackRow => ({
  id,
  source: 'builtin',
  enabled: true,
  order: Math.max(0, BUILTIN_PACKS.findIndex((p) => p.id === id)),
  json: '',
  installedAt: now,
  updatedAt: now,
});

let entries: Entry[] = [];
let personalAllowed = true;
/** Parsed packs by id, reused while the stored text is the same (a reload must not re-validate 1 MB). */
const parseCache = new Map<string, { json: string; pack: Pack | null; problem?: string }>();

/**
 * The enabled packs, in order: what guidance.ts compiles. The browser policy (policy.ts) locks its
 * rules (the rep can't switch them off, no later pack overrides them) and may turn personal packs off.
 */
export function packsInForce(): Pack[] {
  const policy = currentPolicy();
  const personal = personalAllowed && !policy.disallowPersonalPacks;
  const list =
    entries.length === 0
      ? [...BUILTIN_PACKS]
      : entries.filter((e) => e.row.enabled && e.pack && (personal || (e.row.source !== 'file' && e.row.source !== 'url'))).map((e) => e.pack!);
  return applyRuleLocks(list, policy);
}

/** The packs in force with where each came from (site recipes name their source: background/recipes.ts). */
export function packsInForceWithSource(): { pack: Pack; source: PackSource }[] {
  const inForce = new Set(packsInForce().map((p) => p.id));
  const list = entries.length === 0 ? [{ row: builtinRow(0), pack: defaultPack }] : entries;
  return list.flatMap((e) => (e.pack && inForce.has(e.pack.id) ? [{ pack: e.pack, source: e.row.source }] : []));
}

export function setPersonalPacksAllowed(allowed: boolean): void {
  personalAllowed = allowed;
  setPacksInForce(packsInForce());
}

function entryOf(raw: unknown): Entry | null {
  const res = packRow.safeParse(raw);
  if (!res.success) {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !id) return null;
    const issue = res.error.issues[0];
    const row: PackRow = { ...builtinRow(946_684_800_000), id: id.slice(0, 200), source: 'file', enabled: false, order: Number.MAX_SAFE_INTEGER };
    return { row, pack: null, problem: t('packDamaged', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`) };
  }
  const row = res.data;
  // A built-in pack this version no longer ships: its row is kept (the rep's switch), unlisted.
  if (row.source === 'builtin') return builtinPack(row.id) ? { row, pack: builtinPack(row.id)! } : null;
  const cached = parseCache.get(row.id);
  if (cached && cached.json === row.json) return { row, pack: cached.pack, ...(cached.problem ? { problem: cached.problem } : {}) };
  const p = parsePack(row.json);
  const next = p.ok ? { json: row.json, pack: p.pack } : { json: row.json, pack: null, problem: t('packDamaged', formatErrors(p.errors, 2)) };
  parseCache.set(row.id, next);
  return { row, pack: next.pack, ...(next.problem ? { problem: next.problem } : {}) };
}

/** A stored pack's text parsed, from the cache when it is the same text (a 1,000-rule pack takes ~0.3 s). */
function parseStored(id: string, json: string): ReturnType<typeof parsePack> {
  const cached = parseCache.get(id);
  if (cached?.pack && cached.json === json) return { ok: true, pack: cached.pack };
  return parsePack(json);
}

/** Reads the table again and recompiles (cheap when nothing changed: parsed packs are cached). */
export async function reloadPacks(): Promise<void> {
  let rows: unknown[] = [];
  try {
    rows = await env.db().packs.toArray();
  } catch {
    // The database can't be opened: the built-in pack keeps guidance working.
  }
  const next = rows.map(entryOf).filter((e): e is Entry => e !== null);
  for (const p of BUILTIN_PACKS) if (!next.some((e) => e.row.id === p.id)) next.push({ row: builtinRow(env.now(), p.id), pack: p });
  next.sort((a, b) => a.row.order - b.row.order || a.row.id.localeCompare(b.row.id));
  entries = next;
  setPacksInForce(packsInForce());
}

let lastRev = 0;
/** The packs table was written elsewhere (a backup restore): reload, recompile, tell open pages. */
export const afterOutsideChange = (): Promise<void> => changed();
async function changed(): Promise<void> {
  await reloadPacks();
  lastRev = Math.max(env.now(), lastRev + 1);
  await browser.storage.local.set({ [PACKS_REV_KEY]: lastRev }).catch(() => {});
  pushChange('packs');
}

// Writes are serialised within this worker; each is also one transaction, so another context can
// never see (or leave) half of one.
const serial = serialQueue();

const fail = (path: string, message: string): { ok: false; errors: PackErrorMsg[] } => ({ ok: false, errors: [{ path, message }] });

export interface InstallMeta {
  url?: string;
  etag?: string;
  lastModified?: string;
  lastFetch?: LastFetch;
  /** A refresh: only update a pack that is still installed (the rep may have removed it meanwhile). */
  existingOnly?: boolean;
}

/**
 * Validates and installs (or updates) one pack. Nothing is written unless the pack is valid and
 * does not clash with a pack the rep can't replace; the write is one transaction.
 */
export async function installPack(input: string | Pack, source: Exclude<PackSource, 'builtin'>, meta: InstallMeta = {}): Promise<InstallResult> {
  const text = typeof input === 'string' ? input : JSON.stringify(input, null, 2);
  const res = readPackText(text);
  if (!res.ok) return { ok: false, errors: res.errors.slice(0, 50) };
  const pack = res.pack;
  if (isBuiltinId(pack.id)) return fail('id', t('packIdBuiltin', pack.id));
  // The browser policy may turn personal packs off (policy.ts): nothing new from a file or a URL.
  if (source !== 'policy' && !meta.existingOnly && currentPolicy().disallowPersonalPacks) return fail('', t('policyNoPersonalPacks'));
  return serial(async () => {
    const db = env.db();
    const now = env.now();
    const out = await db.transaction('rw', db.packs, async (): Promise<{ error: string } | { row: PackRow; diff?: PackDiff; unchanged: boolean }> => {
      const old = await db.packs.get(pack.id);
      if (!old && meta.existingOnly) return { error: t('packRemovedMeanwhile') };
      if (old?.source === 'policy' && source !== 'policy') return { error: t('packIdPolicy', pack.id) };
      if (old?.source === 'url' && source !== 'policy' && old.url !== meta.url) return { error: t('packIdSubscribed', [pack.id, old.url ?? '']) };
      const before = old?.json ? parseStored(old.id, old.json) : null;
      const diff = before?.ok ? diffPacks(before.pack, pack) : undefined;
      const unchanged = old?.json === text;
      const last = await db.packs.orderBy('order').last();
      const order = old?.order ?? Math.max(last ? last.order + 1 : 1, BUILTIN_PACKS.length);
      const row: PackRow = {
        id: pack.id,
        source,
        ...(meta.url ? { url: meta.url } : {}),
        ...(meta.etag ? { etag: meta.etag } : {}),
        ...(meta.lastModified ? { lastModified: meta.lastModified } : {}),
        ...(meta.lastFetch
          ? { lastFetchAt: meta.lastFetch.at, lastFetchStatus: meta.lastFetch.status, lastFetchResult: meta.lastFetch.message }
          : {}),
        enabled: source === 'policy' ? true : (old?.enabled ?? true),
        order,
        json: text,
        installedAt: old?.installedAt ?? now,
        updatedAt: unchanged && old ? old.updatedAt : now,
        ...(diff && !isEmptyDiff(diff) ? { lastDiff: diff } : old?.lastDiff && unchanged ? { lastDiff: old.lastDiff } : {}),
      };
      const valid = packRow.safeParse(row);
      if (!valid.success) return { error: formatErrors(valid.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))) };
      await db.packs.put(valid.data);
      return { row: valid.data, ...(diff && !isEmptyDiff(diff) ? { diff } : {}), unchanged };
    });
    if ('error' in out) return fail('id', out.error);
    // Already validated above: the reload need not parse it a third time.
    parseCache.set(pack.id, { json: text, pack });
    await changed();
    const info = listPacks().find((p) => p.id === pack.id)!;
    return { ok: true, pack: info, ...(out.diff ? { diff: out.diff } : {}), ...(out.unchanged ? { unchanged: true } : {}) };
  });
}

const originOf = (url: string): string => new URL(url).origin;

/** Fetches a pack URL and installs it as a subscription. The options page asked for the origin first. */
export async function subscribe(rawUrl: string, source: 'url' | 'policy' = 'url'): Promise<InstallResult> {
  const url = rawUrl.trim();
  if (packUrlProblem(url)) return fail('url', t('packUrlNotHttps', url.slice(0, 200)));
  if (source === 'url' && currentPolicy().disallowPersonalPacks) return fail('url', t('policyNoPersonalPacks'));
  const href = new URL(url).href;
  if (source === 'url' && !(await env.hasOrigin(hostPattern(href)))) return fail('url', t('packNoPermission', originOf(href)));
  const out = await fetchPack(href, {}, { ...(env.fetch ? { fetch: env.fetch } : {}), ...(env.timeoutMs ? { timeoutMs: env.timeoutMs } : {}) });
  if (out.kind === 'invalid') return { ok: false, errors: out.errors.slice(0, 50) };
  if (out.kind === 'error') return fail('url', out.message);
  if (out.kind === 'not-modified') return fail('url', t('packFetchStatus', '304 Not Modified'));
  return installPack(out.text, source, {
    url: href,
    ...(out.etag ? { etag: out.etag } : {}),
    ...(out.lastModified ? { lastModified: out.lastModified } : {}),
    lastFetch: { at: env.now(), status: 'fresh', message: t('packFetchFresh', out.pack.version) },
  });
}

/** Records a fetch result on a pack that stays as it is (and new validators when the server sent them). */
async function recordFetch(id: string, lastFetch: LastFetch, validators: { etag?: string; lastModified?: string } = {}): Promise<void> {
  await serial(async () => {
    const db = env.db();
    await db.transaction('rw', db.packs, async () => {
      const row = await db.packs.get(id);
      if (!row) return;
      await db.packs.put({
        ...row,
        ...validators,
        lastFetchAt: lastFetch.at,
        lastFetchStatus: lastFetch.status,
        lastFetchResult: lastFetch.message.slice(0, 2000),
      });
    });
    await changed();
  });
}

/** One conditional GET of a subscribed pack. Anything but a valid new version keeps what is installed. */
export async function refreshSubscription(id: string): Promise<RefreshResult> {
  const row = await env.db().packs.get(id);
  if (!row) return { ok: false, errors: [{ path: '', message: t('packNotFound', id) }] };
  if (!row.url) return { ok: false, errors: [{ path: '', message: t('packNotSubscribed') }] };
  const at = env.now();
  const keep = async (status: LastFetch['status'], message: string, errors?: PackErrorMsg[]): Promise<RefreshResult> => {
    const lastFetch: LastFetch = { at, status, message: message.slice(0, 2000) };
    await recordFetch(id, lastFetch);
    return { ok: status === 'not-modified', lastFetch, ...(errors ? { errors: errors.slice(0, 50) } : {}) };
  };
  if (row.source === 'url' && !(await env.hasOrigin(hostPattern(row.url)))) return keep('error', t('packNoPermission', originOf(row.url)));
  const out = await fetchPack(
    row.url,
    { ...(row.etag ? { etag: row.etag } : {}), ...(row.lastModified ? { lastModified: row.lastModified } : {}) },
    { ...(env.fetch ? { fetch: env.fetch } : {}), ...(env.timeoutMs ? { timeoutMs: env.timeoutMs } : {}) },
  );
  switch (out.kind) {
    case 'not-modified':
      return keep('not-modified', t('packUpToDate'));
    case 'error':
      return keep('error', out.message);
    case 'invalid':
      return keep('invalid', t('packUpdateInvalid', formatErrors(out.errors)), out.errors);
    case 'fresh': {
      if (out.pack.id !== id) return keep('invalid', t('packIdChanged', [out.pack.id, id]), [{ path: 'id', message: t('packIdChanged', [out.pack.id, id]) }]);
      const validators = { ...(out.etag ? { etag: out.etag } : {}), ...(out.lastModified ? { lastModified: out.lastModified } : {}) };
      if (out.text === row.json) {
        const lastFetch: LastFetch = { at, status: 'not-modified', message: t('packUpToDate') };
        await recordFetch(id, lastFetch, validators);
        return { ok: true, lastFetch };
      }
      const lastFetch: LastFetch = { at, status: 'fresh', message: t('packFetchFresh', out.pack.version) };
      const res = await installPack(out.text, row.source === 'policy' ? 'policy' : 'url', { url: row.url, ...validators, lastFetch, existingOnly: true });
      if (!res.ok) return keep('invalid', formatErrors(res.errors), res.errors);
      return { ok: true, lastFetch, ...(res.diff ? { diff: res.diff } : {}) };
    }
  }
}

/** Every subscription, one after the other (the daily alarm and "check all"). */
export async function refreshAll(): Promise<void> {
  const rows = await env.db().packs.toArray().catch(() => [] as PackRow[]);
  for (const r of rows) if (r.url) await refreshSubscription(r.id).catch(() => {});
}

type By = { by: 'rep' | 'policy' };

export async function removePack(id: string, { by }: By = { by: 'rep' }): Promise<OkResult> {
  if (isBuiltinId(id)) return { ok: false, error: t('packBuiltinKept') };
  return serial(async () => {
    const db = env.db();
    const error = await db.transaction('rw', db.packs, async () => {
      const row = await db.packs.get(id);
      if (!row) return t('packNotFound', id);
      if (row.source === 'policy' && by === 'rep') return t('packPolicyKept');
      await db.packs.delete(id);
      return null;
    });
    if (error) return { ok: false, error };
    parseCache.delete(id);
    await changed();
    return { ok: true };
  });
}

/** Applies `patch` to rows in one transaction; the built-in pack's row is written on its first change. */
async function patchRows(fn: (rows: PackRow[]) => string | PackRow[]): Promise<OkResult> {
  return serial(async () => {
    const db = env.db();
    const now = env.now();
    const error = await db.transaction('rw', db.packs, async () => {
      const rows = await db.packs.toArray();
      for (const p of BUILTIN_PACKS) if (!rows.some((r) => r.id === p.id)) rows.push(builtinRow(now, p.id));
      rows.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
      const out = fn(rows);
      if (typeof out === 'string') return out;
      for (const r of out) {
        if (r.source === 'builtin' && !(await db.packs.get(r.id))) await db.packs.put(r);
        else await db.packs.update(r.id, { enabled: r.enabled, order: r.order });
      }
      return null;
    });
    if (error) return { ok: false, error };
    await changed();
    return { ok: true };
  });
}

export function setPackEnabled(id: string, enabled: boolean, { by }: By = { by: 'rep' }): Promise<OkResult> {
  return patchRows((rows) => {
    const row = rows.find((r) => r.id === id);
    if (!row) return t('packNotFound', id);
    if (row.source === 'policy' && by === 'rep' && !enabled) return t('packPolicyKept');
    return [{ ...row, enabled }];
  });
}

export function movePack(id: string, direction: 'up' | 'down'): Promise<OkResult> {
  return patchRows((rows) => {
    const i = rows.findIndex((r) => r.id === id);
    if (i < 0) return t('packNotFound', id);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= rows.length) return [];
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    return rows.map((r, n) => ({ ...r, order: n }));
  });
}

/** The packs as the options page lists them, in order. */
export function listPacks(): PackInfo[] {
  const list = entries.length ? entries : BUILTIN_PACKS.map((p): Entry => ({ row: builtinRow(env.now(), p.id), pack: p }));
  return list.map(({ row, pack, problem }): PackInfo => ({
    id: row.id,
    name: pack?.name ?? row.id,
    version: pack?.version ?? '',
    author: pack?.author ?? '',
    source: row.source,
    ...(row.url ? { url: row.url } : {}),
    updated: pack?.updated ?? '',
    updatedAt: row.updatedAt,
    ruleCount: pack?.rules.length ?? 0,
    enabled: row.enabled && !!pack,
    order: row.order,
    removable: row.source === 'file' || row.source === 'url',
    switchable: row.source !== 'policy' && !!pack,
    ...(row.lastFetchAt && row.lastFetchStatus
      ? { lastFetch: { at: row.lastFetchAt, status: row.lastFetchStatus, message: row.lastFetchResult ?? '' } }
      : {}),
    hasDiff: !!row.lastDiff,
    ...(problem ? { problem } : {}),
  }));
}

/** An installed pack as pretty JSON (the built-in one from the code), or null when there is none. */
export async function packText(id: string): Promise<string | null> {
  const builtin = builtinPack(id);
  if (builtin) return JSON.stringify(builtin, null, 2);
  const row = await env.db().packs.get(id);
  const entry = row ? entryOf(row) : null;
  return entry?.pack ? JSON.stringify(entry.pack, null, 2) : null;
}

export async function packDiff(id: string): Promise<PackDiff | null> {
  const row = await env.db().packs.get(id);
  return row?.lastDiff ?? null;
}

/** The handler table of packs and rules: each waits until the packs are loaded (`ready`, registerPacks). */
export function packsHandlers(ready: Promise<void>) {
  return {
    async 'ui:rules:list'() {
      await ready;
      return listRules();
    },
    async 'ui:rules:set'({ id, enabled }) {
      await ready;
      return setRuleEnabled(id, enabled);
    },
    async 'ui:packs:list'() {
      await ready;
      return listPacks();
    },
    async 'ui:packs:install'({ text }) {
      await ready;
      return installPack(text, 'file');
    },
    async 'ui:packs:subscribe'({ url }) {
      await ready;
      return subscribe(url, 'url');
    },
    async 'ui:packs:refresh'({ id }) {
      await ready;
      return refreshSubscription(id);
    },
    async 'ui:packs:remove'({ id }) {
      await ready;
      return removePack(id, { by: 'rep' });
    },
    async 'ui:packs:enable'({ id, enabled }) {
      await ready;
      return setPackEnabled(id, enabled, { by: 'rep' });
    },
    async 'ui:packs:move'({ id, direction }) {
      await ready;
      return movePack(id, direction);
    },
    'ui:packs:diff': ({ id }) => packDiff(id),
    async 'ui:packs:get'({ id }) {
      await ready;
      const text = await packText(id);
      return text === null ? { ok: false as const } : { ok: true as const, text };
    },
  } satisfies HandlerTable;
}

/** Packs and the rep's rule switches, the refresh alarm, and the listeners that keep them current. */
export function registerPacks(): Promise<void> {
  // The policy is read first: the first compile already has its locked rules.
  const ready = Promise.all([loadPrefs(), loadSuspended(), policyReady().then(reloadPacks)]).then(() => {});
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (GUIDANCE_PREFS_KEY in changes) void loadPrefs();
    // "Delete all my data" cleared storage (and the database): back to the built-in pack.
    if (PACKS_REV_KEY in changes && changes[PACKS_REV_KEY]?.newValue !== lastRev) {
      void reloadPacks().then(() => pushChange('packs'));
      void ensureRefreshAlarm();
    }
  });
  followPackWrites();
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void ready.then(refreshAll);
  });
  void ensureRefreshAlarm();
  return ready;
}

/**
 * Reloads when another extension page writes the packs table (a backup restore): Dexie tells every
 * context of the extension's origin through a BroadcastChannel. Returns what stops it (tests).
 */
export function followPackWrites(): () => void {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const listener = (parts: Record<string, unknown>): void => {
    const prefix = `idb://${env.db().name}/packs/`;
    if (!Object.keys(parts).some((k) => k.startsWith(prefix))) return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      void reloadPacks();
    }, 50);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    Dexie.on('storagemutated').unsubscribe(listener);
    if (pending) clearTimeout(pending);
  };
}

/** The daily refresh alarm, set again at every wake if it is gone (a data wipe clears alarms). */
export async function ensureRefreshAlarm(): Promise<void> {
  try {
    if (await browser.alarms.get(REFRESH_ALARM)) return;
    await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: REFRESH_PERIOD_MIN, periodInMinutes: REFRESH_PERIOD_MIN });
  } catch {
    // No alarms API (a test page): refresh on demand only.
  }
}

/** Every rule of the packs in force, with whether it is on for this rep. */
export function listRules(): RuleSummary[] {
  const off = disabledRules();
  return enabledPacks().flatMap((pack) =>
    pack.rules.map((rule): RuleSummary => {
      const id = `${pack.id}/${rule.id}`;
      const locked = rule.locked ?? false;
      return {
        id,
        ruleId: rule.id,
        packId: pack.id,
        packName: pack.name,
        title: rule.title,
        severity: rule.severity,
        locked,
        enabled: locked || !(off.has(id) || off.has(rule.id)),
        ...(suspendedRules().has(id) ? { suspended: true } : {}),
      };
    }),
  );
}

export async function setRuleEnabled(id: string, enabled: boolean): Promise<{ ok: boolean; error?: string }> {
  const rule = listRules().find((r) => r.id === id);
  if (!rule) return { ok: false, error: `no rule ${id}` };
  if (rule.locked) return { ok: false, error: `${id} is locked by your organisation` };
  const next = new Set((await guidancePrefsSetting.get()).disabledRuleIds);
  if (enabled) next.delete(id);
  else next.add(id);
  await guidancePrefsSetting.set({ disabledRuleIds: [...next].sort() });
  setDisabledRules(next);
  return { ok: true };
}

export async function loadPrefs(): Promise<void> {
  // A malformed stored value keeps every rule on (nothing is silently switched off) and is
  // replaced by the rep's next change (guidancePrefsSetting).
  setDisabledRules(new Set((await guidancePrefsSetting.get()).disabledRuleIds));
}

/** This area's handler table, collected by handlers.ts. */
export const handlers = ({ packsReady }: HandlerDeps): HandlerTable => packsHandlers(packsReady);
