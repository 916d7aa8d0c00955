/** The options page's rule feedback: how each rule fared for this rep (counts only), and resetting them. */
import { RuleStatListSchema, sendMessage, type RuleStatMsg } from '@/lib/messaging';
import { errorText, transport } from './transport';

export const feedbackTransport = transport({
  list: (): Promise<unknown> => sendMessage('ui:stats:list', {}),
  reset: () => sendMessage('ui:stats:reset', { confirm: 'reset-counts' }),
});

/** The counts, parsed at the boundary; null when the background did not answer or answered nonsense. */
export const ruleStats = (): Promise<RuleStatMsg[] | null> =>
  feedbackTransport()
    .list()
    .then(
      (raw) => {
        const parsed = RuleStatListSchema.safeParse(raw);
        return parsed.success ? parsed.data : null;
      },
      () => null,
    );

export const resetRuleStats = (): Promise<{ ok: boolean; error?: string | undefined }> =>
  feedbackTransport().reset().catch((e: unknown) => ({ ok: false, error: errorText(e) }));
