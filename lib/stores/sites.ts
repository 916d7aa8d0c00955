/**
 * "Enable on this site", the sites the rep enabled, a page's self-check and "Teach Heard this
 * page": the popup's, the panel's and the options page's way to the background (no state kept here:
 * each component holds what it shows).
 */
import { sendMessage, type EnabledSite, type SelfCheck, type SiteStatus } from '@/lib/messaging';
import { errorText, transport } from './transport';

export const sitesTransport = transport({
  status: (tabId: number) => sendMessage('ui:sites:status', { tabId }),
  list: () => sendMessage('ui:sites:list', {}),
  asking: (origin: string, tabId?: number) => sendMessage('ui:sites:asking', { origin, tabId }),
  enable: (origin: string, tabId?: number) => sendMessage('ui:sites:enable', { origin, tabId }),
  disable: (origin: string) => sendMessage('ui:sites:disable', { origin }),
  selfCheck: (tabId: number) => sendMessage('ui:selfcheck:get', { tabId }),
  startPicker: (tabId: number) => sendMessage('ui:picker:start', { tabId }),
});

type Ok = { ok: boolean; error?: string | undefined };

/** Where the tab stands (null when the background did not answer). */
export const siteStatus = (tabId: number): Promise<SiteStatus | null> => sitesTransport().status(tabId).catch(() => null);

/** The sites the rep switched Heard on for (none when the background did not answer). */
export const enabledSites = (): Promise<{ sites: EnabledSite[]; error?: string | undefined }> =>
  sitesTransport().list().catch(() => ({ sites: [] as EnabledSite[] }));

/** Said just before the browser's access prompt (Firefox closes the popup when it opens). */
export const askingForSite = (origin: string, tabId?: number): Promise<void> => sitesTransport().asking(origin, tabId).catch(() => {});

/** After the page's own click got the host permission; a failure to reach the background rejects. */
export const enableSite = (origin: string, tabId?: number): Promise<Ok> => sitesTransport().enable(origin, tabId);

export const disableSite = (origin: string): Promise<Ok> => sitesTransport().disable(origin).catch((e: unknown) => ({ ok: false, error: errorText(e) }));

/** What the page's reader missed (null when all is well or the background did not answer). */
export const selfCheck = (tabId: number): Promise<SelfCheck | null> =>
  sitesTransport()
    .selfCheck(tabId)
    .then((r) => r.check)
    .catch(() => null);

/** Starts the picker ("Teach Heard this page") in the tab. */
export const startPicker = (tabId: number): Promise<Ok> => sitesTransport().startPicker(tabId).catch((e: unknown) => ({ ok: false, error: errorText(e) }));
