/**
 * Issue 15: the learned second opinion on abuse in German (lib/tone/langs/learned-de.ts, trained by
 * tools/train-tone-de.ts on the German training splits only). The probe insults here are held back: written for this
 * file, never trained on. Its near misses are the probe families' (families-de*.test.ts), which the trainer keeps its threshold above.
 */
import { describe, expect, test } from 'vitest';
import committed from '@/lib/tone/langs/learned-de.weights.json';
import { de } from '@/lib/tone/langs/de';
import { readMessage } from '@/lib/tone/langs/engine';
import { readIn } from '@/lib/tone/langs/index';
import { learnedAbuse, MODEL, sentencesOf, wordsOf } from '@/lib/tone/langs/learned-de';
import { crossValidate, DE_TRAINING_SPLITS, familyNegatives, loadSplit, pickFinalThreshold, pickThreshold, train } from '@/tools/train-tone-de';

const rules = (t: string): string => readMessage(de, t).level;
const read = (t: string): string => readIn('de', t)?.level ?? 'none';

describe('the model', () => {
  test('training is deterministic and gives the committed file', { timeout: 60_000 }, () => {
    const rows = DE_TRAINING_SPLITS.flatMap((s) => loadSplit(s));
    const a = train(rows, MODEL.threshold);
    const b = train(rows, MODEL.threshold);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).toBe(JSON.stringify(committed));
  });

  test('the committed threshold is the one the trainer picks: leave-one-split-out, then above the probe families\' near misses', { timeout: 180_000 }, () => {
    const folds = crossValidate();
    expect(pickFinalThreshold(folds, familyNegatives())).toBe(MODEL.threshold);
    expect(MODEL.threshold).toBeGreaterThanOrEqual(pickThreshold(folds));
  });

  test('trains on the training splits only', () => {
    expect(DE_TRAINING_SPLITS.every((s) => /^train\d*$/.test(s))).toBe(true);
    expect(DE_TRAINING_SPLITS).not.toContain('heldout');
  });

  test('small and fast: weights under 80 KB, a message read well under 0.3 ms', () => {
    expect(JSON.stringify(committed).length).toBeLessThan(80 * 1024);
    const text = 'Seit drei Wochen warte ich auf mein Geld. Sie Schnarchnase haben es wieder vergessen! Ich gehe zur Verbraucherzentrale.';
    for (let i = 0; i < 50; i++) learnedAbuse(text);
    const t0 = performance.now();
    for (let i = 0; i < 500; i++) learnedAbuse(text);
    expect((performance.now() - t0) / 500).toBeLessThan(0.3);
  });
});

describe('who is addressed', () => {
  const second = (t: string): string[] =>
    sentencesOf(t, true)
      .flatMap((s) => s.words)
      .filter((w) => w.second)
      .map((w) => w.text);

  test('du, euch, Sie and Ihnen with their capital; "ihr" when it is not a possessive', () => {
    expect(second('Hast du das gelesen? Ich sage es euch. Können Sie mir helfen? Ich danke Ihnen.')).toEqual(['du', 'euch', 'sie', 'ihnen']);
    expect(second('Habt ihr das Paket? Ihr seid zu langsam.')).toEqual(['ihr', 'ihr', 'seid']);
  });

  test('lowercase "sie"/"ihnen" are "they"/"them"; possessives alone are the rep\'s things', () => {
    expect(second('Die Fahrer sagen, sie kommen morgen, ich habe ihnen geschrieben.')).toEqual([]);
    expect(second('Ihr Techniker war da. Ihre Firma ist ein Saftladen. Euer Laden ist zu.')).toEqual([]);
  });

  test('folds umlauts and ß as the German reader does', () => {
    const words = (t: string): string[] => sentencesOf(t, true).flatMap((s) => s.words.map((w) => w.text));
    expect(words('Grüße aus Köln, Straße')).toEqual(['gruesse', 'aus', 'koeln', 'strasse']);
    expect(words('Gruesse aus Koeln, Strasse')).toEqual(words('Grüße aus Köln, Straße'));
    // (the words of a folded sentence as given)
    expect(wordsOf('du idiot').map((w) => [w.text, w.second])).toEqual([['du', true], ['idiot', false]]);
  });

  test('a noun right after a clause-opening pronoun is a vocative; an object after a verb or a title is not', () => {
    const voc = (t: string): string[] =>
      sentencesOf(t, true)
        .flatMap((s) => s.words)
        .filter((w) => w.vocative)
        .map((w) => w.text);
    expect(voc('Sie Trantüte, wo ist mein Geld?')).toEqual(['trantuete']);
    expect(voc('Jetzt reicht es, du Pfeife!')).toEqual(['pfeife']);
    expect(voc('Können Sie Bescheid geben? Haben Sie Zeit?')).toEqual([]);
    expect(voc('Sie, Herr Maier, und Sie Frau Roth haben es versprochen.')).toEqual([]);
    expect(voc('BEI EUCH KRIEGT MAN NIE WAS GEREGELT')).toEqual([]);
  });
});

