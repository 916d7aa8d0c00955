import { useState } from 'react';
import { startPicker } from '@/lib/stores/sites';
import { t } from '@/lib/i18n';

/**
 * "Teach Heard this page", in the popup and the panel: starts the picker in the tab (injected only
 * now, background/recipes.ts). `onStarted`: the popup closes itself so the rep can point at the page.
 */
export function TeachButton({ tabId, onStarted, className = 'btn btn-small' }: { tabId: number | null; onStarted?: () => void; className?: string }) {
  const [error, setError] = useState('');
  const start = async (): Promise<void> => {
    if (tabId == null) return;
    const res = await startPicker(tabId);
    if (res.ok) onStarted?.();
    else setError(t('pickerTeachFailed', res.error ?? ''));
  };
  return (
    <>
      <button type="button" className={className} data-heard-teach="" disabled={tabId == null} onClick={() => void start()}>
        {t('pickerTeach')}
      </button>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
