import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { plural, t, type MessageKey } from '@/lib/i18n';
import { errorsUnder, getAt, pathKey, withKind, withVariant, type Path } from '@/lib/guidance/editing';
import { KINDS, kindOf } from '@/lib/guidance/kinds';
import type { EditorField } from '@/lib/guidance/kinds/types';
import type { Rule } from '@/lib/guidance/schema';
import { usePackEditor } from '@/lib/stores/packEditor';
import { AnySelect, CheckField, ChecksField, fieldId, Group, LinesField, MatcherField, MatcherListField, NumberField, SelectField, TextField, TriField } from './PackEditorFields';
import { Confirm } from './Confirm';

type Opt = { value: string; label: MessageKey };
export const TONES: Opt[] = [
  { value: 'calm', label: 'roomToneCalm' },
  { value: 'frustrated', label: 'roomToneFrustrated' },
  { value: 'angry', label: 'roomToneAngry' },
  { value: 'abusive', label: 'roomToneAbusive' },
];
const KIND_OPTIONS: Opt[] = KINDS.map((k) => ({ value: k.kind, label: k.label }));
const SEVERITIES: Opt[] = [
  { value: 'warn', label: 'severityWarn' },
  { value: 'suggest', label: 'severitySuggest' },
  { value: 'info', label: 'severityInfo' },
];
const ACTIONS: Opt[] = [
  { value: 'offer-escalation', label: 'peActionEscalation' },
  { value: 'log-callback', label: 'peActionCallback' },
];
const RISKS: Opt[] = [
  { value: 'blame', label: 'peRiskBlame' },
  { value: 'sarcasm', label: 'peRiskSarcasm' },
  { value: 'all-caps', label: 'peRiskCaps' },
  { value: 'cold-refusal', label: 'peRiskColdRefusal' },
];
export const CHANNELS: Opt[] = [
  { value: 'email', label: 'peChannelEmail' },
  { value: 'chat', label: 'peChannelChat' },
  { value: 'phone', label: 'peChannelPhone' },
];

function useRules(): unknown[] {
  const rules = usePackEditor((s) => s.draft?.rules);
  return Array.isArray(rules) ? rules : [];
}

const ruleName = (rule: unknown, i: number): string => {
  const title = getAt(rule, ['title']);
  const id = getAt(rule, ['id']);
  return (typeof title === 'string' && title.trim()) || (typeof id === 'string' && id) || t('peUntitledRule', String(i + 1));
};

/** The rules: a list on the side, one rule open at a time. */
export const RulesEditor = memo(function RulesEditor() {
  const rules = useRules();
  const open = usePackEditor((s) => s.openRule);
  const check = usePackEditor((s) => s.check);
  const { setOpenRule, addRule } = usePackEditor.getState();
  const [kind, setKind] = useState<Rule['kind']>('phrases');

  return (
    <section className="pe-block" aria-labelledby="pe-rules-h">
      <h3 id="pe-rules-h">{t('peRulesHeading', String(rules.length))}</h3>
      <div className="pe-rules">
        <nav className="pe-rule-nav" aria-label={t('peRuleListLabel')}>
          {rules.length === 0 ? <p className="empty">{t('peNoRules')}</p> : null}
          <ol className="pe-rule-list">
            {rules.map((rule, i) => {
              const errs = check ? errorsUnder(check.errors, ['rules', i]) : 0;
              const cases = check?.cases[i];
              const failing = cases?.failed.length ?? 0;
              const status =
                errs > 0 ? plural('peRuleHasErrors', errs) : failing > 0 ? plural('peRuleCasesFail', failing) : cases?.passed != null ? plural('peRuleCasesPass', cases.passed) : '';
              return (
                <li key={i}>
                  <button
                    type="button"
                    className="pe-rule-btn"
                    aria-current={i === open ? 'true' : undefined}
                    data-state={errs > 0 ? 'error' : failing > 0 ? 'fail' : 'ok'}
                    onClick={() => setOpenRule(i)}
                  >
                    <span className="pe-rule-name">{ruleName(rule, i)}</span>
                    {status ? <span className="pe-rule-status">{status}</span> : null}
                  </button>
                </li>
              );
            })}
          </ol>
          <div className="pe-add">
            <label htmlFor="pe-new-kind" className="pe-label">
              {t('peNewRuleKind')}
            </label>
            <select id="pe-new-kind" value={kind} onChange={(e) => setKind(e.target.value as Rule['kind'])}>
              {KIND_OPTIONS.map((k) => (
                <option key={k.value} value={k.value}>
                  {t(k.label)}
                </option>
              ))}
            </select>
            <button type="button" className="btn btn-small" onClick={() => addRule(kind)}>
              {t('peAddRule')}
            </button>
          </div>
        </nav>
        {rules[open] !== undefined ? <RuleForm key={open} index={open} count={rules.length} /> : null}
      </div>
    </section>
  );
});

