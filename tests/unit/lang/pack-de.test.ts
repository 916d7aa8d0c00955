import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runPackTests } from '@/lib/guidance/engine';
import { parsePack, type Pack } from '@/lib/guidance/schema';
import { defaultPack } from '@/lib/guidance/default-pack';
import { detectLanguage } from '@/lib/lang/detect';
import { languagePacks } from '@/lib/lang/builtin-packs';
import { lintDraft, setPacksInForce } from '@/entrypoints/background/guidance';

const TEXT = readFileSync(resolve(import.meta.dirname, '../../../assets/packs/heard-de.json'), 'utf8');
const parsed = parsePack(TEXT);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const de: Pack = parsed.pack;
const GERMAN_TEXTS: string[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/lang/de.json'), 'utf8'));
const lint = (draft: string) => lintDraft({ draft, thread: [], site: 'demo', ticket: null, dismissed: new Set() });
const ids = (draft: string) => lint(draft).hints.map((h) => `${h.packId}/${h.ruleId}`).sort();

// As built: the English default pack and every language pack.
const BUILT_IN = [defaultPack, ...languagePacks];
beforeEach(() => setPacksInForce(BUILT_IN));
afterEach(() => setPacksInForce([defaultPack]));

test('the German pack (assets/packs/heard-de.json): valid, locale de, at least 20 rules with 3 + 3 cases each, all passing', () => {
  expect(de.locale).toBe('de');
  expect(de.rules.length).toBeGreaterThanOrEqual(20);
  for (const r of de.rules) {
    expect(r.tests.shouldMatch.length, r.id).toBeGreaterThanOrEqual(3);
    expect(r.tests.shouldNotMatch.length, r.id).toBeGreaterThanOrEqual(3);
  }
  expect(runPackTests(de).filter((x) => !x.ok)).toEqual([]);
});

test('written in German: every rule’s title, advice and reason read as German; its ids are the English catalogue’s', () => {
  const english = new Set(defaultPack.rules.map((r) => r.id));
  for (const r of de.rules) {
    expect(detectLanguage(`${r.title}. ${r.advice} ${r.why}`), r.id).toBe('de');
    for (const e of r.examples) expect(['de', 'unknown'], `${r.id}: ${e}`).toContain(detectLanguage(e));
    expect(english.has(r.id), `${r.id} is an English catalogue id`).toBe(true);
  }
  expect(languagePacks.map((p) => p.id)).toContain('heard-de');
});

test('built in beside the English pack: a German draft gets German rules only, an English draft English ones', () => {
  const out = lint('Guten Tag Herr Becker, keine Ahnung, wie das passiert ist. Beruhigen Sie sich bitte, ich melde mich.');
  expect(out.hints.map((h) => `${h.packId}/${h.ruleId}`).sort()).toEqual(['heard-de/calm-down', 'heard-de/dont-know', 'heard-de/promise-no-time']);
  expect(out.lang).toMatchObject({ draft: 'de', guidance: true });
  expect(ids("I don't know what happened to your order.")).toEqual(['heard-default/dont-know']);
});

test('Sie and du, Swiss ss for ß, umlauts typed as ae/oe/ue, inflection and separable verbs', () => {
  // Swiss spelling and a du-form: the same rules.
  expect(ids('Grüezi Herr Meier, ich weiss nicht, wo das Paket ist.')).toEqual(['heard-de/dont-know']);
  expect(ids('Hey Lena, reg dich nicht auf, das ist halb so wild.')).toEqual(['heard-de/calm-down', 'heard-de/minimizing']);
  // A keyboard without umlauts.
  expect(ids('Hallo Jonas, wie bereits erwaehnt ist eine Erstattung nicht moeglich.')).toEqual(['heard-de/as-i-said', 'heard-de/no-without-alternative']);
  expect(ids('Ich kuemmere mich darum.')).toEqual(['heard-de/promise-no-time']);
  // A separable verb with its particle at the end of the clause, and a time: a promise to log.
  const call = lint('Ich rufe Sie morgen um 9 Uhr zurück.').hints;
  expect(call.map((h) => h.ruleId)).toEqual(['promise-with-time']);
  expect(call[0]!.actions).toEqual(['log-callback']);
  // "Guten Morgen" is a greeting, not a time.
  expect(ids('Guten Morgen Frau Keller, ich melde mich bei Ihnen.')).toEqual(['heard-de/promise-no-time']);
});

test('no warning or suggestion on the 44 German support texts of tests/fixtures/lang (their promises with a time are notes to log)', () => {
  expect(GERMAN_TEXTS.length).toBe(44);
  for (const t of GERMAN_TEXTS) {
    const hints = lint(t).hints;
    expect(hints.filter((h) => h.severity !== 'info' || h.ruleId !== 'promise-with-time'), t).toEqual([]);
  }
});
