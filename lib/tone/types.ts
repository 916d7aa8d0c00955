/** The seam between tone analysis and the guidance engine. */
/** The customer's tone, mildest first: the one definition rows, messages and the pack schema use. */
export const TONE_LEVELS = ['calm', 'frustrated', 'angry', 'abusive'] as const;
export type ToneLevel = (typeof TONE_LEVELS)[number];

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
