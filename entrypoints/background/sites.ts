import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type EnabledSite, type HandlerTable, type SiteStatus } from '@/lib/messaging';
import { ADAPTERS } from '@/lib/adapters/registry';
import { CONTENT_MATCHES } from '@/lib/adapters/hosts';
import {
  CONTENT_SCRIPT_FILE,
  SCRIPT_ID_PREFIX,
  SITES_KEY,
  isStaticallyMatched,
  matchesPattern,
  parseStoredSites,
  scriptIdFor,
  siteFromOrigin,
  siteOf,
  storedSites,
  type StoredSite,
} from '@/lib/sites';
import { serialQueue } from '@/lib/serial';
import type { HandlerDeps } from './handlers';

/**
 * Generic mode on sites the rep enables: the host permission is asked for by the popup, panel or
 * options page in the rep's click (browsers ask only during a click); here the content script is
 * registered for that origin (persisted by the browser, and re-registered from storage.local at
 * every start: the stored list is the source of truth), injected into the tabs already open, and
 * taken away again on "Disable" or when the rep removes the permission in the browser's own UI.
 */

const ASKING_KEY = 'heard:sites:asking';
/** How long an access prompt may stay open before its answer no longer enables the site. */
const ASK_WINDOW_MS = 10 * 60_000;
const AskingSchema = z.array(z.object({ origin: z.string(), tabId: z.optional(z.number()), at: z.number() })).max(20);

/** What this module needs from the browser: small enough to fake in unit tests. */
export interface SitesEnv {
  now(): number;
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  hasPermission(pattern: string): Promise<boolean>;
  removePermission(pattern: string): Promise<void>;
  registered(): Promise<{ id: string; matches?: string[] | undefined }[]>;
  register(script: { id: string; pattern: string }): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  tabUrl(tabId: number): Promise<string | undefined>;
  tabsOf(pattern: string): Promise<number[]>;
  /** Whether Heard's content script is running in a tab (its marker host is in the page). */
  isRunning(tabId: number): Promise<boolean>;
  /** Runs the content script in a tab now (no reload needed); a second copy replaces the first. */
  inject(tabId: number): Promise<void>;
  /** Origins the rep is being asked about right now (storage.session: the prompt may outlive a sleeping worker). */
  readAsking(): Promise<unknown>;
  writeAsking(value: unknown): Promise<void>;
  /** Stops the content script running in a tab (its context is invalidated: marker, panel, listeners go). */
  detach(tabId: number): Promise<void>;
}

export function browserEnv(): SitesEnv {
  return {
    now: () => Date.now(),
    read: async () => (await browser.storage.local.get(SITES_KEY))[SITES_KEY],
    write: (value) => browser.storage.local.set({ [SITES_KEY]: value }),
    readAsking: async () => (await browser.storage.session.get(ASKING_KEY))[ASKING_KEY],
    writeAsking: (value) => browser.storage.session.set({ [ASKING_KEY]: value }),
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    removePermission: async (pattern) => {
      await browser.permissions.remove({ origins: [pattern] });
    },
    registered: async () =>
      (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX)),
    register: ({ id, pattern }) =>
      browser.scripting.registerContentScripts([
        {
          id,
          js: [CONTENT_SCRIPT_FILE],
          matches: [pattern],
          // The helpdesks' own pages already run it from the manifest: never twice.
          excludeMatches: [...CONTENT_MATCHES],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    tabsOf: async (pattern) =>
      (await browser.tabs.query({ url: pattern })).flatMap((t) => (t.id == null ? [] : [t.id])),
    isRunning: async (tabId) => {
      const [res] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.querySelector('heard-root') !== null });
      return res?.result === true;
    },
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    },
    detach: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: stopContentScript });
    },
  };
}

/**
 * Runs in the page's tab, in the extension's isolated world (scripting.executeScript): stops the
 * running content script. Each copy leaves its stop function on the isolated world's global (the
 * page cannot reach it), where a newer copy, or this, calls it. WXT's own stop signal, a DOM event
 * named after the extension id, is ignored: any page can dispatch a DOM event.
 */
export function stopContentScript(): void {
  (globalThis as { heardStop?: () => void }).heardStop?.();
}

