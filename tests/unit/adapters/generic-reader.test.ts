// @vitest-environment jsdom
// The cautious generic reader (issue 13, point 5) on the shapes of pages it meets: an issue tracker
// with the signed-in user's link, a chat console with direction classes, a webmail reply quoting the
// customer, comments by several people with no sign of who the rep is, a form with no conversation.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPageConversation } from '@/lib/adapters/generic-reader';

const shape = (name: string): void => {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/generic/shapes', `${name}.html`), 'utf8');
  setBody(/<body>([\s\S]*)<\/body>/.exec(html)![1]!);
};
/** Test fixture markup, from files in the repo and literals here. */
const setBody = (html: string): void => document.body.replaceChildren(document.createRange().createContextualFragment(html));
const composer = (selector: string): void => {
  (globalThis as { heardComposer?: Element }).heardComposer = document.querySelector(selector)!;
};

afterEach(() => {
  delete (globalThis as { heardComposer?: Element }).heardComposer;
  delete (globalThis as { heardPageRead?: unknown }).heardPageRead;
  document.body.replaceChildren();
});

test('issue tracker: comments by the signed-in user are the agent, a private note is a note, the other author the customer; a change without a comment is no message', () => {
  shape('issue-tracker');
  composer('#issue_notes');
  expect(readPageConversation()).toEqual({
    readable: true,
    customer: 'Dana Whitfield',
    thread: [
      { role: 'agent', author: 'Sam Rivera', text: 'Hi Dana, thanks for writing. I have asked the carrier.' },
      { role: 'note', author: 'Sam Rivera', text: 'Carrier says it went back to the depot.' },
      { role: 'customer', author: 'Dana Whitfield', text: 'This is RIDICULOUS. I have been waiting THREE WEEKS.' },
    ],
  });
});

test('issue tracker: the same page without the signed-in user is not read (who is the customer is unknown)', () => {
  shape('issue-tracker');
  document.getElementById('loggedas')!.remove();
  composer('#issue_notes');
  expect(readPageConversation()).toMatchObject({ readable: false, thread: [], why: 'no-roles' });
});

test('chat console: incoming is the customer, outgoing the agent; the inbox list beside it is not the thread', () => {
  shape('chat');
  composer('#reply');
  const read = readPageConversation();
  expect(read.readable).toBe(true);
  expect(read.thread.map((m) => [m.role, m.text])).toEqual([
    ['customer', 'Where is my order? I paid a week ago.'],
    ['agent', 'Let me check that for you right now.'],
    ['customer', "You're a useless idiot. Fix it today."],
  ]);
});

test('webmail reply: the quoted email under "…, Dana Whitfield wrote:" is the customer\'s, without older quoted history', () => {
  shape('email-reply');
  composer('#composebody');
  expect(readPageConversation()).toEqual({
    readable: true,
    customer: 'Dana Whitfield',
    thread: [{ role: 'customer', author: 'Dana Whitfield', text: 'This is RIDICULOUS. I have been waiting THREE WEEKS for a refund. Dana' }],
  });
});

test('webmail reply quoting the rep\'s own earlier email: not the customer', () => {
  shape('email-reply');
  document.getElementById('reply-intro')!.textContent = 'On 2026-12-04 09:12, rep@heard.test wrote:';
  composer('#composebody');
  expect(readPageConversation().readable).toBe(false);
});

test('intro lines of other mail clients name the author', () => {
  shape('email-reply');
  document.getElementById('reply-intro')!.textContent = 'On Fri, Dec 4, 2026 at 9:12 AM Dana Whitfield <dana@customers.example> wrote:';
  composer('#composebody');
  expect(readPageConversation().customer).toBe('Dana Whitfield');
});

test('comments by several people and no sign of who the rep is: not readable', () => {
  shape('comments-unknown');
  composer('#reply');
  expect(readPageConversation()).toMatchObject({ readable: false, why: 'no-roles' });
});

test('a form with no conversation, and no reply box: not readable', () => {
  shape('no-thread');
  composer('#reply');
  expect(readPageConversation()).toMatchObject({ readable: false, why: 'no-thread' });
  delete (globalThis as { heardComposer?: Element }).heardComposer;
  expect(readPageConversation()).toMatchObject({ readable: false, why: 'no-composer' });
});

test('blocks on two sides of their column: the signed-in user\'s side is the agent\'s', () => {
  setBody(`<div class="me">Signed in as Sam</div><div class="log">
    <div class="row"><b class="author">Leo</b><p class="text">Hi, my invoice is wrong.</p></div>
    <div class="row"><b class="author">Sam</b><p class="text">Sorry about that, fixing it now.</p></div>
    <div class="row"><b class="author">Leo P.</b><p class="text">Thanks, that was quick!</p></div></div><textarea id="reply"></textarea>`);
  const rows = [...document.querySelectorAll('.row')];
  rows.forEach((r, i) => (r.getBoundingClientRect = () => ({ left: i === 1 ? 300 : 20 }) as DOMRect));
  composer('#reply');
  expect(readPageConversation().thread.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
});

test('reads the page again only when it changed: a new message is read, an unchanged page is not scanned again', () => {
  shape('chat');
  composer('#reply');
  expect(readPageConversation().thread).toHaveLength(3);
  // Unchanged: the remembered reading, without scanning (a scan would see this renamed class).
  document.querySelectorAll('.msg.incoming').forEach((m) => m.classList.replace('incoming', 'x'));
  expect(readPageConversation().thread.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  // A new message: read again.
  document.querySelectorAll('.msg.x').forEach((m) => m.classList.replace('x', 'incoming'));
  const more = document.querySelector('.msg.incoming')!.cloneNode(true) as Element;
  more.querySelector('.msg-text')!.textContent = 'Still waiting.';
  document.querySelector('.stream')!.append(more);
  expect(readPageConversation().thread.map((m) => m.text).at(-1)).toBe('Still waiting.');
});
