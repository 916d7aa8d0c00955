/** Who wrote a message, and how the rep talks to the customer: defined once in lib/values.ts. */
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
  name: string;
  /** Match patterns of the pages this adapter reads (also declared in hosts.ts). */
  matches: readonly string[];
  detect(location: URL, doc: Document): Ticket | null;
  thread(doc: Document): ThreadMessage[];
  /** The active reply box: the one the rep is typing in when several exist. */
  composer(doc: Document): HTMLElement | null;
  customer(doc: Document): Customer;
  /** What a recipe looks for, as [what, selector] pairs: the self-check counts their matches (never page text). */
  selectors?: readonly (readonly [string, string])[];
}
