import type { HintMsg } from '@/lib/messaging';
import { t, type MessageKey } from '@/lib/i18n';

const SEVERITY: Record<HintMsg['severity'], MessageKey> = {
  warn: 'severityWarn',
  suggest: 'severitySuggest',
  info: 'severityInfo',
};

interface Props {
  hint: HintMsg;
  onInsert(text: string): void;
  onDismiss(reason: 'dismissed' | 'not-helpful'): void;
  /** For hints about a promise: log it as a callback. */
  onLogPromise?: (() => void) | undefined;
}

/** One hint: what to do, why, and phrasings to adapt. Pack text is rendered as text, never HTML. */
export function HintCard({ hint, onInsert, onDismiss, onLogPromise }: Props) {
  const titleId = `hint-${hint.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <article className="hint" data-severity={hint.severity} data-hint-id={hint.id} tabIndex={-1} aria-labelledby={titleId}>
      <p className="hint-severity">{t(SEVERITY[hint.severity])}</p>
      <h3 id={titleId} className="hint-title">
        {hint.title}
      </h3>
      {hint.excerpt ? <p className="hint-excerpt">{t('hintTriggeredBy', hint.excerpt)}</p> : null}
      {hint.also && hint.also.length > 0 ? <p className="hint-also">{t('hintAlso', hint.also.map((a) => a.title).join(', '))}</p> : null}
      <p className="hint-advice">{hint.advice}</p>
      <p className="hint-why">
        <strong>{t('hintWhy')}: </strong>
        {hint.why}
      </p>
      {hint.examples.length > 0 ? (
        <div className="hint-examples">
          <p className="hint-examples-label">{t('hintExamples')}</p>
          <ul>
            {hint.examples.map((ex) => (
              <li key={ex}>
                <span className="example-text">{ex}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('hintInsertLabel', ex)}
                  onClick={() => onInsert(ex)}
                >
                  {t('hintInsert')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {hint.actionHint ? (
        <p className="hint-action-hint">
          <strong>{t('hintActionHint')}: </strong>
          {hint.actionHint}
        </p>
      ) : null}
      <div className="hint-actions">
        {onLogPromise && hint.actions.includes('log-callback') ? (
          <button type="button" className="btn btn-small" onClick={onLogPromise}>
            {t('hintLogPromise')}
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={t('hintDismissLabel', hint.title)}
          onClick={() => onDismiss('dismissed')}
        >
          {t('hintDismiss')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => onDismiss('not-helpful')}>
          {t('hintNotHelpful')}
        </button>
      </div>
    </article>
  );
}
