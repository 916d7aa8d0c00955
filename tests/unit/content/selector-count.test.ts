// @vitest-environment jsdom
// The self-check's diagnostic counts what a recipe's selectors match in the page and in its
// same-origin frames, where iframe reply boxes (CKEditor 4, TinyMCE) live.
import { afterEach, expect, test } from 'vitest';
import { countMatches } from '@/entrypoints/content/selector-count';

afterEach(() => document.body.replaceChildren());

const setBody = (doc: Document, html: string): void => doc.body.replaceChildren(doc.createRange().createContextualFragment(html));

function frameWith(html: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  setBody(frame.contentDocument!, html);
  return frame;
}

test('a reply box inside a same-origin frame is counted, with the page\'s own matches', () => {
  setBody(document, '<div class="msg">a</div><div class="msg">b</div>');
  const frame = frameWith('<div class="msg">c</div>');
  frame.contentDocument!.body.className = 'cke_editable';
  expect(countMatches(document, '.cke_editable')).toBe(1);
  expect(countMatches(document, '.msg')).toBe(3);
  expect(countMatches(document, '.nothing-here')).toBe(0);
});

test('a selector the browser refuses counts -1', () => {
  frameWith('<p>x</p>');
  expect(countMatches(document, 'div[')).toBe(-1);
});

test('a frame whose document cannot be read is left out', () => {
  setBody(document, '<p class="x"></p>');
  const frame = frameWith('<p class="x"></p>');
  Object.defineProperty(frame, 'contentDocument', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
  expect(countMatches(document, '.x')).toBe(1);
});