/**
 * Held-back insults at the rep in words the rules do not list. Measured at the committed threshold: the rules read
 * 6 of them frustrated or angry and the model raises 3 of those to abusive.
 */
const PROBE_INSULTS = [
  'Du Tranfunzel hast meine Mail nicht mal gelesen, oder?! Unverschämt!',
  'Du Nullchecker hast meine Bestellung verbockt, das ist unverschämt!',
  'Sie Kaffeetrinker mit Hirn aus Watte, wo ist meine Erstattung?! Unverschämt!',
  'Sie Papiertiger kapieren gar nichts, ich will sofort mein Geld zurück!',
  'Du Pappkamerad hast mir den falschen Tarif verkauft, eine Frechheit!',
  'Seit drei Wochen kein Geld, Sie Schnarchzapfen! Das ist eine Frechheit!',
];

describe('held-back probe insults', () => {
  test('the rules read them frustrated or angry', () => {
    for (const t of PROBE_INSULTS) expect(['frustrated', 'angry'], t).toContain(rules(t));
  });

  // Which of them clear the threshold depends on the weights: retrained after the train10 rules (threshold 0.97, above the
  // families' near misses) it raises one of the six, the first; the model before the merge raised three at 0.94 and also a
  // friendly "Sie Glückspilz…" near miss, which is why the threshold now stays above the near misses.
  test('the model raises at least one of them to abusive, on words of the insult', () => {
    const raised = PROBE_INSULTS.filter((t) => read(t) === 'abusive');
    expect(raised.length).toBeGreaterThan(0);
    for (const t of raised) {
      const ev = (readIn('de', t)?.signals ?? []).filter((s) => s.kind === 'insult-at-rep').map((s) => t.slice(s.start, s.end));
      expect(ev.length, t).toBeGreaterThan(0);
      // Each piece of evidence is one whole word of the message.
      for (const w of ev) expect(t).toMatch(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u'));
      expect(ev.some((w) => /tranfunzel|nullchecker|kaffeetrinker|hirn|watte|papiertiger|pappkamerad|schnarchzapfen/i.test(w)), t).toBe(true);
    }
  });

  // (Both witnesses must score at or above the committed threshold: retrained with train13 at 0.98, "Sie Knallcharge verstehen wohl
  // kein Deutsch, …" scores 0.9795 and no longer witnesses; "Sie Aktenschieber …", the same sentence, does.)
  test('a message the rules read calm is never raised, however the model scores it', () => {
    const calm = ['Sie Bürohengst sitzen da und tun nichts, seit einem Monat warte ich!', 'Sie Aktenschieber verstehen wohl kein Deutsch, ich will mein Geld!'];
    for (const t of calm) {
      expect(rules(t)).toBe('calm');
      expect(learnedAbuse(t), t).not.toBeNull();
      expect(read(t)).toBe('calm');
    }
  });
});

/** The probe families' near misses (families-de*.test.ts: never abusive) are never raised: the trainer keeps its threshold above them. */
describe('near misses', () => {
  test('no non-abusive sentence of the German probe families is raised by the model', { timeout: 60_000 }, () => {
    const raised = familyNegatives().filter((t) => read(t) === 'abusive' && rules(t) !== 'abusive');
    expect(raised).toEqual([]);
  });
});
