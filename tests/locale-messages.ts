// browser.i18n answering from one locale's messages.json, as the browser does (keys case-insensitive,
// $NAME$ filled from the substitutions): for tests of the interface in another language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const localeMessages = (lang: string): Messages =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../assets/public/_locales/${lang}/messages.json`), 'utf8')) as Messages;

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
