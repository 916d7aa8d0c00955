// The language packs of assets/packs are built in (issue 15): every heard-<lang>.json file is bundled,
// in force by default beside the English pack, listed as built-in, can be switched off, never removed
// or replaced by a file; guidance runs only the packs covering the draft's language.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { HeardDB } from '@/lib/db';
import { languagePacks } from '@/lib/lang/builtin-packs';
import { packLangs } from '@/lib/lang/packs';
import { defaultPack } from '@/lib/guidance/default-pack';
import { parsePack } from '@/lib/guidance/schema';
import {
  BUILTIN_PACKS,
  installPack,
  listPacks,
  packText,
  packsInForce,
  reloadPacks,
  removePack,
  setPackEnabled,
  setPacksEnv,
} from '@/entrypoints/background/packs';
import { lintDraft } from '@/entrypoints/background/guidance';

const DIR = resolve(import.meta.dirname, '../../../assets/packs');
const FILES = readdirSync(DIR).filter((f) => /^heard-[a-z]{2,3}\.json$/.test(f));
const lint = (draft: string) => lintDraft({ draft, thread: [], site: 'demo', ticket: null, dismissed: new Set() });

let db: HeardDB;
beforeEach(async () => {
  db = new HeardDB(`builtin-${crypto.randomUUID()}`);
  setPacksEnv({ db: () => db, now: () => Date.UTC(2026, 11, 6), hasOrigin: async () => true });
  await reloadPacks();
});
afterEach(async () => {
  setPacksEnv(null);
  await db.delete();
});

test('every assets/packs/heard-<lang>.json is a valid pack (checked here, not at every worker start) and a built-in pack for its language', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(1);
  for (const f of FILES) {
    const res = parsePack(readFileSync(resolve(DIR, f), 'utf8'));
    expect(res.ok ? [] : res.errors, f).toEqual([]);
    // What the background bundles is the file as it is: the same pack as parsed.
    if (res.ok) expect(languagePacks.find((p) => `${p.id}.json` === f), f).toEqual(res.pack);
  }
  expect(languagePacks.map((p) => `${p.id}.json`).sort()).toEqual([...FILES].sort());
  for (const p of languagePacks) expect(packLangs(p)).toContain(p.id.replace(/^heard-/, ''));
  expect(BUILTIN_PACKS.map((p) => p.id)).toEqual([defaultPack.id, ...languagePacks.map((p) => p.id)]);
});

test('fresh profile: every built-in pack in force and listed as built-in, switchable, not removable', () => {
  expect(packsInForce().map((p) => p.id)).toEqual(BUILTIN_PACKS.map((p) => p.id));
  for (const p of BUILTIN_PACKS) {
    expect(listPacks().find((x) => x.id === p.id)).toMatchObject({ source: 'builtin', enabled: true, removable: false, switchable: true });
  }
});

test('a Spanish draft gets the built-in Spanish rules only; switched off, no hints and the state says so; English untouched', async () => {
  const draft = 'No sé qué pasó con su pedido. Cálmese, por favor.';
  const on = lint(draft);
  expect(on.hints.length).toBeGreaterThan(0);
  expect(new Set(on.hints.map((h) => h.packId))).toEqual(new Set(['heard-es']));
  expect(on.lang).toMatchObject({ draft: 'es', guidance: true });

  expect((await setPackEnabled('heard-es', false)).ok).toBe(true);
  const off = lint(draft);
  expect(off.hints).toEqual([]);
  expect(off.lang).toMatchObject({ draft: 'es', guidance: false });
  expect(lint("I don't know what happened to your order.").hints.map((h) => `${h.packId}/${h.ruleId}`)).toEqual(['heard-default/dont-know']);
  // The switch is kept: a new worker reads it back.
  await reloadPacks();
  expect(listPacks().find((p) => p.id === 'heard-es')).toMatchObject({ enabled: false, source: 'builtin' });
  expect((await setPackEnabled('heard-es', true)).ok).toBe(true);
  expect(lint(draft).hints.length).toBeGreaterThan(0);
});

test('a built-in language pack is never removed nor replaced by a file; its text reads back; a new file pack goes after the built-ins', async () => {
  const es = languagePacks.find((p) => p.id === 'heard-es')!;
  expect(await removePack('heard-es')).toMatchObject({ ok: false });
  expect(await installPack(JSON.stringify({ ...es, version: '9.0.0' }), 'file')).toMatchObject({ ok: false, errors: [{ path: 'id' }] });
  expect(JSON.parse((await packText('heard-es'))!).id).toBe('heard-es');
  const res = await installPack(JSON.stringify({ ...es, id: 'team-es', name: 'Team ES' }), 'file');
  expect(res.ok).toBe(true);
  expect(listPacks().map((p) => p.id)).toEqual([...BUILTIN_PACKS.map((p) => p.id), 'team-es']);
});
