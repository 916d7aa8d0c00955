/**
 * How many elements a selector matches on the page, for the self-check's diagnostic: in the page and
 * in its same-origin frames (reply boxes such as CKEditor 4 and TinyMCE live in one), at most 20
 * frames. A selector the browser refuses counts -1. Counts only: never page text.
 */
export function countMatches(doc: Document, selector: string): number {
  const docs: Document[] = [doc];
  const frames = doc.querySelectorAll('iframe');
  for (let i = 0; i < frames.length && docs.length <= 20; i++) {
    try {
      const inner = frames[i]!.contentDocument;
      if (inner) docs.push(inner);
    } catch {
      // A cross-origin frame: not ours to read.
    }
  }
  let n = 0;
  for (const d of docs) {
    try {
      n += d.querySelectorAll(selector).length;
    } catch {
      return -1;
    }
  }
  return n;
}
