/**
 * `npm run train:drafts:en` — trains the learned veto on the English default pack's hints
 * (lib/guidance/learned-veto.ts) on the English TRAINING splits only (never a held-out file) and writes
 * lib/guidance/learned-veto.weights.json. `npm run eval:drafts:cv` (--cv-only) prints the
 * cross-validation and writes nothing.
 *
 * Examples: every hint of the default pack the rep is shown on a training draft (its own card or
 * folded as "also"), abuse-boundary aside; label 1 (kept) when its rule is in mustFire ∪ mayFire,
 * 0 (a false alarm) otherwise. A class-balanced logistic regression over hashed features
 * (tools/sgd.ts), in a fixed order: the same file every run.
 *
 * The threshold is picked by leave-one-split-out cross-validation: each split in turn is scored by a
 * model trained on the ten others, and every threshold of the grid is read on all eleven left-out
 * splits together. The threshold kept is the highest one that vetoes at least MIN_RATIO false alarms
 * per right hint lost (mustFire) and loses at most MAX_RECALL_LOSS of the shown recall; when none
 * does, the threshold is 0 and the layer is off (the weights are still written, never applied).
 *   --cv-only   print the cross-validation, write nothing
 *   --errors    with --cv-only: list the left-out hints the kept threshold vetoes (training texts only)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../lib/guidance/compile';
import { firedRuleIds, lintHints, lintPart, type LintPart } from '../lib/guidance/engine';
import { lintContext } from '../lib/guidance/context';
import { defaultPack } from '../lib/guidance/default-pack';
import type { Hint } from '../lib/guidance/hint';
import { keepProbability, keptOnly, lastCustomer, vetoable, vetoBuckets, type VetoModel } from '../lib/guidance/learned-veto';
import { splitSentences } from '../lib/callbacks/promise';
import { EXTRA_TRAINING_SPLITS, loadCorpus, scoreDrafts, scoreShownRules, type DraftRow, type EnSplit, type Scored } from './eval-drafts';
import { trainLogistic } from './sgd';
import { HISTORY_FILE, type VetoHistory } from './veto-history';

export const DIM = 16384;
export const SCALE = 1000;
const EPOCHS = Number(process.env.EP ?? 20);
const LR = Number(process.env.LR ?? 0.5);
const L2 = Number(process.env.L2 ?? 1e-4);
/** False alarms vetoed per right hint vetoed, at least. */
export const MIN_RATIO = 3;
/** Shown recall lost over all left-out splits, at most. */
export const MAX_RECALL_LOSS = 0.01;
/** The thresholds tried (probability that a hint is kept), lowest first. */
export const THRESHOLDS = [0.02, 0.03, 0.05, 0.07, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

export const TRAINING_SPLITS: readonly EnSplit[] = ['train', ...EXTRA_TRAINING_SPLITS];

/** One draft linted by the rules alone: its part (before folding) and the hints the veto reads. */
export interface Linted {
  split: EnSplit;
  row: DraftRow;
  part: LintPart;
  /** The shown, vetoable hints of the part with their labels. */
  examples: { hint: Hint; y: 0 | 1; buckets: number[] }[];
}

/** Every training draft linted by the default pack as the background lints it (without the veto). */
export function lintSplits(splits: readonly EnSplit[] = TRAINING_SPLITS): Linted[] {
  const compiled = compile([defaultPack]);
  const out: Linted[] = [];
  for (const split of splits)
    for (const row of loadCorpus(split)) {
      const part = lintPart(compiled, {
        draft: row.draft,
        thread: row.thread,
        context: lintContext({ draft: row.draft, site: 'eval', channel: row.channel, thread: row.thread }),
      });
      const shown = new Set(firedRuleIds(lintHints(part)));
      const kept = new Set([...row.mustFire, ...row.mayFire]);
      const sentences = splitSentences(row.draft);
      const examples = part.hints
        .filter((h) => vetoable(h) && shown.has(h.ruleId))
        .map((hint) => ({
          hint,
          y: (kept.has(hint.ruleId) ? 1 : 0) as 0 | 1,
          buckets: vetoBuckets({ ruleId: hint.ruleId, ranges: hint.ranges, draft: row.draft, channel: row.channel, sentences, customer: lastCustomer(row.thread) }, DIM),
        }));
      out.push({ split, row, part, examples });
    }
  return out;
}

/**
 * A training draft as the pack showed it when the split was fresh (tools/veto-history.json): every
 * shown rule of the default pack (a card, or folded into one: it gets its card's words), labelled.
 */
export interface FreshDraft {
  split: EnSplit;
  row: DraftRow;
  examples: { ruleId: string; ranges: { start: number; end: number }[]; y: 0 | 1; buckets: number[] }[];
  /** Every rule shown then (abuse-boundary too). */
  shown: string[];
}

export function freshDrafts(drafts: readonly Linted[], file = HISTORY_FILE): FreshDraft[] {
  if (!existsSync(file)) return [];
  const history = JSON.parse(readFileSync(file, 'utf8')) as VetoHistory;
  const out: FreshDraft[] = [];
  for (const d of drafts) {
    const cards = history[d.split]?.rows[d.row.id];
    if (!cards) continue;
    const kept = new Set([...d.row.mustFire, ...d.row.mayFire]);
    const sentences = splitSentences(d.row.draft);
    const seen = new Set<string>();
    const examples: FreshDraft['examples'] = [];
    for (const [ruleId, rs, also] of cards)
      for (const id of [ruleId, ...also]) {
        if (seen.has(id) || !vetoable({ packId: defaultPack.id, ruleId: id })) continue;
        seen.add(id);
        const ranges = rs.map(([start, end]) => ({ start, end }));
        examples.push({ ruleId: id, ranges, y: kept.has(id) ? 1 : 0, buckets: vetoBuckets({ ruleId: id, ranges, draft: d.row.draft, channel: d.row.channel, sentences, customer: lastCustomer(d.row.thread) }, DIM) });
      }
    out.push({ split: d.split, row: d.row, examples, shown: cards.flatMap(([id, , also]) => [id, ...also]) });
  }
  return out;
}

export function train(drafts: readonly Linted[], threshold = 0, fresh: readonly FreshDraft[] = []): VetoModel {
  const ex = [...drafts, ...fresh].flatMap((d) => d.examples.map((e) => ({ buckets: e.buckets, value: 1 / Math.sqrt(Math.max(1, e.buckets.length)), y: e.y })));
  const { w, bias } = trainLogistic(ex, { dim: DIM, epochs: EPOCHS, lr: LR, l2: L2, seed: 4242 });
  const nz: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const v = Math.round((w[i] as number) * SCALE);
    if (v !== 0) nz.push(i, v);
  }
  return { dim: DIM, scale: SCALE, bias: Math.round(bias * SCALE), threshold, rules: null, nz };
}

