import { memo } from 'react';
import { plural, t } from '@/lib/i18n';
import { errorsUnder, getAt, type Path } from '@/lib/guidance/editing';
import { usePackEditor } from '@/lib/stores/packEditor';
import { fieldId, LinesField, MatcherField, PathErrors, TextField, TriField, ChecksField } from './PackEditorFields';
import { TONES } from './PackEditorRules';

/** Checklists: one open at a time, like rules. */
export const ChecklistsEditor = memo(function ChecklistsEditor() {
  const raw = usePackEditor((s) => s.draft?.checklists);
  const list = Array.isArray(raw) ? raw : [];
  const open = usePackEditor((s) => s.openChecklist);
  const errors = usePackEditor((s) => s.check?.errors);
  const { addChecklist, setOpenChecklist } = usePackEditor.getState();
  return (
    <section className="pe-block" aria-labelledby="pe-cl-h">
      <h3 id="pe-cl-h">{t('peChecklistsHeading', String(list.length))}</h3>
      <p className="pe-hint">{t('peChecklistsIntro')}</p>
      {list.length === 0 ? <p className="empty">{t('peNoChecklists')}</p> : null}
      {list.length > 0 ? (
        <ol className="pe-tabs" aria-label={t('peChecklistListLabel')}>
          {list.map((cl, i) => {
            const n = errors ? errorsUnder(errors, ['checklists', i]) : 0;
            const title = getAt(cl, ['title']);
            return (
              <li key={i}>
                <button type="button" className="pe-rule-btn" aria-current={i === open ? 'true' : undefined} data-state={n > 0 ? 'error' : 'ok'} onClick={() => setOpenChecklist(i)}>
                  <span className="pe-rule-name">{(typeof title === 'string' && title) || String(getAt(cl, ['id']) || i + 1)}</span>
                  {n > 0 ? <span className="pe-rule-status">{plural('peRuleHasErrors', n)}</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {list[open] !== undefined ? <ChecklistForm key={open} index={open} /> : null}
      <button type="button" className="btn btn-small btn-quiet" onClick={addChecklist}>
        {t('peAddChecklist')}
      </button>
    </section>
  );
});

function ChecklistForm({ index }: { index: number }) {
  const base: Path = ['checklists', index];
  const items = usePackEditor((s) => getAt(s.draft, [...base, 'items']));
  const list = Array.isArray(items) ? items : [];
  const { set, deleteChecklist } = usePackEditor.getState();
  return (
    <div className="pe-rule-form">
      <div className="pe-rule-head">
        <h4 id={fieldId(base)} tabIndex={-1}>
          {t('peChecklistN', String(index + 1))}
        </h4>
        <button type="button" className="btn btn-small btn-quiet" onClick={() => deleteChecklist(index)}>
          {t('peDeleteChecklist')}
        </button>
      </div>
      <div className="pe-row">
        <TextField path={[...base, 'id']} label="peChecklistId" name="id" />
        <TextField path={[...base, 'title']} label="peRuleTitle" name="title" wide />
      </div>
      <TextField path={[...base, 'description']} label="peDescription" name="description" optional multiline rows={2} />
      <fieldset className="pe-group">
        <legend>{t('peTrigger')}</legend>
        <p className="pe-hint" id={fieldId([...base, 'trigger'])} tabIndex={-1}>
          {t('peTriggerHint')}
        </p>
        <PathErrors path={[...base, 'trigger']} />
        <ChecksField path={[...base, 'trigger', 'customerTone']} label="peCustomerTone" name="customerTone" options={TONES} />
        <TriField path={[...base, 'trigger', 'repeatContact']} label="peRepeatContact" name="repeatContact" />
        <MatcherField path={[...base, 'trigger', 'customerSays']} label="peTriggerSays" name="customerSays" optional />
      </fieldset>
      <fieldset className="pe-group">
        <legend>{t('peItems')}</legend>
        {list.map((_, i) => (
          <div key={`${i}/${list.length}`} className="pe-also">
            <div className="pe-row">
              <TextField path={[...base, 'items', i, 'id']} label="peItemId" name="id" />
              <TextField path={[...base, 'items', i, 'label']} label="peItemLabel" name="label" wide />
            </div>
            <TextField path={[...base, 'items', i, 'why']} label="peWhy" name="why" optional wide />
            <MatcherField path={[...base, 'items', i, 'tickWhen']} label="peTickWhen" name="tickWhen" />
            {list.length > 1 ? (
              <button type="button" className="btn btn-small btn-quiet" onClick={() => set([...base, 'items'], list.filter((__, j) => j !== i))}>
                {t('peRemoveItem', String(i + 1))}
              </button>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small btn-quiet"
          id={fieldId([...base, 'items'])}
          onClick={() => set([...base, 'items'], [...list, { id: `item-${list.length + 1}`, label: '', tickWhen: { phrases: [] } }])}
        >
          {t('peAddItem')}
        </button>
      </fieldset>
    </div>
  );
}

const POLICY_FIELDS = [
  ['whatCounts', 'peWhatCounts'],
  ['warning', 'peWarning'],
  ['whenToEnd', 'peWhenToEnd'],
  ['whatToRecord', 'peWhatToRecord'],
  ['breakAdvice', 'peBreakAdvice'],
] as const;

/** The boundary policy: optional; when present, all five texts are needed. */
export const BoundaryEditor = memo(function BoundaryEditor() {
  const policy = usePackEditor((s) => s.draft?.boundaryPolicy);
  const set = usePackEditor((s) => s.set);
  const on = policy !== undefined;
  return (
    <section className="pe-block" aria-labelledby="pe-bp-h">
      <h3 id="pe-bp-h">{t('peBoundaryHeading')}</h3>
      <p className="pe-hint">{t('peBoundaryIntro')}</p>
      <label className="pe-inline">
        <input
          type="checkbox"
          id={fieldId(['boundaryPolicy'])}
          checked={on}
          onChange={(e) =>
            set(['boundaryPolicy'], e.target.checked ? { whatCounts: '', warning: '', whenToEnd: '', whatToRecord: '', breakAdvice: '' } : undefined)
          }
        />
        {t('peBoundaryOn')}
      </label>
      <PathErrors path={['boundaryPolicy']} />
      {on
        ? POLICY_FIELDS.map(([key, label]) => <TextField key={key} path={['boundaryPolicy', key]} label={label} name={key} multiline rows={2} />)
        : null}
    </section>
  );
});

/** The pack's name, version and the rest of its header. */
export const MetadataEditor = memo(function MetadataEditor() {
  return (
    <section className="pe-block" aria-labelledby="pe-meta-h">
      <h3 id="pe-meta-h">{t('peMetaHeading')}</h3>
      <div className="pe-row">
        <TextField path={['id']} label="pePackId" name="id" hint="pePackIdHint" />
        <TextField path={['version']} label="peVersion" name="version" hint="peVersionHint" />
        <TextField path={['locale']} label="peLocale" name="locale" />
      </div>
      <LinesField path={['locales']} label="peLocales" name="locales" optional rows={2} hint="peLocalesHint" />
      <TextField path={['name']} label="peName" name="name" wide />
      <div className="pe-row">
        <TextField path={['author']} label="peAuthor" name="author" />
        <TextField path={['updated']} label="peUpdated" name="updated" hint="peDateHint" />
      </div>
      <TextField path={['description']} label="peDescription" name="description" multiline rows={2} />
      <div className="pe-row">
        <TextField path={['reviewedBy']} label="peReviewedBy" name="reviewedBy" optional />
        <TextField path={['reviewBy']} label="peReviewBy" name="reviewBy" optional hint="peDateHint" />
      </div>
      <TextField path={['changelog']} label="peChangelog" name="changelog" optional multiline rows={2} />
    </section>
  );
});
