import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { IncidentMsg } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { dateTimeFormat, incidentsToCsv, useIncidents } from '@/lib/stores/incidents';
import { webLink } from '@/lib/web-link';
import { CATEGORY } from '../room/IncidentForm';
import { ticketName } from '../callbacks/CallbackItem';
import '../room/room.css';
import { downloadText } from '@/lib/download';

/** Options: the local incident log, with CSV export for the team lead and the break setting. */
export function IncidentsSection() {
  const { status, incidents, settings, announcement, load, remove, setBreakReminder } = useIncidents();
  const heading = useRef<HTMLHeadingElement>(null);
  const [exported, setExported] = useState('');

  useEffect(() => {
    void load();
  }, [load]);

  const exportCsv = (): void => {
    downloadText(incidentsToCsv(incidents), `heard-incidents-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8');
    setExported(t('incidentsExported'));
  };

  const onDeleted = async (id: string): Promise<void> => {
    if (await remove(id)) heading.current?.focus();
  };

  return (
    <section className="options-section" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading" ref={heading} tabIndex={-1}>
        {t('incidentsHeading')}
      </h2>
      <p>{t('incidentsIntro')}</p>
      <div className="incidents-toolbar">
        <label>
          <input
            type="checkbox"
            checked={settings?.breakReminder ?? true}
            disabled={!settings}
            onChange={(e) => void setBreakReminder(e.currentTarget.checked)}
          />
          {t('incidentsBreakSetting')}
        </label>
        <button type="button" className="btn btn-small" disabled={incidents.length === 0} onClick={exportCsv}>
          {t('incidentsExport')}
        </button>
      </div>
      {status === 'loading' ? <p className="empty">{t('incidentsLoading')}</p> : null}
      {status === 'error' ? <p className="empty">{t('incidentsLoadFailed')}</p> : null}
      {status === 'ready' && incidents.length === 0 ? <p className="empty">{t('incidentsEmpty')}</p> : null}
      {incidents.length > 0 ? (
        <table className="incidents-table">
          <caption>{t('incidentsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('incidentsColTime')}</th>
              <th scope="col">{t('incidentsColCategory')}</th>
              <th scope="col">{t('incidentsColConversation')}</th>
              <th scope="col">{t('incidentsColNote')}</th>
              <th scope="col">{t('incidentsColActions')}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <IncidentRow key={i.id} incident={i} onDelete={() => void onDeleted(i.id)} />
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement || exported}
      </p>
    </section>
  );
}

function IncidentRow({ incident, onDelete }: { incident: IncidentMsg; onDelete(): void }) {
  const [confirming, setConfirming] = useState(false);
  const wasConfirming = useRef(false);
  const deleteBtn = useRef<HTMLButtonElement>(null);
  const keepBtn = useRef<HTMLButtonElement>(null);
  const when = dateTimeFormat(incident.at);
  const href = webLink(incident.link);
  const msgId = `incident-confirm-${incident.id}`;

  useEffect(() => {
    // Into the question when it opens (on the safe answer); back to Delete when it is cancelled.
    if (confirming) keepBtn.current?.focus();
    else if (wasConfirming.current) deleteBtn.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setConfirming(false);
    }
  };

  return (
    <tr>
      <td>{when}</td>
      <td>{t(CATEGORY[incident.category])}</td>
      <td>
        {/* The ticket by its number and subject, not the conversation key (demo:127.0.0.1:5391:1044). */}
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener" title={incident.conversationKey}>
            {ticketName(incident.conversationKey, incident.ticketTitle) || incident.conversationKey}
          </a>
        ) : (
          <span title={incident.conversationKey}>{ticketName(incident.conversationKey, incident.ticketTitle) || incident.conversationKey}</span>
        )}
      </td>
      <td className="note">{incident.note || <span className="room-small">{t('incidentsNoNote')}</span>}</td>
      <td>
        {confirming ? (
          <div className="incident-confirm" role="alertdialog" aria-labelledby={msgId} onKeyDown={onKey}>
            <p id={msgId}>{t('incidentsConfirm', when)}</p>
            <div>
              <button type="button" className="btn btn-small btn-danger-quiet" onClick={onDelete}>
                {t('incidentsConfirmYes')}
              </button>
              <button type="button" ref={keepBtn} className="btn btn-small btn-quiet" onClick={() => setConfirming(false)}>
                {t('incidentsConfirmNo')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            ref={deleteBtn}
            className="btn btn-small btn-quiet"
            aria-label={t('incidentsDeleteLabel', when)}
            onClick={() => setConfirming(true)}
          >
            {t('incidentsDelete')}
          </button>
        )}
      </td>
    </tr>
  );
}