/** A left-out draft with each example's probability under the model trained without its split. */
export interface CvDraft {
  d: Linted;
  p: number[];
}
export interface CvFresh {
  f: FreshDraft;
  p: number[];
}

/** Each split scored by a model trained on the others (their current-pack and fresh examples). */
export function crossValidate(drafts: readonly Linted[], fresh: readonly FreshDraft[], splits: readonly EnSplit[] = TRAINING_SPLITS): { now: CvDraft[]; fresh: CvFresh[] } {
  const now: CvDraft[] = [];
  const then: CvFresh[] = [];
  for (const split of splits) {
    const model = train(
      drafts.filter((d) => d.split !== split),
      0,
      fresh.filter((f) => f.split !== split),
    );
    for (const d of drafts.filter((x) => x.split === split))
      now.push({ d, p: d.examples.map((e) => keepProbability({ ruleId: e.hint.ruleId, ranges: e.hint.ranges, draft: d.row.draft, channel: d.row.channel, customer: lastCustomer(d.row.thread) }, model)) });
    for (const f of fresh.filter((x) => x.split === split))
      then.push({ f, p: f.examples.map((e) => keepProbability({ ruleId: e.ruleId, ranges: e.ranges, draft: f.row.draft, channel: f.row.channel, customer: lastCustomer(f.row.thread) }, model)) });
  }
  return { now, fresh: then };
}