export interface Sites {
  status(tabId: number): Promise<SiteStatus>;
  enable(origin: string, tabId?: number): Promise<{ ok: boolean; error?: string }>;
  disable(origin: string): Promise<{ ok: boolean; error?: string }>;
  list(): Promise<{ sites: EnabledSite[]; error?: string }>;
  /** Makes registrations follow the stored list and the granted permissions (at every start). */
  reconcile(): Promise<{ dropped: string[] }>;
  /** The rep removed host permissions in the browser's own UI. */
  onPermissionsRemoved(origins: string[]): Promise<void>;
  /** A tab finished loading: on an enabled site where the content script did not start (a page
   * loaded while the browser was still starting, before its registrations were in force), start it. */
  ensureRunning(tabId: number, url: string): Promise<void>;
  /** The popup is about to ask the browser for an origin. */
  asking(origin: string, tabId?: number): Promise<void>;
  /** Host permissions were granted: finish an enable whose popup the prompt closed. */
  onPermissionsAdded(origins: string[]): Promise<void>;
}

export function createSites(env: SitesEnv): Sites {
  // One change at a time: a reconcile at start-up must not race an enable from the popup.
  const serial = serialQueue();

  /** The stored list; a malformed value is rebuilt from what the browser has registered (nothing is lost). */
  async function readSites(): Promise<{ sites: StoredSite[]; error?: string }> {
    const parsed = parseStoredSites(await env.read());
    if (parsed.ok) return { sites: parsed.sites };
    const sites: StoredSite[] = [];
    for (const s of await env.registered()) {
      const site = siteFromOrigin(s.id.slice(SCRIPT_ID_PREFIX.length));
      if (site) sites.push({ origin: site.origin, addedAt: env.now() });
    }
    return { sites, error: parsed.error };
  }

  async function safely(fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn();
    } catch {
      // A tab that closed or navigated away meanwhile: nothing to do there.
    }
  }

  async function detachAll(pattern: string): Promise<void> {
    for (const tabId of await env.tabsOf(pattern).catch(() => [])) await safely(() => env.detach(tabId));
  }

  async function reconcileNow(): Promise<{ dropped: string[] }> {
    const { sites, error } = await readSites();
    const registered = new Map((await env.registered()).map((s) => [s.id, s]));
    const keep: StoredSite[] = [];
    const dropped: string[] = [];
    for (const s of sites) {
      const site = siteFromOrigin(s.origin)!;
      if (!(await env.hasPermission(site.pattern))) {
        // The permission was taken away (the browser's site settings, or a profile sync): off.
        dropped.push(s.origin);
        continue;
      }
      keep.push(s);
      const id = scriptIdFor(s.origin);
      const cur = registered.get(id);
      if (cur && cur.matches?.length === 1 && cur.matches[0] === site.pattern) continue;
      if (cur) await env.unregister([id]);
      await env.register({ id, pattern: site.pattern });
    }
    const wanted = new Set(keep.map((s) => scriptIdFor(s.origin)));
    const stale = [...registered.keys()].filter((id) => !wanted.has(id));
    if (stale.length) await env.unregister(stale);
    if (dropped.length || error) await env.write(storedSites(keep));
    for (const origin of dropped) await detachAll(siteFromOrigin(origin)!.pattern);
    return { dropped };
  }

  return {
    async status(tabId) {
      const none: SiteStatus = { state: 'unsupported', origin: null, host: null, pattern: null };
      const url = await env.tabUrl(tabId).catch(() => undefined);
      const site = siteOf(url);
      if (!url || !site) return none;
      const base = { origin: site.origin, host: site.host, pattern: site.pattern };
      if (isStaticallyMatched(url)) {
        const adapter = ADAPTERS.find((a) => a.matches.some((p) => matchesPattern(p, url)));
        return { state: 'adapter', ...base, ...(adapter ? { adapter: adapter.name } : {}) };
      }
      const { sites } = await readSites();
      const on = sites.some((s) => s.origin === site.origin) && (await env.hasPermission(site.pattern));
      return { state: on ? 'enabled' : 'available', ...base };
    },

    enable: (origin, tabId) =>
      serial(async () => {
        const site = siteFromOrigin(origin);
        if (!site) return { ok: false, error: `origin: not a site Heard can run on (${origin})` };
        if (!(await env.hasPermission(site.pattern))) return { ok: false, error: 'permission: not granted' };
        const { sites } = await readSites();
        const id = scriptIdFor(site.origin);
        if (!(await env.registered()).some((s) => s.id === id)) await env.register({ id, pattern: site.pattern });
        if (!sites.some((s) => s.origin === site.origin)) {
          await env.write(storedSites([...sites, { origin: site.origin, addedAt: env.now() }]));
        }
        // Answered: a later grant of this origin (after a Disable) must not switch it on by itself.
        const asking = await readAsking(env.now());
        if (asking.some((a) => a.origin === site.origin)) await env.writeAsking(asking.filter((a) => a.origin !== site.origin));
        // On now, without a reload: every open tab of the site (the one the rep is on first).
        const tabs = await env.tabsOf(site.pattern).catch(() => [] as number[]);
        const order = tabId != null ? [tabId, ...tabs.filter((t) => t !== tabId)] : tabs;
        for (const t of order) {
          const url = await env.tabUrl(t).catch(() => undefined);
          if (url && siteOf(url)?.origin === site.origin && !isStaticallyMatched(url)) await safely(() => env.inject(t));
        }
        return { ok: true };
      }),

    disable: (origin) =>
      serial(async () => {
        const site = siteFromOrigin(origin);
        if (!site) return { ok: false, error: `origin: not a site Heard can run on (${origin})` };
        const { sites } = await readSites();
        const id = scriptIdFor(site.origin);
        if ((await env.registered()).some((s) => s.id === id)) await env.unregister([id]);
        await env.write(storedSites(sites.filter((s) => s.origin !== site.origin)));
        // Stop it in the open tabs while the permission still lets us reach them, then give it back.
        await detachAll(site.pattern);
        await env.removePermission(site.pattern).catch(() => {});
        return { ok: true };
      }),

    async list() {
      const { sites, error } = await readSites();
      return {
        sites: sites.map((s) => ({ origin: s.origin, host: siteFromOrigin(s.origin)?.host ?? s.origin, addedAt: s.addedAt })),
        ...(error ? { error } : {}),
      };
    },

    reconcile: () => serial(reconcileNow),

    onPermissionsRemoved: async (origins) => {
      if (origins.length) await serial(reconcileNow);
    },

    async ensureRunning(tabId, url) {
      const site = siteOf(url);
      if (!site || isStaticallyMatched(url)) return;
      const { sites } = await readSites();
      if (!sites.some((s) => s.origin === site.origin) || !(await env.hasPermission(site.pattern))) return;
      if (!(await env.isRunning(tabId))) await env.inject(tabId);
    },

    async asking(origin, tabId) {
      if (!siteFromOrigin(origin)) return;
      const now = env.now();
      const cur = await readAsking(now);
      await env.writeAsking([...cur.filter((a) => a.origin !== origin), { origin, ...(tabId != null ? { tabId } : {}), at: now }].slice(-20));
    },

    async onPermissionsAdded(origins) {
      const now = env.now();
      const cur = await readAsking(now);
      // Only origins the rep asked for from our popup: a permission granted for another reason
      // (a pack subscription's URL) never switches Heard on for that site.
      const hits = cur.filter((a) => origins.includes(siteFromOrigin(a.origin)!.pattern));
      if (!hits.length) return;
      await env.writeAsking(cur.filter((a) => !hits.includes(a)));
      for (const a of hits) await this.enable(a.origin, a.tabId);
    },
  };

  async function readAsking(now: number): Promise<z.infer<typeof AskingSchema>> {
    const parsed = AskingSchema.safeParse(await env.readAsking().catch(() => undefined));
    return parsed.success ? parsed.data.filter((a) => now - a.at < ASK_WINDOW_MS) : [];
  }
}

