// @vitest-environment jsdom
import {
  all,
  bodyText,
  channelFrom,
  customerFrom,
  fieldText,
  first,
  focusedOrFirst,
  frameDocument,
  messageFrom,
  nonEmpty,
  ownText,
  pickComposer,
  recent,
  RECENT_MESSAGES,
  shown,
  text,
} from '@/lib/adapters/dom';

/** Replaces the test document's body with the given markup (parsed, never executed). */
function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  return document;
}

const byId = (id: string) => document.getElementById(id)!;

test('first and all try selectors in order; text collapses whitespace', () => {
  const doc = page('<p class="b">one</p><p class="b">two</p><span class="a">  three \n four </span>');
  expect(first(doc, ['.missing', '.b'])?.textContent).toBe('one');
  expect(all(doc, ['.missing', '.b', '.a']).map((e) => e.textContent)).toEqual(['one', 'two']);
  expect(all(doc, ['.missing'])).toEqual([]);
  expect(text(first(doc, ['.a']))).toBe('three four');
  expect(text(null)).toBe('');
});

test('shown: hidden, aria-hidden and display:none anywhere up the tree; visibility:hidden on the element', () => {
  page(`
    <div id="ok"><span id="inner">x</span></div>
    <div hidden><span id="in-hidden">x</span></div>
    <div aria-hidden="true"><span id="in-aria">x</span></div>
    <div style="display:none"><span id="in-none">x</span></div>
    <span id="invisible" style="visibility:hidden">x</span>
    <div style="visibility:hidden"><span id="in-invisible">x</span></div>`);
  expect(shown(byId('inner'))).toBe(true);
  expect(shown(byId('in-hidden'))).toBe(false);
  expect(shown(byId('in-aria'))).toBe(false);
  expect(shown(byId('in-none'))).toBe(false);
  expect(shown(byId('invisible'))).toBe(false);
  expect(shown(byId('in-invisible'))).toBe(false); // visibility is inherited
});

test('bodyText drops quoted history in a copy, leaving the page as it was', () => {
  page('<div id="m">Thanks!<div class="gmail_quote">On Monday Dana wrote: old</div><blockquote type="cite">older</blockquote></div>');
  expect(bodyText(byId('m'), ['.gmail_quote', 'blockquote[type="cite"]'])).toBe('Thanks!');
  expect(byId('m').querySelector('.gmail_quote')).not.toBeNull();
  expect(bodyText(byId('m'), [])).toBe('Thanks!On Monday Dana wrote: oldolder');
  expect(bodyText(null, ['.gmail_quote'])).toBe('');
});

test('ownText reads only the direct text nodes', () => {
  page('<h2 id="h">  Order 55821 <span class="tag">Urgent</span> has not arrived <button>Edit</button></h2>');
  expect(ownText(byId('h'))).toBe('Order 55821 has not arrived');
  expect(ownText(null)).toBe('');
});

test('fieldText: a field’s trimmed value, else the element’s text', () => {
  page('<input id="i" value="  Subject line "><input id="empty" value=""><h1 id="t"> Heading </h1>');
  expect(fieldText(byId('i'))).toBe('Subject line');
  expect(fieldText(byId('empty'))).toBe('');
  expect(fieldText(byId('t'))).toBe('Heading');
  expect(fieldText(null)).toBe('');
});

test('focusedOrFirst: the shown box holding focus, else the preferred one, else the first', () => {
  page(`
    <div id="hidden" contenteditable="true" style="display:none"></div>
    <div id="a" contenteditable="true"></div>
    <div id="wrap"><div id="b" contenteditable="true"><p id="b-inner" tabindex="0">x</p></div></div>`);
  const boxes = [byId('hidden'), byId('a'), byId('b')];
  expect(focusedOrFirst(boxes)?.id).toBe('a');
  expect(focusedOrFirst(boxes, (b) => byId('wrap').contains(b))?.id).toBe('b');
  byId('hidden').focus();
  expect(focusedOrFirst(boxes)?.id).toBe('a'); // a hidden box never wins, even focused
  byId('b-inner').focus();
  expect(focusedOrFirst(boxes)?.id).toBe('b'); // focus inside the box counts
  expect(focusedOrFirst([byId('hidden')])).toBeNull();
  expect(focusedOrFirst([])).toBeNull();
});