/** What a threshold does to some left-out drafts. */
export interface CvReading {
  /** Vetoed hints: false alarms, right ones (mustFire), borderline (mayFire). */
  vetoedFalse: number;
  vetoedRight: number;
  vetoedMay: number;
  before: Scored;
  after: Scored;
}

/** Which hints a setting vetoes: below the threshold, of a rule it reads (every rule when `rules` is null). */
export interface Setting {
  t: number;
  rules: ReadonlySet<string> | null;
}
const vetoes = (s: Setting, ruleId: string, p: number): boolean => p < s.t && (s.rules === null || s.rules.has(ruleId));
const OFF: Setting = { t: 0, rules: null };

/** The cards of a draft with the vetoed hints dropped before folding. */
function cardsAt(c: CvDraft, t: Setting): Hint[] {
  if (t.t <= 0) return lintHints(c.d.part);
  const drop = new Set(c.d.examples.filter((e, i) => vetoes(t, e.hint.ruleId, c.p[i] as number)).map((e) => e.hint));
  if (drop.size === 0) return lintHints(c.d.part);
  return lintHints(keptOnly(c.d.part, c.d.part.hints.map((h) => !drop.has(h))));
}

function vetoCounts(items: readonly { row: DraftRow; ex: readonly { y: 0 | 1; ruleId: string }[]; p: readonly number[] }[], t: Setting) {
  let vetoedFalse = 0;
  let vetoedRight = 0;
  let vetoedMay = 0;
  for (const c of items)
    c.ex.forEach((e, i) => {
      if (!vetoes(t, e.ruleId, c.p[i] as number)) return;
      if (e.y === 0) vetoedFalse++;
      else if (c.row.mustFire.includes(e.ruleId)) vetoedRight++;
      else vetoedMay++;
    });
  return { vetoedFalse, vetoedRight, vetoedMay };
}

/** The current pack's left-out hints at threshold t (folding redone without the vetoed hints). */
export function readAt(cv: readonly CvDraft[], t: Setting): CvReading {
  const rows = cv.map((c) => c.d.row);
  const before = new Map(cv.map((c) => [c.d.row, cardsAt(c, OFF)] as const));
  const after = new Map(cv.map((c) => [c.d.row, cardsAt(c, t)] as const));
  return {
    ...vetoCounts(
      cv.map((c) => ({ row: c.d.row, ex: c.d.examples.map((e) => ({ y: e.y, ruleId: e.hint.ruleId })), p: c.p })),
      t,
    ),
    before: scoreDrafts(rows, (r) => before.get(r) ?? []).report.overall,
    after: scoreDrafts(rows, (r) => after.get(r) ?? []).report.overall,
  };
}

/** The fresh pack's left-out hints at threshold t (a vetoed rule leaves the shown set). */
export function readFreshAt(cv: readonly CvFresh[], t: Setting): CvReading {
  const after = cv.map((c) => {
    const vetoed = new Set(c.f.examples.filter((e, i) => vetoes(t, e.ruleId, c.p[i] as number)).map((e) => e.ruleId));
    return { row: c.f.row, shown: new Set(c.f.shown.filter((r) => !vetoed.has(r))) };
  });
  return {
    ...vetoCounts(
      cv.map((c) => ({ row: c.f.row, ex: c.f.examples, p: c.p })),
      t,
    ),
    before: scoreShownRules(cv.map((c) => ({ row: c.f.row, shown: new Set(c.f.shown) }))),
    after: scoreShownRules(after),
  };
}

/** At least this many false alarms vetoed in all left-out splits together: one or two prove nothing. */
export const MIN_VETOED = 10;

/** Whether a reading meets the bar: ≥ MIN_RATIO false alarms per right hint lost, ≤ MAX_RECALL_LOSS recall lost. */
export const acceptable = (r: CvReading): boolean =>
  r.vetoedFalse >= MIN_VETOED && r.vetoedFalse >= MIN_RATIO * r.vetoedRight && r.before.recall - r.after.recall <= MAX_RECALL_LOSS + 1e-9;

