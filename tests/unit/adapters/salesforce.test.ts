// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { salesforce } from '@/lib/adapters/salesforce';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/salesforce/index.html'), 'utf8');
const CASE = '5003X00002abcDEQAY';

/** jsdom does not load srcdoc: write each srcdoc into its about:blank frame, depth first (a real browser loads them itself). */
function loadSrcdoc(doc: Document): void {
  for (const frame of Array.from(doc.querySelectorAll('iframe[srcdoc]'))) {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (!inner) continue;
    inner.open();
    inner.write(frame.getAttribute('srcdoc') ?? '');
    inner.close();
    loadSrcdoc(inner);
  }
}

function load(url = `https://acme.lightning.force.com/lightning/r/Case/${CASE}/view`) {
  const win = new JSDOM(html, { url }).window;
  loadSrcdoc(win.document);
  return win;
}

test('detects the Case in the active console tab', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('salesforce');
  expect(salesforce.detect(url, win.document)).toEqual({
    key: `salesforce:acme.lightning.force.com:${CASE}`,
    link: `https://acme.lightning.force.com/lightning/r/Case/${CASE}/view`,
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
  expect(salesforce.detect(new URL('https://acme.lightning.force.com/lightning/o/Case/list'), win.document)).toBeNull();
  // The other Case is open in a background tab only.
  expect(salesforce.detect(new URL('https://acme.lightning.force.com/lightning/r/Case/5003X00002abcAAQAY/view'), win.document)).toBeNull();
});

test('reads the Case Feed of the active tab: emails in and out, posts as notes', () => {
  const thread = salesforce.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[3]?.text).toBe('This is the second time I am writing. Where is my order?');
});

test('the composer is the CKEditor body two iframes down, in the active tab', () => {
  const el = salesforce.composer(load().document);
  expect(el?.tagName).toBe('BODY');
  expect(el?.getAttribute('data-case')).toBe('1042');
  expect(el?.getAttribute('contenteditable')).toBe('true');
});

test('reads the contact from the highlights panel', () => {
  expect(salesforce.customer(load().document)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
