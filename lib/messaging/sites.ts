/** "Enable on this site": extension pages (popup, panel, options) ↔ background. Not bundled into the content script. */
import * as z from 'zod/mini';

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

export interface SitesProtocol {
  'ui:sites:status'(data: { tabId: number }): SiteStatus;
  /** Sent just before the browser's access prompt: Firefox closes the popup when the prompt opens,
   * so the background finishes the enable when the permission arrives (permissions.onAdded). */
  'ui:sites:asking'(data: { origin: string; tabId?: number | undefined }): void;
  /** Sent after the page's own click handler got the host permission (the browser asks only on a click). */
  'ui:sites:enable'(data: { origin: string; tabId?: number | undefined }): { ok: boolean; error?: string };
  'ui:sites:disable'(data: { origin: string }): { ok: boolean; error?: string };
  'ui:sites:list'(data?: Record<string, never>): { sites: EnabledSite[]; error?: string };
}

export const SITES_SCHEMAS: { [K in keyof SitesProtocol]: z.ZodMiniType } = {
  'ui:sites:status': z.object({ tabId: z.number() }),
  'ui:sites:asking': z.object({ origin, tabId: z.optional(z.number()) }),
  'ui:sites:enable': z.object({ origin, tabId: z.optional(z.number()) }),
  'ui:sites:disable': z.object({ origin }),
  'ui:sites:list': z.optional(z.object({})),
};