function RuleForm({ index, count }: { index: number; count: number }) {
  const base: Path = ['rules', index];
  const rule = usePackEditor((s) => getAt(s.draft, base)) as Record<string, unknown>;
  const { set, duplicateRule, deleteRule, moveRule } = usePackEditor.getState();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmDelete) keepRef.current?.focus();
  }, [confirmDelete]);
  const kind = rule.kind as Rule['kind'];

  return (
    <div className="pe-rule-form">
      <div className="pe-rule-head">
        <h4 id={fieldId(base)} tabIndex={-1}>
          {ruleName(rule, index)}
        </h4>
        <div className="pe-toolbar" role="group" aria-label={t('peRuleActions')}>
          <button type="button" className="btn btn-small btn-quiet" disabled={index === 0} onClick={() => moveRule(index, -1)}>
            {t('peMoveUp')}
          </button>
          <button type="button" className="btn btn-small btn-quiet" disabled={index === count - 1} onClick={() => moveRule(index, 1)}>
            {t('peMoveDown')}
          </button>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => duplicateRule(index)}>
            {t('peDuplicate')}
          </button>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setConfirmDelete(true)}>
            {t('peDelete')}
          </button>
        </div>
      </div>
      {confirmDelete ? (
        <Confirm
          id="pe-del-q"
          question={t('peDeleteRuleConfirm', ruleName(rule, index))}
          yes={t('peDeleteRuleYes')}
          no={t('peKeep')}
          onYes={() => deleteRule(index)}
          onNo={() => setConfirmDelete(false)}
          danger
          noRef={keepRef}
        />
      ) : null}

      <div className="pe-row">
        <TextField path={[...base, 'id']} label="peRuleIdLabel" name="id" />
        <SelectField
          path={[...base, 'kind']}
          label="peRuleKind"
          name="kind"
          options={KIND_OPTIONS}
          onPick={(v) => set(base, withKind(rule, v as Rule['kind']))}
        />
        <SelectField path={[...base, 'severity']} label="peSeverity" name="severity" options={SEVERITIES} />
      </div>
      <TextField path={[...base, 'title']} label="peRuleTitle" name="title" wide />
      <TextField path={[...base, 'advice']} label="peAdvice" name="advice" multiline hint="peAdviceHint" />
      <TextField path={[...base, 'why']} label="peWhy" name="why" multiline rows={2} />
      <LinesField path={[...base, 'examples']} label="peExamples" name="examples" />

      <Group title="peWhatToFind">
        <KindFields key={kind} base={base} rule={rule} fields={kindOf(kind)?.fields ?? []} />
      </Group>

      <Group title="peContext">
        <p className="pe-hint">{t('peContextHint')}</p>
        <ChecksField path={[...base, 'context', 'customerTone']} label="peCustomerTone" name="customerTone" options={TONES} />
        <div className="pe-row">
          <SelectField path={[...base, 'context', 'minCustomerTone']} label="peMinTone" name="minCustomerTone" options={TONES} optional />
          <TriField path={[...base, 'context', 'repeatContact']} label="peRepeatContact" name="repeatContact" />
        </div>
        <ChecksField path={[...base, 'context', 'draftRisks']} label="peDraftRisks" name="draftRisks" options={RISKS} />
        <ChecksField path={[...base, 'context', 'channels']} label="peChannels" name="channels" options={CHANNELS} />
        <LinesField path={[...base, 'context', 'sites']} label="peSites" name="sites" optional rows={2} />
        <MatcherField path={[...base, 'context', 'unlessCustomerSays']} label="peUnlessCustomerSays" name="unlessCustomerSays" optional hint="peUnlessCustomerSaysHint" />
        <EmptyContextCleaner base={base} />
      </Group>

      <Group title="peMore">
        <ChecksField path={[...base, 'actions']} label="peActions" name="actions" options={ACTIONS} />
        <LinesField path={[...base, 'tags']} label="peTags" name="tags" optional rows={2} />
        <LinesField path={[...base, 'supersedes']} label="peSupersedes" name="supersedes" hint="peSupersedesHint" optional rows={2} />
        <CheckField path={[...base, 'yields']} label="peYields" name="yields" />
        <CheckField path={[...base, 'locked']} label="peLocked" name="locked" />
      </Group>

      <CasesEditor base={base} index={index} />
    </div>
  );
}

