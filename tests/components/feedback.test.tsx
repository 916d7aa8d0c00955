// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { axeViolations } from './axe';

// The options page asks the background; here the background's own functions answer, over fake IndexedDB.
vi.mock('@/lib/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/messaging')>();
  return {
    ...real,
    sendMessage: vi.fn(async (type: string) => {
      const bg = await import('@/entrypoints/background/stats');
      const { defaultPack } = await import('@/lib/guidance/default-pack');
      if (type === 'ui:stats:list') return bg.listStats([defaultPack]);
      if (type === 'ui:stats:reset') return bg.resetStats();
      throw new Error(type);
    }),
  };
});
// The built-in language packs are not what these tests are about (the one that is reads their files).
vi.mock('@/lib/lang/builtin-packs', () => ({ languagePacks: [] }));
const saved: { text: string; filename: string }[] = [];
vi.mock('@/lib/download', () => ({
  downloadText: (text: string, filename: string) => saved.push({ text, filename }),
}));

const { FeedbackSection } = await import('@/components/options/FeedbackSection');
const { getDb } = await import('@/entrypoints/background/db');
const { incrementRuleStat } = await import('@/lib/db/rule-stats');

beforeEach(async () => {
  saved.length = 0;
  const db = getDb();
  await db.ruleStats.clear();
  await incrementRuleStat(db, 'dont-know', 'shown', 10);
  await incrementRuleStat(db, 'dont-know', 'inserted', 4);
  await incrementRuleStat(db, 'dont-know', 'notHelpful', 1);
  await incrementRuleStat(db, 'calm-down', 'shown', 2);
  await incrementRuleStat(db, 'calm-down', 'notHelpful', 2);
  await incrementRuleStat(db, 'calm-down', 'dismissed', 0);
  await incrementRuleStat(db, 'gone-rule', 'shown', 3);
});

test('a table of per-rule counts, the least helpful first, accessible', async () => {
  const { container } = render(<FeedbackSection />);
  const table = await screen.findByRole('table');
  expect(within(table).getByText('Per rule, the least helpful first').tagName).toBe('CAPTION');
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(3);
  // calm-down: 2 of 2 not helpful (100 %) before dont-know (1 of 10).
  expect(rows[0]).toHaveTextContent(/calm-down/);
  expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Heard default guidance 1.0.0', '2', '0', '0', '2 (100%)']);
  expect(rows[1]).toHaveTextContent(/A dead-end "I don't know"/);
  expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Heard default guidance 1.0.0', '10', '4', '0', '1 (10%)']);
  expect(rows[2]).toHaveTextContent(/gone-rule.*no longer installed/);
  expect(await axeViolations(container)).toEqual([]);
});

test('one catalogue across languages: a rule id the German and Spanish packs share with the English one is named after the English rule; a team pack in English still names its own', async () => {
  const bg = await import('@/entrypoints/background/stats');
  const { defaultPack } = await import('@/lib/guidance/default-pack');
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const lang = (l: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../assets/packs/heard-${l}.json`), 'utf8'));
  const team = { ...defaultPack, id: 'team', name: 'Team', rules: defaultPack.rules.filter((r) => r.id === 'calm-down').map((r) => ({ ...r, title: 'Team calm' })) };
  const stats = await bg.listStats([defaultPack, lang('es'), lang('de'), team]);
  expect(stats.find((s) => s.ruleId === 'dont-know')).toMatchObject({ packId: 'heard-default', title: 'A dead-end "I don\'t know"', shown: 10 });
  expect(stats.find((s) => s.ruleId === 'calm-down')).toMatchObject({ packId: 'team', title: 'Team calm' });
});

test('CSV and JSON hold counts, rule ids, the pack id and version and the date: no text', async () => {
  const user = userEvent.setup();
  render(<FeedbackSection />);
  await screen.findByRole('table');
  await user.click(screen.getByRole('button', { name: 'Export CSV' }));
  await user.click(screen.getByRole('button', { name: 'Export JSON' }));
  expect(saved.map((s) => s.filename)).toEqual([
    expect.stringMatching(/^heard-rule-feedback-\d{4}-\d\d-\d\d\.csv$/),
    expect.stringMatching(/^heard-rule-feedback-\d{4}-\d\d-\d\d\.json$/),
  ]);
  const csv = saved[0]!.text.split('\r\n');
  expect(csv[0]).toBe('packId,packVersion,ruleId,shown,inserted,dismissed,notHelpful,exportedAt');
  expect(csv[1]).toMatch(/^heard-default,1\.0\.0,calm-down,2,0,0,2,\d{4}-\d\d-\d\dT/);
  expect(csv[2]).toMatch(/^heard-default,1\.0\.0,dont-know,10,4,0,1,/);
  expect(csv[3]).toMatch(/^,,gone-rule,3,0,0,0,/);

  const json = JSON.parse(saved[1]!.text);
  expect(json).toMatchObject({
    format: 'heard-rule-feedback',
    formatVersion: 1,
    packs: [{ id: 'heard-default', version: '1.0.0' }],
    rules: [
      { packId: 'heard-default', packVersion: '1.0.0', ruleId: 'calm-down', shown: 2, inserted: 0, dismissed: 0, notHelpful: 2 },
      { packId: 'heard-default', packVersion: '1.0.0', ruleId: 'dont-know', shown: 10, inserted: 4, dismissed: 0, notHelpful: 1 },
      { ruleId: 'gone-rule', shown: 3, inserted: 0, dismissed: 0, notHelpful: 0 },
    ],
  });
  expect(Date.parse(json.exportedAt)).not.toBeNaN();
  // Only these keys: no titles, advice, drafts or anything else with words in it.
  for (const r of json.rules) for (const k of Object.keys(r)) expect(['packId', 'packVersion', 'ruleId', 'shown', 'inserted', 'dismissed', 'notHelpful']).toContain(k);
  for (const file of saved) expect(file.text).not.toMatch(/dead-end|I don't know|Telling|Heard default guidance/);
});

test('reset asks first, then empties the counts', async () => {
  const user = userEvent.setup();
  render(<FeedbackSection />);
  await screen.findByRole('table');
  await user.click(screen.getByRole('button', { name: 'Reset counts…' }));
  const dialog = screen.getByRole('alertdialog');
  expect(within(dialog).getByRole('button', { name: 'Keep them' })).toHaveFocus();
  await user.click(within(dialog).getByRole('button', { name: 'Keep them' }));
  expect(screen.getByRole('table')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Reset counts…' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset counts' }));
  expect(await screen.findByText(/No counts yet/)).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  expect(await getDb().ruleStats.count()).toBe(0);
  expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
});
