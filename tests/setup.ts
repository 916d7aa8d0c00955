// Shared test setup: fake IndexedDB for Dexie, WXT's fake browser reset between tests, and
// browser.i18n answering from our real English messages so components render real strings.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import source from '../assets/public/_locales/en/messages.json';
import { kindMessages } from '../lib/guidance/kinds/messages';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The English messages as built: the file and the rule kinds' names (lib/guidance/kinds/messages.ts). */
const messages: Messages = { ...source, ...kindMessages('en') };

export function getTestMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    const value = ph.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text;
}

function installI18n(): void {
  (fakeBrowser as unknown as { i18n: unknown }).i18n = {
    getMessage: getTestMessage,
    getUILanguage: () => 'en',
  };
}

installI18n();

// findBy/waitFor wait up to 5 s for their condition (Testing Library's default is 1 s): on a loaded
// machine the options page's first reads of fake IndexedDB took longer than that. A wait ends as soon
// as its condition holds, so passing tests are no slower; it is a deadline, not a retry.
configure({ asyncUtilTimeout: 5_000 });
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
