// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { jira } from '@/lib/adapters/jira';
import { adapterFor } from '@/lib/adapters/registry';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/jira/index.html'), 'utf8');
const load = (url = 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-123') =>
  new JSDOM(html, { url }).window;

test('detects the request in the agent queue view and under /browse', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('jira');
  const expected = { key: 'jira:acme.atlassian.net:SUP-123', link: 'https://acme.atlassian.net/browse/SUP-123', title: 'Order 55821 has not arrived' };
  expect(jira.detect(url, win.document)).toEqual(expected);
  expect(jira.detect(new URL('https://acme.atlassian.net/browse/SUP-123'), win.document)).toEqual(expected);
  expect(jira.detect(new URL('https://acme.atlassian.net/wiki/spaces/OPS/pages/123'), win.document)).toBeNull();
});

test('a Jira Software issue (no service desk controls) is not a ticket', () => {
  const win = load('https://acme.atlassian.net/browse/DEV-9');
  win.document.querySelectorAll('[data-testid="servicedesk-comment-add-internal"], [data-testid="issue.activity.comment.reply-to-customer"]').forEach((n) => n.remove());
  expect(jira.detect(new URL(win.location.href), win.document)).toBeNull();
});

test('reads public comments and internal notes in order', () => {
  const thread = jira.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[2]?.text).toBe('Carrier says the parcel is stuck at the depot.');
});

test('the composer is the ProseMirror comment editor; the reporter is the customer', () => {
  const doc = load().document;
  expect(jira.composer(doc)?.id).toBe('jira-editor');
  expect(jira.customer(doc)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
