import { useEffect, useId, useState, type FormEvent } from 'react';
import { RETENTION_PRESETS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, type RetentionView } from '@/lib/messaging';
import { readRetention, setRetention } from '@/lib/stores/data';
import { plural, t } from '@/lib/i18n';

type Choice = 'never' | 'custom' | `${number}`;

function choiceOf(days: number | null): Choice {
  if (days === null) return 'never';
  return (RETENTION_PRESETS as readonly number[]).includes(days) ? `${days}` : 'custom';
}

function when(at: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * "Delete old records": optional retention of closed callbacks and incidents (off by default).
 * Saving applies it at once (the background deletes and says how much); then daily.
 */
export function RetentionSetting({ onApplied }: { onApplied?: () => void }) {
  const uid = useId();
  const [view, setView] = useState<RetentionView | null>(null);
  const [choice, setChoice] = useState<Choice>('never');
  const [custom, setCustom] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void readRetention().then((v) => {
        if (!live || !v) return;
        setView(v);
        setChoice(choiceOf(v.days));
        if (v.days !== null) setCustom(String(v.days));
      });
    return () => {
      live = false;
    };
  }, []);

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    let days: number | null = null;
    if (choice === 'custom') {
      const n = Number(custom);
      if (!/^\d+$/.test(custom.trim()) || n < MIN_RETENTION_DAYS || n > MAX_RETENTION_DAYS) {
        setInvalid(true);
        return;
      }
      days = n;
    } else if (choice !== 'never') {
      days = Number(choice);
    }
    setInvalid(false);
    setBusy(true);
    const res = await setRetention(days);
    setBusy(false);
    if (!res.ok) {
      setStatus(t('dataRetentionFailed', res.error));
      return;
    }
    setView(res.view);
    const run = res.view.lastRun;
    setStatus(days === null ? t('dataRetentionOff') : t('dataRetentionSaved', [plural('dataClosedCallbackCount', run?.callbacks ?? 0), plural('dataIncidentCount', run?.incidents ?? 0)]));
    onApplied?.();
  };

  const id = (s: string): string => `${uid}-${s}`;
  return (
    <form className="retention" aria-labelledby={id('h')} noValidate onSubmit={(e) => void save(e)}>
      <h3 id={id('h')}>{t('dataRetentionHeading')}</h3>
      {view?.error ? <p className="error">{t('dataRetentionStoredInvalid', view.error)}</p> : null}
      <div className="field">
        <label htmlFor={id('choice')}>{t('dataRetentionLabel')}</label>
        <select
          id={id('choice')}
          value={choice}
          aria-describedby={id('help')}
          onChange={(e) => {
            setChoice(e.target.value as Choice);
            setInvalid(false);
            setStatus('');
          }}
        >
          <option value="never">{t('dataRetentionNever')}</option>
          {RETENTION_PRESETS.map((d) => (
            <option key={d} value={String(d)}>
              {plural('dataRetentionDays', d)}
            </option>
          ))}
          <option value="custom">{t('dataRetentionCustom')}</option>
        </select>
      </div>
      {choice === 'custom' ? (
        <div className="field">
          <label htmlFor={id('days')}>{t('dataRetentionCustomLabel')}</label>
          <input
            id={id('days')}
            type="number"
            inputMode="numeric"
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            step={1}
            value={custom}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? id('bad') : undefined}
            onChange={(e) => {
              setCustom(e.target.value);
              setInvalid(false);
            }}
          />
          {invalid ? (
            <p id={id('bad')} className="error">
              {t('dataRetentionBadDays')}
            </p>
          ) : null}
        </div>
      ) : null}
      <p id={id('help')} className="muted">
        {t('dataRetentionHelp')}
      </p>
      {view?.lastRun && view.days !== null ? (
        <p className="muted">{t('dataRetentionLastRun', [when(view.lastRun.at), plural('dataClosedCallbackCount', view.lastRun.callbacks), plural('dataIncidentCount', view.lastRun.incidents)])}</p>
      ) : null}
      <button type="submit" className="btn btn-quiet" disabled={busy}>
        {t('dataRetentionSave')}
      </button>
      <p role="status" className="muted">
        {status}
      </p>
    </form>
  );
}
