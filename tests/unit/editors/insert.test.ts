// @vitest-environment jsdom
// Which insertion each editor gets (the end-to-end proof, in real browsers with the real editors, is
// tests/e2e/editors.*.e2e.ts): exactly one way per insertion, never the editor's DOM written by us.
import { afterEach, vi } from 'vitest';
import { insertAtCaret } from '@/lib/editors/insert';

// jsdom has neither DataTransfer nor ClipboardEvent: minimal stand-ins with the parts insert.ts uses.
class FakeDataTransfer {
  private data = new Map<string, string>();
  setData(type: string, value: string): void {
    this.data.set(type, value);
  }
  getData(type: string): string {
    return this.data.get(type) ?? '';
  }
}
class FakeClipboardEvent extends Event {
  clipboardData: FakeDataTransfer | null;
  constructor(type: string, init: EventInit & { clipboardData?: FakeDataTransfer }) {
    super(type, init);
    this.clipboardData = init.clipboardData ?? null;
  }
}
Object.assign(window, { DataTransfer: FakeDataTransfer, ClipboardEvent: FakeClipboardEvent });

let exec: ReturnType<typeof vi.fn>;
beforeEach(() => {
  exec = vi.fn(() => true);
  document.execCommand = exec as unknown as Document['execCommand'];
});
afterEach(() => {
  document.body.replaceChildren();
});

/** An editing host as an editor renders it, with the caret at the end of "Hi. ". */
function host(attrs: Record<string, string>): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const p = document.createElement('p');
  p.textContent = 'Hi. ';
  el.append(p);
  document.body.append(el);
  const r = document.createRange();
  r.setStart(p.firstChild!, 4);
  r.collapse(true);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(r);
  return el;
}

/** What an editor does with an event it takes: cancels it and updates its own rendering. */
function applies(el: HTMLElement, type: string, read: (e: Event) => string): Event[] {
  const seen: Event[] = [];
  el.addEventListener(type, (e) => {
    seen.push(e);
    e.preventDefault();
    el.querySelector('p')!.append(read(e));
  });
  return seen;
}

test('Slate gets a beforeinput insertText (its model never sees an execCommand change)', async () => {
  const el = host({ 'data-slate-editor': 'true' });
  const seen = applies(el, 'beforeinput', (e) => (e as InputEvent).data ?? '');
  await expect(insertAtCaret(el, 'I will find out.', null)).resolves.toBe(true);
  expect(seen).toHaveLength(1);
  expect((seen[0] as InputEvent).inputType).toBe('insertText');
  expect(exec).not.toHaveBeenCalled();
  expect(el.textContent).toBe('Hi. I will find out.');
});

test.each([
  ['CKEditor 5', { class: 'ck-content ck-editor__editable' }],
  ['CKEditor 4', { class: 'cke_editable' }],
  ['TinyMCE', { id: 'tinymce', class: 'mce-content-body' }],
])('%s gets one paste carrying the text, not execCommand', async (_name, attrs) => {
  const el = host(attrs);
  const seen = applies(el, 'paste', (e) => (e as unknown as FakeClipboardEvent).clipboardData?.getData('text/plain') ?? '');
  await expect(insertAtCaret(el, 'I will find out.', null)).resolves.toBe(true);
  expect(seen).toHaveLength(1);
  expect(exec).not.toHaveBeenCalled();
  expect(el.textContent).toBe('Hi. I will find out.');
});

test('an editor that ignores the event: reported as not inserted, and nothing else is tried', async () => {
  const el = host({ 'data-slate-editor': 'true' });
  await expect(insertAtCaret(el, 'I will find out.', null)).resolves.toBe(false);
  expect(exec).not.toHaveBeenCalled();
  expect(el.textContent).toBe('Hi. ');
});

test('Summernote: a mouseup first (its undo snapshot), then execCommand once', () => {
  const el = host({ class: 'note-editable' });
  const order: string[] = [];
  el.addEventListener('mouseup', () => order.push('mouseup'));
  exec.mockImplementation(() => {
    order.push('exec');
    return true;
  });
  expect(insertAtCaret(el, 'I will find out.', null)).toBe(true);
  expect(order).toEqual(['mouseup', 'exec']);
  expect(exec).toHaveBeenCalledWith('insertText', false, 'I will find out.');
});

test('plain contenteditable (and ProseMirror, Quill, Lexical, Draft.js): execCommand at the saved caret', () => {
  const el = host({ class: 'ProseMirror' });
  const p = el.querySelector('p')!;
  const saved = document.createRange();
  saved.setStart(p.firstChild!, 2);
  saved.collapse(true);
  // Focus went to Heard's panel and the selection moved elsewhere.
  document.getSelection()!.removeAllRanges();
  let caretAtExec: [Node | null, number] = [null, -1];
  exec.mockImplementation(() => {
    const r = document.getSelection()!.getRangeAt(0);
    caretAtExec = [r.startContainer, r.startOffset];
    return true;
  });
  expect(insertAtCaret(el, 'X', saved)).toBe(true);
  expect(exec).toHaveBeenCalledTimes(1);
  expect(caretAtExec).toEqual([p.firstChild, 2]);
});
