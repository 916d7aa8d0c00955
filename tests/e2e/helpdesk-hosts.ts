// Every helpdesk adapter on its real hostname, for adapters.chromium.e2e.ts: the URL a rep would
// have open (it matches the manifest's CONTENT_MATCHES and the adapter's detect()), where its reply
// box is (through iframes for Salesforce and ServiceNow), and what the adapter must read there.
// An HTTPS server on loopback answers for every one of these hosts with that adapter's fixture page
// (tests/fixtures/<id>/index.html), chosen by the Host header; Chromium reaches it through
// --host-resolver-rules, so the page really is https://acme.zendesk.com/agent/tickets/4821 to the
// browser, the manifest's match patterns and the content script. The conventions test checks that
// every adapter has a row here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Role } from '../../lib/adapters/types';

export interface HelpdeskPage {
  url: string;
  /** Selectors of the iframes the reply box is in, outermost first. */
  frames?: string[];
  composer: string;
  key: string;
  customer: string;
  roles: Role[];
  /** A plain textarea: no underline (the Highlight API paints DOM text only), the marker tells. */
  textarea?: boolean;
  /** Self-hosted only: no manifest host; the rep enables the site at run time (generic mode). */
  enabledAtRunTime?: boolean;
}

const FOUR: Role[] = ['customer', 'agent', 'note', 'customer'];

export const HELPDESK_PAGES: Record<string, HelpdeskPage> = {
  zendesk: { url: 'https://acme.zendesk.com/agent/tickets/4821', composer: '#composer-4821', key: 'zendesk:acme.zendesk.com:4821', customer: 'Dana Whitfield', roles: FOUR },
  gmail: {
    url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWbqvHkPZRCmlVxKtjNrPxSm',
    composer: '[id=":inline-reply"]',
    key: 'gmail:mail.google.com:u1:FMfcgzQXJWbqvHkPZRCmlVxKtjNrPxSm',
    customer: 'Dana Whitfield',
    roles: ['customer', 'agent', 'customer'],
  },
  freshdesk: { url: 'https://acme.freshdesk.com/a/tickets/1042', composer: '#reply-box', key: 'freshdesk:acme.freshdesk.com:1042', customer: 'Dana Whitfield', roles: FOUR },
  intercom: {
    url: 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/185000123456789',
    composer: '#intercom-composer',
    key: 'intercom:app.intercom.com:185000123456789',
    customer: 'Dana Whitfield',
    roles: FOUR,
  },
  helpscout: {
    url: 'https://secure.helpscout.net/conversation/2468013579/1042',
    composer: '#note-editor',
    key: 'helpscout:secure.helpscout.net:2468013579',
    customer: 'Dana Whitfield',
    roles: ['note', 'customer', 'agent', 'customer'],
  },
  front: { url: 'https://app.frontapp.com/inboxes/teammates/1234/inbox/open/0/cnv_8a9b7c1', composer: '#front-reply', key: 'front:app.frontapp.com:cnv_8a9b7c1', customer: 'Dana Whitfield', roles: FOUR },
  zammad: { url: 'https://acme.zammad.com/#ticket/zoom/1042', composer: '#body-1042', key: 'zammad:acme.zammad.com:1042', customer: 'Dana Whitfield', roles: FOUR },
  salesforce: {
    url: 'https://acme.lightning.force.com/lightning/r/Case/5003X00002abcDEQAY/view',
    frames: ['#publisher-1042', 'iframe.cke_wysiwyg_frame'],
    composer: 'body',
    key: 'salesforce:acme.lightning.force.com:5003X00002abcDEQAY',
    customer: 'Dana Whitfield',
    roles: FOUR,
  },
  servicenow: {
    url: 'https://acme.service-now.com/nav_to.do?uri=incident.do?sys_id=9d385017c611228701d22104cc95c371',
    frames: ['#gsft_main'],
    composer: '#activity-stream-comments-textarea',
    key: 'servicenow:acme.service-now.com:9d385017c611228701d22104cc95c371',
    customer: 'Dana Whitfield',
    roles: FOUR,
    textarea: true,
  },
  hubspot: { url: 'https://app.hubspot.com/help-desk/20123456/view/all/ticket/98765', composer: '#hs-reply', key: 'hubspot:app.hubspot.com:20123456-98765', customer: 'Dana Whitfield', roles: FOUR },
  zohodesk: {
    url: 'https://desk.zoho.eu/agent/acme/support/tickets/details/412000001234567',
    composer: '#zd-comment',
    key: 'zohodesk:desk.zoho.eu:412000001234567',
    customer: 'Dana Whitfield',
    roles: FOUR,
  },
  gorgias: { url: 'https://acme.gorgias.com/app/ticket/31415926', composer: '#gorgias-editor', key: 'gorgias:acme.gorgias.com:31415926', customer: 'Dana Whitfield', roles: FOUR },
  jira: {
    url: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-123',
    composer: '#jira-editor',
    key: 'jira:acme.atlassian.net:SUP-123',
    customer: 'Dana Whitfield',
    roles: FOUR,
  },
  freescout: {
    url: 'https://support.example.org/conversation/311',
    composer: '#fs-editor',
    key: 'freescout:support.example.org:311',
    customer: 'Dana Whitfield',
    roles: FOUR,
    enabledAtRunTime: true,
  },
  chatwoot: { url: 'https://app.chatwoot.com/app/accounts/3/conversations/42', composer: '#cw-editor', key: 'chatwoot:app.chatwoot.com:3:42', customer: 'Dana Whitfield', roles: FOUR },
};

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

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
