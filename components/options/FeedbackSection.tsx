import { useEffect, useRef, useState } from 'react';
import type { RuleStatMsg } from '@/lib/messaging';
import { resetRuleStats, ruleStats } from '@/lib/stores/feedback';
import { plural, t } from '@/lib/i18n';
import { notHelpfulRate, sortStats, statsToCsv, statsToJson } from '@/lib/stats/feedback';
import { downloadText } from '@/lib/download';
import './pack-editor.css';
import { Confirm } from './Confirm';

const stamp = (d: Date): string => d.toISOString().slice(0, 10);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * Options: how each rule fared for this rep (shown, inserted, dismissed, "not helpful"), kept on
 * this machine. The rep may export the counts for their lead; nothing is sent anywhere.
 */
export function FeedbackSection() {
  const [rows, setRows] = useState<RuleStatMsg[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const keepRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  const apply = (stats: RuleStatMsg[] | null): void => {
    setFailed(stats === null);
    setRows(stats ? sortStats(stats) : []);
  };
  const load = (): Promise<void> => ruleStats().then(apply);
  useEffect(() => {
    void ruleStats().then(apply);
  }, []);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) resetRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const save = (format: 'csv' | 'json'): void => {
    if (!rows) return;
    const now = new Date();
    if (format === 'csv') downloadText(statsToCsv(rows, now), `heard-rule-feedback-${stamp(now)}.csv`, 'text/csv');
    else downloadText(statsToJson(rows, now), `heard-rule-feedback-${stamp(now)}.json`, 'application/json');
    setStatus(plural('fbExported', rows.length));
  };
  const reset = async (): Promise<void> => {
    const res = await resetRuleStats();
    setConfirming(false);
    setStatus(res.ok ? t('fbResetDone') : t('fbResetFailed', res.error ?? ''));
    await load();
  };

  const empty = rows !== null && rows.length === 0;
  return (
    <section className="options-section" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('fbHeading')}</h2>
      <p className="muted">{t('fbIntro')}</p>
      {rows === null ? <p className="muted">{t('loading')}</p> : null}
      {failed ? <p className="error">{t('fbLoadFailed')}</p> : null}
      {empty && !failed ? <p className="empty">{t('fbEmpty')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="fb-table">
          <caption>{t('fbCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fbColRule')}</th>
              <th scope="col">{t('fbColPack')}</th>
              {(['fbColShown', 'fbColInserted', 'fbColDismissed', 'fbColNotHelpful'] as const).map((k) => (
                <th key={k} scope="col" className="num">
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.packId ?? ''}/${r.ruleId}`}>
                <th scope="row">
                  {r.title ?? r.ruleId} <code className="pe-name">{r.ruleId}</code>
                </th>
                <td>{r.packName ? `${r.packName} ${r.packVersion ?? ''}`.trim() : (r.packId ?? t('fbUnknownPack'))}</td>
                <td className="num">{r.shown}</td>
                <td className="num">{r.inserted}</td>
                <td className="num">{r.dismissed}</td>
                <td className="num">
                  {r.notHelpful}
                  {r.shown > 0 ? <span className="pe-hint"> ({pct(notHelpfulRate(r))})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="pe-toolbar">
        <button type="button" className="btn btn-small" disabled={!rows || rows.length === 0} onClick={() => save('csv')}>
          {t('fbExportCsv')}
        </button>
        <button type="button" className="btn btn-small btn-quiet" disabled={!rows || rows.length === 0} onClick={() => save('json')}>
          {t('fbExportJson')}
        </button>
        {!confirming ? (
          <button type="button" ref={resetRef} className="btn btn-small btn-quiet" disabled={!rows || rows.length === 0} onClick={() => setConfirming(true)}>
            {t('fbReset')}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <Confirm
          id="fb-reset-q"
          question={t('fbResetConfirm')}
          yes={t('fbResetYes')}
          no={t('fbResetNo')}
          onYes={() => void reset()}
          onNo={() => setConfirming(false)}
          danger
          noRef={keepRef}
        />
      ) : null}
      <p className="pe-hint">{t('fbPrivacy')}</p>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
