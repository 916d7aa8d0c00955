import { compile, type CompiledPacks } from '@/lib/guidance/compile';
import { lintDone, lintHints, lintPart, type LintPart } from '@/lib/guidance/engine';
import { defaultPack } from '@/lib/guidance/default-pack';
import { vetoPart } from '@/lib/guidance/learned-veto';
import type { Pack } from '@/lib/guidance/schema';
import type { Hint, Severity } from '@/lib/guidance/hint';
import type { ThreadMessage } from '@/lib/adapters/types';
import type { ToneState } from '@/lib/tone/types';
import { analyzeThread } from '@/lib/tone/analyze';
import { readMessageIn } from '@/lib/tone/langs/route';
import { lintContext } from '@/lib/guidance/context';
import type { HintMsg, TicketMsg } from '@/lib/messaging';
import { splitSentences } from '@/lib/callbacks/promise';
import { noteBudget, suspendedRules, timedBudget } from './suspension';
import type { TabLang } from '@/lib/messaging';
import type { Lang } from '@/lib/lang/langs';
import { packsFor } from '@/lib/lang/packs';
import { languagePacks } from '@/lib/lang/builtin-packs';
import { draftLanguage, langOfTag, threadLangs, toneInput, type ThreadLangs } from '@/lib/lang/thread';

/**
 * Guidance runs here, in the extension's origin, not in the content script: the compiled packs
 * exist once rather than once per helpdesk tab, the content script stays small (the engine,
 * the tone analysers and their lexicons stay out of it), and the draft still never leaves the
 * rep's machine. The content script sends the draft after a typing pause and gets back only
 * what it needs to mark it: ranges and a count.
 */
let compiled: CompiledPacks | null = null;
let disabled: ReadonlySet<string> = new Set();

let inForce: readonly Pack[] = [defaultPack, ...languagePacks];

/** The packs in force, in order (packs.ts sets them from the database; the built-in packs until then). */
export function enabledPacks(): readonly Pack[] {
  return inForce;
}

/** The installed packs changed (packs.ts): compile again on next use. */
export function setPacksInForce(packs: readonly Pack[]): void {
  inForce = packs;
  compiled = null;
  compiledByLang.clear();
}

export function compiledPacks(): CompiledPacks {
  compiled ??= compile(enabledPacks(), { disabledRuleIds: disabled });
  return compiled;
}

/** Packs or the rep's rule switches changed: compile again on next use. */
export function setDisabledRules(ids: ReadonlySet<string>): void {
  disabled = ids;
  compiled = null;
  compiledByLang.clear();
}

// Guidance in the draft's language only (lib/lang/packs.ts): the packs covering it, compiled once
// per language; null when no pack covers it (no hints at all, never another language's rules).
const compiledByLang = new Map<Lang, CompiledPacks | null>();
export function compiledFor(lang: Lang): CompiledPacks | null {
  if (compiledByLang.has(lang)) return compiledByLang.get(lang)!;
  const all = enabledPacks();
  const packs = packsFor(all, lang);
  const c = packs.length === 0 ? null : packs.length === all.length ? compiledPacks() : compile(packs, { disabledRuleIds: disabled });
  compiledByLang.set(lang, c);
  return c;
}

/** The rep's own language: the browser's UI language when Heard tells it apart. */
function repLang(): Lang | null {
  try {
    return langOfTag(browser.i18n.getUILanguage());
  } catch {
    return null;
  }
}
export function disabledRules(): ReadonlySet<string> {
  return disabled;
}

// Tone depends on the thread only; the thread changes far less often than the draft. Keyed on a
// hash of the whole thread (a key of each message's first characters let a page that changes only
// the rest defeat it), one entry per recent thread so tabs that lint in turn keep theirs.
const TONE_CACHE_SIZE = 8;
// The thread's languages are kept with its tone: each message is detected once per thread.
interface ThreadInfo {
  tone: ToneState | null;
  langs: ThreadLangs;
  /** The customer's language when tone can't read it (lib/lang/thread.ts). */
  toneUnread: Lang | null;
}
const toneCache = new Map<string, ThreadInfo>();
const NO_THREAD: ThreadInfo = { tone: null, langs: { messages: [], customer: null, agent: null }, toneUnread: null };
/**
 * Characters of each message tone (and language) read: its beginning, so offsets stay those of the
 * whole text. The analysis grows faster than the text past a few thousand characters (measured:
 * 4,000 take 7-18 ms, 8,000 about 50 ms, one message of 100,000 over 4 s) and reads the last 5
 * customer messages: at most 15,000 characters per lint, whatever the page holds (issue 14).
 */
