import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { errorsAt, getAt, pathKey, type Path } from '@/lib/guidance/editing';
import { usePackEditor } from '@/lib/stores/packEditor';

/** DOM id of the control that edits `path` (the error summary focuses it). */
export const fieldId = (path: Path): string => `pe:${pathKey(path)}`;
const errorId = (path: Path): string => `pe-err:${pathKey(path)}`;

function useValue(path: Path): unknown {
  return usePackEditor((s) => getAt(s.draft, path));
}

/** The validation messages for a field (its own, and its items' for lists). */
function useFieldErrors(path: Path, items = false): string[] {
  const key = pathKey(path);
  const errors = usePackEditor((s) => s.check?.errors);
  return useMemo(
    () =>
      errorsAt(errors ?? [], path, { items }).map((e) => {
        const m = items ? /^\[(\d+)\]$/.exec(e.path.slice(key.length)) : null;
        return m ? t('peItemError', [String(Number(m[1]) + 1), e.message]) : e.message;
      }),
    // the path is identified by its key
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [errors, key, items],
  );
}

interface FieldProps {
  path: Path;
  label: MessageKey;
  /** The JSON field name, shown small so the lead can match it with the format docs. */
  name?: string;
  hint?: MessageKey;
}

function Label({ path, label, name }: FieldProps) {
  return (
    <label htmlFor={fieldId(path)} className="pe-label">
      <LabelText label={label} name={name} />
    </label>
  );
}

/** The field's label and, small beside it, its JSON name. */
function LabelText({ label, name }: { label: MessageKey; name?: string | undefined }) {
  return (
    <>
      {t(label)}
      {name ? (
        <code className="pe-name" aria-hidden="true">
          {name}
        </code>
      ) : null}
    </>
  );
}

function Errors({ path, messages }: { path: Path; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={errorId(path)} className="pe-error">
      {messages.join(' · ')}
    </p>
  );
}

function describedBy(path: Path, errors: string[], hint?: MessageKey): string | undefined {
  const ids = [errors.length > 0 ? errorId(path) : '', hint ? `${fieldId(path)}-hint` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * What every field needs: its value in the draft, its errors, the setter, and the attributes that
 * tie its control to them (`id` for the error summary's focus, `aria-invalid`, `aria-describedby`).
 */
function useField(path: Path, { hint, items = false }: { hint?: MessageKey | undefined; items?: boolean } = {}) {
  const value = useValue(path);
  const errors = useFieldErrors(path, items);
  const setValue = usePackEditor((s) => s.set);
  const control = {
    id: fieldId(path),
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy(path, errors, hint),
  } as const;
  return { value, errors, setValue, control };
}

function Hint({ path, hint }: { path: Path; hint?: MessageKey }) {
  return hint ? (
    <p id={`${fieldId(path)}-hint`} className="pe-hint">
      {t(hint)}
    </p>
  ) : null;
}

/** A field's frame: the label, the control, its hint and its errors. */
function Shell({ props, className, errors, children }: { props: FieldProps; className: string; errors: string[]; children: ReactNode }) {
  return (
    <div className={className}>
      <Label {...props} />
      {children}
      <Hint path={props.path} hint={props.hint} />
      <Errors path={props.path} messages={errors} />
    </div>
  );
}

export function TextField(props: FieldProps & { optional?: boolean; multiline?: boolean; rows?: number; wide?: boolean }) {
  const { path, optional, multiline, hint } = props;
  const { value, errors, setValue, control } = useField(path, { hint });
  const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  const onChange = (v: string): void => setValue(path, optional && v === '' ? undefined : v);
  const common = { ...control, value: text } as const;
  return (
    <Shell props={props} className={`pe-field${props.wide || multiline ? ' pe-wide' : ''}`} errors={errors}>
      {multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" spellCheck={false} onChange={(e) => onChange(e.target.value)} />
      )}
    </Shell>
  );
}

export function NumberField(props: FieldProps) {
  const { path, hint } = props;
  const { value, errors, setValue, control } = useField(path, { hint });
  return (
    <Shell props={props} className="pe-field pe-narrow" errors={errors}>
      <input
        {...control}
        type="number"
        value={typeof value === 'number' ? String(value) : ''}
        onChange={(e) => {
          const v = e.target.value;
          setValue(path, v === '' || !Number.isFinite(Number(v)) ? undefined : Number(v));
        }}
      />
    </Shell>
  );
}

const linesOf = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

/** A list of strings, one per line. `optional`: an empty list removes the field. */
export function LinesField(props: FieldProps & { optional?: boolean; rows?: number }) {
  const { path, optional, hint } = props;
  const { value, errors, setValue, control } = useField(path, { hint: hint ?? 'peOnePerLine', items: true });
  const list = Array.isArray(value) ? value.map(String) : [];
  const joined = list.join('\n');
  const [text, setText] = useState(joined);
  const [seen, setSeen] = useState(joined);
  // The store changed from elsewhere (a file loaded, a rule duplicated): show its lines, but keep
  // what is being typed (a trailing new line, a blank line) when it says the same.
  if (seen !== joined) {
    setSeen(joined);
    if (linesOf(text).join('\n') !== joined) setText(joined);
  }
  return (
    <Shell props={{ ...props, hint: hint ?? 'peOnePerLine' }} className="pe-field pe-wide" errors={errors}>
      <textarea
        {...control}
        rows={props.rows ?? Math.min(8, Math.max(2, list.length + 1))}
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          const lines = linesOf(e.target.value);
          setValue(path, optional && lines.length === 0 ? undefined : lines);
        }}
      />
    </Shell>
  );
}

