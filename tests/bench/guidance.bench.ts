// `npm run bench -- guidance`: our lint (default pack, 1,000-rule pack), compile, and three
// established prose linters (write-good, alex, harper.js) on the same drafts, side by side in one run.
import { createRequire } from 'node:module';

import { text as alexText } from 'alex';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';

import { compile, lint } from '../../lib/guidance/engine';
import { defaultPack } from '../../lib/guidance/default-pack';
import { parsePack } from '../../lib/guidance/schema';
import { analyzeDraft } from '../../lib/tone/draft';
import { BENCH_DRAFT, BENCH_THREAD, generatePack } from '../fixtures/packs/generated';
import { measure, measureAsync, printRatio, printTable } from './harness';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => { index: number; offset: number; reason: string }[];

export default async function () {
  // 32 distinct drafts of 2,000 characters so memoisation can't serve a repeat.
  const drafts = Array.from({ length: 32 }, (_, i) => `${BENCH_DRAFT.slice(0, 1994)} #${String(i).padStart(3, '0')}`);
  let n = 0;
  const next = () => drafts[n++ & 31]!;
  const context = { customerTone: 'angry' as const, channel: 'email' as const };

  const c1 = compile([defaultPack]);
  const big = generatePack(1000);
  const bigText = JSON.stringify(big);
  const c1000 = compile([defaultPack, big]);
  const sample = lint(c1, { draft: drafts[0]!, thread: BENCH_THREAD, context });
  console.log(`draft: ${drafts[0]!.length} chars, thread: ${BENCH_THREAD.length} messages; default pack: ${c1.rules.length} rules, ${sample.length} hints`);

  const ours = measure('lint, default pack (2,000 chars, 10 msgs)', () => lint(c1, { draft: next(), thread: BENCH_THREAD, context }), { runs: 3000, warmup: 300 });
  // The background's whole path after a typing pause: the draft's tone risks (lib/tone/draft), then the rules.
  const whole = () => {
    const draft = next();
    return lint(c1, { draft, thread: BENCH_THREAD, context: { ...context, draftRisks: analyzeDraft(draft) } });
  };
  const oursWhole = measure('draft risks + lint, default pack', whole, { runs: 3000, warmup: 300 });
  const oursBig = measure('lint, default + 1,000-rule pack', () => lint(c1000, { draft: next(), thread: BENCH_THREAD, context }), { runs: 500, warmup: 50 });
  const compileBig = measure('compile 1,000-rule pack', () => compile([big]), { runs: 40, warmup: 5 });
  const parseBig = measure('parsePack 1,000-rule pack (JSON text)', () => parsePack(bigText), { runs: 20, warmup: 3 });
  const wg = measure('write-good (same drafts)', () => writeGood(next()), { runs: 300, warmup: 30 });
  const alex = measure('alex text() (same drafts)', () => alexText(next()), { runs: 60, warmup: 6 });
  // harper.js (Rust grammar checker compiled to WebAssembly), in this process as a LocalLinter.
  // It keeps a cache of texts it has linted: each call gets a text it has not seen.
  const harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();
  let h = 0;
  const fresh = () => `${next()} ${h++}`;
  const harperStats = await measureAsync('harper.js lint() (same drafts)', () => harper.lint(fresh()), { runs: 30, warmup: 3 });

  printTable('guidance engine vs prose linters, per call', [ours, oursWhole, oursBig, compileBig, parseBig, wg, alex, harperStats]);
  printRatio(ours, wg);
  printRatio(ours, alex);
  printRatio(ours, harperStats);
  printRatio(oursWhole, wg);
  printRatio(oursWhole, alex);
  printRatio(oursWhole, harperStats);
  printRatio(oursBig, wg);
  printRatio(oursBig, alex);
  // The machine is shared: the same three, alternated in rounds, each round's medians compared (the
  // ratio of the median of those; a load change during the run moves both sides alike).
  const rounds: { ours: number; whole: number; wg: number; alex: number; harper: number }[] = [];
  for (let r = 0; r < 6; r++) {
    rounds.push({
      ours: measure('', () => lint(c1, { draft: next(), thread: BENCH_THREAD, context }), { runs: 400, warmup: 20 }).median,
      whole: measure('', whole, { runs: 400, warmup: 20 }).median,
      wg: measure('', () => writeGood(next()), { runs: 40, warmup: 4 }).median,
      alex: measure('', () => alexText(next()), { runs: 10, warmup: 1 }).median,
      harper: (await measureAsync('', () => harper.lint(fresh()), { runs: 6, warmup: 1 })).median,
    });
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const oursMid = mid(rounds.map((x) => x.ours));
  console.log(
    `interleaved (6 rounds, median of round medians): lint ${oursMid.toFixed(4)} ms; write-good ${mid(rounds.map((x) => x.wg / x.ours)).toFixed(1)}× slower, alex ${mid(rounds.map((x) => x.alex / x.ours)).toFixed(1)}× slower, harper.js ${mid(rounds.map((x) => x.harper / x.ours)).toFixed(1)}× slower`,
  );
  console.log(
    `interleaved, draft risks + lint ${mid(rounds.map((x) => x.whole)).toFixed(4)} ms; write-good ${mid(rounds.map((x) => x.wg / x.whole)).toFixed(1)}× slower, alex ${mid(rounds.map((x) => x.alex / x.whole)).toFixed(1)}× slower, harper.js ${mid(rounds.map((x) => x.harper / x.whole)).toFixed(1)}× slower`,
  );
  const target = (name: string, v: number, max: number) => console.log(`target: ${name} ${v.toFixed(3)} ms (≤ ${max} ms): ${v <= max ? 'met' : 'MISSED'}`);
  target('default-pack lint median', ours.median, 0.5);
  target('draft risks + lint median', oursWhole.median, 0.5);
  target('default-pack lint p99', ours.p99, 2);
  target('1,000-rule lint median', oursBig.median, 5);
  target('1,000-rule compile median', compileBig.median, 100);
}
