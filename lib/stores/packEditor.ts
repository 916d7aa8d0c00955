import { create } from 'zustand';
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { checkDraft, freeId, getAt, newRule, setAt, type DraftCheck, type PackDraft, type Path } from '@/lib/guidance/editing';
import type { Rule } from '@/lib/guidance/schema';
import { sendMessage, type PackInfo } from '@/lib/messaging';
import { transport } from './transport';

/** storage.local key of the work in progress: a closed tab loses nothing. */
export const EDITOR_DRAFT_KEY = 'packEditorDraft';

/** What is stored: the draft as typed (not yet a valid pack), parsed on read. */
export const StoredDraftSchema = z.strictObject({
  v: z.literal(1),
  draft: z.record(z.string(), z.unknown()),
  savedAt: z.number().int().min(0),
});

const VALIDATE_MS = 150;
const SAVE_MS = 400;

interface PackEditorState {
  /** false until the stored draft was read. */
  loaded: boolean;
  draft: PackDraft | null;
  /** The result of the last validation; null until the first one ran. */
  check: DraftCheck | null;
  openRule: number;
  openChecklist: number;
  /** Set when reading or saving the stored draft failed (the draft in memory stays). */
  storageError: string | null;
  /** A field to focus after the next render (from the error summary). */
  focusPath: Path | null;
  load(): Promise<void>;
  start(draft: PackDraft): void;
  close(): void;
  set(path: Path, value: unknown): void;
  addRule(kind: Rule['kind']): void;
  duplicateRule(index: number): void;
  deleteRule(index: number): void;
  moveRule(index: number, by: -1 | 1): void;
  setOpenRule(index: number): void;
  addChecklist(): void;
  deleteChecklist(index: number): void;
  setOpenChecklist(index: number): void;
  /** Opens the rule or checklist holding `path` and asks the field to take focus. */
  focus(path: Path): void;
  focused(): void;
  /** Validate now (tests; the debounced path calls this too). */
  validate(): void;
}

let validateTimer: ReturnType<typeof setTimeout> | null = null;
let saveTimer: ReturnType<typeof setTimeout> | null = null;

