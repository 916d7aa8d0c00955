import { create } from 'zustand';
import { browser } from 'wxt/browser';
import {
  InstallResultSchema,
  OkResultSchema,
  PackDiffSchema,
  PackListSchema,
  RefreshResultSchema,
  sendMessage,
  type PackDiff,
  type PackErrorMsg,
  type PackInfo,
} from '@/lib/messaging';
import { packUrlProblem } from '@/lib/policy/schema';
import { hostPattern } from '@/lib/guidance/subscription';
import { t } from '@/lib/i18n';
import { onChange } from './changes';
import { transport } from './transport';

/** A pack from outside is at most 1 MB (lib/guidance/schema.ts MAX_PACK_CHARS). */
export const MAX_PACK_FILE_BYTES = 1024 * 1024;

/**
 * How the Packs section talks to the background and the browser, on the stores' one swappable
 * transport (lib/stores/transport.ts: `packsTransport.set(fake)`); replies are parsed here, at the boundary.
 */
export interface PacksTransport {
  list(): Promise<unknown>;
  install(text: string): Promise<unknown>;
  subscribe(url: string): Promise<unknown>;
  refresh(id: string): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  enable(id: string, enabled: boolean): Promise<unknown>;
  move(id: string, direction: 'up' | 'down'): Promise<unknown>;
  diff(id: string): Promise<unknown>;
  /** Asks the rep to let Heard read a host pattern (must run inside the click that asked for it). */
  requestOrigin(pattern: string): Promise<boolean>;
  /** Calls back when the installed packs change (another page, the daily refresh). */
  onChanged(cb: () => void): () => void;
}

export const packsTransport = transport<PacksTransport>({
  list: () => sendMessage('ui:packs:list', {}),
  install: (text) => sendMessage('ui:packs:install', { text }),
  subscribe: (url) => sendMessage('ui:packs:subscribe', { url }),
  refresh: (id) => sendMessage('ui:packs:refresh', { id }),
  remove: (id) => sendMessage('ui:packs:remove', { id }),
  enable: (id, enabled) => sendMessage('ui:packs:enable', { id, enabled }),
  move: (id, direction) => sendMessage('ui:packs:move', { id, direction }),
  diff: (id) => sendMessage('ui:packs:diff', { id }),
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  onChanged: (cb) => onChange('packs', cb),
});

const errorOf = (e: unknown): PackErrorMsg[] => [{ path: '', message: e instanceof Error ? e.message : String(e) }];

