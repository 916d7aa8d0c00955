/**
 * `npm run eval:drafts` — scores the guidance engine with the default pack against the labelled
 * draft corpus in tests/fixtures/drafts/ (format: tests/fixtures/drafts/README.md).
 *   (no flag)    the training splits: train, and train3 / train4 / train5 / train6 / train7 / train8 / train9 / train10 / train11 / train12 when their files are there (each on its own lines)
 *   --heldout    the training splits, then the held-out split: its totals and per-rule counts (tp/fp/fn),
 *                never its texts, ids or errors
 *   --errors     also list, for the TRAINING splits only, each draft's missed and unexpected rules
 *   --json       print the reports as JSON
 *   --veto-picked  lint with the learned veto the cross-validation picked, trained on every training
 *                split (tools/train-drafts-en.ts), in place of the shipped file (which has the layer
 *                off): a reading of the unshipped layer on text nobody trained it on
 * Then the same per language, for every language with a corpus in tests/fixtures/drafts/<lang>/
 * (drafts.train.jsonl, drafts.heldout.jsonl; ids "de-d001"; labelled with the English catalogue's rule
 * ids): each draft linted with the built-in packs covering its detected language, as the background
 * does (assets/packs/heard-<lang>.json beside the English pack), with the customer's tone read in each
 * message's language as the background reads it. A language without a corpus is skipped.
 *
 * Two measures, both printed for every split (the held-out one as totals only):
 *   shown       (the headline) a rule fires when the rep sees its title: its own card (a hint in
 *               lint's output) OR folded into another card ("also: …", which the card shows). A
 *               folded false alarm is a false positive, so this cuts both ways.
 *   cards only  a rule fires only when it has its own card; folded rules count as not fired.
 * A rule the engine drops without showing it anywhere counts in neither. mayFire rules count neither
 * way. "Good replies without a warn hint" counts cards: a reply passes when no card is *Worth fixing*.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { compile } from '../lib/guidance/compile';
import { countWords, firedRuleIds, lint, lintHints, lintPart } from '../lib/guidance/engine';
import { vetoPart, VETO_MODEL, type VetoModel } from '../lib/guidance/learned-veto';
import { lintContext } from '../lib/guidance/context';
import { defaultPack } from '../lib/guidance/default-pack';
import type { Hint } from '../lib/guidance/hint';
import { parsePack, type Pack } from '../lib/guidance/schema';
import { detectLanguage } from '../lib/lang/detect';
import type { Lang } from '../lib/lang/langs';
import { packsFor } from '../lib/lang/packs';
import { threadLangs, toneInput } from '../lib/lang/thread';
import { analyzeThread } from '../lib/tone/analyze';
import { readMessageIn } from '../lib/tone/langs/route';

const Message = z.object({ role: z.enum(['customer', 'agent', 'note']), text: z.string() });
export const DraftRow = z.object({
  id: z.string().regex(/^d\d{4,}$/),
  channel: z.enum(['email', 'chat', 'phone']),
  thread: z.array(Message),
  draft: z.string(),
  good: z.boolean(),
  mustFire: z.array(z.string()),
  mayFire: z.array(z.string()),
  note: z.string().optional(),
});
export type DraftRow = z.infer<typeof DraftRow>;
export type Split = 'train' | 'heldout';
/** An English training split: train.jsonl, and train3.jsonl … train12.jsonl when there (later blind writers'). */
export type EnSplit = Split | 'train3' | 'train4' | 'train5' | 'train6' | 'train7' | 'train8' | 'train9' | 'train10' | 'train11' | 'train12' | 'train13';
/** The extra training splits, each scored on its own lines when its file is there. */
export const EXTRA_TRAINING_SPLITS = ['train3', 'train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13'] as const satisfies readonly EnSplit[];

/** A row of a language's corpus: ids "de-d001". */
export const LangDraftRow = DraftRow.extend({ id: z.string().regex(/^[a-z]{2}-d\d{3,}$/) });

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests', 'fixtures', 'drafts');

