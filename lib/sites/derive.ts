/**
 * "Teach Heard this page": from the elements the rep pointed at (the reply box, one customer
 * message, one agent message, optionally the ticket number and the customer's name), a site recipe
 * whose selectors survive the page's re-renders. Runs in the picker (a page's isolated world, only
 * while the rep teaches); reads the DOM it is given, changes nothing.
 *
 * What a selector is made of, most stable first: an id that does not look generated, test and
 * automation attributes (data-testid, data-cy, data-qa…), a role or name, other data-* attributes
 * (by presence when their value is a per-record id), class names that do not look generated
 * (no css-module or styled-components hashes, no state classes such as "active"), then structure
 * (`>` and `:nth-of-type`) only from the nearest stable ancestor.
 */
import type { Cond, Recipe } from '../adapters/recipe';
import type { Role } from '../adapters/types';
import { frameDocument } from '../adapters/dom';

const TEST_ATTRS = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa', 'data-automation-id', 'data-id'];
const NAME_ATTRS = ['role', 'name', 'aria-label', 'itemprop', 'data-role', 'data-type'];
const SKIP_ATTRS = new Set(['id', 'class', 'style', 'href', 'src', 'srcset', 'title', 'alt', 'value', 'tabindex', 'contenteditable', 'spellcheck', 'dir', 'lang', 'hidden', 'draggable']);
const STATE = /^(?:is-|has-)?(?:active|selected|current|hover|focus(?:ed)?|open(?:ed)?|hidden|show(?:n)?|visible|collapsed|expanded|new|unread|read|odd|even|first|last|highlighted?|loading|loaded|ng-[a-z-]+)$/i;

/** A class or id that a build tool or framework generated (it changes between deploys). */
export function looksGenerated(name: string): boolean {
  return (
    name.length > 40 ||
    /^(?:css|sc|jsx|emotion|styled|svelte|tw)-/i.test(name) ||
    /[0-9a-f]{6,}/i.test(name) ||
    /\d{3,}/.test(name) ||
    /(?:^|[_-])[a-zA-Z0-9]{5,6}$/.test(name) && /\d/.test(name) && /[A-Z]/.test(name) ||
    /__[a-zA-Z0-9_-]{4,}$/.test(name) && /\d/.test(name) ||
    /^[a-zA-Z]{1,3}\d+[a-zA-Z\d]*$/.test(name) ||
    /^[:«]r[0-9a-z]+[:»]$/.test(name) // React useId (":r1f:", "«r1»")
  );
}

/** A value that names one record (a per-message id): matched by the attribute's presence instead. */
const recordValue = (v: string): boolean => /\d{2,}/.test(v) || v.length > 40 || looksGenerated(v);

const esc = (s: string): string => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`));
const attrSel = (name: string, value?: string): string => (value === undefined ? `[${name}]` : `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`);

export const stableClasses = (el: Element): string[] => Array.from(el.classList).filter((c) => !looksGenerated(c) && !STATE.test(c));

/** Simple selectors for el alone (no ancestors), most stable first. */
function ownParts(el: Element): string[] {
  const tag = el.localName;
  const out: string[] = [];
  if (el.id && !looksGenerated(el.id)) out.push(`#${esc(el.id)}`);
  for (const a of TEST_ATTRS) {
    const v = el.getAttribute(a);
    if (v) out.push(recordValue(v) ? `${tag}${attrSel(a)}` : attrSel(a, v));
  }
  for (const a of NAME_ATTRS) {
    const v = el.getAttribute(a);
    if (v && v.length <= 60 && !recordValue(v)) out.push(`${tag}${attrSel(a, v)}`);
  }
  for (const { name, value } of Array.from(el.attributes)) {
    if (!name.startsWith('data-') || TEST_ATTRS.includes(name) || NAME_ATTRS.includes(name)) continue;
    out.push(value && !recordValue(value) && value.length <= 40 ? `${tag}${attrSel(name, value)}` : `${tag}${attrSel(name)}`);
  }
  const classes = stableClasses(el);
  if (classes.length) out.push(`${tag}.${classes.slice(0, 3).map(esc).join('.')}`);
  if (el.localName === 'textarea' || el.getAttribute('contenteditable') === 'true') out.push(`${tag}${el.localName === 'textarea' ? '' : '[contenteditable="true"]'}`);
  return out;
}

const count = (root: ParentNode, sel: string): number => {
  try {
    return root.querySelectorAll(sel).length;
  } catch {
    return Infinity;
  }
};

/** The element's position among siblings of its type, as a selector step. */
function nth(el: Element): string {
  let i = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === el.localName) i++;
  return `${el.localName}:nth-of-type(${i})`;
}

/**
 * A selector matching el and nothing else in root: its own stable parts when one is unique, else
 * the nearest ancestor with a unique stable part followed by a short path down.
 */