/** A context with nothing left in it is removed (an empty `context` would still be valid, but is noise). */
function EmptyContextCleaner({ base }: { base: Path }) {
  const ctx = usePackEditor((s) => getAt(s.draft, [...base, 'context']));
  useEffect(() => {
    if (ctx !== null && typeof ctx === 'object' && Object.keys(ctx).length === 0) usePackEditor.getState().set([...base, 'context'], undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx]);
  return null;
}

/** A kind's own fields (kinds/<kind>.ts `fields`), each with its field component. */
function KindFields({ base, rule, fields }: { base: Path; rule: Record<string, unknown>; fields: readonly EditorField[] }) {
  return fields.map((f, i) => <KindField key={f.type === 'row' ? `row${i}` : f.name} base={base} rule={rule} field={f} />);
}

function KindField({ base, rule, field: f }: { base: Path; rule: Record<string, unknown>; field: EditorField }) {
  const set = usePackEditor((s) => s.set);
  switch (f.type) {
    case 'row':
      return (
        <div className="pe-row">
          <KindFields base={base} rule={rule} fields={f.fields} />
        </div>
      );
    case 'lines':
      return <LinesField path={[...base, f.name]} label={f.label} name={f.name} hint={f.hint} />;
    case 'check':
      return <CheckField path={[...base, f.name]} label={f.label} name={f.name} />;
    case 'text':
      return <TextField path={[...base, f.name]} label={f.label} name={f.name} wide={f.wide} optional={f.optional} />;
    case 'number':
      return <NumberField path={[...base, f.name]} label={f.label} name={f.name} hint={f.hint} />;
    case 'matcher':
      return <MatcherField path={[...base, f.name]} label={f.label} name={f.name} optional={f.optional} hint={f.hint} />;
    case 'matchers':
      return <MatcherListField path={[...base, f.name]} label={f.label} max={f.max} add={f.add} remove={f.remove} />;
    case 'variant': {
      const chosen = f.options.find((o) => o.value === rule[f.name]);
      return (
        <>
          <SelectField path={[...base, f.name]} label={f.label} name={f.name} options={f.options} onPick={(v) => set(base, withVariant(rule, f, v))} />
          {chosen ? <KindFields key={chosen.value} base={base} rule={rule} fields={chosen.fields} /> : null}
        </>
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Cases

type CaseObj = { draft?: unknown; thread?: unknown; context?: Record<string, unknown> };

const threadText = (thread: unknown): string =>
  Array.isArray(thread) ? thread.map((m: { role?: unknown; text?: unknown }) => `${String(m?.role ?? 'customer')}: ${String(m?.text ?? '')}`).join('\n') : '';

function parseThread(text: string): { role: string; text: string }[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^\s*(customer|agent|note)\s*:\s?(.*)$/i.exec(l);
      return m ? { role: m[1]!.toLowerCase(), text: m[2]! } : { role: 'customer', text: l };
    });
}

function CasesEditor({ base, index }: { base: Path; index: number }) {
  const result = usePackEditor((s) => s.check?.cases[index]);
  return (
    <Group title="peCases">
      <p className="pe-hint">{t('peCasesHint')}</p>
      <p className="pe-cases-status" data-state={result?.passed == null ? 'none' : result.failed.length > 0 ? 'fail' : 'ok'}>
        {result?.passed == null
          ? t('peCasesBlocked')
          : t('peCasesResult', [String(result.passed), String(result.passed + result.failed.length)])}
      </p>
      <CaseList path={[...base, 'tests', 'shouldMatch']} label="peShouldMatch" expected="match" index={index} />
      <CaseList path={[...base, 'tests', 'shouldNotMatch']} label="peShouldNotMatch" expected="no-match" index={index} />
    </Group>
  );
}

function CaseList({ path, label, expected, index }: { path: Path; label: MessageKey; expected: 'match' | 'no-match'; index: number }) {
  const value = usePackEditor((s) => getAt(s.draft, path));
  const list = Array.isArray(value) ? value : [];
  const failed = usePackEditor((s) => s.check?.cases[index]?.failed);
  const set = usePackEditor((s) => s.set);
  const failing = useMemo(() => new Set((failed ?? []).filter((f) => f.expected === expected).map((f) => f.caseIndex)), [failed, expected]);
  const name = path[path.length - 1] as string;
  return (
    <div className="pe-case-list" role="group" aria-labelledby={`${fieldId(path)}-h`}>
      <h5 id={`${fieldId(path)}-h`} className="pe-label">
        {t(label)} <code className="pe-name">{name}</code>
      </h5>
      {list.length === 0 ? <p className="pe-hint">{t('peNoCases')}</p> : null}
      {list.map((_, i) => (
        <CaseEditor
          key={`${i}/${list.length}`}
          path={[...path, i]}
          n={i + 1}
          fails={failing.has(i)}
          expected={expected}
          onRemove={() => set(path, list.filter((__, j) => j !== i))}
        />
      ))}
      <button type="button" className="btn btn-small btn-quiet" id={fieldId(path)} onClick={() => set(path, [...list, ''])}>
        {t(expected === 'match' ? 'peAddMatchCase' : 'peAddNoMatchCase')}
      </button>
    </div>
  );
}

function CaseEditor({ path, n, fails, expected, onRemove }: { path: Path; n: number; fails: boolean; expected: 'match' | 'no-match'; onRemove(): void }) {
  const value = usePackEditor((s) => getAt(s.draft, path));
  const errors = usePackEditor((s) => s.check?.errors);
  const set = usePackEditor((s) => s.set);
  const obj: CaseObj | null = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as CaseObj) : null;
  const draft = obj ? obj.draft : value;
  const tone = obj?.context?.customerTone;
  const key = pathKey(path);
  const myErrors = (errors ?? []).filter((e) => e.path === key || e.path.startsWith(`${key}.`) || e.path.startsWith(`${key}[`));
  const [thread, setThread] = useState(threadText(obj?.thread));
  const [showThread, setShowThread] = useState(!!obj);

  const write = (next: { draft: string; thread: { role: string; text: string }[]; tone: string }): void => {
    const context = { ...(obj?.context ?? {}) };
    if (next.tone) context.customerTone = next.tone;
    else delete context.customerTone;
    const withThread = next.thread.length > 0;
    const withContext = Object.keys(context).length > 0;
    if (!withThread && !withContext && (!obj || Object.keys(obj).every((k) => k === 'draft' || k === 'thread' || k === 'context'))) {
      set(path, next.draft);
      return;
    }
    const out: Record<string, unknown> = { ...(obj ?? {}), draft: next.draft };
    if (withThread) out.thread = next.thread;
    else delete out.thread;
    if (withContext) out.context = context;
    else delete out.context;
    set(path, out);
  };
  const draftText = typeof draft === 'string' ? draft : '';
  const current = { draft: draftText, thread: parseThread(thread), tone: typeof tone === 'string' ? tone : '' };
  const errId = `${fieldId(path)}-err`;
  const resId = `${fieldId(path)}-res`;

  return (
    <div className="pe-case" data-fails={fails ? 'true' : undefined}>
      <label htmlFor={fieldId(path)} className="pe-label">
        {t(expected === 'match' ? 'peCaseMatchDraft' : 'peCaseNoMatchDraft', String(n))}
      </label>
      <textarea
        id={fieldId(path)}
        rows={2}
        value={draftText}
        aria-invalid={myErrors.length > 0 ? true : undefined}
        aria-describedby={[myErrors.length > 0 ? errId : '', fails ? resId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => write({ ...current, draft: e.target.value })}
      />
      {fails ? (
        <p id={resId} className="pe-case-fail">
          {t(expected === 'match' ? 'peCaseFailsMatch' : 'peCaseFailsNoMatch')}
        </p>
      ) : null}
      {myErrors.length > 0 ? (
        <p id={errId} className="pe-error">
          {myErrors.map((e) => `${e.path.slice(key.length).replace(/^\./, '') || t('peDraftWord')}: ${e.message}`).join(' · ')}
        </p>
      ) : null}
      {showThread ? (
        <div className="pe-row">
          <div className="pe-field pe-wide">
            <label htmlFor={`${fieldId(path)}-thread`} className="pe-label">
              {t('peCaseThread')}
            </label>
            <textarea
              id={`${fieldId(path)}-thread`}
              rows={2}
              value={thread}
              aria-describedby={`${fieldId(path)}-thread-hint`}
              onChange={(e) => {
                setThread(e.target.value);
                write({ ...current, thread: parseThread(e.target.value) });
              }}
            />
            <p id={`${fieldId(path)}-thread-hint`} className="pe-hint">
              {t('peCaseThreadHint')}
            </p>
          </div>
          <AnySelect id={`${fieldId(path)}-tone`} label="peCaseTone" value={current.tone} onChange={(tone) => write({ ...current, tone })} options={TONES} />
        </div>
      ) : null}
      <div className="pe-toolbar">
        {!showThread ? (
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setShowThread(true)}>
            {t('peCaseAddThread')}
          </button>
        ) : null}
        <button type="button" className="btn btn-small btn-quiet" aria-label={t('peRemoveCaseLabel', String(n))} onClick={onRemove}>
          {t('peRemoveCase')}
        </button>
      </div>
    </div>
  );
}
