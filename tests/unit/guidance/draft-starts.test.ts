// A phrase list's RegExp is tried only where the draft spells one of its phrases' leads (phrase.ts
// phraseLead, engine.ts draftStarts): a speed-up that must find exactly what the RegExp finds over
// the whole draft. Checked for every list of every built-in pack and a generated pack, on the
// training drafts and on texts made of the phrases themselves, written every way a RegExp with the
// `iu` flags still matches them: upper case, the Kelvin sign and the long s, other spaces, curly or
// no apostrophes, accents dropped or typed out in German, glued to letters before and after.
import { describe, expect, it } from 'vitest';
import { compile, draftStarts, draftWords, scan, type DraftFacts } from '@/lib/guidance/engine';
import type { CompiledMatcher, CompiledPacks } from '@/lib/guidance/compile';
import { leadChar, phraseLead } from '@/lib/guidance/phrase';
import type { Pack } from '@/lib/guidance/schema';
import { builtinPacks, CORPUS_LANGS, loadCorpus, loadLangCorpus } from '@/tools/eval-drafts';
import { generatePack } from '../../fixtures/packs/generated';
import { pack, rule } from './helpers';

describe('phraseLead', () => {
  it.each([
    ["I don't know", 'en', false, 'i dont kno'],
    ["I don't", 'en', false, 'i dont '],
    ['I’ll get back to you', 'en', false, 'ill get ba'],
    ['{cancel} it', 'en', false, 'cance'],
    ['refund', 'en', true, 'refun'],
    ['e-mail me', 'en', false, 'e'],
    ['... and then', 'en', false, 'and then '],
    ['no ... way', 'en', false, 'no '],
    ['déjà vu', 'fr', false, 'deja vu '],
    ['für Sie', 'de', false, 'f'],
    ['ich muss', 'de', false, 'ich mu'],
    ['{verstehen} Sie', 'de', false, 'versteh'],
    ["tu as oublié d'", 'fr', false, 'tu as oubl'],
    ["t'as oublié d'", 'fr', false, 'tas oublie '],
    ["a oublié d'", 'fr', false, 'a oublie d'],
    ["j'sais pas", 'fr', false, 'jsais pas '],
    ['100%', 'en', false, '100'],
    ['øre', 'en', false, ''],
    ['rock \' roll', 'en', false, 'rock '],
  ] as const)('%s (%s)', (phrase, lang, inflect, lead) => {
    expect(phraseLead(phrase, inflect, lang === 'de' ? 'de' : 'en')).toBe(lead);
  });
});

