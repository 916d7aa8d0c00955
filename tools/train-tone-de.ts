/**
 * `npm run train:tone:de` — trains the learned second opinion on abuse in German
 * (lib/tone/langs/learned-de.ts) on the German TRAINING splits only (tests/fixtures/tone/de/tone.train*.jsonl;
 * never the held-out file) and writes lib/tone/langs/learned-de.weights.json.
 *
 * Sentences are the examples: in a message labelled abusive, the sentences holding the rules' abuse evidence
 * (every sentence addressing the rep when the rules find none) are positives; every sentence of a message
 * not labelled abusive is a negative. A logistic regression over hashed character 3–5-grams and word
 * unigrams, trained by plain SGD in a fixed order (a seeded shuffle): the same file every run.
 *
 * The threshold is picked by leave-one-split-out cross-validation: each split in turn is scored by a model
 * trained on the others; a message is "raised" when the rules read it frustrated or angry and its best
 * second-person sentence scores at or above the threshold. The threshold kept is the lowest one that raises
 * no left-out message that is not abusive, and, scored by the model trained on every split, none of the
 * non-abusive sentences of the German probe families (tests/unit/tone/families-de*.test.ts: our own wordings,
 * read by parsing, never run), whose near misses are the look-alikes the rules were tuned to keep apart.
 *   --cv-only   print the cross-validation table, write nothing
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { de } from '../lib/tone/langs/de';
import { readMessage } from '../lib/tone/langs/engine';
import { FLOOR, learnedAbuse, sentencesOf, featuresOf, type LearnedModel } from '../lib/tone/langs/learned-de';
import { loadLangCorpus, type CorpusRow, type LangSplit } from './tone-corpus';
import { trainLogistic, type SgdExample } from './sgd';
import { pickThreshold as pickEn, THRESHOLDS } from './train-tone-en';

export const DIM = 8192;
export const SCALE = 1000;
const EPOCHS = Number(process.env.EP ?? 25);
const LR = Number(process.env.LR ?? 0.5);
const L2 = Number(process.env.L2 ?? 1e-4);

/** The German training splits the model learns from: every split but the held-out one. */
export const DE_TRAINING_SPLITS = ['train', 'train2', 'train3', 'train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13'] as const satisfies readonly LangSplit[];

const ABUSE_KINDS = new Set(['insult-at-rep', 'threat-at-rep', 'harassment']);

const TONE_TESTS = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'tests', 'unit', 'tone');
/** Wanted levels of the family files that rule abuse out (a level below abusive, '!abusive', 'quiet'). */
const NOT_ABUSIVE = new Set(['calm', 'frustrated', 'angry', '!abusive', 'quiet']);

