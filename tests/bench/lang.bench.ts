// `npm run bench -- lang`: what the background does per lint after a typing pause, for a
// 2,000-character draft in each language, side by side in one run: detecting the draft's
// language, linting it with the built-in packs covering that language (as the background does:
// the English pack for English, heard-de for German…; none for a language without a pack, whose
// lint is then no work at all), and both together (the target: ≤ 1 ms
// median for detection plus lint; reported, not gated: these machines are noisy). Also the
// thread's languages (once per thread: cached with its tone) and the due-time parser per language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { compile, lint, type CompiledPacks } from '../../lib/guidance/engine';
import { packsFor } from '../../lib/lang/packs';
import { builtinPacks } from '../../tools/eval-drafts';
import { detectLanguage } from '../../lib/lang/detect';
import { threadLangs } from '../../lib/lang/thread';
import { LANGS, type Lang } from '../../lib/lang/langs';
import { parseDueTimeIn } from '../../lib/callbacks/due-intl';
import { detectPromisesIn } from '../../lib/callbacks/promise-intl';
import { BENCH_DRAFT } from '../fixtures/packs/generated';
import { measure, printRatio, printTable, type Stats } from './harness';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'lang');
const texts = (l: Lang): string[] => JSON.parse(readFileSync(join(fixtures, `${l}.json`), 'utf8')) as string[];

/** 32 distinct drafts of 2,000 characters from the language's texts (rotated so no two are alike). */
function drafts(l: Lang): string[] {
  const t = texts(l);
  return Array.from({ length: 32 }, (_, i) => {
    let s = '';
    for (let k = 0; s.length < 2000; k++) s += `${t[(i * 7 + k) % t.length]} `;
    return s.slice(0, 2000);
  });
}

const WHEN: Record<Lang, string> = {
  en: "I'll call you back tomorrow at 3 pm.",
  es: 'Le llamo mañana a las 15:00 sin falta.',
  fr: 'Je vous rappelle avant la fin de la journée.',
  de: 'Ich melde mich bis Freitag um 9 bei Ihnen.',
  pt: 'Retorno em até 2 horas com a confirmação.',
};

export default async function () {
  const packs = builtinPacks();
  const compiledFor = (l: Lang): CompiledPacks | null => {
    const covering = packsFor(packs, l);
    return covering.length > 0 ? compile(covering) : null;
  };
  const compiled = compiledFor('en')!;
  const context = { customerTone: 'frustrated' as const, channel: 'email' as const };
  const rows: Stats[] = [];
  const both: Stats[] = [];
  for (const l of LANGS) {
    const ds = drafts(l);
    let n = 0;
    const next = (): string => ds[n++ & 31]!;
    const detect = measure(`${l}: detect (2,000 chars)`, () => detectLanguage(next()), { runs: 3000, warmup: 300 });
    const own = compiledFor(l);
    const packIds = packsFor(packs, l).map((p) => p.id).join('+') || 'no pack';
    const lintOnly = measure(`${l}: lint, ${packIds}`, () => (own ? lint(own, { draft: next(), thread: [], context }) : []), { runs: 2000, warmup: 200 });
    const together = measure(`${l}: detect + lint`, () => {
      const d = next();
      detectLanguage(d);
      return own ? lint(own, { draft: d, thread: [], context }) : [];
    }, { runs: 2000, warmup: 200 });
    rows.push(detect, lintOnly, together);
    both.push(together);
    console.log(`${l}: detected as ${detectLanguage(ds[0]!)}; detection is ${((detect.median / together.median) * 100).toFixed(0)}% of detect + lint`);
  }
  // The draft guidance.bench.ts lints, for reference in the same run (its lint target is 0.5 ms).
  const ref = Array.from({ length: 32 }, (_, i) => `${BENCH_DRAFT.slice(0, 1994)} #${String(i).padStart(3, '0')}`);
  let r = 0;
  const refBoth = measure('en (guidance.bench draft): detect + lint', () => {
    const d = ref[r++ & 31]!;
    detectLanguage(d);
    return lint(compiled, { draft: d, thread: [], context });
  }, { runs: 2000, warmup: 200 });
  rows.push(refBoth);
  both.push(refBoth);
  const thread = LANGS.flatMap((l) => texts(l).slice(0, 10).map((text) => ({ role: 'customer' as const, text })));
  const threadRow = measure(`thread languages (${thread.length} messages, once per thread)`, () => threadLangs(thread), { runs: 200, warmup: 20 });
  const opts = { now: new Date(Date.UTC(2026, 2, 25, 9)), timeZone: 'Europe/Madrid', workday: { start: '09:00', end: '18:00' } };
  const due = LANGS.map((l) => measure(`${l}: promise + due time (one sentence)`, () => {
    const [p] = detectPromisesIn(l, WHEN[l]);
    return p?.dueText ? parseDueTimeIn(l, p.dueText, opts) : null;
  }, { runs: 500, warmup: 50 }));
  printTable('per lint, 2,000-character drafts', rows);
  printTable('per thread / per promise', [threadRow, ...due]);
  for (const b of both.slice(1)) printRatio(b, both[0]!);
  for (const d of due.slice(1)) printRatio(d, due[0]!);
  for (const b of both) console.log(`target: ${b.name} median ${b.median.toFixed(3)} ms (≤ 1 ms): ${b.median <= 1 ? 'met' : 'MISSED'}`);
}
