/**
 * `npm run eval:tone` — scores lib/tone/analyze.ts against the labelled corpus in tests/fixtures/tone/.
 *   (no flag)   the training splits (train, train2, and train3 / train4 / train5 / train6 / train7 / train8 / train9 / train10 / train11 / train12 / train13 when their files are there): the ones the analyser may be tuned on
 *   --heldout   also the two held-out splits (heldout, heldout2): figures only, never their texts
 *   --all       also everything together
 *   --errors    also list the misclassified messages of the *training* splits (held-out errors are
 *               never printed: looking at them would be tuning on them)
 * Then per language, for every language with a corpus in tests/fixtures/tone/<lang>/ (tone.train.jsonl,
 * and with --heldout tone.heldout.jsonl; ids "de-t001"; the same labels): the same figures. A language
 * without a corpus is skipped; one Heard does not read tone in yet (lib/lang/thread.ts TONE_LANGS) is
 * scored all the same, and marked so.
 * Ends with a one-line-per-split summary: accuracy, abusive recall / precision, and how many calm
 * messages were read angry or abusive.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMessageIn } from '../lib/tone/langs/route';
import { predictIn } from './eval-tone-lang';
import { loadCorpus, loadLangCorpus, SPLITS, TONE_FIXTURES, type CorpusRow, type LangSplit, type Split } from './tone-corpus';
import { evaluate, formatReport, formatSummary, type EvalReport } from '../lib/tone/metrics';
import type { ToneLevel } from '../lib/tone/types';
import { TONE_LANGS } from '../lib/lang/thread';
import type { Lang } from '../lib/lang/langs';

export { loadCorpus, loadLangCorpus, type CorpusRow, type Split };

/** The training splits: train, train2, and train3 / train4 / train5 / train6 / train7 / train8 / train9 / train10 / train11 / train12 / train13 (later blind writers') when their files are there. */
export const TRAINING_SPLITS: readonly Split[] = (['train', 'train2', 'train3', 'train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13'] as const).filter((x) => x === 'train' || x === 'train2' || existsSync(join(TONE_FIXTURES, `corpus.${x}.jsonl`)));
export const HELDOUT_SPLITS: readonly Split[] = ['heldout', 'heldout2'];

/** The languages other than English a tone corpus may be written in (tests/fixtures/tone/<lang>/). */
export const CORPUS_LANGS = ['es', 'fr', 'de', 'pt'] as const satisfies readonly Lang[];
export type CorpusLang = (typeof CORPUS_LANGS)[number];

export interface LangToneResult {
  lang: CorpusLang;
  /** Whether Heard reads the customer's tone in this language yet (TONE_LANGS). */
  read: boolean;
  splits: { split: LangSplit; report: EvalReport; long: EvalReport | null }[];
}

/** Every language with a tone corpus: its training split, and its held-out split when asked. */
export function evalToneLanguages(opts: { heldout: boolean; dir?: string }): { results: LangToneResult[]; skipped: CorpusLang[] } {
  const results: LangToneResult[] = [];
  const skipped: CorpusLang[] = [];
  for (const lang of CORPUS_LANGS) {
    const splits: LangToneResult['splits'] = [];
    for (const split of opts.heldout ? SPLITS : SPLITS.filter((x) => x !== 'heldout')) {
      const rows = loadLangCorpus(lang, split, opts.dir);
      if (!rows) continue;
      // As the background reads a customer's message, and as `npm run eval:tone:lang` scores it: the
      // message's detected language picks the reader (one figure per split, whichever command prints it).
      const scored = rows.map((r) => ({ ...r, predicted: predictIn(lang, r.text) }));
      const report = evaluate(scored.map((r) => ({ actual: r.label, predicted: r.predicted })));
      const long = scored.filter((r) => words(r.text) >= LONG_WORDS);
      splits.push({ split, report, long: long.length ? evaluate(long.map((r) => ({ actual: r.label, predicted: r.predicted }))) : null });
    }
    if (splits.length === 0) skipped.push(lang);
    else results.push({ lang, read: (TONE_LANGS as readonly string[]).includes(lang), splits });
  }
  return { results, skipped };
}

export interface ScoredRow extends CorpusRow {
  predicted: ToneLevel;
}

/** Each message read in one language's reader (English by default): the English splits. */
export function scoreRows(rows: readonly CorpusRow[], lang: Lang = 'en'): { report: EvalReport; rows: ScoredRow[] } {
  const scored = rows.map((r) => ({ ...r, predicted: analyzeMessageIn(r.text, lang).level }));
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
  const langs = evalToneLanguages({ heldout });
  for (const r of langs.results) {
    for (const s of r.splits) {
      const title = `${r.lang} ${s.split}`;
      console.log('\n' + formatReport(`${title}${r.read ? '' : ' (Heard does not read tone in this language yet: the analyser as it is)'}`, s.report));
      summary.push([title, s.report]);
      if (s.long) summary.push(['  long', s.long]);
    }
  }
  if (langs.skipped.length > 0) console.log(`\nno tone corpus for ${langs.skipped.join(', ')} (tests/fixtures/tone/<lang>/tone.*.jsonl): skipped`);
  console.log('\n' + formatSummary(summary));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
