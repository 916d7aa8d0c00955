import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '@/lib/i18n';
import type { Dock } from '@/lib/messaging/dock';
import { sendMessage } from '@/lib/messaging/content';
import type { Severity } from '@/lib/guidance/hint';
import { PANEL_READY } from '@/lib/panel-ready';

/**
 * The small in-page marker beside the reply box, and the frame the panel opens in. Both live in a
 * CLOSED shadow root on a fixed-position host appended to <html>: nothing shifts the helpdesk's
 * layout, the page's scripts cannot reach inside, and keyboard events stop at the shadow root so
 * the helpdesk's own shortcuts do not fire while the rep uses the marker.
 */
export interface Marker {
  /** `name`: the marker's accessible name for this count, in the rep's language, from the background
   * (a first i18n.getMessage in a Chromium content script costs ~30 ms of the page's main thread). */
  setCount(count: number, worst: Severity | null, name?: string): void;
  /** Places the marker at the reply box's bottom-right corner, or hides it (null). */
  anchorTo(el: HTMLElement | null): void;
  /** `hint`: the panel opens at that hint (More on the card at the words). */
  openPanel(hint?: string): void;
  closePanel(): void;
  togglePanel(): void;
  isPanelOpen(): boolean;
  /** The rep changed the panel's place for this site (collapse, side, width): place it again. */
  redock(): void;
  destroy(): void;
}

type Box = { left: number; top: number; right: number; bottom: number };
const area = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const frameOf = (e: Element): Element | null | undefined => e.ownerDocument.defaultView?.frameElement;
/** An element's box in this window's coordinates, through (same-origin) iframes, clipped to each. */
const boxOf = (e: Element): Box => {
  // An editor that is the whole body of an iframe (CKEditor 4, TinyMCE): the frame is its box.
  if (e === e.ownerDocument.body) e = frameOf(e) ?? e;
  let { left, top, right, bottom } = e.getBoundingClientRect();
  for (let f = frameOf(e); f; f = frameOf(f)) {
    const o = f.getBoundingClientRect();
    const x = o.left + f.clientLeft;
    const y = o.top + f.clientTop;
    left = Math.max(left + x, o.left);
    top = Math.max(top + y, o.top);
    right = Math.min(right + x, o.right);
    bottom = Math.min(bottom + y, o.bottom);
  }
  return { left, top, right, bottom };
};
/** The reply box's send button, found generically: the first button after it (near it) that says
 * send/reply/submit/post, or its form's submit. */
const sendOf = (c: Element): Element | null => {
  if (c === c.ownerDocument.body) c = frameOf(c) ?? c;
  let p = c.parentElement;
  for (let i = 0; p && i < 6; i++, p = p.parentElement)
    for (const b of p.querySelectorAll('button,[type=submit],[role=button]'))
      if (b.compareDocumentPosition(c) & 2 && /send|reply|submit|post/i.test(`${b.textContent} ${b.getAttribute('aria-label')} ${(b as HTMLInputElement).value}`)) return b;
  return c.closest('form')?.querySelector('[type=submit]') ?? null;
};
const GAP = 8;
const STRIP = 44;
const MIN_W = 240;

// Compact on purpose: the content script's budget counts every byte (template text is not minified).
const STYLE = `:host{all:initial}
.marker{position:fixed;z-index:1;display:none;align-items:center;gap:6px;height:28px;padding:0 10px 0 8px;border-radius:14px;cursor:pointer;font:600 12px/1 system-ui,sans-serif;color:#1f3a33;background:#eef5f2;border:1px solid #b9d4ca;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.marker[data-visible="true"]{display:inline-flex}
.marker:focus-visible{outline:3px solid #2f6f5e;outline-offset:2px}
.marker .dot{width:8px;height:8px;border-radius:50%;background:#7fa99a}
.marker[data-worst="suggest"] .dot{background:#c9a227}
.marker[data-worst="warn"] .dot{background:#c46a3a}
.frame{position:fixed;z-index:2;box-sizing:border-box;border:1px solid #c9d3cf;border-radius:12px;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.18);color-scheme:normal}
@media(prefers-color-scheme:dark){.marker{color:#d9efe7;background:#1f2b27;border-color:#3b5a50}.marker:focus-visible{outline-color:#7cc4ab}.frame{background:#1d2127;border-color:#3a4048}}
@media(prefers-reduced-motion:no-preference){.marker{transition:background-color .2s ease}}`;

