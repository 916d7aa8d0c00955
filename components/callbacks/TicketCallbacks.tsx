import { useEffect, useId, useRef, useState } from 'react';
import type { HintMsg, ReminderSettingsValue, TabState } from '@/lib/messaging';
import { detectPromisesIn } from '@/lib/callbacks/promise-intl';
import type { Lang } from '@/lib/lang/langs';
import { parseDueTime } from '@/lib/callbacks/due';
import { useCallbacks } from '@/lib/stores/callbacks';
import { plural, t } from '@/lib/i18n';
import type { CallbackRow } from '@/lib/db/rows';
import { CallbackForm, type CallbackFormInitial, type CallbackFormValues } from './CallbackForm';
import { CallbackItem } from './CallbackItem';
import { dueOptionsOf, parseWhen, whenLangs } from './format';
import { channelOfTicket } from '@/lib/callbacks/promise';
import './callbacks.css';

interface Props {
  tab: TabState | null;
  tabId: number | null;
  /** Clock (tests). */
  now?: () => number;
}

/** The text a hint carries about the promise: its sentence when the background sends one. */
function promiseTextOf(hint: HintMsg): string {
  const h = hint as HintMsg & { context?: unknown; sentence?: unknown };
  if (typeof h.context === 'string' && h.context) return h.context;
  if (typeof h.sentence === 'string' && h.sentence) return h.sentence;
  return hint.excerpt ?? '';
}

/**
 * The "Log this promise" form's starting values: the promise read from the hint's words with
 * detectPromises, its time parsed with parseDueTime relative to now, in the rep's zone and hours.
 */
export function prefillFromHint(
  hint: HintMsg,
  settings: ReminderSettingsValue,
  now: number,
  fallback: CallbackRow['channel'],
  /** The draft's language (the tab state's lang.draft): it chooses the promise parser. */
  lang: Lang = 'en',
): { initial: CallbackFormInitial; hasTime: boolean } {
  const text = promiseTextOf(hint);
  const [p] = detectPromisesIn(lang, text, { defaultChannel: fallback });
  const whenText = (p?.dueText ?? '').replace(/[\s.,;:!]+$/, '');
  const hasTime = hint.ruleId !== 'promise-no-time' && whenText !== '' && parseWhen(whenText, settings, now, whenLangs(lang)) !== null;
  return {
    initial: { channel: p?.channel ?? fallback, whenText: hasTime ? whenText : '', promise: (p?.sentence ?? text).slice(0, 5000) },
    hasTime,
  };
}

/** The panel's callbacks section for the open ticket: its promises, its note, quick add. Its rows
 * come with the panel's pushed view of the tab, new after every change. */
