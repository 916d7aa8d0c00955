import { browser } from 'wxt/browser';
import type { TabLang } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import './lang-notice.css';

/** A language's name in the rep's UI language ("Spanish", "Spanisch", "espagnol"), via Intl.DisplayNames. */
export function languageName(code: string): string {
  try {
    const ui = browser.i18n.getUILanguage?.() || 'en';
    return new Intl.DisplayNames([ui, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The hints section's line when no pack covers the draft's language (instead of "nothing to flag"). */
export function noGuidanceText(lang: TabLang | undefined, draftLength: number): string | null {
  if (!lang || lang.guidance || draftLength === 0) return null;
  return t('langNoGuidance', languageName(lang.draft));
}

/** Says what Heard doesn't read in this conversation's languages: the customer's tone. */
export function LangNotice({ lang }: { lang: TabLang | undefined }) {
  if (!lang?.toneUnread) return null;
  return (
    <p className="lang-notice" role="note">
      {t('langToneUnread', languageName(lang.toneUnread))}
    </p>
  );
}
