/** The languages Heard tells apart (ISO 639-1). Anything else reads as 'unknown'. */
export const LANGS = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type Lang = (typeof LANGS)[number];
export type DetectedLang = Lang | 'unknown';

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}
