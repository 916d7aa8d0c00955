/**
 * Marks the words that triggered a hint with the CSS Custom Highlight API: the browser paints
 * the ranges, nothing is written into the editor's DOM (wrapping words in spans is what breaks
 * rich editors). Text fields have no DOM text to range over; there the marker alone tells.
 * A document paints only the ranges in its own highlight registry, so an editor inside a
 * (same-origin) iframe gets them, and the style sheet, in the iframe's document.
 */
const NAME = 'heard-hint';
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

export function showHighlights(ranges: Range[], doc: Document = document): void {
  try {
    if (painted !== doc) clearHighlights();
    const w = doc.defaultView as Win | null;
    if (!w?.CSS?.highlights) return;
    painted = doc;
    count = ranges.length;
    if (ranges.length === 0) {
      w.CSS.highlights.delete(NAME);
      return;
    }
    // Only once something is underlined: adopting a sheet restyles every element of the page
    // (a 5,000-element page: ~20-47 ms), which a draft without hints never needs to pay.
    if (!styled.has(doc)) {
      const sheet = new w.CSSStyleSheet();
      sheet.replaceSync(
        `::highlight(${NAME}){text-decoration:underline wavy rgba(196,106,58,.85);text-decoration-thickness:1.5px;text-underline-offset:3px}`,
      );
      // An adopted sheet is not a DOM node: session-replay scripts that record the DOM don't see it.
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      styled.add(doc);
    }
    w.CSS.highlights.set(NAME, new w.Highlight(...ranges));
  } catch {
    // Fail closed: no underline, the marker and the panel still tell the rep.
  }
}

export function clearHighlights(): void {
  try {
    (painted?.defaultView as Win | null | undefined)?.CSS.highlights.delete(NAME);
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
