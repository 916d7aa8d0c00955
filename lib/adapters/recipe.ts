import type { Adapter, Channel, Customer, Role, Ticket, ThreadMessage } from './types';
import { all, bodyText, channelFrom, first, focusedOrFirst, frameDocument, nonEmpty, ownText, recent, shown, text, type ChannelWords } from './dom';

/**
 * A site recipe: where on a helpdesk's page the reply box, the thread's messages, each message's
 * role, the ticket id, subject and customer are, said with CSS selectors and a few declarative
 * rules. Data, not code: it travels in a pack's `sites` section (lib/sites/recipe-schema.ts checks
 * it with zod: selector syntax, sizes, no `:has()` inside `:has()`) and is read here, in the content
 * script, by `recipeAdapter`. Most built-in adapters are recipes too (registry.ts).
 *
 * Every selector list is tried in order: the first selector that matches anything wins (later ones
 * are fallbacks for older versions of the page). Every read is relative to `scope` when given.
 */
export interface Recipe {
  /** Slug naming the recipe; a team recipe's conversation keys start with it (or with `replaces`). */
  id: string;
  name: string;
  /** Hosts the recipe is for: `desk.example.com`, `*.example.com` (subdomains and the domain), with an optional `:port`. */
  hosts: string[];
  /** The built-in adapter this recipe takes over from on its hosts (a team's fix for a changed site).
   * Without it a team recipe never replaces a built-in adapter: the built-in one reads the page. */
  replaces?: string;
  /** The reads are scoped to the first shown match (a helpdesk that keeps hidden ticket tabs in the DOM). */
  scope?: string[];
  ticket: {
    /** A regular expression (proven linear) on path + query + hash; the page is a ticket only when it matches. */
    url?: string;
    /** Each must match an element, or the page is not a ticket (yet); `{id}` is the ticket id (the page shows the address's ticket). */
    require?: string[];
    /** Which parts of the `url` match name the ticket: `{1}` (the first group) unless given, e.g. `{1}-{2}`. */
    key?: string;
    /** The ticket id read from the page instead of the address. Without `id` or `url` the page's address keys the conversation. */
    id?: Field;
    subject?: Field;
    /** The channel: fixed for the site, or read from the page (mail / phone / chat and the `words` given for each). */
    channel?: Channel | (Field & { words?: ChannelWords });
    /** Link back to the ticket, after the origin: `{id}`, `{path}`, `{0}`…`{3}` (the url match and its groups) are filled in. */
    link?: string;
  };
  /** The reply box: the focused match, else the first shown one (selectors in priority order). */
  composer: string[];
  messages?: {
    /** The messages are in this same-origin iframe (a mail client's quoted email in its editor, a reading pane); the selectors below are read in its document. */
    frame?: string[];
    item: string[];
    /** Only items matching one of these are messages (others: activity lines, system events). */
    only?: Cond[];
    /** Items matching one of these are not messages. */
    skip?: Cond[];
    /** Relative to the item; the item itself when absent. */
    body?: string[];
    /** Quoted history inside the body, left out. */
    quoted?: string[];
    author?: string[];
    /** An element whose `timeAttr` (default `datetime`) is the message's time. */
    time?: string[];
    timeAttr?: string;
    /** The page lists the newest message first. */
    newestFirst?: boolean;
    /** Tried in this order: note, agent, customer; a message matching none has the role `otherwise`. */
    roles?: Partial<Record<Role, Cond[]>>;
    otherwise?: Role;
  };
  customer?: { name?: Field; email?: Field };
}

/** A value on the page: the text (or form value) of the first match, its own text, or an attribute. */
export interface Field {
  sel: string[];
  attr?: string;
  /** The element's own text, without its children's (tags, buttons inside a heading). */
  own?: boolean;
}

/** A condition on a message element; every part given must hold. */
export interface Cond {
  /** The element itself matches. */
  is?: string;
  /** An element inside it matches. */
  has?: string;
  /** It has this attribute (equal to `value` when given). */
  attr?: string;
  value?: string;
  /** The message's author (`messages.author`) is the customer named on the page (`customer.name`):
   * for a helpdesk whose messages look alike and differ only in who wrote them (Redmine). */
  author?: 'customer';
}

function read(root: ParentNode, f: Field | undefined): string {
  if (!f) return '';
  const el = first(root, f.sel);
  if (!el) return '';
  if (f.attr) return (el.getAttribute(f.attr) ?? '').trim();
  if (f.own) return ownText(el);
  // A form field's value (a subject input), else the text (an <li>'s value is a number: not a field).
  const v: unknown = (el as HTMLInputElement).value;
  return (typeof v === 'string' && v.trim()) || text(el);
}

const holds = (el: Element, c: Cond, who: string, cust: string): boolean =>
  (!c.is || el.matches(c.is)) &&
  (!c.has || !!el.querySelector(c.has)) &&
  (!c.attr || (c.value === undefined ? el.hasAttribute(c.attr) : el.getAttribute(c.attr) === c.value)) &&
  (!c.author || (!!cust && who === cust));

