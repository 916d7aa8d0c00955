import { useEffect, useId, useRef, useState } from 'react';
import type { DataTableName } from '@/lib/db/tables';
import { parseBackup, restorePlan, type BackupError, type RestorePack } from '@/lib/callbacks/backup';
import { backupFile, exportOpen as exportOpenCallbacks, restoreBackup } from '@/lib/stores/data';
import { plural, t } from '@/lib/i18n';
import { downloadText } from '@/lib/download';
import '../callbacks/callbacks.css';

const stamp = (): string => new Date().toISOString().slice(0, 10);

type Pending = { name: string; text: string; counts: Record<DataTableName, number>; packs: RestorePack[] };

const PACK_ACTION = { restore: 'cbRestorePackKeep', 'as-file': 'cbRestorePackAsFile', dropped: 'cbRestorePackDropped' } as const;

/** Options: backup, restore and calendar/CSV export of callbacks. The file is read and previewed
 * here; the database is read and written by the background (messages `ui:data:*`). */
export function BackupSection() {
  const uid = useId();
  const [errors, setErrors] = useState<BackupError[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Ask once that the browser never evicts the rep's work record (the manifest also asks for unlimitedStorage).
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.persist) return;
    void storage
      .persisted()
      .then((p) => (p ? true : storage.persist()))
      .then(setPersisted, () => setPersisted(null));
  }, []);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const backup = async (): Promise<void> => {
    const res = await backupFile();
    if (!res.ok) return setStatus(t('cbBackupFailed', res.error));
    downloadText(res.json, `heard-backup-${stamp()}.json`, 'application/json');
    setStatus(t('cbBackupSaved'));
  };

  const exportOpen = async (format: 'ics' | 'csv'): Promise<void> => {
    const res = await exportOpenCallbacks(format);
    if (!res.ok) return setStatus(t('cbBackupFailed', res.error));
    if (format === 'ics') downloadText(res.text, `heard-callbacks-${stamp()}.ics`, 'text/calendar');
    else downloadText(res.text, `heard-callbacks-${stamp()}.csv`, 'text/csv');
    setStatus(plural('cbExportSaved', res.count));
  };

  const choose = async (file: File | undefined): Promise<void> => {
    setErrors(null);
    setPending(null);
    setStatus('');
    if (!file) return;
    const text = await file.text();
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      if (fileRef.current) fileRef.current.value = '';
      return;
    }
    const counts = Object.fromEntries(Object.entries(parsed.tables).map(([n, rows]) => [n, rows.length])) as Record<DataTableName, number>;
    setPending({ name: file.name, text, counts, packs: restorePlan(parsed.tables.packs).packs });
  };

  const restore = async (): Promise<void> => {
    if (!pending) return;
    const res = await restoreBackup(pending.text);
    setPending(null);
    if (fileRef.current) fileRef.current.value = '';
    if (!res.ok) {
      setErrors(res.errors);
      return;
    }
    setStatus(t('cbRestoreDone', [plural('cbCallbackCount', res.counts.callbacks ?? 0), plural('cbNoteCount', res.counts.notes ?? 0)]));
  };

  const id = (s: string): string => `${uid}-${s}`;
  return (
    <section className="options-section" aria-labelledby={id('h')}>
      <h2 id={id('h')}>{t('cbBackupHeading')}</h2>
      <p className="cb-hint">{t('cbBackupIntro')}</p>
      {persisted === false ? <p className="cb-hint">{t('cbBackupNotPersisted')}</p> : null}
      <div className="cb-backup-actions">
        <button type="button" className="btn" onClick={() => void backup()}>
          {t('cbBackupDownload')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => void exportOpen('ics')}>
          {t('cbExportIcs')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => void exportOpen('csv')}>
          {t('cbExportCsv')}
        </button>
      </div>

      <h3>{t('cbRestoreHeading')}</h3>
      <p className="cb-hint">{t('cbRestoreIntro')}</p>
      <label htmlFor={id('file')}>{t('cbRestoreChoose')}</label>{' '}
      <input ref={fileRef} id={id('file')} type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />

      {errors ? (
        <div role="alert" className="cb-error-box">
          <p className="cb-error">{t('cbRestoreInvalid')}</p>
          <ul className="cb-errors">
            {errors.map((er, i) => (
              <li key={i}>
                <code>{er.path}</code>: {er.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {pending ? (
        <div className="cb-form" role="group" aria-labelledby={id('confirm')}>
          <p id={id('confirm')}>
            {t('cbRestoreConfirm', [pending.name, plural('cbCallbackCount', pending.counts.callbacks), plural('cbNoteCount', pending.counts.notes)])}
          </p>
          {pending.packs.length > 0 ? (
            <>
              <p id={id('packs')}>{t('cbRestorePacks')}</p>
              <ul aria-labelledby={id('packs')} className="cb-restore-packs">
                {pending.packs.map((p) => (
                  <li key={p.id}>{t(PACK_ACTION[p.action], p.name)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="cb-actions">
            <button ref={confirmRef} type="button" className="btn" onClick={() => void restore()}>
              {t('cbRestoreReplace')}
            </button>
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => {
                setPending(null);
                if (fileRef.current) fileRef.current.value = '';
              }}
            >
              {t('cbCancelForm')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="cb-hint">
        {status}
      </p>
    </section>
  );
}
