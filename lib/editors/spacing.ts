import { isTextField } from './dom';

/**
 * The text to insert between `before` and `after` so it reads right: a space where it would glue to
 * a word or a sentence end ("yet." + "Let me…" → "yet. Let me…"), none where there already is
 * whitespace, a line start, an opening bracket or quote, or closing punctuation; never a line break
 * or a paragraph of its own (the editor's block stays one block). A sentence's own final stop is
 * dropped before the same stop ("…for you." + "." → "…for you.").
 */
export function fitText(before: string, text: string, after: string): string {
  let t = text.trim();
  if (!t) return t;
  const b = before.slice(-1);
  const a = after.slice(0, 1);
  if (/[.!?…]/.test(a) && /[.!?…]$/.test(t)) t = t.slice(0, -1);
  if (b && !/[\s([{"“‘'¿¡/]/.test(b)) t = ` ${t}`;
  if (a && !/[\s.,;:!?)\]}"”’'…]/.test(a)) t = `${t} `;
  return t;
}

const BLOCK = /^(P|DIV|LI|UL|OL|BLOCKQUOTE|H[1-6]|PRE|TR|TABLE|SECTION|ARTICLE)$/;

/**
 * The text of a fragment as the draft reads it: a <br> or a block boundary is a line break. The
 * fragment is cut at the caret, which is inside a block: that block's clipped end is no break
 * before the caret (`lead` false), but is one after it (`lead` true: the caret ends its block).
 */
function textOf(node: Node, lead: boolean): string {
  let out = '';
  let pending = false;
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const d = (c as Text).data;
        if (!d) continue;
        if (pending) out += '\n';
        pending = false;
        out += d;
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        const block = BLOCK.test(tag);
        if (tag === 'BR') {
          out += '\n';
          pending = false;
        } else if ((c as Element).getAttribute('contenteditable') !== 'false') {
          if (block && ((out && !out.endsWith('\n')) || pending)) {
            out += '\n';
            pending = false;
          }
          walk(c);
          if (block && ((out && !out.endsWith('\n')) || lead)) pending = true;
        }
      }
    }
  };
  walk(node);
  return out.replace(/[\u00a0\u200b\ufeff]/g, ' ');
}

/** The draft's text just before and after a range of the editor (the caret, or the words replaced). */
export function around(el: HTMLElement, range: Range | null): { before: string; after: string } {
  if (isTextField(el)) {
    const s = el.selectionStart ?? el.value.length;
    return { before: el.value.slice(Math.max(0, s - 40), s), after: el.value.slice(el.selectionEnd ?? s).slice(0, 40) };
  }
  if (!range || !el.contains(range.startContainer)) return { before: '', after: '' };
  const r = el.ownerDocument.createRange();
  r.selectNodeContents(el);
  r.setEnd(range.startContainer, range.startOffset);
  const before = textOf(r.cloneContents(), false);
  r.selectNodeContents(el);
  r.setStart(range.endContainer, range.endOffset);
  return { before, after: textOf(r.cloneContents(), true) };
}
