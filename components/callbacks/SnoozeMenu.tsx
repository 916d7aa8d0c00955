import { useId, useRef, useState } from 'react';
import { effectiveTimeZone, type ReminderSettingsValue } from '@/lib/messaging';
import { parseDueTime } from '@/lib/callbacks/due';
import { HOUR, MINUTE } from '@/lib/callbacks/time';
import { t } from '@/lib/i18n';
import { dueOptionsOf, fromLocalInput, toLocalInput } from './format';

interface Props {
  /** What is snoozed, for the button's accessible name. */
  what: string;
  /** When the callback is due: before then the menu moves its reminder earlier or later instead. */
  dueAt: number;
  settings: ReminderSettingsValue;
  onSnooze(until: number): void | Promise<void>;
  now?: () => number;
}

/** Start of the next workday's morning in the rep's zone and hours. */
export function tomorrowMorning(settings: ReminderSettingsValue, now: number): number {
  const r = parseDueTime('first thing tomorrow', dueOptionsOf(settings, now));
  return r?.dueAt ?? now + 16 * HOUR;
}

/**
 * A due or overdue callback: "Snooze" as a disclosure (15 min, 1 h, tomorrow morning, or a custom
 * time). One not due yet cannot be snoozed: "Remind me" moves its reminder earlier or later (1 h or
 * 15 min before, at the due time, or a custom time). Escape closes it.
 */
export function SnoozeMenu({ what, dueAt, settings, onSnooze, now = Date.now }: Props) {
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
  const at = now();
  const future = dueAt > at;
  const label = t(future ? 'cbRemindLabel' : 'cbSnoozeLabel', what);
  const options: [number, string][] = future
    ? [
        ...(dueAt - HOUR > at ? [[dueAt - HOUR, t('cbRemind1hBefore')] as [number, string]] : []),
        ...(dueAt - 15 * MINUTE > at ? [[dueAt - 15 * MINUTE, t('cbRemind15Before')] as [number, string]] : []),
        [dueAt, t('cbRemindAtDue')],
      ]
    : [
        [at + 15 * MINUTE, t('cbSnooze15')],
        [at + HOUR, t('cbSnooze1h')],
        [tomorrowMorning(settings, at), t('cbSnoozeTomorrow')],
      ];
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
        aria-label={label}
        onClick={() => {
          setOpen(!open);
          if (!custom) setCustom(toLocalInput(future ? dueAt : at + HOUR, tz));
        }}
      >
        {t(future ? 'cbRemind' : 'cbSnooze')}
      </button>
      {open ? (
        <div id={`${uid}-menu`} className="cb-snooze-menu" role="group" aria-label={label}>
          {options.map(([until, text]) => (
            <button key={text} type="button" className="btn btn-small btn-quiet" onClick={() => void pick(until)}>
              {text}
            </button>
          ))}
          <label className="cb-snooze-custom">
            <span>{t(future ? 'cbRemindCustom' : 'cbSnoozeCustom')}</span>
            <input type="datetime-local" value={custom} onChange={(e) => setCustom(e.target.value)} />
          </label>
          <button
            type="button"
            className="btn btn-small"
            disabled={customAt === null || customAt <= at}
            onClick={() => customAt !== null && void pick(customAt)}
          >
            {t(future ? 'cbRemindApply' : 'cbSnoozeApply')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
