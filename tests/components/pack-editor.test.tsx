// @vitest-environment jsdom
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { axeViolations } from './axe';

// Export goes through the shared blob download; here it hands the file to the test instead.
const saved: { text: string; filename: string; type: string }[] = [];
vi.mock('@/lib/download', () => ({
  downloadText: (text: string, filename: string, type: string) => saved.push({ text, filename, type }),
}));

// The installed packs the background would list (none unless a test says so).
const bg = vi.hoisted(() => ({ packs: [] as { id: string; name: string; version: string }[], texts: {} as Record<string, string> }));
vi.mock('@/lib/messaging', async (orig) => ({
  ...(await orig<typeof import('@/lib/messaging')>()),
  sendMessage: async (type: string, data: { id?: string }) => {
    if (type === 'ui:packs:list') return bg.packs;
    if (type === 'ui:packs:get') return data.id && bg.texts[data.id] ? { ok: true, text: bg.texts[data.id] } : { ok: false };
    throw new Error(`no handler for ${type}`);
  },
}));

const { PackEditor } = await import('@/components/options/PackEditor');
const { usePackEditor, EDITOR_DRAFT_KEY } = await import('@/lib/stores/packEditor');
const { parsePack } = await import('@/lib/guidance/schema');
const { defaultPack } = await import('@/lib/guidance/default-pack');

// Validation waits for a typing pause; a busy CI machine may take a few seconds for a big pack.
configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 90_000 });

beforeEach(() => {
  saved.length = 0;
  bg.packs = [];
  bg.texts = {};
  usePackEditor.setState({ loaded: false, draft: null, check: null, openRule: 0, openChecklist: 0, storageError: null, focusPath: null });
});

// jsdom computes styles slowly on a page this size: skip user-event's pointer-events check.
const setupUser = () => userEvent.setup({ pointerEventsCheck: 0 });

async function startFromBuiltin() {
  const user = setupUser();
  const view = render(<PackEditor />);
  await user.click(await screen.findByRole('button', { name: 'Start from the built-in pack' }));
  await screen.findByText(/^The pack is valid and all \d+ test cases pass\.$/);
  return { user, ...view };
}

test('with nothing open it says what to do next', async () => {
  render(<PackEditor />);
  expect(await screen.findByText(/No pack open\. Start from the built-in pack/)).toBeInTheDocument();
  expect(screen.getByLabelText('Open a pack file')).toHaveAttribute('type', 'file');
});

test('a bad value shows its error next to the field, listed in the summary, and clears when fixed', async () => {
  const { user } = await startFromBuiltin();
  const version = screen.getByRole('textbox', { name: 'Version' });
  await user.clear(version);
  await user.paste('1.x');
  await waitFor(() => expect(version).toHaveAttribute('aria-invalid', 'true'));
  const describedBy = version.getAttribute('aria-describedby')!.split(' ');
  const message = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  expect(message).toMatch(/must be a semantic version such as 1\.2\.0/);

  // The summary lists it; its button takes the keyboard to the field.
  const summary = screen.getByRole('heading', { name: '1 problem to fix' }).parentElement!;
  const link = within(summary).getByRole('button', { name: /version: must be a semantic version/ });
  await user.click(screen.getByRole('textbox', { name: 'Name' }));
  await user.click(link);
  expect(version).toHaveFocus();
  expect(screen.getByRole('button', { name: 'Export pack' })).toBeDisabled();
  expect(screen.getByText(/Fix the 1 problem above to export/)).toBeInTheDocument();

  await user.clear(version);
  await user.paste('1.2.0');
  await waitFor(() => expect(version).not.toHaveAttribute('aria-invalid'));
  expect(screen.queryByText(/must be a semantic version/)).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /problems? to fix/ })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Export pack' })).toBeEnabled();
});

test('an error inside a rule that is not open: the summary opens the rule and focuses the field', async () => {
  const { user } = await startFromBuiltin();
  // Break the second rule's advice through the store, as a loaded file would.
  usePackEditor.getState().set(['rules', 1, 'advice'], 'Use <b>bold</b>');
  const link = await screen.findByRole('button', { name: /rules\[1\]\.advice: must not contain HTML tags or script/ });
  expect(link).toHaveTextContent(/Rule “A promise without a time”:/);
  await user.click(link);
  const advice = screen.getByRole('textbox', { name: 'Advice: what to do instead' });
  await waitFor(() => expect(advice).toHaveFocus());
  expect(advice).toHaveValue('Use <b>bold</b>');
  expect(advice).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByRole('button', { name: /^A promise without a time/ })).toHaveAttribute('aria-current', 'true');
});

