import { z } from 'zod';
import { NO_HITS, type TextRange } from '../hint';
import { MatcherSchema, ruleBase, UNLESS_FIELD } from './parts';
import { defineKind, type DraftView } from './types';

/**
 * About the shape of the whole draft, including what it lacks. Fires when the draft's word count is
 * within [minWords, maxWords], `when` matches at least `minMatches` times (if given; counted after
 * ifNear/unlessNear, and after `unlessCustomerSaid`), every matcher in `also` matches (if given) and
 * `unless` does not match (if given).
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
    })
    .superRefine((r, ctx) => {
      if (r.unlessCustomerSaid !== undefined && !r.when) {
        ctx.addIssue({ code: 'custom', message: '"unlessCustomerSaid" needs "when"', path: ['unlessCustomerSaid'] });
      }
      if (r.minMatches !== undefined && !r.when) {
        ctx.addIssue({ code: 'custom', message: '"minMatches" needs "when"', path: ['minMatches'] });
      }
      if (r.minWords !== undefined && r.maxWords !== undefined && r.minWords > r.maxWords) {
        ctx.addIssue({ code: 'custom', message: '"minWords" is greater than "maxWords"', path: ['minWords'] });
      }
      if (!r.when && !r.also && !r.unless && r.minWords === undefined && r.maxWords === undefined && !r.context) {
        ctx.addIssue({ code: 'custom', message: 'a structure rule needs at least one of when, also, unless, minWords, maxWords, context', path: ['when'] });
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