/** The handler table of generic mode. The framed panel may ask only its tab's status and "Disable
 * on this site" (giving rights back): lib/messaging/sites.ts. */
export function sitesHandlers(sites: Sites) {
  return {
    'ui:sites:status': ({ tabId }) => sites.status(tabId),
    'ui:sites:asking': ({ origin, tabId }) => sites.asking(origin, tabId),
    'ui:sites:enable': ({ origin, tabId }) => sites.enable(origin, tabId),
    'ui:sites:disable': ({ origin }) => sites.disable(origin),
    'ui:sites:list': () => sites.list(),
  } satisfies HandlerTable;
}

/** Wires generic mode into the background: start-up reconcile, permissions added and removed outside. */
export function registerSites(env: SitesEnv = browserEnv()): Sites {
  const sites = createSites(env);
  browser.permissions.onRemoved.addListener((p) => void sites.onPermissionsRemoved(p.origins ?? []).catch(() => {}));
  browser.permissions.onAdded.addListener((p) => void sites.onPermissionsAdded(p.origins ?? []).catch(() => {}));
  // The address is only visible for tabs Heard has a host permission for: other tabs return at once.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'complete' && tab.url) void sites.ensureRunning(tabId, tab.url).catch(() => {});
  });
  // Every start of the background (browser start, install, update, a woken service worker): cheap,
  // and it covers a browser that did not persist the registrations.
  void sites.reconcile().catch(() => {});
  return sites;
}

/** This area's handler table, collected by handlers.ts. */
export const handlers = ({ sites }: HandlerDeps): HandlerTable => sitesHandlers(sites);
