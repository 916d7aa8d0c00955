/** eld's n-gram database cut to Heard's languages (see tools/gen-lang-ngrams.ts). */
export declare const ngramsData: {
  type: string;
  languages: Record<string, string>;
  isSubset: boolean;
  ngrams: Record<string, Record<string, number>>;
};
