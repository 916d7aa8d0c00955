import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTENT_MATCHES } from '@/lib/adapters/hosts';
import { adapterFor, generic as genericAdapter, type SiteRecipe } from '@/lib/adapters/registry';
import { recipeAdapter } from '@/lib/adapters/recipe';
import type { Adapter, ThreadMessage } from '@/lib/adapters/types';
import { readDraft, type DraftSnapshot } from '@/lib/editors/text';
import { isEditable } from '@/lib/editors/dom';
import { caretIn, focusAt, insertAtCaret } from '@/lib/editors/insert';
import { receive, sendMessage, type LintResult } from '@/lib/messaging/content';
import { capThread, DRAFT_MAX } from '@/lib/messaging/limits';
import { createMarker, markerHost, type Marker } from './marker';
import { clearHighlights, restHighlights, showHighlights } from './highlight';
import { settle, watchNavigation } from './navigation';
import { countMatches } from './selector-count';
import { createCards, type Item } from './card';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  // WXT would post "<extension id>:content:wxt:content-script-started" to the page: its id to any page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      start(ctx);
    } catch {
      // Fail closed: a page that broke our assumptions gets no hints, and no error of ours.
    }
  },
});

/** Typing pause after which the draft is linted: a hint shows ~130 ms after the last keystroke
 * (target 150 ms). The pause is the slot: an idle callback after it waited its whole timeout on
 * every pause (Chromium grants no idle period while the typed text's frames are pending). */
const PAUSE_MS = 120;
/** A lint cut for time (`more`: a busy machine, heavy packs) is asked again for its rest, at most
 * this many times after the rep's last input: the background goes on where it stopped, one time
 * budget at a time, so the rep gets every hint of the draft and the work stays bounded. */
const MORE_MAX = 10;

/**
 * The content script finds the reply box, reads the draft after a typing pause (never on the
 * keystroke), and asks the background to lint it; it marks what comes back. It
 * does nothing while the rep is not typing: no timers, no polling, no observer on the document.
 *
 * At page start it only listens (issue 13 point 8: start ≤ 5 ms of the page's main thread): it
 * reads nothing of the page, asks the background nothing, and finds its adapter, the recipe, the
 * reply box and the thread when the rep comes to an editable (the pointer onto it, or the focus in
 * it; or a first input, focus moving into a same-origin iframe, a message from the background), or
 * at once when an editable already has the focus (Heard started in an open tab). `boot` is that
 * moment.
 */
