/** "Enable on this site": extension pages (popup, panel, options) ↔ background. Not bundled into the content script. */
import * as z from 'zod/mini';
import { message, NoData, NoReply, OkReply } from './define';
import { PAGE_OR_PANEL } from './receive';

export const SiteStateSchema = z.enum(['adapter', 'enabled', 'available', 'unsupported']);
export type SiteState = z.infer<typeof SiteStateSchema>;

export const SiteStatusSchema = z.object({
  state: SiteStateSchema,
  /** scheme://host of the tab's page (null when Heard cannot run there or the page is not known). */
  origin: z.nullable(z.string()),
  host: z.nullable(z.string()),
  /** The host permission to ask for: `${origin}/*`. */
  pattern: z.nullable(z.string()),
  /** For 'adapter': the helpdesk's name. */
  adapter: z.optional(z.string()),
});
export type SiteStatus = z.infer<typeof SiteStatusSchema>;

export const EnabledSiteSchema = z.object({ origin: z.string(), host: z.string(), addedAt: z.number() });
export type EnabledSite = z.infer<typeof EnabledSiteSchema>;

const origin = z.string().check(z.maxLength(300));

const PAGE = 'extension-page';

export const SITES_MESSAGES = {
  'ui:sites:status': message('ui', PAGE_OR_PANEL, z.object({ tabId: z.number() }), SiteStatusSchema),
  /** Sent just before the browser's access prompt: Firefox closes the popup when the prompt opens,
   * so the background finishes the enable when the permission arrives (permissions.onAdded). */
  'ui:sites:asking': message('ui', PAGE, z.object({ origin, tabId: z.optional(z.number()) }), NoReply),
  /** Sent after the page's own click handler got the host permission (the browser asks only on a click). */
  'ui:sites:enable': message('ui', PAGE, z.object({ origin, tabId: z.optional(z.number()) }), OkReply),
  'ui:sites:disable': message('ui', PAGE_OR_PANEL, z.object({ origin }), OkReply),
  'ui:sites:list': message('ui', PAGE, NoData, z.object({ sites: z.array(EnabledSiteSchema), error: z.optional(z.string()) })),
};
