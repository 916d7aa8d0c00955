import type { ChecklistView } from '@/lib/messaging';
import { t } from '@/lib/i18n';

interface Props {
  checklist: ChecklistView;
  collapsed: boolean;
  onToggleCollapsed(): void;
  onTick(itemId: string, ticked: boolean): void;
}

const safeId = (s: string): string => s.replace(/[^a-z0-9_-]/gi, '-');

/** One de-escalation checklist: a disclosure heading, progress, and items as native checkboxes. */
export function Checklist({ checklist, collapsed, onToggleCollapsed, onTick }: Props) {
  const base = `checklist-${safeId(checklist.packId)}-${safeId(checklist.id)}`;
  const done = checklist.items.filter((i) => i.ticked).length;
  return (
    <section className="room-card checklist" aria-labelledby={`${base}-title`} data-checklist={checklist.id}>
      <div className="checklist-head">
        <h3 id={`${base}-title`}>
          <button
            type="button"
            className="checklist-toggle"
            aria-expanded={!collapsed}
            aria-controls={`${base}-body`}
            onClick={onToggleCollapsed}
          >
            <span className="chev" aria-hidden="true" />
            {checklist.title}
          </button>
        </h3>
        <p className="room-small">{t('roomChecklistProgress', [String(done), String(checklist.items.length)])}</p>
      </div>
      <div id={`${base}-body`} hidden={collapsed}>
        {checklist.description ? <p className="room-small">{checklist.description}</p> : null}
        <ul className="checklist-items">
          {checklist.items.map((item) => {
            const id = `${base}-${safeId(item.id)}`;
            const note = item.auto ? (item.manual === 'unticked' ? t('roomItemUntickedByHand') : t('roomItemAuto')) : null;
            return (
              <li key={item.id} data-item={item.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={item.ticked}
                  aria-describedby={note || item.why ? `${id}-meta` : undefined}
                  onChange={(e) => onTick(item.id, e.currentTarget.checked)}
                />
                <label htmlFor={id}>{item.label}</label>
                {note || item.why ? (
                  <p id={`${id}-meta`} className="item-meta">
                    {note ? <span className="item-auto">{note}. </span> : null}
                    {item.why}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