interface PacksStore {
  packs: PackInfo[] | null;
  /** What is running: 'install', 'subscribe', or `refresh:<id>` (buttons say so and wait). */
  busy: string | null;
  fileErrors: PackErrorMsg[] | null;
  urlErrors: PackErrorMsg[] | null;
  /** An action on the list failed (remove, move, switch): why. */
  listError: string;
  /** The polite live region: what just happened. */
  announcement: string;
  /** "What changed" opened per pack id. */
  diffs: Record<string, PackDiff>;
  /** Bumped whenever the packs change, so the rule list reloads. */
  revision: number;
  refresh(): Promise<void>;
  installFile(file: File): Promise<boolean>;
  subscribe(url: string): Promise<boolean>;
  checkUpdates(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  move(id: string, direction: 'up' | 'down'): Promise<void>;
  showDiff(id: string): Promise<void>;
  hideDiff(id: string): void;
  watch(): () => void;
  reset(): void;
}

const initial = {
  packs: null,
  busy: null,
  fileErrors: null,
  urlErrors: null,
  listError: '',
  announcement: '',
  diffs: {},
  revision: 0,
};

export const usePacks = create<PacksStore>((set, get) => {
  const nameOf = (id: string): string => get().packs?.find((p) => p.id === id)?.name ?? id;
  const changed = async (): Promise<void> => {
    await get().refresh();
    set((s) => ({ revision: s.revision + 1 }));
  };
  const simple = async (call: () => Promise<unknown>, done: string): Promise<void> => {
    const raw = await call().catch((e: unknown) => ({ ok: false, error: String(e) }));
    const res = OkResultSchema.safeParse(raw);
    if (!res.success || !res.data.ok) {
      set({ listError: res.success ? (res.data.error ?? '') : t('packsBadReply') });
      return;
    }
    set({ listError: '', announcement: done });
    await changed();
  };
  const installed = (raw: unknown, field: 'fileErrors' | 'urlErrors'): boolean => {
    const res = InstallResultSchema.safeParse(raw);
    if (!res.success) {
      set({ [field]: [{ path: '', message: t('packsBadReply') }] } as Partial<PacksStore>);
      return false;
    }
    if (!res.data.ok) {
      set({ [field]: res.data.errors, announcement: t('packsInstallFailed') } as Partial<PacksStore>);
      return false;
    }
    const { pack, diff, unchanged } = res.data;
    set((s) => ({
      [field]: null,
      announcement: unchanged
        ? t('packsAlreadyInstalled', [pack.name, pack.version])
        : diff
          ? t('packsUpdatedTo', [pack.name, pack.version])
          : t('packsInstalled', [pack.name, pack.version]),
      diffs: diff ? { ...s.diffs, [pack.id]: diff } : s.diffs,
    }));
    return true;
  };
  return {
    ...initial,
    async refresh() {
      const raw = await packsTransport().list().catch(() => null);
      const res = PackListSchema.safeParse(raw);
      set({ packs: res.success ? res.data : (get().packs ?? []) });
    },
    async installFile(file) {
      set({ fileErrors: null, announcement: '' });
      if (file.size > MAX_PACK_FILE_BYTES) {
        set({ fileErrors: [{ path: '', message: t('packTooLarge') }] });
        return false;
      }
      set({ busy: 'install' });
      try {
        const text = await file.text();
        const ok = installed(await packsTransport().install(text).catch((e: unknown) => ({ ok: false, errors: errorOf(e) })), 'fileErrors');
        if (ok) await changed();
        return ok;
      } finally {
        set({ busy: null });
      }
    },
    async subscribe(rawUrl) {
      const url = rawUrl.trim();
      set({ urlErrors: null, announcement: '' });
      if (!url) {
        set({ urlErrors: [{ path: 'url', message: t('packsUrlEmpty') }] });
        return false;
      }
      if (packUrlProblem(url)) {
        set({ urlErrors: [{ path: 'url', message: t('packUrlNotHttps', url.slice(0, 200)) }] });
        return false;
      }
      const origin = new URL(url).origin;
      // First thing after the click: the browser only asks inside the rep's gesture.
      const granted = await packsTransport().requestOrigin(hostPattern(url)).catch(() => false);
      if (!granted) {
        set({ urlErrors: [{ path: 'url', message: t('packsPermissionRefused', origin) }] });
        return false;
      }
      set({ busy: 'subscribe' });
      try {
        const ok = installed(await packsTransport().subscribe(url).catch((e: unknown) => ({ ok: false, errors: errorOf(e) })), 'urlErrors');
        if (ok) await changed();
        return ok;
      } finally {
        set({ busy: null });
      }
    },
    async checkUpdates(id) {
      set({ busy: `refresh:${id}`, listError: '', announcement: '' });
      try {
        const raw = await packsTransport().refresh(id).catch((e: unknown) => ({ ok: false, errors: errorOf(e) }));
        const res = RefreshResultSchema.safeParse(raw);
        if (!res.success) {
          set({ listError: t('packsBadReply') });
          return;
        }
        const { lastFetch, diff } = res.data;
        set((s) => ({
          announcement: `${nameOf(id)}: ${lastFetch?.message ?? res.data.errors?.[0]?.message ?? ''}`,
          diffs: diff ? { ...s.diffs, [id]: diff } : s.diffs,
        }));
        await changed();
      } finally {
        set({ busy: null });
      }
    },
    remove: (id) => {
      const name = nameOf(id);
      return simple(() => packsTransport().remove(id), t('packsRemoved', name)).then(() =>
        set((s) => {
          const { [id]: _gone, ...diffs } = s.diffs;
          return { diffs };
        }),
      );
    },
    setEnabled: (id, enabled) => simple(() => packsTransport().enable(id, enabled), t(enabled ? 'packsSwitchedOn' : 'packsSwitchedOff', nameOf(id))),
    move: (id, direction) => simple(() => packsTransport().move(id, direction), t(direction === 'up' ? 'packsMovedUp' : 'packsMovedDown', nameOf(id))),
    async showDiff(id) {
      const raw = await packsTransport().diff(id).catch(() => null);
      const res = PackDiffSchema.safeParse(raw);
      if (res.success) set((s) => ({ diffs: { ...s.diffs, [id]: res.data } }));
    },
    hideDiff(id) {
      set((s) => {
        const { [id]: _gone, ...diffs } = s.diffs;
        return { diffs };
      });
    },
    watch() {
      return packsTransport().onChanged(() => void changed());
    },
    reset() {
      set({ ...initial });
    },
  };
});