test('pickComposer takes every match of any selector, in document order', () => {
  const doc = page('<div class="note" id="note" contenteditable="true"></div><div class="reply" id="reply" contenteditable="true"></div>');
  expect(pickComposer(doc, ['.reply', '.note'])?.id).toBe('note');
  byId('reply').focus();
  expect(pickComposer(doc, ['.reply', '.note'])?.id).toBe('reply');
  expect(pickComposer(byId('note'), ['.reply'])).toBeNull();
});

test('nonEmpty leaves out empty, null and undefined values, in order', () => {
  expect(nonEmpty({ title: 'T', channel: undefined, at: null, author: '' })).toEqual({ title: 'T' });
  expect(Object.keys(nonEmpty({ author: 'A', at: 'x' }))).toEqual(['author', 'at']);
});

test('customerFrom reads name and email, leaving out the empty ones', () => {
  const doc = page('<span class="n"> Dana  Whitfield </span><span class="e"></span>');
  expect(customerFrom(doc, ['.missing', '.n'], ['.e'])).toEqual({ name: 'Dana Whitfield' });
  expect(customerFrom(doc, ['.missing'], ['.missing'])).toEqual({});
});

test('messageFrom: body without quotes, author, datetime; empty parts left out', () => {
  page(`
    <article id="m1"><b class="who">Dana</b><time datetime="2026-11-20T09:00:00Z">Mon</time>
      <div class="body">Where is it?<blockquote type="cite">old</blockquote></div></article>
    <article id="m2"><div class="body">Note</div></article>`);
  const parts = { body: ['.body'], quoted: ['blockquote[type="cite"]'], author: ['.who'], time: ['time[datetime]'] };
  expect(messageFrom(byId('m1'), 'customer', parts)).toEqual({
    role: 'customer',
    text: 'Where is it?',
    author: 'Dana',
    at: '2026-11-20T09:00:00Z',
  });
  expect(messageFrom(byId('m2'), 'note', parts)).toEqual({ role: 'note', text: 'Note' });
  expect(messageFrom(byId('m2'), 'agent', { body: ['.body'] })).toEqual({ role: 'agent', text: 'Note' });
});

test('channelFrom: common words, site words, email before phone before chat', () => {
  expect(channelFrom('Email')).toBe('email');
  expect(channelFrom('Phone')).toBe('phone');
  expect(channelFrom('Live chat')).toBe('chat');
  expect(channelFrom('Portal')).toBeUndefined();
  expect(channelFrom('Portal', { email: ['portal'] })).toBe('email');
  expect(channelFrom('WhatsApp', { chat: ['whatsapp'] })).toBe('chat');
  expect(channelFrom('email chat')).toBe('email');
  expect(channelFrom('web', { email: ['web'] })).toBe('email');
  expect(channelFrom('web', { chat: ['web'] })).toBe('chat');
  expect(channelFrom('')).toBeUndefined();
  expect(channelFrom(null)).toBeUndefined();
  expect(channelFrom(undefined, { chat: ['web'] })).toBeUndefined();
});

test('frameDocument: the document of a same-origin frame, null for anything else', () => {
  page('<iframe id="f"></iframe><div id="d"></div>');
  expect(frameDocument(byId('f'))).toBe((byId('f') as HTMLIFrameElement).contentDocument);
  expect(frameDocument(byId('d'))).toBeNull();
  const throwing = { get contentDocument(): Document { throw new DOMException('cross-origin', 'SecurityError'); } };
  expect(frameDocument(throwing as unknown as Element)).toBeNull();
});

test('recent reads only the newest message elements, at the end or, newest first, at the start', () => {
  const doc = page(Array.from({ length: 250 }, (_, i) => `<p class="m">${i}</p>`).join(''));
  const newestLast = recent(doc, ['.missing', '.m']).map((e) => Number(e.textContent));
  expect(newestLast).toHaveLength(RECENT_MESSAGES);
  expect(newestLast[0]).toBe(250 - RECENT_MESSAGES);
  expect(newestLast.at(-1)).toBe(249);
  const newestFirst = recent(doc, ['.m'], true).map((e) => Number(e.textContent));
  expect(newestFirst).toEqual(Array.from({ length: RECENT_MESSAGES }, (_, i) => i));
  expect(recent(page('<p class="m">a</p><p class="m">b</p>'), ['.m']).map((e) => e.textContent)).toEqual(['a', 'b']);
});
