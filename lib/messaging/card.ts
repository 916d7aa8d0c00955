/**
 * The card at the words (issue 12, point 2). The content script asks for the hint on the words the
 * rep clicked or reached with a shortcut (cs:card, by their draft offsets) and gets its texts from
 * the tab's lint, in the rep's language: it renders them as text. cs:dismiss dismisses it as the
 * panel's Dismiss does. Not bundled into the content script (it parses nothing it receives here).
 */
import * as z from 'zod/mini';
import { message, NoReply } from './define';
import { SEVERITIES } from '../values';

const str = (max: number) => z.string().check(z.maxLength(max));

export const CardSchema = z.object({
  id: str(256),
  severity: z.enum(SEVERITIES),
  title: str(2000),
  advice: str(10_000),
  /** Phrasings that may go into the reply (never an action-only one). */
  examples: z.array(str(10_000)).check(z.maxLength(10)),
  /** The card's own words in the rep's language (the content script calls no i18n): severity,
   * Replace, Insert, Dismiss, More, Phrasing, the shortcuts line. */
  l: z.array(str(500)).check(z.maxLength(7)),
});
export type CardMsg = z.infer<typeof CardSchema>;

export const CARD_MESSAGES = {
  /** The card of the hint on these draft offsets (null: none there). */
  'cs:card': message(
    'cs',
    'content',
    z.object({ start: z.number().check(z.int(), z.minimum(0)), end: z.number().check(z.int(), z.minimum(0)) }),
    z.nullable(CardSchema),
  ),
  'cs:dismiss': message('cs', 'content', z.object({ hintId: str(256) }), NoReply),
};

/** The card of the hint marked on exactly these words (else one whose words hold them). */
export function cardFor(
  hints: readonly { id: string; severity: CardMsg['severity']; title: string; advice: string; examples: string[]; ranges: { start: number; end: number }[] }[],
  start: number,
  end: number,
): Omit<CardMsg, 'l'> | null {
  const h =
    hints.find((x) => x.ranges.some((r) => r.start === start && r.end === end)) ??
    hints.find((x) => x.ranges.some((r) => r.start <= start && r.end >= end));
  return h ? { id: h.id, severity: h.severity, title: h.title, advice: h.advice, examples: h.examples.slice(0, 10) } : null;
}