// Events that must not reach the page's own listeners from inside our UI.
const CONTAINED = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'];

/** The marker's host, empty: put in the page at start (a page, or a test, sees Heard started);
 * createMarker fills it when the rep first needs it (issue 13 point 8: start costs next to nothing). */
export function markerHost(): HTMLElement {
  const host = document.createElement('heard-root');
  host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646');
  document.documentElement.append(host);
  return host;
}

export function createMarker(ctx: ContentScriptContext, host: HTMLElement, onToggle: (open: boolean) => void): Marker {
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'marker';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const dot = document.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.setAttribute('aria-hidden', 'true');
  button.append(dot, label);
  shadow.append(style, button);
  for (const type of CONTAINED) shadow.addEventListener(type, (e) => e.stopPropagation());

  let frame: HTMLIFrameElement | null = null;
  let unlisten = (): void => {};
  let anchor: HTMLElement | null = null;
  let rafPending = false;

  // Unnamed until the first lint's answer names it: it stays hidden until then.
  let named = false;
  const setName = (name: string): void => {
    named = true;
    button.setAttribute('aria-label', name);
    button.title = name;
  };

  const place = (): void => {
    rafPending = false;
    if (!anchor || !anchor.isConnected || !named) {
      button.dataset.visible = 'false';
      return;
    }
    const { top, right, bottom } = boxOf(anchor);
    const visible = bottom > top && bottom > 0 && top < window.innerHeight;
    button.dataset.visible = String(visible);
    if (!visible) return;
    // Inside the reply box's bottom-right corner, clear of its scrollbar.
    const x = Math.min(window.innerWidth - 8, right) - 12;
    const y = Math.min(window.innerHeight - 8, bottom) - 8;
    button.style.left = `${Math.round(x)}px`;
    button.style.top = `${Math.round(y)}px`;
    button.style.transform = 'translate(-100%, -100%)';
  };
  const schedulePlace = (): void => {
    if (rafPending) return;
    rafPending = true;
    requestAnimationFrame(place);
  };

  // The panel docks where it covers least of the reply box, its send button, the thread above it
  // (most its last lines: the customer's latest message) and the page's own controls (a ticket
  // list, navigation: what the rep clicks next), measured now from the page's layout; it narrows,
  // or collapses to a strip, rather than cover the reply box or the send button.
  let dock: Dock = {};
  let where = '';
  // More on a card: the panel shows (expanded, even from the strip) until the rep changes its place or closes it.
  let more = false;
  let hint = '';
  const url = browser.runtime.getURL('/panel.html');
  const layout = (): void => {
    if (!frame) return;
    // Not over the page's own scrollbar.
    const W = document.documentElement.clientWidth || innerWidth;
    const H = innerHeight;
    const work: [Box, number][] = [];
    if (anchor?.isConnected) {
      const c = boxOf(anchor);
      const s = sendOf(anchor);
      work.push([c, 4], [{ ...c, top: 0, bottom: c.top }, 1], [{ ...c, top: c.top - 240, bottom: c.top }, 2]);
      if (s) work.push([boxOf(s), 4]);
    }
    let n = 0;
    for (const e of document.querySelectorAll('a[href],button,select,input,[role=link],[role=button],[role=tab]')) {
      if (n++ > 600) break;
      const b = e.getBoundingClientRect();
      if (b.width && b.bottom > 0 && b.top < H) work.push([b, 2]);
    }
    const cost = (r: Box, must?: 1): number => work.reduce((n, [b, k]) => n + (must && k < 4 ? 0 : k * area(r, b)), 0);
    const at = (side: string, w: number, top = GAP, h = H - 2 * GAP): Box => {
      const left = side === 'left' ? GAP : W - GAP - w;
      return { left, top, right: left + w, bottom: top + h };
    };
    // Each side's widest panel that leaves the reply box and Send free.
    const fit = (s: string): number => {
      let w = Math.min(dock.w ?? 400, W - 2 * GAP);
      while (w >= MIN_W && cost(at(s, w), 1)) w -= 10;
      return w;
    };
    // A side that fits: what it covers, and the width it gives up; else what a full panel would cover.
    const score = (s: string): number => {
      const w = fit(s);
      return w < MIN_W ? 1e12 + cost(at(s, 400)) : cost(at(s, w)) + ((400 - w) * H) / 2;
    };
    const sides = dock.s ? [dock.s] : ['right', 'left'].sort((a, b) => score(a) - score(b));
    let box: Box | undefined;
    if (!dock.c || more)
      for (const s of sides) {
        const w = fit(s);
        if (w >= MIN_W && (box = at(s, w))) break;
      }
    // The rep pressed Expand on the strip (f): the panel they asked for, on the side where it
    // covers least, rather than a strip that cannot open. Until the panel closes.
    if (!box && (dock.f || more)) box = at(sides[0]!, Math.max(MIN_W, Math.min(dock.w ?? 400, W - 2 * GAP)));
    const collapsed = !box;
    if (!box) {
      const h = Math.min(220, H - 2 * GAP);
      const tries = [...sides, 'right', 'left'].flatMap((s) => [at(s, STRIP, GAP, h), at(s, STRIP, H - GAP - h, h)]);
      box = tries.sort((a, b) => cost(a) - cost(b)).find((r) => !cost(r, 1)) ?? tries[0]!;
    }
    frame.style.cssText = `left:${box.left}px;top:${box.top}px;width:${box.right - box.left}px;height:${box.bottom - box.top}px`;
    // Tell the panel where it is: in its first address, later by a message (changing the frame's
    // address would reload it). To any origin: Chrome's dynamic panel URL is not the frame's
    // origin, and the message is only a side and a state.
    where = `${box.left < W / 2 ? 'left' : 'right'}${collapsed ? '-c' : ''}`;
    // The hint More opened it at, too: the panel may not listen yet when the frame loads.
    if (!frame.src) frame.src = `${url}#${where}${hint && `|hint:${encodeURIComponent(hint)}`}`;
    else post(where);
  };

  // The rep's choice for this site (another tab may have changed it since).
  const redock = (f = frame): void =>
    void sendMessage('cs:dock', {})
      .then((d) => (dock = dock.f && !d.c ? { ...d, f: true } : d), () => {})
      .then(() => {
        if (frame !== f || !f) return;
        layout();
        if (!f.isConnected) shadow.append(f);
      });
  const post = (m: string): void => frame?.contentWindow?.postMessage(m, '*');
  const open = (h?: string): void => {
    hint = h ?? '';
    if (h) more = true;
    if (frame) {
      if (h) {
        layout();
        frame.focus();
        post(`hint:${h}`);
      }
      return;
    }
    const f = (frame = document.createElement('iframe'));
    f.className = 'frame';
    f.title = t('panelFrameTitle');
    f.addEventListener('load', () => f.focus(), { once: true });
    // The panel page says when it listens, and hears where its frame is now: a place posted before
    // that is lost (Expand pressed while it loaded), and its first address may be out of date.
    // Heard only listens to the page's messages while its frame is open.
    const listening = new AbortController();
    window.addEventListener('message', (e) => void (frame === f && e.source === f.contentWindow && e.data === PANEL_READY && post(where)), { signal: listening.signal });
    unlisten = () => listening.abort();
    button.setAttribute('aria-expanded', 'true');
    onToggle(true);
    redock(f);
  };
  const close = (): void => {
    if (!frame) return;
    frame.remove();
    frame = null;
    unlisten();
    dock = {};
    more = false;
    button.setAttribute('aria-expanded', 'false');
    onToggle(false);
  };

  ctx.addEventListener(button, 'click', () => (frame ? close() : open()));
  ctx.addEventListener(window, 'scroll', schedulePlace, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => (schedulePlace(), layout()), { passive: true });

  return {
    setCount(n, worst, name) {
      if (worst) button.dataset.worst = worst;
      else delete button.dataset.worst;
      label.textContent = String(n);
      if (name) setName(name);
      schedulePlace();
    },
    anchorTo(el) {
      anchor = el;
      schedulePlace();
    },
    openPanel: open,
    closePanel: close,
    togglePanel: () => (frame ? close() : open()),
    isPanelOpen: () => frame !== null,
    redock: () => ((more = false), redock()),
    destroy() {
      unlisten();
      host.remove();
    },
  };
}
