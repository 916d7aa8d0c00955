/** The seam between tone analysis and the guidance engine. */
/** The customer's tone, mildest first: defined once in lib/values.ts. */
export { TONE_LEVELS, type ToneLevel, type DraftRiskKind } from '../values';
import type { ToneLevel, DraftRiskKind } from '../values';

export type ToneSignalKind =
  | 'shouting'
  | 'repeat-contact'
  | 'past-experience'
  | 'supervisor-request'
  | 'threat-to-leave'
  | 'urgency'
  | 'negative-sentiment'
  | 'sarcasm'
  | 'profanity-situation'
  | 'insult-at-rep'
  | 'threat-at-rep'
  | 'harassment';

export interface ToneSignal {
  kind: ToneSignalKind;
  /** Index of the message in the thread given to the analyser. */
  messageIndex: number;
  /** Character range of the words in that message. */
  start: number;
  end: number;
}

export interface ToneState {
  level: ToneLevel;
  signals: ToneSignal[];
}


export interface DraftRisk {
  kind: DraftRiskKind;
  start: number;
  end: number;
}
