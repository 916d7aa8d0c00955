// The phrase lists' RegExps are written as a tree of shared beginnings (lib/guidance/phrase.ts
// treeSource) for speed. They must find exactly what the flat list of alternatives finds: the same
// matches, at the same places, of the same length, in every built-in pack's lists, on the corpus
// drafts and on texts made of the phrases themselves (where alternatives overlap most).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '@/lib/guidance/default-pack';
import { matchLangOf, phrasesSource, type MatchLang } from '@/lib/guidance/phrase';
import { loadCorpus, loadLangCorpus, CORPUS_LANGS } from '@/tools/eval-drafts';

interface List {
  where: string;
  phrases: string[];
  inflect: boolean;
  fold: boolean;
  lang: MatchLang;
}

function listsOf(pack: unknown, where: string): List[] {
  const p = pack as { locale?: string; foldAccents?: boolean };
  const fold = p.foldAccents === true;
  const lang = matchLangOf(p.locale);
  const out: List[] = [];
  const walk = (o: unknown, path: string): void => {
    if (Array.isArray(o)) o.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (o && typeof o === 'object') {
      const m = o as { phrases?: unknown; inflect?: unknown };
      if (Array.isArray(m.phrases) && m.phrases.every((x) => typeof x === 'string') && m.phrases.length > 0) {
        out.push({ where: `${where}${path}`, phrases: m.phrases as string[], inflect: m.inflect === true, fold, lang });
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'phrases') walk(v, `${path}.${k}`);
    }
  };
  walk(pack, '');
  return out;
}

const packsDir = join(__dirname, '../../../assets/packs');
const lists: List[] = [
  ...listsOf(defaultPack, 'default'),
  ...readdirSync(packsDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => listsOf(JSON.parse(readFileSync(join(packsDir, f), 'utf8')), f)),
];

function matches(source: string, text: string): string {
  const re = new RegExp(source, 'giu');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(`${m.index}+${m[0].length}`);
  }
  return out.join(' ');
}

// Training drafts and their threads (never a held-out file).
const corpusTexts = [
  ...loadCorpus('train'),
  ...loadCorpus('train3'),
  ...CORPUS_LANGS.flatMap((l) => loadLangCorpus(l, 'train') ?? []),
].flatMap((r) => [r.draft, ...r.thread.map((m) => m.text)]);

/** Texts made of the list's own phrases, run together, cut, re-cased and joined in many ways. */
function phraseTexts(phrases: readonly string[]): string[] {
  let seed = phrases.length * 7919;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const joins = [' ', '  ', ', ', '. ', "'", '-', 'x', '\n', ' and ', ' really ', ' the '];
  const texts: string[] = [];
  for (let t = 0; t < 30; t++) {
    let s = '';
    for (let k = 0; k < 6; k++) {
      let p = phrases[rnd(phrases.length)]!.replace(/[{}]/g, '').replace(/\.\.\.|…/g, 'very much');
      if (rnd(4) === 0) p = p.slice(0, Math.max(1, p.length - 1 - rnd(4)));
      if (rnd(5) === 0) p = p.toUpperCase();
      if (rnd(6) === 0) p = p.replace(/'/g, '’');
      if (rnd(6) === 0) p += ['s', 'ed', 'ing', 'es'][rnd(4)];
      s += p + joins[rnd(joins.length)];
    }
    texts.push(s);
  }
  return texts;
}

describe('phrase lists as a tree of shared beginnings', () => {
  it('covers the built-in packs', () => {
    expect(lists.length).toBeGreaterThan(100);
    expect(corpusTexts.length).toBeGreaterThan(500);
  });

  it('shares beginnings (the tree is not the flat list)', () => {
    const { source } = phrasesSource(["I don't know", 'I do not know', 'I have no idea', 'I am not sure', 'dunno', 'no clue'], false);
    expect(source).toContain("(?:i\\s+(?:do(?:n['’‘ʼ`]?t\\s+know|\\s+not\\s+know)|have\\s+no\\s+idea|am\\s+not\\s+sure)|no\\s+clue|dunno)");
    expect(matches(source, "Hmm, I don't know. Dunno! xdunno, i have no idea")).toBe('5+12 19+5 34+14');
  });

  it('finds exactly what the flat list finds, in every built-in list', () => {
    let compared = 0;
    for (const l of lists) {
      const tree = phrasesSource(l.phrases, l.inflect, l.fold, l.lang, true).source;
      const flat = phrasesSource(l.phrases, l.inflect, l.fold, l.lang, false).source;
      const texts = [...phraseTexts(l.phrases), ...corpusTexts];
      for (const text of texts) {
        const want = matches(flat, text);
        const got = matches(tree, text);
        if (got !== want) expect({ list: l.where, text, got }).toEqual({ list: l.where, text, got: want });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50_000);
  });
});
