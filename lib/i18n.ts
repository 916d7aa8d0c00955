import { browser } from 'wxt/browser';

/** Every user-facing string goes through the browser's i18n (assets/public/_locales/<lang>/messages.json). */
export type MessageKey = keyof typeof import('../assets/public/_locales/en/messages.json');

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** "1 hint" / "3 hints": Chrome's i18n has no plural rules, so each form is its own message. */
export function plural(count: number, one: MessageKey, many: MessageKey, zero?: MessageKey): string {
  if (count === 0 && zero) return t(zero);
  return t(count === 1 ? one : many, String(count));
}
