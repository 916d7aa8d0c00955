// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IncidentsSection } from '@/components/options/IncidentsSection';
import { roomTransport } from '@/lib/stores/room';
import { incidentsToCsv, useIncidents } from '@/lib/stores/incidents';
import type { IncidentMsg } from '@/lib/messaging';
import { axeViolations } from './axe';
import { fakeTransport, roomView } from './room-fixtures';

const incident = (over: Partial<IncidentMsg> = {}): IncidentMsg => ({
  id: '0b6a1f3e-2c4d-4e5f-8a9b-1c2d3e4f5a6b',
  conversationKey: 'demo:localhost:1044',
  link: 'http://localhost/heard-demo/#/tickets/1044',
  at: Date.parse('2026-03-06T14:23:00Z'),
  category: 'insult',
  note: 'Called me an idiot; warned once.',
  helpdesk: 'demo',
  ...over,
});

function setup(list: IncidentMsg[], settings = { breakReminder: true }) {
  const transport = fakeTransport(roomView());
  transport.listIncidents.mockResolvedValue(list as never);
  transport.readSettings.mockResolvedValue(settings);
  roomTransport.set(transport);
  return transport;
}

beforeEach(() => useIncidents.setState({ status: 'loading', incidents: [], settings: null, announcement: '' }));
afterAll(() => roomTransport.set());

test('lists incidents newest first with time, category, a link to the conversation and the note', async () => {
  const older = incident({ id: '1b6a1f3e-2c4d-4e5f-8a9b-1c2d3e4f5a6b', at: Date.parse('2026-03-05T09:00:00Z'), category: 'threat', note: '' });
  setup([older, incident()]);
  const { container } = render(<IncidentsSection />);
  const table = await screen.findByRole('table', { name: /Logged incidents/ });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toHaveTextContent('Insult');
  expect(rows[0]).toHaveTextContent('Called me an idiot; warned once.');
  expect(within(rows[0]!).getByRole('link', { name: '#1044' })).toHaveAttribute('href', 'http://localhost/heard-demo/#/tickets/1044');
  expect(rows[1]).toHaveTextContent('Threat');
  expect(rows[1]).toHaveTextContent('No note');
  expect(await axeViolations(container)).toEqual([]);
});

test('an incident names its ticket by number and subject; one stored before subjects were kept, by its number', async () => {
  const old = incident({ id: '2b6a1f3e-2c4d-4e5f-8a9b-1c2d3e4f5a6b', conversationKey: 'demo:localhost:1043', link: 'http://localhost/heard-demo/#/tickets/1043' });
  setup([incident({ ticketTitle: 'Refund request' }), old]);
  const { container } = render(<IncidentsSection />);
  const table = await screen.findByRole('table', { name: /Logged incidents/ });
  expect(within(table).getByRole('link', { name: '#1044 · Refund request' })).toHaveAttribute('href', 'http://localhost/heard-demo/#/tickets/1044');
  expect(within(table).getByRole('link', { name: '#1043' })).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});

test('the empty state says where incidents come from; export is off', async () => {
  setup([]);
  render(<IncidentsSection />);
  expect(await screen.findByText(/log it from the boundary card in the panel/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
});

test('a link that is not a web address is shown as text, not made clickable', async () => {
  setup([incident({ link: 'javascript:alert(1)' })]);
  render(<IncidentsSection />);
  await screen.findByText('#1044');
  expect(screen.queryByRole('link')).toBeNull();
});

test('deleting asks first: Keep it (or Esc) keeps the row and returns focus; confirming deletes', async () => {
  const transport = setup([incident()]);
  render(<IncidentsSection />);
  const user = userEvent.setup();
  const del = await screen.findByRole('button', { name: /^Delete the incident of/ });
  await user.click(del);
  let dialog = screen.getByRole('alertdialog', { name: /Delete the incident of .*can't be undone/ });
  expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
  await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(transport.deleteIncident).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: /^Delete the incident of/ })).toHaveFocus();

  await user.keyboard('{Enter}');
  expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(transport.deleteIncident).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: /^Delete the incident of/ }));
  dialog = screen.getByRole('alertdialog');
  await user.click(within(dialog).getByRole('button', { name: 'Delete incident' }));
  expect(transport.deleteIncident).toHaveBeenCalledWith(incident().id);
  expect(await screen.findByText(/No incidents logged/)).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Incident deleted.');
  expect(screen.getByRole('heading', { name: 'Incidents' })).toHaveFocus();
});

test('CSV export: RFC 4180 quoting, formula cells neutralised, no customer text beyond the rep\'s note', async () => {
  const rows = [incident({ note: '=HYPERLINK("http://evil","x"), then "quoted"\nsecond line' })];
  setup(rows);
  const blobs: Blob[] = [];
  const create = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:heard/1';
  });
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  render(<IncidentsSection />);
  await userEvent.setup().click(await screen.findByRole('button', { name: 'Export CSV' }));
  expect(click).toHaveBeenCalled();
  const csv = await blobs[0]!.text();
  expect(csv).toBe(incidentsToCsv(rows));
  expect(csv).toBe(
    'time,category,conversation,link,helpdesk,note\r\n' +
      '2026-03-06T14:23:00.000Z,insult,demo:localhost:1044,http://localhost/heard-demo/#/tickets/1044,demo,' +
      '"\'=HYPERLINK(""http://evil"",""x""), then ""quoted""\nsecond line"\r\n',
  );
  expect(screen.getByRole('status')).toHaveTextContent(/CSV file saved/);
  click.mockRestore();
});

test('the short-break suggestion can be switched off, and is saved', async () => {
  const transport = setup([]);
  render(<IncidentsSection />);
  const box = await screen.findByRole('checkbox', { name: /suggest a short break/ });
  await waitFor(() => expect(box).toBeEnabled());
  expect(box).toBeChecked();
  await userEvent.setup().click(box);
  expect(transport.writeSettings).toHaveBeenCalledWith({ breakReminder: false });
  expect(box).not.toBeChecked();
});
