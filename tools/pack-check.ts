/**
 * `npm run pack:check -- <file...>`: validates guidance packs and runs their test cases.
 * Prints errors by JSON path and each failing case; exit code 1 on any failure, else 0 with a
 * one-line summary. Team leads run it before handing a pack to the team.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { runPackTests } from '../lib/guidance/engine';
import { parsePack } from '../lib/guidance/schema';

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

function describeCase(k: unknown): string {
  const draft = typeof k === 'string' ? k : (k as { draft: string }).draft;
  const extra = typeof k === 'string' ? '' : ' (with thread/context)';
  const short = draft.length > 80 ? `${draft.slice(0, 77)}…` : draft;
  return `${JSON.stringify(short)}${extra}`;
}

/** Checks each file; returns the exit code. */
export function main(files: readonly string[], out: Output = console): number {
  if (files.length === 0) {
    out.error('usage: npm run pack:check -- <pack.json> [more.json …]');
    return 2;
  }
  let failed = 0;
  let rules = 0;
  let cases = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      out.error(`${file}: cannot read: ${(e as Error).message}`);
      failed++;
      continue;
    }
    const parsed = parsePack(text);
    if (!parsed.ok) {
      failed++;
      out.error(`${file}: invalid pack`);
      for (const err of parsed.errors) out.error(`  ${err.path || '(root)'}: ${err.message}`);
      continue;
    }
    const results = runPackTests(parsed.pack);
    const bad = results.filter((r) => !r.ok);
    rules += parsed.pack.rules.length;
    cases += results.length;
    const untested = parsed.pack.rules.filter((r) => r.tests.shouldMatch.length === 0 || r.tests.shouldNotMatch.length === 0);
    for (const r of untested) out.log(`${file}: note: rules[${parsed.pack.rules.indexOf(r)}] "${r.id}" has no ${r.tests.shouldMatch.length === 0 ? 'shouldMatch' : 'shouldNotMatch'} cases`);
    if (bad.length > 0) {
      failed++;
      out.error(`${file}: ${bad.length} of ${results.length} cases fail`);
      for (const r of bad) {
        out.error(`  rule "${r.ruleId}": expected ${r.expected === 'match' ? 'a match' : 'no match'} for ${describeCase(r.case)}`);
      }
    }
  }
  if (failed > 0) {
    out.error(`pack:check: ${failed} of ${files.length} file(s) failed`);
    return 1;
  }
  out.log(`pack:check: ${files.length} pack(s) ok, ${rules} rules, ${cases} cases pass`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2).filter((a) => a !== '--'));
}
