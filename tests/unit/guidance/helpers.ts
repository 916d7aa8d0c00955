import type { Pack, Rule } from '../../../lib/guidance/schema';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type RuleSpec = DistributiveOmit<Rule, 'title' | 'severity' | 'advice' | 'why' | 'examples' | 'tests'> &
  Partial<Pick<Rule, 'title' | 'severity' | 'advice' | 'why' | 'examples' | 'tests'>>;

/** A rule with filler texts, for engine tests. */
export function rule(spec: RuleSpec): Rule {
  return {
    title: `Rule ${spec.id}`,
    severity: 'suggest',
    advice: 'Do the better thing.',
    why: 'Because it helps.',
    examples: [],
    tests: { shouldMatch: [], shouldNotMatch: [] },
    ...spec,
  } as Rule;
}

export function pack(id: string, rules: Rule[], extra: Partial<Pack> = {}): Pack {
  return {
    schemaVersion: 1,
    id,
    name: `Pack ${id}`,
    version: '1.0.0',
    author: 'tests',
    description: 'A test pack.',
    locale: 'en',
    updated: '2025-01-01',
    rules,
    ...extra,
  };
}