export function uniqueSelector(el: Element, root: ParentNode = el.ownerDocument): string {
  const own = ownParts(el);
  const single = own.find((s) => count(root, s) === 1);
  if (single) return single;
  const path: string[] = [];
  let cur: Element = el;
  for (let depth = 0; depth < 6 && cur.parentElement; depth++) {
    const parent: Element = cur.parentElement;
    const step = ownParts(cur).find((s) => count(parent, `:scope > ${s}`) === 1) ?? nth(cur);
    path.unshift(step);
    const anchor = ownParts(parent).find((s) => count(root, s) === 1);
    if (anchor) return `${anchor} > ${path.join(' > ')}`;
    if (parent.localName === 'body') return `body > ${path.join(' > ')}`;
    cur = parent;
  }
  return path.join(' > ');
}

/** The nearest editable element at or inside el (the box the rep pointed at, or its editor). */
export function editableAt(el: Element): Element | null {
  const sel = 'textarea, [contenteditable="true"], [contenteditable=""], input[type="text"], iframe';
  return el.closest('textarea, [contenteditable="true"], [contenteditable=""]') ?? (el.matches(sel) ? el : el.querySelector(sel));
}

/** The two children of the common ancestor of a and b that hold each: the message items. */
export function itemsOf(a: Element, b: Element): { parent: Element; itemA: Element; itemB: Element } | null {
  const chain: Element[] = [];
  for (let n: Element | null = a; n; n = n.parentElement) chain.push(n);
  let itemB: Element = b;
  for (let n: Element | null = b; n; n = n.parentElement) {
    const i = chain.indexOf(n);
    if (i > 0 && n !== b) {
      const itemA = chain[i - 1]!;
      return itemA === itemB ? null : { parent: n, itemA, itemB };
    }
    if (i === 0) return null; // b contains a
    itemB = n;
  }
  return null;
}

type Feature = { cond: Cond; key: string };

/** What may tell one message from another: its stable classes, its short attribute values, marked descendants. */
function features(item: Element): Feature[] {
  const out: Feature[] = [];
  for (const c of stableClasses(item)) out.push({ cond: { is: `.${esc(c)}` }, key: `c:${c}` });
  for (const { name, value } of Array.from(item.attributes)) {
    if (SKIP_ATTRS.has(name) || name.startsWith('aria-') || name.startsWith('on')) continue;
    if (value && value.length <= 40 && !recordValue(value)) out.push({ cond: { attr: name, value }, key: `a:${name}=${value}` });
  }
  const kids = Array.from(item.querySelectorAll('*')).slice(0, 60);
  for (const k of kids) for (const c of stableClasses(k)) out.push({ cond: { has: `.${esc(c)}` }, key: `h:${c}` });
  return out;
}

/** Conditions that hold for `mine` and not for `other` (best first: attribute values, own classes, marked parts). */
export function distinguishing(mine: Element, other: Element): Cond[] {
  const theirs = new Set(features(other).map((f) => f.key));
  const seen = new Set<string>();
  const rank = (f: Feature): number => (f.key.startsWith('a:') ? 0 : f.key.startsWith('c:') ? 1 : 2);
  return features(mine)
    .filter((f) => !theirs.has(f.key) && !seen.has(f.key) && (seen.add(f.key), true))
    .sort((x, y) => rank(x) - rank(y))
    .map((f) => f.cond)
    .slice(0, 3);
}

/** A selector relative to `item` reaching `inner` that also reaches the same part of `other`. */
function partSelector(item: Element, inner: Element, other: Element): string | null {
  if (inner === item) return null;
  for (const s of ownParts(inner)) {
    try {
      if (item.querySelector(s) === inner && other.querySelector(s)) return s;
    } catch {
      /* next */
    }
  }
  return null;
}

const words = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The selector (relative to a message) of the part naming the customer in `mine` and someone else in `other`, if any. */
function authorOf(mine: Element, other: Element, customerName: Element | undefined): string | null {
  const name = words(customerName);
  if (!name) return null;
  for (const el of Array.from(mine.querySelectorAll('*')).slice(0, 200)) {
    if (words(el) !== name) continue;
    const sel = partSelector(mine, el, other);
    if (sel && words(other.querySelector(sel)) && words(other.querySelector(sel)) !== name) return sel;
  }
  return null;
}

export interface Picked {
  composer: Element;
  customerMessage: Element;
  /** Absent when the page shows no agent message (a reply to an email): every message is the customer's. */
  agentMessage?: Element | undefined;
  ticket?: Element | undefined;
  customerName?: Element | undefined;
}

export interface Derived {
  recipe: Recipe;
  /** Customer and agent messages look the same to selectors: every message would read as the customer's. */
  rolesUnknown: boolean;
}

