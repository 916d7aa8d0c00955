/** The languages Heard tells apart (ISO 639-1). Anything else reads as 'unknown'. */
export const LANGS = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type Lang = (typeof LANGS)[number];
export type DetectedLang = Lang | 'unknown';

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** The language of a BCP 47 tag (the browser's UI language, "pt-BR"), if Heard tells it apart. */
export function langOfTag(tag: string | undefined | null): Lang | null {
  const l = (tag ?? '').split(/[-_]/)[0]!.toLowerCase();
  return isLang(l) ? l : null;
}
