/**
 * Marks the words that triggered a hint with the CSS Custom Highlight API: the browser paints
 * the ranges, nothing is written into the editor's DOM (wrapping words in spans is what breaks
 * rich editors). Text fields have no DOM text to range over; there the marker alone tells.
 * A document paints only the ranges in its own highlight registry, so an editor inside a
 * (same-origin) iframe gets them, and the style sheet, in the iframe's document.
 */
const NAME = 'heard-hint';
/** How the words are marked, told apart without colour too: wavy (warn), dotted (suggest), a thin
 * dash for a promise the rep can log (calm, not an error). `heard-hint` holds every marked range
 * and has no style (it paints nothing): what tests and tools read. */
const KINDS = ['warn', 'suggest', 'log'];
const NAMES = [NAME, ...KINDS.map((k) => `heard-${k}`)];
const STYLE = { warn: 'wavy rgba(196,70,40,.9);text-decoration-thickness:2px', suggest: 'dotted rgba(170,110,10,.95);text-decoration-thickness:2px', log: 'dashed rgba(40,130,90,.9);text-decoration-thickness:1px' };
const styled = new WeakSet<Document>();
let painted: Document | null = null;
let count = 0;
/**
 * Above this many underlines the browser's repaint on each keystroke passes the 4 ms budget
 * (measured: ~80 wavy underlines in a 2,000-word draft cost 5.7 ms p95 per keystroke); such a
 * draft's underlines rest while the rep types and come back at the next pause.
 */
const MAX_WHILE_TYPING = 12;

type Win = Window & typeof globalThis;

export function showHighlights(ranges: Range[], doc: Document = document, kinds: string[] = []): void {
  try {
    if (painted !== doc) clearHighlights();
    const w = doc.defaultView as Win | null;
    if (!w?.CSS?.highlights) return;
    painted = doc;
    count = ranges.length;
    if (ranges.length === 0) {
      for (const n of NAMES) w.CSS.highlights.delete(n);
      return;
    }
    // Only once something is underlined, and scoped: a universal `::highlight()` rule restyles every
    // element of the page when its sheet is adopted (5,000 elements: 16 ms), a rule on
    // `[contenteditable]` only the editable roots (1 ms); the text inside inherits their highlight
    // styles in Chromium. Firefox (ESR 153) does not pass highlight styles down to nested text, and a
    // reply box made editable by designMode has no such root: both keep the universal rule.
    if (!styled.has(doc)) {
      const sheet = new w.CSSStyleSheet();
      const scope = !import.meta.env.FIREFOX && editableRoot(ranges[0]!) ? '[contenteditable]' : '';
      sheet.replaceSync(KINDS.map((k) => `${scope}::highlight(heard-${k}){text-decoration:underline ${STYLE[k as 'warn']};text-underline-offset:3px}`).join(''));
      // An adopted sheet is not a DOM node: session-replay scripts that record the DOM don't see it.
      adopt(doc, sheet);
      styled.add(doc);
    }
    w.CSS.highlights.set(NAME, new w.Highlight(...ranges));
    for (const k of KINDS) {
      const of = ranges.filter((_, i) => (kinds[i] ?? 'warn') === k);
      if (of.length === 0) w.CSS.highlights.delete(`heard-${k}`);
      else w.CSS.highlights.set(`heard-${k}`, new w.Highlight(...of));
    }
  } catch {
    // Fail closed: no underline, the marker and the panel still tell the rep.
  }
}

/**
 * Adds `sheet` to the document's adopted style sheets, keeping the page's own. Firefox (ESR 140.12)
 * shows a content script the page's list through an Xray that hides its items, length and methods
 * (spreading it throws: nothing was underlined); there the page's own view of the list takes the sheet.
 */
function adopt(doc: Document, sheet: CSSStyleSheet): void {
  const list = doc.adoptedStyleSheets as CSSStyleSheet[] | undefined;
  if (typeof list?.length === 'number') {
    doc.adoptedStyleSheets = [...list, sheet];
    return;
  }
  const page = (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject;
  page?.adoptedStyleSheets.push(sheet);
}

/** Whether the range lies inside an element carrying the contenteditable attribute. */
function editableRoot(range: Range): boolean {
  const node = range.commonAncestorContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('[contenteditable]');
}

export function clearHighlights(): void {
  try {
    const h = (painted?.defaultView as Win | null | undefined)?.CSS.highlights;
    for (const n of NAMES) h?.delete(n);
  } catch {
    /* nothing painted */
  }
  painted = null;
  count = 0;
}

/** A keystroke: a draft with many underlines stops repainting them until the next pause (true then). */
export function restHighlights(): boolean {
  if (count <= MAX_WHILE_TYPING) return false;
  clearHighlights();
  return true;
}
