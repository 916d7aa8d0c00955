/**
 * Pure helpers for the Pack editor (options page): a pack draft is plain JSON data, edited field
 * by field at a path; `parsePack` validates it and its errors come back with the same paths, so
 * each error lands next to its field. Also: running the rules' cases on the valid part of a draft,
 * the live test box, and the exported file. Extension pages and tools only (pulls in zod).
 */
import type { Channel, ThreadMessage } from '../adapters/types';
import { analyzeThread } from '../tone/analyze';
import { lintContext } from './context';
import type { ToneState } from '../tone/types';
import { compile } from './compile';
import { caseInput, lint, openChecklists } from './engine';
import type { Hint } from './hint';
import { kindOf } from './kinds';
import { CHECK_FIELD } from './kinds/conversation';
import type { EditorField, VariantField } from './kinds/types';
import { formatPath, parsePack, RuleSchema, ChecklistSchema, SCHEMA_VERSION, type Case, type Pack, type PackError, type Rule } from './schema';

/** A pack being written: whatever the lead has typed so far, valid or not. */
export type PackDraft = Record<string, unknown>;
export type Path = readonly (string | number)[];

export const pathKey = (path: Path): string => formatPath(path);

export function getAt(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

/**
 * A copy of `root` with the value at `path` replaced (`undefined` removes the key; an array index
 * stays in place). Missing objects on the way are created. Only the nodes on the path are copied.
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base: unknown = root;
  if (Array.isArray(base)) {
    const copy = [...(base as unknown[])];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy as T;
  }
  const obj: Record<string, unknown> = base !== null && typeof base === 'object' ? { ...(base as Record<string, unknown>) } : {};
  const next = setAt(obj[head as string], rest, value);
  if (next === undefined) delete obj[head as string];
  else obj[head as string] = next;
  return obj as T;
}

/** Errors that belong to the field at `path`: its own, and its items' (`phrases[2]`). */
export function errorsAt(errors: readonly PackError[], path: Path, opts: { items?: boolean } = {}): PackError[] {
  const key = pathKey(path);
  return errors.filter((e) => e.path === key || (opts.items === true && e.path.startsWith(`${key}[`)));
}

/** Errors anywhere inside `path` (a rule, a checklist): for badges in lists. */
export function errorsUnder(errors: readonly PackError[], path: Path): number {
  const key = pathKey(path);
  return errors.filter((e) => e.path === key || e.path.startsWith(`${key}.`) || e.path.startsWith(`${key}[`)).length;
}

/** Where a pack's JSON Schema is expected: beside the pack (copy `assets/guidance-pack.schema.json` there). */
export const PACK_SCHEMA_REF = './guidance-pack.schema.json';

const today = (): string => new Date().toISOString().slice(0, 10);

export function emptyPack(locale = 'en'): PackDraft {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: '',
    name: '',
    version: '1.0.0',
    author: '',
    description: '',
    locale: /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : 'en',
    updated: today(),
    rules: [],
  };
}

/** A copy of a pack to start from, renamed so it can't be mistaken for the original. */
export function packFrom(pack: Pack, rename: { id: string; name: string }): PackDraft {
  const copy = structuredClone(pack) as PackDraft;
  delete copy.$schema;
  return { ...copy, id: rename.id, name: rename.name, version: '1.0.0', updated: today() };
}

/** A file the lead opened: JSON text that must at least be an object (the editor shows the rest). */
export function draftFromText(text: string): { ok: true; draft: PackDraft } | { ok: false; error: string } {
  if (text.length > 1024 * 1024) return { ok: false, error: `the file is larger than 1 MB (${text.length} characters)` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'a pack must be a JSON object' };
  const draft = { ...(raw as PackDraft) };
  delete draft.$schema;
  return { ok: true, draft };
}

export function newRule(kind: Rule['kind'], id: string): Record<string, unknown> {
  const base = { id, kind, title: '', severity: 'suggest', advice: '', why: '', examples: [], tests: { shouldMatch: [], shouldNotMatch: [] } };
  return { ...base, ...structuredClone(kindOf(kind)?.starter ?? {}) };
}

/** Fields every rule kind shares; switching kind keeps these and drops the rest. */
export const RULE_BASE_KEYS = ['id', 'kind', 'title', 'severity', 'advice', 'why', 'examples', 'actionHint', 'actions', 'tags', 'locked', 'context', 'tests'];

export function withKind(rule: Record<string, unknown>, kind: Rule['kind']): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(rule).filter(([k]) => RULE_BASE_KEYS.includes(k)));
  const fresh = newRule(kind, String(rule.id ?? ''));
  return { ...fresh, ...kept, kind };
}

/** The JSON names of a list of editor fields (rows opened up). */
export function fieldNames(fields: readonly EditorField[]): string[] {
  return fields.flatMap((f) => (f.type === 'row' ? fieldNames(f.fields) : [f.name]));
}

/**
 * The rule switched to another variant (a conversation rule's `check`): the fields of the other
 * variants go, its own stay, and its required matchers start empty.
 */
export function withVariant(rule: Record<string, unknown>, variant: VariantField, value: string): Record<string, unknown> {
  const own = variant.options.find((o) => o.value === value)?.fields ?? [];
  const mine = new Set(fieldNames(own));
  const all = new Set(variant.options.flatMap((o) => fieldNames(o.fields)));
  const kept = Object.fromEntries(Object.entries(rule).filter(([k]) => !all.has(k) || mine.has(k)));
  for (const f of own) if (f.type === 'matcher' && f.optional !== true) kept[f.name] ??= {};
  return { ...kept, [variant.name]: value };
}

