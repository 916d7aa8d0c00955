// @vitest-environment jsdom
// The options page under a browser policy: the calm notice, the policy's problems for a lead, and
// reminder settings the policy locks (disabled, "Set by your organisation", refused by the background).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { axeViolations } from './axe';
import { SETTINGS_KEY } from '@/lib/messaging/callbacks';

// The options page talks to the background by message; here the background's own functions answer.
vi.mock('@/lib/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/messaging')>();
  return {
    ...real,
    sendMessage: vi.fn(async (type: string, data: unknown) => {
      const bg = await import('@/entrypoints/background/policy');
      if (type === 'ui:policy:get') return bg.statusOf(await bg.policyReady());
      if (type === 'ui:reminders:save') return bg.saveReminderSettings(data as never);
      throw new Error(type);
    }),
  };
});

const { PolicyNotice } = await import('@/components/options/PolicyNotice');
const { RemindersSection } = await import('@/components/options/RemindersSection');
const { resetPolicyForTests } = await import('@/entrypoints/background/policy');
const { usePolicyStore } = await import('@/lib/stores/policy');
const { PacksSection } = await import('@/components/options/PacksSection');
const { packsTransport } = await import('@/lib/stores/packs');
const packsBg = await import('@/entrypoints/background/packs');

beforeEach(async () => {
  // A short time-zone list: axe over ~420 options takes 11 s in jsdom and checks nothing more.
  vi.spyOn(Intl, 'supportedValuesOf').mockReturnValue(['Europe/Berlin', 'UTC']);
  resetPolicyForTests();
  usePolicyStore.setState({ status: null });
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { remindBeforeMin: 5, timeZone: '', sameDayReply: false } });
});

const setPolicy = (p: Record<string, unknown>) => fakeBrowser.storage.managed.set(p);

test('no policy: no notice, every reminder setting editable', async () => {
  const { container } = render(
    <>
      <PolicyNotice />
      <RemindersSection />
    </>,
  );
  const before = await screen.findByRole('spinbutton', { name: /minutes before/i });
  expect(before).toBeEnabled();
  expect(before).toHaveValue(5);
  expect(screen.queryByRole('region', { name: /set by your organisation/i })).toBeNull();
  expect(screen.queryByText(/set by your organisation/i)).toBeNull();
  expect(screen.getByRole('button', { name: /save/i })).toBeEnabled();
  expect(container.querySelector('.policy-notice')).toBeNull();
});

test('a managed browser: a calm notice says what the organisation sets, and lists the policy problems by field', async () => {
  await setPolicy({ lockedRules: ['dont-know', 'calm-down'], disallowPersonalPacks: true, reminders: { remindBeforeMin: 'ten' } });
  const { container } = render(<PolicyNotice />);
  const notice = await screen.findByRole('region', { name: /set by your organisation/i });
  expect(notice).toHaveTextContent(/some settings are set by your organisation/i);
  expect(notice).toHaveTextContent(/rules your organisation keeps on: 2/i);
  expect(notice).toHaveTextContent(/installing your own packs is turned off/i);
  const problems = within(notice).getByRole('list', { name: /problems in your organisation's policy/i });
  expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    'reminders.remindBeforeMin: must be a whole number of minutes from 0 to 1440 (ignored)',
  ]);
  expect(await axeViolations(container)).toEqual([]);
});

test('only problems (a policy of unknown keys): the problems are still shown', async () => {
  await setPolicy({ packURLs: ['https://x.example/p.json'] });
  render(<PolicyNotice />);
  const notice = await screen.findByRole('region', { name: /set by your organisation/i });
  expect(notice).toHaveTextContent('packURLs: unknown policy "packURLs" (ignored)');
});

test("locked reminder settings show the policy's value, disabled and described; the rest saves", async () => {
  await setPolicy({ reminders: { remindBeforeMin: 30, sameDayReply: true } });
  const { container } = render(<RemindersSection />);
  const before = await screen.findByRole('spinbutton', { name: /minutes before/i });
  expect(before).toBeDisabled();
  expect(before).toHaveValue(30);
  expect(before).toHaveAccessibleDescription(/set by your organisation/i);
  const sameDay = screen.getByRole('checkbox', { name: /same-day|end of the day|reply/i });
  expect(sameDay).toBeDisabled();
  expect(sameDay).toBeChecked();
  expect(sameDay).toHaveAccessibleDescription(/set by your organisation/i);
  const start = screen.getByLabelText(/start/i);
  expect(start).toBeEnabled();
  expect(start).not.toHaveAccessibleDescription(/set by your organisation/i);
  expect(await axeViolations(container)).toEqual([]);

  await userEvent.clear(start);
  await userEvent.type(start, '08:00');
  await userEvent.click(screen.getByRole('button', { name: /save/i }));
  expect(await screen.findByRole('status')).toHaveTextContent(/saved/i);
  // The rep's own value of the locked setting is kept underneath, for when the policy is lifted.
  expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ workdayStart: '08:00', remindBeforeMin: 5, sameDayReply: false });
});

test('every reminder setting locked: no save button, a sentence instead', async () => {
  await setPolicy({
    reminders: { remindBeforeMin: 30, sameDayReply: true, timeZone: '', workdayStart: '08:00', workdayEnd: '16:00', workdays: [1, 2, 3, 4] },
  });
  render(<RemindersSection />);
  expect(await screen.findByText(/your organisation sets all reminder settings/i)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
  for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
});

test('no personal packs: the Packs section offers no install from a file or an address, and says why', async () => {
  const db = new (await import('@/lib/db')).HeardDB(`policy-ui-${crypto.randomUUID()}`);
  packsBg.setPacksEnv({ db: () => db });
  await packsBg.reloadPacks();
  const refuse = async () => ({ ok: false as const, errors: [] });
  packsTransport.set({
    list: async () => packsBg.listPacks(),
    install: refuse,
    subscribe: refuse,
    refresh: async () => ({ ok: false }),
    remove: async () => ({ ok: false }),
    enable: async () => ({ ok: false }),
    move: async () => ({ ok: false }),
    diff: async () => null,
    requestOrigin: async () => false,
    onChanged: () => () => {},
  });
  await setPolicy({ disallowPersonalPacks: true });
  const { container } = render(<PacksSection />);
  expect(await screen.findByText(/installing your own packs is turned off by your organisation/i)).toBeInTheDocument();
  expect(container.querySelector('input[type="file"]')).toBeNull();
  expect(screen.queryByRole('textbox', { name: /address|url/i })).toBeNull();
  expect(await axeViolations(container)).toEqual([]);
  packsBg.setPacksEnv(null);
  await db.delete();
});
