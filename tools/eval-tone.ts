/**
 * `npm run eval:tone` — scores lib/tone/analyze.ts against the labelled corpus in tests/fixtures/tone/.
 *   (no flag)   the two training splits (train, train2): the ones the analyser may be tuned on
 *   --heldout   also the two held-out splits (heldout, heldout2): figures only, never their texts
 *   --all       also everything together
 *   --errors    also list the misclassified messages of the *training* splits (held-out errors are
 *               never printed: looking at them would be tuning on them)
 * Ends with a one-line-per-split summary: accuracy, abusive recall / precision, and how many calm
 * messages were read angry or abusive.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyzeMessage } from '../lib/tone/analyze';
import { evaluate, formatReport, formatSummary, type EvalReport } from '../lib/tone/metrics';
import { TONE_LEVELS, type ToneLevel } from '../lib/tone/types';

const CorpusRow = z.object({
  id: z.string().regex(/^t\d{3,}$/),
  text: z.string().min(1),
  label: z.enum(TONE_LEVELS),
  note: z.string(),
});
export type CorpusRow = z.infer<typeof CorpusRow>;

export type Split = 'train' | 'heldout' | 'train2' | 'heldout2';
export const TRAINING_SPLITS: readonly Split[] = ['train', 'train2'];
export const HELDOUT_SPLITS: readonly Split[] = ['heldout', 'heldout2'];
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'tone');

export function loadCorpus(split: Split): CorpusRow[] {
  const file = join(fixtures, `corpus.${split}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = CorpusRow.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export interface ScoredRow extends CorpusRow {
  predicted: ToneLevel;
}

export function scoreRows(rows: readonly CorpusRow[]): { report: EvalReport; rows: ScoredRow[] } {
  const scored = rows.map((r) => ({ ...r, predicted: analyzeMessage(r.text).level }));
  return { report: evaluate(scored.map((r) => ({ actual: r.label, predicted: r.predicted }))), rows: scored };
}

/** Messages of this many words or more are reported apart as "long" (the corpus's long emails). */
export const LONG_WORDS = 80;
const words = (text: string): number => (text.match(/\S+/g) ?? []).length;

function main(argv: readonly string[]): void {
  const all = argv.includes('--all');
  const heldout = all || argv.includes('--heldout');
  const showErrors = argv.includes('--errors');
  const sets: [string, CorpusRow[], boolean][] = TRAINING_SPLITS.map((s) => [s, loadCorpus(s), true]);
  if (heldout) for (const s of HELDOUT_SPLITS) sets.push([s, loadCorpus(s), false]);
  if (all) sets.push(['all', sets.flatMap(([, rows]) => rows), false]);
  const summary: [string, EvalReport][] = [];
  for (const [title, rows, training] of sets) {
    const { report, rows: scored } = scoreRows(rows);
    summary.push([title, report]);
    const long = scored.filter((r) => words(r.text) >= LONG_WORDS);
    if (long.length) summary.push([`  long`, evaluate(long.map((r) => ({ actual: r.label, predicted: r.predicted })))]);
    console.log('\n' + formatReport(title, report));
    if (showErrors && training) {
      console.log('\nmisclassified:');
      for (const r of scored) if (r.predicted !== r.label) console.log(`  ${r.id} ${r.label} → ${r.predicted}: ${r.text.slice(0, 110)}`);
    }
  }
  console.log('\n' + formatSummary(summary));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
