// @vitest-environment jsdom
// Insertion that reads right (issue 12, point 3): the space the text needs and no more, read from
// the draft around the caret the way the draft reads (blocks and <br> are line breaks).
import { around, fitText } from '@/lib/editors/spacing';

test.each([
  ["Hi, I don't know yet.", 'Let me find out for you.', '', "Hi, I don't know yet. Let me find out for you."],
  ["Hi, I don't know yet. ", 'Let me find out.', '', "Hi, I don't know yet. Let me find out."],
  ['', 'Let me find out.', '', 'Let me find out.'],
  ['Hi,\n', 'Let me find out.', '', 'Hi,\nLet me find out.'],
  ['Thanks', 'a lot', ' for waiting.', 'Thanks a lot for waiting.'],
  ['Thanks ', 'a lot', 'for waiting.', 'Thanks a lot for waiting.'],
  ['I ', '  will check  ', ' today.', 'I will check today.'],
  ['(', 'see below', ')', '(see below)'],
  ['We ', 'can help', ', today.', 'We can help, today.'],
  ['Sorry. ', 'Let me check.', '.', 'Sorry. Let me check.'],
  ['“', 'fine', '”', '“fine”'],
  ['One\n', 'Two.', '\nThree', 'One\nTwo.\nThree'],
])('%j + %j + %j', (before, text, after, whole) => {
  expect(before + fitText(before, text, after) + after).toBe(whole);
});

const editable = (html: string): HTMLElement => {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.append(document.createRange().createContextualFragment(html));
  document.body.replaceChildren(el);
  return el;
};
/** The caret where the html has <!--|--> (in text or between elements). */
const caretAt = (el: HTMLElement): Range => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
  const mark = walker.nextNode() as Comment;
  const r = document.createRange();
  r.setStartBefore(mark);
  const parent = mark.parentNode!;
  const i = [...parent.childNodes].indexOf(mark);
  mark.remove();
  r.setStart(parent, i);
  r.collapse(true);
  return r;
};

test.each([
  ["<p>I don't know yet.<!--|--></p>", "I don't know yet.", ''],
  ['<p>Hi,</p><p><!--|--><br></p>', 'Hi,\n', '\n'],
  ['<p>Hi,</p><p>x<!--|--></p><p>Bye</p>', 'Hi,\nx', '\nBye'],
  ['<p>one<!--|--></p><p>two</p>', 'one', '\ntwo'],
  ['<p>a<!--|-->b</p>', 'a', 'b'],
  ['Line one<br><!--|-->line two', 'Line one\n', 'line two'],
  ['<p>Thanks&nbsp;<!--|-->for</p>', 'Thanks ', 'for'],
])('around the caret in %s', (html, before, after) => {
  const el = editable(html);
  expect(around(el, caretAt(el))).toEqual({ before, after });
});

test('around a selection in a textarea: before its start, after its end', () => {
  const ta = document.createElement('textarea');
  document.body.replaceChildren(ta);
  ta.value = "Hi, I don't know yet.";
  ta.setSelectionRange(4, 16);
  expect(around(ta, null)).toEqual({ before: 'Hi, ', after: ' yet.' });
});