/** The non-abusive texts of the German probe families: `family(name, [[want, text], …])` calls, parsed, never run. */
export function familyNegatives(dir = TONE_TESTS): string[] {
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => /^families-de(?:-\d+)?\.test\.ts$/.test(f)).sort()) {
    const src = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, false);
    const visit = (node: ts.Node): void => {
      if (ts.isArrayLiteralExpression(node) && node.elements.length === 2) {
        const [want, text] = node.elements;
        if (want && text && ts.isStringLiteralLike(want) && ts.isStringLiteralLike(text) && NOT_ABUSIVE.has(want.text)) {
          out.push(text.text);
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return out;
}

/** The rules alone (readIn would add the model's own opinion). */
export const rulesOf = (text: string): ReturnType<typeof readMessage> => readMessage(de, text);

export function loadSplit(split: (typeof DE_TRAINING_SPLITS)[number]): CorpusRow[] {
  return loadLangCorpus('de', split) ?? [];
}

function examplesOf(rows: readonly CorpusRow[]): SgdExample[] {
  const out: SgdExample[] = [];
  for (const r of rows) {
    const abusive = r.label === 'abusive';
    const spans = abusive ? rulesOf(r.text).signals.filter((x) => ABUSE_KINDS.has(x.kind)) : [];
    for (const s of sentencesOf(r.text, true)) {
      if (abusive && spans.length > 0 && !spans.some((x) => x.start < s.end && x.end > s.start)) continue;
      if (abusive && spans.length === 0 && !s.words.some((w) => w.second)) continue;
      const buckets = featuresOf(s.words, DIM).map((f) => f.bucket);
      // One value per example: 1/√max(FLOOR, its buckets), so one word can't make a short sentence abusive.
      out.push({ buckets, value: 1 / Math.sqrt(Math.max(FLOOR, buckets.length)), y: abusive ? 1 : 0 });
    }
  }
  return out;
}

export function train(rows: readonly CorpusRow[], threshold = 0.5): LearnedModel {
  const { w, bias } = trainLogistic(examplesOf(rows), { dim: DIM, epochs: EPOCHS, lr: LR, l2: L2, seed: 4242 });
  return { dim: DIM, scale: SCALE, bias: Math.round(bias * SCALE), threshold, w: Array.from(w, (v) => Math.round(v * SCALE) || 0) };
}


export interface Fold {
  split: string;
  /** Per message: label, the rules' level, the model's best second-person sentence probability. */
  rows: { id: string; text: string; label: CorpusRow['label']; rules: CorpusRow['label']; p: number }[];
}

export function crossValidate(splits: readonly (typeof DE_TRAINING_SPLITS)[number][] = DE_TRAINING_SPLITS): Fold[] {
  const data = new Map(splits.map((s) => [s, loadSplit(s)] as const));
  return splits.map((split) => {
    const model = train(splits.filter((s) => s !== split).flatMap((s) => data.get(s) ?? []), 0);
    const rows = (data.get(split) ?? []).map((r) => ({ id: r.id, text: r.text, label: r.label, rules: rulesOf(r.text).level, p: learnedAbuse(r.text, model)?.p ?? 0 }));
    return { split, rows };
  });
}

const raises = (r: Fold['rows'][number], t: number): boolean => r.p >= t && (r.rules === 'frustrated' || r.rules === 'angry');

/** The lowest threshold that raises nothing but abuse in any left-out split: the English trainer's pick, on German folds. */
export const pickThreshold = (folds: readonly Fold[], print = false): number => pickEn(folds, print);

/** Per left-out split at threshold t: abusive messages the rules missed, how many the model raises, false raises. */
export function cvTable(folds: readonly Fold[], t: number): string {
  const lines = ['split     abusive  rules-missed (read fr/angry)  raised  false raises'];
  for (const f of folds) {
    const ab = f.rows.filter((r) => r.label === 'abusive');
    const missed = ab.filter((r) => r.rules === 'frustrated' || r.rules === 'angry');
    const raised = missed.filter((r) => raises(r, t)).length;
    const wrong = f.rows.filter((r) => r.label !== 'abusive' && raises(r, t)).length;
    lines.push(`${f.split.padEnd(9)} ${String(ab.length).padStart(7)}  ${String(missed.length).padStart(28)}  ${String(raised).padStart(6)}  ${String(wrong).padStart(12)}`);
  }
  return lines.join('\n');
}

/** The lowest threshold at which the model trained on every split raises none of these texts (rules frustrated or angry). */
export function familyFloor(model: LearnedModel, texts: readonly string[], print = false): number {
  let floor = 0;
  for (const text of texts) {
    const rules = rulesOf(text).level;
    if (rules !== 'frustrated' && rules !== 'angry') continue;
    const p = learnedAbuse(text, model)?.p ?? 0;
    if (p >= floor) {
      floor = p;
      if (print && p >= 0.8) console.log(`  family near miss p=${p.toFixed(3)}: ${text.slice(0, 100)}`);
    }
  }
  return floor;
}

/** The threshold written: cross-validation's, raised to the next grid step above every probe-family near miss the model trained on every split would raise. */
export function pickFinalThreshold(folds: readonly Fold[], negatives: readonly string[], print = false): number {
  const cv = pickThreshold(folds, print);
  const floor = familyFloor(train(DE_TRAINING_SPLITS.flatMap((s) => loadSplit(s)), cv), negatives, print);
  return Math.max(cv, THRESHOLDS.find((t) => t > floor) ?? 1);
}

function main(argv: readonly string[]): void {
  const negatives = familyNegatives();
  console.log(`training: de ${DE_TRAINING_SPLITS.join(', ')}; threshold also kept above ${negatives.length} probe-family near misses`);
  const folds = crossValidate();
  const threshold = pickFinalThreshold(folds, negatives, true);
  console.log(`\nthreshold: ${threshold} (leave-one-split-out ${pickThreshold(folds)}, then above the probe families' near misses)\n`);
  console.log(cvTable(folds, threshold));
  if (argv.includes('--cv-only')) {
    // The training messages the chosen threshold would raise wrongly, or nearly (training texts only).
    for (const f of folds) for (const r of f.rows) if (r.label !== 'abusive' && r.p >= 0.8 && r.rules !== 'calm') console.log(`  ${r.id} ${r.label} (rules ${r.rules}) p=${r.p.toFixed(3)}: ${r.text.replace(/\s+/g, ' ').slice(0, 140)}`);
    return;
  }
  const model = train(DE_TRAINING_SPLITS.flatMap((s) => loadSplit(s)), threshold);
  const out = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'lib', 'tone', 'langs', 'learned-de.weights.json');
  const json = JSON.stringify(model) + '\n';
  writeFileSync(out, json);
  console.log(`wrote ${out} (${(json.length / 1024).toFixed(1)} KB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
