import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { setMessageFiles, type MessageEntry } from '@/lib/i18n';

const MessagesFile = z.record(
  z.string(),
  z.object({ message: z.string(), placeholders: z.optional(z.record(z.string(), z.object({ content: z.string() }))) }),
);

/** The locales shipped in assets/public/_locales (a unit test keeps this list true). */
export const SHIPPED_LOCALES: readonly string[] = ['de', 'en', 'es', 'fr', 'pt'];

/** The shipped locales the browser would use for its UI language, most specific first, then the default. */
export function localeCandidates(uiLanguage: string, defaultLocale = 'en', shipped: readonly string[] = SHIPPED_LOCALES): string[] {
  const tag = uiLanguage.replace(/-/g, '_');
  const base = tag.split('_')[0] ?? '';
  return [...new Set([tag, base, defaultLocale].filter((l) => l && shipped.includes(l)))];
}

async function readFile(locale: string): Promise<Record<string, MessageEntry> | null> {
  try {
    const res = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json` as Parameters<typeof browser.runtime.getURL>[0]), {
      signal: AbortSignal.timeout(2_000), // a packaged file: never a reason to hold the background's answers
    });
    if (!res.ok) return null;
    const parsed = MessagesFile.safeParse(await res.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no such locale shipped
  }
}

/**
 * The background's strings (the marker's name, card labels, reminders, pack errors) must not depend on
 * Chromium keeping its service worker's i18n alive (see setMessageFiles): the messages files the
 * browser would use are read once at start, the default locale under the UI language's, and used
 * whenever browser.i18n answers blank. Everything the background answers waits for this (receive's
 * gate, reminders); a file that cannot be read leaves browser.i18n alone.
 */
let loading: Promise<void> | null = null;

/** Loads them once per service-worker life (see loadMessageFiles). Firefox's i18n does not go blank: nothing to load there. */
export function i18nReady(): Promise<void> {
  return (loading ??= import.meta.env.FIREFOX ? Promise.resolve() : loadMessageFiles());
}

export function loadMessageFiles(): Promise<void> {
  const locales = localeCandidates(browser.i18n.getUILanguage());
  return Promise.all(locales.map(readFile)).then((files) => {
    const merged = new Map<string, MessageEntry>();
    for (const file of files.reverse()) {
      for (const [key, entry] of Object.entries(file ?? {})) merged.set(key.toLowerCase(), entry);
    }
    if (merged.size) setMessageFiles(merged);
  });
}

/**
 * An extension page's first render: at once while browser.i18n answers (nothing read: no work added
 * to opening the panel), after the files when it has gone blank (the same Chromium process as the worker).
 */
export function renderWithMessages(render: () => void): void {
  if (browser.i18n.getMessage('uiLocale')) render();
  else void i18nReady().then(render);
}
