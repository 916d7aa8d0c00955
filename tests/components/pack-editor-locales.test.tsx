// @vitest-environment jsdom
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { axeViolations } from './axe';

vi.mock('@/lib/download', () => ({ downloadText: () => undefined }));
vi.mock('@/lib/messaging', async (orig) => ({
  ...(await orig<typeof import('@/lib/messaging')>()),
  sendMessage: async (type: string) => {
    if (type === 'ui:packs:list') return [];
    throw new Error(`no handler for ${type}`);
  },
}));

const { PackEditor } = await import('@/components/options/PackEditor');
const { usePackEditor } = await import('@/lib/stores/packEditor');

configure({ asyncUtilTimeout: 8000 });
vi.setConfig({ testTimeout: 90_000 });

beforeEach(() => {
  usePackEditor.setState({ loaded: false, draft: null, check: null, openRule: 0, openChecklist: 0, storageError: null, focusPath: null });
});

test('a team lead gives a pack more languages, one per line; an empty list leaves the field out; a bad tag is an error there', async () => {
  const user = userEvent.setup({ pointerEventsCheck: 0 });
  const { container } = render(<PackEditor />);
  await user.click(await screen.findByRole('button', { name: 'Start from the built-in pack' }));
  await screen.findByText(/^The pack is valid and all \d+ test cases pass\.$/);
  const field = screen.getByRole('textbox', { name: /More languages/ });
  expect(field).toHaveAccessibleDescription(/one per line \(es, pt-BR\)/);
  await user.type(field, 'es{Enter}pt-BR');
  expect((usePackEditor.getState().draft as { locales?: string[] }).locales).toEqual(['es', 'pt-BR']);
  await screen.findByText(/^The pack is valid and all \d+ test cases pass\.$/);
  await user.clear(field);
  expect((usePackEditor.getState().draft as { locales?: string[] }).locales).toBeUndefined();
  await user.type(field, 'Spanish');
  expect(await screen.findAllByText(/must be a language tag such as es or pt-BR/)).not.toHaveLength(0);
  expect(await axeViolations(container)).toEqual([]);
});