test('the live test box shows the rule that fires and the words it fires on, and the tone', async () => {
  const { user } = await startFromBuiltin();
  expect(screen.getByText(/Type a draft \(and customer messages/)).toBeInTheDocument();
  await user.click(screen.getByRole('textbox', { name: 'Customer messages' }));
  await user.paste('This is the THIRD time I write, this is useless!');
  await user.click(screen.getByRole('textbox', { name: 'Draft reply' }));
  await user.paste("Sorry, I don't know what happened to your order.");
  const title = await screen.findByText('A dead-end "I don\'t know"', { selector: '.pe-fired strong' });
  const item = title.closest('li')!;
  expect(within(item).getByText("I don't know", { selector: 'mark' })).toBeInTheDocument();
  // The whole draft, with the hit marked as text (no HTML from the draft).
  const marked = screen.getByLabelText('The draft, with the words rules fire on marked');
  expect(marked).toHaveTextContent("Sorry, I don't know what happened to your order.");
  expect(marked.querySelector('mark')).toHaveTextContent("I don't know");
  expect(screen.getByText(/^Customer tone: (Frustrated|Angry)/)).toBeInTheDocument();
});

test('the test box renders what is typed as text, never as HTML', async () => {
  const { user } = await startFromBuiltin();
  await user.click(screen.getByRole('textbox', { name: 'Draft reply' }));
  await user.paste("<img src=x onerror=alert(1)> I don't know");
  const marked = await screen.findByLabelText('The draft, with the words rules fire on marked');
  expect(marked.querySelector('img')).toBeNull();
  expect(marked).toHaveTextContent('<img src=x onerror=alert(1)>');
});

test('failing cases block Export until "Export anyway" is confirmed; the file has $schema and round-trips', async () => {
  const { user } = await startFromBuiltin();
  // The first rule is open: make one of its shouldMatch drafts something it can't fire on.
  const firstCase = screen.getByRole('textbox', { name: 'Should fire on, case 1' });
  await user.clear(firstCase);
  await user.paste('Thanks for waiting.');
  expect(await screen.findByText('Fails: the rule does not fire on this draft.')).toBeInTheDocument();
  expect(screen.getByText(/^1 of \d+ test cases fail\./)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /A dead-end/ })).toHaveTextContent('1 case fails');
  const exportBtn = screen.getByRole('button', { name: 'Export pack' });
  expect(exportBtn).toBeDisabled();

  await user.click(screen.getByRole('button', { name: 'Export anyway…' }));
  const dialog = screen.getByRole('alertdialog');
  expect(dialog).toHaveTextContent(/1 test case fails:/);
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(saved).toHaveLength(0);
  await user.click(screen.getByRole('button', { name: 'Export anyway…' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Export with failing cases' }));

  expect(saved).toHaveLength(1);
  const file = saved[0]!;
  expect(file.filename).toBe('my-team-pack-1.0.0.json');
  expect(file.type).toBe('application/json');
  expect(file.text.startsWith('{\n  "$schema": "./guidance-pack.schema.json",\n  "schemaVersion": 1,')).toBe(true);
  const back = parsePack(file.text);
  expect(back.ok).toBe(true);
  if (back.ok) {
    expect(back.pack.rules).toHaveLength(defaultPack.rules.length);
    expect(back.pack.rules[0]!.tests.shouldMatch[0]).toBe('Thanks for waiting.');
  }
  expect(screen.getByText('Saved my-team-pack-1.0.0.json.')).toBeInTheDocument();
});

test('a valid pack with passing cases exports at once', async () => {
  const { user } = await startFromBuiltin();
  await user.click(screen.getByRole('button', { name: 'Export pack' }));
  expect(saved).toHaveLength(1);
  expect(screen.queryByRole('button', { name: 'Export anyway…' })).not.toBeInTheDocument();
  expect(JSON.parse(saved[0]!.text).id).toBe('my-team-pack');
});

test('rules: add, duplicate, reorder and delete from the keyboard; a new rule starts with its errors shown', async () => {
  const { user } = await startFromBuiltin();
  const count = defaultPack.rules.length;
  expect(screen.getByRole('heading', { name: `Rules (${count})` })).toBeInTheDocument();
  await user.selectOptions(screen.getByRole('combobox', { name: 'New rule of kind' }), 'regex');
  await user.click(screen.getByRole('button', { name: 'Add rule' }));
  expect(screen.getByRole('heading', { name: `Rules (${count + 1})` })).toBeInTheDocument();
  const id = screen.getByRole('textbox', { name: 'Rule id' });
  await waitFor(() => expect(id).toHaveFocus());
  expect(id).toHaveValue(`rule-${count + 1}`);
  // The rule's own pattern (the "unless" matcher below has one too, in its own group).
  const pattern = screen.getAllByRole('textbox', { name: 'Pattern (regular expression)' })[0]!;
  await waitFor(() => expect(pattern).toHaveAttribute('aria-invalid', 'true'));

  await user.click(pattern);
  await user.paste('(a+)+');
  await waitFor(() => expect(document.getElementById(pattern.getAttribute('aria-describedby')!.split(' ')[0]!)).toHaveTextContent(/super-linear|nested|repeat/i));

  await user.click(screen.getByRole('button', { name: 'Duplicate' }));
  expect(screen.getByRole('heading', { name: `Rules (${count + 2})` })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Move up' }));
  await user.click(screen.getByRole('button', { name: 'Delete' }));
  const dialog = screen.getByRole('alertdialog');
  expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Delete' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete rule' }));
  expect(screen.getByRole('heading', { name: `Rules (${count + 1})` })).toBeInTheDocument();
});

