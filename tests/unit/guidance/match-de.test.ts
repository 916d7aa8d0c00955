// German phrase matching (issue 15, point 2): ß/ss and umlauts typed as ae/oe/ue folded for matching
// only, German endings for {word}, a `...` long enough for a separable verb's particle; English packs
// match exactly as before.
import { expect, test } from 'vitest';
import { compile } from '@/lib/guidance/compile';
import { foldGerman, matchLangOf, phraseSource } from '@/lib/guidance/phrase';
import { lint } from '@/lib/guidance/engine';
import { parsePack, type Pack } from '@/lib/guidance/schema';
import { linearityProblem } from '@/lib/guidance/regex-safety';

const finds = (phrase: string, text: string, lang: 'en' | 'de' = 'de', inflect = false): string | null =>
  new RegExp(phraseSource(phrase, inflect, false, lang), 'giu').exec(text)?.[0] ?? null;

test('the pack locale picks the way of matching: German for de, de-CH, de-AT; English otherwise', () => {
  expect(['de', 'de-CH', 'de-AT', 'en', 'es', 'fr-CA', undefined].map(matchLangOf)).toEqual(['de', 'de', 'de', 'en', 'en', 'en', 'en']);
});

test('ß and ss, umlauts and ae/oe/ue match each other in German, either way round, in any case', () => {
  expect(finds('weiß nicht', 'Das weiss nicht mal ich')).toBe('weiss nicht');
  expect(finds('weiss nicht', 'ich WEIß NICHT')).toBe('WEIß NICHT');
  expect(finds('für', 'Danke fuer die Geduld')).toBe('fuer');
  expect(finds('Rückmeldung', 'ich gebe Ihnen RUECKMELDUNG')).toBe('RUECKMELDUNG');
  expect(finds('Gruesse', 'Freundliche Grüße')).toBe('Grüße');
  expect(finds('Grüße', 'Freundliche Gruesse')).toBe('Gruesse');
  expect(finds('Grüße', 'Freundliche Grüsse')).toBe('Grüsse');
  expect(finds('Ärger', 'viel aerger')).toBe('aerger');
  expect(finds('schön', 'schoen')).toBe('schoen');
  // English matching is unchanged: no folding, so "weiß" is only "weiß".
  expect(finds('weiß', 'weiss', 'en')).toBe(null);
  expect(foldGerman('straße über äöü')).toBe('strasse ueber aeoeue');
});

test('German {word}: the stem with its regular endings, whole words only', () => {
  for (const w of ['verstehe', 'verstehst', 'versteht', 'verstehen']) expect(finds('{verstehen}', `Ich ${w} das`), w).toBe(w);
  expect(finds('{verstehen}', 'Das ist verstehbar')).toBe(null);
  for (const w of ['freundlich', 'freundliche', 'freundlicher', 'freundlichen']) expect(finds('{freundlich}', `${w} Grüße`), w).toBe(w);
  expect(finds('{ändern}', 'das aendere ich')).toBe('aendere');
  expect(finds('leider {können}', 'leider koennen wir')).toBe('leider koennen');
});

test('a German `...` spans up to six words of one sentence (separable verbs), not across a full stop', () => {
  expect(finds('rufe ... zurück', 'ich rufe Sie morgen um 9 Uhr zurück')).toBe('rufe Sie morgen um 9 Uhr zurück');
  expect(finds('rufe ... zurück', 'ich rufe Sie morgen um 9 Uhr zurück', 'en')).toBe(null);
  expect(finds('rufe ... an', 'Ich rufe morgen an')).toBe('rufe morgen an');
  expect(finds('rufe ... an', 'Ich rufe dort. Dann kommt es an')).toBe(null);
  expect(finds('rufe ... zurück', 'rufe eins zwei drei vier fünf sechs sieben zurück')).toBe(null);
});

test('every German phrase source is linear-time', () => {
  for (const p of ['rufe ... zurück', '{verstehen}', 'weiß nicht', 'Grüße', "geht's ... los", 'E-Mail'])
    expect(linearityProblem(phraseSource(p, true, false, 'de'), 'iu'), p).toBeNull();
});

test('in a German pack the word gate folds too: "weiß" in the pack finds "weiss" in a draft and the reverse', () => {
  const res = parsePack({
    schemaVersion: 1, id: 'de-test', name: 'Test', version: '1.0.0', author: 'T', description: 'Test.', locale: 'de-CH', updated: '2026-12-06',
    rules: [
      { id: 'dont-know', kind: 'phrases', phrases: ['ich weiß nicht', 'keine Ahnung'], severity: 'warn', title: 'T', advice: 'A.', why: 'W.', examples: ['E.'],
        tests: { shouldMatch: ['Ich weiss nicht.'], shouldNotMatch: ['Ich weiß es.'] } },
      { id: 'ss-written', kind: 'phrases', phrases: ['Strasse'], severity: 'info', title: 'T', advice: 'A.', why: 'W.', examples: [],
        tests: { shouldMatch: ['Straße'], shouldNotMatch: ['Weg'] } },
    ],
  });
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  const c = compile([res.pack as Pack]);
  const ids = (draft: string) => lint(c, { draft, thread: [], context: {} }).map((h) => h.ruleId);
  expect(ids('Ich weiss nicht, wann das Paket kommt.')).toEqual(['dont-know']);
  expect(ids('Ich weiß nicht, wann das Paket kommt.')).toEqual(['dont-know']);
  expect(ids('In der Straße')).toEqual(['ss-written']);
  expect(ids('In der Strasse')).toEqual(['ss-written']);
  expect(ids('Ich weiß es schon.')).toEqual([]);
});
