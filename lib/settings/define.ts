import { storage, type StorageItemKey } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/**
 * One setting the rep chooses: one `storage.local` key, defined once through WXT's
 * `storage.defineItem`, with its zod schema at the boundary. What is stored is parsed at every read
 * (a missing, damaged or older value reads as `fallback`, never throws) and at every write (a
 * value the schema refuses is never stored).
 *
 * The stored shape changes: bump `version` and give the step in `migrations` (WXT runs it once,
 * before the first read, and keeps the version beside the value under `<key>$`).
 */
export interface Setting<T> {
  /** The storage.local key (without WXT's `local:` area prefix): the backup and the data summary see it. */
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the parsed value when it changes (another page, the background); returns the unwatch. */
  watch(cb: (value: T) => void): () => void;
}

export function defineSetting<T>(
  key: string,
  schema: z.core.$ZodType<T>,
  fallback: () => T,
  opts: { version?: number; migrations?: Record<number, (old: unknown) => unknown> } = {},
): Setting<T> {
  const item = storage.defineItem<unknown>(`local:${key}` as StorageItemKey, {
    ...(opts.version ? { version: opts.version } : {}),
    ...(opts.migrations ? { migrations: opts.migrations } : {}),
  });
  const parse = (raw: unknown): T => {
    const parsed = z.safeParse(schema, raw);
    return parsed.success ? parsed.data : fallback();
  };
  return {
    key,
    get: async () => parse(await item.getValue().catch(() => undefined)),
    set: async (value) => item.setValue(z.parse(schema, value)),
    watch: (cb) => item.watch((raw) => cb(parse(raw))),
  };
}

/**
 * A family of settings of one shape, one storage.local key each: `${prefix}${id}` (the panel's place
 * per site: `dock:<host>`). Each member is a `Setting` (parsed at every read and write); members are
 * made on first use and kept.
 */
export function defineSettingFamily<T>(prefix: string, schema: z.core.$ZodType<T>, fallback: () => T): (id: string) => Setting<T> {
  const members = new Map<string, Setting<T>>();
  return (id) => {
    let member = members.get(id);
    if (!member) members.set(id, (member = defineSetting(`${prefix}${id}`, schema, fallback)));
    return member;
  };
}
