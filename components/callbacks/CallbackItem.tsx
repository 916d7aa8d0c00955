import { useId, useState } from 'react';
import type { CallbackRow } from '@/lib/db/rows';
import { effectiveTimeZone, type ReminderSettingsValue } from '@/lib/messaging';
import { useCallbacks } from '@/lib/stores/callbacks';
import { t } from '@/lib/i18n';
import { absoluteTime, CHANNEL_LABEL, overdueBy, whenTime } from './format';
import { MINUTE } from '@/lib/callbacks/time';
import { SnoozeMenu } from './SnoozeMenu';
import { CallbackForm } from './CallbackForm';
import { ADDRESS_KEY_PREFIX, LEGACY_GENERIC_PREFIX, addressKeyLabel } from '@/lib/adapters/address-key';

interface Props {
  callback: CallbackRow;
  settings: ReminderSettingsValue;
  /** Show "Open ticket" (the popup; the panel is already on the ticket). */
  canOpen?: boolean;
  now?: () => number;
}

/** "demo:host:1041" → "#1041"; a link key → the link's host; an enabled site's page → "#12" (its address's id). */
/** The ticket as a rep names it: "#1044" (its number), not the stored conversation key. */
/** The ticket by its number, and its subject where the helpdesk page showed one when the row was stored. */
export function ticketName(key: string, title?: string): string {
  const n = ticketLabel(key);
  return title ? (n ? t('ticketNumberSubject', [n, title]) : title) : n;
}

export function ticketLabel(key: string): string {
  if (key.startsWith(LEGACY_GENERIC_PREFIX)) return t('cbEarlierKeyLabel', addressKeyLabel(key) ?? key);
  if (key.startsWith(ADDRESS_KEY_PREFIX)) return addressKeyLabel(key) ?? key;
  if (key.startsWith('link:')) {
    try {
      return new URL(key.slice(5)).host;
    } catch {
      return '';
    }
  }
  const last = key.slice(key.lastIndexOf(':') + 1);
  return last ? `#${last}` : key;
}

const STATUS_LABEL = { done: 'cbStatusDone', missed: 'cbStatusMissed', cancelled: 'cbStatusCancelled' } as const;

/** One callback: who, what, when (relative and absolute), and what the rep can do with it. */
export function CallbackItem({ callback: c, settings, canOpen, now = Date.now }: Props) {
  const uid = useId();
  const { close, snooze, update, reopen, open } = useCallbacks.getState();
  const [mode, setMode] = useState<'view' | 'done' | 'edit'>('view');
  const [outcome, setOutcome] = useState('');
  const tz = effectiveTimeZone(settings);
  const at = now();
  const overdue = c.status === 'open' && c.dueAt < at;
  const title = c.promise || t(CHANNEL_LABEL[c.channel]);
  const ticket = c.conversationKey.startsWith('manual:') ? '' : ticketName(c.conversationKey, c.ticketTitle);
  const who = c.customerName || ticket;

  if (mode === 'edit') {
    return (
      <article className="cb-item" aria-labelledby={`${uid}-t`}>
        <h3 id={`${uid}-t`} className="visually-hidden">
          {t('cbEditLabel', title)}
        </h3>
        <CallbackForm
          label={t('cbEditLabel', title)}
          initial={{ channel: c.channel, dueAt: c.dueAt, promise: c.promise, customerName: c.customerName ?? '', link: c.link }}
          settings={settings}
          withCustomer
          autoFocus
          submitLabel={t('cbSave')}
          now={now}
          onCancel={() => setMode('view')}
          onSubmit={async (v) => {
            const patch: Parameters<typeof update>[1] = { channel: v.channel, promise: v.promise, customerName: v.customerName, link: v.link };
            if (v.dueAt !== c.dueAt) patch.dueAt = v.dueAt;
            const res = await update(c.id, patch);
            if (res.ok) setMode('view');
            return res.ok;
          }}
        />
      </article>
    );
  }

  return (
    <article className="cb-item" data-overdue={overdue || undefined} aria-labelledby={`${uid}-t`}>
      <p className="cb-meta">
        <span className="cb-channel">{t(CHANNEL_LABEL[c.channel])}</span>
        {who ? <span className="cb-who">{who}</span> : null}
        {c.customerName && ticket ? <span className="cb-ticket">{ticket}</span> : null}
        {c.status !== 'open' ? <span className="cb-status">{t(STATUS_LABEL[c.status])}</span> : null}
      </p>
      <h3 id={`${uid}-t`} className="cb-title">
        {title}
      </h3>
      <p className="cb-due">
        <time dateTime={new Date(c.dueAt).toISOString()} title={absoluteTime(c.dueAt, tz)}>
          {c.status !== 'open'
            ? whenTime(c.dueAt, at, tz)
            : overdue && at - c.dueAt >= MINUTE
              ? t('cbOverdueFor', [overdueBy(c.dueAt, at), whenTime(c.dueAt, at, tz)])
              : overdue
                ? t('cbDueNow', whenTime(c.dueAt, at, tz))
                : t('cbDueIn', whenTime(c.dueAt, at, tz))}
        </time>
        {c.snoozeUntil && c.status === 'open' && c.snoozeUntil > at ? (
          <span className="cb-snoozed">
            {' · '}
            {t(c.snoozeUntil < c.dueAt ? 'cbReminderAt' : 'cbSnoozedUntil', whenTime(c.snoozeUntil, at, tz))}
          </span>
        ) : null}
      </p>
      {c.outcome ? <p className="cb-outcome">{t('cbOutcomeShown', c.outcome)}</p> : null}
      {mode === 'done' ? (
        <form
          className="cb-done-form"
          aria-label={t('cbDoneLabel', title)}
          onSubmit={(e) => {
            e.preventDefault();
            void close(c.id, 'done', outcome).then((r) => r.ok && setMode('view'));
          }}
        >
          <label htmlFor={`${uid}-o`}>{t('cbOutcome')}</label>
          <input
            id={`${uid}-o`}
            type="text"
            value={outcome}
            maxLength={5000}
            autoFocus
            onChange={(e) => setOutcome(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setMode('view');
              }
            }}
          />
          <div className="cb-actions">
            <button type="submit" className="btn btn-small">
              {t('cbMarkDone')}
            </button>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => void close(c.id, 'missed', outcome)}>
              {t('cbMarkMissed')}
            </button>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setMode('view')}>
              {t('cbCancelForm')}
            </button>
          </div>
        </form>
      ) : (
        <div className="cb-actions">
          {canOpen && c.link ? (
            <button type="button" className="btn btn-small btn-quiet" aria-label={t('cbOpenLabel', title)} onClick={() => void open(c.id)}>
              {t('cbOpen')}
            </button>
          ) : null}
          {c.status === 'open' ? (
            <>
              <button type="button" className="btn btn-small" aria-label={t('cbDoneLabel', title)} onClick={() => setMode('done')}>
                {t('cbDone')}
              </button>
              <SnoozeMenu what={title} dueAt={c.dueAt} settings={settings} now={now} onSnooze={async (until) => void (await snooze(c.id, until))} />
              <button type="button" className="btn btn-small btn-quiet" aria-label={t('cbEditLabel', title)} onClick={() => setMode('edit')}>
                {t('cbEdit')}
              </button>
              <button type="button" className="btn btn-small btn-quiet" aria-label={t('cbCancelLabel', title)} onClick={() => void close(c.id, 'cancelled')}>
                {t('cbCancel')}
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-small btn-quiet" aria-label={t('cbReopenLabel', title)} onClick={() => void reopen(c.id)}>
              {t('cbReopen')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
