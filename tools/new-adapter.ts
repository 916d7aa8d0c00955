// `npm run new:adapter -- <id> [--name "Acme Desk"] [--host desk.acme.com]`
//
// Scaffolds a new helpdesk as a site recipe (data, lib/adapters/recipe.ts), with everything the
// conventions test (tests/unit/conventions.test.ts) asks of an adapter, in four files:
// - lib/adapters/<id>.ts: the recipe and its adapter (selectors for the fixture page below), its
//   manifest match patterns and its place in the order (after the others, before the demo); its
//   default export is what lib/adapters/registry.ts finds, and the manifest's hosts come from it;
// - tests/fixtures/<id>/index.html: a page shaped like a helpdesk ticket (replace it with the real
//   site's markup, trimmed), with the browser test's expectations in its head (heard-e2e: the URL
//   on the real hostname, the reply box, the key, customer and roles; tests/e2e/helpdesk-hosts.ts);
// - tests/unit/adapters/<id>.test.ts: the recipe reads the fixture (ticket id, thread with roles,
//   reply box, customer) and passes the pack schema (so a team could also ship it in a pack's `sites`);
// - README.md: a row in "Supported helpdesks" and its host in the permission table
//   (tools/check-permissions.ts fails a build whose manifest asks for a host not listed there).
// Right after it runs, `npx tsc --noEmit -p .`, eslint, the new unit test and the conventions test
// pass (tests/unit/scaffold.test.ts proves it); then change the selectors to the real site's.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyPlan, insertBefore, type Plan } from './scaffold';

export interface AdapterOptions {
  id: string;
  name?: string;
  host?: string;
}

const ID = /^[a-z][a-z0-9]{1,30}$/;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The demo helpdesk's place: last. */
const DEMO_ORDER = 1000;

/** The next place after the built-in adapters (before the demo): their `order`, read from their modules. */
export function nextOrder(root: string): number {
  const dir = resolve(root, 'lib/adapters');
  const orders = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => {
      const text = readFileSync(resolve(dir, f), 'utf8');
      const m = /^ {2}order: (\d+),$/m.exec(text) ?? /^export const \w+ = recipeAdapter\(.*, (\d+)\);$/m.exec(text);
      return m ? [Number(m[1])] : [];
    })
    .filter((n) => n < DEMO_ORDER);
  const next = Math.floor(Math.max(0, ...orders) / 10) * 10 + 10;
  if (next >= DEMO_ORDER) throw new Error('no place left before the demo helpdesk: renumber the adapters\' order');
  return next;
}

