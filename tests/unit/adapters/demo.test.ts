// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { demo } from '@/lib/adapters/demo';
import { adapterFor } from '@/lib/adapters/registry';

const dir = resolve(import.meta.dirname, '../../fixtures/demo');

function loadDemo(hash = '#/tickets/1042'): JSDOM {
  const html = readFileSync(resolve(dir, 'index.html'), 'utf8').replace(
    '<script src="demo.js"></script>',
    `<script>${readFileSync(resolve(dir, 'demo.js'), 'utf8')}</script>`,
  );
  return new JSDOM(html, { url: `http://localhost:5178/heard-demo/${hash}`, runScripts: 'dangerously' });
}

test('reads the ticket, the thread in order with roles, the reply box and the requester', () => {
  const { window } = loadDemo();
  const doc = window.document;
  const url = new URL(window.location.href);
  expect(adapterFor(url, doc).id).toBe('demo');
  expect(demo.detect(url, doc)).toEqual({
    key: 'demo:localhost:5178:1042',
    link: 'http://localhost:5178/heard-demo/#/tickets/1042',
    title: 'Order #55821 has not arrived',
    channel: 'email',
  });
  const thread = demo.thread(doc);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[3]?.text).toMatch(/second time I am writing/);
  expect(demo.composer(doc)?.getAttribute('aria-label')).toBe('Reply to customer');
  expect(demo.customer(doc)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});

test('switching tickets without a reload changes the conversation key', () => {
  const { window } = loadDemo();
  window.location.hash = '#/tickets/1043';
  window.dispatchEvent(new window.HashChangeEvent('hashchange'));
  const t = demo.detect(new URL(window.location.href), window.document);
  expect(t?.key).toBe('demo:localhost:5178:1043');
  expect(t?.channel).toBe('chat');
});

test('pages outside the demo path are not the demo helpdesk', () => {
  const { window } = loadDemo();
  expect(demo.detect(new URL('http://localhost:5178/other/'), window.document)).toBeNull();
});
