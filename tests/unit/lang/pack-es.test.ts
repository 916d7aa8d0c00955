import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { runPackTests } from '@/lib/guidance/engine';
import { parsePack, type Pack } from '@/lib/guidance/schema';
import { defaultPack } from '@/lib/guidance/default-pack';
import { lintDraft, setPacksInForce } from '@/entrypoints/background/guidance';

const TEXT = readFileSync(resolve(import.meta.dirname, '../../../assets/packs/heard-es.json'), 'utf8');
const parsed = parsePack(TEXT);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const es: Pack = parsed.pack;
const lint = (draft: string) => lintDraft({ draft, thread: [], site: 'demo', ticket: null, dismissed: new Set() });

afterEach(() => setPacksInForce([defaultPack]));

test('the Spanish pack (assets/packs/heard-es.json): valid, locale es, 21 rules with at least 3 + 3 cases each, all passing', () => {
  expect(es.locale).toBe('es');
  expect(es.rules.length).toBeGreaterThanOrEqual(21);
  for (const r of es.rules) {
    expect(r.tests.shouldMatch.length, r.id).toBeGreaterThanOrEqual(3);
    expect(r.tests.shouldNotMatch.length, r.id).toBeGreaterThanOrEqual(3);
  }
  expect(runPackTests(es).filter((x) => !x.ok)).toEqual([]);
});

test('installed beside the English pack: Spanish drafts get the Spanish rules only, English drafts the English ones', () => {
  setPacksInForce([defaultPack, es]);
  const spanish = lint('No sé qué pasó con su pedido. Cálmese, por favor.');
  expect(spanish.hints.map((h) => `${h.packId}/${h.ruleId}`).sort()).toEqual(['heard-es/calmese', 'heard-es/no-se']);
  expect(spanish.lang).toMatchObject({ draft: 'es', guidance: true });
  const english = lint("I don't know what happened to your order.");
  expect(english.hints.map((h) => h.packId)).toEqual([defaultPack.id]);
});

test('a Spanish promise with a time is an info card to log it, read later by the Spanish promise parser', () => {
  setPacksInForce([defaultPack, es]);
  const out = lint('Hola Lucía, le llamo mañana a las 15:00 con el seguimiento.');
  const h = out.hints.find((x) => x.ruleId === 'registrar-promesa');
  expect(h?.actions).toEqual(['log-callback']);
  expect(out.hints.map((x) => x.ruleId)).not.toContain('promesa-sin-hora');
});
