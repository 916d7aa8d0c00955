import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CallbackRow } from '@/lib/db/rows';
import { effectiveTimeZone, type ReminderSettingsValue } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { CALLBACK_CHANNELS } from '@/lib/values';
import { useCallbacks } from '@/lib/stores/callbacks';
import { absoluteTime, CHANNEL_LABEL, fromLocalInput, parseWhen, relativeTime, toLocalInput, whenLangs } from './format';
import type { Lang } from '@/lib/lang/langs';
import './callbacks.css';

export interface CallbackFormValues {
  channel: CallbackRow['channel'];
  dueAt: number;
  promise: string;
  customerName: string;
  link: string;
}

export interface CallbackFormInitial {
  channel?: CallbackRow['channel'];
  /** Words that say when ("tomorrow at 3pm"), parsed as the rep types. */
  whenText?: string;
  /** An exact due time (editing). */
  dueAt?: number;
  promise?: string;
  customerName?: string;
  link?: string;
}

interface Props {
  /** Accessible name of the form. */
  label: string;
  initial: CallbackFormInitial;
  settings: ReminderSettingsValue;
  /** A note shown above the fields (e.g. "no time was promised"). */
  notice?: string | undefined;
  /** Show customer and ticket link fields (quick add outside a ticket). */
  withCustomer?: boolean;
  submitLabel: string;
  onSubmit(values: CallbackFormValues): Promise<boolean>;
  onCancel?: (() => void) | undefined;
  /** Focus the first field on mount. */
  autoFocus?: boolean;
  /** The language the when-words are read in first (a promise from a draft: the draft's language). */
  lang?: Lang | undefined;
  /** Clock (tests). */
  now?: () => number;
}

/**
 * Quick add, "Log this promise" and edit: how (call / email / chat), when (words parsed as you
 * type, shown as an absolute time; or an exact date and time), and what was promised.
 */
export function CallbackForm({ label, initial, settings, notice, withCustomer, submitLabel, onSubmit, onCancel, autoFocus, lang, now = Date.now }: Props) {
  const uid = useId();
  const tz = effectiveTimeZone(settings);
  const [channel, setChannel] = useState<CallbackRow['channel']>(initial.channel ?? 'call');
  const [whenText, setWhenText] = useState(initial.whenText ?? '');
  const [exact, setExact] = useState(initial.dueAt !== undefined ? toLocalInput(initial.dueAt, tz) : '');
  const [source, setSource] = useState<'text' | 'exact'>(initial.dueAt !== undefined && !initial.whenText ? 'exact' : 'text');
  const [promise, setPromise] = useState(initial.promise ?? '');
  const [customerName, setCustomerName] = useState(initial.customerName ?? '');
  const [link, setLink] = useState(initial.link ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const whenRef = useRef<HTMLInputElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);

  // "mañana a las 15:00" read in English first is "15:00" today: the draft's language goes first.
  const parsed = useMemo(() => (source === 'text' ? parseWhen(whenText, settings, now(), whenLangs(lang)) : null), [whenText, settings, source, now, lang]);
  const exactAt = fromLocalInput(exact, tz);
  const dueAt = source === 'text' ? (parsed?.dueAt ?? null) : exactAt;

  // The words win while the rep types them: the exact field shows what they say.
  const exactShown = source === 'text' && parsed ? toLocalInput(parsed.dueAt, tz) : exact;

  useEffect(() => {
    if (autoFocus) firstRef.current?.focus();
  }, [autoFocus]);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (dueAt === null) {
      setError(t('cbFormNeedTime'));
      whenRef.current?.focus();
      return;
    }
    setError('');
    setBusy(true);
    const ok = await onSubmit({ channel, dueAt, promise: promise.trim(), customerName: customerName.trim(), link: link.trim() });
    setBusy(false);
    // The store words a full disk or a blocked database plainly; anything else is a generic failure.
    if (!ok) setError(useCallbacks.getState().failure || t('cbSaveFailed'));
  };

  let preview: string;
  if (dueAt !== null) preview = t('cbFormDuePreview', [absoluteTime(dueAt, tz), relativeTime(dueAt, now(), tz)]);
  else if (source === 'text' && whenText.trim() !== '') preview = t('cbFormNotUnderstood');
  else preview = t('cbFormWhenHelp');

  const id = (s: string): string => `${uid}-${s}`;
  return (
    <form className="cb-form" aria-label={label} onSubmit={(e) => void submit(e)} noValidate>
      {notice ? (
        <p className="cb-notice" id={id('notice')}>
          {notice}
        </p>
      ) : null}
      <fieldset className="cb-channels">
        <legend>{t('cbFormHow')}</legend>
        {CALLBACK_CHANNELS.map((c, i) => (
          <label key={c} className="cb-chip">
            <input
              ref={i === 0 ? firstRef : undefined}
              type="radio"
              name={id('channel')}
              value={c}
              checked={channel === c}
              onChange={() => setChannel(c)}
            />
            <span>{t(CHANNEL_LABEL[c])}</span>
          </label>
        ))}
      </fieldset>
      <div className="cb-field">
        <label htmlFor={id('when')}>{t('cbFormWhen')}</label>
        <input
          ref={whenRef}
          id={id('when')}
          type="text"
          value={whenText}
          placeholder={t('cbFormWhenPlaceholder')}
          autoComplete="off"
          aria-describedby={id('preview')}
          aria-invalid={error !== '' && dueAt === null ? true : undefined}
          onChange={(e) => {
            setWhenText(e.target.value);
            setSource('text');
          }}
        />
        <output id={id('preview')} className="cb-preview" data-ok={dueAt !== null} aria-live="polite">
          {preview}
        </output>
      </div>
      <div className="cb-field">
        <label htmlFor={id('exact')}>{t('cbFormExact')}</label>
        <input
          id={id('exact')}
          type="datetime-local"
          value={exactShown}
          onChange={(e) => {
            setExact(e.target.value);
            setSource('exact');
          }}
        />
      </div>
      <div className="cb-field">
        <label htmlFor={id('promise')}>{t('cbFormPromise')}</label>
        <textarea id={id('promise')} rows={2} value={promise} maxLength={5000} onChange={(e) => setPromise(e.target.value)} />
      </div>
      {withCustomer ? (
        <>
          <div className="cb-field">
            <label htmlFor={id('customer')}>{t('cbFormCustomer')}</label>
            <input id={id('customer')} type="text" value={customerName} maxLength={500} onChange={(e) => setCustomerName(e.target.value)} />
          </div>
          <div className="cb-field">
            <label htmlFor={id('link')}>{t('cbFormLink')}</label>
            <input id={id('link')} type="url" value={link} maxLength={4000} placeholder="https://" onChange={(e) => setLink(e.target.value)} />
          </div>
        </>
      ) : null}
      {error ? (
        <p className="cb-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="cb-actions">
        <button type="submit" className="btn btn-small" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-small btn-quiet" onClick={onCancel}>
            {t('cbCancelForm')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
