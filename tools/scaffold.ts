// What the scaffolds (new-adapter.ts, new-rule-kind.ts, new-table.ts) share: a plan of files to create and edit,
// written in one go.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface Plan {
  /** New files, by path relative to the repository root. */
  create: Record<string, string>;
  /** Edits of existing files: the file's text in, the new text out. */
  edit: Record<string, (text: string) => string>;
}

/** Inserts `line` before the first line matching `before` after the first line matching `after`. */
export function insertBefore(text: string, after: RegExp, before: RegExp, line: string, file: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => after.test(l));
  const at = start < 0 ? -1 : lines.findIndex((l, i) => i > start && before.test(l));
  if (at < 0) throw new Error(`${file}: cannot find where to add the new line (${after} … ${before})`);
  lines.splice(at, 0, line);
  return lines.join('\n');
}

/** Writes the plan under `root`; refuses to overwrite a file that exists. Returns the paths touched. */
export function applyPlan(root: string, plan: Plan): string[] {
  for (const p of Object.keys(plan.create)) if (existsSync(resolve(root, p))) throw new Error(`${p} exists already`);
  const edited = Object.entries(plan.edit).map(([p, fn]) => [p, fn(readFileSync(resolve(root, p), 'utf8'))] as const);
  for (const [p, text] of Object.entries(plan.create)) {
    mkdirSync(dirname(resolve(root, p)), { recursive: true });
    writeFileSync(resolve(root, p), text);
  }
  for (const [p, text] of edited) writeFileSync(resolve(root, p), text);
  return [...Object.keys(plan.create), ...edited.map(([p]) => p)];
}

/** A messages.json with `key` added right after `after` (or at the end), formatted as the file is. */
export function withMessage(text: string, after: string, key: string, message: string): string {
  const entries = Object.entries(JSON.parse(text) as Record<string, unknown>);
  if (entries.some(([k]) => k === key)) throw new Error(`the message ${key} exists already`);
  const at = entries.findIndex(([k]) => k === after);
  entries.splice(at < 0 ? entries.length : at + 1, 0, [key, { message }]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

/** A scaffold's command line: `usage` without a name; else what `make(name)` returns is printed, and an error ends it with status 1. */
export function runScaffold(usage: string, make: (name: string) => string): void {
  const name = process.argv[2];
  if (!name) {
    console.error(usage);
    process.exit(2);
  }
  try {
    console.log(make(name));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
