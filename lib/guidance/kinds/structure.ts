import { z } from 'zod';
import { NO_HITS, type TextRange } from '../hint';
import { MatcherSchema, ruleBase, UNLESS_FIELD } from './parts';
import { defineKind, type DraftView } from './types';

/**
 * About the shape of the whole draft, including what it lacks. Fires when the draft's word count is
 * within [minWords, maxWords], `when` matches at least `minMatches` times (if given; counted after
 * ifNear/unlessNear, and after `unlessCustomerSaid`), every matcher in `also` matches (if given),
 * `unless` does not match (if given) and `unlessAtEnd` does not match in the closing of the draft: its
 * last `endSentences` sentences (3 unless given), a sign-off line and what follows it not counted
 * ("end with the next step": a step said early in a long email and not at its end does not count).
 * `unlessCustomerSaid`: a `when` match whose words a customer message of the thread also has does not
 * count (the customer's own term, "RMA 30044", "SSO", is not jargon to them).
 * Ranges: the `when` matches (none when there is no `when`).
 */
export const structure = defineKind({
  kind: 'structure',
  schema: z
    .strictObject({
      ...ruleBase,
      kind: z.literal('structure'),
      when: MatcherSchema.optional(),
      minMatches: z.number().int().min(1).max(100).optional(),
      also: z.array(MatcherSchema).min(1).max(5).optional(),
      unless: MatcherSchema.optional(),
      minWords: z.number().int().min(0).max(100_000).optional(),
      maxWords: z.number().int().min(0).max(100_000).optional(),
      /** Drop a `when` match whose words a customer message also has (needs `when`). */
      unlessCustomerSaid: z.boolean().optional(),
      /** Does not fire when this matches in the closing of the draft (its last `endSentences` sentences before a sign-off). */
      unlessAtEnd: MatcherSchema.optional(),
      /** How many sentences the closing has (1–20, default 3; needs unlessAtEnd). */
      endSentences: z.number().int().min(1).max(20).optional(),
    })
    .superRefine((r, ctx) => {
      if (r.unlessCustomerSaid !== undefined && !r.when) {
        ctx.addIssue({ code: 'custom', message: '"unlessCustomerSaid" needs "when"', path: ['unlessCustomerSaid'] });
      }
      if (r.endSentences !== undefined && !r.unlessAtEnd) {
        ctx.addIssue({ code: 'custom', message: '"endSentences" needs "unlessAtEnd"', path: ['endSentences'] });
      }
      if (r.minMatches !== undefined && !r.when) {
        ctx.addIssue({ code: 'custom', message: '"minMatches" needs "when"', path: ['minMatches'] });
      }
      if (r.minWords !== undefined && r.maxWords !== undefined && r.minWords > r.maxWords) {
        ctx.addIssue({ code: 'custom', message: '"minWords" is greater than "maxWords"', path: ['minWords'] });
      }
      if (!r.when && !r.also && !r.unless && !r.unlessAtEnd && r.minWords === undefined && r.maxWords === undefined && !r.context) {
        ctx.addIssue({ code: 'custom', message: 'a structure rule needs at least one of when, also, unless, unlessAtEnd, minWords, maxWords, context', path: ['when'] });
      }
    }),
  compile: (rule, m) => ({
    when: m.get(rule.when),
    unless: m.get(rule.unless),
    also: (rule.also ?? []).map((x) => m.get(x)!),
    minWords: rule.minWords ?? 0,
    maxWords: rule.maxWords ?? Infinity,
    minMatches: rule.minMatches ?? 1,
    unlessCustomerSaid: rule.unlessCustomerSaid === true,
    unlessAtEnd: m.get(rule.unlessAtEnd),
    endSentences: rule.endSentences ?? 3,
  }),
  match: (c, draft) => {
    if (c.minWords > 0 || c.maxWords !== Infinity) {
      const words = draft.words(c.maxWords !== Infinity ? c.maxWords : c.minWords);
      if (words < c.minWords || words > c.maxWords) return null;
    }
    let ranges = NO_HITS;
    if (c.when !== null) {
      ranges = draft.near(draft.scan(c.when));
      if (c.unlessCustomerSaid && ranges.length > 0) ranges = notSaidByCustomer(ranges, draft);
      if (ranges.length < c.minMatches) return null;
    }
    for (const m of c.also) if (!draft.has(m)) return null;
    if (c.unless !== null && draft.has(c.unless)) return null;
    if (c.unlessAtEnd !== null && draft.test(c.unlessAtEnd, draft.text.slice(closingStart(draft, c.endSentences)))) return null;
    return ranges;
  },
  nearInside: true,
  names: { en: 'Structure of the draft', de: 'Aufbau des Entwurfs', es: 'Estructura del borrador', fr: 'Structure du brouillon', pt: 'Estrutura do rascunho' },
  starter: { when: {} },
  fields: [
    { type: 'matcher', name: 'when', label: 'peWhen', optional: true, hint: 'peWhenHint' },
    {
      type: 'row',
      fields: [
        { type: 'number', name: 'minMatches', label: 'peMinMatches' },
        { type: 'number', name: 'minWords', label: 'peMinWords' },
        { type: 'number', name: 'maxWords', label: 'peMaxWords' },
      ],
    },
    { type: 'matchers', name: 'also', label: 'peAlso', max: 5, add: 'peAddAlso', remove: 'peRemoveAlso' },
    UNLESS_FIELD,
    {
      type: 'row',
      fields: [
        { type: 'matcher', name: 'unlessAtEnd', label: 'peUnlessAtEnd', optional: true, hint: 'peUnlessAtEndHint' },
        { type: 'number', name: 'endSentences', label: 'peEndSentences' },
      ],
    },
    { type: 'check', name: 'unlessCustomerSaid', label: 'peUnlessCustomerSaid' },
  ],
});

