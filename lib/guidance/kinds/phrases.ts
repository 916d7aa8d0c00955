import { z } from 'zod';
import { checkPhrases, MatcherSchema, phrase, matchUnless, ruleBase, UNLESS_FIELD } from './parts';
import { defineKind } from './types';

/** Fires on every occurrence of any phrase (ranges: the occurrences), unless `unless` matches the draft. */
export const phrases = defineKind({
  kind: 'phrases',
  schema: z
    .strictObject({
      ...ruleBase,
      kind: z.literal('phrases'),
      phrases: z.array(phrase).min(1).max(400),
      inflect: z.boolean().optional(),
      unless: MatcherSchema.optional(),
    })
    .superRefine((r, ctx) => checkPhrases(r.phrases, r.inflect, ctx, ['phrases'])),
  compile: (rule, m) => ({ main: m.build(rule.phrases, rule.inflect ?? false, null, ''), unless: m.get(rule.unless) }),
  match: matchUnless,
  names: { en: 'Phrases', de: 'Wendungen', es: 'Frases', fr: 'Expressions', pt: 'Frases' },
  starter: { phrases: [] },
  fields: [
    { type: 'lines', name: 'phrases', label: 'pePhrases', hint: 'pePhrasesHint' },
    { type: 'check', name: 'inflect', label: 'peInflect' },
    UNLESS_FIELD,
  ],
});
