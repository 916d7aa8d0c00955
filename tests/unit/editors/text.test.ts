// @vitest-environment jsdom
import { readDraft } from '@/lib/editors/text';
import { insertAtCaret } from '@/lib/editors/insert';

function editable(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  // Test fixture markup, built from trusted literals.
  el.append(document.createRange().createContextualFragment(html));
  document.body.append(el);
  return el;
}

test('reads a contenteditable draft with paragraphs and line breaks as plain text', () => {
  const el = editable('<p>Hi Dana,</p><p>I don\'t <b>know</b> yet.<br>More soon.</p>');
  expect(readDraft(el).text).toBe("Hi Dana,\nI don't know yet.\nMore soon.");
});

test('maps text offsets back to DOM ranges across formatting', () => {
  const el = editable('<p>Hi Dana,</p><p>I don\'t <b>know</b> yet.</p>');
  const snap = readDraft(el);
  const start = snap.text.indexOf("I don't know");
  const range = snap.toRange(start, start + "I don't know".length);
  expect(range?.toString()).toBe("I don't know");
});

test('a quoted email in the reply (blockquote) is not the rep\'s draft; offsets after it still map', () => {
  const el = editable('<p>Hi Dana, calm down.</p><p>On Friday, Dana wrote:</p><blockquote><p>I don\'t know what you want.</p></blockquote><p>I don\'t know yet.</p>');
  const snap = readDraft(el);
  expect(snap.text).toBe("Hi Dana, calm down.\nOn Friday, Dana wrote:\nI don't know yet.");
  const start = snap.text.lastIndexOf("I don't know");
  expect(snap.toRange(start, start + 12)?.toString()).toBe("I don't know");
});

test('non-breaking spaces read as spaces without shifting offsets', () => {
  const el = editable('I\u00a0dont\u00a0know');
  const snap = readDraft(el);
  expect(snap.text).toBe('I dont know');
  expect(snap.toRange(2, 6)?.toString()).toBe('dont');
});

test('text fields read their value and have no DOM ranges', () => {
  const ta = document.createElement('textarea');
  ta.value = 'no idea';
  document.body.append(ta);
  const snap = readDraft(ta);
  expect(snap.text).toBe('no idea');
  expect(snap.toRange(0, 2)).toBeNull();
});

test('insertAtCaret falls back to setRangeText in a textarea and tells the page with an input event', () => {
  const ta = document.createElement('textarea');
  ta.value = 'Hello . Thanks';
  document.body.append(ta);
  ta.setSelectionRange(6, 6);
  const seen: string[] = [];
  ta.addEventListener('input', (e) => seen.push((e as InputEvent).inputType));
  // jsdom has no execCommand editing: this exercises the fallback path.
  document.execCommand = () => false;
  expect(insertAtCaret(ta, 'I will find out', null)).toBe(true);
  expect(ta.value).toBe('Hello I will find out. Thanks');
  expect(seen).toEqual(['insertText']);
});
