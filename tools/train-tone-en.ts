/**
 * `npm run train:tone:en` — trains the learned second opinion on abuse (lib/tone/learned-en.ts) on the
 * English TRAINING splits only (never a held-out file) and writes lib/tone/learned-en.weights.json.
 *
 * Sentences are the examples: every sentence addressing the rep (second person) of a message labelled
 * abusive is a positive; every sentence of a message not labelled abusive is a negative. A logistic
 * regression over hashed character 3–5-grams and word unigrams, trained by plain SGD in a fixed order
 * (a seeded shuffle): the same file every run.
 *
 * The threshold is picked by leave-one-split-out cross-validation: each split in turn is scored by a
 * model trained on the others; a message is "raised" when the rules read it frustrated or angry and
 * its best second-person sentence scores at or above the threshold. The threshold kept is the lowest
 * one that raises no message of any left-out split that is not abusive, while the model alone still
 * finds the left-out abusive messages (reported as its cross-validated recall).
 *   --cv-only   print the cross-validation table, write nothing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMessageRules, maskQuotations, maskSignature } from '../lib/tone/analyze';
import { addressesRep, featuresOf, learnedAbuse, sentencesOf, wordsOf, type LearnedModel } from '../lib/tone/learned-en';
import { loadCorpus, type CorpusRow, type Split } from './tone-corpus';
import { shuffled, trainLogistic } from './sgd';
import { TRAINING_SPLITS } from './eval-tone';

export const DIM = 8192;
export const SCALE = 1000;
const EPOCHS = Number(process.env.EP ?? 25);
const LR = Number(process.env.LR ?? 0.5);
const L2 = Number(process.env.L2 ?? 1e-4);

const ABUSE_KINDS = new Set(['insult-at-rep', 'threat-at-rep', 'harassment']);

interface Example {
  buckets: number[];
  y: 0 | 1;
}

function examplesOf(rows: readonly CorpusRow[]): Example[] {
  const out: Example[] = [];
  for (const r of rows) {
    const own = maskSignature(maskQuotations(r.text));
    const abusive = r.label === 'abusive';
    // In an abusive message, the sentences holding the rules' abuse evidence are the positives (when the
    // rules find none, every sentence addressing the rep); the message's other sentences are left out.
    const spans = abusive ? analyzeMessageRules(r.text).signals.filter((x) => ABUSE_KINDS.has(x.kind)) : [];
    for (const s of sentencesOf(own)) {
      const end = s.start + s.text.length;
      if (abusive && spans.length > 0 && !spans.some((x) => x.start < end && x.end > s.start)) continue;
      if (abusive && spans.length === 0 && !addressesRep(s.text)) continue;
      out.push({ buckets: featuresOf(wordsOf(s.text), DIM).map((f) => f.bucket), y: abusive ? 1 : 0 });
    }
  }
  return out;
}

export { shuffled };

export function train(rows: readonly CorpusRow[], threshold = 0.5): LearnedModel {
  // One value per example: 1/√(its buckets), so a long sentence weighs no more than a short one.
  const ex = examplesOf(rows).map((e) => ({ ...e, value: 1 / Math.sqrt(Math.max(1, e.buckets.length)) }));
  const { w, bias } = trainLogistic(ex, { dim: DIM, epochs: EPOCHS, lr: LR, l2: L2, seed: 12345 });
  return { dim: DIM, scale: SCALE, bias: Math.round(bias * SCALE), threshold, w: Array.from(w, (v) => Math.round(v * SCALE) || 0) };
}

/** The thresholds tried, lowest first (the German trainer picks from the same grid). */
export const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99, 0.9925, 0.995];

interface Fold {
  split: Split;
  /** Per message: label, the rules' level, the model's best second-person sentence probability. */
  rows: { id: string; text: string; label: CorpusRow['label']; rules: CorpusRow['label']; p: number }[];
}

/** The English probe-family files whose labelled texts are training data too (read by parsing, never run). */
export const FAMILY_FILES = ['families-en.test.ts', 'families-en2.test.ts', 'families-en3.test.ts', 'families-en4.test.ts', 'families-en5.test.ts', 'families-en6.test.ts', 'families-en7.test.ts', 'families-en8.test.ts', 'families-en9.test.ts', 'families-en10.test.ts'];
const TONE_TESTS = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'tests', 'unit', 'tone');

