import { Fragment, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import {
  browserTimeZone,
  ReminderSettingsSchema,
  type ReminderSettingsValue,
} from '@/lib/messaging/callbacks';
import { reminderSettings } from '@/lib/settings/reminders';
import { t } from '@/lib/i18n';
import { usePolicy } from '@/lib/stores/policy';
import { saveReminders } from '@/lib/stores/settings';
import '../callbacks/callbacks.css';
import './policy.css';

const WEEK = [1, 2, 3, 4, 5, 6, 0];

function weekdayName(day: number): string {
  // 2024-01-07 was a Sunday.
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));
}

function timeZones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

/**
 * Options: reminder settings (how long before, working hours, time zone, same-day reply). A
 * setting the browser policy sets shows the policy's value, disabled, "Set by your organisation";
 * the background saves the rest (and refuses a change to a locked one).
 */
export function RemindersSection() {
  const uid = useId();
  const [own, setValue] = useState<ReminderSettingsValue | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'failed'>('idle');
  const [refused, setRefused] = useState('');
  const zones = useMemo(() => timeZones(), []);
  const policy = usePolicy();

  useEffect(() => {
    void reminderSettings.get().then(setValue);
  }, []);

  if (!own || !policy) {
    return (
      <section className="options-section" aria-labelledby={`${uid}-h`}>
        <h2 id={`${uid}-h`}>{t('cbRemindersHeading')}</h2>
        <p className="cb-hint">{t('cbLoading')}</p>
      </section>
    );
  }

  // What the form shows: the rep's own settings with the policy's laid over them.
  const locked = policy.reminders;
  const value: ReminderSettingsValue = { ...own, ...locked };
  const isLocked = (k: keyof ReminderSettingsValue): boolean => Object.hasOwn(locked, k);
  const allLocked = (Object.keys(own) as (keyof ReminderSettingsValue)[]).every(isLocked);

  const change = (patch: Partial<ReminderSettingsValue>): void => {
    setValue({ ...own, ...patch });
    setStatus('idle');
    setRefused('');
  };

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const parsed = ReminderSettingsSchema.safeParse(value);
    if (!parsed.success || value.workdayEnd <= value.workdayStart || value.workdays.length === 0) {
      setStatus('invalid');
      return;
    }
    const res = await saveReminders(parsed.data);
    if (res.ok) {
      setStatus('saved');
      setRefused('');
    } else {
      setStatus('failed');
      setRefused(res.error);
    }
  };

  const id = (s: string): string => `${uid}-${s}`;
  // A locked field: disabled, described by the "Set by your organisation" note beside it.
  const lockNote = (k: keyof ReminderSettingsValue) =>
    isLocked(k) ? (
      <p id={id(`${k}-locked`)} className="policy-locked cb-span">
        {t('policySetByOrganisation')}
      </p>
    ) : null;
  const lockedBy = (k: keyof ReminderSettingsValue, also?: string): string | undefined =>
    [also, isLocked(k) ? id(`${k}-locked`) : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <section className="options-section" aria-labelledby={id('h')}>
      <h2 id={id('h')}>{t('cbRemindersHeading')}</h2>
      <p className="cb-hint">{t('cbRemindersIntro')}</p>
      <form onSubmit={(e) => void save(e)} aria-labelledby={id('h')}>
        <div className="cb-settings">
          <label htmlFor={id('before')}>{t('cbRemindersBefore')}</label>
          <input
            id={id('before')}
            type="number"
            min={0}
            max={1440}
            value={value.remindBeforeMin}
            disabled={isLocked('remindBeforeMin')}
            aria-describedby={lockedBy('remindBeforeMin', id('before-help'))}
            onChange={(e) => change({ remindBeforeMin: Math.max(0, Math.min(1440, Math.round(Number(e.target.value) || 0))) })}
          />
          <p id={id('before-help')} className="cb-hint cb-span">
            {t('cbRemindersBeforeHelp')}
          </p>
          {lockNote('remindBeforeMin')}
          <label htmlFor={id('tz')}>{t('cbRemindersTimeZone')}</label>
          <select
            id={id('tz')}
            value={value.timeZone}
            disabled={isLocked('timeZone')}
            aria-describedby={lockedBy('timeZone')}
            onChange={(e) => change({ timeZone: e.target.value })}
          >
            <option value="">{t('cbRemindersTimeZoneBrowser', browserTimeZone())}</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          {lockNote('timeZone')}
          {(
            [
              ['start', 'workdayStart', 'cbRemindersWorkdayStart'],
              ['end', 'workdayEnd', 'cbRemindersWorkdayEnd'],
            ] as const
          ).map(([suffix, field, label]) => (
            <Fragment key={field}>
              <label htmlFor={id(suffix)}>{t(label)}</label>
              <input
                id={id(suffix)}
                type="time"
                value={value[field]}
                disabled={isLocked(field)}
                aria-describedby={lockedBy(field)}
                onChange={(e) => change({ [field]: e.target.value })}
              />
              {lockNote(field)}
            </Fragment>
          ))}
          <fieldset className="cb-days-of-week cb-span" disabled={isLocked('workdays')} aria-describedby={lockedBy('workdays')}>
            <legend>{t('cbRemindersWorkdays')}</legend>
            {WEEK.map((d) => (
              <label key={d}>
                <input
                  type="checkbox"
                  checked={value.workdays.includes(d)}
                  onChange={(e) =>
                    change({ workdays: e.target.checked ? [...value.workdays, d].sort() : value.workdays.filter((x) => x !== d) })
                  }
                />{' '}
                {weekdayName(d)}
              </label>
            ))}
          </fieldset>
          {lockNote('workdays')}
          <label className="cb-span">
            <input
              type="checkbox"
              checked={value.sameDayReply}
              disabled={isLocked('sameDayReply')}
              aria-describedby={lockedBy('sameDayReply')}
              onChange={(e) => change({ sameDayReply: e.target.checked })}
            />{' '}
            {t('cbRemindersSameDay')}
          </label>
          <p className="cb-hint cb-span">{t('cbRemindersSameDayHelp')}</p>
          {lockNote('sameDayReply')}
        </div>
        {allLocked ? (
          <p className="policy-locked">{t('remindersLockedAll')}</p>
        ) : (
          <button type="submit" className="btn">
            {t('cbRemindersSave')}
          </button>
        )}{' '}
        <span role="status" aria-live="polite" className={status === 'invalid' || status === 'failed' ? 'cb-error' : 'cb-hint'}>
          {status === 'saved'
            ? t('cbRemindersSaved')
            : status === 'invalid'
              ? t('cbRemindersInvalid')
              : status === 'failed'
                ? refused
                  ? t('remindersSaveRefused', refused)
                  : t('cbSaveFailed')
                : ''}
        </span>
      </form>
    </section>
  );
}
