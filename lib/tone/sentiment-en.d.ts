// The English language module inside the `sentiment` package (AFINN-165 labels plus its negation
// strategy). Imported so lib/tone/lexicon.ts can register a support-desk variant of it; the package
// ships no types for this path.
declare module 'sentiment/languages/en/index.js' {
  const en: {
    labels: Record<string, number>;
    scoringStrategy: { apply: (tokens: string[], cursor: number, tokenScore: number) => number };
  };
  export default en;
}