/** Every `{ name, level, texts: [...] }` of the probe-family files, as labelled rows. */
export function familyRows(): CorpusRow[] {
  const rows: CorpusRow[] = [];
  for (const file of FAMILY_FILES) {
    const src = ts.createSourceFile(file, readFileSync(join(TONE_TESTS, file), 'utf8'), ts.ScriptTarget.Latest, false);
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const prop = (name: string): ts.Expression | undefined => node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)?.initializer;
        const level = prop('level');
        const texts = prop('texts');
        if (level && ts.isStringLiteral(level) && texts && ts.isArrayLiteralExpression(texts)) {
          const label = level.text as CorpusRow['label'];
          for (const t of texts.elements) if (ts.isStringLiteralLike(t)) rows.push({ id: `${file}#${rows.length}`, text: t.text, label, note: `probe family in ${file}` });
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return rows;
}

export function crossValidate(splits: readonly Split[], extra: readonly CorpusRow[] = []): Fold[] {
  const data = new Map(splits.map((s) => [s, loadCorpus(s)] as const));
  return splits.map((split) => {
    const model = train([...splits.filter((s) => s !== split).flatMap((s) => data.get(s) ?? []), ...extra], 0);
    const rows = (data.get(split) ?? []).map((r) => ({
      id: r.id,
      text: r.text,
      label: r.label,
      rules: analyzeMessageRules(r.text).level,
      p: learnedAbuse(maskSignature(maskQuotations(r.text)), model)?.p ?? 0,
    }));
    return { split, rows };
  });
}

/** The lowest threshold that raises nothing but abuse in any left-out split (1, never, when none does). */
/** A left-out split's messages as a threshold pick reads them (the German trainer's folds have this shape too). */
export interface ScoredFold {
  rows: readonly { label: CorpusRow['label']; rules: CorpusRow['label']; p: number }[];
}

export function pickThreshold(folds: readonly ScoredFold[], print = false): number {
  let chosen = 1;
  if (print) console.log('threshold  model-alone abusive recall  raised (rules fr/angry → abusive): right / wrong   calm with p≥t');
  for (const t of [...THRESHOLDS].reverse()) {
    let found = 0;
    let abusive = 0;
    let right = 0;
    let wrong = 0;
    let calm = 0;
    for (const f of folds)
      for (const r of f.rows) {
        const hit = r.p >= t;
        if (r.label === 'abusive') {
          abusive++;
          if (hit) found++;
        }
        if (hit && (r.rules === 'frustrated' || r.rules === 'angry')) {
          if (r.label === 'abusive') right++;
          else wrong++;
        }
        if (hit && r.label === 'calm') calm++;
      }
    if (print) console.log(`${t.toFixed(3).padStart(9)}  ${found}/${abusive} = ${(found / Math.max(1, abusive)).toFixed(3)}              ${right} / ${wrong}                          ${calm}`);
    if (wrong === 0) chosen = t;
  }
  return chosen;
}

function main(argv: readonly string[]): void {
  const families = argv.includes('--no-families') ? [] : familyRows();
  console.log(`training: ${TRAINING_SPLITS.join(', ')} and ${families.length} probe-family texts (${families.filter((r) => r.label === 'abusive').length} abusive)`);
  const folds = crossValidate(TRAINING_SPLITS, families);
  const threshold = pickThreshold(folds, true);
  console.log(`\nthreshold picked by leave-one-split-out (${TRAINING_SPLITS.join(', ')}): ${threshold}`);
  if (argv.includes('--cv-only')) {
    // The training messages the chosen threshold would raise wrongly, or nearly (training texts only).
    for (const f of folds) for (const r of f.rows) if (r.label !== 'abusive' && r.p >= 0.9 && r.rules !== 'calm') console.log(`  ${r.id} ${r.label} (rules ${r.rules}) p=${r.p.toFixed(3)}: ${r.text.slice(0, 140)}`);
    return;
  }
  const model = train([...TRAINING_SPLITS.flatMap((s) => loadCorpus(s)), ...families], threshold);
  const out = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'lib', 'tone', 'learned-en.weights.json');
  const json = JSON.stringify(model) + '\n';
  writeFileSync(out, json);
  console.log(`wrote ${out} (${(json.length / 1024).toFixed(1)} KB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
