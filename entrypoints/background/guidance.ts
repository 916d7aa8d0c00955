import { compile, type CompiledPacks } from '@/lib/guidance/compile';
import { lint } from '@/lib/guidance/engine';
import { defaultPack } from '@/lib/guidance/default-pack';
import type { Pack } from '@/lib/guidance/schema';
import type { Hint } from '@/lib/guidance/hint';
import type { ThreadMessage } from '@/lib/adapters/types';
import type { ToneState } from '@/lib/tone/types';
import { analyzeThread } from '@/lib/tone/analyze';
import { lintContext } from '@/lib/guidance/context';
import type { HintMsg, TicketMsg } from '@/lib/messaging';
import { splitSentences } from '@/lib/callbacks/promise';

/**
 * Guidance runs here, in the extension's origin, not in the content script: the compiled packs
 * exist once rather than once per helpdesk tab, the content script stays small (the engine,
 * the tone analysers and their lexicons stay out of it), and the draft still never leaves the
 * rep's machine. The content script sends the draft after a typing pause and gets back only
 * what it needs to mark it: ranges and a count.
 */
let compiled: CompiledPacks | null = null;
let disabled: ReadonlySet<string> = new Set();

let inForce: readonly Pack[] = [defaultPack];

/** The packs in force, in order (packs.ts sets them from the database; the built-in pack until then). */
export function enabledPacks(): readonly Pack[] {
  return inForce;
}

/** The installed packs changed (packs.ts): compile again on next use. */
export function setPacksInForce(packs: readonly Pack[]): void {
  inForce = packs;
  compiled = null;
}

export function compiledPacks(): CompiledPacks {
  compiled ??= compile(enabledPacks(), { disabledRuleIds: disabled });
  return compiled;
}

/** Packs or the rep's rule switches changed: compile again on next use. */
export function setDisabledRules(ids: ReadonlySet<string>): void {
  disabled = ids;
  compiled = null;
}
export function disabledRules(): ReadonlySet<string> {
  return disabled;
}

// Tone depends on the thread only; the thread changes far less often than the draft. Keyed on a
// hash of the whole thread (a key of each message's first characters let a page that changes only
// the rest defeat it), one entry per recent thread so tabs that lint in turn keep theirs.
const TONE_CACHE_SIZE = 8;
const toneCache = new Map<string, ToneState>();
export function toneOf(thread: readonly ThreadMessage[]): ToneState | null {
  if (thread.length === 0) return null;
  const key = threadHash(thread);
  let state = toneCache.get(key);
  if (state) toneCache.delete(key);
  else state = analyzeThread(thread);
  toneCache.set(key, state);
  if (toneCache.size > TONE_CACHE_SIZE) toneCache.delete(toneCache.keys().next().value!);
  return state;
}

/** A 53-bit hash (cyrb53) of every message's role and whole text: one pass, no allocation per character. */
export function threadHash(thread: readonly ThreadMessage[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const m of thread) {
    const s = `${m.role}\u0000${m.text}\u0001`;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${thread.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

export interface LintOutcome {
  hints: Hint[];
  tone: ToneState | null;
}

export function lintDraft(input: {
  draft: string;
  thread: readonly ThreadMessage[];
  site: string;
  ticket: TicketMsg | null;
  dismissed: ReadonlySet<string>;
}): LintOutcome {
  const tone = toneOf(input.thread);
  const hints = lint(compiledPacks(), {
    draft: input.draft,
    thread: input.thread,
    context: lintContext({ draft: input.draft, site: input.site, channel: input.ticket?.channel, tone }),
  }).filter((h) => !input.dismissed.has(h.id));
  return { hints, tone };
}

export function toMsg(h: Hint, draft: string): HintMsg {
  const r = h.ranges[0];
  return {
    id: h.id,
    ruleId: h.ruleId,
    packId: h.packId,
    severity: h.severity,
    title: h.title,
    advice: h.advice,
    why: h.why,
    examples: [...h.examples],
    actions: [...h.actions],
    ranges: h.ranges.map((x) => ({ start: x.start, end: x.end })),
    ...(r ? { excerpt: draft.slice(r.start, r.end).slice(0, 200) } : {}),
    ...(r && h.actions.includes('log-callback') ? { context: sentenceAround(draft, r.start).slice(0, 1000) } : {}),
  };
}

/** The sentence of the draft that holds `offset`. */
function sentenceAround(draft: string, offset: number): string {
  const s = splitSentences(draft).find((x) => x.start <= offset && offset < x.end);
  return (s ? draft.slice(s.start, s.end) : draft).trim();
}

export function worstOf(hints: readonly Hint[]): 'info' | 'suggest' | 'warn' | null {
  if (hints.some((h) => h.severity === 'warn')) return 'warn';
  if (hints.some((h) => h.severity === 'suggest')) return 'suggest';
  return hints.length ? 'info' : null;
}
