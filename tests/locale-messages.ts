// browser.i18n answering from one locale's messages.json, as the browser does (keys case-insensitive,
// $NAME$ filled from the substitutions): for tests of the interface in another language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withKindMessages } from '@/lib/guidance/kinds/messages';

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A locale's messages.json as the build writes it: the source file with the rule kinds' names (wxt.config.ts). */
export const builtMessagesText = (lang: string): string =>
  withKindMessages(readFileSync(resolve(import.meta.dirname, `../assets/public/_locales/${lang}/messages.json`), 'utf8'), lang);

export const localeMessages = (lang: string): Messages => JSON.parse(builtMessagesText(lang)) as Messages;

export function useMessages(messages: Messages, uiLanguage: string): void {
  const byKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  (fakeBrowser as unknown as { i18n: unknown }).i18n = {
    getUILanguage: () => uiLanguage,
    getMessage(key: string, substitutions?: string | string[]): string {
      const entry = byKey.get(key.toLowerCase());
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      let text = entry.message;
      for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
        text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''));
      }
      return text;
    },
  };
}
