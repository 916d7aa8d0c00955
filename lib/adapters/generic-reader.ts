/**
 * A cautious reader of the conversation on a page no adapter knows (issue 13, point 5): generic mode
 * reads only the draft; this finds the customer's messages where the page shows them plainly, and
 * says when it cannot.
 *
 * It runs in the page's tab, in the extension's isolated world, called by the background through
 * scripting.executeScript at a generic-mode lint (entrypoints/background/generic-thread.ts): none of
 * it is in the content script. The content script leaves the reply box it found on the isolated
 * world's global (`heardComposer`), where this reads it (the page cannot reach that global).
 * Serialised by the browser as source text: everything it uses is declared inside the function.
 *
 * Two shapes, tried in order:
 * 1. An email reply: the composer holds the quoted message under an intro line ("On …, Dana wrote:").
 *    The quoted author, when not the signed-in user, is the customer.
 * 2. A thread on the page: the nearest group of repeated sibling blocks around the reply box (same
 *    tag, a shared class) that look like messages (a body of text and an author, a time or a role
 *    class). Each block's role, from what the page shows: a private / internal label → note; a role
 *    class (agent, outgoing, customer, incoming…) → that role; the author is the signed-in user
 *    ("Logged in as …", a username element: same name or same profile link) → agent; blocks aligned
 *    to the other side from the signed-in user's → agent. Of the other authors, the one who wrote
 *    first is the customer; further authors are read as agents (a colleague's reply must never set
 *    the customer's tone).
 * Readable only when a group was found, every message got its role from one of those cues, and at
 * least one is the customer's; otherwise it says so, and reads nothing.
 */
import type { Role } from '../values';
export interface PageMessage {
  role: Role;
  text: string;
  author?: string;
}

export interface PageConversation {
  readable: boolean;
  /** Newest last, at most 50 messages of at most 4,000 characters. */
  thread: PageMessage[];
  /** The customer's name as the page shows it (the quoted author, the customer's messages' author). */
  customer?: string;
  /** Why it is not readable, for the diagnostics (never page text). */
  why?: 'no-composer' | 'no-thread' | 'no-roles' | 'no-customer';
}

