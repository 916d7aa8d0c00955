// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { servicenow } from '@/lib/adapters/servicenow';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/servicenow/index.html'), 'utf8');
const SYS_ID = '9d385017c611228701d22104cc95c371';

/** jsdom does not load srcdoc: write it into the about:blank frame (a real browser loads it itself). */
function load(url = `https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id=${SYS_ID}`) {
  const win = new JSDOM(html, { url }).window;
  const frame = win.document.getElementById('gsft_main') as HTMLIFrameElement;
  const inner = frame.contentDocument;
  inner?.open();
  inner?.write(frame.getAttribute('srcdoc') ?? '');
  inner?.close();
  return win;
}

test('detects the incident inside gsft_main', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('servicenow');
  expect(servicenow.detect(url, win.document)).toEqual({
    key: `servicenow:acme.service-now.com:${SYS_ID}`,
    link: `https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id=${SYS_ID}`,
    title: 'INC0010042 Order 55821 has not arrived',
    channel: 'email',
  });
  expect(servicenow.detect(new URL('https://acme.service-now.com/now/nav/ui/home'), win.document)).toBeNull();
});

test('reads comments and work notes oldest first, skipping field changes', () => {
  const thread = servicenow.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[0]?.text).toBe('Hi, my order 55821 was due on Monday and has not arrived. Can you check?');
});

test('the composer is the visible box inside the iframe, the focused one when both show', () => {
  const win = load();
  const inner = (win.document.getElementById('gsft_main') as HTMLIFrameElement).contentDocument!;
  expect(servicenow.composer(win.document)?.id).toBe('activity-stream-comments-textarea');
  const notes = inner.getElementById('activity-stream-work_notes-textarea') as HTMLTextAreaElement;
  notes.style.display = '';
  notes.focus();
  expect(servicenow.composer(win.document)?.id).toBe('activity-stream-work_notes-textarea');
});

test('reads the caller', () => {
  expect(servicenow.customer(load().document)).toEqual({ name: 'Dana Whitfield' });
});
