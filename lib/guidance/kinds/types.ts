/**
 * What a rule kind is: one module (lib/guidance/kinds/<kind>.ts) with its zod schema, its compile
 * step, its match step and the pack editor's fields, listed once in kinds/index.ts. The pack schema's
 * rule union (schema.ts), compile.ts, the engine's lint (engine.ts) and the pack editor
 * (components/options/PackEditorRules.tsx) are built from that list.
 */
import type { z } from 'zod';
import type { FileKey, KindKeyName } from '../../i18n';
import type { TextRange } from '../hint';
import type { CompiledMatcher, ThreadInfo } from '../compile';
import type { Matcher } from '../schema';

/** How a kind's compile step turns matchers into precompiled RegExps (shared and memoised per compile). */
export interface Matchers {
  /** A matcher of the pack (null when absent). */
  get(m: Matcher | undefined): CompiledMatcher | null;
  /** Phrases and/or a pattern given apart (a rule's own `phrases`, `pattern` and `flags`). */
  build(phrases: readonly string[] | null, inflect: boolean, pattern: string | null, flags: string): CompiledMatcher;
}

/**
 * What a kind's match step may ask about the draft being linted (engine.ts implements it). Scans
 * are memoised per draft and word-gated; the word count and thread facts are worked out once per
 * lint, only when a rule asks.
 */
export interface DraftView {
  readonly text: string;
  /** Every non-empty match of `m` in the draft, sorted. */
  scan(m: CompiledMatcher): readonly TextRange[];
  /** Whether `m` matches the draft. */
  has(m: CompiledMatcher): boolean;
  /** The draft's number of words; with `upTo`, any number above `upTo` once there are more (enough to compare with a limit: counting stops there). */
  words(upTo?: number): number;
  /** The ranges that pass the rule's `ifNear` and `unlessNear`. */
  near(ranges: readonly TextRange[]): readonly TextRange[];
  /** The thread's facts (cached per thread); a kind with `needsThread` always has one. */
  thread(): ThreadInfo;
  /** Whether `m` matches anywhere in `text` (a thread message). */
  test(m: CompiledMatcher, text: string): boolean;
  /** Whether a customer message matches `m` (only the last one with `lastOnly`). */
  customerSays(m: CompiledMatcher, lastOnly: boolean): boolean;
  /** A value worked out from the draft alone, kept until the draft changes. */
  memo<T>(key: object, make: (draft: string) => T): T;
  /** The draft's sentences in order (the bounds `within: "sentence"` uses: line breaks, . ! ?). */
  sentences(): readonly TextRange[];
  /** The draft's words with their hashes (read in the same pass as the word gates' words). Valid for this draft only: the next draft's list reuses its arrays. */
  wordList(): DraftWordList;
}

/**
 * The draft's words: runs of letters and digits, an apostrophe between two of them kept inside
 * (words.ts isWordCode, isApostrophe). Word k is [starts[k], ends[k]); hashes[k] is FNV-1a over its
 * characters lower case (A-Z as a-z, others as String#toLowerCase gives their first unit),
 * apostrophes skipped.
 */
export interface DraftWordList {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly hashes: Int32Array;
}

/**
 * A field of the pack editor's form, as data: the editor renders each with its field component
 * (components/options/PackEditorFields.tsx). `name` is the rule's JSON field; labels are messages
 * of the messages files (FileKey).
 */
