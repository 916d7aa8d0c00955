import { z } from 'zod';
import { regexProblem } from '../regex-safety';
import { flags, MatcherSchema, pattern, matchUnless, ruleBase, UNLESS_FIELD, validFlags } from './parts';
import { defineKind } from './types';

/** Fires on every match of the pattern, unless `unless` matches the draft. */
export const regex = defineKind({
  kind: 'regex',
  schema: z
    .strictObject({
      ...ruleBase,
      kind: z.literal('regex'),
      pattern,
      flags: flags.optional(),
      unless: MatcherSchema.optional(),
    })
    .superRefine((r, ctx) => {
      const problem = regexProblem(r.pattern, validFlags(r.flags));
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['pattern'] });
    }),
  compile: (rule, m) => ({ main: m.build(null, false, rule.pattern, rule.flags ?? ''), unless: m.get(rule.unless) }),
  match: matchUnless,
  names: { en: 'Regular expression', de: 'Regulärer Ausdruck', es: 'Expresión regular', fr: 'Expression régulière', pt: 'Expressão regular' },
  starter: { pattern: '' },
  fields: [
    {
      type: 'row',
      fields: [
        { type: 'text', name: 'pattern', label: 'pePattern', wide: true },
        { type: 'text', name: 'flags', label: 'peFlags', optional: true },
      ],
    },
    UNLESS_FIELD,
  ],
});
