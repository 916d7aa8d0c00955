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
import { launchChromium, waitFor, type ChromiumRun } from './browsers';
import { median, mutationRun, PATHS, quantile, typingRuns, type Arm, type MutationRun } from '../bench/page-measure';

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

// Page start (issue 13 point 8, `npm run bench -- start` measures it): the content script only
// listens until the rep is in a reply box. Every message the content script sends carries the time
// it was sent (the wire format's timestamp, the page's clock): the first one from this page must
// come after the rep's pointer came onto the reply box, so at start it asked nothing (no recipe,
// no lint: it had read nothing). Before, it asked for the recipe and linted at once. The pointer
// alone starts it (a moment before the click, so the background is awake by then).
test('heavy page: Heard asks the background nothing until the rep comes to the reply box', async () => {
  await run.worker.evaluate(() => {
    const g = globalThis as unknown as { __heardSeen?: { type: string; url?: string; at: number }[] };
    if (g.__heardSeen) return;
    g.__heardSeen = [];
    chrome.runtime.onMessage.addListener((m: { type?: string; timestamp?: number }, sender) => {
      if (typeof m?.type === 'string' && m.type.startsWith('cs:')) g.__heardSeen!.push({ type: m.type, url: sender.tab?.url, at: Number(m.timestamp) });
      return undefined;
    });
  });
  const page = await run.context.newPage();
  try {
    await page.goto(`${server.origin}/heard-demo/heavy/`);
    await page.waitForFunction('!!document.querySelector("heard-root")'); // the content script ran
    // On the window, capturing: before any listener on the document (Heard's).
    await page.evaluate(`window.addEventListener('pointerover', () => { window.__over = Date.now(); }, { capture: true, once: true })`);
    await page.hover('#reply');
    const overAt = await page.evaluate<number>('window.__over');
    const seen = await waitFor('the first lint once the pointer is on the reply box', async () => {
      const all = await run.worker.evaluate((url) => (globalThis as unknown as { __heardSeen: { type: string; url?: string; at: number }[] }).__heardSeen.filter((s) => s.url === url), page.url());
      return all.some((s) => s.type === 'cs:lint') && all;
    });
    assert.ok(seen[0]!.at >= overAt, `"${seen[0]!.type}" came ${overAt - seen[0]!.at} ms before the rep's pointer`);
    assert.deepEqual([...new Set(seen.map((s) => s.type))].slice(0, 2), ['cs:recipe', 'cs:lint']);
  } finally {
    await page.close();
  }
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

/** The content script's typing pause (PAUSE_MS, entrypoints/content/index.ts): it lints once no input came for this long. */
const PAUSE_MS = 120;

test('heavy page: typing into the reply box adds at most 4 ms p95 main-thread work per keystroke', async () => {
  // The keystrokes are one CDP call each, the page's metrics read after each. On a loaded machine two
  // inputs are now and then further apart than the 120 ms typing pause, and Heard lints there, in the
  // middle of the typing (a lint adds ~4 ms): at load 18 on 2 cores that took the added p95 to 3.7 ms
  // while it is 0.1 ms on a quiet machine. A keystroke's work is measured where the typing went on:
  // each page notes when its inputs came (its own clock), and the samples around a gap that reached
  // the pause (the machine's pause: a lint may have run or been marked in them) count for neither arm,
  // the same keystrokes' in both. The rep's pauses are measured apart (perPause, printed).
  const inputs: Partial<Record<Arm, number[]>> = {};
  const noted: ChromiumRun = {
    ...run,
    // typingRuns opens each arm's page through the context, types one input per character, and closes it.
    context: {
      newPage: async () => {
        const page = await run.context.newPage();
        await page.addInitScript(`window.__inputs = []; document.addEventListener('input', () => window.__inputs.push(performance.now()), true);`);
        const close = page.close.bind(page);
        page.close = async (options) => {
          inputs[page.url().includes(PATHS.with) ? 'with' : 'without'] = await page.evaluate<number[]>('window.__inputs');
          await close(options);
        };
        return page;
      },
    } as unknown as ChromiumRun['context'],
  };
  const { without, with: withHeard } = await typingRuns(noted, server.origin, 100, { chunk: 25 });
  /** The samples far from the typing pause: keystroke j's sample holds what ran since keystroke j-1's. */
  const typing = (arm: Arm, perKey: number[]): Set<number> => {
    const at = inputs[arm] ?? [];
    assert.equal(at.length, perKey.length, `${arm}: one input per keystroke`);
    // Whether the gap before input k reached the pause (its timer can fire only then; 10 ms spare).
    const paused = (k: number): boolean => k > 0 && k < at.length && at[k]! - at[k - 1]! >= PAUSE_MS - 10;
    // A lint in the gap before input k runs in sample k-1 or k, and its answer is marked in k or k+1.
    return new Set(perKey.map((_, j) => j).filter((j) => j > 0 && ![j - 1, j, j + 1].some(paused)));
  };
  const withoutTyping = typing('without', without.perKey);
  const kept = [...typing('with', withHeard.perKey)].filter((j) => withoutTyping.has(j));
  const withKeys = kept.map((j) => withHeard.perKey[j]!);
  const withoutKeys = kept.map((j) => without.perKey[j]!);
  // Most keystrokes follow each other well inside the pause (at load 18 on 2 cores: 246-402 of 494 in both arms).
  assert.ok(kept.length >= 100, `too few keystrokes inside the typing pause to measure: ${kept.length} of ${withHeard.perKey.length}`);
  const added = quantile(withKeys, 0.95) - quantile(withoutKeys, 0.95);
  const lint = quantile(withHeard.perPause, 0.95) - quantile(without.perPause, 0.95);
  console.log(`typing ${withHeard.perKey.length} keystrokes (${kept.length} inside the typing pause in both arms): p95 ${quantile(withKeys, 0.95).toFixed(2)} vs ${quantile(withoutKeys, 0.95).toFixed(2)} ms, added ${added.toFixed(2)} ms; a lint in a typing pause adds ${lint.toFixed(2)} ms p95`);
  assert.ok(added <= 4, `typing added ${added.toFixed(2)} ms p95 per keystroke`);
});
