// @vitest-environment jsdom
// Options → Guidance packs, with the background's real pack store (fake-indexeddb) behind the
// transport and a fake pack server: install from a file (and by drop), errors naming the field,
// subscribe, check for updates with "What changed", order and removal; axe on each state.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { axeViolations } from './axe';
import { HeardDB } from '@/lib/db';
import * as bg from '@/entrypoints/background/packs';
import { packsTransport, usePacks, type PacksTransport } from '@/lib/stores/packs';
import { PacksSection } from '@/components/options/PacksSection';

// The English default pack as the only built-in one (the language packs: tests/unit/lang/builtin-packs.test.ts).
vi.mock('@/lib/lang/builtin-packs', () => ({ languagePacks: [] }));

const TEXT = readFileSync(resolve(import.meta.dirname, '../fixtures/packs/example-team-pack.json'), 'utf8');
const URL_ = 'https://packs.example.org/team.json';

let db: HeardDB;
let server: { body: string; etag: string };
let asked: string[];
let granted: boolean;

const transport: PacksTransport = {
  list: async () => bg.listPacks(),
  install: (text) => bg.installPack(text, 'file'),
  subscribe: (url) => bg.subscribe(url),
  refresh: (id) => bg.refreshSubscription(id),
  remove: (id) => bg.removePack(id),
  enable: (id, enabled) => bg.setPackEnabled(id, enabled),
  move: (id, d) => bg.movePack(id, d),
  diff: (id) => bg.packDiff(id),
  requestOrigin: async (origin) => {
    asked.push(origin);
    return granted;
  },
  onChanged: () => () => {},
};

beforeEach(async () => {
  db = new HeardDB(`packs-ui-${crypto.randomUUID()}`);
  server = { body: TEXT, etag: '"v1"' };
  asked = [];
  granted = true;
  bg.setPacksEnv({
    db: () => db,
    hasOrigin: async () => true,
    fetch: async (url, init) => {
      const h = (init.headers ?? {}) as Record<string, string>;
      const r = h['if-none-match'] === server.etag ? new Response(null, { status: 304 }) : new Response(server.body, { status: 200, headers: { etag: server.etag } });
      Object.defineProperty(r, 'url', { value: url });
      return r;
    },
  });
  await bg.reloadPacks();
  usePacks.getState().reset();
  packsTransport.set(transport);
});
afterEach(async () => {
  bg.setPacksEnv(null);
  await db.delete();
});

const file = (text: string, name = 'team.json'): File => new File([text], name, { type: 'application/json' });
const list = () => screen.getByRole('list', { name: /installed packs/i });

test('the built-in pack is listed; the empty state says how to add a team pack; accessible', async () => {
  const { container } = render(<PacksSection />);
  const row = await within(await screen.findByRole('list', { name: /installed packs/i })).findByRole('listitem');
  expect(row).toHaveTextContent(/built into Heard/);
  expect(row).toHaveTextContent(/\d+ rules/);
  expect(within(row).getByRole('checkbox', { name: /use the pack/i })).toBeChecked();
  expect(within(row).queryByRole('button', { name: /remove/i })).toBeNull();
  expect(screen.getByText(/No team pack yet/)).toBeInTheDocument();
  expect(screen.getByLabelText(/install a pack file/i)).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});

test('install from a file: listed with author, source, date and rule count, announced', async () => {
  const { container } = render(<PacksSection />);
  await screen.findByRole('list', { name: /installed packs/i });
  await userEvent.upload(screen.getByLabelText(/install a pack file/i), file(TEXT));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Installed Acme Broadband support team 2.1.0.'));
  const rows = within(list()).getAllByRole('listitem');
  expect(rows).toHaveLength(2);
  expect(rows[1]).toHaveTextContent(/Acme Broadband support team\s*2\.1\.0/);
  expect(rows[1]).toHaveTextContent('by Priya N., team lead · from a file · updated 2025-05-20 · 4 rules');
  expect(screen.queryByText(/No team pack yet/)).toBeNull();
  expect(await axeViolations(container)).toEqual([]);
});

test('an invalid file installs nothing and names the field', async () => {
  const bad = JSON.parse(TEXT);
  bad.rules[2].advice = '';
  const { container } = render(<PacksSection />);
  await screen.findByRole('list', { name: /installed packs/i });
  const input = screen.getByLabelText(/install a pack file/i);
  await userEvent.upload(input, file(JSON.stringify(bad)));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Nothing was installed:');
  expect(alert).toHaveTextContent('rules[2].advice: must not be empty');
  expect(input).toHaveAccessibleDescription(/rules\[2\]\.advice: must not be empty/);
  expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
  expect(await axeViolations(container)).toEqual([]);
  // Too large: refused before reading or sending.
  await userEvent.upload(input, file('x'.repeat(1024 * 1024 + 1)));
  expect(await screen.findByRole('alert')).toHaveTextContent(/larger than 1 MB/);
});

