import type { TabState } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { useRoom } from '@/lib/stores/room';
import { ToneBadge } from './ToneBadge';
import { Checklist } from './Checklist';
import { mergeChecklists } from './merge';
import { BoundaryCard } from './BoundaryCard';
import { BreakCard } from './BreakCard';
import './room.css';

/**
 * The panel's "reading the room" section: the customer's tone and why, the de-escalation
 * checklists (opened by their trigger or by hand), and the team's boundary when a customer's words
 * are aimed at the rep. Its view comes with the panel's pushed view of the tab (lib/stores/panel.ts),
 * new after each lint and each action.
 */
export function RoomSection({ tab, tabId }: { tab: TabState | null; tabId: number | null }) {
  const room = useRoom();
  const ticketKey = tab?.ticket?.key ?? null;

  if (!tab) return null;
  // Until the view for this conversation arrives, show what the tab state already knows.
  const view = room.view && room.tabId === tabId && (room.view.ticket?.key ?? null) === ticketKey ? room.view : null;
  const level = view?.tone?.level ?? tab.tone;
  const signals = view?.tone?.signals ?? [];
  const shown = view?.checklists.filter((c) => c.triggered || c.opened) ?? [];
  const hidden = view?.checklists.filter((c) => !c.triggered && !c.opened) ?? [];
  const merged = mergeChecklists(shown);
  const boundary = view?.boundary ?? null;
  const boundaryVisible = boundary != null && (boundary.abusive || room.boundaryOpen);
  const breakVisible = boundary != null && room.logged != null && view?.breakReminder === true && !room.breakDismissed;

  return (
    <section className="room" aria-labelledby="room-heading">
      <h2 id="room-heading" className="section-title">
        {t('roomHeading')}
      </h2>
      <ToneBadge level={level} signals={signals} />
      {tab.conversation === 'unread' ? (
        <p className="room-small" role="note">
          {t('roomCantReadConversation')}
        </p>
      ) : null}
      {breakVisible ? <BreakCard advice={boundary.policy.breakAdvice} onDone={room.dismissBreak} /> : null}
      {boundaryVisible ? (
        <BoundaryCard
          boundary={boundary}
          incidents={view?.incidents ?? []}
          canLog={view?.ticket != null}
          busy={room.busy}
          logged={room.logged}
          conversation={ticketKey}
          onInsert={(text) => void room.insertWarning(text)}
          onLog={room.logIncident}
          onHide={boundary.abusive ? undefined : () => room.setBoundaryOpen(false)}
        />
      ) : null}
      {view ? (
        <>
          {shown.length > 0 ? <p className="room-small">{t('roomChecklistHelp')}</p> : null}
          {merged ? (
            // The open checklists as one list, no item twice; a tick goes to every checklist holding the item.
            <Checklist
              key={merged.id}
              checklist={merged}
              collapsed={room.collapsed[merged.id] === true}
              onToggleCollapsed={() => room.toggleCollapsed(merged.id)}
              onTick={(itemId, ticked) => {
                for (const id of merged.sources[itemId] ?? []) void room.tick(id, itemId, ticked);
              }}
            />
          ) : null}
          {shown.length === 0 && hidden.length > 0 ? <p className="room-small">{t('roomChecklistNoneOpen')}</p> : null}
          {hidden.length > 0 ? (
            <div className="room-more" role="group" aria-label={t('roomChecklistOthers')}>
              {hidden.map((c) => (
                <button key={c.id} type="button" className="btn btn-small btn-quiet" onClick={() => void room.openChecklist(c.id)}>
                  {t('roomChecklistShow', c.title)}
                </button>
              ))}
            </div>
          ) : null}
          {boundary && !boundary.abusive && !room.boundaryOpen ? (
            <div>
              <button type="button" className="btn btn-small btn-quiet" onClick={() => room.setBoundaryOpen(true)}>
                {t('roomBoundaryShow')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      {room.error ? (
        <p className="room-error" role="alert">
          {room.error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {room.announcement}
      </p>
    </section>
  );
}
