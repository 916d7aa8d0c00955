// Chromium's service worker can answer '' to every browser.i18n.getMessage after extension pages close
// (Chromium 156: the marker's name read "markerHints_other"). The background then formats from the
// messages files themselves, read at start: the same words the browser would have given.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, plural, t, uiLang, setMessageFiles } from '@/lib/i18n';
import { loadMessageFiles, localeCandidates, SHIPPED_LOCALES } from '@/lib/i18n-files';
import { builtMessagesText, localeMessages, useMessages as installMessages } from '../locale-messages';
import { makeReceive, answerAfter } from '@/lib/messaging/receive';

/** The file the built extension serves (the source file and the rule kinds' names). */
const file = (lang: string): string => builtMessagesText(lang);

/** A worker whose i18n has gone blank, serving the extension's files at their URLs. */
function blankI18n(uiLanguage: string, shipped = ['en', 'de', 'es', 'fr', 'pt']): string[] {
  (fakeBrowser as unknown as { i18n: unknown }).i18n = { getMessage: () => '', getUILanguage: () => uiLanguage };
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const lang = /_locales\/([^/]+)\/messages\.json$/.exec(url)?.[1] ?? '';
    if (!shipped.includes(lang)) throw new TypeError('Failed to fetch');
    return new Response(file(lang));
  });
  return asked;
}

afterEach(() => {
  setMessageFiles(null);
  vi.unstubAllGlobals();
});

test('blank i18n, files loaded: the marker name, plurals and the messages language are the English the browser gives', async () => {
  blankI18n('en-US');
  expect(t('markerNone')).toBe('markerNone'); // what the rep saw before
  await loadMessageFiles();
  expect(t('markerNone')).toBe('Heard: no hints, open');
  expect(plural('markerHints', 1)).toBe('Heard: 1 hint, open');
  expect(plural('markerHints', 3)).toBe('Heard: 3 hints, open');
  expect(uiLang()).toBe('en');
});

test('a German browser gets the German file, and English for a key German lacks', async () => {
  const asked = blankI18n('de-DE');
  const en = localeMessages('en');
  const de = localeMessages('de');
  await loadMessageFiles();
  expect(asked.map((u) => /_locales\/([^/]+)\//.exec(u)?.[1])).toEqual(['de', 'en']); // only files that exist
  expect(t('markerNone')).toBe(de.markerNone!.message);
  expect(uiLang()).toBe('de');
  // Case-insensitive keys, as the browser matches them.
  expect(t('MARKERNONE' as 'markerNone')).toBe(de.markerNone!.message);
  const missing = Object.keys(en).find((k) => !(k in de));
  if (missing) expect(t(missing as 'markerNone')).not.toBe(missing);
});

test('the formatter gives what the browser gives, for every English and French message', () => {
  for (const lang of ['en', 'fr']) {
    const messages = localeMessages(lang);
    installMessages(messages, lang);
    for (const [key, entry] of Object.entries(messages)) {
      const subs = ['A1', 'B2', 'C3'];
      expect(formatMessage(entry, subs), `${lang}:${key}`).toBe(fakeBrowser.i18n.getMessage(key as 'markerNone', subs));
    }
  }
  expect(formatMessage({ message: 'Costs $$5 by $WHEN$', placeholders: { when: { content: '$1' } } }, 'noon')).toBe('Costs $5 by noon');
});

test('browser.i18n is used while it answers; an unreadable file leaves it alone', async () => {
  blankI18n('fr-FR', []);
  await loadMessageFiles();
  expect(t('markerNone')).toBe('markerNone');
  installMessages(localeMessages('en'), 'en');
  expect(t('markerNone')).toBe('Heard: no hints, open');
});

test('the shipped locales the browser would use', () => {
  expect(localeCandidates('pt-BR')).toEqual(['pt', 'en']);
  expect(localeCandidates('it-IT')).toEqual(['en']);
  expect(localeCandidates('en')).toEqual(['en']);
  expect(localeCandidates('pt-BR', 'en', ['pt_BR', 'pt', 'en'])).toEqual(['pt_BR', 'pt', 'en']);
  expect([...SHIPPED_LOCALES].sort()).toEqual(readdirSync(resolve(import.meta.dirname, '../../assets/public/_locales')).sort());
});

test('messages wait for the files before they are answered', async () => {
  let release!: () => void;
  answerAfter(new Promise<void>((r) => (release = r)));
  let listener!: (m: { data: unknown; sender: unknown }) => unknown;
  const messenger = { onMessage: (_: string, fn: typeof listener) => ((listener = fn), () => {}) };
  const receive = makeReceive(messenger as never, { ping: { from: ['background'], payload: { safeParse: (d: unknown) => ({ success: true, data: d }) } } } as never);
  const seen: string[] = [];
  receive('ping' as never, (() => {
    seen.push('handled');
    return 'pong';
  }) as never);
  const answer = Promise.resolve(listener({ data: {}, sender: { id: fakeBrowser.runtime.id } }));
  await Promise.resolve();
  expect(seen).toEqual([]);
  release();
  await expect(answer).resolves.toBe('pong');
  expect(seen).toEqual(['handled']);
});
