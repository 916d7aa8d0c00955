// A small static server for the demo helpdesk and the fixture pages, on loopback only.
//   /heard-demo/...  → tests/fixtures/demo/   (the bundled demo helpdesk; Heard runs here)
//   /heard-demo/editors/... → tests/fixtures/editors/dist/ (the rich-editor pages, where Heard runs in
//                    generic mode: node --import tsx tools/build-editor-fixtures.ts builds them)
//   /heard-demo/heavy/ → tests/fixtures/heavy/ (the benchmark page; also at /fixtures/heavy/, where
//                    Heard does not run)
//   /fixtures/...    → tests/fixtures/
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', 'tests', 'fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  server: Server;
  port: number;
  origin: string;
  close(): Promise<void>;
  /** Requests seen, for tests that check what was fetched. */
  log: string[];
}

export async function serveFixtures(port = 0): Promise<FixtureServer> {
  const log: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    log.push(`${req.method} ${url.pathname}`);
    let rel: string | null = null;
    // The heavy benchmark page, where Heard runs (here) and where it does not (/fixtures/heavy/).
    if (url.pathname.startsWith('/heard-demo/heavy/')) rel = join('heavy', url.pathname.slice('/heard-demo/heavy/'.length));
    else if (url.pathname.startsWith('/heard-demo/editors/')) rel = join('editors/dist', url.pathname.slice('/heard-demo/editors/'.length));
    else if (url.pathname.startsWith('/heard-demo/')) rel = join('demo', url.pathname.slice('/heard-demo/'.length));
    else if (url.pathname.startsWith('/fixtures/')) rel = url.pathname.slice('/fixtures/'.length);
    if (rel === null) {
      res.writeHead(302, { location: '/heard-demo/' }).end();
      return;
    }
    let file = normalize(join(ROOT, rel));
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return {
    server,
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    log,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serveFixtures(Number(process.env.PORT ?? 5178));
  console.log(`Demo helpdesk: ${s.origin}/heard-demo/`);
}
