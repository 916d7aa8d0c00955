/**
 * The lint context of a draft, as the background builds it: the customer's tone and repeat-contact
 * signal from the thread, the tone risks of the draft itself, the site and the channel. One
 * function so that the background and `npm run eval:drafts` lint exactly alike.
 */
import type { Channel, ThreadMessage } from '../adapters/types';
import type { LintContext } from './hint';
import type { ToneState } from '../tone/types';
import { analyzeThread } from '../tone/analyze';
import { analyzeDraft } from '../tone/draft';

export function lintContext(input: {
  draft: string;
  /** Left out in the pack editor's live test (no page). */
  site?: string;
  channel?: Channel | undefined;
  /** The thread's tone (null when there is no thread); computed from `thread` when left out. */
  tone?: ToneState | null;
  thread?: readonly ThreadMessage[];
}): LintContext {
  const tone = input.tone !== undefined ? input.tone : input.thread && input.thread.length > 0 ? analyzeThread(input.thread) : null;
  return {
    ...(input.site !== undefined ? { site: input.site } : {}),
    repeatContact: tone?.signals.some((s) => s.kind === 'repeat-contact') ?? false,
    ...(tone ? { customerTone: tone.level } : {}),
    ...(input.channel ? { channel: input.channel } : {}),
    draftRisks: input.draft ? analyzeDraft(input.draft) : [],
  };
}
