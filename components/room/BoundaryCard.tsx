import type { IncidentCategoryMsg, RoomView } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { timeFormat } from '@/lib/stores/room';
import { CATEGORY, IncidentForm } from './IncidentForm';

interface Props {
  boundary: NonNullable<RoomView['boundary']>;
  /** Incidents already logged for this conversation. */
  incidents: RoomView['incidents'];
  canLog: boolean;
  busy: boolean;
  logged: { at: number; category: IncidentCategoryMsg } | null;
  conversation: string | null;
  onInsert(text: string): void;
  onLog(category: IncidentCategoryMsg, note: string): Promise<boolean>;
  onHide?: (() => void) | undefined;
}

/** The team's boundary policy (pack text, rendered as text) and the one-click incident log. */
export function BoundaryCard({ boundary, incidents, canLog, busy, logged, conversation, onInsert, onLog, onHide }: Props) {
  const { policy } = boundary;
  return (
    <section className="room-card boundary" aria-labelledby="room-boundary-title" data-testid="boundary-card">
      <h3 id="room-boundary-title">{t('roomBoundaryTitle')}</h3>
      <p>{boundary.abusive ? t('roomBoundaryIntroAbusive') : t('roomBoundaryIntroManual')}</p>
      <h4>{t('roomBoundaryWhatCounts')}</h4>
      <p>{policy.whatCounts}</p>
      <h4>{t('roomBoundaryWarning')}</h4>
      <div className="boundary-warning">
        <blockquote>{policy.warning}</blockquote>
        <button type="button" className="btn btn-small" aria-label={t('roomBoundaryInsertLabel')} onClick={() => onInsert(policy.warning)}>
          {t('roomBoundaryInsert')}
        </button>
      </div>
      <h4>{t('roomBoundaryWhenToEnd')}</h4>
      <p>{policy.whenToEnd}</p>
      <h4>{t('roomBoundaryWhatToRecord')}</h4>
      <p>{policy.whatToRecord}</p>
      {canLog ? (
        <IncidentForm key={conversation ?? ''} suggested={boundary.suggested} busy={busy} onLog={onLog} />
      ) : (
        <p className="room-small">{t('roomIncidentNoConversation')}</p>
      )}
      {logged ? <p className="incident-done">{t('roomIncidentLogged', timeFormat(logged.at))}</p> : null}
      {incidents.length > 0 ? (
        <>
          <h4 id="room-incidents-here">{t('roomIncidentsHere')}</h4>
          <ul className="incidents-here" aria-labelledby="room-incidents-here">
            {incidents.map((i) => (
              <li key={i.id}>
                {timeFormat(i.at)}: {t(CATEGORY[i.category])}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {onHide ? (
        <p>
          <button type="button" className="btn btn-small btn-quiet" onClick={onHide}>
            {t('roomBoundaryHide')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
