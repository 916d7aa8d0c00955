// @vitest-environment jsdom
// The framed panel's place reaches the panel page even when it changed before the page listened
// (Expand pressed while the panel loaded): the page says "ready", the content script answers with
// where the frame is now. It answers only its own frame, and stops listening when the frame closes.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PANEL_READY } from '@/lib/panel-ready';

const dock = vi.hoisted(() => ({ next: {} as Record<string, unknown> }));
vi.mock('@/lib/messaging/content', () => ({
  sendMessage: vi.fn(async (type: string) => (type === 'cs:dock' ? dock.next : undefined)),
  receive: vi.fn(),
}));

const { createMarker, markerHost } = await import('@/entrypoints/content/marker');

const ctx = {
  addEventListener: (t: EventTarget, type: string, fn: EventListener, opts?: AddEventListenerOptions) => t.addEventListener(type, fn, opts),
} as unknown as ContentScriptContext;

const waitFor = async (what: string, ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!ok()) throw new Error(`timed out: ${what}`);
};

test('the panel page says it listens: the content script tells it the place now, only its own frame, only while open', async () => {
  // The marker's shadow root is closed: catch the frame as it is made.
  const made: HTMLIFrameElement[] = [];
  const create = document.createElement.bind(document);
  const spy = vi.spyOn(document, 'createElement').mockImplementation(((tag: string, o?: ElementCreationOptions) => {
    const e = create(tag, o);
    if (e instanceof HTMLIFrameElement) made.push(e);
    return e;
  }) as typeof document.createElement);
  const marker = createMarker(ctx, markerHost(), () => {});
  try {
    dock.next = { c: true };
    marker.openPanel();
    await waitFor('the frame in the page', () => made[0]?.isConnected === true);
    const frame = made[0]!;
    expect(frame.src).toMatch(/#right-c$/);
    // jsdom gives a frame in a shadow tree no window: the panel page's window, as the page sees it.
    const posted: unknown[] = [];
    const panelWindow = { postMessage: (m: unknown) => void posted.push(m) } as unknown as Window;
    Object.defineProperty(frame, 'contentWindow', { configurable: true, get: () => panelWindow });
    // The rep pressed Expand while the panel page loaded: its message has no listener yet.
    dock.next = { c: false, f: true };
    marker.redock();
    await waitFor('expanded', () => posted.length > 0);
    expect(posted).toEqual(['right']);
    // Another window saying the word gets nothing; the frame's own page does.
    window.dispatchEvent(new MessageEvent('message', { data: PANEL_READY, source: window }));
    window.dispatchEvent(new MessageEvent('message', { data: 'something else', source: panelWindow }));
    expect(posted).toEqual(['right']);
    window.dispatchEvent(new MessageEvent('message', { data: PANEL_READY, source: panelWindow }));
    expect(posted).toEqual(['right', 'right']);
    // Closed: no longer listening.
        marker.closePanel();
    window.dispatchEvent(new MessageEvent('message', { data: PANEL_READY, source: panelWindow }));
    expect(posted).toEqual(['right', 'right']);
  } finally {
    spy.mockRestore();
    marker.destroy();
  }
});
