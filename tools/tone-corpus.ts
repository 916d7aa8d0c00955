/**
 * The labelled tone corpora in tests/fixtures/tone/, read and checked in one place for both evals
 * (`npm run eval:tone`, `npm run eval:tone:lang`) and their tests: the English splits
 * (corpus.<split>.jsonl, ids "t001") and each language's (<lang>/tone.<split>.jsonl, ids "de-t001").
 * A line that does not parse stops the eval with its file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TONE_LEVELS } from '../lib/tone/types';
import type { Lang } from '../lib/lang/langs';

const CorpusRow = z.object({
  id: z.string().regex(/^t\d{3,}$/),
  text: z.string().min(1),
  label: z.enum(TONE_LEVELS),
  note: z.string(),
});
export type CorpusRow = z.infer<typeof CorpusRow>;
const LangCorpusRow = CorpusRow.extend({ id: z.string().regex(/^[a-z]{2}-t\d{3,}$/) });

export const TONE_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'tone');

/** The English splits. */
export type Split = 'train' | 'heldout' | 'train2' | 'heldout2' | 'train3' | 'train4' | 'train5' | 'train6' | 'train7' | 'train8' | 'train9' | 'train10' | 'train11' | 'train12' | 'train13';
/** A language's splits: train2 … train8 are later blind training splits (by other blind writers), where their file is there (train3: fr, de, pt; train4 … train13: de; train8 is look-alikes, mostly calm; train9 leans to the heated levels; train10 is calm look-alikes and abuse inside long letters; train11 a general mix; train12 and train13 general mixes with more of the hard edges). */
export const SPLITS = ['train', 'train2', 'train3', 'train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13', 'heldout'] as const;
export type LangSplit = (typeof SPLITS)[number];

function readRows(file: string, schema: z.ZodType<CorpusRow>): CorpusRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** An English split. */
export function loadCorpus(split: Split): CorpusRow[] {
  return readRows(join(TONE_FIXTURES, `corpus.${split}.jsonl`), CorpusRow);
}

/** A language's split, or null when its file is not there (yet). */
export function loadLangCorpus(lang: Lang, split: LangSplit, dir = TONE_FIXTURES): CorpusRow[] | null {
  const file = join(dir, lang, `tone.${split}.jsonl`);
  return existsSync(file) ? readRows(file, LangCorpusRow) : null;
}
