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
  expect(spanish.hints.map((h) => `${h.packId}/${h.ruleId}`).sort()).toEqual(['heard-es/calm-down', 'heard-es/dont-know']);
  expect(spanish.lang).toMatchObject({ draft: 'es', guidance: true });
  const english = lint("I don't know what happened to your order.");
  expect(english.hints.map((h) => h.packId)).toEqual([defaultPack.id]);
});

test('a Spanish promise with a time is an info card to log it, read later by the Spanish promise parser', () => {
  setPacksInForce([defaultPack, es]);
  const out = lint('Hola Lucía, le llamo mañana a las 15:00 con el seguimiento.');
  const h = out.hints.find((x) => x.ruleId === 'promise-with-time');
  expect(h?.actions).toEqual(['log-callback']);
  expect(out.hints.map((x) => x.ruleId)).not.toContain('promise-no-time');
});

// One catalogue: a corpus in any language scores against the English ids (tools/eval-drafts.ts).
const SPANISH_ONLY = ['no-puedo-hacer-mas', 'mandar-a-otro-sitio', 'no-prometo-nada', 'lo-que-usted-diga', 'usted-no-entiende'];
test('its rules carry the English catalogue ids where the concept is the same; the Spanish-only ones keep their own', () => {
  const english = new Set(defaultPack.rules.map((r) => r.id));
  const own = es.rules.map((r) => r.id).filter((id) => !english.has(id));
  expect(own.sort()).toEqual([...SPANISH_ONLY].sort());
  for (const id of ['dont-know', 'promise-no-time', 'promise-with-time', 'no-without-alternative', 'as-i-said', 'calm-down', 'minimizing', 'you-should-have', 'policy-only-reason', 'not-my-department', 'vague-hope'])
    expect(es.rules.map((r) => r.id), id).toContain(id);
});
