import { browser } from 'wxt/browser';

/** Every user-facing string goes through the browser's i18n (assets/public/_locales/<lang>/messages.json). */
export type MessageKey = keyof typeof import('../assets/public/_locales/en/messages.json');

/** A message with plural forms: `<key>_one`, `<key>_other` (and `_few`, `_many` where a language has them). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language of the messages the browser shows (not always its UI language: a browser in Italian reads English). */
export function uiLang(): string {
  return browser.i18n.getMessage('uiLocale') || browser.i18n.getUILanguage();
}

let rules: Intl.PluralRules | undefined;
let rulesFor = '';

/**
 * "1 hint" / "3 hints" / "1 indice" for 0 in French: the CLDR category of `count` in the language of the
 * messages the browser shows (uiLang(), so a browser in Italian reading the English file counts in
 * English), falling back to `_other`. The count is $1 unless substitutions are given.
 */
export function plural(key: PluralKey, count: number, substitutions: string[] = [String(count)]): string {
  const locale = uiLang();
  if (!rules || rulesFor !== locale) {
    rules = new Intl.PluralRules(locale);
    rulesFor = locale;
  }
  return browser.i18n.getMessage(`${key}_${rules.select(count)}` as MessageKey, substitutions) || t(`${key}_other` as MessageKey, substitutions);
}
