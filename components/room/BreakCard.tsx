import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';

/** After an incident: a calm suggestion to step away. Focus moves here so a keyboard user meets it. */
export function BreakCard({ advice, onDone }: { advice: string; onDone(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <aside className="room-card break-card" aria-labelledby="room-break-title">
      <h3 id="room-break-title" ref={heading} tabIndex={-1}>
        {t('roomBreakTitle')}
      </h3>
      <p>{advice || t('roomBreakFallback')}</p>
      <p className="room-small">{t('roomBreakSettings')}</p>
      <button type="button" className="btn btn-small btn-quiet" onClick={onDone}>
        {t('roomBreakDone')}
      </button>
    </aside>
  );
}
