import { useCallback, useEffect, useState } from 'react';
import type { EnabledSite } from '@/lib/messaging';
import { disableSite, enabledSites } from '@/lib/stores/sites';
import { t } from '@/lib/i18n';
import '../sites/sites.css';

/** Options: the sites the rep switched Heard on for (beyond the supported helpdesks), each with Disable. */
export function SitesSection() {
  const [sites, setSites] = useState<EnabledSite[] | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const load = useCallback(async () => {
    const res = await enabledSites();
    setSites(res.sites);
    setError(res.error ?? '');
  }, []);

  useEffect(() => {
    let live = true;
    void enabledSites().then((res) => {
      if (!live) return;
      setSites(res.sites);
      setError(res.error ?? '');
    });
    return () => {
      live = false;
    };
  }, []);

  const disable = async (site: EnabledSite): Promise<void> => {
    const res = await disableSite(site.origin);
    setStatus(res.ok ? t('sitesDisabledNow', site.host) : t('sitesFailed', res.error ?? ''));
    await load();
  };

  const date = (ms: number): string => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <section className="options-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p>{t('sitesIntro')}</p>
      {error ? <p className="error">{t('sitesStoredError', error)}</p> : null}
      {!sites ? (
        <p className="muted">{t('loading')}</p>
      ) : sites.length === 0 ? (
        <p className="empty">{t('sitesEmpty')}</p>
      ) : (
        <ul className="site-list" aria-label={t('sitesListLabel')}>
          {sites.map((s) => (
            <li key={s.origin}>
              <span>
                <span className="site-host">{s.host}</span> <span className="muted">{t('sitesAdded', date(s.addedAt))}</span>
              </span>
              <button type="button" className="btn btn-small btn-quiet" aria-label={t('sitesDisable', s.host)} onClick={() => void disable(s)}>
                {t('sitesDisableShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
