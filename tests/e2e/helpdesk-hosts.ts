// Every helpdesk adapter on its real hostname, for adapters.chromium.e2e.ts: the URL a rep would
// have open (it matches the manifest's patterns and the adapter's detect()), where its reply box is
// (through iframes for Salesforce and ServiceNow), and what the adapter must read there. Each
// fixture page says it itself, in a `<script type="application/json" id="heard-e2e">` in its head
// (inert: the browser does not run it, no adapter reads it), so a new helpdesk adds no row here.
// An HTTPS server on loopback answers for every one of these hosts with that adapter's fixture page
// (tests/fixtures/<id>/index.html), chosen by the Host header; Chromium reaches it through
// --host-resolver-rules, so the page really is https://acme.zendesk.com/agent/tickets/4821 to the
// browser, the manifest's match patterns and the content script. The conventions test checks that
// every adapter but the demo has such a page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ROLES } from '../../lib/values';

const HelpdeskPageSchema = z.strictObject({
  url: z.url(),
  /** Selectors of the iframes the reply box is in, outermost first. */
  frames: z.array(z.string()).optional(),
  composer: z.string(),
  key: z.string(),
  customer: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** A plain textarea: no underline (the Highlight API paints DOM text only), the marker tells. */
  textarea: z.boolean().optional(),
  /** Self-hosted only: no manifest host; the rep enables the site at run time (generic mode). */
  enabledAtRunTime: z.boolean().optional(),
});

export type HelpdeskPage = z.infer<typeof HelpdeskPageSchema>;

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const BLOCK = /<script type="application\/json" id="heard-e2e">([\s\S]*?)<\/script>/;

/** What a fixture page says about itself for the browser test; null for a page without it (the demo's). */
export function helpdeskPageOf(html: string): HelpdeskPage | null {
  const json = BLOCK.exec(html)?.[1];
  return json === undefined ? null : HelpdeskPageSchema.parse(JSON.parse(json));
}

/** Each helpdesk's page, by adapter id (its fixture directory), from the fixture pages. */
export const HELPDESK_PAGES: Record<string, HelpdeskPage> = Object.fromEntries(
  readdirSync(FIXTURES)
    .sort()
    .filter((id) => existsSync(join(FIXTURES, id, 'index.html')))
    .flatMap((id) => {
      const page = helpdeskPageOf(readFileSync(join(FIXTURES, id, 'index.html'), 'utf8'));
      return page ? [[id, page] as const] : [];
    }),
);

export interface HelpdeskServer {
  port: number;
  /** Chromium's --host-resolver-rules value sending every helpdesk host here. */
  resolverRules: string;
  /** Hosts the browser was pointed at loopback for (for the net-log privacy check). */
  hosts: string[];
  log: string[];
  close(): Promise<void>;
}

/** A self-signed certificate made now with openssl (nothing secret is kept in the repo). */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'heard-tls-'));
  try {
    // (.ci/run installs openssl on a fresh machine.)
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=heard-test-helpdesks', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves each helpdesk's fixture page on every path of its real hostname (HTTPS, loopback only). */
export async function serveHelpdesks(): Promise<HelpdeskServer> {
  const byHost = new Map(Object.entries(HELPDESK_PAGES).map(([id, p]) => [new URL(p.url).host, id]));
  const log: string[] = [];
  const server: Server = createServer(selfSigned(), async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    log.push(`${req.method} https://${host}${req.url}`);
    const id = byHost.get(host);
    if (!id || req.url === '/favicon.ico') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = await readFile(join(FIXTURES, id, 'index.html'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const hosts = [...byHost.keys()];
  return {
    port,
    hosts,
    resolverRules: hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    log,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
