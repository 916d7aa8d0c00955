// `npm run bench -- lang-packs`: the Spanish, French, German and Portuguese guidance packs
// (assets/packs/heard-<lang>.json) on 2,000-character drafts in their language, as the background runs them after a
// typing pause: lint alone, and language detection plus lint (the target: ≤ 1 ms median).
// Reported, not gated: these machines are noisy. The English default pack on an English draft of
// the same size, in the same run, for reference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { compile, lint } from '../../lib/guidance/engine';
import { defaultPack } from '../../lib/guidance/default-pack';
import { parsePack } from '../../lib/guidance/schema';
import { detectLanguage } from '../../lib/lang/detect';
import type { Lang } from '../../lib/lang/langs';
import { measure, printTable, type Stats } from './harness';

const root = join(import.meta.dirname, '..', '..');
const texts = (l: Lang): string[] => JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'lang', `${l}.json`), 'utf8')) as string[];

function pack(file: string) {
  const p = parsePack(readFileSync(join(root, 'assets', 'packs', file), 'utf8'));
  if (!p.ok) throw new Error(`${file}: ${JSON.stringify(p.errors)}`);
  return p.pack;
}

/** 32 distinct drafts of 2,000 characters from the language's texts (rotated so no two are alike). */
function drafts(l: Lang): string[] {
  const t = texts(l);
  return Array.from({ length: 32 }, (_, i) => {
    let s = '';
    for (let k = 0; s.length < 2000; k++) s += `${t[(i * 7 + k) % t.length]} `;
    return s.slice(0, 2000);
  });
}

export default async function () {
  const runs: { lang: Lang; compiled: ReturnType<typeof compile>; rules: number }[] = [
    { lang: 'es', compiled: compile([pack('heard-es.json')]), rules: 0 },
    { lang: 'fr', compiled: compile([pack('heard-fr.json')]), rules: 0 },
    { lang: 'de', compiled: compile([pack('heard-de.json')]), rules: 0 },
    { lang: 'pt', compiled: compile([pack('heard-pt.json')]), rules: 0 },
    { lang: 'en', compiled: compile([defaultPack]), rules: 0 },
  ];
  const context = { customerTone: 'frustrated' as const, channel: 'email' as const };
  const rows: Stats[] = [];
  const both: Stats[] = [];
  for (const r of runs) {
    const ds = drafts(r.lang);
    let n = 0;
    const next = (): string => ds[n++ & 31]!;
    const hints = lint(r.compiled, { draft: ds[0]!, thread: [], context }).length;
    console.log(`${r.lang}: ${r.compiled.rules.length} rules, ${hints} hints on the first draft, detected as ${detectLanguage(ds[0]!)}`);
    rows.push(measure(`${r.lang}: lint, ${r.lang === 'en' ? 'default' : r.lang} pack`, () => lint(r.compiled, { draft: next(), thread: [], context }), { runs: 2000, warmup: 200 }));
    const together = measure(`${r.lang}: detect + lint`, () => {
      const d = next();
      detectLanguage(d);
      return lint(r.compiled, { draft: d, thread: [], context });
    }, { runs: 2000, warmup: 200 });
    rows.push(together);
    both.push(together);
  }
  printTable('per lint, 2,000-character drafts', rows);
  for (const b of both) console.log(`target: ${b.name} median ${b.median.toFixed(3)} ms (≤ 1 ms): ${b.median <= 1 ? 'met' : 'MISSED'}`);
}