test('switching a rule to another kind keeps its shared fields and asks for the new ones', async () => {
  const { user } = await startFromBuiltin();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'conversation');
  const rule = usePackEditor.getState().draft!.rules as Record<string, unknown>[];
  expect(rule[0]).toMatchObject({ id: 'dont-know', kind: 'conversation', check: 'customer-said', customer: {} });
  expect(rule[0]).not.toHaveProperty('phrases');
  expect(await screen.findByRole('group', { name: /A customer message has/ })).toBeInTheDocument();
});

test('the draft is saved locally and comes back; a damaged saved draft is reported, not lost', async () => {
  const { user, unmount } = await startFromBuiltin();
  const name = screen.getByRole('textbox', { name: 'Name' });
  await user.clear(name);
  await user.paste('Acme support');
  await waitFor(async () => {
    const stored = (await fakeBrowser.storage.local.get(EDITOR_DRAFT_KEY))[EDITOR_DRAFT_KEY] as { draft: { name: string } } | undefined;
    expect(stored?.draft.name).toBe('Acme support');
  });
  // A new page: the store starts empty and reads the saved draft.
  unmount();
  usePackEditor.setState({ loaded: false, draft: null, check: null });
  const again = render(<PackEditor />);
  expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Acme support');
  again.unmount();

  await fakeBrowser.storage.local.set({ [EDITOR_DRAFT_KEY]: { v: 1, draft: 'not an object', savedAt: 1 } });
  usePackEditor.setState({ loaded: false, draft: null, check: null });
  render(<PackEditor />);
  expect((await screen.findAllByRole('alert')).some((a) => /could not be saved or read/.test(a.textContent ?? ''))).toBe(true);
  const still = (await fakeBrowser.storage.local.get(EDITOR_DRAFT_KEY))[EDITOR_DRAFT_KEY];
  expect(still).toEqual({ v: 1, draft: 'not an object', savedAt: 1 });
});

