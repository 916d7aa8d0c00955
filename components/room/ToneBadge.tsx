import type { RoomView, TabState } from '@/lib/messaging';
import { t, type MessageKey } from '@/lib/i18n';

type Level = NonNullable<TabState['tone']>;
type SignalKind = NonNullable<RoomView['tone']>['signals'][number];

export const LEVEL: Record<Level, MessageKey> = {
  calm: 'roomToneCalm',
  frustrated: 'roomToneFrustrated',
  angry: 'roomToneAngry',
  abusive: 'roomToneAbusive',
};

/** Signal kinds in plain words. */
export const SIGNAL: Record<SignalKind, MessageKey> = {
  shouting: 'roomSignalShouting',
  'repeat-contact': 'roomSignalRepeatContact',
  'past-experience': 'roomSignalPastExperience',
  'supervisor-request': 'roomSignalSupervisorRequest',
  'threat-to-leave': 'roomSignalThreatToLeave',
  urgency: 'roomSignalUrgency',
  'negative-sentiment': 'roomSignalNegativeSentiment',
  sarcasm: 'roomSignalSarcasm',
  'profanity-situation': 'roomSignalProfanitySituation',
  'insult-at-rep': 'roomSignalInsultAtRep',
  'threat-at-rep': 'roomSignalThreatAtRep',
  harassment: 'roomSignalHarassment',
};

/** The customer's tone in one calm line, with the signals that led to it. */
export function ToneBadge({ level, signals }: { level: Level | null; signals: readonly SignalKind[] }) {
  if (!level) {
    return (
      <div className="room-tone" data-level="unknown">
        <p className="room-small">{t('roomToneUnknown')}</p>
      </div>
    );
  }
  const note = level === 'calm' ? t('roomToneCalmNote') : level === 'abusive' ? null : t('roomToneUpsetNote');
  return (
    <div className="room-tone" data-level={level} data-testid="tone-badge">
      <p className="tone-badge">
        <span className="tone-dot" aria-hidden="true" />
        {t('roomToneBadge', t(LEVEL[level]))}
      </p>
      {signals.length > 0 ? (
        <>
          <p id="room-signals-label" className="room-small">
            {t('roomSignalsLabel')}
          </p>
          <ul className="tone-signals" aria-labelledby="room-signals-label">
            {signals.map((k) => (
              <li key={k}>{t(SIGNAL[k])}</li>
            ))}
          </ul>
        </>
      ) : null}
      {note ? <p className="room-small">{note}</p> : null}
    </div>
  );
}
