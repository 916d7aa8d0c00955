import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { t } from '@/lib/i18n';

/** The toolbar button's popup: open the panel on this page (more lands here with callbacks). */
export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
  }, []);

  const open = async (): Promise<void> => {
    if (tabId == null) return;
    const res = await sendMessage('ui:togglePanel', { tabId }).catch(() => ({ ok: false }));
    if (res.ok) window.close();
    else setFailed(true);
  };

  return (
    <div className="popup">
      <h1>{t('popupHeading')}</h1>
      <button type="button" className="btn" onClick={() => void open()} disabled={tabId == null} autoFocus>
        {t('popupOpenPanel')}
      </button>
      {failed ? (
        <p className="empty" role="status">
          {t('popupNoPage')}
        </p>
      ) : null}
    </div>
  );
}
