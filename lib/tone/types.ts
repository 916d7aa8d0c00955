/** The seam between tone analysis and the guidance engine. */
export type ToneLevel = 'calm' | 'frustrated' | 'angry' | 'abusive';

export const TONE_LEVELS: readonly ToneLevel[] = ['calm', 'frustrated', 'angry', 'abusive'];

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

export type DraftRiskKind = 'blame' | 'sarcasm' | 'all-caps' | 'cold-refusal';

export interface DraftRisk {
  kind: DraftRiskKind;
  start: number;
  end: number;
}
