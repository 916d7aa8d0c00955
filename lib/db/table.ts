/**
 * One table of the database, declared once in its own module (lib/db/<table>.ts) and listed once in
 * the registry (tables.ts). What runs over every table (backup, restore, the pre-migration copy,
 * retention, the options page's counts) walks the registry, so a new table is its module, its line
 * in the registry and its schema version (schema.ts). tests/unit/db/tables-conventions.test.ts
 * checks the registry against the Dexie schema and each table against backup, restore and clear.
 */
import type { IndexableType, Table } from 'dexie';
import type { z } from 'zod';

/** Something that has Dexie's `table(name)`: a database or a transaction. */
export interface TableHost {
  table(name: string): Table;
}

/** A retention rule: an indexed date field, or a function deleting the rows before the cut-off (returns how many). */
export type Retention<Row, Key = IndexableType> = string | ((table: Table<Row, Key>, before: number) => Promise<number>);

export interface TableDef<N extends string = string, Row = unknown, Key = unknown> {
  readonly name: N;
  /** Every row written, restored or copied is parsed with it (full zod, strict objects). */
  readonly row: z.ZodType<Row>;
  /**
   * Its Dexie store spec in the current schema version (primary key first). The versions in
   * schema.ts are history and keep their own strings; the conventions test checks they agree.
   */
  readonly index: string;
  /** The primary key of a row as text (a backup file with two rows of one key is refused). */
  readonly key: (row: Row) => string;
  /** Carried in a backup file and replaced by a restore. Internal tables (backups, meta) are not. */
  readonly backup: boolean;
  /** Counted in the options page's "Your data" (label `data<Name>` in messages.json). */
  readonly summary: boolean;
  /**
   * Optional retention (off unless the rep chose N days): the indexed date field whose rows older
   * than the cut-off are deleted, or a function for a rule that is more than a date (callbacks:
   * closed ones only). Returns how many rows went.
   */
  readonly retention?: Retention<Row, Key> | undefined;
  /** A restore's own way to replace the rows (default: clear, then add the file's). Returns how many of the file's rows were written. */
  readonly restore?: (table: Table<Row, Key>, fileRows: Row[]) => Promise<number>;
  /** The Dexie table in a database or a transaction. */
  of(db: TableHost): Table<Row, Key>;
}

/** A table's definition; its name, row type and whether it is in backups are inferred (the registry's types come from them). */
export function defineTable<const N extends string, Row, const B extends boolean, const R extends Retention<Row> | undefined = undefined>(
  def: Omit<TableDef<N, Row, IndexableType>, 'of' | 'backup' | 'retention'> & { readonly backup: B; readonly retention?: R },
): TableDef<N, Row, IndexableType> & { readonly backup: B; readonly retention: R } {
  // A database's own property first (`db.callbacks`, what the stores use), else `table(name)` (a transaction).
  const of = (db: TableHost): Table<Row, IndexableType> => ((db as unknown as Record<string, Table | undefined>)[def.name] ?? db.table(def.name)) as unknown as Table<Row, IndexableType>;
  return { ...def, retention: def.retention as R, of };
}

export type RowOf<D> = D extends TableDef<string, infer Row, unknown> ? Row : never;