export function planAdapter(opts: AdapterOptions, root = '.'): Plan {
  const { id } = opts;
  if (!ID.test(id)) throw new Error(`adapter id must be 2–31 lowercase letters or digits, starting with a letter: ${JSON.stringify(id)}`);
  const name = opts.name ?? id[0]!.toUpperCase() + id.slice(1);
  const host = opts.host ?? `${id}.example.com`;
  if (!HOST.test(host)) throw new Error(`not a host name: ${JSON.stringify(host)}`);
  if (/['"`\\\n<>]/.test(name)) throw new Error(`the name may not contain quotes, backslashes, angle brackets or new lines: ${JSON.stringify(name)}`);
  const CONST = `${id.toUpperCase()}_RECIPE`;
  const match = `https://${host}/*`;
  const ticketUrl = `https://${host}/tickets/1042`;
  const key = `${id}:${host}:1042`;
  const order = nextOrder(root);

  const adapter = `import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// ${name} (https://${host}/tickets/<id>).
// Sources (checked ${new Date().toISOString().slice(0, 10)}): TODO: where each selector comes from (the site's own
// markup, its open-source code, an extension that reads it). Not verified: TODO.
// A recipe: every read is a selector (lib/adapters/recipe.ts). Scaffolded by \`npm run new:adapter\`:
// the selectors below read the scaffold's fixture page; change both to the real site's.
export const ${CONST}: Recipe = {
  id: '${id}',
  name: '${name}',
  hosts: ['${host}'],
  ticket: {
    url: '^/tickets/(\\\\d+)',
    require: ['.ticket-view'],
    subject: { sel: ['.ticket-subject'] },
    channel: 'email',
    link: '/tickets/{id}',
  },
  composer: ['.reply-box [contenteditable="true"]', '.reply-box textarea'],
  messages: {
    item: ['.ticket-thread .message'],
    body: ['.message-body'],
    author: ['.message-author'],
    time: ['time[datetime]'],
    quoted: ['blockquote'],
    roles: { note: [{ is: '.is-note' }], agent: [{ is: '.from-agent' }] },
  },
  customer: { name: { sel: ['.requester-name'] }, email: { sel: ['.requester-email'] } },
};

// Its manifest pages, and its place among the adapters (tried lower first; lib/adapters/registry.ts).
export const ${id} = recipeAdapter(${CONST}, ['${match}'], ${order});

export default ${id};
`;

  const fixture = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${name}</title>
<!-- Scaffolded by npm run new:adapter: replace with ${name}'s real ticket page, trimmed (keep the
     classes and attributes its recipe reads, lib/adapters/${id}.ts). -->
<!-- The browser test (tests/e2e/adapters.chromium.e2e.ts) opens this page on its real hostname and checks what the adapter reads there. -->
<script type="application/json" id="heard-e2e">
{
  "url": "${ticketUrl}",
  "composer": "#${id}-reply",
  "key": "${key}",
  "customer": "Dana Whitfield",
  "roles": ["customer","agent","note","customer"]
}
</script>
</head>
<body>
<main class="ticket-view">
  <h1 class="ticket-subject">Order 55821 has not arrived</h1>
  <aside class="requester"><span class="requester-name">Dana Whitfield</span> <span class="requester-email">dana.whitfield@example.com</span></aside>
  <section class="ticket-thread">
    <article class="message from-customer"><span class="message-author">Dana Whitfield</span> <time datetime="2026-11-20T09:00:00Z">Nov 20</time>
      <div class="message-body">Hi, my order 55821 was due on Monday and has not arrived. Can you check?</div></article>
    <article class="message from-agent"><span class="message-author">Sam Rivera</span> <time datetime="2026-11-20T10:30:00Z">Nov 20</time>
      <div class="message-body">Sorry about that, Dana. I have asked the carrier for an update.<blockquote>Hi, my order 55821 was due on Monday</blockquote></div></article>
    <article class="message from-agent is-note"><span class="message-author">Sam Rivera</span> <time datetime="2026-11-21T08:00:00Z">Nov 21</time>
      <div class="message-body">Carrier says the parcel is stuck at the depot.</div></article>
    <article class="message from-customer"><span class="message-author">Dana Whitfield</span> <time datetime="2026-11-22T07:45:00Z">Nov 22</time>
      <div class="message-body">This is the second time I am writing. Where is my order?</div></article>
  </section>
  <div class="reply-box"><div id="${id}-reply" contenteditable="true" role="textbox" aria-label="Reply"></div></div>
</main>
</body>
</html>
`;

  const test = `// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { ${id}, ${CONST} } from '@/lib/adapters/${id}';
import { adapterFor } from '@/lib/adapters/registry';
import { RecipeSchema } from '@/lib/sites/recipe-schema';

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/${id}/index.html'), 'utf8');
const load = (url = '${ticketUrl}') => new JSDOM(html, { url }).window;

test('the recipe is valid pack data', () => {
  expect(RecipeSchema.safeParse(${CONST}).success).toBe(true);
});

test('detects the ticket with key, link, title and channel', () => {
  const win = load();
  const url = new URL(win.location.href);
  expect(adapterFor(url, win.document).id).toBe('${id}');
  expect(${id}.detect(url, win.document)).toEqual({
    key: '${key}',
    link: '${ticketUrl}',
    title: 'Order 55821 has not arrived',
    channel: 'email',
  });
  expect(${id}.detect(new URL('https://${host}/tickets'), win.document)).toBeNull();
});

test('reads the thread in order with roles, authors and times; quoted history left out', () => {
  const thread = ${id}.thread(load().document);
  expect(thread.map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
  expect(thread[0]).toMatchObject({ author: 'Dana Whitfield', at: '2026-11-20T09:00:00Z' });
  expect(thread[1]?.text).toBe('Sorry about that, Dana. I have asked the carrier for an update.');
  expect(thread[3]?.text).toBe('This is the second time I am writing. Where is my order?');
});

test('the composer is the reply box; the customer is the requester', () => {
  const doc = load().document;
  expect(${id}.composer(doc)?.id).toBe('${id}-reply');
  expect(${id}.customer(doc)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
});
`;

  return {
    create: {
      [`lib/adapters/${id}.ts`]: adapter,
      [`tests/fixtures/${id}/index.html`]: fixture,
      [`tests/unit/adapters/${id}.test.ts`]: test,
    },
    edit: {
      // After the last row of the "Supported helpdesks" table, and the last content script host of the permission table.
      'README.md': (t) => {
        const out = insertBefore(t, /^\| adapter \| pages \| reads \|$/, /^(?!\|)/, `| ${id} | ${name} ticket (\`${host}/tickets/<id>\`) | ticket id, subject, thread with roles and notes, reply box, requester |`, 'README.md');
        const lines = out.split('\n');
        const table = lines.findIndex((l) => l === '## Permissions');
        const last = lines.findLastIndex((l, i) => i > table && /^\| `https:\/\/[^|]*\| content script: /.test(l));
        if (table < 0 || last < 0) throw new Error("README.md: cannot find the permission table's content script hosts");
        lines.splice(last + 1, 0, `| \`${match}\` | content script: ${name}. |`);
        return lines.join('\n');
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, host: { type: 'string' }, root: { type: 'string' } },
  });
  const id = positionals[0];
  if (!id) {
    console.error('usage: npm run new:adapter -- <id> [--name "Acme Desk"] [--host desk.acme.com]');
    process.exit(2);
  }
  try {
    const root = resolve(values.root ?? '.');
    const touched = applyPlan(root, planAdapter({ id, ...(values.name ? { name: values.name } : {}), ...(values.host ? { host: values.host } : {}) }, root));
    console.log(`${touched.join('\n')}\n\nNext: put the real page's markup in tests/fixtures/${id}/index.html, change the selectors in lib/adapters/${id}.ts, then npx vitest run tests/unit/adapters/${id}.test.ts tests/unit/conventions.test.ts`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