const any = (el: Element, conds: Cond[] | undefined, who = '', cust = ''): boolean => !!conds?.some((c) => holds(el, c, who, cust));

/**
 * The reads of one recipe as an Adapter. A selector the browser refuses reads as nothing (never throws).
 * A built-in helpdesk gives its manifest `matches` and its `order` (types.ts); a team's recipe neither.
 */
export function recipeAdapter(r: Recipe, matches?: readonly string[], order?: number): Adapter {
  const site = r.replaces ?? r.id;
  const scope = (doc: Document): ParentNode | null => (r.scope ? (all(doc, r.scope).find(shown) ?? null) : doc);
  const safe = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  const m = r.messages;
  const pairs = (what: string, sels: readonly string[] | undefined): [string, string][] => (sels ?? []).map((s) => [what, s]);
  return {
    id: site,
    order,
    recipe: r,
    name: r.name,
    selectors: [
      ...pairs('scope', r.scope),
      ...pairs('require', r.ticket.require),
      ...pairs('composer', r.composer),
      ...pairs('frame', m?.frame),
      ...pairs('messages', m?.item),
      ...pairs('body', m?.body),
      ...pairs('customer', r.customer?.name?.sel),
    ],
    matches: matches ?? r.hosts.map((h) => `*://${h.replace(/:\d+$/, '')}/*`),
    detect: (location, doc) =>
      safe((): Ticket | null => {
        const where = location.pathname + location.search + location.hash;
        const hit = r.ticket.url ? new RegExp(r.ticket.url).exec(where) : null;
        if (r.ticket.url && !hit) return null;
        const root = scope(doc);
        if (!root) return null;
        let id = '';
        const fill = (s: string): string =>
          s.replace(/\{(id|path|\d)\}/g, (_, k: string) => (k === 'id' ? id : k === 'path' ? location.pathname : (hit?.[+k] ?? '')));
        const fromUrl = !r.ticket.id && !!hit && hit.length > 1;
        id = r.ticket.id ? read(root, r.ticket.id) : fromUrl ? fill(r.ticket.key ?? '{1}') : '';
        if (!id && (r.ticket.id || fromUrl)) return null;
        const quoted = id.replace(/["\\]/g, '\\$&');
        if (r.ticket.require?.some((s) => !root.querySelector(s.replaceAll('{id}', quoted)))) return null;
        const c = r.ticket.channel;
        const channel: Channel | undefined = typeof c === 'string' ? c : c && channelFrom(read(root, c), c.words);
        return {
          // No id on the page: the background keys the conversation by the page's address.
          key: id ? `${site}:${location.host}:${id}` : `page:${location.href}`.slice(0, 500),
          link: id && r.ticket.link ? location.origin + fill(r.ticket.link) : location.href,
          ...nonEmpty({ title: read(root, r.ticket.subject), channel }),
        };
      }, null),
    thread: (doc) =>
      safe(() => {
        const top = scope(doc);
        const frame = m?.frame && top && first(top, m.frame);
        const root = frame ? frameDocument(frame) : m?.frame ? null : top;
        if (!m || !top || !root) return [];
        const cust = read(top, r.customer?.name);
        const out = recent(root, m.item, m.newestFirst)
          .filter((el) => (!m.only || any(el, m.only)) && !any(el, m.skip))
          .map((el): ThreadMessage => {
            const author = m.author && text(first(el, m.author));
            const role = (['note', 'agent', 'customer'] as const).find((k) => any(el, m.roles?.[k], author, cust)) ?? m.otherwise ?? 'customer';
            const body = m.body ? first(el, m.body) : el;
            const at = m.time && first(el, m.time)?.getAttribute(m.timeAttr ?? 'datetime');
            return { role, text: bodyText(body, m.quoted ?? []), ...nonEmpty({ author, at }) };
          });
        return m.newestFirst ? out.reverse() : out;
      }, []),
    composer: (doc) =>
      safe(() => {
        const root = scope(doc);
        if (!root) return null;
        // A selector may name an iframe: its editable body is the reply box (CKEditor 4, TinyMCE).
        const boxes = r.composer.flatMap((s) => Array.from(root.querySelectorAll(s))).flatMap((el) => {
          if (el.localName !== 'iframe') return [el];
          const body = frameDocument(el)?.body;
          return body && (body.getAttribute('contenteditable') === 'true' || body.ownerDocument.designMode === 'on') ? [body] : [];
        });
        return focusedOrFirst(boxes);
      }, null),
    customer: (doc) =>
      safe((): Customer => {
        const root = scope(doc);
        return root ? nonEmpty({ name: read(root, r.customer?.name), email: read(root, r.customer?.email) }) : {};
      }, {}),
  };
}
