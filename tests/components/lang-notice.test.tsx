// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '@/components/Panel';
import { languageName } from '@/components/LangNotice';
import { usePanel } from '@/lib/stores/panel';
import type { TabLang, TabState } from '@/lib/messaging';
import { axeViolations } from './axe';

const tab = (lang: TabLang | undefined, draftLength = 60): TabState => ({
  site: 'demo',
  ticket: { key: 'demo:x:2001', link: 'http://x/', title: 'Pedido #2001' },
  tone: null,
  hints: [],
  draftLength,
  updatedAt: 1,
  ...(lang ? { lang } : {}),
});
const show = (state: TabState): void => usePanel.getState().receive({ type: 'state', tabId: 7, tab: state });

test('a Spanish draft no pack covers: the hints section says Heard has no guidance in Spanish, not "nothing to flag"', async () => {
  show(tab({ draft: 'es', detected: true, guidance: false, toneUnread: 'es' }));
  const { container } = render(<Panel placement="overlay" />);
  expect(screen.getByText('Heard has no guidance in Spanish yet, so it shows no hints on this draft.')).toBeInTheDocument();
  expect(screen.getByRole('note')).toHaveTextContent("Heard doesn't read the customer's tone in Spanish yet.");
  expect(screen.queryByText(/looks good|nothing to flag/i)).toBeNull();
  expect(await axeViolations(container)).toEqual([]);
});

test('an English draft with guidance and a customer tone can read: no language notice', () => {
  show(tab({ draft: 'en', detected: true, guidance: true, toneUnread: null }));
  render(<Panel placement="overlay" />);
  expect(screen.queryByText(/no guidance in/i)).toBeNull();
  expect(screen.queryByRole('note')).toBeNull();
});

test('an empty draft in an uncovered language still says to start writing (nothing to judge yet)', () => {
  show(tab({ draft: 'de', detected: false, guidance: false, toneUnread: null }, 0));
  render(<Panel placement="overlay" />);
  expect(screen.queryByText(/no guidance in/i)).toBeNull();
  expect(screen.getByText(/start writing your reply/i)).toBeInTheDocument();
});

test('the language is named in the rep\'s UI language', () => {
  (fakeBrowser as unknown as { i18n: { getUILanguage: () => string } }).i18n.getUILanguage = () => 'de';
  expect(languageName('es')).toBe('Spanisch');
  (fakeBrowser as unknown as { i18n: { getUILanguage: () => string } }).i18n.getUILanguage = () => 'fr';
  expect(languageName('pt')).toBe('portugais');
});
