// `npm run new:table -- <name>` (the table's name in camelCase, e.g. followUps)
//
// Scaffolds a database table the way lib/db/MIGRATIONS.md asks, everything the conventions tests
// (tests/unit/db/tables-conventions.test.ts, tests/unit/db/migrations.test.ts) check:
// - lib/db/<name-in-dashes>.ts: its row schema, its definition (`defineTable`: index, key, in backups,
//   counted) and a store to add and list rows (the background's reads and writes);
// - tests/unit/db/<name-in-dashes>.test.ts: rows are parsed, listed, backed up and restored, and a
//   backup file from before the table restores;
// - its line in lib/db/tables.ts, a new version in lib/db/schema.ts adding its store, the fixture of
//   the version before (a copy of the newest: put real rows of that version there), its row in
//   MIGRATIONS.md, and its label `data<Name>` in every messages.json (English: translate it there).
// Backup, restore, "Delete all my data", the data summary and retention take it from the registry.
// The command then runs `wxt prepare` (WXT's message types know the label). Right after it runs, tsc, eslint, its test and the conventions tests pass (tests/unit/scaffold.test.ts).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyPlan, insertBefore, runScaffold, withMessage, type Plan } from './scaffold';

const NAME = /^[a-z][a-zA-Z0-9]*$/;
const dashed = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const pascal = (name: string): string => name.replace(/^./, (c) => c.toUpperCase());

