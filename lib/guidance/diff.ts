/**
 * What changed between two versions of a pack, by rule id: what the rep is shown after an update.
 * Pure; the result is plain data (stored with the pack row and sent to the options page).
 */
import * as z from 'zod/mini';
import type { Pack, Rule } from './schema';

export const MAX_DIFF_ITEMS = 500;

const str = (max: number) => z.string().check(z.maxLength(max));
const item = { id: str(200), title: str(500) };
/** zod/mini: the options page parses it from messages, the database from stored rows. */
export const PackDiffSchema = z.strictObject({
  fromVersion: str(100),
  toVersion: str(100),
  added: z.array(z.strictObject(item)).check(z.maxLength(MAX_DIFF_ITEMS)),
  removed: z.array(z.strictObject(item)).check(z.maxLength(MAX_DIFF_ITEMS)),
  /** `fields`: the rule's own field names that differ (title, severity, advice, phrases, pattern…). */
  changed: z
    .array(z.strictObject({ ...item, fields: z.array(str(100)).check(z.maxLength(50)) }))
    .check(z.maxLength(MAX_DIFF_ITEMS)),
  /** How many entries were left out of the lists above (huge packs). */
  truncated: z.int().check(z.minimum(0)),
  checklistsChanged: z.boolean(),
  boundaryPolicyChanged: z.boolean(),
  /** Pack-level fields that changed apart from version/updated/rules/checklists/boundaryPolicy. */
  metaChanged: z.array(str(100)).check(z.maxLength(50)),
  /** The new version's own changelog, if it has one. */
  changelog: z.optional(str(20_000)),
});
export type PackDiff = z.infer<typeof PackDiffSchema>;

/** Canonical JSON: object keys sorted, so key order in the file never counts as a change. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function changedFields(a: Rule, b: Rule): string[] {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => k !== 'id');
  return keys.filter((k) => canonical(ra[k]) !== canonical(rb[k]));
}

const META_SKIP = new Set(['version', 'updated', 'rules', 'checklists', 'boundaryPolicy', 'changelog', '$schema']);

export function diffPacks(before: Pack, after: Pack): PackDiff {
  const old = new Map(before.rules.map((r) => [r.id, r]));
  const next = new Map(after.rules.map((r) => [r.id, r]));
  const added = after.rules.filter((r) => !old.has(r.id)).map((r) => ({ id: r.id, title: r.title }));
  const removed = before.rules.filter((r) => !next.has(r.id)).map((r) => ({ id: r.id, title: r.title }));
  const changed: PackDiff['changed'] = [];
  for (const r of after.rules) {
    const prev = old.get(r.id);
    if (!prev) continue;
    const fields = changedFields(prev, r);
    if (fields.length) changed.push({ id: r.id, title: r.title, fields });
  }
  let truncated = 0;
  const cap = <T>(list: T[]): T[] => {
    if (list.length <= MAX_DIFF_ITEMS) return list;
    truncated += list.length - MAX_DIFF_ITEMS;
    return list.slice(0, MAX_DIFF_ITEMS);
  };
  const pa = before as unknown as Record<string, unknown>;
  const pb = after as unknown as Record<string, unknown>;
  const metaChanged = [...new Set([...Object.keys(pa), ...Object.keys(pb)])]
    .filter((k) => !META_SKIP.has(k) && canonical(pa[k]) !== canonical(pb[k]))
    .sort();
  return {
    fromVersion: before.version,
    toVersion: after.version,
    added: cap(added),
    removed: cap(removed),
    changed: cap(changed),
    truncated,
    checklistsChanged: canonical(before.checklists ?? []) !== canonical(after.checklists ?? []),
    boundaryPolicyChanged: canonical(before.boundaryPolicy ?? null) !== canonical(after.boundaryPolicy ?? null),
    metaChanged,
    ...(after.changelog ? { changelog: after.changelog } : {}),
  };
}

/** True when nothing the rep would notice changed (the same pack served again). */
export function isEmptyDiff(d: PackDiff): boolean {
  return (
    d.fromVersion === d.toVersion &&
    !d.added.length &&
    !d.removed.length &&
    !d.changed.length &&
    !d.checklistsChanged &&
    !d.boundaryPolicyChanged &&
    !d.metaChanged.length
  );
}
