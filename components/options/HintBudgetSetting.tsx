import { useId } from 'react';
import { t } from '@/lib/i18n';
import { MAX_HINT_BUDGET, readHintBudget, writeHintBudget } from '@/lib/guidance/hint-budget';
import { useSetting } from '../useSetting';

/** Options: how many hints the panel shows at once (the rest wait behind "Show n more"). */
export function HintBudgetSetting() {
  const id = useId();
  const { value: budget, choose, status } = useSetting(readHintBudget, writeHintBudget, (n) => t('optionsHintBudgetSaved', String(n)));
  return (
    <div className="field">
      <label htmlFor={`${id}-budget`}>{t('optionsHintBudgetLabel')}</label>
      <select
        id={`${id}-budget`}
        value={budget ?? ''}
        disabled={budget === null}
        aria-describedby={`${id}-help`}
        onChange={(e) => void choose(Number(e.currentTarget.value))}
      >
        {budget === null ? <option value="" /> : null}
        {Array.from({ length: MAX_HINT_BUDGET }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="muted">
        {t('optionsHintBudgetHelp')}
      </p>
      <p aria-live="polite" className="muted">
        {status}
      </p>
    </div>
  );
}