/** Whether a setting is kept: the fresh reading meets the bar, the current pack's loses ≤ MAX_RECALL_LOSS and no more right hints than false alarms. */
function passes(cv: { now: readonly CvDraft[]; fresh: readonly CvFresh[] }, t: Setting): boolean {
  const now = readAt(cv.now, t);
  return acceptable(readFreshAt(cv.fresh, t)) && now.vetoedRight <= now.vetoedFalse && now.before.recall - now.after.recall <= MAX_RECALL_LOSS + 1e-9;
}

/**
 * The rules a threshold may veto: those whose own vetoes, in both readings, are at least MIN_RATIO
 * false alarms per right hint (fresh) and no more right hints than false alarms (now), with at least
 * MIN_RULE_VETOED false alarms among them.
 */
export const MIN_RULE_VETOED = 3;
export function rulesAt(cv: { now: readonly CvDraft[]; fresh: readonly CvFresh[] }, t: number): Set<string> {
  const count = new Map<string, { ff: number; fr: number; nf: number; nr: number }>();
  const at = (r: string) => count.get(r) ?? (count.set(r, { ff: 0, fr: 0, nf: 0, nr: 0 }), count.get(r)!);
  for (const c of cv.fresh)
    c.f.examples.forEach((e, i) => {
      if ((c.p[i] as number) >= t) return;
      if (e.y === 0) at(e.ruleId).ff++;
      else if (c.f.row.mustFire.includes(e.ruleId)) at(e.ruleId).fr++;
    });
  for (const c of cv.now)
    c.d.examples.forEach((e, i) => {
      if ((c.p[i] as number) >= t) return;
      if (e.y === 0) at(e.hint.ruleId).nf++;
      else if (c.d.row.mustFire.includes(e.hint.ruleId)) at(e.hint.ruleId).nr++;
    });
  return new Set([...count].filter(([, k]) => k.ff + k.nf >= MIN_RULE_VETOED && k.ff >= MIN_RATIO * k.fr && k.nr <= k.nf).map(([r]) => r));
}

/**
 * The setting kept: over the grid, the rules each threshold may veto (rulesAt; every rule when
 * PER_RULE is false), and of the settings that pass, the one vetoing the most fresh false alarms; OFF
 * (the layer off) when none passes.
 */
export function pickSetting(cv: { now: readonly CvDraft[]; fresh: readonly CvFresh[] }, perRule = true): Setting {
  let best: Setting = OFF;
  let most = 0;
  for (const t of THRESHOLDS) {
    const s: Setting = { t, rules: perRule ? rulesAt(cv, t) : null };
    if (s.rules?.size === 0 || !passes(cv, s)) continue;
    const n = readFreshAt(cv.fresh, s).vetoedFalse;
    if (n > most) {
      best = s;
      most = n;
    }
  }
  return best;
}

const f3 = (x: number): string => x.toFixed(3);
const cells = (r: CvReading): string =>
  `${String(r.vetoedFalse).padStart(5)} / ${String(r.vetoedRight).padStart(3)} / ${String(r.vetoedMay).padStart(3)}     P ${f3(r.before.precision)} → ${f3(r.after.precision)}   R ${f3(r.before.recall)} → ${f3(r.after.recall)}`;
type Cv = { now: readonly CvDraft[]; fresh: readonly CvFresh[] };
const only = (cv: Cv, splits: ReadonlySet<string>): Cv => ({ now: cv.now.filter((c) => splits.has(c.d.split)), fresh: cv.fresh.filter((c) => splits.has(c.f.split)) });
const describe = (s: Setting): string => (s.t <= 0 ? 'off' : `t ${s.t}, ${s.rules ? `rules ${[...s.rules].sort().join(', ')}` : 'every rule'}`);