export const usePackEditor = create<PackEditorState>((set, get) => {
  const scheduleValidate = (): void => {
    if (validateTimer) clearTimeout(validateTimer);
    validateTimer = setTimeout(() => {
      validateTimer = null;
      get().validate();
    }, VALIDATE_MS);
  };
  const scheduleSave = (): void => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      void save();
    }, SAVE_MS);
  };
  const save = async (): Promise<void> => {
    const draft = get().draft;
    try {
      if (draft === null) await browser.storage.local.remove(EDITOR_DRAFT_KEY);
      else await browser.storage.local.set({ [EDITOR_DRAFT_KEY]: { v: 1, draft, savedAt: Date.now() } });
      if (get().storageError) set({ storageError: null });
    } catch (e) {
      set({ storageError: (e as Error).message });
    }
  };
  const change = (draft: PackDraft | null, extra: Partial<PackEditorState> = {}): void => {
    set({ draft, ...extra });
    scheduleValidate();
    scheduleSave();
  };
  const rules = (): unknown[] => {
    const r = get().draft?.rules;
    return Array.isArray(r) ? r : [];
  };
  const checklists = (): unknown[] => {
    const c = get().draft?.checklists;
    return Array.isArray(c) ? c : [];
  };

  return {
    loaded: false,
    draft: null,
    check: null,
    openRule: 0,
    openChecklist: 0,
    storageError: null,
    focusPath: null,

    async load() {
      try {
        const raw = (await browser.storage.local.get(EDITOR_DRAFT_KEY))[EDITOR_DRAFT_KEY];
        if (raw === undefined) {
          set({ loaded: true });
          return;
        }
        const parsed = StoredDraftSchema.safeParse(raw);
        if (!parsed.success) {
          // Kept in storage untouched until the lead starts a new draft: nothing is lost silently.
          set({ loaded: true, storageError: `the saved draft could not be read (${parsed.error.issues[0]?.message ?? 'invalid'})` });
          return;
        }
        set({ loaded: true, draft: parsed.data.draft, openRule: 0, openChecklist: 0 });
        get().validate();
      } catch (e) {
        set({ loaded: true, storageError: (e as Error).message });
      }
    },
    start(draft) {
      change(draft, { openRule: 0, openChecklist: 0, check: null, storageError: null });
      get().validate();
    },
    close() {
      change(null, { check: null });
    },
    set(path, value) {
      const draft = get().draft;
      if (!draft) return;
      change(setAt(draft, path, value));
    },
    addRule(kind) {
      const draft = get().draft;
      if (!draft) return;
      const list = rules();
      const id = freeId(list.map((r) => getAt(r, ['id'])), 'rule');
      change({ ...draft, rules: [...list, newRule(kind, id)] }, { openRule: list.length, focusPath: ['rules', list.length, 'id'] });
    },
    duplicateRule(index) {
      const draft = get().draft;
      const list = rules();
      if (!draft || !list[index]) return;
      const copy = structuredClone(list[index]) as Record<string, unknown>;
      copy.id = freeId(list.map((r) => getAt(r, ['id'])), String(copy.id || 'rule'));
      const next = [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
      change({ ...draft, rules: next }, { openRule: index + 1, focusPath: ['rules', index + 1, 'id'] });
    },
    deleteRule(index) {
      const draft = get().draft;
      const list = rules();
      if (!draft || !list[index]) return;
      const next = list.filter((_, i) => i !== index);
      change({ ...draft, rules: next }, { openRule: Math.max(0, Math.min(index, next.length - 1)) });
    },
    moveRule(index, by) {
      const draft = get().draft;
      const list = [...rules()];
      const to = index + by;
      if (!draft || to < 0 || to >= list.length) return;
      [list[index], list[to]] = [list[to], list[index]];
      change({ ...draft, rules: list }, { openRule: to });
    },
    setOpenRule(index) {
      set({ openRule: index });
    },
    addChecklist() {
      const draft = get().draft;
      if (!draft) return;
      const list = checklists();
      const id = freeId(list.map((c) => getAt(c, ['id'])), 'checklist');
      const fresh = { id, title: '', trigger: { customerTone: ['angry'] }, items: [{ id: 'item-1', label: '', tickWhen: { phrases: [] } }] };
      change({ ...draft, checklists: [...list, fresh] }, { openChecklist: list.length, focusPath: ['checklists', list.length, 'id'] });
    },
    deleteChecklist(index) {
      const draft = get().draft;
      const list = checklists();
      if (!draft || !list[index]) return;
      const next = list.filter((_, i) => i !== index);
      const rest = { ...draft };
      if (next.length === 0) delete rest.checklists;
      else rest.checklists = next;
      change(rest, { openChecklist: Math.max(0, Math.min(index, next.length - 1)) });
    },
    setOpenChecklist(index) {
      set({ openChecklist: index });
    },
    focus(path) {
      const extra: Partial<PackEditorState> = { focusPath: path };
      if (path[0] === 'rules' && typeof path[1] === 'number') extra.openRule = path[1];
      if (path[0] === 'checklists' && typeof path[1] === 'number') extra.openChecklist = path[1];
      set(extra);
    },
    focused() {
      set({ focusPath: null });
    },
    validate() {
      if (validateTimer) {
        clearTimeout(validateTimer);
        validateTimer = null;
      }
      const draft = get().draft;
      set({ check: draft ? checkDraft(draft) : null });
    },
  };
});

/** "Open an installed pack" in the editor: the installed packs, and one pack's text. */
export const installedPacksTransport = transport({
  list: () => sendMessage('ui:packs:list', {}),
  get: (id: string) => sendMessage('ui:packs:get', { id }),
});

/** The installed packs the editor can open (those that load); none when the background did not answer. */
export const openablePacks = (): Promise<PackInfo[]> =>
  installedPacksTransport()
    .list()
    .then((list) => list.filter((p) => !p.problem))
    .catch(() => []);

/** An installed pack's JSON text, or null. */
export const installedPackText = (id: string): Promise<string | null> =>
  installedPacksTransport()
    .get(id)
    .then((res) => (res.ok ? res.text : null))
    .catch(() => null);