export type EditorField =
  /** A list of strings, one per line. */
  | { readonly type: 'lines'; readonly name: string; readonly label: FileKey; readonly hint?: FileKey }
  /** Yes, or left out. */
  | { readonly type: 'check'; readonly name: string; readonly label: FileKey }
  | { readonly type: 'text'; readonly name: string; readonly label: FileKey; readonly optional?: boolean; readonly wide?: boolean }
  | { readonly type: 'number'; readonly name: string; readonly label: FileKey; readonly hint?: FileKey }
  /** Phrases and/or a pattern; an optional one goes away when emptied. */
  | { readonly type: 'matcher'; readonly name: string; readonly label: FileKey; readonly optional?: boolean; readonly hint?: FileKey }
  /** A list of up to `max` matchers, each removable, with a button to add one. */
  | { readonly type: 'matchers'; readonly name: string; readonly label: FileKey; readonly max: number; readonly add: FileKey; readonly remove: FileKey }
  /** Fields side by side. */
  | { readonly type: 'row'; readonly fields: readonly EditorField[] }
  /** A choice among variants (`name` holds the chosen value), each with fields of its own. */
  | { readonly type: 'variant'; readonly name: string; readonly label: FileKey; readonly options: readonly EditorVariant[] };

export type VariantField = Extract<EditorField, { type: 'variant' }>;

export interface EditorVariant {
  readonly value: string;
  readonly label: FileKey;
  readonly fields: readonly EditorField[];
}

/**
 * A kind's name in the pack editor, in every language of the interface (assets/public/_locales): the
 * build merges it into each messages.json as `label` (kinds/messages.ts), and the editor shows it
 * through the browser's i18n like every other string.
 */
export type KindNames = { readonly [L in 'de' | 'en' | 'es' | 'fr' | 'pt']: string };

/** The message key of a kind's name: `peKind` and its name in PascalCase (`word-count`: peKindWordCount). */
export function kindLabelKey<K extends string>(kind: K): `peKind${KindKeyName<K>}` {
  return `peKind${kind.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase())}` as `peKind${KindKeyName<K>}`;
}

/** A rule kind as its module declares it (defineKind adds its `label`). */
export type RuleKindSpec<S extends z.ZodType<{ kind: string }> = z.ZodType<{ kind: string }>, C = unknown> = Omit<RuleKind<S, C>, 'label'>;

/** A rule kind. `S`: its zod schema (an object with `kind: z.literal(…)`, or a union of them); `C`: what it compiles to. */
export interface RuleKind<S extends z.ZodType<{ kind: string }> = z.ZodType<{ kind: string }>, C = unknown> {
  /** The `kind` value in a pack. */
  readonly kind: z.output<S>['kind'];
  readonly schema: S;
  /** The kind's name in the pack editor, in each language. */
  readonly names: KindNames;
  /** Its message key (kindLabelKey), merged into the built messages.json from `names`. */
  readonly label: `peKind${KindKeyName<z.output<S>['kind']>}`;
  /** The kind's own fields a new rule of this kind starts with (the editor adds the shared ones). */
  readonly starter: Readonly<Record<string, unknown>>;
  /** The editor's fields for the kind's own part of a rule. */
  readonly fields: readonly EditorField[];
  /** Precompiles a valid rule; may throw (a bad pattern in an unvalidated pack: the rule is skipped). */
  compile(rule: z.output<S>, m: Matchers): C;
  /** The ranges to underline when the rule fires (may be none), or null when it does not. */
  match(c: C, draft: DraftView): readonly TextRange[] | null;
  /** The rule reads the thread: it never fires without one. */
  readonly needsThread?: boolean;
  /** The match step applies `ifNear` / `unlessNear` itself (draft.near); otherwise lint applies them to its ranges. */
  readonly nearInside?: boolean;
}

/** Declares a kind, keeping its schema's own type (the rule union is inferred from the list). */
export function defineKind<S extends z.ZodType<{ kind: string }>, C>(kind: RuleKindSpec<S, C>): RuleKind<S, C> {
  return { ...kind, label: kindLabelKey(kind.kind) };
}

/** The schemas of a list of kinds (or checks), as the tuple `z.discriminatedUnion` takes. */
export function schemasOf<L extends readonly { readonly schema: z.ZodType }[]>(list: L): { -readonly [I in keyof L]: L[I]['schema'] } {
  return list.map((k) => k.schema) as { -readonly [I in keyof L]: L[I]['schema'] };
}
