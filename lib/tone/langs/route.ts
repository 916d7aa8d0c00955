/**
 * One customer message read in its language: English by lib/tone/analyze.ts, Spanish, French, German
 * and Portuguese by their lexicons. Background and tools only: the options page's pack tester reads
 * English and does not carry the lexicons.
 */
import type { Lang } from '../../lang/langs';
import { analyzeMessage, type MessageLang, type MessageTone } from '../analyze';
import { TONE_LEVELS } from '../types';
import { readIn } from '.';

const rank = (l: MessageTone['level']): number => TONE_LEVELS.indexOf(l);

/**
 * `also`: a second language for a short message whose detected language may be a guess; the higher
 * reading counts. A language no reader covers reads calm.
 */
export function analyzeMessageIn(text: string, lang: MessageLang | Lang, messageIndex = 0): MessageTone {
  const { lang: l, also } = typeof lang === 'string' ? { lang, also: null } : lang;
  const read = (x: Lang): MessageTone | null => (x === 'en' ? analyzeMessage(text, messageIndex) : readIn(x, text, messageIndex));
  const a = read(l);
  const b = also && also !== l ? read(also) : null;
  if (!a) return b ?? { level: 'calm', signals: [] };
  return b && rank(b.level) > rank(a.level) ? b : a;
}

/** analyzeThread's reader (lib/tone/analyze.ts MessageReader). */
export const readMessageIn = (text: string, lang: MessageLang, messageIndex: number): MessageTone => analyzeMessageIn(text, lang, messageIndex);