export function planTable(name: string, root = '.'): Plan {
  if (!NAME.test(name) || name.length > 30) throw new Error(`a table's name is one camelCase word, up to 30 characters: ${JSON.stringify(name)}`);
  const file = dashed(name);
  const Name = pascal(name);
  const schema = readFileSync(resolve(root, 'lib/db/schema.ts'), 'utf8');
  const versions = [...schema.matchAll(/^ {4}version: (\d+),$/gm)].map((m) => Number(m[1]));
  const current = Math.max(...versions);
  const next = current + 1;
  const fixture = JSON.parse(readFileSync(resolve(root, `tests/fixtures/db/v${current - 1}.json`), 'utf8')) as { comment?: string; version: number; tables: unknown };

  const module = `/** The ${name} table (background only; see store.ts). Scaffolded by \`npm run new:table\`: make the row what the table keeps. */
import { z } from 'zod';
import type { HeardDB } from './database';
import { epochMs } from './rows';
import { nowOf, type Clock } from './store';
import { defineTable } from './table';

export const ${name}Row = z.strictObject({
  id: z.uuid(),
  conversationKey: z.string().min(1).max(500),
  at: epochMs,
});
export type ${Name}Row = z.infer<typeof ${name}Row>;

export const ${name}Table = defineTable({
  name: '${name}',
  row: ${name}Row,
  // As schema.ts's version ${next} declares it (tests/unit/db/tables-conventions.test.ts checks they agree).
  index: 'id, conversationKey, at',
  key: (r) => r.id,
  backup: true,
  summary: true,
  // Optional retention (when the rep chose N days): an indexed date field, e.g. retention: 'at'.
});

export async function add${Name}(db: HeardDB, conversationKey: string, opts: Clock & { id?: string } = {}): Promise<${Name}Row> {
  const row = ${name}Row.parse({ id: opts.id ?? crypto.randomUUID(), conversationKey, at: nowOf(db, opts) });
  const table = ${name}Table.of(db);
  await db.transaction('rw', table, () => table.put(row));
  return row;
}

export async function list${Name}(db: HeardDB, conversationKey: string): Promise<${Name}Row[]> {
  return ${name}Table.of(db).where('conversationKey').equals(conversationKey).sortBy('at');
}
`;

  const test = `import { HeardDB } from '@/lib/db/database';
import { exportBackup, importBackup } from '@/lib/callbacks/backup';
import { add${Name}, list${Name}, ${name}Table } from '@/lib/db/${file}';

const NOW = Date.UTC(2026, 5, 1, 12);
let n = 0;
const freshDb = (): HeardDB => new HeardDB(\`${file}-\${++n}\`, { now: () => NOW });

test('rows are parsed when written and listed by conversation', async () => {
  const db = freshDb();
  const a = await add${Name}(db, 'demo:t:1');
  await add${Name}(db, 'demo:t:2');
  expect(await list${Name}(db, 'demo:t:1')).toEqual([a]);
  await expect(add${Name}(db, '')).rejects.toThrow();
});

test('a backup carries the table and a restore brings it back', async () => {
  const db = freshDb();
  const row = await add${Name}(db, 'demo:t:1');
  const text = await exportBackup(db);
  expect(JSON.parse(text).tables.${name}).toEqual([row]);
  await ${name}Table.of(db).clear();
  const res = await importBackup(db, text, { keepPreRestoreBackup: false });
  expect(res.ok && res.counts.${name}).toBe(1);
  expect(await list${Name}(db, 'demo:t:1')).toEqual([row]);
});

test('a backup file written before the table restores, and leaves the table empty', async () => {
  const db = freshDb();
  await add${Name}(db, 'demo:t:1');
  const doc = JSON.parse(await exportBackup(db));
  delete doc.tables.${name};
  const res = await importBackup(db, JSON.stringify({ ...doc, schemaVersion: ${current} }), { keepPreRestoreBackup: false });
  expect(res.ok).toBe(true);
  expect(await ${name}Table.of(db).count()).toBe(0);
});
`;

  const fixtureComment = `Rows as version ${current} stores them (scaffolded from v${current - 1}.json by npm run new:table: replace with real rows of that version).`;
  const locales = resolve(root, 'assets/public/_locales');
  const messages = Object.fromEntries(
    readdirSync(locales).map((lang) => [`assets/public/_locales/${lang}/messages.json`, (text: string) => withMessage(text, 'dataBackups', `data${Name}`, `${Name.replace(/([a-z])([A-Z])/g, '$1 $2')}`)]),
  );

  return {
    create: {
      [`lib/db/${file}.ts`]: module,
      [`tests/unit/db/${file}.test.ts`]: test,
      [`tests/fixtures/db/v${current}.json`]: `${JSON.stringify({ ...fixture, comment: fixtureComment, version: current }, null, 2)}\n`,
    },
    edit: {
      'lib/db/tables.ts': (t) => {
        if (new RegExp(`\\b${name}Table\\b`).test(t)) throw new Error(`lib/db/tables.ts lists ${name}Table already`);
        const out = insertBefore(t, /^import \{ packsTable \}/, /^import \{ backupsTable \}/, `import { ${name}Table } from './${file}';`, 'tables.ts');
        return out.replace('packsTable, backupsTable', `packsTable, ${name}Table, backupsTable`);
      },
      'lib/db/schema.ts': (t) =>
        insertBefore(
          t,
          /^export const SCHEMA_VERSIONS/,
          /^\];$/,
          `  {
    version: ${next},
    why: 'The ${name} table (scaffolded: say what it keeps and why).',
    stores: { ${name}: 'id, conversationKey, at' },
    // Backup files written before it have no ${name}: they restore with the table empty.
    upgradeBackup: (tables) => ({ ...tables, ${name}: [] }),
  },`,
          'schema.ts',
        ),
      'lib/db/MIGRATIONS.md': (t) =>
        insertBefore(t, /^\| version \| change \| data step \|$/, /^$/, `| ${next} | \`${name}\` table (\`id, conversationKey, at\`) | — |`, 'MIGRATIONS.md'),
      ...messages,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runScaffold('usage: npm run new:table -- <name>   (camelCase, e.g. followUps)', (name) => {
    const touched = applyPlan(resolve('.'), planTable(name));
    // WXT's message types know the new label.
    execFileSync(resolve('node_modules/.bin/wxt'), ['prepare'], { stdio: 'inherit' });
    return `${touched.join('\n')}\n\nNext: make the row what the table keeps (keep schema.ts's version and the index in lib/db/${dashed(name)}.ts equal), put real rows in the new fixture, translate data${pascal(name)} in the other messages.json files, then npx vitest run tests/unit/db`;
  });
}
