import { memo, useEffect, useRef, useState, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import { plural, t } from '@/lib/i18n';
import { defaultPack } from '@/lib/guidance/default-pack';
import { draftFromText, emptyPack, getAt, packFrom, type PackDraft, type Path } from '@/lib/guidance/editing';
import type { PackError } from '@/lib/guidance/schema';
import { installedPackText, openablePacks, usePackEditor } from '@/lib/stores/packEditor';
import type { PackInfo } from '@/lib/messaging';
import { fieldId } from './PackEditorFields';
import { RulesEditor } from './PackEditorRules';
import { BoundaryEditor, ChecklistsEditor, MetadataEditor } from './PackEditorChecklists';
import { TestBox } from './PackEditorTest';
import { ExportBox } from './PackEditorExport';
import './pack-editor.css';
import { Confirm } from './Confirm';

/** "rules[3].advice" → [ 'rules', 3, 'advice' ]. */
export function parsePath(path: string): Path {
  const out: (string | number)[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return out;
}

/** Focuses the control of `path`, or of its nearest parent that has one. */
function focusField(path: Path): boolean {
  for (let n = path.length; n > 0; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)));
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'center' });
      return true;
    }
  }
  return false;
}

function where(draft: PackDraft | null, path: Path): string {
  const [head, i] = path;
  if ((head === 'rules' || head === 'checklists') && typeof i === 'number') {
    const item = getAt(draft, [head, i]);
    const title = getAt(item, ['title']);
    const id = getAt(item, ['id']);
    const name = (typeof title === 'string' && title.trim()) || (typeof id === 'string' && id) || String(i + 1);
    return t(head === 'rules' ? 'peWhereRule' : 'peWhereChecklist', name);
  }
  return t('peWherePack');
}

