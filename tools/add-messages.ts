// Adds user-facing strings to assets/public/_locales/en/messages.json without clobbering other
// people's edits: run under a lock, e.g.
//   flock /tmp/messages.lock node --import tsx tools/add-messages.ts my-strings.json
// where my-strings.json is { "key": { "message": "…", "description"?: "…", "placeholders"?: {…} } }.
// Existing keys are replaced; the file stays sorted as it was (new keys appended).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const file = resolve(import.meta.dirname, '..', 'assets/public/_locales/en/messages.json');
const add = JSON.parse(readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8')) as Record<string, { message: string }>;
const cur = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
for (const [k, v] of Object.entries(add)) {
  if (!/^[A-Za-z0-9_]+$/.test(k) || typeof v?.message !== 'string') throw new Error(`bad message ${k}`);
  cur[k] = v;
}
writeFileSync(file, `${JSON.stringify(cur, null, 2)}\n`);
console.log(`${Object.keys(add).length} messages added to ${file}`);
