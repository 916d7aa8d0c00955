import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataSummary } from '@/lib/messaging';
import { dataSummary, wipeAll } from '@/lib/stores/data';
import { t, type MessageKey } from '@/lib/i18n';
import { RetentionSetting } from './RetentionSetting';

/** A table's label: `data<Name>` (tests/unit/db/tables-conventions.test.ts checks each counted table has one). */
const tableLabel = (name: string): MessageKey => `data${name.charAt(0).toUpperCase()}${name.slice(1)}` as MessageKey;

function kb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Options: what Heard keeps, where, how big, and "Delete all my data". */
export function DataSection() {
  const [summary, setSummary] = useState<DataSummary | null>(null);
  const [usage, setUsage] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const keepButton = useRef<HTMLButtonElement>(null);

  const refresh = useCallback(async () => {
    setSummary(await dataSummary());
    const est = await navigator.storage?.estimate?.().catch(() => null);
    setUsage(est?.usage ?? null);
  }, []);

  useEffect(() => {
    let live = true;
    void dataSummary().then((s) => live && setSummary(s));
    void navigator.storage
      ?.estimate?.()
      .catch(() => null)
      .then((est) => live && setUsage(est?.usage ?? null));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  const wipe = async (): Promise<void> => {
    const res = await wipeAll();
    setConfirming(false);
    setStatus(res.ok ? t('dataWiped') : t('dataWipeFailed', res.error ?? ''));
    await refresh();
  };

  const rows = summary ? Object.entries(summary.tables) : [];
  return (
    <section className="options-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataWhere')}</p>
      {summary ? (
        <table className="data-table">
          <caption className="visually-hidden">{t('dataHeading')}</caption>
          <tbody>
            {rows.map(([name, count]) => (
              <tr key={name}>
                <th scope="row">{t(tableLabel(name))}</th>
                <td>{count}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('dataSettings')}</th>
              <td>{summary.settings}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('loading')}</p>
      )}
      {usage !== null ? <p className="muted">{t('dataSize', kb(usage))}</p> : null}
      <RetentionSetting onApplied={() => void refresh()} />
      {!confirming ? (
        <button type="button" className="btn btn-quiet" onClick={() => setConfirming(true)}>
          {t('dataWipe')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby="wipe-question">
          <p id="wipe-question">{t('dataWipeQuestion')}</p>
          <button type="button" className="btn btn-danger" onClick={() => void wipe()}>
            {t('dataWipeConfirm')}
          </button>{' '}
          <button type="button" className="btn btn-quiet" ref={keepButton} onClick={() => setConfirming(false)}>
            {t('dataWipeCancel')}
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
