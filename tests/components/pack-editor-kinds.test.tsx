// @vitest-environment jsdom
// The pack editor has a form for every rule kind in lib/guidance/kinds/index.ts (and every variant of
// one, a conversation rule's checks): each field the kind describes is there, labelled, editing its
// JSON field, and the form is accessible. A kind the editor could not show fails here.
import { render, screen, within } from '@testing-library/react';
import { RulesEditor } from '@/components/options/PackEditorRules';
import { fieldId } from '@/components/options/PackEditorFields';
import { newRule, withVariant } from '@/lib/guidance/editing';
import { KINDS } from '@/lib/guidance/kinds';
import type { EditorField, RuleKind } from '@/lib/guidance/kinds/types';
import { t } from '@/lib/i18n';
import { usePackEditor } from '@/lib/stores/packEditor';
import { axeViolations } from './axe';

/** A form to show: a kind, and for a kind with variants each of them. */
const forms = KINDS.flatMap((k) => {
  const kind = k as unknown as RuleKind;
  const variant = kind.fields.find((f) => f.type === 'variant');
  const rule = newRule(kind.kind as never, 'r');
  if (!variant) return [[kind.kind, rule, kind.fields] as const];
  return variant.options.map((o) => [`${kind.kind} (${o.value})`, withVariant(rule, variant, o.value), [variant, ...o.fields]] as const);
});

function expectField(group: HTMLElement, f: EditorField): void {
  if (f.type === 'row') {
    for (const g of f.fields) expectField(group, g);
    return;
  }
  if (f.type === 'matchers') {
    // Empty at first: the button that adds one.
    expect(within(group).getByRole('button', { name: t(f.add) })).toBeInTheDocument();
    return;
  }
  const el = document.getElementById(fieldId(['rules', 0, f.name]));
  expect(el, `no control edits "${f.name}"`).not.toBeNull();
  expect(group).toContainElement(el);
  // A matcher is a fieldset named by its legend; every other field is a control with its label.
  const label = f.type === 'matcher' ? el!.querySelector('legend') : (el as HTMLInputElement).labels?.[0];
  expect(label, `"${f.name}" has no label`).toBeTruthy();
  expect(label).toHaveTextContent(t(f.label));
}

describe.each(forms)('the form of a %s rule', (_name, rule, fields) => {
  beforeEach(() => {
    usePackEditor.setState({ loaded: true, draft: { rules: [rule] }, check: null, openRule: 0, openChecklist: 0, storageError: null, focusPath: null });
  });

  test('shows every field of the kind, labelled, and is accessible', async () => {
    const { container } = render(<RulesEditor />);
    const group = screen.getByRole('group', { name: t('peWhatToFind') });
    for (const f of fields) expectField(group, f);
    expect(await axeViolations(container)).toEqual([]);
  });
});

test('every kind can be picked for a new rule and for a rule', () => {
  usePackEditor.setState({ loaded: true, draft: { rules: [newRule('phrases', 'r')] }, check: null, openRule: 0 });
  render(<RulesEditor />);
  const names = KINDS.map((k) => t(k.label));
  for (const select of [screen.getByRole('combobox', { name: t('peNewRuleKind') }), screen.getByRole('combobox', { name: t('peRuleKind') })]) {
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(names);
  }
});
