import { isTextField } from './dom';
import { readDraft } from './text';
import { around, fitText } from './spacing';

/**
 * How text reaches each editor's own model with a clean undo step (measured per editor and browser
 * in tests/e2e/editors-smoke.ts, checked end to end in tests/e2e/editors.*.e2e.ts):
 * - 'exec': execCommand('insertText') through the browser's editing pipeline (beforeinput/input):
 *   textareas, contenteditable, ProseMirror/TipTap, Quill, Lexical, Draft.js, Summernote.
 * - 'paste': a synthetic paste carrying the text, for editors with their own clipboard pipeline:
 *   CKEditor 5 (reverts execCommand's DOM change; a beforeinput lands but joins the typing's undo
 *   step), CKEditor 4 and TinyMCE (execCommand lands but one undo also takes the typing before it).
 * - 'input': a beforeinput InputEvent(insertText), which the editor applies itself: Slate, whose
 *   model never sees an execCommand change (only its DOM does).
 */
type Method = 'exec' | 'paste' | 'input';
const STAY = { preventScroll: true };

function methodFor(el: HTMLElement): Method {
  if (el.closest('[data-slate-editor]')) return 'input';
  return el.closest('.ck-editor__editable,.ck-content') || el.matches('.cke_editable,#tinymce,.mce-content-body') ? 'paste' : 'exec';
}

/**
 * Inserts text at the rep's caret (or in place of the selected words) the way typing (or pasting)
 * would, exactly once, so the editor keeps its own model and its undo history; the editor's DOM is
 * never written directly. The text gets the space it needs on either side (spacing.ts). `saved` is
 * the caret the rep left in the editor before focus moved to Heard's panel. Returns whether the
 * text landed: at once for execCommand, after the editor applied it for the event paths (some
 * editors apply a paste asynchronously).
 */
export function insertAtCaret(el: HTMLElement, text: string, saved: Range | null): boolean | Promise<boolean> {
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  focusAt(el, saved);
  // The space the text needs where it lands, and no more (a selection, e.g. the words a card replaces, is what goes).
  const sel = doc.getSelection();
  const near = around(el, sel?.rangeCount ? sel.getRangeAt(0) : null);
  text = fitText(near.before, text, near.after);
  if (isTextField(el)) {
    if (doc.execCommand('insertText', false, text)) return true;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  const method = methodFor(el);
  // Summernote snapshots its undo history on mouseup: one now makes the insertion its own step.
  if (el.matches('.note-editable')) el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  if (method === 'exec') return doc.execCommand('insertText', false, text);
  const before = readDraft(el).text;
  const init = { bubbles: true, cancelable: true };
  let ev: Event;
  if (method === 'paste') {
    let data: ClipboardEventInit;
    // Firefox ignores `clipboardData` in the constructor; it takes its own `dataType` and `data`.
    if (import.meta.env.FIREFOX) data = { dataType: 'text/plain', data: text } as ClipboardEventInit;
    else {
      const dt = new win.DataTransfer();
      dt.setData('text/plain', text);
      data = { clipboardData: dt };
    }
    ev = new win.ClipboardEvent('paste', { ...init, ...data });
  } else ev = new win.InputEvent('beforeinput', { ...init, inputType: 'insertText', data: text });
  // Synthetic events have no default action: only the editor inserts, now or a little later (and
  // not every editor that takes the event cancels it: TinyMCE doesn't), so the draft tells.
  el.dispatchEvent(ev);
  return landed(el, before);
}

/**
 * Focus back in the editor with the rep's caret (`saved`, when it is still inside), else the caret
 * at the end rather than somewhere the text would be lost. Text fields keep their own selection.
 */
export function focusAt(el: HTMLElement, saved: Range | null): void {
  const doc = el.ownerDocument;
  // An editor inside an iframe: bring the frame back into focus first.
  (doc.defaultView?.frameElement as HTMLElement | null)?.focus(STAY);
  el.focus(STAY);
  const sel = doc.getSelection();
  if (!sel || isTextField(el)) return;
  let r = saved;
  if (!r || !el.contains(r.startContainer)) {
    if (sel.rangeCount && el.contains(sel.getRangeAt(0).startContainer)) return;
    r = doc.createRange();
    r.selectNodeContents(el);
    r.collapse(false);
  }
  sel.removeAllRanges();
  sel.addRange(r);
}

/** Waits (briefly) for the editor to apply an insertion it accepted. */
async function landed(el: HTMLElement, before: string): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    if (readDraft(el).text !== before) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

/** The rep's caret inside `el`, to restore after focus visited the panel. */
export function caretIn(el: HTMLElement): Range | null {
  if (isTextField(el)) return null; // text fields keep their own selection across blur
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  return el.contains(r.startContainer) ? r.cloneRange() : null;
}
