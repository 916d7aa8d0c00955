/**
 * Marks the words that triggered a hint with the CSS Custom Highlight API: the browser paints
 * the ranges, nothing is written into the editor's DOM (wrapping words in spans is what breaks
 * rich editors). Text fields have no DOM text to range over; there the marker alone tells.
 */
const NAME = 'heard-hint';
let sheet: CSSStyleSheet | null = null;

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function showHighlights(ranges: Range[]): void {
  if (!supported()) return;
  try {
    paint(ranges);
  } catch {
    // Fail closed: no underline, the marker and the panel still tell the rep.
  }
}

function paint(ranges: Range[]): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `::highlight(${NAME}) { text-decoration: underline wavy rgba(196, 106, 58, 0.85); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }`,
    );
    // An adopted sheet is not a DOM node: session-replay scripts that record the DOM don't see it.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  if (ranges.length === 0) CSS.highlights.delete(NAME);
  else CSS.highlights.set(NAME, new Highlight(...ranges));
}

export function clearHighlights(): void {
  try {
    if (supported()) CSS.highlights.delete(NAME);
  } catch {
    /* nothing painted */
  }
}