describe('leadChar reads the draft as a phrase RegExp does', () => {
  it('every character a lead letter matches (flags iu, accents folded or not) reads as that letter', () => {
    // The letters a lead may hold, each with every phrase character that gives it (ASCII, or Latin with an ASCII base).
    const by = new Map<string, string[]>();
    for (let y = 0x30; y < 0x250; y++) {
      const ch = String.fromCharCode(y);
      const v = leadChar(ch);
      if (/^[a-z0-9]$/.test(v)) by.set(v, [...(by.get(v) ?? []), ch]);
    }
    expect(by.size).toBe(36);
    const wrong: string[] = [];
    for (const [v, ys] of by) {
      const re = new RegExp(`^[${ys.join('')}]$`, 'iu');
      for (let c = 0; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (!re.test(ch) || ch.toLowerCase().length !== 1) continue;
        // As draftStarts reads it: lower case, accents folded, and ſ as s.
        const read = c === 0x17f ? 's' : leadChar(ch);
        if (read !== v) wrong.push(`U+${c.toString(16)} matches ${v} but reads ${read}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** Every compiled matcher of `c` that has a phrase RegExp tried at leads. */
function ledMatchers(c: CompiledPacks): CompiledMatcher[] {
  const all = new Set<CompiledMatcher>();
  for (const r of c.rules) {
    for (const m of r.matchers) all.add(m);
    for (const n of [...(r.ifNear ? [r.ifNear] : []), ...r.unlessNear]) for (const m of n.all) all.add(m);
  }
  for (const cl of c.checklistsByLang ?? c.checklists) {
    for (const it of cl.items) all.add(it.tick);
    if (cl.customerSays) all.add(cl.customerSays);
  }
  return [...all].filter((m) => m.slots.some((s) => s >= 0));
}

/** Each matcher's hits with and without the draft index (same gates), as text. */
function differences(c: CompiledPacks, matchers: readonly CompiledMatcher[], texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const words = () => draftWords(c, text);
    const led: DraftFacts = { words, starts: draftStarts(c, text) };
    const everywhere: DraftFacts = { words, starts: null };
    for (const m of matchers) {
      m.memoText = null;
      const a = scan(m, text, led).map((r) => `${r.start}-${r.end}`).join(' ');
      m.memoText = null;
      const b = scan(m, text, everywhere).map((r) => `${r.start}-${r.end}`).join(' ');
      m.memoText = null;
      if (a !== b) {
        const only = (x: string, y: string) => x.split(' ').filter((r) => r !== '' && !y.split(' ').includes(r)).map((r) => JSON.stringify(text.slice(Math.max(0, Number(r.split('-')[0]) - 8), Number(r.split('-')[1]) + 4)));
        out.push(`${m.res[0]!.source.slice(0, 60)}…: only with the index ${only(a, b).join(', ')}; only without ${only(b, a).join(', ')}`);
      }
    }
  }
  return out;
}

/** A phrase as a rep could type it: gaps filled, {words} inflected. */
function typed(phrase: string, n: number): string {
  return phrase
    .replace(/\.\.\.|…/g, n % 2 ? 'two more' : '')
    .replace(/\{([^}]+)\}/g, (_, w: string) => (n % 3 === 0 ? w : n % 3 === 1 ? `${w}s` : `${w.replace(/e$/, '')}ing`))
    .replace(/\s+/g, ' ')
    .trim();
}

const SPACES = [' ', '\u00a0', '\t', '\n', '\u3000', '  ', '\u202f'];

/** The ways of writing a phrase that a RegExp with the `iu` flags (and a pack's folds) still matches, and near misses. */
function variants(phrase: string, n: number): string[] {
  const t = typed(phrase, n);
  const space = SPACES[n % SPACES.length]!;
  return [
    t,
    t.toUpperCase(),
    t.replace(/k/g, '\u212a').replace(/s/g, 'ſ'),
    t.replace(/ /g, space),
    t.replace(/'/g, '’'),
    t.replace(/['’]/g, ''),
    t.normalize('NFD').replace(/\p{M}/gu, ''),
    t.replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'),
    t.replace(/ss/g, 'ß').replace(/ue/g, 'ü'),
    `x${t}`,
    `é${t}`,
    `l'${t}`,
    `${t}s`,
    `${t}é`,
    t.replace(/-/g, ' '),
    t.replace(/-/g, ''),
  ];
}

const SEPARATORS = [' ', '. ', ', ', '\n', ' (', '—', '! ', ': '];

/** The phrases of a pack, written in the ways above, 24 to a text. */
function phraseTexts(p: Pack): string[] {
  const phrases: string[] = [];
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const x = o as { phrases?: unknown };
      if (Array.isArray(x.phrases)) for (const s of x.phrases) if (typeof s === 'string') phrases.push(s);
      Object.values(o).forEach(walk);
    }
  };
  walk(p.rules);
  walk(p.checklists ?? []);
  // Half the ways for each phrase, the other half for the next one (every way is written many times).
  const all = phrases.flatMap((ph, i) => variants(ph, i).filter((_, k) => (k + i) % 2 === 0));
  const texts: string[] = [];
  for (let i = 0; i < all.length; i += 24) texts.push(all.slice(i, i + 24).map((v, k) => v + SEPARATORS[(i + k) % SEPARATORS.length]).join(''));
  return texts;
}

describe('draft index: the same matches as the whole-draft scan', () => {
  const packs = builtinPacks();
  const english = loadCorpus('train').map((r) => r.draft);
  /** The training drafts in the pack's language (a draft in another language seldom opens a list's word gate). */
  const drafts = (p: Pack): string[] => {
    const l = CORPUS_LANGS.find((x) => p.locale.startsWith(x));
    return l ? (loadLangCorpus(l, 'train') ?? []).map((r) => r.draft) : english;
  };

  it.each(packs.map((p) => [p.id, p] as const))('%s: its phrases written every way, and the training drafts', (_id, p) => {
    const c = compile([p]);
    const matchers = ledMatchers(c);
    expect(matchers.length).toBeGreaterThan(20);
    expect(differences(c, matchers, [...phraseTexts(p), ...drafts(p)])).toEqual([]);
  });

  it('a generated pack of inflected phrases', () => {
    const p = generatePack(60);
    const c = compile([p]);
    expect(differences(c, ledMatchers(c), [...phraseTexts(p), ...english.slice(0, 60)])).toEqual([]);
  });

  it('a draft whose lower case is longer (İ) is scanned whole, with the same hits', () => {
    const c = compile([pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['in stock', 'office'] })])]);
    const text = 'İt is in stock at the İstanbul office.';
    expect(draftStarts(c, text)).toBeNull();
    const [m] = ledMatchers(c);
    expect(scan(m!, text, { words: () => draftWords(c, text), starts: draftStarts(c, text) }).map((r) => text.slice(r.start, r.end))).toEqual(['in stock', 'office']);
  });

  it('a list found only where its word gate is closed finds nothing, as before the index', () => {
    // "we can" matches the start of "we can't", but the draft's words are "we", "cant", "t": the gate
    // stays closed until another phrase of the list (or "we can" itself) is there as whole words.
    const c = compile([pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['we can', 'happy to help'] })])]);
    const hits = (text: string) => {
      const [m] = ledMatchers(c);
      m!.memoText = null;
      return scan(m!, text, { words: () => draftWords(c, text), starts: draftStarts(c, text) }).map((r) => text.slice(r.start, r.end));
    };
    expect(hits("Sorry, we can't refund it.")).toEqual([]);
    expect(hits("Sorry, we can't refund it. Happy to help with anything else.")).toEqual(['we can', 'Happy to help']);
  });

  it('tries a list only where a lead is spelt', () => {
    const c = compile([pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ["I don't", 'no idea'] })])]);
    const text = "I know. I DON’T\u00a0KNOW, I don'tknow, no idea, no ideas, Ino idea, I do not.";
    const starts = draftStarts(c, text)!;
    expect(starts.flatMap((x) => x ?? []).map((p) => text.slice(p, p + 6))).toEqual(['I DON’', 'no ide']);
  });
});