/** "Edit an installed pack": the packs in this browser, opened as a draft (installing is separate). */
function InstalledPicker({ onOpen }: { onOpen: (text: string, name: string) => void }) {
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    void openablePacks().then((usable) => {
      if (!live) return;
      setPacks(usable);
      setChosen((c) => c || usable[0]?.id || '');
    });
    return () => {
      live = false;
    };
  }, []);
  if (packs.length === 0) return null;
  const open = async (): Promise<void> => {
    setError('');
    const pack = packs.find((p) => p.id === chosen);
    if (!pack) return;
    const text = await installedPackText(pack.id);
    if (text !== null) onOpen(text, `${pack.name} ${pack.version}`);
    else setError(t('peInstalledFailed', pack.name));
  };
  return (
    <div className="pe-toolbar">
      <label htmlFor="pe-installed">{t('peInstalledLabel')}</label>{' '}
      <select id="pe-installed" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {packs.map((p) => (
          <option key={p.id} value={p.id}>
            {`${p.name} ${p.version}`}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="btn btn-quiet" onClick={() => void open()}>
        {t('peInstalledOpen')}
      </button>
      <span className="pe-hint">{t('peInstalledNote')}</span>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Start = 'new' | 'builtin' | { file: PackDraft; name: string };

/** Options: write or change a guidance pack, check it as you type, test it, export it. */
export function PackEditor() {
  const loaded = usePackEditor((s) => s.loaded);
  const hasDraft = usePackEditor((s) => s.draft !== null);
  const storageError = usePackEditor((s) => s.storageError);
  const focusPath = usePackEditor((s) => s.focusPath);
  const { load, start, focused } = usePackEditor.getState();
  const [pending, setPending] = useState<Start | null>(null);
  const [fileError, setFileError] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!usePackEditor.getState().loaded) void load();
  }, [load]);

  // After the field's rule/checklist is open and rendered: move focus to it.
  useEffect(() => {
    if (!focusPath) return;
    focusField(focusPath);
    focused();
  }, [focusPath, focused]);

  useEffect(() => {
    if (pending) replaceRef.current?.focus();
  }, [pending]);

  const begin = (what: Start): void => {
    setFileError('');
    if (what === 'new') start(emptyPack(browser.i18n.getUILanguage?.().split(/[-_]/)[0]?.toLowerCase() ?? 'en'));
    else if (what === 'builtin') start(packFrom(defaultPack, { id: 'my-team-pack', name: t('peTemplateName') }));
    else start(what.file);
    setPending(null);
    if (fileRef.current) fileRef.current.value = '';
    setTimeout(() => document.getElementById(fieldId(['id']))?.focus(), 0);
  };
  const ask = (what: Start): void => {
    if (usePackEditor.getState().draft) setPending(what);
    else begin(what);
  };
  const openFile = async (file: File | undefined): Promise<void> => {
    setFileError('');
    if (!file) return;
    const res = draftFromText(await file.text());
    if (!res.ok) {
      setFileError(t('peOpenFailed', [file.name, res.error]));
      if (fileRef.current) fileRef.current.value = '';
      return;
    }
    ask({ file: res.draft, name: file.name });
  };
  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    void openFile(e.dataTransfer.files[0]);
  };

  return (
    <section className="options-section pack-editor" aria-labelledby="pack-editor-heading">
      <h2 id="pack-editor-heading">{t('peHeading')}</h2>
      <p className="muted">{t('peIntro')}</p>

      <div
        className="pe-start"
        data-dragging={dragging ? 'true' : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="pe-toolbar">
          <button type="button" className="btn btn-quiet" onClick={() => ask('builtin')}>
            {t('peStartBuiltin')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => ask('new')}>
            {t('peStartEmpty')}
          </button>
          <span className="pe-file">
            <label htmlFor="pe-open-file">{t('peOpenFile')}</label>{' '}
            <input ref={fileRef} id="pe-open-file" type="file" accept=".json,application/json" onChange={(e) => void openFile(e.target.files?.[0])} />
          </span>
        </div>
        <p className="pe-hint">{t('peDropHint')}</p>
        <InstalledPicker
          onOpen={(text, name) => {
            const res = draftFromText(text);
            if (res.ok) ask({ file: res.draft, name });
            else setFileError(t('peOpenFailed', [name, res.error]));
          }}
        />
      </div>
      {fileError ? (
        <p className="error" role="alert">
          {fileError}
        </p>
      ) : null}
      {storageError ? (
        <p className="error" role="alert">
          {t('peStorageError', storageError)}
        </p>
      ) : null}
      {pending ? (
        <Confirm
          id="pe-replace-q"
          question={t('peReplaceConfirm')}
          yes={t('peReplaceYes')}
          no={t('peReplaceNo')}
          onYes={() => begin(pending)}
          onNo={() => setPending(null)}
          yesRef={replaceRef}
        />
      ) : null}

      {!loaded ? <p className="muted">{t('loading')}</p> : null}
      {loaded && !hasDraft ? <p className="empty">{t('peEmpty')}</p> : null}
      {hasDraft ? (
        <>
          <p className="pe-hint">{t('peSavedLocally')}</p>
          <ErrorSummary />
          <MetadataEditor />
          <RulesEditor />
          <ChecklistsEditor />
          <BoundaryEditor />
          <TestBox />
          <ExportBox />
        </>
      ) : null}
    </section>
  );
}

const ErrorSummary = memo(function ErrorSummary() {
  const focus = usePackEditor((s) => s.focus);
  const errors: PackError[] = usePackEditor((s) => s.check?.errors) ?? NO_ERRORS;
  const draft = usePackEditor.getState().draft;
  const shown = errors.slice(0, 50);
  return (
    <>
      <p className="visually-hidden" role="status">
        {errors.length > 0 ? plural('peErrorCount', errors.length) : t('peNoErrors')}
      </p>
      {errors.length > 0 ? (
        <div className="pe-summary" aria-labelledby="pe-summary-h">
          <h3 id="pe-summary-h">{plural('peErrorCount', errors.length)}</h3>
          <ul>
            {shown.map((e, i) => {
              const path = parsePath(e.path);
              return (
                <li key={`${e.path}-${i}`}>
                  <button type="button" className="pe-link" onClick={() => focus(path)}>
                    {where(draft, path)} <code>{e.path || t('peRoot')}</code>: {e.message}
                  </button>
                </li>
              );
            })}
          </ul>
          {errors.length > shown.length ? <p className="pe-hint">{t('peMoreErrors', String(errors.length - shown.length))}</p> : null}
        </div>
      ) : null}
    </>
  );
});
const NO_ERRORS: PackError[] = [];
