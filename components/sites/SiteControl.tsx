import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SiteStatus } from '@/lib/messaging';
import { askingForSite, disableSite, enableSite, siteStatus } from '@/lib/stores/sites';
import { t } from '@/lib/i18n';
import './sites.css';

/**
 * "Enable Heard on <host>" for the tab the popup was opened on. The browser asks for the site's
 * access only inside a click, so the click handler itself calls permissions.request (before any
 * await); the background then registers the content script and starts it in the open tabs.
 */
export function SiteControl({ tabId, onStatus }: { tabId: number | null; onStatus?: (s: SiteStatus) => void }) {
  const [status, setStatus] = useState<SiteStatus | null>(null);
  useEffect(() => {
    if (status) onStatus?.(status);
  }, [status, onStatus]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (tabId == null) return;
    let live = true;
    void siteStatus(tabId).then((s) => live && setStatus(s ?? { state: 'unsupported', origin: null, host: null, pattern: null }));
    return () => {
      live = false;
    };
  }, [tabId]);

  const refresh = async (): Promise<void> => {
    if (tabId != null) setStatus((await siteStatus(tabId)) ?? status);
  };

  const enable = (): void => {
    if (!status?.origin || !status.pattern || busy) return;
    const { origin, host, pattern } = status;
    const target = tabId ?? undefined;
    setBusy(true);
    // Before the prompt: Firefox closes the popup when its prompt opens; the background then
    // finishes from permissions.onAdded.
    void askingForSite(origin, target);
    void browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted) {
          setNote(t('sitesDenied'));
          return;
        }
        const res = await enableSite(origin, target);
        setNote(res.ok ? t('sitesEnabledNow', host ?? origin) : t('sitesFailed', res.error ?? ''));
        await refresh();
      })
      .catch((e: unknown) => setNote(t('sitesFailed', e instanceof Error ? e.message : String(e))))
      .finally(() => setBusy(false));
  };

  const disable = async (): Promise<void> => {
    if (!status?.origin || busy) return;
    setBusy(true);
    const res = await disableSite(status.origin);
    setNote(res.ok ? t('sitesDisabledNow', status.host ?? status.origin) : t('sitesFailed', res.error ?? ''));
    await refresh();
    setBusy(false);
  };

  if (tabId == null) return null;
  return (
    <section className="site-control" aria-label={t('sitesHeading')}>
      {!status ? (
        <p className="muted">{t('sitesChecking')}</p>
      ) : status.state === 'adapter' ? (
        <p>{t('sitesOnHere', status.adapter ?? status.host ?? '')}</p>
      ) : status.state === 'unsupported' ? (
        <p className="muted">{t('sitesCantRun')}</p>
      ) : status.state === 'enabled' ? (
        <div className="site-line">
          <p>{t('sitesOnSite', status.host ?? '')}</p>
          <button type="button" className="btn btn-small btn-quiet" disabled={busy} onClick={() => void disable()}>
            {t('sitesDisable', status.host ?? '')}
          </button>
        </div>
      ) : (
        <>
          <div className="site-line">
            <button type="button" className="btn btn-small" disabled={busy} onClick={enable}>
              {t('sitesEnable', status.host ?? '')}
            </button>
          </div>
          <p className="muted">{t('sitesEnableHint')}</p>
        </>
      )}
      <p role="status" className="muted">
        {note}
      </p>
    </section>
  );
}