/** A yes/no field that is left out of the pack when off. */
export function CheckField(props: FieldProps) {
  const { path } = props;
  const { value, errors, setValue, control } = useField(path);
  return (
    <div className="pe-field pe-check">
      <input
        {...control}
        type="checkbox"
        checked={value === true}
        onChange={(e) => setValue(path, e.target.checked ? true : undefined)}
      />
      <Label {...props} />
      <Errors path={path} messages={errors} />
    </div>
  );
}

export function SelectField(
  props: FieldProps & { options: readonly { value: string; label: MessageKey }[]; optional?: boolean; onPick?: (v: string) => void },
) {
  const { path, options, optional, onPick, hint } = props;
  const { value, errors, setValue, control } = useField(path, { hint });
  return (
    <Shell props={props} className="pe-field pe-narrow" errors={errors}>
      <select
        {...control}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => {
          const v = e.target.value;
          if (onPick) onPick(v);
          else setValue(path, optional && v === '' ? undefined : v);
        }}
      >
        {optional || typeof value !== 'string' ? <option value="">{t('peAny')}</option> : null}
        <Choices options={options} />
      </select>
    </Shell>
  );
}

type Choice = { value: string; label: MessageKey };

/** A select's options, labelled in the UI language. */
function Choices({ options }: { options: readonly Choice[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {t(o.label)}
    </option>
  ));
}

/** A select outside the draft (a test case's tone, the tester's channel): "any" first, then the options. */
export function AnySelect(props: { id: string; label: MessageKey; value: string; onChange: (v: string) => void; options: readonly Choice[] }) {
  return (
    <div className="pe-field pe-narrow">
      <label htmlFor={props.id} className="pe-label">
        {t(props.label)}
      </label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('peAny')}</option>
        <Choices options={props.options} />
      </select>
    </div>
  );
}

/** A true / false / not-set field (e.g. "repeat contact"). */
export function TriField(props: FieldProps) {
  const { path } = props;
  const { value, errors, setValue, control } = useField(path);
  return (
    <Shell props={{ ...props, hint: undefined }} className="pe-field pe-narrow" errors={errors}>
      <select
        {...control}
        value={value === true ? 'yes' : value === false ? 'no' : ''}
        onChange={(e) => setValue(path, e.target.value === 'yes' ? true : e.target.value === 'no' ? false : undefined)}
      >
        <option value="">{t('peAny')}</option>
        <option value="yes">{t('peYes')}</option>
        <option value="no">{t('peNo')}</option>
      </select>
    </Shell>
  );
}

