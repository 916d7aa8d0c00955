import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { plural, t, type MessageKey } from '@/lib/i18n';
import { usePacks } from '@/lib/stores/packs';
import { usePolicy } from '@/lib/stores/policy';
import type { PackDiff, PackErrorMsg, PackInfo } from '@/lib/messaging';
import './packs.css';

const SOURCE: Record<PackInfo['source'], MessageKey> = {
  builtin: 'packsSourceBuiltin',
  file: 'packsSourceFile',
  url: 'packsSourceUrl',
  policy: 'packsSourcePolicy',
};

const when = (at: number): string => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Errors({ id, errors }: { id: string; errors: PackErrorMsg[] }) {
  return (
    <div id={id} role="alert" className="packs-errors">
      <p>{t('packsNotInstalled')}</p>
      <ul>
        {errors.slice(0, 20).map((e, i) => (
          <li key={i}>
            {e.path && e.path !== 'url' ? (
              <>
                <code>{e.path}</code>: {e.message}
              </>
            ) : (
              e.message
            )}
          </li>
        ))}
        {errors.length > 20 ? <li>{plural('packsMoreErrors', errors.length - 20)}</li> : null}
      </ul>
    </div>
  );
}

/** One group of a pack diff (added, changed or removed rules), or nothing when it is empty. */
function DiffRules({ label, rules }: { label: string; rules: readonly { id: string; title: string; fields?: readonly string[] }[] }) {
  if (rules.length === 0) return null;
  return (
    <>
      <p className="pack-diff-label">{label}</p>
      <ul>
        {rules.map((r) => (
          <li key={r.id}>
            {r.title} <code>{r.id}</code>
            {r.fields ? <> <span className="muted">({t('packsDiffFields', r.fields.join(', '))})</span></> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function DiffView({ pack, diff, onClose }: { pack: PackInfo; diff: PackDiff; onClose: () => void }) {
  const uid = useId();
  const nothing = !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.checklistsChanged && !diff.boundaryPolicyChanged;
  return (
    <section className="pack-diff" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>{t('packsDiffHeading', [pack.name, diff.fromVersion, diff.toVersion])}</h3>
      {nothing ? <p className="muted">{t('packsDiffNoRules')}</p> : null}
      <DiffRules label={t('packsDiffAdded', String(diff.added.length))} rules={diff.added} />
      <DiffRules label={t('packsDiffChanged', String(diff.changed.length))} rules={diff.changed} />
      <DiffRules label={t('packsDiffRemoved', String(diff.removed.length))} rules={diff.removed} />
      {diff.truncated ? <p className="muted">{t('packsDiffTruncated', String(diff.truncated))}</p> : null}
      {diff.checklistsChanged ? <p>{t('packsDiffChecklists')}</p> : null}
      {diff.boundaryPolicyChanged ? <p>{t('packsDiffBoundary')}</p> : null}
      {diff.changelog ? (
        <>
          <p className="pack-diff-label">{t('packsDiffChangelog')}</p>
          <p className="pack-changelog">{diff.changelog}</p>
        </>
      ) : null}
      <button type="button" className="btn btn-quiet btn-small" onClick={onClose}>
        {t('packsDiffHide')}
      </button>
    </section>
  );
}

function PackRowView({ pack, first, last }: { pack: PackInfo; first: boolean; last: boolean }) {
  const { busy, diffs, setEnabled, move, remove, checkUpdates, showDiff, hideDiff } = usePacks();
  const [confirming, setConfirming] = useState(false);
  const uid = useId();
  const diff = diffs[pack.id];
  const refreshing = busy === `refresh:${pack.id}`;
  return (
    <li className="pack-row" aria-labelledby={`${uid}-name`}>
      <div className="pack-head">
        <label className="pack-switch">
          <input
            type="checkbox"
            checked={pack.enabled}
            disabled={!pack.switchable}
            onChange={(e) => void setEnabled(pack.id, e.target.checked)}
            aria-label={t('packsUse', pack.name)}
          />
          <span id={`${uid}-name`} className="pack-name">
            {pack.name}
          </span>{' '}
          {pack.version ? <span className="pack-version">{pack.version}</span> : null}
        </label>
        <div className="pack-order">
          <button type="button" className="btn btn-quiet btn-small" disabled={first} onClick={() => void move(pack.id, 'up')} aria-label={t('packsMoveUp', pack.name)}>
            ↑
          </button>
          <button type="button" className="btn btn-quiet btn-small" disabled={last} onClick={() => void move(pack.id, 'down')} aria-label={t('packsMoveDown', pack.name)}>
            ↓
          </button>
        </div>
      </div>
      <p className="pack-meta">
        {[
          pack.author ? t('packsBy', pack.author) : '',
          pack.source === 'url' && pack.url ? t('packsSourceUrlAt', pack.url) : t(SOURCE[pack.source]),
          pack.updated ? t('packsUpdated', pack.updated) : '',
          plural('packsRules', pack.ruleCount),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {pack.problem ? (
        <p className="error" role="alert">
          {pack.problem}
        </p>
      ) : null}
      {pack.lastFetch ? (
        <p className={pack.lastFetch.status === 'error' || pack.lastFetch.status === 'invalid' ? 'pack-fetch pack-fetch-bad' : 'pack-fetch'}>
          {t('packsLastChecked', [when(pack.lastFetch.at), pack.lastFetch.message])}
        </p>
      ) : null}
      <div className="pack-actions">
        {pack.url ? (
          <button type="button" className="btn btn-small" disabled={refreshing} onClick={() => void checkUpdates(pack.id)} aria-label={t('packsCheckFor', pack.name)}>
            {refreshing ? t('packsChecking') : t('packsCheck')}
          </button>
        ) : null}
        {pack.hasDiff ? (
          <button
            type="button"
            className="btn btn-quiet btn-small"
            aria-expanded={!!diff}
            onClick={() => (diff ? hideDiff(pack.id) : void showDiff(pack.id))}
            aria-label={t('packsWhatChangedIn', pack.name)}
          >
            {t('packsWhatChanged')}
          </button>
        ) : null}
        {pack.removable && !confirming ? (
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setConfirming(true)} aria-label={t('packsRemoveNamed', pack.name)}>
            {t('packsRemove')}
          </button>
        ) : null}
        {pack.source === 'policy' ? <span className="muted">{t('setByOrganisation')}</span> : null}
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('packsRemoveNamed', pack.name)}>
          <p>{t('packsRemoveConfirm', pack.name)}</p>
          <button type="button" className="btn btn-danger btn-small" autoFocus onClick={() => void remove(pack.id)}>
            {t('packsRemove')}
          </button>{' '}
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setConfirming(false)}>
            {t('packsKeep')}
          </button>
        </div>
      ) : null}
      {diff ? <DiffView pack={pack} diff={diff} onClose={() => hideDiff(pack.id)} /> : null}
    </li>
  );
}

/** Options: the guidance packs in force, in order, and adding a team's pack from a file or an address. */
export function PacksSection() {
  const { packs, busy, fileErrors, urlErrors, listError, announcement, refresh, installFile, subscribe, watch } = usePacks();
  const uid = useId();
  const id = (s: string): string => `${uid}-${s}`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    void refresh();
    return watch();
  }, [refresh, watch]);

  const install = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    await installFile(file);
    if (fileRef.current) fileRef.current.value = '';
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    void install(e.dataTransfer.files?.[0]);
  };
  const onSubscribe = async (): Promise<void> => {
    if (await subscribe(url)) setUrl('');
  };
  const teamPacks = packs?.filter((p) => p.source !== 'builtin').length ?? 0;
  // The browser policy may turn personal packs off: no installing from a file or an address.
  const personalAllowed = !usePolicy()?.disallowPersonalPacks;

  return (
    <section className="options-section" aria-labelledby={id('h')}>
      <h2 id={id('h')}>{t('packsHeading')}</h2>
      <p className="muted">{t('packsIntro')}</p>
      <p className="pack-announce" role="status">
        {announcement}
      </p>
      {listError ? (
        <p className="error" role="alert">
          {listError}
        </p>
      ) : null}
      {packs === null ? <p className="muted">{t('loading')}</p> : null}
      {packs !== null && packs.length === 0 ? <p className="empty">{t('packsNone')}</p> : null}
      {packs?.length ? (
        <ul className="pack-list" aria-label={t('packsListLabel')}>
          {packs.map((p, i) => (
            <PackRowView key={p.id} pack={p} first={i === 0} last={i === packs.length - 1} />
          ))}
        </ul>
      ) : null}
      {packs !== null && teamPacks === 0 ? <p className="empty">{t('packsNoTeamPack')}</p> : null}

      {!personalAllowed ? <p className="empty">{t('policyNoPersonalPacks')}</p> : null}
      {personalAllowed ? <h3 className="packs-add-heading">{t('packsAddHeading')}</h3> : null}
      {personalAllowed ? (
      <div
        className={dragging ? 'pack-drop pack-drop-active' : 'pack-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="pack-drop"
      >
        <label htmlFor={id('file')}>{t('packsChooseFile')}</label>
        <input
          ref={fileRef}
          id={id('file')}
          type="file"
          accept=".json,application/json"
          disabled={busy === 'install'}
          aria-describedby={fileErrors ? id('file-errors') : id('drop-hint')}
          onChange={(e) => void install(e.target.files?.[0])}
        />
        <p id={id('drop-hint')} className="muted">
          {busy === 'install' ? t('packsInstalling') : t('packsDropHint')}
        </p>
      </div>
      ) : null}
      {personalAllowed && fileErrors ? <Errors id={id('file-errors')} errors={fileErrors} /> : null}

      {personalAllowed ? (
      <form
        className="pack-url"
        onSubmit={(e) => {
          e.preventDefault();
          void onSubscribe();
        }}
      >
        <label className="field" htmlFor={id('url')}>
          <span>{t('packsUrlLabel')}</span>
        </label>
        <div className="pack-url-row">
          <input
            id={id('url')}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={urlErrors ? true : undefined}
            aria-describedby={urlErrors ? id('url-errors') : id('url-hint')}
          />
          <button type="submit" className="btn" disabled={busy === 'subscribe'}>
            {busy === 'subscribe' ? t('packsSubscribing') : t('packsSubscribe')}
          </button>
        </div>
        <p id={id('url-hint')} className="muted">
          {t('packsUrlHint')}
        </p>
      </form>
      ) : null}
      {personalAllowed && urlErrors ? <Errors id={id('url-errors')} errors={urlErrors} /> : null}
    </section>
  );
}