export function TicketCallbacks({ tab, now = Date.now }: Props) {
  const uid = useId();
  const ticket = tab?.ticket ?? null;
  const store = useCallbacks();
  const { settings, conversation, draftPromise } = store;
  const [adding, setAdding] = useState(false);
  const [days, setDays] = useState('7');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void useCallbacks.getState().loadSettings();
    return useCallbacks.getState().listen();
  }, []);

  // The ticket's callbacks and note come with the panel's pushed view (lib/stores/panel.ts).
  const earlierKey = ticket?.earlierKey ?? null;

  if (!ticket || !tab) {
    return (
      <section className="cb-section" aria-labelledby={`${uid}-h`}>
        <h2 id={`${uid}-h`} className="section-title">
          {t('cbPanelHeading')}
        </h2>
        <p className="empty">{t('cbPanelNoTicket')}</p>
      </section>
    );
  }

  const fallbackChannel = channelOfTicket(ticket.channel);
  const callbacks = conversation?.key === ticket.key ? conversation.callbacks : [];
  // Who to call back: the customer as the helpdesk page shows them.
  const who = {
    ...(tab.customer?.name ? { customerName: tab.customer.name } : {}),
    ...(tab.customer?.email ? { customerContact: tab.customer.email } : {}),
  };
  const base = {
    conversationKey: ticket.key,
    link: ticket.link,
    helpdesk: tab.site || 'unknown',
    ...(ticket.title ? { ticketTitle: ticket.title.slice(0, 500) } : {}),
    ...who,
  };

  const save = async (v: CallbackFormValues, source: 'draft' | 'quick-add'): Promise<boolean> => {
    const res = await store.add({
      ...base,
      ...(v.customerName ? { customerName: v.customerName } : {}),
      channel: v.channel,
      dueAt: v.dueAt,
      promise: v.promise,
      source,
    });
    if (res.ok) heading.current?.focus();
    return res.ok;
  };

  const oneClick = async (source: 'follow-up' | 'check-in'): Promise<void> => {
    const at = now();
    const opts = dueOptionsOf(settings, at);
    const n = Math.min(365, Math.max(1, Number.parseInt(days, 10) || 7));
    const words = source === 'follow-up' ? 'first thing tomorrow' : `in ${n} days`;
    const dueAt = parseDueTime(words, opts)?.dueAt ?? at + n * 86_400_000;
    await store.add({
      ...base,
      channel: fallbackChannel,
      dueAt,
      promise: source === 'follow-up' ? t('cbFollowUpPromise') : plural('cbCheckInPromise', n),
      source,
    });
  };

  let draft: { initial: CallbackFormInitial; hasTime: boolean } | null = null;
  if (draftPromise) draft = prefillFromHint(draftPromise.hint, settings, now(), fallbackChannel, tab.lang?.draft ?? 'en');

  return (
    <section className="cb-section" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`} ref={heading} tabIndex={-1} className="section-title">
        {t('cbPanelHeading')}
        {callbacks.length > 0 ? <span className="count"> ({callbacks.length})</span> : null}
      </h2>

      {draft && draftPromise ? (
        <div className="cb-draft">
          <h3 className="cb-subtitle">{t('cbLogPromiseHeading')}</h3>
          <CallbackForm
            key={draftPromise.hint.id}
            label={t('cbLogPromiseHeading')}
            initial={draft.initial}
            settings={settings}
            notice={draft.hasTime ? undefined : t('cbNoTimePromised')}
            submitLabel={t('cbLogPromiseSave')}
            lang={tab.lang?.draft}
            autoFocus
            now={now}
            onCancel={() => store.clearDraft()}
            onSubmit={async (v) => {
              const ok = await save(v, 'draft');
              if (ok) store.clearDraft();
              return ok;
            }}
          />
        </div>
      ) : null}

      {callbacks.length === 0 ? (
        <p className="empty">{t('cbPanelEmpty')}</p>
      ) : (
        <ul className="cb-list">
          {callbacks.map((c) => (
            <li key={c.id}>
              <CallbackItem callback={c} settings={settings} now={now} />
            </li>
          ))}
        </ul>
      )}

      <div className="cb-quick">
        {adding ? (
          <CallbackForm
            label={t('cbQuickAdd')}
            initial={{ channel: fallbackChannel }}
            settings={settings}
            submitLabel={t('cbAdd')}
            autoFocus
            now={now}
            onCancel={() => setAdding(false)}
            onSubmit={async (v) => {
              const ok = await save(v, 'quick-add');
              if (ok) setAdding(false);
              return ok;
            }}
          />
        ) : (
          <div className="cb-actions cb-wrap">
            <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
              {t('cbQuickAdd')}
            </button>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => void oneClick('follow-up')}>
              {t('cbFollowUp')}
            </button>
            <span className="cb-checkin">
              <button type="button" className="btn btn-small btn-quiet" onClick={() => void oneClick('check-in')}>
                {plural('cbCheckIn', Number(days) || 7)}
              </button>
              <label className="visually-hidden" htmlFor={`${uid}-days`}>
                {t('cbCheckInDays')}
              </label>
              <input
                id={`${uid}-days`}
                className="cb-days"
                type="number"
                min={1}
                max={365}
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
            </span>
          </div>
        )}
      </div>

      {ticket.perPage ? <p className="cb-hint">{t('cbPerPage')}</p> : null}
      <NoteEditor key={ticket.key} conversationKey={ticket.key} />
      <Earlier earlierKey={earlierKey} settings={settings} now={now} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {store.announcement}
      </p>
    </section>
  );
}

/**
 * An enabled site's callbacks and note from before Heard told its tickets apart by address: kept
 * under the old key (host and path), shown read-only with what they are, never merged into this ticket.
 */
function Earlier({ earlierKey, settings, now }: { earlierKey: string | null; settings: ReminderSettingsValue; now: () => number }) {
  const uid = useId();
  const earlier = useCallbacks((s) => (s.earlier && s.earlier.key === earlierKey ? s.earlier : null));
  if (!earlier || (earlier.callbacks.length === 0 && !earlier.note)) return null;
  return (
    <section className="cb-earlier" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`} className="cb-subtitle">
        {t('cbEarlierHeading')}
      </h3>
      <p className="cb-hint">{t('cbEarlierExplain')}</p>
      {earlier.callbacks.length > 0 ? (
        <ul className="cb-list">
          {earlier.callbacks.map((c) => (
            <li key={c.id}>
              <CallbackItem callback={c} settings={settings} now={now} />
            </li>
          ))}
        </ul>
      ) : null}
      {earlier.note ? (
        <>
          <h4 className="cb-subtitle">{t('cbEarlierNote')}</h4>
          <p className="cb-earlier-note">{earlier.note}</p>
        </>
      ) : null}
    </section>
  );
}

/** The conversation's note: plain text, saved a moment after typing stops and on leaving the field. */
function NoteEditor({ conversationKey }: { conversationKey: string }) {
  const uid = useId();
  const stored = useCallbacks((s) => (s.conversation?.key === conversationKey ? s.conversation.note : null));
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  const flush = async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setStatus('saving');
    const ok = await useCallbacks.getState().saveNote(conversationKey, value);
    setStatus(ok ? 'saved' : 'failed');
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (pending.current !== null) void useCallbacks.getState().saveNote(conversationKey, pending.current);
    },
    [conversationKey],
  );

  const value = text ?? stored ?? '';
  return (
    <div className="cb-note">
      <label htmlFor={`${uid}-note`} className="section-title">
        {t('cbNoteLabel')}
      </label>
      <textarea
        id={`${uid}-note`}
        rows={3}
        value={value}
        placeholder={t('cbNotePlaceholder')}
        aria-describedby={`${uid}-note-status`}
        onChange={(e) => {
          setText(e.target.value);
          pending.current = e.target.value;
          setStatus('idle');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(), 800);
        }}
        onBlur={() => void flush()}
      />
      <p id={`${uid}-note-status`} className="cb-note-status" aria-live="polite">
        {status === 'saving' ? t('cbNoteSaving') : status === 'saved' ? t('cbNoteSaved') : status === 'failed' ? useCallbacks.getState().failure || t('cbNoteFailed') : t('cbNoteHelp')}
      </p>
    </div>
  );
}
