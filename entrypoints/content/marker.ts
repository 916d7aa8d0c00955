import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { plural, t } from '@/lib/i18n';

/**
 * The small in-page marker beside the reply box, and the frame the panel opens in. Both live in a
 * CLOSED shadow root on a fixed-position host appended to <html>: nothing shifts the helpdesk's
 * layout, the page's scripts cannot reach inside, and keyboard events stop at the shadow root so
 * the helpdesk's own shortcuts do not fire while the rep uses the marker.
 */
export interface Marker {
  setCount(count: number, worst: 'info' | 'suggest' | 'warn' | null): void;
  /** Places the marker at the reply box's bottom-right corner, or hides it (null). */
  anchorTo(el: HTMLElement | null): void;
  openPanel(): void;
  closePanel(): void;
  togglePanel(): void;
  isPanelOpen(): boolean;
  destroy(): void;
}

// Compact on purpose: the content script's budget counts every byte (template text is not minified).
const STYLE = `:host{all:initial}
.marker{position:fixed;z-index:1;display:none;align-items:center;gap:6px;height:28px;padding:0 10px 0 8px;border-radius:14px;cursor:pointer;font:600 12px/1 system-ui,sans-serif;color:#1f3a33;background:#eef5f2;border:1px solid #b9d4ca;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.marker[data-visible="true"]{display:inline-flex}
.marker:focus-visible{outline:3px solid #2f6f5e;outline-offset:2px}
.marker .dot{width:8px;height:8px;border-radius:50%;background:#7fa99a}
.marker[data-worst="suggest"] .dot{background:#c9a227}
.marker[data-worst="warn"] .dot{background:#c46a3a}
.frame{position:fixed;z-index:2;right:16px;bottom:16px;width:min(400px,calc(100vw - 32px));height:min(640px,calc(100vh - 32px));border:1px solid #c9d3cf;border-radius:12px;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.18);color-scheme:normal}
@media(prefers-color-scheme:dark){.marker{color:#d9efe7;background:#1f2b27;border-color:#3b5a50}.marker:focus-visible{outline-color:#7cc4ab}.frame{background:#1d2127;border-color:#3a4048}}
@media(prefers-reduced-motion:no-preference){.marker{transition:background-color .2s ease}}`;

// Events that must not reach the page's own listeners from inside our UI.
const CONTAINED = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'];

export function createMarker(ctx: ContentScriptContext, onToggle: (open: boolean) => void): Marker {
  const host = document.createElement('heard-root');
  host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646');
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
  let anchor: HTMLElement | null = null;
  let count = 0;
  let rafPending = false;

  const setName = (): void => {
    const name = plural(count, 'markerOne', 'markerMany', 'markerNone');
    button.setAttribute('aria-label', name);
    button.title = name;
    label.textContent = String(count);
  };
  setName();

  const place = (): void => {
    rafPending = false;
    if (!anchor || !anchor.isConnected) {
      button.dataset.visible = 'false';
      return;
    }
    let el: Element = anchor;
    const frameOf = (e: Element): Element | null | undefined => e.ownerDocument.defaultView?.frameElement;
    // An editor that is the whole body of an iframe (CKEditor 4, TinyMCE): the frame is its box.
    if (el === el.ownerDocument.body) el = frameOf(el) ?? el;
    let { top, right, bottom } = el.getBoundingClientRect();
    // An editor inside (same-origin) iframes: into this window's coordinates, clipped to each frame.
    for (let f = frameOf(el); f; f = frameOf(f)) {
      const o = f.getBoundingClientRect();
      top += o.top + f.clientTop;
      right = Math.min(right + o.left + f.clientLeft, o.right);
      bottom = Math.min(bottom + o.top + f.clientTop, o.bottom);
    }
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

  const open = (): void => {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.className = 'frame';
    frame.title = t('panelFrameTitle');
    frame.src = browser.runtime.getURL('/panel.html');
    frame.addEventListener('load', () => frame?.focus(), { once: true });
    shadow.append(frame);
    button.setAttribute('aria-expanded', 'true');
    onToggle(true);
  };
  const close = (): void => {
    if (!frame) return;
    frame.remove();
    frame = null;
    button.setAttribute('aria-expanded', 'false');
    onToggle(false);
  };

  ctx.addEventListener(button, 'click', () => (frame ? close() : open()));
  ctx.addEventListener(window, 'scroll', schedulePlace, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedulePlace, { passive: true });
  document.documentElement.append(host);

  return {
    setCount(n, worst) {
      count = n;
      if (worst) button.dataset.worst = worst;
      else delete button.dataset.worst;
      setName();
    },
    anchorTo(el) {
      anchor = el;
      schedulePlace();
    },
    openPanel: open,
    closePanel: close,
    togglePanel: () => (frame ? close() : open()),
    isPanelOpen: () => frame !== null,
    destroy() {
      host.remove();
    },
  };
}
