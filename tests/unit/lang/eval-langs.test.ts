// npm run eval:drafts and eval:tone per language (issue 15): a language's corpus in
// tests/fixtures/{drafts,tone}/<lang>/ is scored on its own, with the packs covering its language; a
// language without one is skipped. The fixtures here are tiny, synthetic and written to a temporary
// directory: they are not a corpus.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { builtinPacks, evalLanguages, formatLanguages, loadLangCorpus } from '../../../tools/eval-drafts';
import { evalToneLanguages, loadLangCorpus as loadToneCorpus } from '../../../tools/eval-tone';

const dir = mkdtempSync(join(tmpdir(), 'heard-eval-langs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, rows: object[]) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
};
const customer = [{ role: 'customer', text: 'Guten Tag, wo ist mein Paket?' }];

write('drafts/de/drafts.heldout.jsonl', [
  { id: 'de-d001', channel: 'email', thread: customer, draft: 'Keine Ahnung, wo Ihr Paket ist.', good: false, mustFire: ['dont-know'], mayFire: [] },
  { id: 'de-d002', channel: 'email', thread: customer, draft: 'Ihr Paket ist heute im Depot angekommen; die Sendungsnummer steht in der Mail.', good: true, mustFire: [], mayFire: [] },
  { id: 'de-d003', channel: 'chat', thread: customer, draft: 'Beruhigen Sie sich bitte.', good: false, mustFire: ['calm-down', 'acknowledge-feelings'], mayFire: [] },
]);
write('drafts/fr/drafts.train.jsonl', [
  { id: 'fr-d001', channel: 'email', thread: customer, draft: "Je ne sais pas où est votre colis, désolé.", good: false, mustFire: ['dont-know'], mayFire: [] },
]);
write('tone/de/tone.heldout.jsonl', [
  { id: 'de-t001', text: 'Guten Tag, wann kommt mein Paket?', label: 'calm', note: 'question' },
  { id: 'de-t002', text: 'Zum dritten Mal: Wo ist mein Geld?', label: 'frustrated', note: 'repeat contact' },
]);

test('eval:drafts: a language corpus is scored with the packs covering its language; the held-out split when asked; others skipped', () => {
  const packs = builtinPacks();
  const held = evalLanguages({ heldout: true, dir: join(dir, 'drafts'), packs });
  expect(held.skipped).toEqual(['es', 'pt']);
  const de = held.results.find((r) => r.lang === 'de')!;
  expect(de.packs).toEqual(['heard-de']);
  // dont-know and calm-down found in German; acknowledge-feelings is English-only (no angry tone here): missed.
  expect(de.splits.heldout!.overall).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  expect(de.splits.heldout!.good).toMatchObject({ drafts: 1, withoutWarn: 1 });
  expect(de.splits.train).toBeUndefined();
  expect(de.splits.heldout!.perRule).toEqual({});
  // French: no French pack in this build (or one, once merged): scored all the same, never with English rules.
  const fr = held.results.find((r) => r.lang === 'fr')!;
  expect(fr.packs.every((p) => p !== 'heard-default')).toBe(true);
  if (fr.packs.length === 0) expect(fr.splits.train!.overall).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  const text = formatLanguages(held, true);
  expect(text).toMatch(/de heldout split \(packs: heard-de\): 3 drafts/);
  expect(text).toMatch(/no corpus for es, pt .*skipped/);
  expect(text).toMatch(/per language:\n(?:.*\n)*? +de heldout +3 drafts {2}precision 1\.000 {2}recall 0\.667/);

  // Without --heldout: the training splits only (German has none here).
  expect(evalLanguages({ heldout: false, dir: join(dir, 'drafts'), packs }).results.map((r) => r.lang)).toEqual(['fr']);
  expect(loadLangCorpus('pt', 'heldout', join(dir, 'drafts'))).toBeNull();
});

test('eval:drafts: a malformed row names its file and line; English ids are not accepted in a language corpus', () => {
  write('bad/de/drafts.heldout.jsonl', [{ id: 'd5001', channel: 'email', thread: [], draft: 'x', good: true, mustFire: [], mayFire: [] }]);
  expect(() => loadLangCorpus('de', 'heldout', join(dir, 'bad'))).toThrow(/drafts\.heldout\.jsonl:1/);
});

test('eval:tone: a language corpus is scored on its own, read by its language\'s reader; others skipped', () => {
  const res = evalToneLanguages({ heldout: true, dir: join(dir, 'tone') });
  expect(res.skipped).toEqual(['es', 'fr', 'pt']);
  expect(res.results).toHaveLength(1);
  const de = res.results[0]!;
  expect(de).toMatchObject({ lang: 'de', read: true });
  expect(de.splits.map((s) => [s.split, s.report.total])).toEqual([['heldout', 2]]);
  expect(evalToneLanguages({ heldout: false, dir: join(dir, 'tone') }).results).toEqual([]);
  expect(loadToneCorpus('fr', 'train', join(dir, 'tone'))).toBeNull();
});

test('eval:drafts reads the customer\'s tone in the customer\'s language, as the background does (rules on tone fire in that language)', () => {
  const abusive = [{ role: 'customer', text: 'Você é um incompetente, seu idiota, não serve para nada!' }];
  write('tone-read/pt/drafts.train.jsonl', [
    { id: 'pt-d001', channel: 'chat', thread: abusive, draft: 'O código é enviado por SMS em até 24 horas.', good: false, mustFire: ['abuse-boundary'], mayFire: ['acknowledge-feelings', 'promise-with-time'] },
  ]);
  const res = evalLanguages({ heldout: false, dir: join(dir, 'tone-read'), packs: builtinPacks() });
  const pt = res.results.find((r) => r.lang === 'pt')!;
  if (pt.packs.length === 0) return; // no Portuguese pack in this build
  expect(pt.splits.train!.perRule['abuse-boundary']).toMatchObject({ tp: 1, fn: 0 });
});
