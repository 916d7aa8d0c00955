/** Classification metrics for the tone corpus: per-class P/R/F1, confusion matrix, combined F1. */
import type { ToneLevel } from './types';
import { TONE_LEVELS } from './types';

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  total: number;
  accuracy: number;
  /** confusion[actual][predicted] */
  confusion: Record<ToneLevel, Record<ToneLevel, number>>;
  perClass: Record<ToneLevel, ClassScore>;
  /** "frustrated or angry" as one positive class against calm + abusive. */
  frustratedOrAngry: ClassScore;
}

export interface Prediction {
  actual: ToneLevel;
  predicted: ToneLevel;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function score(tp: number, fp: number, fn: number): ClassScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: f1(precision, recall), support: tp + fn };
}

export function evaluate(predictions: readonly Prediction[]): EvalReport {
  const confusion = Object.fromEntries(
    TONE_LEVELS.map((a) => [a, Object.fromEntries(TONE_LEVELS.map((p) => [p, 0]))]),
  ) as Record<ToneLevel, Record<ToneLevel, number>>;
  let correct = 0;
  let tpFA = 0;
  let fpFA = 0;
  let fnFA = 0;
  const isFA = (l: ToneLevel): boolean => l === 'frustrated' || l === 'angry';
  for (const { actual, predicted } of predictions) {
    confusion[actual][predicted]++;
    if (actual === predicted) correct++;
    if (isFA(actual) && isFA(predicted)) tpFA++;
    else if (isFA(predicted)) fpFA++;
    else if (isFA(actual)) fnFA++;
  }
  const perClass = {} as Record<ToneLevel, ClassScore>;
  for (const l of TONE_LEVELS) {
    const tp = confusion[l][l];
    const fp = TONE_LEVELS.reduce((s, a) => s + (a === l ? 0 : confusion[a][l]), 0);
    const fn = TONE_LEVELS.reduce((s, p) => s + (p === l ? 0 : confusion[l][p]), 0);
    perClass[l] = score(tp, fp, fn);
  }
  return {
    total: predictions.length,
    accuracy: ratio(correct, predictions.length),
    confusion,
    perClass,
    frustratedOrAngry: score(tpFA, fpFA, fnFA),
  };
}

/** Plain-text table of a report, for the eval tool. */
export function formatReport(title: string, r: EvalReport): string {
  const f = (n: number): string => n.toFixed(3);
  const lines = [`## ${title} (${r.total} messages, accuracy ${f(r.accuracy)})`, ''];
  lines.push(['class'.padEnd(20), 'precision', '   recall', '       f1', 'support'].join('  '));
  for (const l of TONE_LEVELS) {
    const s = r.perClass[l];
    lines.push([l.padEnd(20), f(s.precision).padStart(9), f(s.recall).padStart(9), f(s.f1).padStart(9), String(s.support).padStart(7)].join('  '));
  }
  const fa = r.frustratedOrAngry;
  lines.push(['frustrated-or-angry'.padEnd(20), f(fa.precision).padStart(9), f(fa.recall).padStart(9), f(fa.f1).padStart(9), String(fa.support).padStart(7)].join('  '));
  lines.push('', 'confusion (rows = label, columns = predicted)');
  lines.push(['', ...TONE_LEVELS].map((x) => x.padStart(11)).join(''));
  for (const a of TONE_LEVELS) lines.push([a, ...TONE_LEVELS.map((p) => String(r.confusion[a][p]))].map((x) => x.padStart(11)).join(''));
  return lines.join('\n');
}

/** Calm messages read angry or abusive: the false alarm a rep notices most. */
export const calmReadHot = (r: EvalReport): number => r.confusion.calm.angry + r.confusion.calm.abusive;

/** One line per split: accuracy, abusive recall / precision, calm read angry or abusive. */
export function formatSummary(rows: readonly (readonly [string, EvalReport])[]): string {
  const f = (n: number): string => n.toFixed(3);
  const lines = ['## summary', '', ['split'.padEnd(10), 'messages', 'accuracy', 'abusive R', 'abusive P', 'calm→angry/abusive'].join('  ')];
  for (const [name, r] of rows) {
    const a = r.perClass.abusive;
    lines.push(
      [name.padEnd(10), String(r.total).padStart(8), f(r.accuracy).padStart(8), f(a.recall).padStart(9), f(a.precision).padStart(9), String(calmReadHot(r)).padStart(18)].join('  '),
    );
  }
  return lines.join('\n');
}
