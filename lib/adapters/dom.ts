import type { Channel, Customer, Role, ThreadMessage } from './types';

// Small DOM helpers shared by adapters: selector lists tried in order, text collapsed, and the few
// reads every helpdesk page needs (is it shown, the body without quoted history, the reply box).
// Per-site knowledge (selectors, URL patterns, role rules) stays in each adapter; these helpers
// only take it as arguments.

/** The first element matching the first selector that matches anything. */
export function first<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const s of selectors) {
    const el = root.querySelector<T & Element>(s);
    if (el) return el as T;
  }
  return null;
}

/** Every element matching the first selector that matches anything (later selectors are fallbacks). */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const els = root.querySelectorAll(s);
    if (els.length > 0) return Array.from(els);
  }
  return [];
}

/** The element's text, whitespace collapsed; '' for no element. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether the rep can see el: neither it nor an ancestor is `hidden`, aria-hidden="true" or
 * display:none, and el is not visibility:hidden (computed, so a hidden ancestor counts too).
 * Helpdesks keep background tabs and closed editors in the DOM; this tells them apart.
 */
export function shown(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return false;
    const cs = win?.getComputedStyle(n);
    if (cs?.display === 'none' || (n === el && cs?.visibility === 'hidden')) return false;
  }
  return true;
}

/**
 * A message body's text without its quoted history: a copy of el with every match of each quote
 * selector removed (in the order given), then collapsed. The page itself is not changed.
 */
export function bodyText(el: Element | null, quoteSelectors: readonly string[]): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  for (const q of quoteSelectors) clone.querySelectorAll(q).forEach((n) => n.remove());
  return text(clone);
}

/** A form field's value (input, textarea), trimmed; else, when it is empty or el is no field, el's text. */
export function fieldText(el: Element | null): string {
  return ((el as HTMLInputElement | null)?.value ?? '').trim() || text(el);
}

/** The document inside a same-origin iframe; null when it is cross-origin or not loaded. */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin
  }
}

/** The element's own text: its direct text nodes only, without the text of child elements (tags, buttons). */
export function ownText(el: Element | null): string {
  if (!el) return '';
  return Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The active reply box among candidates: of those shown, the one holding focus (or containing the
 * focused element), else the first `preferred` one when given, else the first. Candidates keep the
 * caller's order (it is the fallback priority).
 */
export function focusedOrFirst(
  candidates: readonly Element[],
  preferred?: (box: HTMLElement) => boolean,
): HTMLElement | null {
  const boxes = candidates.filter(shown) as HTMLElement[];
  const focused = boxes[0]?.ownerDocument.activeElement;
  return (
    boxes.find((b) => focused && b.contains(focused)) ?? (preferred && boxes.find(preferred)) ?? boxes[0] ?? null
  );
}

/** focusedOrFirst over every match of any of the selectors under root, in document order. */
export function pickComposer(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  return focusedOrFirst(Array.from(root.querySelectorAll(selectors.join(', '))));
}

/**
 * The object with only its non-empty values: optional fields are left out rather than set to ''
 * or undefined (`{ key, link, ...nonEmpty({ title, channel }) }`).
 */
export function nonEmpty<T extends object>(fields: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) as { [K in keyof T]?: NonNullable<T[K]> };
}

/** Selectors of a message's parts, relative to the message element (an adapter's SEL fits as is). */
export interface MessageParts {
  body: readonly string[];
  /** Quoted history inside the body, left out of the text. */
  quoted?: readonly string[];
  author?: readonly string[];
  /** An element with a `datetime` attribute, e.g. `time[datetime]`. */
  time?: readonly string[];
}

/**
 * A thread message read from its element: the body's text without quoted history, the author's text
 * and the time's datetime attribute (author and time left out when absent or empty).
 */
export function messageFrom(el: Element, role: Role, parts: MessageParts): ThreadMessage {
  const author = parts.author && text(first(el, parts.author));
  const at = parts.time && first(el, parts.time)?.getAttribute('datetime');
  return { role, text: bodyText(first(el, parts.body), parts.quoted ?? []), ...nonEmpty({ author, at }) };
}

/** The customer named by the first match of nameSelectors and emailSelectors under root; empty fields left out. */
export function customerFrom(root: ParentNode, nameSelectors: readonly string[], emailSelectors: readonly string[]): Customer {
  return nonEmpty({ name: text(first(root, nameSelectors)), email: text(first(root, emailSelectors)) });
}

/** Extra words (lower case, plain text) a helpdesk uses for a channel, on top of the common ones. */
export type ChannelWords = Partial<Record<Channel, readonly string[]>>;

const CHANNEL_WORDS: Record<Channel, readonly string[]> = { email: ['mail'], phone: ['phone'], chat: ['chat'] };

/**
 * The channel a label names ("Email", "Phone call", "Live chat"...): the first of email, phone, chat
 * whose words (the common "mail" / "phone" / "chat" plus the site's `more`) occur in it, ignoring case.
 */
export function channelFrom(label: string | null | undefined, more: ChannelWords = {}): Channel | undefined {
  if (!label) return undefined;
  const l = label.toLowerCase();
  return (['email', 'phone', 'chat'] as const).find((c) => [...CHANNEL_WORDS[c], ...(more[c] ?? [])].some((w) => l.includes(w)));
}

/** How many message elements a thread() reads at most: the content script keeps the newest 50
 * (lib/messaging/limits.ts), so a 500-message ticket is read in a fifth of the time (≤ 1 ms). */
export const RECENT_MESSAGES = 100;

/** The newest message elements matching `selectors` (as `all`), at most RECENT_MESSAGES; pass
 * `newestFirst` when the page lists the newest first (the order the page has is kept). */
export function recent(root: ParentNode, selectors: readonly string[], newestFirst = false): Element[] {
  const els = all(root, selectors);
  return newestFirst ? els.slice(0, RECENT_MESSAGES) : els.slice(-RECENT_MESSAGES);
}
