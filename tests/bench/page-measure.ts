/**
 * Main-thread cost of Heard on a busy helpdesk page, measured in one Chromium run with the
 * extension loaded: the same fixture (tests/fixtures/heavy) is served where the content script
 * runs (/heard-demo/heavy/) and where it does not (/fixtures/heavy/), and the two are loaded in
 * turn (A/B, B/A, …) so the machine's noise falls on both alike. Main-thread time is the
 * renderer's own account (CDP Performance.getMetrics: TaskDuration, ScriptDuration), long tasks
 * come from a PerformanceObserver in the page. Used by `npm run bench -- page` (the full size) and
 * by the browser test heavy.chromium.e2e.ts (smaller, gated on ratios only).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumRun } from '../e2e/browsers';

export type Arm = 'with' | 'without';
export const PATHS: Record<Arm, string> = { with: '/heard-demo/heavy/', without: '/fixtures/heavy/' };

/** Main-thread task and script time so far (ms), from the page's CDP Performance metrics. */
export interface Metrics {
  task: number;
  script: number;
}

export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (n: string): number => (m.find((x) => x.name === n)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

export interface Opened {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** Opens the heavy page for one arm and waits until it is loaded (and, with Heard, marked). */
export async function open(run: ChromiumRun, origin: string, arm: Arm): Promise<Opened & { load: Metrics }> {
  const page = await run.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(origin + PATHS[arm]);
  // With Heard: its marker host is in the page once the content script ran; give both arms the
  // same settling time after that. (Heard reads nothing more until the rep focuses the reply box.)
  if (arm === 'with') await page.waitForFunction('!!document.querySelector("heard-root")');
  await page.evaluate('new Promise((r) => setTimeout(r, 300))');
  const load = await metrics(cdp);
  return {
    page,
    cdp,
    load,
    async close() {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}

export interface MutationRun {
  arm: Arm;
  /** Main-thread task time during the mutation phase, ms. */
  task: number;
  script: number;
  /** Main-thread task time from navigation to settled, ms. */
  loadTask: number;
  longTasks: number;
  longestTask: number;
  /** Long tasks from navigation to settled (the content script starts in there). */
  loadLongTasks: number;
  nodes: number;
}

/** Loads the page and runs its mutation script (50 mutations a second) for `seconds`. */
export async function mutationRun(run: ChromiumRun, origin: string, arm: Arm, seconds: number): Promise<MutationRun> {
  const o = await open(run, origin, arm);
  try {
    const loadLong = await o.page.evaluate<number>('window.__longTasks.splice(0).length');
    const m0 = await metrics(o.cdp);
    await o.page.evaluate(`heavy.start(${seconds})`);
    const m1 = await metrics(o.cdp);
    const long = await o.page.evaluate<{ duration: number }[]>('window.__longTasks');
    return {
      arm,
      task: m1.task - m0.task,
      script: m1.script - m0.script,
      loadTask: o.load.task,
      longTasks: long.length,
      longestTask: Math.max(0, ...long.map((l) => l.duration)),
      loadLongTasks: loadLong,
      nodes: await o.page.evaluate<number>('heavy.nodes()'),
    };
  } finally {
    await o.close();
  }
}

/** A reply a rep might write, over and over, with a few phrases Heard hints on ("I don't know", "calm down"). */
const VOCAB = (
  'thanks for your patience I checked your order and the parcel left our warehouse today ' +
  "I don't know when it arrives but I will write back by 3 pm tomorrow with the tracking " +
  'please calm down we will sort this out for you and I am sorry for the wait'
).split(' ');

export function words(n: number): string[] {
  return Array.from({ length: n }, (_, i) => VOCAB[i % VOCAB.length]!);
}

export interface TypingRun {
  arm: Arm;
  /** Main-thread time between one keystroke's acknowledgement and the next, per keystroke, ms. */
  perKey: number[];
  /** Script time (JavaScript: the page's and Heard's) per keystroke, ms. */
  scriptPerKey: number[];
  /** Main-thread time during each typing pause (where Heard lints the draft), ms. */
  perPause: number[];
}

/**
 * Types `count` words into the reply box of both arms with real key events, one keystroke at a
 * time, reading the main-thread time after each. The arms take turns every `chunk` words (A/B,
 * B/A, …: typing 2,000 words takes minutes, and the machine's load changes meanwhile). Every
 * `pauseEvery` words the rep pauses `pauseMs`, past Heard's 120 ms typing pause, so the draft is
 * linted: what a slower typist causes after every key.
 */
export async function typingRuns(
  run: ChromiumRun,
  origin: string,
  count: number,
  opts: { chunk?: number; pauseEvery?: number; pauseMs?: number } = {},
): Promise<Record<Arm, TypingRun>> {
  const chunk = opts.chunk ?? 50;
  const pauseEvery = opts.pauseEvery ?? 10;
  const pauseMs = opts.pauseMs ?? 250;
  const list = words(count);
  const arms = {} as Record<Arm, { o: Opened; out: TypingRun; typed: number }>;
  for (const arm of ['without', 'with'] as const) {
    const o = await open(run, origin, arm);
    arms[arm] = { o, out: { arm, perKey: [], scriptPerKey: [], perPause: [] }, typed: 0 };
  }
  try {
    for (let turn = 0; arms.with.typed < list.length || arms.without.typed < list.length; turn++) {
      const order: Arm[] = turn % 2 ? ['with', 'without'] : ['without', 'with'];
      for (const arm of order) {
        const a = arms[arm];
        await a.o.page.bringToFront();
        await a.o.page.focus('#reply');
        let last = await metrics(a.o.cdp);
        for (const w of list.slice(a.typed, a.typed + chunk)) {
          for (const ch of `${w} `) {
            await a.o.page.keyboard.type(ch);
            const now = await metrics(a.o.cdp);
            a.out.perKey.push(now.task - last.task);
            a.out.scriptPerKey.push(now.script - last.script);
            last = now;
          }
          if (++a.typed % pauseEvery === 0) {
            await a.o.page.evaluate(`new Promise((r) => setTimeout(r, ${pauseMs}))`);
            const now = await metrics(a.o.cdp);
            a.out.perPause.push(now.task - last.task);
            last = now;
          }
        }
      }
    }
    return { without: arms.without.out, with: arms.with.out };
  } finally {
    for (const a of Object.values(arms)) await a.o.close();
  }
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}
export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
