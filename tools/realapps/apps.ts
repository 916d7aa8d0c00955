// Starts and stops the real web applications of the real-app browser tests (issue 13, point 7):
// Debian's Redmine and Roundcube (with its Dovecot), installed by tools/realapps/install.sh, started
// by tools/realapps/start-*.sh on loopback ports picked free at run time. Each start begins from the
// same seeded state. `node --import tsx tools/realapps/apps.ts redmine|roundcube` serves one by hand.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HERE = import.meta.dirname;

export type AppName = 'redmine' | 'roundcube';

export interface RealApp {
  name: AppName;
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  /** Where its state lives (databases, mail, logs). */
  dir: string;
  /** Milliseconds from spawn to the first page served. */
  startMs: number;
  stop(): Promise<void>;
}

/** The apps' sign-in, as seeded. */
export const LOGINS = {
  redmine: { user: 'admin', password: 'heard-admin-1', name: 'Sam Rivera' },
  roundcube: { user: 'rep@heard.test', password: 'heard-rep-1' },
} as const;

/** Installs what is missing (tools/realapps/install.sh): fails with its one line when it cannot. */
export function ensureInstalled(): { ms: number } {
  const t0 = Date.now();
  const res = spawnSync('bash', [join(HERE, 'install.sh')], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error((res.stderr || res.stdout || 'tools/realapps/install.sh failed').trim());
  return { ms: Date.now() - t0 };
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => ok(port));
    });
  });
}

async function served(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(3_000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Starts one app and resolves once it serves its sign-in page. */
export async function startApp(name: AppName, opts: { timeoutMs?: number } = {}): Promise<RealApp> {
  const root = process.env.HEARD_REALAPPS_DIR ?? join(tmpdir(), 'heard-realapps');
  // Each start its own state directory: parallel runs (several worktrees) do not share one.
  const dir = join(root, `${name}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HEARD_REALAPPS_DIR: dir };
  if (name === 'roundcube') env.IMAP_PORT = String(await freePort());
  const log = join(dir, 'start.log');
  const out = openSync(log, 'a');
  const t0 = Date.now();
  // Its own process group: stop() ends the script and every server it started, and only those.
  const child: ChildProcess = spawn('bash', [join(HERE, `start-${name}.sh`)], { env, detached: true, stdio: ['ignore', out, out] });
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  const origin = `http://127.0.0.1:${port}`;
  const probe = name === 'redmine' ? `${origin}/login` : `${origin}/`;
  const deadline = t0 + (opts.timeoutMs ?? 120_000);
  const tail = (): string => readFileSync(log, 'utf8').split('\n').slice(-15).join('\n');
  for (;;) {
    if (exited != null) throw new Error(`${name} stopped while starting (exit ${exited}):\n${tail()}`);
    if (await served(probe)) break;
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`${name} did not serve ${probe} within ${opts.timeoutMs ?? 120_000} ms:\n${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const startMs = Date.now() - t0;
  return {
    name,
    origin,
    dir,
    startMs,
    async stop() {
      if (exited != null || child.pid == null) return;
      const gone = new Promise<void>((r) => child.once('exit', () => r()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5_000);
      await gone;
      // The script's exit is not its servers' (Dovecot still writes its state dir while it stops):
      // wait until none of its process group is left (bounded), before the state goes.
      for (const end = Date.now() + 5_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
        try {
          process.kill(-child.pid, 0);
        } catch {
          break;
        }
      }
      clearTimeout(timer);
      // Its state goes with it (HEARD_REALAPPS_KEEP=1 keeps it, to look at after a failure).
      if (!process.env.HEARD_REALAPPS_KEEP) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}

/** The newest journal's notes of a Redmine issue, as Redmine stored them (its sqlite database). */
export function redmineLastNotes(app: RealApp, issueId: number): string | null {
  const db = join(app.dir, 'redmine', 'run.sqlite');
  const res = spawnSync('sqlite3', ['-cmd', '.timeout 5000', db, `SELECT notes FROM journals WHERE journalized_type='Issue' AND journalized_id=${Number(issueId)} ORDER BY id DESC LIMIT 1;`], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`sqlite3: ${res.stderr}`);
  return res.stdout.replace(/\n$/, '') || null;
}

/** A raw IMAP fetch (curl): the whole messages of a mailbox of the Roundcube test user. */
export function imapMessages(app: RealApp, mailbox: string): string[] {
  const conf = readFileSync(join(app.dir, 'roundcube', 'dovecot.conf'), 'utf8');
  const port = /port = (\d+)/.exec(conf.slice(conf.indexOf('inet_listener imap')))?.[1];
  const auth = `${LOGINS.roundcube.user}:${LOGINS.roundcube.password}`;
  const list = spawnSync('curl', ['-s', '--url', `imap://127.0.0.1:${port}/${mailbox}`, '--user', auth, '-X', 'SEARCH ALL'], { encoding: 'utf8' });
  const uids = (/\* SEARCH ([\d ]*)/.exec(list.stdout)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  return uids.map((n) => spawnSync('curl', ['-s', '--url', `imap://127.0.0.1:${port}/${mailbox};MAILINDEX=${n}`, '--user', auth], { encoding: 'utf8' }).stdout);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(HERE, 'apps.ts')) {
  const name = process.argv[2] as AppName;
  if (name !== 'redmine' && name !== 'roundcube') {
    console.error('usage: node --import tsx tools/realapps/apps.ts redmine|roundcube');
    process.exit(2);
  }
  const inst = ensureInstalled();
  const app = await startApp(name);
  console.log(`${name}: installed check ${inst.ms} ms, started in ${app.startMs} ms at ${app.origin}/ (state in ${app.dir}); Ctrl+C stops it`);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void app.stop().then(() => process.exit(0)));
}
