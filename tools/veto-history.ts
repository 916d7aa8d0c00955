/**
 * Records what the default pack showed on each English training split when that split was fresh (before
 * anyone tuned a rule on it), for the learned veto's trainer (tools/train-drafts-en.ts): the rules tuned
 * since read their own training text far better than a writer's new text, so the false alarms a rep
 * sees on fresh text are mostly gone from the current pack's training hints. The commit that added a
 * split's file holds the pack it was first scored with.
 *
 *   git worktree add --detach /tmp/h-train8 <commit that added train8.jsonl>   (node_modules linked)
 *   node --import tsx tools/veto-history.ts train8=/tmp/h-train8 train9=/tmp/h-train9 …
 *
 * Writes tools/veto-history.json: per split, the commit and, per draft id, the shown cards of the
 * default pack ([ruleId, ranges, folded rule ids]); rule ids and offsets only, no text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type HistoryCard = [ruleId: string, ranges: [number, number][], also: string[]];
export interface VetoHistory {
  [split: string]: { commit: string; rows: Record<string, HistoryCard[]> };
}

export const HISTORY_FILE = join(fileURLToPath(new URL('.', import.meta.url)), 'veto-history.json');

interface OldHint {
  ruleId: string;
  packId: string;
  ranges: readonly { start: number; end: number }[];
  also?: readonly { ruleId: string; packId: string }[];
}

async function main(argv: readonly string[]): Promise<void> {
  const out: VetoHistory = existsSync(HISTORY_FILE) ? (JSON.parse(readFileSync(HISTORY_FILE, 'utf8')) as VetoHistory) : {};
  const here = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  for (const arg of argv) {
    const [split, tree] = arg.split('=') as [string, string];
    if (split === 'heldout' || split.includes('heldout')) throw new Error('held-out splits are never read');
    const commit = execFileSync('git', ['-C', tree, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const mod = (await import(pathToFileURL(join(tree, 'tools', 'eval-drafts.ts')).href)) as { defaultLinter: () => (row: unknown) => readonly OldHint[] };
    const linter = mod.defaultLinter();
    const rows: Record<string, HistoryCard[]> = {};
    for (const line of readFileSync(join(here, 'tests', 'fixtures', 'drafts', `${split}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string };
      rows[row.id] = linter(row)
        .filter((h) => h.packId === 'heard-default')
        .map((h): HistoryCard => [h.ruleId, h.ranges.map((r): [number, number] => [r.start, r.end]), (h.also ?? []).filter((a) => a.packId === 'heard-default').map((a) => a.ruleId)]);
    }
    out[split] = { commit, rows };
    console.log(`${split}: ${commit.slice(0, 7)}, ${Object.keys(rows).length} drafts`);
  }
  writeFileSync(HISTORY_FILE, JSON.stringify(out) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main(process.argv.slice(2));
