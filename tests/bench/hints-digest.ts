// Before/after proof for speed work on the lint: every hint the lint gives (rule id, ranges,
// severity, title, advice, folded rules: the whole hint) on every draft of the draft corpora (every
// English split, every language's splits), on every text of the language fixtures, and on the bench
// drafts; with the draft's risks (lib/tone/draft), its detected language and the ticked checklist
// items. Hashed per text: no text is ever printed (the held-out splits stay unseen).
//
//   node --import tsx tests/bench/hints-digest.ts /tmp/before.json
//   (change the engine)
//   node --import tsx tests/bench/hints-digest.ts /tmp/after.json /tmp/before.json
//
// The second form compares and exits 1 on any difference, naming only the ids of the texts that differ.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { compile, lint, openChecklists, tickedItems, type CompiledPacks } from '../../lib/guidance/engine';
import { lintContext } from '../../lib/guidance/context';
import { defaultPack } from '../../lib/guidance/default-pack';
import type { LintInput } from '../../lib/guidance/hint';
import { detectLanguage } from '../../lib/lang/detect';
import { LANGS, type Lang } from '../../lib/lang/langs';
import { packsFor } from '../../lib/lang/packs';
import { analyzeDraft } from '../../lib/tone/draft';
import { builtinPacks, CORPUS_LANGS, defaultLinter, langLinter, loadCorpus, loadLangCorpus, type EnSplit } from '../../tools/eval-drafts';
import { BENCH_DRAFT, BENCH_THREAD, generatePack } from '../fixtures/packs/generated';

const root = join(import.meta.dirname, '..', '..');
const hash = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

function digest(): Record<string, string> {
  const out: Record<string, string> = {};
  const packs = builtinPacks();
  const all = compile(packs);
  const allBig = compile([...packs, generatePack(1000)]);
  const byLang = new Map<Lang, CompiledPacks>();
  const packFor = (l: Lang): CompiledPacks => {
    let c = byLang.get(l);
    if (!c) byLang.set(l, (c = compile(l === 'en' ? [defaultPack] : packsFor(packs, l))));
    return c;
  };
  const facts = (c: CompiledPacks, input: LintInput) => ({
    hints: lint(c, input),
    ticked: openChecklists(c, input).map((cl) => [cl.id, tickedItems(c, cl.id, input.draft)]),
  });
  const text = (key: string, draft: string, rest: Record<string, unknown>) => {
    out[key] = hash({ lang: detectLanguage(draft), risks: analyzeDraft(draft), ...rest });
  };

  // The draft corpora, as `npm run eval:drafts` lints them, and with every built-in pack at once.
  const en = defaultLinter();
  const splits: EnSplit[] = ['train', 'train3', 'train4', 'heldout'];
  for (const split of splits) {
    for (const row of loadCorpus(split)) {
      const input = { draft: row.draft, thread: row.thread, context: lintContext({ draft: row.draft, site: 'eval', channel: row.channel, thread: row.thread }) };
      text(`en/${split}/${row.id}`, row.draft, { eval: en(row), all: facts(all, input), big: lint(allBig, input), en: facts(packFor('en'), input) });
    }
  }
  for (const lang of CORPUS_LANGS) {
    const linter = langLinter(lang, packs);
    for (const split of ['train', 'heldout'] as const) {
      for (const row of loadLangCorpus(lang, split) ?? []) {
        const input = { draft: row.draft, thread: row.thread, context: { ...lintContext({ draft: row.draft, site: 'eval', channel: row.channel }), customerTone: 'angry' as const } };
        text(`${lang}/${split}/${row.id}`, row.draft, { eval: linter(row), all: facts(all, input), own: facts(packFor(lang), input) });
      }
    }
  }
  // The language fixtures (the lang-packs bench builds its drafts from them), one by one and as the bench joins them.
  for (const l of [...LANGS, 'unknown'] as const) {
    const texts = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'lang', `${l}.json`), 'utf8')) as string[];
    const own = packFor(l === 'unknown' ? 'en' : l);
    texts.forEach((t, i) => {
      const input = { draft: t, thread: BENCH_THREAD, context: lintContext({ draft: t, channel: 'email' }) };
      text(`lang/${l}/${i}`, t, { own: facts(own, input), all: lint(all, input) });
    });
    for (let i = 0; i < 32; i++) {
      let s = '';
      for (let k = 0; s.length < 2000; k++) s += `${texts[(i * 7 + k) % texts.length]} `;
      const d = s.slice(0, 2000);
      const input = { draft: d, thread: [], context: { customerTone: 'frustrated' as const, channel: 'email' as const } };
      text(`lang-bench/${l}/${i}`, d, { own: facts(own, input), all: lint(all, input) });
    }
  }
  // The guidance bench's drafts.
  for (let i = 0; i < 32; i++) {
    const d = `${BENCH_DRAFT.slice(0, 1994)} #${String(i).padStart(3, '0')}`;
    const input = { draft: d, thread: BENCH_THREAD, context: { customerTone: 'angry' as const, channel: 'email' as const } };
    text(`bench/${i}`, d, { en: facts(packFor('en'), input), big: lint(allBig, input), full: lint(packFor('en'), { ...input, context: lintContext({ draft: d, channel: 'email', thread: BENCH_THREAD }) }) });
  }
  return out;
}

const [target, base] = process.argv.slice(2);
if (!target) throw new Error('usage: hints-digest.ts <out.json> [<before.json>]');
const t0 = performance.now();
const now = digest();
writeFileSync(target, JSON.stringify(now));
console.log(`${Object.keys(now).length} texts, digest ${hash(now)} (${Math.round(performance.now() - t0)} ms)`);
if (base) {
  const before = JSON.parse(readFileSync(base, 'utf8')) as Record<string, string>;
  const keys = new Set([...Object.keys(before), ...Object.keys(now)]);
  const differ = [...keys].filter((k) => before[k] !== now[k]);
  if (differ.length > 0) {
    console.log(`DIFFERENT on ${differ.length} texts: ${differ.slice(0, 20).join(', ')}`);
    process.exitCode = 1;
  } else console.log(`identical to ${base}`);
}
