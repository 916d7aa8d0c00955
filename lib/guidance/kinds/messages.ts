/**
 * The rule kinds' names as messages: each kind's module holds its name in every language (`names`),
 * and the build writes them into the built `_locales/<lang>/messages.json` (wxt.config.ts, hook
 * build:publicAssets), so the pack editor shows them through the browser's i18n like any other
 * string while a new kind touches no messages file. The tests read the files the same way
 * (tests/locale-messages.ts, tests/setup.ts).
 */
import { KINDS } from './index';
import type { KindNames } from './types';

type Entry = { message: string };

/** The kinds' names in `lang`, by message key. */
export function kindMessages(lang: string): Record<string, Entry> {
  return Object.fromEntries(
    KINDS.map((k) => {
      const message = (k.names as Partial<Record<string, string>>)[lang];
      if (!message?.trim()) throw new Error(`rule kind ${k.kind} has no name in ${lang} (names, lib/guidance/kinds/${k.kind}.ts)`);
      return [k.label, { message }];
    }),
  );
}

/** The languages every kind names itself in (a kind's `names`): those of assets/public/_locales. */
export const KIND_NAME_LOCALES: readonly (keyof KindNames)[] = ['de', 'en', 'es', 'fr', 'pt'];

/** A messages.json's text with the kinds' names of `lang` added at its end (a key the file has already is an error). */
export function withKindMessages(text: string, lang: string): string {
  const file = JSON.parse(text) as Record<string, unknown>;
  const names = kindMessages(lang);
  const twice = Object.keys(names).filter((k) => k in file);
  if (twice.length) throw new Error(`_locales/${lang}/messages.json has ${twice.join(', ')}: a rule kind's name lives in its module (names)`);
  return `${JSON.stringify({ ...file, ...names }, null, 2)}\n`;
}