test('opening a file: bad JSON is refused with the reason; an invalid pack opens with its errors', async () => {
  const user = setupUser();
  render(<PackEditor />);
  const input = await screen.findByLabelText('Open a pack file');
  await user.upload(input, new File(['{ nope'], 'broken.json', { type: 'application/json' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/broken\.json could not be opened: not valid JSON/);
  expect(screen.getByText(/No pack open/)).toBeInTheDocument();

  const pack = { ...structuredClone(defaultPack), id: 'Bad Id' };
  await user.upload(input, new File([JSON.stringify(pack)], 'team.json', { type: 'application/json' }));
  const id = await screen.findByRole('textbox', { name: 'Pack id' });
  await waitFor(() => expect(id).toHaveAttribute('aria-invalid', 'true'));
  expect(id).toHaveValue('Bad Id');
});

test('starting over while a draft is open asks first', async () => {
  const { user } = await startFromBuiltin();
  await user.click(screen.getByRole('button', { name: 'New empty pack' }));
  const dialog = screen.getByRole('alertdialog');
  expect(within(dialog).getByRole('button', { name: 'Replace it' })).toHaveFocus();
  await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
  expect(screen.getByRole('textbox', { name: 'Pack id' })).toHaveValue('my-team-pack');
  await user.click(screen.getByRole('button', { name: 'New empty pack' }));
  await user.click(screen.getByRole('button', { name: 'Replace it' }));
  expect(screen.getByRole('textbox', { name: 'Pack id' })).toHaveValue('');
  expect(await screen.findByText('No rules yet. Choose a kind below and add one.')).toBeInTheDocument();
});

test('axe: the editor with a pack open, an error and a test result is accessible', async () => {
  const { user, container } = await startFromBuiltin();
  const version = screen.getByRole('textbox', { name: 'Version' });
  await user.clear(version);
  await user.paste('x');
  await user.click(screen.getByRole('textbox', { name: 'Draft reply' }));
  await user.paste("I don't know.");
  await screen.findByText('A dead-end "I don\'t know"', { selector: '.pe-fired strong' });
  expect(await axeViolations(container)).toEqual([]);
}, 60_000);

test('an installed pack opens in the editor from the list of installed packs', async () => {
  const team = { ...defaultPack, id: 'acme-support', name: 'Acme support', version: '2.1.0' };
  bg.packs = [
    { id: defaultPack.id, name: defaultPack.name, version: defaultPack.version },
    { id: team.id, name: team.name, version: team.version },
  ];
  bg.texts = { [team.id]: JSON.stringify(team) };
  const user = setupUser();
  render(<PackEditor />);
  const list = await screen.findByRole('combobox', { name: 'Edit an installed pack:' });
  await user.selectOptions(list, 'acme-support');
  await user.click(screen.getByRole('button', { name: 'Open in the editor' }));
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'Version' })).toHaveValue('2.1.0'));
  expect(screen.getByRole('textbox', { name: /^Pack id/ })).toHaveValue('acme-support');

  // One that can't be read says so and opens nothing new.
  await user.selectOptions(list, defaultPack.id);
  await user.click(screen.getByRole('button', { name: 'Open in the editor' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/could not be opened/);
});

test('"yields" is a labelled check in the rule\'s More group: the built-in catch-all has it, the keyboard toggles it, axe is clean', async () => {
  const { user, container } = await startFromBuiltin();
  const label = 'Quiet where another card covers its words (a catch-all rule: no “also: …” either)';
  // The first rule (a named one) does not yield.
  const first = screen.getByRole('checkbox', { name: label });
  expect(first).not.toBeChecked();
  const firstYields = () => (usePackEditor.getState().draft as { rules: { yields?: boolean }[] }).rules[0]!.yields;
  first.focus();
  await user.keyboard(' ');
  await waitFor(() => expect(firstYields()).toBe(true));
  await user.keyboard(' ');
  await waitFor(() => expect(firstYields()).toBeUndefined());
  // The built-in catch-all "Read it once as the customer" yields.
  const idx = defaultPack.rules.findIndex((r) => r.id === 'draft-tone-risk');
  act(() => usePackEditor.getState().setOpenRule(idx));
  await waitFor(() => expect(screen.getByRole('checkbox', { name: label })).toBeChecked());
  expect(await axeViolations(container)).toEqual([]);
}, 60_000);

test('"unlessCustomerSays" is a labelled matcher in the rule\'s conditions: the built-in "Acknowledge how they feel first" has it, typing phrases sets it, clearing them removes it, axe is clean', async () => {
  const { user, container } = await startFromBuiltin();
  const name = /Quiet when the customer's latest message has/;
  const ruleAt = (i: number) => (usePackEditor.getState().draft as { rules: { context?: { unlessCustomerSays?: { phrases?: string[] } } }[] }).rules[i]!;
  // The first rule has no such condition; typing a phrase gives it one, clearing it takes it away again.
  const group = screen.getByRole('group', { name });
  const phrases = within(group).getByRole('textbox', { name: /Phrases/ });
  await user.type(phrases, 'your manager');
  await waitFor(() => expect(ruleAt(0).context?.unlessCustomerSays?.phrases).toEqual(['your manager']));
  await user.clear(phrases);
  await waitFor(() => expect(ruleAt(0).context?.unlessCustomerSays).toBeUndefined());
  // The built-in acknowledge-feelings rule waits while the customer asks for a manager.
  const idx = defaultPack.rules.findIndex((r) => r.id === 'acknowledge-feelings');
  act(() => usePackEditor.getState().setOpenRule(idx));
  await waitFor(() => expect((within(screen.getByRole('group', { name })).getByRole('textbox', { name: /Phrases/ }) as HTMLTextAreaElement).value).toContain('your boss'));
  expect(await axeViolations(container)).toEqual([]);
}, 60_000);
