/**
 * Languages in a conversation: each customer message's, the conversation's, the draft's.
 *
 * - The draft's language chooses the packs (guidance) and the promise parser. When the draft is too
 *   short to tell ("ok", "Thanks!", an order number) it is the conversation's language: the rep's
 *   last replies', else the customer's, else the rep's own (the browser's UI language). Never a
 *   foreign language guessed from too little text.
 * - The customer's tone is read in the customer's language. A customer message in a language the
 *   tone lexicons do not cover is left out of the tone reading (its text blanked, indices kept),
 *   never read with English word lists; the panel says tone is not read for that language.
 */
import type { ThreadMessage } from '../adapters/types';
import { detectLanguage, languageText } from './detect';
import type { DetectedLang, Lang } from './langs';
export { langOfTag } from './langs';

/** The languages lib/tone reads: English (lib/tone/analyze.ts) and the lexicons of lib/tone/langs/. */
export const TONE_LANGS: readonly Lang[] = ['en', 'es', 'fr', 'de', 'pt'];

/** Which reader reads a customer message: its language, and a second one for a short message. */
export interface ToneLang {
  lang: Lang;
  /** A short message ("M e r d e à toi", "h.u.r.e.n.s.o.h.n") may be told as another language than the
   * customer's: it is read in the customer's language too, and the higher reading counts. */
  also: Lang | null;
}

/** Below this many letters a detected language is a guess: the customer's language reads the message too. */
export const SHORT_LETTERS = 40;

/** The reader(s) for one customer message, or null when tone reads none of its languages. */
export function toneLangOf(text: string, detected: DetectedLang, customer: Lang | null, covered: readonly Lang[] = TONE_LANGS): ToneLang | null {
  const lang = detected === 'unknown' ? customer : detected;
  if (lang === null) return null;
  const short = languageText(text).replace(/[^\p{L}]/gu, '').length < SHORT_LETTERS;
  const also = short && customer !== null && customer !== lang && covered.includes(customer) ? customer : null;
  if (!covered.includes(lang)) return also ? { lang: also, also: null } : null;
  return { lang, also };
}

export interface ThreadLangs {
  /** Per message of the thread, as detected ('unknown' when too short to tell). */
  messages: DetectedLang[];
  /** The customer's language: the language of most of their words; null when none could be told. */
  customer: Lang | null;
  /** The language of the rep's side of the thread (agent messages); null when none could be told. */
  agent: Lang | null;
}

function dominant(langs: readonly DetectedLang[], texts: readonly string[]): Lang | null {
  const weight = new Map<Lang, number>();
  let last: Lang | null = null;
  langs.forEach((l, i) => {
    if (l === 'unknown') return;
    weight.set(l, (weight.get(l) ?? 0) + Math.min(texts[i]!.length, 600));
    last = l;
  });
  let best: Lang | null = null;
  let bestW = 0;
  for (const [l, w] of weight) {
    // Ties go to the newest message's language.
    if (w > bestW || (w === bestW && l === last)) {
      best = l;
      bestW = w;
    }
  }
  return best;
}

export function threadLangs(thread: readonly ThreadMessage[]): ThreadLangs {
  const messages = thread.map((m) => detectLanguage(m.text));
  const of = (role: string): Lang | null => {
    const idx = thread.flatMap((m, i) => (m.role === role ? [i] : []));
    return dominant(
      idx.map((i) => messages[i]!),
      idx.map((i) => thread[i]!.text),
    );
  };
  return { messages, customer: of('customer'), agent: of('agent') };
}

export interface DraftLang {
  lang: Lang;
  /** false when the draft was too short to tell and the conversation's or rep's language was taken. */
  detected: boolean;
}

export function draftLanguage(draft: string, langs: ThreadLangs, repLang: Lang | null): DraftLang {
  const d = detectLanguage(draft);
  if (d !== 'unknown') return { lang: d, detected: true };
  return { lang: langs.agent ?? langs.customer ?? repLang ?? 'en', detected: false };
}

export interface ToneInput {
  /** The thread to give the tone analyser: customer messages in languages it cannot read blanked. */
  thread: ThreadMessage[];
  /** Per message: the language(s) to read a customer message in (null for other roles and blanked messages). */
  langs: (ToneLang | null)[];
  /** The customer's language when tone cannot read it (the panel says so); null when it can. */
  unread: Lang | null;
}

/** What the tone analyser may read of the thread (same length and order: signal indices stay valid). */
export function toneInput(thread: readonly ThreadMessage[], langs: ThreadLangs, covered: readonly Lang[] = TONE_LANGS): ToneInput {
  let blanked = false;
  const toneLangs: (ToneLang | null)[] = thread.map(() => null);
  const out = thread.map((m, i) => {
    if (m.role !== 'customer') return m;
    const detected = langs.messages[i]!;
    // Too short to tell: the customer's language ("ok", "??" read with the rest of their messages).
    const lang = detected === 'unknown' ? langs.customer : detected;
    if (lang === null) return m;
    const tl = toneLangOf(m.text, detected, langs.customer, covered);
    if (tl) {
      toneLangs[i] = tl;
      return m;
    }
    blanked = true;
    return { ...m, text: '' };
  });
  const unread = langs.customer !== null && !covered.includes(langs.customer) ? langs.customer : null;
  return { thread: blanked ? out : [...thread], langs: toneLangs, unread: unread ?? (blanked ? firstUncovered(thread, langs, covered) : null) };
}

function firstUncovered(thread: readonly ThreadMessage[], langs: ThreadLangs, covered: readonly Lang[]): Lang | null {
  for (let i = thread.length - 1; i >= 0; i--) {
    const l = langs.messages[i]!;
    if (thread[i]!.role === 'customer' && l !== 'unknown' && !covered.includes(l)) return l;
  }
  return null;
}
