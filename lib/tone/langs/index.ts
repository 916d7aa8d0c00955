/**
 * The tone readers for languages other than English (English is lib/tone/analyze.ts itself).
 * Background and extension pages only: the lexicons never reach the content script.
 */
import type { Lang } from '../../lang/langs';
import { readMessage, type MessageTone, type ToneLexicon } from './engine';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { withLearnedDe } from './learned-de';

export const LEXICONS: Partial<Record<Lang, ToneLexicon>> = { de, es, fr, pt };

/** The languages a lexicon here reads. */
export const LEXICON_LANGS = Object.keys(LEXICONS) as Lang[];

/** Read one customer message in `lang`; null when no lexicon covers it. German: the learned second opinion
 * on abuse (./learned-de.ts) may raise a frustrated or angry reading to abusive. */
export function readIn(lang: Lang, text: string, messageIndex = 0): MessageTone | null {
  const lex = LEXICONS[lang];
  if (!lex) return null;
  const ruled = readMessage(lex, text, messageIndex);
  return lang === 'de' ? withLearnedDe(ruled, text, messageIndex) : ruled;
}