/** Several of a fixed set (tones, channels, actions); none chosen removes the field. */
export function ChecksField(props: FieldProps & { options: readonly { value: string; label: MessageKey }[] }) {
  const { path, options, label, name } = props;
  const { value, errors, setValue, control } = useField(path, { items: true });
  const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
  return (
    <fieldset
      {...control}
      tabIndex={-1}
      className="pe-field pe-checks"
    >
      <legend className="pe-label">
        <LabelText label={label} name={name} />
      </legend>
      {options.map((o) => (
        <label key={o.value} className="pe-inline">
          <input
            type="checkbox"
            checked={chosen.has(o.value)}
            onChange={(e) => {
              const next = options.map((x) => x.value).filter((v) => (v === o.value ? e.target.checked : chosen.has(v)));
              setValue(path, next.length > 0 ? next : undefined);
            }}
          />
          {t(o.label)}
        </label>
      ))}
      <Errors path={path} messages={errors} />
    </fieldset>
  );
}

/** A matcher: phrases and/or a pattern. `optional`: emptying every part removes it. */
export function MatcherField({ path, label, name, optional, hint }: FieldProps & { optional?: boolean }) {
  const { value, errors, setValue } = useField(path, { hint });
  // When every part is cleared, an optional matcher goes away instead of staying as {}.
  useEffect(() => {
    if (optional && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) {
      setValue(path, undefined);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [optional, value]);
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} className="pe-matcher" aria-describedby={describedBy(path, errors, hint)}>
      <legend className="pe-label">
        <LabelText label={label} name={name} />
        {optional ? <span className="pe-optional"> {t('peOptional')}</span> : null}
      </legend>
      <Hint path={path} hint={hint} />
      <Errors path={path} messages={errors} />
      <LinesField path={[...path, 'phrases']} label="pePhrases" name="phrases" optional />
      <div className="pe-row">
        <CheckField path={[...path, 'inflect']} label="peInflect" name="inflect" />
      </div>
      <div className="pe-row">
        <TextField path={[...path, 'pattern']} label="pePattern" name="pattern" optional wide />
        <TextField path={[...path, 'flags']} label="peFlags" name="flags" optional />
      </div>
    </fieldset>
  );
}

export function Group({ title, children }: { title: MessageKey; children: ReactNode }) {
  return (
    <fieldset className="pe-group">
      <legend>{t(title)}</legend>
      {children}
    </fieldset>
  );
}

/** Messages about a whole part (a checklist's trigger, the boundary policy) shown where that part starts. */
export function PathErrors({ path }: { path: Path }) {
  const errors = useFieldErrors(path);
  return <Errors path={path} messages={errors} />;
}

/** Up to `max` matchers (a structure rule's `also`): each removable (the last one removes the list), one more at a time. */
export function MatcherListField({ path, label, max, add, remove }: { path: Path; label: MessageKey; max: number; add: MessageKey; remove: MessageKey }) {
  const value = useValue(path);
  const list = Array.isArray(value) ? value : [];
  const set = usePackEditor((s) => s.set);
  const name = String(path[path.length - 1]);
  return (
    <>
      {list.map((_, i) => (
        <div key={i} className="pe-also">
          <MatcherField path={[...path, i]} label={label} name={`${name}[${i}]`} />
          <button type="button" className="btn btn-small btn-quiet" onClick={() => set(path, list.length > 1 ? list.filter((__, j) => j !== i) : undefined)}>
            {t(remove)}
          </button>
        </div>
      ))}
      {list.length < max ? (
        <button type="button" className="btn btn-small btn-quiet" onClick={() => set(path, [...list, { phrases: [] }])}>
          {t(add)}
        </button>
      ) : null}
    </>
  );
}
