// Fails when a built manifest asks for a permission or a host that the README's permission table
// does not justify (each must appear in backticks in the first column of a row there).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.HEARD_OUT ?? '.output');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 5));
const justified = new Set<string>();
for (const line of table.split('\n')) {
  const first = line.split('|')[1] ?? '';
  for (const m of first.matchAll(/`([^`]+)`/g)) justified.add(m[1]!);
}

/** --release: the manifest is a release build's (tools/test-all.sh builds one apart). */
const release = process.argv.includes('--release');
let bad = 0;
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const m = JSON.parse(readFileSync(resolve(out, target, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts?: { matches: string[] }[];
  };
  const asked = [
    ...(m.permissions ?? []),
    ...(m.optional_permissions ?? []),
    ...(m.host_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => c.matches),
  ];
  // A release build (HEARD_RELEASE=1, npm run build/zip) must not inject into the demo helpdesk's
  // loopback hosts: any page served on localhost could run Heard's content script otherwise.
  if (release) {
    for (const p of (m.content_scripts ?? []).flatMap((c) => c.matches)) {
      if (/^[^:]+:\/\/(localhost|127\.0\.0\.1|\[::1\])\//.test(p) || p.includes('/heard-demo/')) {
        console.error(`${target}: the release manifest injects into the demo host ${p}`);
        bad++;
      }
    }
  }
  for (const p of new Set(asked)) {
    if (p === '<all_urls>' || p === '*://*/*') {
      console.error(`${target}: asks for ${p}: never statically`);
      bad++;
    } else if (!justified.has(p)) {
      console.error(`${target}: ${p} is not justified in the README's permission table`);
      bad++;
    }
  }
  console.log(`${target}: ${new Set(asked).size} permissions and hosts, all justified: ${bad === 0}`);
}
if (bad) process.exit(1);