function printCv(cv: Cv, chosen: Setting): void {
  console.log('\nall left-out splits, every rule vetoable: vetoed false alarms / right (must) / may, shown P and R before → after');
  console.log('threshold   fresh (the pack each split was first scored with)             now (the current pack, tuned on these splits)');
  for (const t of THRESHOLDS) {
    const s: Setting = { t, rules: null };
    console.log(`${t.toFixed(3).padStart(9)}   ${cells(readFreshAt(cv.fresh, s))}   ${cells(readAt(cv.now, s))}`);
  }
  console.log('\nthe same, each threshold reading only the rules it may veto (rulesAt):');
  for (const t of THRESHOLDS) {
    const s: Setting = { t, rules: rulesAt(cv, t) };
    console.log(`${t.toFixed(3).padStart(9)}   ${cells(readFreshAt(cv.fresh, s))}   ${cells(readAt(cv.now, s))}   ${passes(cv, s) ? 'passes' : ''} [${[...s.rules!].join(' ')}]`);
  }
  const s = chosen.t > 0 ? chosen : { t: 0.3, rules: null };
  console.log(`\nper left-out split at ${describe(s)}${chosen.t > 0 ? ' (picked)' : ' (none picked: shown for reference)'}:`);
  console.log('split        fresh: hints false  vetoed                                          now: hints false  vetoed');
  const splits = [...new Set(cv.now.map((c) => c.d.split as string)), 'total'];
  for (const x of splits) {
    const part = x === 'total' ? cv : only(cv, new Set([x]));
    const fx = part.fresh.flatMap((c) => c.f.examples);
    const nx = part.now.flatMap((c) => c.d.examples);
    console.log(`${x.padEnd(9)} ${String(fx.length).padStart(6)} ${String(fx.filter((e) => e.y === 0).length).padStart(5)}  ${cells(readFreshAt(part.fresh, s))}   ${String(nx.length).padStart(5)} ${String(nx.filter((e) => e.y === 0).length).padStart(5)}  ${cells(readAt(part.now, s))}`);
  }
}

/** The two halves of the training splits the picking is checked on (earlier writers, later writers). */
const HALVES = [new Set<string>(TRAINING_SPLITS.slice(0, 6)), new Set<string>(TRAINING_SPLITS.slice(6))] as const;

/**
 * The picking itself checked: picked on one half's left-out readings, read on the other half's. True
 * when, both ways, a setting is picked and passes the same bar on the half it did not see.
 */
export function holdsOnUnseen(cv: Cv, perRule: boolean, print = false): boolean {
  let ok = true;
  for (const [pickOn, readOn] of [
    [HALVES[0], HALVES[1]],
    [HALVES[1], HALVES[0]],
  ] as const) {
    const s = pickSetting(only(cv, pickOn), perRule);
    const r = only(cv, readOn);
    // A half that picks nothing does not back the whole's pick either.
    const holds = s.t > 0 && passes(r, s);
    ok &&= holds;
    if (!print) continue;
    console.log(`  picked on ${[...pickOn].join(',')}: ${describe(s)}`);
    console.log(`    read on ${[...readOn].join(',')}: fresh ${cells(readFreshAt(r.fresh, s))}   now ${cells(readAt(r.now, s))}   ${holds ? 'holds' : 'does not hold'}`);
  }
  return ok;
}

const counts = (xs: readonly { examples: readonly { y: 0 | 1 }[] }[]): [number, number] => [xs.reduce((k, d) => k + d.examples.length, 0), xs.reduce((k, d) => k + d.examples.filter((e) => e.y === 0).length, 0)];

/**
 * The whole run: lint the training splits, cross-validate, pick, check the pick on unseen halves, and
 * the model to write. A pick that does not hold is not shipped: the model is then the layer off, with
 * no weights (nothing for the background to carry).
 */
