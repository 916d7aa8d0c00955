/** The part of eld's detector core Heard uses (see eld-core.js). */
export interface EldResult {
  language: string;
  getScores(): Record<string, number>;
  isReliable(thresholdRatio?: number): boolean;
}
export interface EldInstance {
  detect(text: string): EldResult;
}
export declare function createEld(): { instance: EldInstance; loadData(data: unknown): string };
