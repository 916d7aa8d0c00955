// @vitest-environment jsdom
// Self-check in the popup and the panel (issue 13, point 6): when the page's reader finds no reply
// box or no messages on a ticket, it says so plainly, offers "Teach Heard this page" and a
// diagnostic to copy (selectors and match counts, no page text); otherwise only the Teach button.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SelfCheckNotice, diagnosticText } from '@/components/sites/SelfCheckNotice';
import { TeachButton } from '@/components/sites/TeachButton';
import type { SelfCheck } from '@/lib/messaging';
import { localeMessages, useMessages } from '../locale-messages';
import { axeViolations } from './axe';

const route = vi.hoisted(() => ({ check: null as SelfCheck | null, sent: [] as [string, unknown][], startOk: true }));
vi.mock('@/lib/messaging', async (orig) => ({
  ...(await orig<typeof import('@/lib/messaging')>()),
  sendMessage: async (type: string, data: unknown) => {
    route.sent.push([type, data]);
    if (type === 'ui:selfcheck:get') return { check: route.check };
    if (type === 'ui:picker:start') return route.startOk ? { ok: true } : { ok: false, error: 'Cannot access contents of the page' };
    throw new Error(`no handler for ${type}`);
  },
  receive: () => () => {},
}));

const CHECK: SelfCheck = {
  site: 'acme-desk',
  host: 'desk.acme.example',
  noComposer: false,
  noMessages: true,
  counts: [
    { what: 'composer', selector: 'div[role="textbox"]', count: 1 },
    { what: 'messages', selector: 'section > article[data-entry-id]', count: 0 },
    { what: 'body', selector: 'div[[', count: -1 },
  ],
};

beforeEach(() => {
  route.check = null;
  route.sent = [];
  route.startOk = true;
});

test('no problem: only the Teach button (the fallback)', async () => {
  render(<SelfCheckNotice tabId={4} fallback={<TeachButton tabId={4} />} />);
  expect(await screen.findByRole('button', { name: 'Teach Heard this page' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /can't read this page/ })).toBeNull();
});

test('in the panel the self-check comes with the pushed view: shown and cleared as it changes, never asked for', async () => {
  const { rerender } = render(<SelfCheckNotice tabId={4} check={CHECK} fallback={<p>fallback</p>} />);
  expect(await screen.findByRole('heading', { name: "Heard can't read this page fully" })).toBeInTheDocument();
  rerender(<SelfCheckNotice tabId={4} check={null} fallback={<p>fallback</p>} />);
  expect(screen.getByText('fallback')).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /can't read this page/ })).toBeNull();
  expect(route.sent.filter(([type]) => type === 'ui:selfcheck:get')).toEqual([]);
});

test('no messages on a ticket: says so plainly, Teach starts the picker, the diagnostic copies', async () => {
  route.check = CHECK;
  const onTeach = vi.fn();
  const { container } = render(<SelfCheckNotice tabId={4} onTeach={onTeach} fallback={<p>fallback</p>} />);
  expect(await screen.findByRole('heading', { name: "Heard can't read this page fully" })).toBeInTheDocument();
  expect(screen.getByText(/can't read its messages, so the customer's tone, checklists and the boundary card are off/)).toBeInTheDocument();
  expect(screen.queryByText(/can't find its reply box/)).toBeNull();
  expect(screen.queryByText('fallback')).toBeNull();
  expect(await axeViolations(container)).toEqual([]);
  // From the keyboard: Teach, then Copy.
  await userEvent.tab();
  expect(screen.getByRole('button', { name: 'Teach Heard this page' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  expect(route.sent).toContainEqual(['ui:picker:start', { tabId: 4 }]);
  expect(onTeach).toHaveBeenCalled();
  await userEvent.tab();
  expect(screen.getByRole('button', { name: 'Copy diagnostic for your team lead' })).toHaveFocus();
  // (user-event puts its own clipboard on navigator: stub it after, as the browser's.)
  const writeText = vi.fn(async (_text: string) => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  await userEvent.keyboard('{Enter}');
  expect(writeText.mock.calls[0]?.[0]).toMatch(/^Heard .*self-check\nsite: acme-desk on desk\.acme\.example\n[^]*messages: 0 matches for section > article\[data-entry-id\]/);
  expect(await screen.findByRole('status')).toHaveTextContent('Diagnostic copied.');
});

test('the diagnostic names selectors and counts only', () => {
  const text = diagnosticText(CHECK, '0.1.0');
  expect(text).toBe(
    [
      'Heard 0.1.0 self-check',
      'site: acme-desk on desk.acme.example',
      'reply box: found',
      'messages: none read',
      'composer: 1 match for div[role="textbox"]',
      'messages: 0 matches for section > article[data-entry-id]',
      'body: refused by the browser for div[[',
    ].join('\n'),
  );
});

test('the diagnostic in the rep\'s language: each count in its plural form, field names and selectors as written', () => {
  const counts = [
    { what: 'composer', selector: 'div[role="textbox"]', count: 0 },
    { what: 'messages', selector: 'article', count: 2 },
  ];
  useMessages(localeMessages('fr'), 'fr');
  // French counts 0 as singular.
  expect(diagnosticText({ ...CHECK, counts }, '0.1.0').split('\n').slice(1)).toEqual([
    'site\u00a0: acme-desk sur desk.acme.example',
    'zone de réponse\u00a0: trouvée',
    'messages\u00a0: aucun lu',
    'composer\u00a0: 0 correspondance pour div[role="textbox"]',
    'messages\u00a0: 2 correspondances pour article',
  ]);
  useMessages(localeMessages('de'), 'de');
  expect(diagnosticText({ site: 'acme-desk', noComposer: false, noMessages: true, counts: [...counts, CHECK.counts[2]!] }, '0.1.0').split('\n')).toEqual([
    'Heard 0.1.0 Selbsttest',
    'Website: acme-desk',
    'Antwortfeld: gefunden',
    'Nachrichten: keine gelesen',
    'composer: 0 Treffer für div[role="textbox"]',
    'messages: 2 Treffer für article',
    'body: vom Browser abgelehnt für div[[',
  ]);
});

test('the picker cannot start (no access to the page): the reason, as an alert', async () => {
  route.startOk = false;
  render(<TeachButton tabId={4} />);
  await userEvent.click(await screen.findByRole('button', { name: 'Teach Heard this page' }));
  expect(await screen.findByRole('alert')).toHaveTextContent("Heard can't start the picker on this page (Cannot access contents of the page)");
});