function start(ctx: ContentScriptContext): void {
  const here = (): URL => new URL(location.href);
  // A team's or a taught site recipe for this page, when the background holds one (asked at boot
  // and after a recipe is saved: tab:refresh).
  let team: SiteRecipe | null = null;
  // Until boot: the generic adapter (no page read); boot finds the page's own.
  let adapter: Adapter = genericAdapter;
  let booted = false;
  let composer: HTMLElement | null = null;
  let lastKey = '';
  let lastTicket = '';
  let stopSettle = (): void => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let savedCaret: Range | null = null;
  // The rep's own input since the last lint (trusted, with the browser's user activation).
  let rep = false;
  // Lints asked again for their rest (MORE_MAX) since the rep's last input.
  let more = 0;

  // WXT stops a running copy when a DOM event named after our id says a newer one started: any page
  // can dispatch that. Only our isolated world stops us: a newer copy, or the background's detach,
  // calls heardStop on the world's global (which no page script can reach).
  ctx.verifyScriptStartedEvent = () => false;
  const world = globalThis as { heardStop?: () => void; heardComposer?: Element };
  world.heardStop?.();
  world.heardStop = () => ctx.notifyInvalidated();

  // The marker's host is in the page from the start; the marker itself is made at first use.
  const host = markerHost();
  let made: Marker | null = null;
  const marker = (): Marker => (made ??= createMarker(ctx, host, () => {}));
  // The card at the words: its More opens the panel at its hint; after its Replace or Insert the draft is linted again.
  const cards = createCards(ctx, (h) => marker().openPanel(h), () => schedule(0));
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    clearTimeout(confirm);
    clearHighlights();
    host.remove();
    cards.close();
  });

  // A single-page helpdesk may not show a ticket yet when we start (its app renders after
  // document_idle, or the rep opens a list first): until an adapter recognises the page, ask again.
  const pickAdapter = (): void => {
    if (adapter !== genericAdapter) return;
    adapter = adapterFor(here(), document, team);
    if (adapter !== genericAdapter) composer = null;
  };
  const askRecipe = async (): Promise<void> => {
    try {
      const { recipe, replaces } = await sendMessage('cs:recipe', {});
      team = recipe ? { adapter: recipeAdapter(recipe), replaces } : null;
      adapter = adapterFor(here(), document, team);
      composer = null;
    } catch {
      // No answer (the extension was updated under us): the built-in adapters read the page.
    }
  };
  const findComposer = (): HTMLElement | null => {
    const generic = adapter === genericAdapter;
    if (composer?.isConnected && !generic) return composer;
    // Generic mode: the focused editable; while focus visits Heard's panel, the last one.
    composer = adapter.composer(document) ?? (generic && composer?.isConnected ? composer : null);
    return composer;
  };

  // Self-check (issue 13): an adapter or recipe that recognises a ticket here but finds no reply box
  // or no messages says so (popup, panel, marker), with each selector's match count, never page text.
  // A helpdesk may render its thread after the reply box: a problem is reported only when it is
  // still there 1.5 s later (one timer, then nothing until the next lint).
  let lastCheck = 'ok';
  let confirm: ReturnType<typeof setTimeout> | undefined;
  const selfCheck = (box: Element | null, messages: number, ticket: unknown, confirmed = false): void => {
    const bad = adapter !== genericAdapter && !!ticket && (!box || messages === 0);
    const sig = bad ? `${adapter.id}|${!box}|${messages === 0}` : 'ok';
    clearTimeout(confirm);
    if (sig === lastCheck) return;
    if (bad && !confirmed) {
      confirm = setTimeout(() => {
        if (!ctx.isInvalid) selfCheck(adapter.composer(document), adapter.thread(document).length, adapter.detect(here(), document), true);
      }, 1500);
      return;
    }
    lastCheck = sig;
    const counts = adapter.selectors
      ? adapter.selectors.slice(0, 40).map(([what, selector]) => ({ what, selector: selector.slice(0, 300), count: countMatches(document, selector) }))
      : [{ what: 'composer', selector: '(code)', count: box ? 1 : 0 }, { what: 'messages', selector: '(code)', count: messages }];
    void sendMessage('cs:selfcheck', bad ? { site: adapter.id, noComposer: !box, noMessages: messages === 0, counts } : { ok: true, site: adapter.id }).catch(() => {});
  };

  const run = async (force = false): Promise<void> => {
    if (ctx.isInvalid) return;
    pickAdapter();
    const el = findComposer();
    marker().anchorTo(el);
    if (!el) {
      if (adapter !== genericAdapter) selfCheck(null, adapter.thread(document).length, adapter.detect(here(), document));
      return;
    }
    // Where the background's generic reader finds the reply box (lib/adapters/generic-reader.ts).
    world.heardComposer = el;
    watch(el.ownerDocument);
    // The card's keys and pointer, once there is a reply box (not while the rep only reads the page).
    cards.listen(document);
    cards.listen(el.ownerDocument);
    const ticket = adapter.detect(here(), document);
    lastTicket = String(ticket?.key);
    const snap: DraftSnapshot = readDraft(el);
    // Bounded whatever the page holds (the background refuses more): ranges past the cut are not marked.
    const thread: ThreadMessage[] = capThread(adapter.thread(document));
    selfCheck(el, thread.length, ticket);
    const last = thread[thread.length - 1];
    // Lint only when something the rules look at changed.
    const key = `${ticket?.key}|${thread.length}|${last?.text.length ?? 0}|${snap.text}`;
    if (key === lastKey && !force) return;
    lastKey = key;
    // The rep's own input since the last lint sent goes with this one (a lint skipped for no change keeps it).
    const trusted = rep;
    rep = false;
    let res: LintResult;
    try {
      const customer = adapter.customer(document);
      res = await sendMessage('cs:lint', { site: adapter.id, ticket, customer, draft: snap.text.slice(0, DRAFT_MAX), thread, trusted });
    } catch {
      return; // the extension was updated or stopped under us: fail closed
    }
    // A newer lint of ours took its place: the rep's own input it carried goes with the next one
    // (a page-caused lint may be the newer one; the rep's typing must not be lost to it).
    if (res.dropped) {
      if (trusted) {
        rep = true;
        schedule(PAUSE_MS, true);
      }
      return;
    }
    if (snap.text !== readDraft(el).text) {
      // The rep typed on; the next pause lints again, even if it ends on this same text.
      lastKey = '';
      return;
    }
    marker().setCount(res.count, res.worst, res.name);
    const ranges: Range[] = [];
    const kinds: string[] = [];
    const items: Item[] = [];
    for (const r of res.ranges) {
      const range = snap.toRange(r.start, r.end);
      items.push({ start: r.start, end: r.end, range });
      if (range) {
        ranges.push(range);
        kinds.push(r.s ?? 'warn');
      }
    }
    cards.set(el, items);
    showHighlights(ranges, el.ownerDocument, kinds);
    // Cut for time: the same draft again, after a pause's worth, for the rules not reached yet.
    if (res.more && more < MORE_MAX) {
      more++;
      if (trusted) rep = true;
      schedule(PAUSE_MS, true);
    }
  };

  // Work happens only after the rep pauses typing: never on the keystroke itself.
  const schedule = (delay = PAUSE_MS, force = false): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(force), delay);
  };

  const inComposer = (e: Event): boolean => {
    const el = findComposer();
    return !!el && e.composedPath().includes(el);
  };

  // Events inside an iframe do not reach this document, and focus moving into one fires no focusin
  // here, only a blur of this window (Chromium then names the iframe as activeElement, Firefox does
  // not yet): editors that edit in a same-origin iframe (CKEditor 4, TinyMCE, any iframe composer)
  // get the same listeners on each same-origin iframe's document, once per document: at start and
  // at each blur of this window (iframes added or rewritten later included), or once the composer
  // is found there. No observer.
  // Keyed by the root element: document.open() (CKEditor 4 rewrites its iframe so) drops a document's
  // listeners and its root, so a rewritten document is hooked again.
  const watched = new WeakSet<Node>();
  const watch = (doc: Document | null | undefined): void => {
    const root = doc?.documentElement;
    if (!doc || !root || watched.has(root)) return;
    watched.add(root);
    ctx.addEventListener(doc, 'input', (e) => {
      // Only the rep's input: a page's synthetic events are not trusted. (A page's execCommand is,
      // but has no user activation: it lints, and counts for nothing.)
      if (!e.isTrusted) return;
      boot();
      if (!inComposer(e)) return;
      rep ||= navigator.userActivation?.isActive !== false;
      more = 0;
      // Underlines put to rest come back at the pause, even if the text ends as it was.
      if (restHighlights()) lastKey = '';
      schedule();
    }, { capture: true, passive: true });
    ctx.addEventListener(doc, 'focusin', (e) => {
      if (!e.isTrusted) return;
      if (!booted && focusable(e.composedPath()[0])) boot();
      if (booted && inComposer(e)) {
        // Back in the reply box: the caret kept when it left is stale now (the live one counts).
        savedCaret = null;
        marker().anchorTo(composer);
        schedule(0);
      }
    }, { capture: true });
    // The rep's pointer coming onto a reply box, a moment before the click: start then, so that the
    // background (its service worker sleeps when idle, and compiles the packs again when woken) is
    // awake by the focus.
    ctx.addEventListener(doc, 'pointerover', (e) => {
      if (!booted && e.isTrusted && focusable(e.composedPath()[0])) boot();
    }, { capture: true, passive: true });
    ctx.addEventListener(doc, 'focusout', (e) => {
      if (composer && inComposer(e)) savedCaret = caretIn(composer);
    }, { capture: true });
  };
  const watchFrames = (): void => {
    for (const f of document.getElementsByTagName('iframe')) {
      try {
        watch(f.contentDocument); // null when cross-origin
      } catch {
        /* cross-origin */
      }
    }
  };
  watch(document);
  watchFrames();
  ctx.addEventListener(window, 'blur', () => {
    watchFrames();
    // Focus went into a frame (Chromium names it as activeElement; Firefox's focusin in a watched
    // frame boots): its focusin may have passed before its document was hooked.
    if (!booted && document.activeElement?.tagName === 'IFRAME') boot();
    if (booted) schedule(0);
  });

  /** The rep's first step towards writing: everything that reads the page starts here, once. */
  function boot(): void {
    if (booted || ctx.isInvalid) return;
    booted = true;
    adapter = adapterFor(here(), document);
    // Single-page helpdesks switch tickets without a reload: once the page shows the new ticket
    // (its key changes), lint again at once, with the new ticket's reply box (helpdesks keep one per
    // open ticket, the old one hidden but still connected).
    watchNavigation(ctx, () => {
      stopSettle();
      composer = null;
      pickAdapter();
      stopSettle = settle(ctx, lastTicket, () => String(adapter.detect(here(), document)?.key), () => schedule(0));
    });
    void askRecipe().then(() => schedule(0));
  }

  receive('tab:insert', 'background', async ({ text }) => {
    boot();
    const el = findComposer();
    if (!el) return { ok: false };
    const caret = savedCaret;
    savedCaret = null;
    const ok = await insertAtCaret(el, text, caret);
    schedule(0);
    return { ok };
  });
  receive('tab:panel', 'background', ({ open }) => {
    boot();
    if (open) marker().openPanel();
    else {
      made?.closePanel();
      // Back to where the rep was writing.
      const el = findComposer();
      if (el) focusAt(el, savedCaret);
    }
  });
  receive('tab:togglePanel', 'background', () => (boot(), marker().togglePanel()));
  receive('tab:refresh', 'background', async () => {
    if (!booted) return boot();
    await askRecipe();
    schedule(0, true);
  });
  receive('tab:dock', 'background', () => made?.redock());

  // Started in a tab where the rep is already in a reply box (enabled on this site, an update).
  if (focusable(deepActive())) boot();
}

/** Focus here means the rep may write: an editable, or a frame (an iframe editor's document). Not
 * `instanceof Element`: an element of a same-origin iframe is another window's Element. */
const focusable = (t: EventTarget | null | undefined): boolean => {
  const el = t as Element | null | undefined;
  return el?.nodeType === 1 && (el.tagName === 'IFRAME' || isEditable(el));
};
/** The focused element, through open shadow roots (not frames: a frame is itself focusable). */
const deepActive = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};