/** The id of a ticket as the page shows it ("#1042", "Ticket 1042" → 1042). */
export const idIn = (s: string): string => /[A-Za-z]*-?\d+/.exec(s.replace(/\s+/g, ' '))?.[0] ?? '';

const reEsc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The address pattern whose group is the ticket id, when the address carries the id the page shows. */
export function urlPatternFor(location: URL, id: string): string | null {
  if (!id) return null;
  const shape = /^\d+$/.test(id) ? '\\d+' : '[A-Za-z]+-?\\d+';
  const segs = location.pathname.split('/');
  const at = segs.indexOf(id);
  if (at > 0) return `^${segs.slice(0, at).map(reEsc).join('/')}/(${shape})(?:[/?#]|$)`;
  for (const [name, value] of new URLSearchParams(location.search)) {
    if (value === id) return `[?&]${reEsc(name)}=(${shape})(?:[&#]|$)`;
  }
  return null; // in the hash, or not in the address: the page's address keys the conversation
}

const slugOf = (host: string): string =>
  host.toLowerCase().replace(/:\d+$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'site';

/** The recipe for what the rep pointed at on `location`'s site. */
export function deriveRecipe(doc: Document, location: URL, picked: Picked): Derived {
  const composerEl = editableAt(picked.composer) ?? picked.composer;
  // Messages in a same-origin iframe (a webmail's quoted email inside its editor): read in that frame's document.
  const mdoc = picked.customerMessage.ownerDocument;
  const frameEl = mdoc === doc ? null : (Array.from(doc.getElementsByTagName('iframe')).find((f) => frameDocument(f) === mdoc) ?? null);
  // Without an agent message (the page shows only the customer's, as a reply to an email does) every message is the customer's.
  const agent = picked.agentMessage?.ownerDocument === mdoc ? picked.agentMessage : undefined;
  const items = agent ? itemsOf(picked.customerMessage, agent) : null;
  // A lone message: the quote or article the rep pointed into, under its parent.
  const itemC = items?.itemA ?? (agent ? picked.customerMessage : (picked.customerMessage.closest('blockquote, article, [role="article"], li') ?? picked.customerMessage));
  const itemA = items?.itemB ?? agent;
  const parent = items?.parent ?? (agent ? null : itemC.parentElement);
  const parentSel = parent ? uniqueSelector(parent, mdoc) : '';
  // The message items: what both have in common (a shared stable class or data attribute), under their parent.
  const shared = ownParts(itemC).filter((s) => {
    try {
      return (!itemA || itemA.matches(s)) && !/^#/.test(s);
    } catch {
      return false;
    }
  });
  const itemStep = shared.find((s) => !s.includes('="')) ?? shared[0] ?? (!itemA || itemC.localName === itemA.localName ? itemC.localName : '*');
  const item = parentSel ? `${parentSel} > ${itemStep}` : itemStep;

  let roles: Partial<Record<Role, Cond[]>> = {};
  let otherwise: Role = 'customer';
  const agentConds = itemA ? distinguishing(itemA, itemC) : [];
  const customerConds = itemA ? distinguishing(itemC, itemA) : [];
  // Messages that look alike (Redmine's journals) may still say who wrote them: the customer's
  // message names the customer the rep pointed at, the agent's someone else.
  const author = !itemA || agentConds.length || customerConds.length ? null : authorOf(itemC, itemA, picked.customerName);
  if (agentConds.length) roles = { agent: agentConds.slice(0, 1) };
  else if (customerConds.length || author) {
    roles = { customer: author ? [{ author: 'customer' }] : customerConds.slice(0, 1) };
    otherwise = 'agent';
  }
  const body = itemA ? partSelector(itemC, picked.customerMessage, itemA) : null;

  const ticketId = picked.ticket ? idIn(picked.ticket.textContent ?? '') : '';
  const url = urlPatternFor(location, ticketId);
  const host = location.host.toLowerCase();
  const recipe: Recipe = {
    id: slugOf(host),
    name: host.slice(0, 120),
    hosts: [host],
    ticket: {
      ...(url ? { url } : picked.ticket ? { id: { sel: [uniqueSelector(picked.ticket, doc)] } } : {}),
      ...(items && !frameEl ? { require: [parentSel] } : {}),
    },
    composer: [uniqueSelector(composerEl, doc)],
    messages: {
      ...(frameEl ? { frame: [uniqueSelector(frameEl, doc)] } : {}),
      item: [item],
      ...(body ? { body: [body] } : {}),
      ...(author ? { author: [author] } : {}),
      roles,
      otherwise,
    },
    ...(picked.customerName ? { customer: { name: { sel: [uniqueSelector(picked.customerName, doc)] } } } : {}),
  };
  return { recipe, rolesUnknown: !!itemA && !agentConds.length && !customerConds.length && !author };
}