/** The ranges whose words no customer message has (case-insensitive, whole words). */
function notSaidByCustomer(ranges: readonly TextRange[], draft: DraftView): readonly TextRange[] {
  const said = draft.thread().thread.filter((m) => m.role === 'customer').map((m) => m.text.toLowerCase());
  if (said.length === 0) return ranges;
  const out: TextRange[] = [];
  for (const r of ranges) {
    const words = draft.text.slice(r.start, r.end).toLowerCase().trim();
    const edge = (t: string, i: number) => i < 0 || i >= t.length || !/[\p{L}\p{N}]/u.test(t[i]!);
    const inMessage = (t: string) => {
      for (let i = t.indexOf(words); i >= 0; i = t.indexOf(words, i + 1)) if (edge(t, i - 1) && edge(t, i + words.length)) return true;
      return false;
    };
    if (words === '' || !said.some(inMessage)) out.push(r);
  }
  return out;
}

/**
 * What ends a draft without being its closing, in the interface's five languages: a sign-off on a line of its own
 * ("Kind regards,", "Thanks!", "With apologies,", "Cheers, Sam"), and a closing courtesy ("Have a lovely time at
 * the wedding!", "I hope this helps.", "Thanks again for your patience.").
 */
const SIGN_OFF =
  /^(?:(?:kind|kindest|warm|warmest|best|many|with|all the|very best|with kind|with best|with warm)\s+)?(?:regards|wishes|thanks|thank you|thx|cheers|sincerely|best|apologies|yours(?:\s+(?:sincerely|faithfully|truly))?|take care|talk soon|speak soon|saludos|un saludo|atentamente|gracias|cordialement|bien (?:à|a) vous|merci|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|(?:viele|beste|liebe|freundliche) gr(?:ü|ue)(?:ß|ss)e|danke|atenciosamente|cumprimentos|obrigad[oa]|abra(?:ç|c)os?)(?![\p{L}\p{N}])/iu;
const COURTESY =
  /^(?:(?:I|we) (?:hope|trust)|hope (?:this|that|it|you)|(?:have|enjoy) (?:a|the|your)|(?:many )?thanks?(?: you)? (?:again|for)|(?:once )?again,? (?:sorry|apologies|my apologies|thank)|(?:sorry|apologies) again|take care|(?:all the best|best of luck|good luck)|(?:wishing|wish) you|(?:espero|que tenga|j[’']esp[èe]re|bonne (?:journée|soirée)|ich hoffe|einen schönen|boa tarde|bom dia|tenha um))(?![\p{L}\p{N}])/iu;
const isBreak = (t: string, i: number) => i < 0 || i >= t.length || t[i] === '\n' || t[i] === '\r';
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Whether a sentence counts toward the closing: not a line of a signature (a short line without a full stop: a name, a
 * team, "Best,"), a sign-off on its own line, or a closing courtesy (those stay inside the closing, uncounted).
 * Null for a sentence with no letter or digit.
 */
function isBody(text: string, r: TextRange): boolean | null {
  const line = text.slice(r.start, r.end).trim();
  if (!HAS_WORD.test(line)) return null;
  let a = r.start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
  if (isBreak(text, a - 1) && isBreak(text, r.end)) {
    const words = line.split(/\s+/).length;
    if (words <= 6 && !/[.!?]["')\]”’]*$/.test(line)) return false;
    if (words <= 12 && SIGN_OFF.test(line)) return false;
  }
  return !COURTESY.test(line);
}

/** Where the closing starts: the draft's `n`-th body sentence from the end (it runs to the end of the draft). */
function closingStart(draft: DraftView, n: number): number {
  const sentences = draft.sentences();
  const text = draft.text;
  let from = 0;
  let left = n;
  for (let i = sentences.length - 1; i >= 0 && left > 0; i--) {
    const body = isBody(text, sentences[i]!);
    if (body === null) continue;
    from = sentences[i]!.start;
    if (body) left--;
  }
  return left > 0 ? 0 : from;
}
