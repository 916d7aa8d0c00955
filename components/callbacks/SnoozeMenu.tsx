import { useId, useRef, useState } from 'react';
import { effectiveTimeZone, type ReminderSettingsValue } from '@/lib/messaging';
import { parseDueTime } from '@/lib/callbacks/due';
import { HOUR, MINUTE } from '@/lib/callbacks/time';
import { t } from '@/lib/i18n';
import { dueOptionsOf, fromLocalInput, toLocalInput } from './format';

interface Props {
  /** What is snoozed, for the button's accessible name. */
  what: string;
  settings: ReminderSettingsValue;
  onSnooze(until: number): void | Promise<void>;
  now?: () => number;
}

/** Start of the next workday's morning in the rep's zone and hours. */
export function tomorrowMorning(settings: ReminderSettingsValue, now: number): number {
  const r = parseDueTime('first thing tomorrow', dueOptionsOf(settings, now));
  return r?.dueAt ?? now + 16 * HOUR;
}

/** "Snooze" as a disclosure: 15 min, 1 h, tomorrow morning, or a custom time. Escape closes it. */
export function SnoozeMenu({ what, settings, onSnooze, now = Date.now }: Props) {
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const tz = effectiveTimeZone(settings);

  const pick = async (until: number): Promise<void> => {
    setOpen(false);
    await onSnooze(until);
    button.current?.focus();
  };

  const customAt = fromLocalInput(custom, tz);
  return (
    <div
      className="cb-snooze"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="btn btn-small btn-quiet"
        aria-expanded={open}
        aria-controls={`${uid}-menu`}
        aria-label={t('cbSnoozeLabel', what)}
        onClick={() => {
          setOpen(!open);
          if (!custom) setCustom(toLocalInput(now() + HOUR, tz));
        }}
      >
        {t('cbSnooze')}
      </button>
      {open ? (
        <div id={`${uid}-menu`} className="cb-snooze-menu" role="group" aria-label={t('cbSnoozeLabel', what)}>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => void pick(now() + 15 * MINUTE)}>
            {t('cbSnooze15')}
          </button>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => void pick(now() + HOUR)}>
            {t('cbSnooze1h')}
          </button>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => void pick(tomorrowMorning(settings, now()))}>
            {t('cbSnoozeTomorrow')}
          </button>
          <label className="cb-snooze-custom">
            <span>{t('cbSnoozeCustom')}</span>
            <input type="datetime-local" value={custom} onChange={(e) => setCustom(e.target.value)} />
          </label>
          <button
            type="button"
            className="btn btn-small"
            disabled={customAt === null || customAt <= now()}
            onClick={() => customAt !== null && void pick(customAt)}
          >
            {t('cbSnoozeApply')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
