/**
 * Which packs speak the draft's language. A pack declares `locale` ("en", "en-GB") and may add
 * `locales` (a team pack written for several languages); matched on the language subtag. Guidance
 * runs only the packs covering the draft's language: a Spanish draft never gets English rules.
 */
import type { Pack } from '../guidance/schema';
import { isLang, type Lang } from './langs';

/** The languages a pack's rules are written for (primary subtags, lower case, no repeats). */
export function packLangs(pack: Pick<Pack, 'locale' | 'locales'>): string[] {
  const tags = [pack.locale, ...(pack.locales ?? [])];
  return [...new Set(tags.map((t) => t.split('-')[0]!.toLowerCase()))];
}

export function packCovers(pack: Pick<Pack, 'locale' | 'locales'>, lang: Lang): boolean {
  return packLangs(pack).includes(lang);
}

export function packsFor<P extends Pick<Pack, 'locale' | 'locales'>>(packs: readonly P[], lang: Lang): P[] {
  return packs.filter((p) => packCovers(p, lang));
}

/** The languages some pack in force covers (what the panel can say Heard has guidance in). */
export function coveredLangs(packs: readonly Pick<Pack, 'locale' | 'locales'>[]): Lang[] {
  return [...new Set(packs.flatMap(packLangs))].filter(isLang);
}
