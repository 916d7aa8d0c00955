import { isTextField } from './dom';

/**
 * Inserts text at the rep's caret the way typing would, so the editor keeps its own model and
 * its undo history: execCommand('insertText') goes through the browser's editing pipeline
 * (beforeinput/input), which textareas, contenteditable and the rich editors all listen to.
 * `saved` is the caret the rep left in the editor before focus moved to Heard's panel.
 */
export function insertAtCaret(el: HTMLElement, text: string, saved: Range | null): boolean {
  const doc = el.ownerDocument;
  el.focus({ preventScroll: true });
  if (isTextField(el)) {
    if (doc.execCommand('insertText', false, text)) return true;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  const sel = doc.getSelection();
  if (sel && saved && el.contains(saved.startContainer)) {
    sel.removeAllRanges();
    sel.addRange(saved);
  } else if (sel && (!sel.rangeCount || !el.contains(sel.getRangeAt(0).startContainer))) {
    // No caret of the rep's in this editor: put it at the end rather than losing the text.
    const r = doc.createRange();
    r.selectNodeContents(el);
    r.collapse(false);
    sel.removeAllRanges();
    sel.addRange(r);
  }
  return doc.execCommand('insertText', false, text);
}

/** The rep's caret inside `el`, to restore after focus visited the panel. */
export function caretIn(el: HTMLElement): Range | null {
  if (isTextField(el)) return null; // text fields keep their own selection across blur
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  return el.contains(r.startContainer) ? r.cloneRange() : null;
}
