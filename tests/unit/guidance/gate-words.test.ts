// The word gates ask draftGateWords (one hashing pass over the draft, engine.ts) instead of the Set
// of draftWords: a speed-up that must answer exactly as that Set does. Checked for every gate word
// of every built-in pack and a generated pack, and every word of the draft, on the training drafts
// and on texts made of the packs' phrases written in many ways (case, the Kelvin sign and the long
// s, curly or no apostrophes, elisions, accents dropped, German spellings, letters from U+0250 on).
import { describe, expect, it } from 'vitest';
import { compile, draftGateWords, draftWordList, draftWords } from '@/lib/guidance/engine';
import { draftTriple, draftTriples, shingles, TripleSet } from '@/lib/guidance/kinds/conversation';
import type { CompiledPacks } from '@/lib/guidance/compile';
import type { Pack } from '@/lib/guidance/schema';
import { builtinPacks, CORPUS_LANGS, loadCorpus, loadLangCorpus } from '@/tools/eval-drafts';
import { generatePack } from '../../fixtures/packs/generated';
import { pack, rule } from './helpers';

function phrasesOf(p: Pack): string[] {
  const out: string[] = [];
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const x = o as { phrases?: unknown };
      if (Array.isArray(x.phrases)) for (const s of x.phrases) if (typeof s === 'string') out.push(s);
      Object.values(o).forEach(walk);
    }
  };
  walk(p.rules);
  walk(p.checklists ?? []);
  return out;
}

/** A phrase written the ways a rep may type it (and near misses), one way per phrase in turn. */
function written(phrase: string, n: number): string {
  const t = phrase.replace(/\.\.\.|…/g, 'two more').replace(/\{([^}]+)\}/g, '$1');
  const ways = [
    t,
    t.toUpperCase(),
    t.replace(/k/g, '\u212a').replace(/s/g, 'ſ'),
    t.replace(/'/g, '’'),
    t.replace(/'/g, 'ʼ'),
    t.replace(/'/g, '`'),
    t.replace(/['’]/g, ''),
    t.normalize('NFD').replace(/\p{M}/gu, ''),
    t.replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'),
    t.replace(/ss/g, 'ß').replace(/ue/g, 'ü').replace(/oe/g, 'Ö'),
    `l'${t}`,
    `qu’${t}`,
    `${t}ǅ`,
    `ɐ${t}`,
    `${t}s`,
    t.replace(/ /g, '\u00a0'),
  ];
  return ways[n % ways.length]!;
}

const TRICKY = [
  "J'sais pas, c’est déjà l'impossible. DON'T, don’t, donʼt, don`t, ‘quoted’ o'clock ''a'' b'",
  'Weiß GRÜSSE für Fuß Straße STRASSE Ärger ärger ÖL öl Über über ẞ Maße',
  'naïve café CAFÉ Ⱥpple ǅemal ɐbc ŉ ſtill Kelvin \u212aelvin résumé Œuvre œuvre Æsir',
  'Ελληνικά λέξεις, кириллица слова, 日本語の文, עברית ו-العربية',
  'x'.repeat(50) + " ab'cd'ef it's it''s 'tis 9am 3pm 2nd co-op e-mail",
];

/** Every answer of draftGateWords that differs from draftWords' Set, for the gate words and the draft's own words. */
function differences(c: CompiledPacks, texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const set = draftWords(c, text);
    const fast = draftGateWords(c, text);
    for (const w of [...c.gateWords.words, ...set]) {
      if (fast.has(w) !== set.has(w)) out.push(`${JSON.stringify(w)} in ${JSON.stringify(text.slice(0, 60))}: ${set.has(w)} in the Set`);
    }
  }
  return out;
}

describe('draftGateWords answers as draftWords', () => {
  const english = loadCorpus('train').map((r) => r.draft);
  const drafts = (p: Pack): string[] => {
    const l = CORPUS_LANGS.find((x) => p.locale.startsWith(x));
    return l ? (loadLangCorpus(l, 'train') ?? []).map((r) => r.draft) : english;
  };
  for (const p of [...builtinPacks(), generatePack(60)]) {
    it(`${p.id}: the training drafts, the phrases written many ways, tricky texts`, () => {
      const c = compile([p]);
      expect(c.gateWords.words.length).toBeGreaterThan(0);
      const phrases = phrasesOf(p);
      const texts: string[] = [];
      for (let i = 0; i < phrases.length; i += 20) texts.push(phrases.slice(i, i + 20).map((ph, k) => written(ph, i + k)).join(k2sep(i)));
      let found = 0;
      for (const t of texts) for (const w of c.gateWords.words) if (draftGateWords(c, t).has(w)) found++;
      // The texts do find gate words (the comparison below is not between two empty answers).
      expect(found).toBeGreaterThan(0);
      expect(differences(c, [...drafts(p), ...texts, ...TRICKY, ...TRICKY.map((t) => t.toUpperCase())])).toEqual([]);
    });
  }

  it('a word not among the gate words is asked of the Set, and a draft whose lower case changes length too', () => {
    const c = compile([pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['in stock', 'office'] })])]);
    for (const text of ['İt is in stock at the İstanbul office.', 'The office has it in stock', "it's not"]) {
      const set = draftWords(c, text);
      for (const w of ['in', 'stock', 'office', 'the', 'has', 'it', 'its', 's', 'not', 'istanbul', 'i̇stanbul', 'i̇t']) expect(draftGateWords(c, text).has(w)).toBe(set.has(w));
    }
    expect(draftGateWords(c, 'in the office').has('office')).toBe(true);
    expect(draftGateWords(c, 'in the offices').has('office')).toBe(false);
  });
});

function k2sep(i: number): string {
  return ['. ', ' ', ', ', '\n', '! '][i % 5]!;
}

describe('the draft word triples from the word pass (draftWordList) are those of shingles(draft)', () => {
  it('on the training drafts and tricky texts', () => {
    const c = compile([generatePack(5)]);
    const reused = new TripleSet();
    const texts = [
      'word '.repeat(3000) + Array.from({ length: 1500 }, (_, i) => `w${i}`).join(' '),
      ...loadCorpus('train').map((r) => r.draft),
      ...TRICKY,
      ...TRICKY.map((t) => t.toUpperCase()),
      'İstanbul İT office, DON’T you 𝒜𝒷𝒸 emoji 😀 here ÉTÉ été ǅ ǆ Ω ω ΣΑΣ',
      'a b',
      'one two three',
      "  don't  ",
      '',
    ];
    for (const t of texts) {
      const want = shingles(t, true);
      const words = draftWordList(c, t);
      const n = Math.max(0, words.count - 2);
      // One set for all the texts, as the rule reuses one for every draft.
      const set = draftTriples(words, reused);
      for (const x of want.unique) expect(set.has(x)).toBe(true);
      for (const x of want.unique) if (!want.unique.has(x ^ 1)) expect(set.has(x ^ 1)).toBe(false);
      const got = {
        shingles: Array.from({ length: n }, (_, i) => draftTriple(words, i)),
        starts: Array.from({ length: n }, (_, i) => words.starts[i]),
        ends: Array.from({ length: n }, (_, i) => words.ends[i + 2]),
        unique: [...set.values.subarray(0, set.size)],
      };
      expect({ t, ...got }).toEqual({ t, shingles: want.shingles, starts: want.starts, ends: want.ends, unique: [...want.unique] });
    }
  });
});
