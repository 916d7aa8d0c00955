// A fake browser for generic mode (permissions, registered content scripts, tabs, storage): shared
// by the background's unit tests and the popup/options component tests.
import type { SitesEnv } from '@/entrypoints/background/sites';
import { SITES_KEY, matchesPattern, siteOf } from '@/lib/sites';

export interface Fake {
  env: SitesEnv;
  store: Map<string, unknown>;
  granted: Set<string>;
  scripts: Map<string, { id: string; matches: string[] }>;
  tabs: Map<number, string>;
  injected: number[];
  running: Set<number>;
  detached: number[];
  log: string[];
}

export function fakeEnv(): Fake {
  const f: Fake = {
    store: new Map(),
    granted: new Set(),
    scripts: new Map(),
    tabs: new Map(),
    injected: [],
    running: new Set(),
    detached: [],
    log: [],
    env: null as never,
  };
  f.env = {
    now: () => 1_700_000_000_000,
    read: async () => structuredClone(f.store.get(SITES_KEY)),
    write: async (v) => void f.store.set(SITES_KEY, structuredClone(v)),
    readAsking: async () => structuredClone(f.store.get('asking')),
    writeAsking: async (v) => void f.store.set('asking', structuredClone(v)),
    hasPermission: async (p) => f.granted.has(p),
    removePermission: async (p) => {
      f.log.push(`remove ${p}`);
      f.granted.delete(p);
    },
    registered: async () => [...f.scripts.values()],
    register: async ({ id, pattern }) => {
      if (f.scripts.has(id)) throw new Error(`Duplicate script ID '${id}'`);
      if (!f.granted.has(pattern)) throw new Error('no host permission');
      f.log.push(`register ${id}`);
      f.scripts.set(id, { id, matches: [pattern] });
    },
    unregister: async (ids) => {
      for (const id of ids) {
        if (!f.scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        f.log.push(`unregister ${id}`);
        f.scripts.delete(id);
      }
    },
    tabUrl: async (id) => {
      const url = f.tabs.get(id);
      if (url === undefined) throw new Error('no tab');
      // Without a host permission (or activeTab) the browser hides the address.
      const site = siteOf(url);
      return site && f.granted.has(site.pattern) ? url : url.startsWith('http') ? undefined : url;
    },
    tabsOf: async (pattern) => [...f.tabs].filter(([, url]) => f.granted.has(pattern) && matchesPattern(pattern, url)).map(([id]) => id),
    isRunning: async (id) => f.running.has(id),
    inject: async (id) => {
      f.injected.push(id);
      f.running.add(id);
    },
    detach: async (id) => {
      const site = siteOf(f.tabs.get(id));
      if (!site || !f.granted.has(site.pattern)) throw new Error('Cannot access contents of the page');
      f.detached.push(id);
    },
  };
  return f;
}

