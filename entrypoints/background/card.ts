import { cardFor, type HandlerTable, type TabState } from '@/lib/messaging';
import { t } from '@/lib/i18n';

const SEVERITY = { warn: 'severityWarn', suggest: 'severitySuggest', info: 'severityInfo' } as const;

/**
 * The card at the words: the content script asks for the hint on the words the rep reached (by
 * their offsets in the draft) and may dismiss it. The texts come from the tab's last lint, as the
 * panel shows them; a card never offers an action-only phrasing (those are not examples).
 */
export function cardHandlers(deps: {
  read(tabId: number): Promise<TabState | null>;
  dismiss(tabId: number, hintId: string): Promise<void>;
}) {
  return {
    async 'cs:card'({ start, end }, sender) {
    const tabId = sender.tab?.id;
    const tab = tabId == null ? null : await deps.read(tabId);
    const card = tab ? cardFor(tab.hints, start, end) : null;
    return card && { ...card, l: [t(SEVERITY[card.severity]), t('cardReplace'), t('cardInsert'), t('cardDismiss'), t('cardMore'), t('cardPhrasing'), t('cardKeys')] };
    },
    async 'cs:dismiss'({ hintId }, sender) {
      const tabId = sender.tab?.id;
      if (tabId != null) await deps.dismiss(tabId, hintId);
    },
  } satisfies HandlerTable;
}
