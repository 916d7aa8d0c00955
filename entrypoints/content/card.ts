import { isTextField } from '@/lib/editors/dom';
import { caretIn, focusAt, insertAtCaret } from '@/lib/editors/insert';
import { sendMessage } from '@/lib/messaging/content';
import type { CardMsg } from '@/lib/messaging/card';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The card at the words (issue 12, point 2): a click on underlined words, a hover that rests on
 * them, or a shortcut opens a small card beside them: title, one line of advice, Replace, Insert,
 * Dismiss, More (a click or a hover leaves the caret and the typing in the reply box; a shortcut moves focus
 * into the card). The CSS Custom Highlight API has no hit-testing: the pointer is tested against the
 * marked ranges' own boxes (exact, where caretPositionFromPoint snaps to the nearest character).
 * Shortcuts: Enter inside the words types a newline, so Alt+Shift+Enter opens the card at the
 * caret, Alt+Shift+. and Alt+Shift+, the next and previous hint (no browser or helpdesk we know
 * binds them; Alt+Shift+H is Heard's panel). The card lives in a closed shadow root, texts from the
 * background rendered as text; focus moves in, Tab cycles, Esc closes and puts the caret back.
 */
export interface Item {
  start: number;
  end: number;
  /** The words in the editor's DOM; null in a text field (no DOM text: offsets tell). */
  range: Range | null;
}
export interface Cards {
  set(el: HTMLElement, items: Item[]): void;
  listen(doc: Document): void;
  close(): void;
}

const CSS = `:host{all:initial}.c{position:fixed;z-index:2147483647;box-sizing:border-box;width:min(340px,calc(100vw - 16px));padding:10px 12px;border-radius:8px;font:13px/1.4 system-ui,sans-serif;background:#fff;color:#1d1d1f;border:1px solid #c9c9cf;box-shadow:0 4px 16px #0003}
.s{margin:0;font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#5b5b66}h2{margin:2px 0 4px;font-size:14px}p{margin:0 0 8px}.x{font-style:italic}
select{max-width:100%;margin:0 0 8px;font:inherit}.a{display:flex;flex-wrap:wrap;gap:6px}button{font:inherit;padding:4px 10px;border-radius:6px;border:1px solid #8a8a94;background:#f4f4f6;color:inherit;cursor:pointer}
button:first-child{background:#2b5fb3;border-color:#2b5fb3;color:#fff}:focus-visible{outline:2px solid #2b5fb3;outline-offset:2px}.k{margin:8px 0 0;font-size:11px;color:#5b5b66}
@media (prefers-color-scheme:dark){.c{background:#1f1f23;color:#ececf1;border-color:#4a4a52;color-scheme:dark}select{background:#2c2c32;color:#ececf1;border:1px solid #6a6a74}.s,.k{color:#a9a9b3}button{background:#2c2c32;border-color:#6a6a74}button:first-child{background:#5b8def;border-color:#5b8def;color:#0b0b0d}:focus-visible{outline-color:#8fb0ff}}`;

const HOVER_MS = 350;

export function createCards(ctx: ContentScriptContext, openPanel: (hint: string) => void, relint: () => void): Cards {
  let el: HTMLElement | null = null;
  let items: Item[] = [];
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let shown: Item | null = null;
  // Opened by a resting pointer: it closes when the pointer leaves the words and the card.
  let hovered = false;
  let back: Range | null = null;
  let backField: [number, number] | null = null;
  let hover: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  const listened = new WeakSet<Document>();

  /** Where the item is from the caret: -1 the caret is before it, 0 in it (or at its edge), 1 after. */
  const rel = (i: Item): number => {
    if (!el) return 0;
    if (isTextField(el)) {
      const c = el.selectionStart ?? 0;
      return c < i.start ? -1 : c > i.end ? 1 : 0;
    }
    const sel = el.ownerDocument.getSelection();
    if (!i.range || !sel?.rangeCount) return -1;
    const r = sel.getRangeAt(0);
    try {
      return i.range.comparePoint(r.startContainer, r.startOffset);
    } catch {
      return -1; // the caret is in another document
    }
  };
  const atCaret = (dir: number): Item | undefined => {
    if (dir === 0) return items.find((i) => rel(i) === 0) ?? atCaret(1);
    if (dir > 0) return items.find((i) => rel(i) < 0) ?? items[0];
    return [...items].reverse().find((i) => rel(i) > 0) ?? items[items.length - 1];
  };
  const hit = (e: MouseEvent): Item | undefined =>
    items.find((i) =>
      [...(i.range?.getClientRects() ?? [])].some((r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top - 2 && e.clientY <= r.bottom + 4),
    );

  /** The words' box in this window's coordinates (through same-origin iframes), else the editor's. */
  const boxOf = (i: Item): DOMRect => {
    let b = (i.range?.getClientRects()[0] ?? (el as HTMLElement).getBoundingClientRect()) as DOMRect;
    for (let f = el?.ownerDocument.defaultView?.frameElement; f; f = f.ownerDocument.defaultView?.frameElement) {
      const o = f.getBoundingClientRect();
      b = new DOMRect(b.x + o.left + f.clientLeft, b.y + o.top + f.clientTop, b.width, b.height);
    }
    return b;
  };

  const close = (restore = false): void => {
    clearTimeout(hover);
    seq++;
    if (!shown) return;
    shown = null;
    root?.replaceChildren();
    if (restore && el) {
      if (backField && isTextField(el)) {
        el.focus({ preventScroll: true });
        el.setSelectionRange(...backField);
      } else focusAt(el, back);
    }
  };

  const act = async (what: 'replace' | 'insert', i: Item, text: string): Promise<void> => {
    const ed = el;
    if (!ed) return;
    const caret = back;
    const field = backField;
    close();
    if (isTextField(ed)) {
      ed.focus({ preventScroll: true });
      if (what === 'replace') ed.setSelectionRange(i.start, i.end);
      else if (field) ed.setSelectionRange(...field);
    }
    await insertAtCaret(ed, text, what === 'replace' ? i.range : caret);
    relint();
  };

  const show = async (i: Item | undefined, focus: boolean, byHover = false): Promise<void> => {
    clearTimeout(hover);
    if (!i || !el) return;
    const my = ++seq;
    let card: CardMsg | null;
    try {
      card = await sendMessage('cs:card', { start: i.start, end: i.end });
    } catch {
      return;
    }
    if (!card || my !== seq || !el) return;
    if (!shown) {
      back = caretIn(el);
      backField = isTextField(el) ? [el.selectionStart ?? 0, el.selectionEnd ?? 0] : null;
    }
    shown = i;
    hovered = byHover;
    if (!host?.isConnected) {
      host = document.createElement('heard-card');
      root = host.attachShadow({ mode: 'closed' });
      // Keys stay in the card: the helpdesk's own shortcuts do not fire while the rep uses it.
      root.addEventListener('keydown', (e) => {
        const k = e as KeyboardEvent;
        k.stopPropagation();
        if (k.key === 'Escape') close(true);
        else if (k.key === 'Tab') {
          const all = [...(root as ShadowRoot).querySelectorAll<HTMLElement>('select,button')];
          const at = all.indexOf((root as ShadowRoot).activeElement as HTMLElement);
          const next = all[(at + (k.shiftKey ? all.length - 1 : 1)) % all.length];
          if (next) {
            k.preventDefault();
            next.focus();
          }
        }
      });
      document.documentElement.append(host);
    }
    const [sev = '', lReplace = '', lInsert = '', lDismiss = '', lMore = '', lPhrasing = '', lKeys = ''] = card.l;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] => {
      const n = document.createElement(tag);
      if (cls) n.className = cls;
      if (text !== undefined) n.textContent = text;
      return n;
    };
    const box = make('div', 'c');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-labelledby', 'heard-card-t');
    box.setAttribute('aria-describedby', 'heard-card-a');
    box.dataset.s = card.severity;
    const title = make('h2', '', card.title);
    title.id = 'heard-card-t';
    const advice = make('p', '', card.advice.split(/(?<=[.!?])\s/)[0]);
    advice.id = 'heard-card-a';
    box.append(make('p', 's', sev), title, advice);
    let pick = (): string => card.examples[0] ?? '';
    if (card.examples.length > 1) {
      const sel = make('select', '');
      sel.setAttribute('aria-label', lPhrasing);
      for (const ex of card.examples) sel.append(make('option', '', ex));
      pick = () => sel.value;
      box.append(sel);
    } else if (card.examples.length === 1) box.append(make('p', 'x', card.examples[0]));
    const acts = make('div', 'a');
    const button = (label: string, run: () => void): void => {
      const b = make('button', '', label);
      b.type = 'button';
      b.addEventListener('click', run);
      acts.append(b);
    };
    if (card.examples.length > 0) {
      button(lReplace, () => void act('replace', i, pick()));
      button(lInsert, () => void act('insert', i, pick()));
    }
    button(lDismiss, () => {
      close(true);
      void sendMessage('cs:dismiss', { hintId: card.id }).catch(() => {});
    });
    button(lMore, () => {
      close();
      openPanel(card.id);
    });
    box.append(acts, make('p', 'k', lKeys));
    const style = make('style', '', CSS);
    root?.replaceChildren(style, box);
    // Beside the words, above or below them, inside the viewport: never over more of the draft than that.
    const w = box.offsetWidth;
    const h = box.offsetHeight;
    const b = boxOf(i);
    const below = b.bottom + 6;
    box.style.top = `${below + h <= innerHeight - 8 || b.top - h - 6 < 8 ? Math.max(8, Math.min(below, innerHeight - h - 8)) : b.top - h - 6}px`;
    box.style.left = `${Math.max(8, Math.min(b.left, innerWidth - w - 8))}px`;
    if (focus) (box.querySelector('select,button') as HTMLElement | null)?.focus();
  };

  const inEditor = (e: Event): boolean => !!el && e.composedPath().includes(el);

  return {
    set(editor, next) {
      el = editor;
      items = [...next].sort((a, b) => a.start - b.start);
      if (shown && !items.some((i) => i.start === shown?.start && i.end === shown.end)) close();
    },
    close,
    listen(doc) {
      if (listened.has(doc)) return;
      listened.add(doc);
      ctx.addEventListener(
        doc,
        'keydown',
        (e: KeyboardEvent) => {
          if (!e.isTrusted || !inEditor(e)) return;
          if (shown && !e.altKey) {
            // Esc closes the card, not the helpdesk's view; other keys type on where the caret is.
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
            }
            return close();
          }
          if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || !items.length) return;
          // By the physical key (Alt+Shift changes the character); Enter also by its key, whatever code a browser reports.
          const dir = e.key === 'Enter' ? 0 : ({ Period: 1, Comma: -1 } as Record<string, number>)[e.code];
          if (dir === undefined) return;
          e.preventDefault();
          e.stopPropagation();
          void show(atCaret(dir), true);
        },
        { capture: true },
      );
      ctx.addEventListener(doc, 'click', (e) => {
        // The caret stays where the rep clicked and their typing goes on there (it closes the card):
        // the keyboard's way into the card is Alt+Shift+Enter.
        if (e.isTrusted && e.button === 0 && items.length && inEditor(e)) void show(hit(e), false);
      });
      ctx.addEventListener(
        doc,
        'pointermove',
        (e) => {
          const over = items.length > 0 && inEditor(e);
          if (!over && !(shown && hovered)) return;
          clearTimeout(hover);
          if (host && e.composedPath().includes(host)) return; // on the card: it stays
          const i = over ? hit(e) : undefined;
          if (i && i !== shown) hover = setTimeout(() => void show(i, false, true), HOVER_MS);
          else if (!i && hovered) hover = setTimeout(close, HOVER_MS);
        },
        { passive: true },
      );
      ctx.addEventListener(doc, 'pointerdown', (e) => {
        if (shown && !e.composedPath().includes(host as EventTarget)) close();
      });
    },
  };
}