export type ConversationCheck = Extract<Rule, { kind: 'conversation' }>['check'];
export function withCheck(rule: Record<string, unknown>, check: ConversationCheck): Record<string, unknown> {
  return withVariant(rule, CHECK_FIELD, check);
}

/** A free id like `rule-3` among the given ids. */
export function freeId(taken: readonly unknown[], stem: string): string {
  const ids = new Set(taken.map(String));
  for (let n = ids.size + 1; ; n++) if (!ids.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

// ---------------------------------------------------------------------------------------------
// Validation, cases and the live test box

export interface RuleCases {
  /** Rule index in the draft. */
  index: number;
  /** null: the rule has errors, its cases can't run yet. */
  passed: number | null;
  failed: { expected: 'match' | 'no-match'; case: Case; caseIndex: number }[];
}

export interface DraftCheck {
  errors: PackError[];
  /** The whole pack, when it is valid. */
  pack: Pack | null;
  cases: RuleCases[];
  /** Total cases run, and how many failed. */
  total: number;
  failing: number;
  /** The valid rules and checklists, for the test box (an invalid one elsewhere does not block it). */
  usable: Pack;
}

function rulesOf(draft: PackDraft): unknown[] {
  return Array.isArray(draft.rules) ? draft.rules : [];
}

interface RuleRun {
  rule: Rule;
  passed: number;
  failed: RuleCases['failed'];
}
/**
 * A rule's cases depend on that rule alone, so their result is kept per rule object: an edit
 * copies only the rule it touches (setAt), and the other rules' cases don't run again.
 */
const ruleRuns = new WeakMap<object, RuleRun>();

function runRule(raw: object, rule: Rule): RuleRun {
  const known = ruleRuns.get(raw);
  if (known) return known;
  const compiled = compile([{ ...USABLE_BASE, id: 'draft', rules: [rule], checklists: [] }]);
  const run: RuleRun = { rule, passed: 0, failed: [] };
  const one = (c: Case, caseIndex: number, expected: 'match' | 'no-match') => {
    const fired = lint(compiled, caseInput(c)).some((h) => h.ruleId === rule.id);
    if (fired === (expected === 'match')) run.passed++;
    else run.failed.push({ expected, case: c, caseIndex });
  };
  rule.tests.shouldMatch.forEach((c, i) => one(c, i, 'match'));
  rule.tests.shouldNotMatch.forEach((c, i) => one(c, i, 'no-match'));
  ruleRuns.set(raw, run);
  return run;
}

const USABLE_BASE = { schemaVersion: 1, name: 'draft', version: '0.0.0', author: '-', description: '-', locale: 'en', updated: '2000-01-01' } as const;

/** Validates the draft and runs the cases of every rule that is valid on its own. */
export function checkDraft(draft: PackDraft): DraftCheck {
  const parsed = parsePack(draft);
  const errors = parsed.ok ? [] : parsed.errors;
  const packId = typeof draft.id === 'string' && draft.id ? draft.id : 'draft';
  const rules: Rule[] = [];
  const cases: RuleCases[] = [];
  let total = 0;
  let failing = 0;
  rulesOf(draft).forEach((raw, index) => {
    const out: RuleCases = { index, passed: null, failed: [] };
    cases.push(out);
    if (raw === null || typeof raw !== 'object' || errorsUnder(errors, ['rules', index]) > 0) return;
    let rule: Rule | undefined = parsed.ok ? parsed.pack.rules[index] : ruleRuns.get(raw)?.rule;
    if (!rule) {
      const r = RuleSchema.safeParse(raw);
      if (!r.success) return;
      rule = r.data;
    }
    const run = runRule(raw, rule);
    rules.push(run.rule);
    out.passed = run.passed;
    out.failed = run.failed;
    total += run.passed + run.failed.length;
    failing += run.failed.length;
  });
  const checklists = (Array.isArray(draft.checklists) ? draft.checklists : []).flatMap((raw, i) => {
    if (errorsUnder(errors, ['checklists', i]) > 0) return [];
    const c = ChecklistSchema.safeParse(raw);
    return c.success ? [c.data] : [];
  });
  const usable = { ...USABLE_BASE, id: packId, rules, checklists } as Pack;
  return { errors, pack: parsed.ok ? parsed.pack : null, cases, total, failing, usable };
}

export interface LiveResult {
  hints: Hint[];
  tone: ToneState | null;
  /** Checklists that would open for these customer messages. */
  checklists: string[];
}

/** What the rep would see: the draft linted with the customer's messages (one per entry). */
export function liveTest(pack: Pack, input: { draft: string; customer: readonly string[]; channel?: Channel }): LiveResult {
  const thread: ThreadMessage[] = input.customer.filter((m) => m.trim()).map((text) => ({ role: 'customer', text }));
  const tone = thread.length > 0 ? analyzeThread(thread) : null;
  const compiled = compile([pack]);
  const context = lintContext({ draft: input.draft, channel: input.channel, tone });
  const hints = lint(compiled, { draft: input.draft, thread, context });
  const checklists = openChecklists(compiled, { thread, context }).map((c) => c.title);
  return { hints, tone, checklists };
}

/** Pieces of `text` with the ranges marked, for rendering as text with <mark> around the hits. */
export function splitByRanges(text: string, ranges: readonly { start: number; end: number }[]): { text: string; hit: boolean }[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Export

/** The file to save: pretty JSON (2 spaces), `$schema` first, named `<id>-<version>.json`. */
export function exportPack(pack: Pack): { filename: string; text: string } {
  const { $schema: _ignored, ...rest } = pack;
  const text = `${JSON.stringify({ $schema: PACK_SCHEMA_REF, ...rest }, null, 2)}\n`;
  return { filename: `${pack.id}-${pack.version}.json`, text };
}
