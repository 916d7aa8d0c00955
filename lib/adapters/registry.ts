import type { Adapter } from './types';
import { demo } from './demo';
import { zendesk } from './zendesk';
import { gmail } from './gmail';
import { freshdesk } from './freshdesk';
import { intercom } from './intercom';
import { helpscout } from './helpscout';
import { front } from './front';
import { zammad } from './zammad';
import { salesforce } from './salesforce';
import { servicenow } from './servicenow';
import { hubspot } from './hubspot';
import { zohodesk } from './zohodesk';
import { gorgias } from './gorgias';
import { jira } from './jira';
import { freescout } from './freescout';
import { chatwoot } from './chatwoot';
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

/** The adapter for a page: the first whose detect() recognises it, else the generic one. */
export function adapterFor(location: URL, doc: Document): Adapter {
  return ADAPTERS.find((a) => a.detect(location, doc) !== null) ?? generic;
}

export { generic };