test('a file dropped on the zone installs too', async () => {
  render(<PacksSection />);
  await screen.findByRole('list', { name: /installed packs/i });
  const zone = screen.getByTestId('pack-drop');
  await act(async () => {
    fireEvent.dragOver(zone, { dataTransfer: { files: [file(TEXT)] } });
    fireEvent.drop(zone, { dataTransfer: { files: [file(TEXT)] } });
  });
  expect(await within(list()).findByText('Acme Broadband support team')).toBeInTheDocument();
});

test('subscribe by address asks for that origin; check for updates shows what changed, then "up to date"', async () => {
  const { container } = render(<PacksSection />);
  await screen.findByRole('list', { name: /installed packs/i });
  const url = screen.getByRole('textbox', { name: /subscribe to a pack address/i });
  // Not https: said inline, nothing asked.
  await userEvent.type(url, 'http://packs.example.org/team.json');
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/not an https:\/\/ address/);
  expect(url).toHaveAttribute('aria-invalid', 'true');
  expect(asked).toEqual([]);
  // Permission refused: nothing installed.
  granted = false;
  await userEvent.clear(url);
  await userEvent.type(url, URL_);
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/needs your permission to read https:\/\/packs\.example\.org/);
  granted = true;
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Installed Acme Broadband support team 2.1.0.'));
  expect(asked).toEqual(['https://packs.example.org/*', 'https://packs.example.org/*']);
  await waitFor(() => expect(url).toHaveValue(''));
  const row = within(list()).getAllByRole('listitem')[1]!;
  expect(row).toHaveTextContent(`from ${URL_}`);
  expect(row).toHaveTextContent(/Last checked .*: Fetched version 2\.1\.0\./);

  // The lead publishes 2.2.0.
  const next = JSON.parse(TEXT);
  next.version = '2.2.0';
  next.changelog = 'Jargon rule retired; outage advice reworded.';
  next.rules = next.rules.filter((r: { id: string }) => r.id !== 'jargon');
  next.rules[0].advice = 'Say when the next update comes.';
  server = { body: JSON.stringify(next), etag: '"v2"' };
  await userEvent.click(within(row).getByRole('button', { name: /check "Acme Broadband support team" for updates/i }));
  const diff = await screen.findByRole('region', { name: /What changed in Acme Broadband support team \(2\.1\.0 → 2\.2\.0\)/ });
  expect(diff).toHaveTextContent('Removed rules (1)');
  expect(diff).toHaveTextContent('Network jargon');
  expect(diff).toHaveTextContent('Changed rules (1)');
  expect(diff).toHaveTextContent(/Outage without an update time\s*outage-no-eta\s*\(changed: advice\)/);
  expect(diff).toHaveTextContent('Jargon rule retired; outage advice reworded.');
  expect(await axeViolations(container)).toEqual([]);
  // Nothing new: 304.
  await userEvent.click(within(within(list()).getAllByRole('listitem')[1]!).getByRole('button', { name: /for updates/i }));
  expect(await screen.findByText(/Last checked .*: Up to date\./)).toBeInTheDocument();
  // Hide, then show again from the store.
  await userEvent.click(screen.getByRole('button', { name: 'Hide changes' }));
  expect(screen.queryByRole('region', { name: /What changed/ })).toBeNull();
  await userEvent.click(screen.getByRole('button', { name: /What changed in "Acme/ }));
  expect(await screen.findByRole('region', { name: /What changed/ })).toBeInTheDocument();
});

test('move, switch off and remove (with a confirmation)', async () => {
  await bg.installPack(TEXT, 'file');
  render(<PacksSection />);
  await within(await screen.findByRole('list', { name: /installed packs/i })).findByText('Acme Broadband support team');
  await userEvent.click(screen.getByRole('button', { name: 'Move "Acme Broadband support team" up' }));
  await screen.findByText('Moved Acme Broadband support team up.');
  expect(within(list()).getAllByRole('listitem')[0]).toHaveTextContent('Acme Broadband support team');
  expect(screen.getByRole('button', { name: 'Move "Acme Broadband support team" up' })).toBeDisabled();
  await userEvent.click(screen.getByRole('checkbox', { name: 'Use the pack "Acme Broadband support team"' }));
  await screen.findByText('Acme Broadband support team is off.');
  expect(bg.packsInForce().map((p) => p.id)).not.toContain('acme-broadband-team');
  await userEvent.click(screen.getByRole('button', { name: 'Remove "Acme Broadband support team"' }));
  const confirm = screen.getByRole('group', { name: 'Remove "Acme Broadband support team"' });
  expect(within(confirm).getByRole('button', { name: 'Remove' })).toHaveFocus();
  await userEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
  await screen.findByText('Removed Acme Broadband support team.');
  expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
});
