import { describe, expect, test } from 'vitest';
import { compile } from '../../../lib/guidance/compile';
import { phraseSource } from '../../../lib/guidance/phrase';
import { draftSpans, draftWords, lint } from '../../../lib/guidance/engine';
import { parsePack } from '../../../lib/guidance/schema';
import { pack, rule } from './helpers';

const words = (p: ReturnType<typeof pack>, draft: string) =>
  lint(compile([p]), { draft, thread: [], context: {} }).flatMap((h) => h.ranges.map((r) => draft.slice(r.start, r.end)));

describe('accents: folded for matching, never for display, in a pack that asks for it (foldAccents)', () => {
  const p = pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['déjà dit', 'não sei', 'ça', 'sei lá'] })], { locale: 'fr', foldAccents: true });

  test('a phrase written with its accents also finds the word typed without them, in any case', () => {
    expect(words(p, 'Je l’ai deja dit.')).toEqual(['deja dit']);
    expect(words(p, 'JE L’AI DÉJÀ DIT.')).toEqual(['DÉJÀ DIT']);
    expect(words(p, 'Nao sei, sinceramente. Sei la.')).toEqual(['Nao sei', 'Sei la']);
    expect(words(p, 'Ca marche.')).toEqual(['Ca']);
  });

  test('the ranges are the draft’s own words (offsets into the text as typed)', () => {
    const draft = 'Olá! Não sei.';
    const [h] = lint(compile([p]), { draft, thread: [], context: {} });
    expect(h?.ranges).toEqual([{ start: 5, end: 12 }]);
  });

  test('only accents fold: other letters and other accents still differ', () => {
    expect(words(p, 'Je l’ai déjà lu.')).toEqual([]);
    expect(words(p, 'não seu')).toEqual([]);
    // The fold goes one way: a phrase without accents does not find a word typed with them.
    const plain = pack('t', [rule({ id: 'b', kind: 'phrases', phrases: ['deja'] })], { foldAccents: true });
    expect(words(plain, 'déjà')).toEqual([]);
  });

  test('without foldAccents an accent still tells two words apart ("no sé" is not "no se preocupe")', () => {
    const strict = pack('es', [rule({ id: 'no-se', kind: 'phrases', phrases: ['no sé'] })], { locale: 'es' });
    expect(words(strict, 'No se preocupe.')).toEqual([]);
    expect(words(strict, 'No sé.')).toEqual(['No sé']);
    // Both packs in one compile: each keeps its own way (the same phrase, compiled twice).
    const folding = pack('pt', [rule({ id: 'nao-sei', kind: 'phrases', phrases: ['no sé'] })], { locale: 'es', foldAccents: true });
    const out = lint(compile([strict, folding]), { draft: 'No se preocupe.', thread: [], context: {} });
    expect(out.map((h) => h.ruleId)).toEqual(['nao-sei']);
  });

  test('a phrase without accents compiles exactly as before', () => {
    expect(phraseSource("I don't know")).toBe("(?<![\\p{L}\\p{N}_])I\\s+don['’‘ʼ`]?t\\s+know(?![\\p{L}\\p{N}_])");
    expect(phraseSource('não')).toBe('(?<![\\p{L}\\p{N}_])não(?![\\p{L}\\p{N}_])');
    expect(phraseSource('não', false, true)).toBe('(?<![\\p{L}\\p{N}_])n[aã]o(?![\\p{L}\\p{N}_])');
  });

  test('a pack with accented phrases passes the import checks (linear time)', () => {
    const r = parsePack({ ...p, rules: [{ ...p.rules[0], tests: { shouldMatch: ['deja dit'], shouldNotMatch: ['déjà lu'] } }] });
    expect(r.ok).toBe(true);
  });
});

describe('the word gate agrees with the phrase', () => {
  test('a draft’s words are folded, and a word with an elision also gives the word after it', () => {
    const c = compile([pack('t', [])]);
    expect([...draftWords(c, "J'sais pas, c’est déjà l'impossible.")]).toEqual(
      expect.arrayContaining(['jsais', 'sais', 'pas', 'cest', 'est', 'deja', 'limpossible', 'impossible']),
    );
  });

  test('a phrase that starts after an elision fires, as its RegExp finds it', () => {
    const p = pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['sais pas', 'impossible'] })], { locale: 'fr' });
    expect(words(p, "J'sais pas.")).toEqual(['sais pas']);
    expect(words(p, 'J’sais pas.')).toEqual(['sais pas']);
    expect(words(p, "C'est l'impossible.")).toEqual(['impossible']);
    expect(words(p, 'Je sais pas.')).toEqual(['sais pas']);
    expect(words(p, 'Jsais pas.')).toEqual([]);
  });

  test('a word with a dash inside gates on its parts or on them joined, and still finds every spelling', () => {
    const p = pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['calmez-vous', 'sur-le-champ'] })], { locale: 'fr' });
    const c = compile([p]);
    // Each set's words in any order (the gate looks the longest up first).
    expect(c.rules[0]!.matchers[0]!.gates[0]!.map((set) => [...set].sort())).toEqual(
      [['calmez', 'vous'], ['calmezvous'], ['champ', 'le', 'sur'], ['lechamp', 'sur'], ['champ', 'surle'], ['surlechamp']],
    );
    for (const d of ['Calmez-vous.', 'Calmez vous.', 'Calmezvous.', 'Calmez–vous.', 'Calmez\nvous.', 'Je le fais sur le champ.', 'Sur-le-champ !']) {
      expect(words(p, d).length, d).toBe(1);
    }
    expect(words(p, 'Vous pouvez vous calmer.')).toEqual([]);
  });

  test('English contractions keep matching as before', () => {
    const p = pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ["don't know", 'I can’t'] })]);
    expect(words(p, "I dont know. I don't know. I can't.")).toEqual(['dont know', "don't know", "I can't"]);
  });
});

describe('clauses in French and Portuguese', () => {
  const clauses = (draft: string) => draftSpans(compile([pack('t', [])]), draft).clauses.map((r) => draft.slice(r.start, r.end).trim());

  test('a comma before mais / donc / mas / porque ends a clause, like ", but" in English', () => {
    expect(clauses("Je ne peux pas l'échanger, mais je peux vous rembourser.")).toEqual(["Je ne peux pas l'échanger", 'mais je peux vous rembourser.']);
    expect(clauses('Não consigo trocar, mas posso reembolsar.')).toEqual(['Não consigo trocar', 'mas posso reembolsar.']);
    expect(clauses('Não é possível, porém posso oferecer um vale.')).toEqual(['Não é possível', 'porém posso oferecer um vale.']);
  });

  test('a word that only starts like one does not', () => {
    expect(clauses('Bonjour, maison Dupont.')).toEqual(['Bonjour, maison Dupont.']);
    expect(clauses('Tudo bem, massa.')).toEqual(['Tudo bem, massa.']);
  });
});