export function build(opts: { perRule?: boolean; history?: boolean; print?: boolean } = {}): { model: VetoModel; cv: Cv; picked: Setting; holds: boolean; drafts: Linted[]; fresh: FreshDraft[] } {
  const log = opts.print ? console.log : () => {};
  const drafts = lintSplits();
  const fresh = opts.history === false ? [] : freshDrafts(drafts);
  const [n, fa] = counts(drafts);
  const [nf, faf] = counts(fresh);
  log(`training: ${TRAINING_SPLITS.join(', ')}: ${drafts.length} drafts; ${n} shown hints of the current default pack (${fa} false alarms); ${nf} shown when each split was fresh (${faf} false alarms)`);
  const cv = crossValidate(drafts, fresh);
  const perRule = opts.perRule ?? true;
  const picked = pickSetting(cv, perRule);
  if (opts.print) printCv(cv, picked);
  log('\nthe pick checked on splits it did not see (picked on one half of the left-out readings, read on the other):');
  const holds = picked.t > 0 && holdsOnUnseen(cv, perRule, opts.print);
  // A pick that does not hold on the half it did not see is not shipped: the layer stays off.
  const chosen = holds ? picked : OFF;
  log(
    `\npicked by leave-one-split-out (fresh: ≥ ${MIN_VETOED} false alarms vetoed, ≥ ${MIN_RATIO}:1 to right hints, ≤ ${MAX_RECALL_LOSS * 100}% recall lost; now: ≤ ${MAX_RECALL_LOSS * 100}% recall lost, no more right than false): ${describe(picked)}; on unseen halves: ${holds ? 'holds' : 'does not hold'} → shipped: ${describe(chosen)}`,
  );
  const model: VetoModel = chosen.t > 0 ? { ...train(drafts, chosen.t, fresh), rules: chosen.rules ? [...chosen.rules].sort() : null } : { dim: DIM, scale: SCALE, bias: 0, threshold: 0, rules: null, nz: [] };
  return { model, cv, picked, holds, drafts, fresh };
}

/** The model the cross-validation picked, trained on every training split, whether or not its pick held (eval-drafts --veto-picked). */
export function pickedModel(): VetoModel {
  const run = build();
  if (run.picked.t <= 0) return run.model;
  return { ...train(run.drafts, run.picked.t, run.fresh), rules: run.picked.rules ? [...run.picked.rules].sort() : null };
}

export const WEIGHTS_FILE = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'lib', 'guidance', 'learned-veto.weights.json');
export const modelJson = (m: VetoModel): string => JSON.stringify(m) + '\n';

function main(argv: readonly string[]): void {
  const { model, cv, picked } = build({ perRule: !argv.includes('--every-rule'), history: !argv.includes('--no-history'), print: true });
  if (argv.includes('--cv-only')) {
    const t: Setting = picked.t > 0 ? picked : { t: Number(process.env.T ?? 0), rules: null };
    if (argv.includes('--errors') && t.t > 0) {
      for (const c of cv.fresh)
        c.f.examples.forEach((e, i) => {
          if (!vetoes(t, e.ruleId, c.p[i] as number)) return;
          const r = e.ranges[0];
          console.log(`  fresh ${c.f.row.id} ${e.ruleId} ${e.y ? (c.f.row.mustFire.includes(e.ruleId) ? 'RIGHT' : 'may') : 'false'} p=${f3(c.p[i] as number)}: ${r ? c.f.row.draft.slice(Math.max(0, r.start - 50), r.end + 30).replace(/\n/g, ' ') : '(no range)'}`);
        });
      for (const c of cv.now)
        c.d.examples.forEach((e, i) => {
          if (!vetoes(t, e.hint.ruleId, c.p[i] as number)) return;
          const r = e.hint.ranges[0];
          console.log(`  now ${c.d.row.id} ${e.hint.ruleId} ${e.y ? (c.d.row.mustFire.includes(e.hint.ruleId) ? 'RIGHT' : 'may') : 'false'} p=${f3(c.p[i] as number)}: ${r ? c.d.row.draft.slice(Math.max(0, r.start - 50), r.end + 30).replace(/\n/g, ' ') : '(no range)'}`);
        });
    }
    return;
  }
  const json = modelJson(model);
  writeFileSync(WEIGHTS_FILE, json);
  console.log(`wrote ${WEIGHTS_FILE} (${(json.length / 1024).toFixed(1)} KB, ${model.nz.length / 2} non-zero weights${model.threshold > 0 ? '' : '; the layer is off'})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