/** Rows of a JSONL text; a malformed line is an error naming its line. */
export function parseCorpus(text: string, name = 'corpus', schema: z.ZodType<DraftRow> = DraftRow): DraftRow[] {
  const rows: DraftRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${name}:${i + 1}: ${parsed.error.message}`);
    rows.push(parsed.data);
  });
  return rows;
}

export function loadCorpus(split: EnSplit): DraftRow[] {
  const file = join(fixtures, `${split}.jsonl`);
  return parseCorpus(readFileSync(file, 'utf8'), file);
}

/** The languages other than English a corpus may be written in (tests/fixtures/drafts/<lang>/). */
export const CORPUS_LANGS = ['es', 'fr', 'de', 'pt'] as const satisfies readonly Lang[];
export type CorpusLang = (typeof CORPUS_LANGS)[number];

/** A language's split, or null when its file is not there (yet). */
export function loadLangCorpus(lang: CorpusLang, split: Split, dir = fixtures): DraftRow[] | null {
  const file = join(dir, lang, `drafts.${split}.jsonl`);
  if (!existsSync(file)) return null;
  return parseCorpus(readFileSync(file, 'utf8'), file, LangDraftRow);
}

/** The built-in packs as the background has them: the English pack and every assets/packs/heard-<lang>.json. */
export function builtinPacks(dir = join(root, 'assets', 'packs')): Pack[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^heard-[a-z]{2,3}\.json$/.test(f)).sort() : [];
  return [
    defaultPack,
    ...files.map((f) => {
      const res = parsePack(readFileSync(join(dir, f), 'utf8'));
      if (!res.ok) throw new Error(`${f}: ${JSON.stringify(res.errors.slice(0, 3))}`);
      return res.pack;
    }),
  ];
}

/**
 * Lints a draft with the packs covering its detected language (the corpus's language when the draft
 * is too short to tell), compiled once per language: no hints when no pack covers it.
 */
export function langLinter(lang: CorpusLang, packs: readonly Pack[] = builtinPacks()): Linter {
  const byLang = new Map<Lang, ReturnType<typeof compile> | null>();
  return (row) => {
    const detected = detectLanguage(row.draft);
    const l = detected === 'unknown' ? lang : detected;
    if (!byLang.has(l)) {
      const covering = packsFor(packs, l);
      byLang.set(l, covering.length > 0 ? compile(covering) : null);
    }
    const compiled = byLang.get(l);
    if (!compiled) return [];
    // The customer's tone read in each message's language, as the background reads it (threadInfoOf).
    const input = toneInput(row.thread, threadLangs(row.thread));
    const tone = row.thread.length > 0 ? analyzeThread(input.thread, input.langs, readMessageIn) : null;
    return lint(compiled, {
      draft: row.draft,
      thread: row.thread,
      context: lintContext({ draft: row.draft, site: 'eval', channel: row.channel, tone }),
    });
  };
}

export interface LangResult {
  lang: CorpusLang;
  /** Per split present: its report (a held-out one without the per-rule table). */
  splits: Partial<Record<Split, DraftReport>>;
  /** The packs that cover the language ("heard-de"), none when no pack does. */
  packs: string[];
}

/** Every language with a corpus: its training split, and its held-out split when asked. */
export function evalLanguages(opts: { heldout: boolean; dir?: string; packs?: readonly Pack[] }): { results: LangResult[]; skipped: CorpusLang[] } {
  const packs = opts.packs ?? builtinPacks();
  const results: LangResult[] = [];
  const skipped: CorpusLang[] = [];
  for (const lang of CORPUS_LANGS) {
    const splits: Split[] = opts.heldout ? ['train', 'heldout'] : ['train'];
    const rows = splits.map((s) => [s, loadLangCorpus(lang, s, opts.dir)] as const).filter((x): x is readonly [Split, DraftRow[]] => x[1] !== null);
    if (rows.length === 0) {
      skipped.push(lang);
      continue;
    }
    const linter = langLinter(lang, packs);
    const out: LangResult['splits'] = {};
    for (const [split, r] of rows) {
      const { report } = scoreDrafts(r, linter);
      out[split] = split === 'train' ? report : totalsOnly(report);
    }
    results.push({ lang, splits: out, packs: packsFor(packs, lang).map((p) => p.id) });
  }
  return { results, skipped };
}

export function formatLanguages(res: { results: LangResult[]; skipped: CorpusLang[] }, heldout: boolean): string {
  const lines: string[] = [];
  for (const r of res.results) {
    for (const [split, report] of Object.entries(r.splits) as [Split, DraftReport][]) {
      lines.push('', formatReport(`${r.lang} ${split} split (packs: ${r.packs.join(', ') || 'none'})`, report, split === 'train'));
    }
    if (heldout && !r.splits.heldout) lines.push(`  ${r.lang}: no held-out split (tests/fixtures/drafts/${r.lang}/drafts.heldout.jsonl)`);
  }
  if (res.skipped.length > 0) lines.push('', `no corpus for ${res.skipped.join(', ')} (tests/fixtures/drafts/<lang>/drafts.*.jsonl): skipped`);
  const summary = res.results.flatMap((r) =>
    (Object.entries(r.splits) as [Split, DraftReport][]).map(
      ([split, x]) =>
        `  ${`${r.lang} ${split}`.padEnd(12)} ${String(x.drafts).padStart(4)} drafts  precision ${f2(x.overall.precision)}  recall ${f2(x.overall.recall)}  good without a warn ${x.good.withoutWarn}/${x.good.drafts}  (cards only: precision ${f2(x.cardsOnly.overall.precision)}  recall ${f2(x.cardsOnly.overall.recall)})`,
    ),
  );
  if (summary.length > 0) lines.push('', 'per language:', ...summary);
  return lines.join('\n');
}

/** Long email: an email draft of at least 100 words. */
export const LONG_EMAIL_WORDS = 100;
export const isLongEmail = (r: DraftRow): boolean => r.channel === 'email' && countWords(r.draft) >= LONG_EMAIL_WORDS;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Scored = Counts & { precision: number; recall: number };
export interface DraftReport {
  drafts: number;
  /** "Shown": own card or folded into one ("also: …"). The headline figure. */
  overall: Scored;
  perRule: Record<string, Scored>;
  /** "Cards only": a rule counts only with its own card. */
  cardsOnly: { overall: Scored; perRule: Record<string, Scored> };
  good: { drafts: number; words: number; hints: number; hintsPer100Words: number; withoutWarn: number; withoutWarnShare: number };
}
export interface ScoredDraft {
  row: DraftRow;
  hints: readonly Hint[];
  /** Against the "shown" measure. */
  missed: string[];
  unexpected: string[];
  /** Rules shown only as "also: …" on another card (in "shown", not in "cards only"). */
  folded: string[];
}

export type Linter = (row: DraftRow) => readonly Hint[];

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const f2 = (x: number): string => x.toFixed(3);

/** The default pack, linted as the background lints (same context, then the learned veto; null: without it). */
export function defaultLinter(veto: VetoModel | null = VETO_MODEL): Linter {
  const compiled = compile([defaultPack]);
  return (row) => {
    const part = lintPart(compiled, {
      draft: row.draft,
      thread: row.thread,
      context: lintContext({ draft: row.draft, site: 'eval', channel: row.channel, thread: row.thread }),
    });
    return lintHints(veto ? vetoPart(part, row.draft, row.channel, row.thread, veto) : part);
  };
}

/** A report without its per-rule tables (held-out JSON, long emails). */
export const totalsOnly = (r: DraftReport): DraftReport => ({ ...r, perRule: {}, cardsOnly: { overall: r.cardsOnly.overall, perRule: {} } });

/** Per-rule counts summed and turned into precision / recall. */
function tally(perRule: Record<string, Counts>): { overall: Scored; perRule: Record<string, Scored> } {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const rules: Record<string, Scored> = {};
  for (const [rule, c] of Object.entries(perRule).sort(([a], [b]) => (a < b ? -1 : 1))) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    rules[rule] = { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
  }
  return { overall: { ...total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn) }, perRule: rules };
}

/** tp / fp / fn of one draft's fired rules against its labels, added to perRule; returns [missed, unexpected]. */
function judge(fired: ReadonlySet<string>, row: DraftRow, perRule: Record<string, Counts>): [string[], string[]] {
  const add = (rule: string, k: keyof Counts) => ((perRule[rule] ??= { tp: 0, fp: 0, fn: 0 })[k] += 1);
  const must = new Set(row.mustFire);
  const may = new Set(row.mayFire);
  const missed: string[] = [];
  const unexpected: string[] = [];
  for (const rule of fired) {
    if (must.has(rule)) add(rule, 'tp');
    else if (!may.has(rule)) {
      add(rule, 'fp');
      unexpected.push(rule);
    }
  }
  for (const rule of must) {
    if (!fired.has(rule)) {
      add(rule, 'fn');
      missed.push(rule);
    }
  }
  return [missed, unexpected];
}

/** Shown precision / recall of sets of shown rules (not hints) against the labels, counted as scoreDrafts counts. */
export function scoreShownRules(items: readonly { row: DraftRow; shown: ReadonlySet<string> }[]): Scored {
  const perRule: Record<string, Counts> = {};
  for (const { row, shown } of items) judge(shown, row, perRule);
  return tally(perRule).overall;
}

export function scoreDrafts(rows: readonly DraftRow[], linter: Linter): { report: DraftReport; scored: ScoredDraft[] } {
  const shownRules: Record<string, Counts> = {};
  const cardRules: Record<string, Counts> = {};
  const good = { drafts: 0, words: 0, hints: 0, withoutWarn: 0 };
  const scored: ScoredDraft[] = [];
  for (const row of rows) {
    const hints = linter(row);
    const cards = new Set(hints.map((h) => h.ruleId));
    const shown = new Set(firedRuleIds(hints));
    const [missed, unexpected] = judge(shown, row, shownRules);
    judge(cards, row, cardRules);
    if (row.good) {
      good.drafts++;
      good.words += countWords(row.draft);
      good.hints += hints.length;
      if (!hints.some((h) => h.severity === 'warn')) good.withoutWarn++;
    }
    scored.push({ row, hints, missed, unexpected, folded: [...shown].filter((r) => !cards.has(r)) });
  }
  return {
    report: {
      drafts: rows.length,
      ...tally(shownRules),
      cardsOnly: tally(cardRules),
      good: {
        ...good,
        hintsPer100Words: good.words === 0 ? 0 : (100 * good.hints) / good.words,
        withoutWarnShare: ratio(good.withoutWarn, good.drafts),
      },
    },
    scored,
  };
}

export function formatReport(title: string, r: DraftReport, perRule = true): string {
  const lines = [
    `${title}: ${r.drafts} drafts`,
    `  shown       precision ${f2(r.overall.precision)}  recall ${f2(r.overall.recall)}  (tp ${r.overall.tp}, fp ${r.overall.fp}, fn ${r.overall.fn})`,
    `  cards only  precision ${f2(r.cardsOnly.overall.precision)}  recall ${f2(r.cardsOnly.overall.recall)}  (tp ${r.cardsOnly.overall.tp}, fp ${r.cardsOnly.overall.fp}, fn ${r.cardsOnly.overall.fn})`,
    `  good replies: ${r.good.drafts}, hints per 100 words ${r.good.hintsPer100Words.toFixed(2)}, without a warn hint ${r.good.withoutWarn}/${r.good.drafts} (${pct(r.good.withoutWarnShare)})`,
  ];
  if (perRule) {
    lines.push('  rule (shown)                 tp   fp   fn  precision  recall   cards only tp/fp/fn where different');
    for (const [rule, c] of Object.entries(r.perRule)) {
      const k = r.cardsOnly.perRule[rule];
      const differs = !k || k.tp !== c.tp || k.fp !== c.fp || k.fn !== c.fn;
      const cards = differs ? `   ${k ? `${k.tp}/${k.fp}/${k.fn}` : '0/0/0'}` : '';
      lines.push(`  ${rule.padEnd(26)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${f2(c.precision).padStart(9)}  ${f2(c.recall).padStart(6)}${cards}`);
    }
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const heldout = argv.includes('--heldout');
  const showErrors = argv.includes('--errors');
  const json = argv.includes('--json');
  // (Imported here: the trainer imports this file.)
  const picked = argv.includes('--veto-picked');
  const linter = picked ? defaultLinter((await import('./train-drafts-en')).pickedModel()) : defaultLinter();
  if (picked && !json) console.log('--veto-picked: the training splits below are in-sample (the veto was trained on them); only a split it never saw says anything');
  const out: Record<string, DraftReport> = {};
  const run = (split: EnSplit) => {
    const rows = loadCorpus(split);
    const all = scoreDrafts(rows, linter);
    const long = scoreDrafts(rows.filter(isLongEmail), linter);
    const training = split !== 'heldout';
    out[split] = training ? all.report : totalsOnly(all.report);
    out[`${split}-long-emails`] = totalsOnly(long.report);
    if (json) return;
    // The held-out split prints counts only: totals and per rule (never a text, an id or an error).
    console.log('\n' + formatReport(`${split} split`, all.report));
    console.log('\n' + formatReport(`${split} split, long emails (≥ ${LONG_EMAIL_WORDS} words)`, long.report, false));
    // Errors are listed for the training split only: the held-out split is never tuned on.
    if (showErrors && training) {
      console.log(`\nerrors (${split}):`);
      for (const s of all.scored) {
        if (s.missed.length === 0 && s.unexpected.length === 0) continue;
        const folded = s.folded.length > 0 ? ` (folded: ${s.folded.join(', ')})` : '';
        console.log(`  ${s.row.id}${s.row.good ? ' good' : ''}: missed [${s.missed.join(', ')}] unexpected [${s.unexpected.join(', ')}]${folded}`);
      }
    }
  };
  run('train');
  for (const split of EXTRA_TRAINING_SPLITS) if (existsSync(join(fixtures, `${split}.jsonl`))) run(split);
  if (heldout) run('heldout');
  const langs = evalLanguages({ heldout });
  if (json) console.log(JSON.stringify({ ...out, languages: langs.results, skipped: langs.skipped }, null, 2));
  else console.log(formatLanguages(langs, heldout));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main(process.argv.slice(2));
