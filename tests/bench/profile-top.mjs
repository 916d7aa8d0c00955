// The top self-time functions of the newest .cpuprofile in a folder (node --cpu-prof), as a share of
// the samples: `node tests/bench/profile-top.mjs /tmp/prof [how many]`. See profile-lint.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import console from 'node:console';

const dir = process.argv[2] ?? '.';
const top = Number(process.argv[3] ?? 30);
const file = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(dir, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!file) throw new Error(`no .cpuprofile in ${dir}`);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const count = new Map();
for (const s of profile.samples) count.set(s, (count.get(s) ?? 0) + 1);
const self = new Map();
let total = 0;
for (const [id, c] of count) {
  const f = byId.get(id).callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + c);
  total += c;
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}% ${k}`);
