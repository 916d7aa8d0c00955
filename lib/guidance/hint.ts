/** The engine's input and output: the contract between the rule engine and everything around it. */
import type { Channel, ThreadMessage } from '../adapters/types';
import type { DraftRisk, ToneLevel } from '../tone/types';

/** A hint's weight and what a hint can offer beyond its advice: defined once in lib/values.ts. */
export { SEVERITIES, type Severity, type HintAction } from '../values';
import type { Severity, HintAction } from '../values';

export interface LintContext {
  /** Customer tone of this conversation, from lib/tone (undefined when unknown, e.g. no thread). */
  customerTone?: ToneLevel;
  /** Tone risks found in the rep's own draft, from lib/tone. */
  draftRisks?: readonly DraftRisk[];
  /** Adapter id of the helpdesk ("zendesk", "generic", "demo"). */
  site?: string;
  channel?: Channel;
  /**
   * The customer is back about the same problem (lib/tone's `repeat-contact` signal). Optional;
   * rules with `context.repeatContact` and checklists with `trigger.repeatContact` use it.
   */
  repeatContact?: boolean;
}

export interface LintInput {
  draft: string;
  thread: readonly ThreadMessage[];
  context: LintContext;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface Hint {
  /** Stable within one draft: `${packId}/${ruleId}`. */
  id: string;
  ruleId: string;
  packId: string;
  severity: Severity;
  title: string;
  advice: string;
  why: string;
  examples: readonly string[];
  /** An action-only phrasing (what to do, e.g. a log line): shown, never inserted into the reply. */
  actionHint?: string;
  actions: readonly HintAction[];
  /** Where in the draft the rule fired; empty for rules about what the draft lacks. */
  ranges: readonly TextRange[];
  /** Hints folded into this card: they fired on the same words, or this rule supersedes them. */
  also?: readonly { id: string; ruleId: string; packId: string; title: string }[];
}

/** No ranges: one shared frozen empty list, so the no-match path allocates nothing. */
export const NO_HITS: readonly TextRange[] = Object.freeze([]);
