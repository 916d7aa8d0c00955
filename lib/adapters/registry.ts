import type { Adapter } from './types';
import type { Recipe } from './recipe';
import { demo, DEMO_RECIPE } from './demo';
import { zendesk } from './zendesk';
import { gmail } from './gmail';
import { freshdesk, FRESHDESK_RECIPE } from './freshdesk';
import { intercom } from './intercom';
import { helpscout, HELPSCOUT_RECIPE } from './helpscout';
import { front, FRONT_RECIPE } from './front';
import { zammad } from './zammad';
import { salesforce } from './salesforce';
import { servicenow } from './servicenow';
import { hubspot, HUBSPOT_RECIPE } from './hubspot';
import { zohodesk, ZOHODESK_RECIPE } from './zohodesk';
import { gorgias, GORGIAS_RECIPE } from './gorgias';
import { jira, JIRA_RECIPE } from './jira';
import { freescout, FREESCOUT_RECIPE } from './freescout';
import { chatwoot, CHATWOOT_RECIPE } from './chatwoot';
import { generic } from './generic';

/** Every helpdesk adapter, in the order they are tried. Adding a helpdesk adds one line here. */
// Hosts do not overlap; zammad, freescout and chatwoot also recognise self-hosted installs by their DOM.
export const ADAPTERS: readonly Adapter[] = [
  zendesk,
  gmail,
  freshdesk,
  intercom,
  helpscout,
  front,
  zammad,
  salesforce,
  servicenow,
  hubspot,
  zohodesk,
  gorgias,
  jira,
  freescout,
  chatwoot,
  demo,
];

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
export const BUILTIN_RECIPES: readonly Recipe[] = [
  FRESHDESK_RECIPE,
  HELPSCOUT_RECIPE,
  FRONT_RECIPE,
  HUBSPOT_RECIPE,
  ZOHODESK_RECIPE,
  GORGIAS_RECIPE,
  JIRA_RECIPE,
  FREESCOUT_RECIPE,
  CHATWOOT_RECIPE,
  DEMO_RECIPE,
];

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
