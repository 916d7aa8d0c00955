// Where the lint's time goes, per bench text: runs one step 2,000× on each of the bench's 32 drafts
// in turn, for a CPU profile (or a quick timing), so a profile shows one step of one text alone.
//
//   node --import tsx tests/bench/profile-lint.ts [text] [step]          (median per call)
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx tests/bench/profile-lint.ts en-lang lint
//   node tests/bench/profile-top.mjs /tmp/prof                            (top self time)
//
// text: guidance (the guidance bench's English draft, 10-message thread), en-lang, es, fr, de, pt
// (the lang-packs bench's drafts). step: lint (rules only, as the benches time it), risks (the draft
// risks, lib/tone/draft), detect (language detection), full (detection + risks + rules, as the
// background runs them after a typing pause), rules (each rule's own time within the lint, from the
// lint's budget, as a share of the lint, the costliest first), whole (draft risks + rules, as the
// guidance bench's whole path), rules-whole (rules with the draft's risks in the context). Without arguments: every text, every
// step but rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { compile, lint, newBudget, type CompiledPacks } from '../../lib/guidance/engine';
import { defaultPack } from '../../lib/guidance/default-pack';
import type { LintContext } from '../../lib/guidance/hint';
import { parsePack } from '../../lib/guidance/schema';
import { detectLanguage } from '../../lib/lang/detect';
import type { Lang } from '../../lib/lang/langs';
import { analyzeDraft } from '../../lib/tone/draft';
import type { ThreadMessage } from '../../lib/adapters/types';
import { BENCH_DRAFT, BENCH_THREAD } from '../fixtures/packs/generated';

const root = join(import.meta.dirname, '..', '..');

interface Text {
  drafts: string[];
  thread: readonly ThreadMessage[];
  context: LintContext;
  packs: CompiledPacks;
}

function pack(file: string) {
  const p = parsePack(readFileSync(join(root, 'assets', 'packs', file), 'utf8'));
  if (!p.ok) throw new Error(file);
  return p.pack;
}

/** The lang-packs bench's drafts (tests/bench/lang-packs.bench.ts). */
function langDrafts(l: Lang): string[] {
  const t = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'lang', `${l}.json`), 'utf8')) as string[];
  return Array.from({ length: 32 }, (_, i) => {
    let s = '';
    for (let k = 0; s.length < 2000; k++) s += `${t[(i * 7 + k) % t.length]} `;
    return s.slice(0, 2000);
  });
}

const texts: Record<string, () => Text> = {
  guidance: () => ({
    drafts: Array.from({ length: 32 }, (_, i) => `${BENCH_DRAFT.slice(0, 1994)} #${String(i).padStart(3, '0')}`),
    thread: BENCH_THREAD,
    context: { customerTone: 'angry', channel: 'email' },
    packs: compile([defaultPack]),
  }),
  'en-lang': () => ({ drafts: langDrafts('en'), thread: [], context: { customerTone: 'frustrated', channel: 'email' }, packs: compile([defaultPack]) }),
  ...Object.fromEntries(
    (['es', 'fr', 'de', 'pt'] as const).map((l) => [l, (): Text => ({ drafts: langDrafts(l), thread: [], context: { customerTone: 'frustrated', channel: 'email' }, packs: compile([pack(`heard-${l}.json`)]) })]),
  ),
};

const steps: Record<string, (t: Text, d: string) => unknown> = {
  lint: (t, d) => lint(t.packs, { draft: d, thread: t.thread, context: t.context }),
  risks: (_t, d) => analyzeDraft(d),
  detect: (_t, d) => detectLanguage(d),
  // The guidance bench's "draft risks + lint": the background's path without detection.
  whole: (t, d) => lint(t.packs, { draft: d, thread: t.thread, context: { ...t.context, draftRisks: analyzeDraft(d) } }),
  full: (t, d) => {
    detectLanguage(d);
    return lint(t.packs, { draft: d, thread: t.thread, context: { ...t.context, draftRisks: analyzeDraft(d) } });
  },
};

const [textArg, stepArg] = process.argv.slice(2);
const REPEAT = Number(process.env.REPEAT ?? 2000);

/** Each rule's total time over REPEAT lints, as the lint's budget measures it (every rule 'overruns' 0 ms). */
function perRule(t: Text, risks: boolean): void {
  const total = new Map<string, number>();
  let all = 0;
  for (let i = 0; i < REPEAT + 64; i++) {
    const budget = newBudget(Infinity, -1, new Set());
    const t0 = performance.now();
    const d = t.drafts[i & 31]!;
    lint(t.packs, { draft: d, thread: t.thread, context: risks ? { ...t.context, draftRisks: analyzeDraft(d) } : t.context }, budget);
    if (i < 64) continue;
    all += performance.now() - t0;
    for (const o of budget.overran) total.set(o.id, (total.get(o.id) ?? 0) + o.ms);
  }
  const rows = [...total].sort((a, b) => b[1] - a[1]);
  for (const [id, ms] of rows.slice(0, 25)) console.log(`  ${((1000 * ms) / REPEAT).toFixed(1).padStart(6)} µs ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${id}`);
  console.log(`  lint ${((1000 * all) / REPEAT).toFixed(1)} µs per call (with the budget's clock)`);
}
for (const name of textArg ? [textArg] : Object.keys(texts)) {
  const make = texts[name];
  if (!make) throw new Error(`text: one of ${Object.keys(texts).join(', ')}`);
  const t = make();
  if (stepArg === 'rules' || stepArg === 'rules-whole') {
    console.log(`${name}:`);
    perRule(t, stepArg === 'rules-whole');
    continue;
  }
  const line: string[] = [];
  for (const s of stepArg ? [stepArg] : Object.keys(steps)) {
    const step = steps[s];
    if (!step) throw new Error(`step: one of ${Object.keys(steps).join(', ')}`);
    for (let i = 0; i < 64; i++) step(t, t.drafts[i & 31]!);
    // Each draft 2,000× in a row would let the memos answer: the 32 drafts in turn instead.
    const times = new Float64Array(REPEAT);
    for (let i = 0; i < REPEAT; i++) {
      const t0 = performance.now();
      step(t, t.drafts[i & 31]!);
      times[i] = performance.now() - t0;
    }
    times.sort();
    line.push(`${s} ${times[REPEAT >> 1]!.toFixed(3)} ms`);
  }
  console.log(`${name}: ${line.join(', ')}`);
}
