// @vitest-environment jsdom
// Page start of the content script (entrypoints/content/index.ts, issue 13 point 8: start ≤ 5 ms of
// the page's main thread). At start it only listens: no adapter detection, no question to the
// background, no page read (selector queries), no marker drawn. All of that comes at the rep's
// first focus in an editable (or input, a frame taking the focus, a message from the background),
// and at once when an editable already has the focus as it starts (Heard enabled in an open tab).
// Counted with spies; the browser figures are `npm run bench -- start`.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const sent = vi.hoisted(() => ({ calls: [] as string[], handlers: new Map<string, (data: unknown) => unknown>(), more: 0 }));
vi.mock('@/lib/messaging/content', () => ({
  sendMessage: vi.fn(async (type: string) => {
    sent.calls.push(type);
    if (type === 'cs:recipe') return { recipe: null, replaces: false };
    // `sent.more` answers to come say "cut for time" (the rest of the rules on the next lint).
    if (type === 'cs:lint') return { count: 0, worst: null, name: 'Heard: no hints, open', ranges: [], ...(sent.more-- > 0 ? { more: true } : {}) };
    if (type === 'cs:dock') return {};
    return undefined;
  }),
  receive: vi.fn((type: string, _from: string, handler: (data: unknown) => unknown) => sent.handlers.set(type, handler)),
}));
const detected = vi.hoisted(() => ({ n: 0 }));
vi.mock('@/lib/adapters/registry', async (orig) => {
  const real = await orig<typeof import('@/lib/adapters/registry')>();
  return {
    ...real,
    adapterFor: (...a: Parameters<typeof real.adapterFor>) => {
      detected.n++;
      return real.adapterFor(...a);
    },
  };
});

const { default: definition } = await import('@/entrypoints/content/index');

/** Selector queries on any document or element: how the content script reads a page. */
const reads = { n: 0 };
const spied: { mockRestore(): void }[] = [];
for (const proto of [Document.prototype, Element.prototype, DocumentFragment.prototype] as const) {
  for (const m of ['querySelector', 'querySelectorAll', 'getElementsByClassName'] as const) {
    const orig = (proto as unknown as Record<string, (...a: unknown[]) => unknown>)[m];
    if (typeof orig !== 'function') continue;
    const spy = vi.spyOn(proto as unknown as Record<string, (...a: unknown[]) => unknown>, m).mockImplementation(function (this: unknown, ...a: unknown[]) {
      reads.n++;
      return orig.apply(this, a);
    });
    spied.push(spy);
  }
}
afterAll(() => spied.forEach((s) => s.mockRestore()));

let stop: (() => void) | undefined;
function startHeard(): void {
  const abort = new AbortController();
  // The part of WXT's context the content script uses: listeners that stop with it, its state.
  const ctx = {
    isInvalid: false,
    verifyScriptStartedEvent: () => true,
    notifyInvalidated: () => abort.abort(),
    onInvalidated: (fn: () => void) => abort.signal.addEventListener('abort', fn),
    addEventListener: (t: EventTarget, type: string, fn: EventListener, opts?: AddEventListenerOptions) =>
      t.addEventListener(type, fn, { ...opts, signal: abort.signal }),
    requestAnimationFrame: (fn: FrameRequestCallback) => requestAnimationFrame(fn),
  } as unknown as ContentScriptContext;
  stop = () => ((ctx as { isInvalid: boolean }).isInvalid = true, abort.abort());
  definition.main(ctx);
}

beforeEach(() => {
  const link = document.createElement('a');
  link.href = '#x';
  link.id = 'link';
  link.textContent = 'Orders';
  const thread = document.createElement('div');
  thread.className = 'thread';
  thread.textContent = 'Where is my parcel?';
  const reply = document.createElement('textarea');
  reply.id = 'reply';
  document.body.replaceChildren(link, thread, reply);
  history.replaceState(null, '', '/tickets/7');
  sent.calls = [];
  sent.more = 0;
  sent.handlers.clear();
  detected.n = 0;
});
afterEach(() => {
  stop?.();
  (document.activeElement as HTMLElement | null)?.blur();
  document.querySelectorAll('heard-root').forEach((h) => h.remove());
});

const settled = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const waitFor = async (what: string, ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!ok()) throw new Error(`timed out: ${what}`);
};

test('at start it only listens: no adapter, no message, no page read; its empty host is in the page', async () => {
  reads.n = 0;
  startHeard();
  await settled();
  expect(reads.n).toBe(0);
  expect(detected.n).toBe(0);
  expect(sent.calls).toEqual([]);
  const host = document.querySelector('heard-root');
  expect(host).not.toBeNull();
  expect(host!.childNodes.length).toBe(0);
  // The rep reads the page, clicks a link: still nothing.
  reads.n = 0;
  (document.getElementById('link') as HTMLElement).focus();
  document.body.click();
  window.dispatchEvent(new Event('scroll'));
  await settled();
  expect(reads.n).toBe(0);
  expect(detected.n).toBe(0);
  expect(sent.calls).toEqual([]);
});

test('the first focus in an editable starts it: the adapter, the recipe, then the first lint', async () => {
  startHeard();
  await settled();
  expect(detected.n).toBe(0);
  (document.getElementById('reply') as HTMLTextAreaElement).focus();
  expect(detected.n).toBe(1);
  await waitFor('the first lint', () => sent.calls.includes('cs:lint'));
  expect(sent.calls[0]).toBe('cs:recipe');
  // Once: a second focus does not start it again.
  (document.getElementById('link') as HTMLElement).focus();
  (document.getElementById('reply') as HTMLTextAreaElement).focus();
  expect(sent.calls.filter((c) => c === 'cs:recipe')).toHaveLength(1);
});

test('started while the rep is already in a reply box (enabled in an open tab): it starts at once', async () => {
  (document.getElementById('reply') as HTMLTextAreaElement).focus();
  startHeard();
  expect(detected.n).toBe(1);
  await waitFor('the first lint', () => sent.calls.includes('cs:lint'));
});

test('a message from the background (the panel shortcut) starts it too', async () => {
  startHeard();
  await settled();
  expect(sent.calls).toEqual([]);
  await sent.handlers.get('tab:togglePanel')?.({});
  expect(detected.n).toBeGreaterThan(0);
  await waitFor('the recipe asked', () => sent.calls.includes('cs:recipe'));
});

describe('a lint cut for time (`more`): the same draft is asked again for the rest', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const lints = () => sent.calls.filter((c) => c === 'cs:lint').length;

  test('until an answer is whole, with no input from the rep; then nothing more', async () => {
    sent.more = 3;
    startHeard();
    (document.getElementById('reply') as HTMLTextAreaElement).focus();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(lints()).toBe(4);
  });

  test('bounded: a machine that never catches up gets ten more lints, not a loop', async () => {
    sent.more = Infinity;
    startHeard();
    (document.getElementById('reply') as HTMLTextAreaElement).focus();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(lints()).toBe(11);
  });
});
