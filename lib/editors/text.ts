import { isTextField } from './dom';

/**
 * The draft as plain text, with a way back from text offsets to DOM ranges so hints can be
 * marked with the CSS Custom Highlight API without writing into the editor's DOM.
 */
export interface DraftSnapshot {
  text: string;
  /** DOM range for a text range of the draft; null for text fields (no DOM text inside). */
  toRange(start: number, end: number): Range | null;
}

const BLOCK = /^(P|DIV|LI|UL|OL|BLOCKQUOTE|H[1-6]|PRE|TR|TABLE|SECTION|ARTICLE)$/;

interface Segment {
  node: Text;
  start: number;
}

export function readDraft(el: HTMLElement): DraftSnapshot {
  if (isTextField(el)) {
    const text = el.value;
    return { text, toRange: () => null };
  }
  return readEditable(el);
}

function readEditable(root: HTMLElement): DraftSnapshot {
  let text = '';
  const segs: Segment[] = [];
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) {
        const data = (c as Text).data;
        if (data.length === 0) continue;
        segs.push({ node: c as Text, start: text.length });
        text += data;
      } else if (c.nodeType === Node.ELEMENT_NODE) {
        const el = c as Element;
        const tag = el.tagName;
        if (tag === 'BR') {
          text += '\n';
          continue;
        }
        // A quoted email (a reply's history) is not the rep's writing: not linted.
        if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'BLOCKQUOTE' || el.getAttribute('contenteditable') === 'false') continue;
        const block = BLOCK.test(tag);
        if (block && text.length > 0 && !text.endsWith('\n')) text += '\n';
        walk(el);
        if (block && text.length > 0 && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  walk(root);
  // Same length in, same length out: offsets stay valid for toRange.
  text = text.replace(/[\u00a0\u200b]/g, ' ');
  // Trailing newlines from the last block carry nothing a rule could match.
  const trimmed = text.replace(/\n+$/, '');
  return {
    text: trimmed,
    toRange(start, end) {
      const a = locate(segs, start, false);
      const b = locate(segs, end, true);
      if (!a || !b) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
  };
}

function locate(segs: Segment[], offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    const len = s.node.data.length;
    if (offset < s.start || (isEnd && offset === s.start && mid > 0)) hi = mid - 1;
    else if (offset > s.start + len) lo = mid + 1;
    else return { node: s.node, offset: Math.min(offset - s.start, len) };
  }
  return null;
}