export function readPageConversation(): PageConversation {
  const MAX_MESSAGES = 50;
  const MAX_TEXT = 4000;
  const MAX_SCAN = 6000;
  const NOTE_WORDS = /(^|[-_\s])(private|internal)([-_\s]|$)/i;
  const NOTE_LABEL = /^(private|internal|internal note|private note|note interne|interne notiz|nota interna|nota privada)$/i;
  const AGENT_CLS = /(^|[-_\s])(agent|staff|outgoing|outbound|mine|self|sent|operator|support)([-_\s]|$)/i;
  const CUSTOMER_CLS = /(^|[-_\s])(customer|client|contact|incoming|inbound|requester|visitor|received|enduser)([-_\s]|$)/i;
  const BODY_CLS = /(^|[-_\s])(wiki|body|text|content|bubble|message-body|comment-body|msg)([-_\s]|$)/i;
  const CHROME = 'h1,h2,h3,h4,h5,h6,header,footer,nav,menu,time,button,script,style,form,[role="toolbar"],[class*="header" i],[class*="meta" i],[class*="action" i],[class*="contextual" i],[class*="author" i],[class*="avatar" i],[class*="badge" i],[class*="menu" i]';
  const AUTHOR = '[class*="author" i],[class*="sender" i],[itemprop="author"],[class~="user" i],[class*="username" i],a[href*="/user" i],a[href*="/people/" i],a[href*="/profile" i],[class*="from" i]';
  const SIGNED_IN = /\b(logged in as|signed in as|connecté en tant que|angemeldet als|conectado como)\b/i;
  const WROTE = /^(.*?)(wrote|a écrit|schrieb|escribió|escreveu)\s*:?\s*$/i;

  const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  /** Text of a detached copy, with line breaks and block ends as spaces. */
  const textOf = (el: Element): string => {
    el.querySelectorAll('br, p, div, li, tr, h1, h2, h3, h4, h5, h6, pre').forEach((b) => b.after(' '));
    return norm(el.textContent);
  };
  const classOf = (el: Element | null | undefined): string => el?.getAttribute('class') ?? '';
  const out = (why: PageConversation['why']): PageConversation => ({ readable: false, thread: [], why });
  const composer = (globalThis as { heardComposer?: Element }).heardComposer;
  if (!composer || !composer.isConnected) return out('no-composer');
  const doc = document;
  // Read again only when the page changed: same address, same reply box, as many elements (the
  // count of a live collection is kept by the browser between changes). Kept on the isolated
  // world's global, which the page cannot reach.
  const world = globalThis as { heardPageRead?: { sig: string; box: Element; names: Set<string>; links: Set<string>; thread: PageConversation | null } };
  const sig = `${location.href}|${doc.getElementsByTagName('*').length}`;
  const memo = world.heardPageRead?.sig === sig && world.heardPageRead.box === composer ? world.heardPageRead : null;

  // Who the rep is: "Logged in as <a href=/users/1>admin</a>", a username element in the page's chrome.
  const selfNames = memo?.names ?? new Set<string>();
  const selfLinks = memo?.links ?? new Set<string>();
  const addName = (s: string): void => {
    const n = norm(s).toLowerCase();
    if (n.length > 1 && n.length < 80) selfNames.add(n);
  };
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = memo ? null : walker.nextNode(), i = 0; n && i < MAX_SCAN; n = walker.nextNode(), i++) {
    const t = n.textContent ?? '';
    if (!SIGNED_IN.test(t)) continue;
    const box = n.parentElement;
    if (!box) continue;
    const link = box.querySelector('a[href]');
    if (link) {
      selfLinks.add((link as HTMLAnchorElement).href);
      addName(link.textContent ?? '');
    } else addName(t.replace(SIGNED_IN, '').replace(/^[\s:]+/, ''));
  }
  for (const el of memo ? [] : doc.querySelectorAll('[class*="username" i], [id*="username" i], [class*="current-user" i], [id*="loggedas" i], [class*="account-name" i]')) {
    if (el.closest('form') || el.matches('input, textarea, select')) continue;
    const t = norm(el.textContent);
    if (t.length > 0 && t.length < 80) addName(t);
    const link = el.closest('a[href]') ?? el.querySelector('a[href]');
    if (link) selfLinks.add((link as HTMLAnchorElement).href);
  }
  const isSelf = (name: string, href: string | null): boolean => {
    if (href && selfLinks.has(href)) return true;
    const n = name.toLowerCase();
    if (!n) return false;
    for (const s of selfNames) if (s === n || (s.includes('@') && n.includes(s)) || (n.includes('@') && s.includes(n))) return true;
    return false;
  };
  const cap = (t: string): string => (t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t);

  // 1. An email reply: the quoted message in the composer, under its intro line.
  const editable = composer.matches('textarea, input') ? null : composer;
  if (editable) {
    for (const q of editable.querySelectorAll('blockquote')) {
      if (q.parentElement?.closest('blockquote')) continue;
      let intro = q.previousElementSibling;
      while (intro && !norm(intro.textContent)) intro = intro.previousElementSibling;
      const m = WROTE.exec(norm(intro?.textContent));
      if (!m) continue;
      // "On 2026-12-04 09:12, Dana Whitfield wrote:" → the words after the last comma.
      const author = norm(norm((m[1] ?? '').replace(/<[^>]*>/g, '')).split(',').pop())
        .replace(/^.*\b\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?\s*/i, '')
        .replace(/^on\s+/i, '')
        .trim();
      const clone = q.cloneNode(true) as Element;
      clone.querySelectorAll('blockquote').forEach((b) => {
        // Older history, and the intro line that names its author.
        if (WROTE.test(norm(b.previousElementSibling?.textContent))) b.previousElementSibling!.remove();
        b.remove();
      });
      const text = cap(textOf(clone));
      if (!author || !text || isSelf(author, null)) continue;
      return { readable: true, thread: [{ role: 'customer', text, author }], customer: author };
    }
  }

  // 2. Repeated message blocks near the reply box (its iframe, when it edits in one).
  if (memo?.thread) return memo.thread;
  const remember = (res: PageConversation): PageConversation => {
    world.heardPageRead = { sig, box: composer, names: selfNames, links: selfLinks, thread: res };
    return res;
  };
  let anchor: Element = composer;
  if (composer.ownerDocument !== doc) {
    const frame = [...doc.querySelectorAll('iframe')].find((f) => {
      try {
        return f.contentDocument === composer.ownerDocument;
      } catch {
        return false;
      }
    });
    if (!frame) return out('no-thread');
    anchor = frame;
  }

  interface Block {
    el: Element;
    body: string;
    author: string;
    href: string | null;
    cue: boolean;
    /** The page marks its body (a class such as body, text, content, wiki). */
    marked: boolean;
  }
  const blockOf = (el: Element): Block | null => {
    if (el.contains(anchor) || anchor.contains(el) || el.matches('nav, header, footer, aside, form, menu, [role="navigation"]')) return null;
    if (el.querySelector('input:not([type="hidden"]), textarea, select')) return null;
    const authorEl = el.querySelector(AUTHOR);
    const author = norm(authorEl?.textContent).slice(0, 120);
    const cls = classOf(el);
    const cue = !!author || !!el.querySelector('time, [datetime]') || AGENT_CLS.test(cls) || CUSTOMER_CLS.test(cls);
    // No author, time or role: no message (and no copy made of it).
    if (!cue) return { el, body: (el.textContent ?? '').trim() ? '-' : '', author: '', href: null, cue: false, marked: false };
    const clone = el.cloneNode(true) as Element;
    clone.querySelectorAll(CHROME).forEach((c) => c.remove());
    const bodyEl = [...clone.querySelectorAll('*')].find((c) => BODY_CLS.test(c.getAttribute('class') ?? '') && norm(c.textContent));
    const body = textOf(bodyEl ?? clone);
    const link = authorEl?.closest('a[href]') as HTMLAnchorElement | null | undefined;
    return { el, body, author, href: link ? link.href : null, cue: bodyEl != null || body.length >= 15, marked: bodyEl != null };
  };

  /** The best group of message-like sibling blocks under root, or null (parents scanned at a nearer
   * ancestor held none: each is scanned once). */
  const scanned = new Set<Element>();
  const groupUnder = (root: Element): Block[] | null => {
    let best: Block[] | null = null;
    let bestScore = 0;
    const parents = [root, ...root.querySelectorAll('*')].slice(0, MAX_SCAN);
    for (const p of parents) {
      if (p.childElementCount < 2 || scanned.has(p)) continue;
      scanned.add(p);
      const byTag = new Map<string, Element[]>();
      for (const c of p.children) byTag.set(c.tagName, [...(byTag.get(c.tagName) ?? []), c]);
      for (const members of byTag.values()) {
        if (members.length < 2) continue;
        // The class most of them share (generated classes with digits aside), if they have classes.
        const counts = new Map<string, number>();
        for (const m of members) for (const c of m.classList) if (!/\d/.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
        const shared = [...counts].sort((a, b) => b[1] - a[1])[0];
        const same = shared && shared[1] >= 2 ? members.filter((m) => m.classList.contains(shared[0])) : members.every((m) => !classOf(m)) ? members : [];
        const blocks = same.map(blockOf).filter((b): b is Block => b != null && b.body.length > 0);
        // Where some blocks mark their body, those without one are events (a status change), not messages.
        const marked = blocks.some((b) => b.marked);
        const messages = blocks.filter((b) => b.cue && (!marked || b.marked));
        if (messages.length < 2 || messages.length * 2 < blocks.length) continue;
        const score = messages.reduce((n, b) => n + Math.min(b.body.length, 500), 0);
        if (score > bestScore) {
          best = messages;
          bestScore = score;
        }
      }
    }
    return best;
  };

  let group: Block[] | null = null;
  for (let a = anchor.parentElement, depth = 0; a && depth < 12 && !group; a = a.parentElement, depth++) group = groupUnder(a);
  if (!group) return remember(out('no-thread'));

  // Alignment: blocks on two sides of their column (chat), the signed-in user's side is the agent's.
  const lefts = group.map((b) => b.el.getBoundingClientRect().left);
  const minL = Math.min(...lefts);
  const maxL = Math.max(...lefts);
  const twoSides = maxL - minL > 40 && lefts.every((l) => l - minL < 8 || maxL - l < 8);

  const roles: (PageMessage['role'] | null)[] = group.map((b) => {
    const cls = `${classOf(b.el)} ${classOf(b.el.firstElementChild)}`;
    const label = [...b.el.querySelectorAll('span, em, strong, small, div')].some((e) => e.childElementCount === 0 && NOTE_LABEL.test(norm(e.textContent)));
    if (NOTE_WORDS.test(cls) || label) return 'note';
    if (CUSTOMER_CLS.test(cls)) return 'customer';
    if (AGENT_CLS.test(cls)) return 'agent';
    if (b.author && isSelf(b.author, b.href)) return 'agent';
    return null;
  });
  if (twoSides) {
    const selfSide = group.findIndex((b, i) => roles[i] === 'agent' && b.author);
    group.forEach((b, i) => {
      if (roles[i] != null) return;
      const right = maxL - b.el.getBoundingClientRect().left < 8;
      if (selfSide >= 0) roles[i] = right === maxL - group[selfSide]!.el.getBoundingClientRect().left < 8 ? 'agent' : 'customer';
      else roles[i] = right ? 'agent' : 'customer';
    });
  }
  // The other authors: the first of them is the customer, while the page tells who the rep is.
  const knowsSelf = selfNames.size > 0 || selfLinks.size > 0;
  let customer = '';
  group.forEach((b, i) => {
    if (roles[i] != null || !b.author || !knowsSelf) return;
    customer ||= b.author;
    roles[i] = b.author === customer ? 'customer' : 'agent';
  });
  if (roles.some((r) => r == null)) return remember(out('no-roles'));
  if (!roles.includes('customer')) return remember(out('no-customer'));
  const thread = group
    .map((b, i): PageMessage => ({ role: roles[i]!, text: cap(b.body), ...(b.author ? { author: b.author } : {}) }))
    .slice(-MAX_MESSAGES);
  customer ||= group.find((_, i) => roles[i] === 'customer')?.author ?? '';
  return remember({ readable: true, thread, ...(customer ? { customer } : {}) });
}
