import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOr, languageText } from '@/lib/lang/detect';
import { LANGS } from '@/lib/lang/langs';
import { langSet, score, unknownSet } from '../../../tools/eval-lang';
import { NGRAMS_PATH, moduleText, subsetData } from '../../../tools/gen-lang-ngrams';

describe('detectLanguage on the committed set (tests/fixtures/lang)', () => {
  const s = score(detectLanguage);
  it('has at least 40 texts of 20–200 characters per language', () => {
    for (const l of LANGS) {
      const texts = langSet[l]!;
      expect(texts.length).toBeGreaterThanOrEqual(40);
      for (const t of texts) expect(t.length, t).toBeGreaterThanOrEqual(20);
      for (const t of texts) expect(t.length, t).toBeLessThanOrEqual(200);
    }
  });
  it.each(LANGS)('%s: at least 97% right, never a foreign language on more than one text', (l) => {
    const x = s.perLang[l]!;
    console.log(`lang ${l}: ${x.right}/${x.n} right, ${x.unknown} unknown, ${x.wrong} wrong`);
    expect(x.right / x.n).toBeGreaterThanOrEqual(0.97);
    expect(x.wrong).toBeLessThanOrEqual(1);
  });
  it('texts too short to tell are unknown, never a language', () => {
    for (const t of unknownSet) expect(detectLanguage(t), t).toBe('unknown');
  });
});

describe('detectLanguage rules', () => {
  it('reads short greetings with enough letters, not "ok" or "thanks!"', () => {
    expect(detectLanguage('muchas gracias')).toBe('es');
    expect(detectLanguage('vielen Dank')).toBe('de');
    expect(detectLanguage('thanks!')).toBe('unknown');
    expect(detectLanguage('ok merci')).toBe('unknown');
  });
  it('numbers, codes and addresses say nothing', () => {
    expect(languageText('Pedido #48213 en https://x.example/a?b=1 y ana@x.example')).toBe('Pedido en y');
    expect(detectLanguage('Order #48213 / SN-44821-KX / 77-1902')).toBe('unknown');
  });
  it('a long draft is read from its opening (bounded work)', () => {
    const long = 'Hola Ana, le escribo para confirmarle que el reembolso ya está en camino. '.repeat(60);
    expect(detectLanguage(long)).toBe('es');
  });
  it('languageOr falls back on unknown only', () => {
    expect(languageOr('ok', 'de')).toBe('de');
    expect(languageOr('Je vous rappelle demain matin sans faute.', 'de')).toBe('fr');
  });
});

describe('the five-language n-gram cut', () => {
  it('is what `npm run lang:gen` writes from the installed eld', async () => {
    expect(readFileSync(NGRAMS_PATH, 'utf8')).toBe(moduleText(await subsetData('small'), 'small'));
  });
});
