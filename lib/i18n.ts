import { browser } from 'wxt/browser';

/**
 * A rule kind's name in the pack editor: its module holds it in every language, and the build merges
 * it into the built messages.json files (lib/guidance/kinds/messages.ts, wxt.config.ts). One key per
 * kind listed in lib/guidance/kinds/index.ts, so a misspelt key is a type error.
 */
export type KindLabelKey = (typeof import('./guidance/kinds'))['KINDS'][number]['label'];

/** A kind's name as its message key spells it: `word-count` → `WordCount` (kindLabelKey, lib/guidance/kinds/types.ts). */
export type KindKeyName<K extends string> = K extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${KindKeyName<Tail>}` : Capitalize<K>;

/** Every user-facing string goes through the browser's i18n (assets/public/_locales/<lang>/messages.json). */
export type MessageKey = FileKey | KindLabelKey;

/**
 * A key of the messages files in the source tree (WXT types browser.i18n.getMessage with these). The
 * kinds' editor fields take these only: their types are part of the kinds' list that KindLabelKey reads.
 */
export type FileKey = keyof typeof import('../assets/public/_locales/en/messages.json');

/** A message with plural forms: `<key>_one`, `<key>_other` (and `_few`, `_many` where a language has them). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

/** One entry of a messages.json file, as the browser reads it. */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The messages files themselves (keys lower-cased, as the browser matches them), for a context whose
 * browser.i18n can go blank: Chromium's service worker answers '' to every getMessage after some
 * extension pages close (seen on Chromium 156: the marker read "markerHints_other", reminders would
 * have had no title). The background loads them once (lib/i18n-files.ts), a page only when blank at its start; elsewhere null.
 */
let files: ReadonlyMap<string, MessageEntry> | null = null;

export function setMessageFiles(entries: ReadonlyMap<string, MessageEntry> | null): void {
  files = entries;
}

/** A message with its substitutions, as the browser formats it: placeholders by name, $1…$9 in their content, $$ for $. */
export function formatMessage(entry: MessageEntry, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string): string => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, ph]) => [name.toLowerCase(), ph.content]));
  return entry.message.replace(/\$(\$|[1-9]|[A-Za-z0-9_@]+\$)/g, (whole, m: string) => {
    if (m === '$') return '$';
    if (/^[1-9]$/.test(m)) return fill(whole);
    const content = named.get(m.slice(0, -1).toLowerCase());
    return content === undefined ? whole : fill(content);
  });
}

function getMessage(key: string, substitutions?: string | string[]): string {
  const shown = browser.i18n.getMessage(key as FileKey, substitutions);
  if (shown || !files) return shown;
  const entry = files.get(key.toLowerCase());
  return entry ? formatMessage(entry, substitutions) : '';
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}

/** The language of the messages the browser shows (not always its UI language: a browser in Italian reads English). */
export function uiLang(): string {
  return getMessage('uiLocale') || browser.i18n.getUILanguage();
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
  return getMessage(`${key}_${rules.select(count)}`, substitutions) || t(`${key}_other` as MessageKey, substitutions);
}