export const TONE_CHARS = 3_000;
export function threadInfoOf(full: readonly ThreadMessage[]): ThreadInfo {
  if (full.length === 0) return NO_THREAD;
  const thread = full.map((m) => (m.text.length > TONE_CHARS ? { ...m, text: m.text.slice(0, TONE_CHARS) } : m));
  const key = threadHash(thread);
  let info = toneCache.get(key);
  if (info) toneCache.delete(key);
  else {
    const langs = threadLangs(thread);
    // The customer's tone in the customer's language: messages tone can't read are left out, not read as English.
    const input = toneInput(thread, langs);
    const readable = input.thread.some((m) => m.role === 'customer' && m.text.trim() !== '') || !input.thread.some((m) => m.role === 'customer');
    info = { tone: readable ? analyzeThread(input.thread, input.langs, readMessageIn) : null, langs, toneUnread: input.unread };
  }
  toneCache.set(key, info);
  if (toneCache.size > TONE_CACHE_SIZE) toneCache.delete(toneCache.keys().next().value!);
  return info;
}
export function toneOf(thread: readonly ThreadMessage[]): ToneState | null {
  return threadInfoOf(thread).tone;
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
  lang: TabLang;
  /** Titles of the rules in force suspended for being too slow (suspension.ts), for the panel. */
  slow: string[];
  /** The lint was cut for time: the rules it did not reach, for the next lint of the same input. */
  rest?: LintRest;
}

/**
 * A lint cut for time (the budget is wall-clock time: a busy machine, or packs heavy with rules):
 * what it tried and found, and the input it was for. The next lint of the very same input (draft,
 * thread, site, channel, packs) takes up where it stopped instead of starting over, so a draft
 * linted again while the rep pauses gets every hint within a few budgets, never more at a time.
 */
export interface LintRest {
  readonly packs: CompiledPacks;
  readonly draft: string;
  readonly thread: string;
  readonly site: string;
  readonly channel: string | undefined;
  readonly part: LintPart;
}

/** Compiled packs linted once already (see lintDraft). */
const warm = new WeakSet<object>();

