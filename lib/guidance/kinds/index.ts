/**
 * The rule kinds, one module each (kinds/types.ts says what a kind holds). The pack schema's rule
 * union, compile, lint and the pack editor are built from this list; `npm run new:rule-kind -- <name>`
 * adds a kind here, and tests/unit/guidance/kinds-conventions.test.ts checks each.
 * The order is the schema's (its error messages list the kinds in it) and the editor's.
 */
import { z } from 'zod';
import { conversation } from './conversation';
import { phrases } from './phrases';
import { regex } from './regex';
import { structure } from './structure';
import { schemasOf, type RuleKind } from './types';

export const KINDS = [
  phrases,
  regex,
  structure,
  conversation,
] as const;

export const RuleSchema = z.discriminatedUnion('kind', schemasOf(KINDS));

export type AnyRuleKind = RuleKind<z.ZodType<{ kind: string }>, unknown>;
const BY_NAME = new Map<string, AnyRuleKind>(KINDS.map((k) => [k.kind, k as unknown as AnyRuleKind]));

/** The kind named `kind`, or undefined. */
export function kindOf(kind: string): AnyRuleKind | undefined {
  return BY_NAME.get(kind);
}
