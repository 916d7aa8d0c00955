// `npm run bench -- sw-heap`: does the background keep what it no longer needs? In real Chromium on the
// demo ticket, 200 different drafts are linted one after another through the real path (typed into the
// reply, linted after the pause, underlined); the service worker's JS heap is read after a forced
// garbage collection every 25 drafts. Issue 13 point 8: the heap must be flat over 200 drafts (it grew
// about 10 KB per draft with no plateau after 20). Printed: the heap at each step, and the growth per
// draft over the first and the second hundred (ratios in one run, no absolute gate), and, from two heap
// snapshots, what the growth is made of: the data Heard keeps (objects, arrays, strings, closures) and
// the code V8 compiles as functions grow hot (which V8 bounds and flushes itself).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serveFixtures } from '../../tools/serve';
import { CHROME_EXT, closeWelcomeTab, launchChromium, ROOT } from '../e2e/browsers';

const DRAFTS = Number(process.env.BENCH_SW_DRAFTS ?? 200);
const STEP = 25;

export default async function (): Promise<void> {
  if (!existsSync(join(CHROME_EXT, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const server = await serveFixtures();
  const port = 9300 + Math.floor(Math.random() * 500);
  const run = await launchChromium({ args: [`--remote-debugging-port=${port}`] });
  // The worker's heap through the DevTools protocol (a worker has no performance.memory): a second,
  // browser-level connection attaches to the service worker's target.
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    await closeWelcomeTab(run);
    const bs = await cdpBrowser.newBrowserCDPSession();
    const { targetInfos } = (await bs.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(run.extensionId));
    if (!sw) throw new Error('no service worker target');
    const { sessionId } = (await bs.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const pending = new Map<number, (r: unknown) => void>();
    let chunks: string[] = [];
    bs.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; method?: string; params?: { chunk?: string } };
      if (m.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(m.params?.chunk ?? '');
      if (m.id != null) pending.get(m.id)?.(m.result);
    });
    const inWorker = (method: string, params: object = {}): Promise<unknown> =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        void bs.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    // A heap snapshot's self sizes, split into compiled code and everything else (the data).
    const composition = async (): Promise<{ code: number; data: number }> => {
      await inWorker('HeapProfiler.collectGarbage');
      chunks = [];
      await inWorker('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
      const fields = snap.snapshot.meta.node_fields;
      const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
      const out = { code: 0, data: 0 };
      for (let i = 0; i < snap.nodes.length; i += fields.length) {
        out[snap.snapshot.meta.node_types[0][snap.nodes[i + typeAt]!] === 'code' ? 'code' : 'data'] += snap.nodes[i + sizeAt]!;
      }
      return out;
    };
    const swHeap = async (): Promise<number> => {
      await inWorker('HeapProfiler.collectGarbage');
      await inWorker('HeapProfiler.collectGarbage');
      return ((await inWorker('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    const page = await run.context.newPage();
    await page.goto(`${server.origin}/heard-demo/#/tickets/1041`);
    await page.click('#reply');
    const points: { drafts: number; kb: number }[] = [];
    let first: { code: number; data: number } | undefined;
    let last: { code: number; data: number } | undefined;
    for (let i = 0; i <= DRAFTS; i++) {
      if (i % STEP === 0) points.push({ drafts: i, kb: (await swHeap()) / 1024 });
      if (i === STEP) first = await composition();
      if (i === DRAFTS) {
        last = await composition();
        break;
      }
      // A different draft each time (order numbers, names, lengths), with a dead end whose place moves:
      // its underline at the new offset says this draft's lint is back.
      const pad = 'Thanks for your patience. '.repeat(1 + (i % 5));
      const draft = `Hi Ana, order #${50_000 + i}. ${pad}I don't know where parcel ${i * 7} is.`;
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
      await page.keyboard.insertText(draft);
      const at = draft.indexOf("I don't know");
      await page.waitForFunction(
        (offset) => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('heard-hint');
          return !!h && [...h].some((r) => r.startOffset === offset && r.toString() === "I don't know");
        },
        at,
        { timeout: 10_000 },
      );
    }
    const perDraft = (a: number, b: number): number => {
      const pa = points.find((p) => p.drafts === a)!;
      const pb = points.find((p) => p.drafts === b)!;
      return ((pb.kb - pa.kb) / (b - a)) * 1024;
    };
    console.log(`\n## service worker JS heap after GC, ${DRAFTS} drafts linted on the demo ticket`);
    console.log(points.map((p) => `${p.drafts}: ${p.kb.toFixed(0)} KB`).join(' · '));
    const half = Math.floor(DRAFTS / 2 / STEP) * STEP;
    console.log(
      `growth per draft: drafts 25–${half} ${perDraft(STEP, half).toFixed(0)} B, drafts ${half}–${DRAFTS} ${perDraft(half, DRAFTS).toFixed(0)} B (flat: the second near 0)`,
    );
    if (first && last) {
      const per = (k: 'code' | 'data'): string => `${((last[k] - first[k]) / (DRAFTS - STEP)).toFixed(0)} B per draft`;
      console.log(`made of (heap snapshots at ${STEP} and ${DRAFTS} drafts): data Heard keeps ${per('data')}; V8's compiled code ${per('code')}`);
    }
  } finally {
    await cdpBrowser.close().catch(() => {});
    await run.close();
    await server.close();
  }
}