export function lintDraft(input: {
  draft: string;
  thread: readonly ThreadMessage[];
  site: string;
  ticket: TicketMsg | null;
  dismissed: ReadonlySet<string>;
  /** The promises of this conversation's open callbacks: a promise already logged needs no hint. */
  logged?: readonly string[];
  /** false: the page caused this lint, not the rep's input (issue 14). Its overruns are cut by the
   * deadline but suspend nothing: a page must not switch rules off for every tab with costly drafts. */
  trusted?: boolean;
  /** The budget's clock (tests); performance.now otherwise. */
  now?: () => number;
  /** The previous lint's rest (lint.ts keeps it per frame): taken up when it was for this same input. */
  rest?: LintRest;
}): LintOutcome {
  const logged = (input.logged ?? []).map(normalise).filter((p) => p.length > 0);
  const info = threadInfoOf(input.thread);
  const tone = info.tone;
  const draftLang = draftLanguage(input.draft, info.langs, repLang());
  const packs = compiledFor(draftLang.lang);
  // The first lint after a compile pays V8's lazy compilation of every RegExp: it runs whole and
  // unmeasured (still linear-time); later lints get the budget.
  const lintInput = packs
    ? { draft: input.draft, thread: input.thread, context: lintContext({ draft: input.draft, site: input.site, channel: input.ticket?.channel, tone }) }
    : null;
  // (The thread's hash only when a rest is taken up or kept: a pass over the thread.)
  let hashed: string | undefined;
  const thread = (): string => (hashed ??= threadHash(input.thread));
  const channel = input.ticket?.channel;
  const r = input.rest;
  const from = r && r.packs === packs && r.draft === input.draft && r.site === input.site && r.channel === channel && r.thread === thread() ? r.part : undefined;
  let timed = packs && warm.has(packs) ? timedBudget(input.now) : undefined;
  let part = packs && lintInput ? lintPart(packs, lintInput, timed?.budget, from) : null;
  // A lint cut short by one long step (suspension.ts timedBudget) runs once more with a fresh
  // budget: the rep gets the draft's hints, not the few before the stall, and the work stays
  // bounded (at most twice the budget). Only the second lint's times count towards suspensions.
  if (packs && lintInput && timed?.stalled()) {
    timed = timedBudget(input.now);
    part = lintPart(packs, lintInput, timed.budget, from);
  }
  const budget = timed?.budget;
  // The learned veto (lib/guidance/learned-veto.ts) drops the default pack's likely false alarms before folding.
  const hints = (part ? lintHints(vetoPart(part, input.draft, channel, input.thread)) : []).filter((h) => !input.dismissed.has(h.id) && !(logged.length > 0 && isLogged(h, input.draft, logged)));
  // A lint taken up did not try the rules before it: it clears no rule's strikes.
  if (budget && input.trusted !== false) noteBudget(budget, from === undefined);
  else if (packs) warm.add(packs);
  const off = suspendedRules();
  const slow = off.size > 0 && packs ? packs.rules.filter((r) => off.has(r.hintId)).map((r) => r.title) : [];
  const lang: TabLang = { draft: draftLang.lang, detected: draftLang.detected, guidance: packs !== null, toneUnread: info.toneUnread };
  const rest = packs && part && !lintDone(packs, part) ? { packs, draft: input.draft, thread: thread(), site: input.site, channel, part } : undefined;
  return { hints, tone, lang, slow, ...(rest ? { rest } : {}) };
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * A promise hint whose every marked sentence is already the promise of a logged callback (the
 * rep logged it from this hint, or typed the same words into the callback).
 */
export function isLogged(h: Hint, draft: string, logged: readonly string[]): boolean {
  if (!h.actions.includes('log-callback') || h.ranges.length === 0) return false;
  return h.ranges.every((r) => {
    const sentence = normalise(sentenceAround(draft, r.start));
    return sentence.length > 0 && logged.some((p) => p.includes(sentence) || sentence.includes(p));
  });
}

/**
 * Where the draft is underlined, and how (s): every card's words except info cards' (notes, never
 * marks), but for a promise the rep can log, which gets its own calm mark ('log').
 */
export function underlineRanges(hints: readonly Hint[]): { start: number; end: number; s: 'warn' | 'suggest' | 'log' }[] {
  return hints.flatMap((h) => {
    const s = h.severity !== 'info' ? h.severity : h.actions.includes('log-callback') ? 'log' : null;
    return s ? h.ranges.map((r) => ({ start: r.start, end: r.end, s })) : [];
  });
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
    ...(h.actionHint ? { actionHint: h.actionHint } : {}),
    actions: [...h.actions],
    ranges: h.ranges.map((x) => ({ start: x.start, end: x.end })),
    ...(r ? { excerpt: draft.slice(r.start, r.end).slice(0, 200) } : {}),
    ...(r && h.actions.includes('log-callback') ? { context: sentenceAround(draft, r.start).slice(0, 1000) } : {}),
    ...(h.also && h.also.length > 0 ? { also: h.also.map((a) => ({ id: a.id, ruleId: a.ruleId, packId: a.packId, title: a.title })) } : {}),
  };
}

/** The sentence of the draft that holds `offset`. */
function sentenceAround(draft: string, offset: number): string {
  const s = splitSentences(draft).find((x) => x.start <= offset && offset < x.end);
  return (s ? draft.slice(s.start, s.end) : draft).trim();
}

export function worstOf(hints: readonly Hint[]): Severity | null {
  if (hints.some((h) => h.severity === 'warn')) return 'warn';
  if (hints.some((h) => h.severity === 'suggest')) return 'suggest';
  return hints.length ? 'info' : null;
}
