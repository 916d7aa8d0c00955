import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import {
  browserTimeZone,
  parseReminderSettings,
  ReminderSettingsSchema,
  SETTINGS_KEY,
  type ReminderSettingsValue,
} from '@/lib/messaging/callbacks';
import { t } from '@/lib/i18n';
import '../callbacks/callbacks.css';

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

/** Options: reminder settings (how long before, working hours, time zone, same-day reply). */
export function RemindersSection() {
  const uid = useId();
  const [value, setValue] = useState<ReminderSettingsValue | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'failed'>('idle');
  const zones = useMemo(() => timeZones(), []);

  useEffect(() => {
    void browser.storage.local
      .get(SETTINGS_KEY)
      .then((r) => setValue(parseReminderSettings(r[SETTINGS_KEY])))
      .catch(() => setValue(parseReminderSettings(undefined)));
  }, []);

  if (!value) {
    return (
      <section className="options-section" aria-labelledby={`${uid}-h`}>
        <h2 id={`${uid}-h`}>{t('cbRemindersHeading')}</h2>
        <p className="cb-hint">{t('cbLoading')}</p>
      </section>
    );
  }

  const change = (patch: Partial<ReminderSettingsValue>): void => {
    setValue({ ...value, ...patch });
    setStatus('idle');
  };

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const parsed = ReminderSettingsSchema.safeParse(value);
    if (!parsed.success || value.workdayEnd <= value.workdayStart || value.workdays.length === 0) {
      setStatus('invalid');
      return;
    }
    try {
      await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  const id = (s: string): string => `${uid}-${s}`;
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
            aria-describedby={id('before-help')}
            onChange={(e) => change({ remindBeforeMin: Math.max(0, Math.min(1440, Math.round(Number(e.target.value) || 0))) })}
          />
          <p id={id('before-help')} className="cb-hint cb-span">
            {t('cbRemindersBeforeHelp')}
          </p>
          <label htmlFor={id('tz')}>{t('cbRemindersTimeZone')}</label>
          <select id={id('tz')} value={value.timeZone} onChange={(e) => change({ timeZone: e.target.value })}>
            <option value="">{t('cbRemindersTimeZoneBrowser', browserTimeZone())}</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          <label htmlFor={id('start')}>{t('cbRemindersWorkdayStart')}</label>
          <input id={id('start')} type="time" value={value.workdayStart} onChange={(e) => change({ workdayStart: e.target.value })} />
          <label htmlFor={id('end')}>{t('cbRemindersWorkdayEnd')}</label>
          <input id={id('end')} type="time" value={value.workdayEnd} onChange={(e) => change({ workdayEnd: e.target.value })} />
          <fieldset className="cb-days-of-week cb-span">
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
          <label className="cb-span">
            <input type="checkbox" checked={value.sameDayReply} onChange={(e) => change({ sameDayReply: e.target.checked })} />{' '}
            {t('cbRemindersSameDay')}
          </label>
          <p className="cb-hint cb-span">{t('cbRemindersSameDayHelp')}</p>
        </div>
        <button type="submit" className="btn">
          {t('cbRemindersSave')}
        </button>{' '}
        <span role="status" aria-live="polite" className={status === 'invalid' || status === 'failed' ? 'cb-error' : 'cb-hint'}>
          {status === 'saved' ? t('cbRemindersSaved') : status === 'invalid' ? t('cbRemindersInvalid') : status === 'failed' ? t('cbSaveFailed') : ''}
        </span>
      </form>
    </section>
  );
}
