// The runner the probe-family files in several languages share: one case per line, [language, level, text].
import { describe, expect, it } from 'vitest';
import { analyzeMessageIn } from '@/lib/tone/langs/route';

export type FamilyLang = 'es' | 'fr' | 'de' | 'pt';

/** One family: each case read at its level. */
export function family(name: string, cases: [FamilyLang, string, string][]): void {
  describe(name, () => {
    it.each(cases)('%s reads %s: %s', (lang, want, text) => expect(analyzeMessageIn(text, lang).level).toBe(want));
  });
}
