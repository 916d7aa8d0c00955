/**
 * `npm run eval:tone` — scores lib/tone/analyze.ts against the labelled corpus in tests/fixtures/tone/.
 *   (no flag)   training split only
 *   --heldout   training split, then the held-out split
 *   --all       training, held-out, and both together
 *   --errors    also list the misclassified messages of each split printed
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyzeMessage } from '../lib/tone/analyze';
import { evaluate, formatReport, type EvalReport } from '../lib/tone/metrics';
import { TONE_LEVELS, type ToneLevel } from '../lib/tone/types';

const CorpusRow = z.object({
  id: z.string().regex(/^t\d{3,}$/),
  text: z.string().min(1),
  label: z.enum(TONE_LEVELS as [ToneLevel, ...ToneLevel[]]),
  note: z.string(),
});
export type CorpusRow = z.infer<typeof CorpusRow>;

export type Split = 'train' | 'heldout';
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

function main(argv: readonly string[]): void {
  const all = argv.includes('--all');
  const heldout = all || argv.includes('--heldout');
  const showErrors = argv.includes('--errors');
  const train = loadCorpus('train');
  const sets: [string, CorpusRow[]][] = [['training split', train]];
  if (heldout) sets.push(['held-out split', loadCorpus('heldout')]);
  if (all) sets.push(['all', [...train, ...loadCorpus('heldout')]]);
  for (const [title, rows] of sets) {
    const { report, rows: scored } = scoreRows(rows);
    console.log('\n' + formatReport(title, report));
    if (showErrors) {
      console.log('\nmisclassified:');
      for (const r of scored) if (r.predicted !== r.label) console.log(`  ${r.id} ${r.label} → ${r.predicted}: ${r.text.slice(0, 110)}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
