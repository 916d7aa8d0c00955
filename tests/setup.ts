// Shared test setup: fake IndexedDB for Dexie, WXT's fake browser reset between tests, and
// browser.i18n answering from our real English messages so components render real strings. It runs
// before every test file, so it loads only what every file needs; what only DOM tests need
// (jsdom environment) is loaded below when there is a document.
import 'fake-indexeddb/auto';
import type {} from '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, inject } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import source from '../assets/public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * The English messages as built: the file and the rule kinds' names (lib/guidance/kinds/messages.ts),
 * which tests/global-setup.ts reads once per run.
 */
const messages: Messages = { ...source, ...inject('kindMessagesEn') };

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

if (typeof document !== 'undefined') {
  // jest-dom's matchers (toBeInTheDocument, …) and Testing Library: only tests with a DOM use them.
  await import('@testing-library/jest-dom/vitest');
  const { configure } = await import('@testing-library/dom');
  // findBy/waitFor wait up to 5 s for their condition (Testing Library's default is 1 s): on a loaded
  // machine the options page's first reads of fake IndexedDB took longer than that. A wait ends as soon
  // as its condition holds, so passing tests are no slower; it is a deadline, not a retry.
  configure({ asyncUtilTimeout: 5_000 });
  // jsdom 29's slow <label for> lookup, replaced by one with the same answers (tests/jsdom-labels.ts).
  (await import('./jsdom-labels')).installIndexedLabelControl();
}
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
