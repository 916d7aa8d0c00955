import type { Adapter } from './types';
import type { Recipe } from './recipe';
import { generic } from './generic';

/**
 * Every helpdesk: each module of this folder but the shared ones named below default-exports its
 * adapter, found here by file (adding a helpdesk adds its module, no line here), and is tried in its
 * declared `order`. Default imports only, so the content script bundles nothing else of them. A
 * shared module added to this folder joins the list below (tests/unit/conventions.test.ts names a
 * module that is neither).
 */
const FOUND = import.meta.glob<Adapter>(['./*.ts', '!./{address-key,dom,generic,generic-reader,hosts,recipe,registry,release,types}.ts'], {
  eager: true,
  import: 'default',
});

/** Every helpdesk adapter, in the order they are tried. */
// Hosts do not overlap; zammad, freescout and chatwoot also recognise self-hosted installs by their DOM.
export const ADAPTERS: readonly Adapter[] = Object.values(FOUND)
  .filter(Boolean) // a module with no default export: a build fails on it; a unit test names it (conventions.test.ts)
  .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : 1));

/**
 * The built-in adapters that are recipes (data a team can copy, fix and ship in a pack). The others
 * stay code, because a selector cannot say what they do:
 * - zendesk: the ticket pane is the one whose id is the address's, among hidden tabs kept in the DOM,
 *   and a message is the customer's when its sender's name equals the requester's (a comparison).
 * - gmail: the rep's own address comes from the document title; a message is the agent's when its
 *   sender's address equals it (a comparison).
 * - intercom: the open conversation is the element whose id is the address's (scope by URL).
 * - zammad: the active task must be the address's ticket, and the channel is a class name among many.
 * - salesforce: the reply box is two iframes down (CKEditor 4 in the publisher frame); field values
 *   are the element next to a label.
 * - servicenow: the form is in an iframe and its field ids are built from the record's table name.
 */
export const BUILTIN_RECIPES: readonly Recipe[] = /* @__PURE__ */ ADAPTERS.flatMap((a) => (a.recipe ? [a.recipe] : []));

/** A team recipe the background found for this page (lib/sites/recipes.ts decides which). */
export interface SiteRecipe {
  adapter: Adapter;
  /** It names the built-in adapter it replaces: it is tried first. Otherwise built-in adapters come first. */
  replaces: boolean;
}

/** The adapter for a page: the first whose detect() recognises it (a replacing team recipe first,
 * another team recipe after the built-in ones), else the generic one. */
export function adapterFor(location: URL, doc: Document, team?: SiteRecipe | null): Adapter {
  const order = team ? (team.replaces ? [team.adapter, ...ADAPTERS] : [...ADAPTERS, team.adapter]) : ADAPTERS;
  return order.find((a) => a.detect(location, doc) !== null) ?? generic;
}

export { generic };
