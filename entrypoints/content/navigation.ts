import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** After a click or key in a page without the Navigation API, how long the URL is looked at. */
const AFTER_INPUT_MS = 1000;

/**
 * Calls onChange when the page's URL changes without a reload (a single-page helpdesk switching
 * tickets), at no cost while the rep does nothing: no polling, no observer on the document.
 * - The Navigation API's `currententrychange` (Chromium; Firefox 147+) fires for every
 *   same-document navigation, pushState included, once the new URL is in place. (WXT's
 *   `wxt:locationchange` fires on `navigate`, before the URL changes, and polls once a second
 *   where the API is missing: a second is too slow and polling is work while idle.)
 * - `popstate` and `hashchange` everywhere.
 * - Without the Navigation API a pushState fires nothing, so after a click or a key press in
 *   the page (what makes a rep's helpdesk switch tickets) the URL is compared once per frame for
 *   a second: a string comparison, only after the rep did something.
 */
export function watchNavigation(ctx: ContentScriptContext, onChange: () => void): void {
  let href = location.href;
  const check = (): boolean => {
    if (location.href === href) return false;
    href = location.href;
    onChange();
    return true;
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof nav?.addEventListener === 'function') ctx.addEventListener(nav, 'currententrychange', check);
  ctx.addEventListener(window, 'popstate', check);
  ctx.addEventListener(window, 'hashchange', check);
  if (nav) return;
  let until = 0;
  let looping = false;
  const tick = (): void => {
    if (!check() && performance.now() < until) ctx.requestAnimationFrame(tick);
    else looping = false;
  };
  const afterInput = (e: Event): void => {
    // Typing a character switches no ticket: no per-frame check while the rep writes.
    const k = e as KeyboardEvent;
    if (k.key?.length === 1 && !k.ctrlKey && !k.altKey && !k.metaKey) return;
    until = performance.now() + AFTER_INPUT_MS;
    if (looping) return;
    looping = true;
    ctx.requestAnimationFrame(tick);
  };
  for (const type of ['click', 'keyup'] as const) {
    ctx.addEventListener(document, type, afterInput, { capture: true, passive: true });
  }
}

/** How long after a URL change the page may take to show the new ticket (real helpdesks fetch it). */
const SETTLE_MS = 2000;

/**
 * After a URL change: once per frame, asks `key()` (the adapter's conversation key, a few selector
 * reads) until it differs from `before`, then calls `done`; or calls it when the page took longer
 * than SETTLE_MS. Returns a function that cancels the wait (a newer switch started).
 */
export function settle(ctx: ContentScriptContext, before: string, key: () => string, done: () => void): () => void {
  const end = performance.now() + SETTLE_MS;
  let stopped = false;
  const tick = (): void => {
    if (stopped) return;
    if (key() !== before || performance.now() > end) done();
    else ctx.requestAnimationFrame(tick);
  };
  tick();
  return () => {
    stopped = true;
  };
}
