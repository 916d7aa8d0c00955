// Heard on a busy helpdesk page in Chromium (issue #4), a short version of `npm run bench -- page`
// with loose gates on RATIOS of the two arms measured in turn in this one browser (machines are
// noisy: no absolute times). The targets (≤ 5 % main-thread time, ≤ 4 ms p95 per keystroke)
// are measured by the bench; here: a 5,000-node page with 50 mutations a second, where Heard does
// no work at all while nobody types, adds at most 25 % script time (Heard's own work shows there;
// it measures 0.97-1.02x) and no long task, and typing adds at most 4 ms p95 per keystroke. The
// whole main thread (layout and paint included) is printed and only grossly gated (1.5x): on two
// shared cores its ratio swung to 1.27 in one CI run with Heard idle.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveFixtures, type FixtureServer } from '../../tools/serve';
import { launchChromium, type ChromiumRun } from './browsers';
import { median, mutationRun, quantile, typingRuns, type Arm, type MutationRun } from '../bench/page-measure';

let server: FixtureServer;
let run: ChromiumRun;

before(async () => {
  server = await serveFixtures();
  run = await launchChromium();
});
after(async () => {
  await run?.close();
  await server?.close();
});

test('heavy page: Heard adds no long task and little main-thread time while the page mutates', async () => {
  const runs: MutationRun[] = [];
  for (const arm of ['without', 'with', 'with', 'without', 'without', 'with'] as Arm[]) runs.push(await mutationRun(run, server.origin, arm, 3));
  const of = (arm: Arm): MutationRun[] => runs.filter((r) => r.arm === arm);
  const task = (arm: Arm): number => median(of(arm).map((r) => r.task));
  const long = (arm: Arm): number => of(arm).reduce((n, r) => n + r.longTasks, 0);
  const loadLong = (arm: Arm): number => of(arm).reduce((n, r) => n + r.loadLongTasks, 0);
  const ratio = task('with') / task('without');
  const script = (arm: Arm): number => median(of(arm).map((r) => r.script));
  const scriptRatio = script('with') / Math.max(script('without'), 1);
  console.log(`mutations: script ${script('with').toFixed(0)} / ${script('without').toFixed(0)} ms = ${scriptRatio.toFixed(3)}; main-thread ${task('with').toFixed(0)} / ${task('without').toFixed(0)} ms = ${ratio.toFixed(3)}; long tasks with ${long('with')}, without ${long('without')} (while loading: ${loadLong('with')}, ${loadLong('without')}); ${of('with')[0]?.nodes} nodes`);
  assert.ok((of('with')[0]?.nodes ?? 0) >= 5000, 'the page has 5,000 nodes');
  assert.ok(scriptRatio <= 1.25, `Heard added ${((scriptRatio - 1) * 100).toFixed(1)} % script time while the page mutated`);
  assert.ok(ratio <= 1.5, `Heard added ${((ratio - 1) * 100).toFixed(1)} % main-thread time while the page mutated`);
  assert.ok(long('with') <= long('without'), `long tasks with Heard: ${long('with')}, without: ${long('without')}`);
  // (Long tasks while loading are printed, not gated: a task's wall time on two shared cores is noise.)
});

test('heavy page: typing into the reply box adds at most 4 ms p95 main-thread work per keystroke', async () => {
  const { without, with: withHeard } = await typingRuns(run, server.origin, 100, { chunk: 25 });
  const added = quantile(withHeard.perKey, 0.95) - quantile(without.perKey, 0.95);
  const lint = quantile(withHeard.perPause, 0.95) - quantile(without.perPause, 0.95);
  console.log(`typing ${withHeard.perKey.length} keystrokes: p95 ${quantile(withHeard.perKey, 0.95).toFixed(2)} vs ${quantile(without.perKey, 0.95).toFixed(2)} ms, added ${added.toFixed(2)} ms; a lint in a typing pause adds ${lint.toFixed(2)} ms p95`);
  assert.ok(added <= 4, `typing added ${added.toFixed(2)} ms p95 per keystroke`);
});
