// @vitest-environment jsdom
// The underline style sheet is adopted only once something is underlined, and in Chromium its rules
// are scoped to editable roots: a universal ::highlight() rule restyles every element of the page
// when adopted (16 ms on a 5,000-element page, `npm run bench -- hint`), a scoped one ~1 ms.
import { afterEach, expect, test } from 'vitest';
import { clearHighlights, showHighlights } from '@/entrypoints/content/highlight';

class FakeSheet {
  text = '';
  replaceSync(t: string): void {
    this.text = t;
  }
}
class FakeHighlight {
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
  ranges: Range[];
}

function docWith(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.append(doc.createRange().createContextualFragment(html));
  const registry = new Map<string, FakeHighlight>();
  const w = { CSS: { highlights: registry }, CSSStyleSheet: FakeSheet, Highlight: FakeHighlight };
  Object.defineProperty(doc, 'defaultView', { value: w });
  Object.defineProperty(doc, 'adoptedStyleSheets', { value: [], writable: true });
  return doc;
}

function rangeOver(doc: Document, selector: string): Range {
  const text = doc.querySelector(selector)!.firstChild!;
  const r = doc.createRange();
  r.setStart(text, 0);
  r.setEnd(text, 4);
  return r;
}

afterEach(() => clearHighlights());

test('nothing is adopted for a draft without underlines; the first underline adopts rules scoped to editable roots', () => {
  const doc = docWith('<div contenteditable="true"><p><b>Nope</b> words</p></div>');
  showHighlights([], doc);
  expect(doc.adoptedStyleSheets).toHaveLength(0);
  showHighlights([rangeOver(doc, 'b')], doc, ['warn']);
  const sheets = doc.adoptedStyleSheets as unknown as FakeSheet[];
  expect(sheets).toHaveLength(1);
  const rules = sheets[0]!.text.split('}').filter(Boolean);
  expect(rules).toHaveLength(3);
  for (const rule of rules) expect(rule.startsWith('[contenteditable]::highlight(heard-')).toBe(true);
});

test('a reply box with no contenteditable root (a designMode document) keeps the universal rule', () => {
  const doc = docWith('<p><b>Nope</b> words</p>');
  showHighlights([rangeOver(doc, 'b')], doc, ['warn']);
  const sheets = doc.adoptedStyleSheets as unknown as FakeSheet[];
  expect(sheets[0]!.text.startsWith('::highlight(heard-warn)')).toBe(true);
});
