/** Who wrote a message, and how the rep talks to the customer: defined once in lib/values.ts. */
import type { Recipe } from './recipe';
export type { Role, Channel } from '../values';
import type { Role, Channel } from '../values';

export interface ThreadMessage {
  role: Role;
  /** Plain text of the message, whitespace collapsed. */
  text: string;
  author?: string;
  /** ISO time when the page shows one. */
  at?: string;
}

export interface Ticket {
  /** Stable key of the conversation, e.g. "zendesk:acme.zendesk.com:4821". Notes, checklists and callbacks hang on it. */
  key: string;
  /** Link back to the conversation. */
  link: string;
  title?: string;
  channel?: Channel;
}

export interface Customer {
  name?: string;
  email?: string;
}

/** Knows one helpdesk's page. Side-effect free: it reads the DOM it is given and nothing else. */
export interface Adapter {
  id: string;
  /**
   * A built-in adapter's place among the others (lib/adapters/registry.ts): tried lower first, ids
   * breaking ties; the demo helpdesk is last. Each helpdesk's module default-exports its adapter.
   */
  order?: number;
  name: string;
  /** Match patterns of the pages this adapter reads: the manifest runs the content script there (hosts.ts collects them). */
  matches: readonly string[];
  detect(location: URL, doc: Document): Ticket | null;
  thread(doc: Document): ThreadMessage[];
  /** The active reply box: the one the rep is typing in when several exist. */
  composer(doc: Document): HTMLElement | null;
  customer(doc: Document): Customer;
  /** What a recipe looks for, as [what, selector] pairs: the self-check counts their matches (never page text). */
  selectors?: readonly (readonly [string, string])[];
  /** The recipe it reads with, when it is one (recipe.ts): a built-in one is in BUILTIN_RECIPES. */
  recipe?: Recipe;
}

