// @vitest-environment jsdom
// "Enable on this site": the popup's control for the active tab, the panel's quiet Disable, and the
// options list with its empty state; against the real background logic on a fake browser.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSites, type Sites } from '@/entrypoints/background/sites';
import { SiteControl } from '@/components/sites/SiteControl';
import { PanelSiteDisable } from '@/components/sites/PanelSiteDisable';
import { SitesSection } from '@/components/options/SitesSection';
import { fakeEnv, type Fake } from '../sites-fake';
import { axeViolations } from './axe';

const route = vi.hoisted(() => ({ sites: null as unknown as Sites, sent: [] as string[] }));
vi.mock('@/lib/messaging', async (orig) => ({
  ...(await orig<typeof import('@/lib/messaging')>()),
  sendMessage: async (type: string, data: { tabId: number; origin: string }) => {
    route.sent.push(type);
    const s = route.sites;
    if (type === 'ui:sites:status') return s.status(data.tabId);
    if (type === 'ui:sites:asking') return s.asking(data.origin, data.tabId);
    if (type === 'ui:sites:enable') return s.enable(data.origin, data.tabId);
    if (type === 'ui:sites:disable') return s.disable(data.origin);
    if (type === 'ui:sites:list') return s.list();
    throw new Error(`no handler for ${type}`);
  },
  receive: () => () => {},
}));

let f: Fake;
let request: ReturnType<typeof vi.fn>;
beforeEach(() => {
  f = fakeEnv();
  route.sites = createSites(f.env);
  route.sent = [];
  // The browser's access prompt: the rep says yes (or no, per test).
  request = vi.fn(async ({ origins }: { origins: string[] }) => {
    for (const o of origins) f.granted.add(o);
    return true;
  });
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { request };
});

const GENERIC = 'http://127.0.0.1:5178/fixtures/generic/';

test('popup on a page with no adapter: "Enable Heard on <host>" asks for that origin only, in the click, then it is on', async () => {
  f.tabs.set(7, GENERIC);
  f.env.tabUrl = async () => GENERIC; // activeTab: the address is known without the host permission
  const { container } = render(<SiteControl tabId={7} />);
  const button = await screen.findByRole('button', { name: 'Enable Heard on 127.0.0.1' });
  expect(screen.getByText(/this site only/i)).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
  await userEvent.click(button);
  expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  expect(await screen.findByRole('status')).toHaveTextContent('Heard is on for 127.0.0.1. Click in a reply box and start typing.');
  expect(route.sent).toEqual(['ui:sites:status', 'ui:sites:asking', 'ui:sites:enable', 'ui:sites:status']);
  expect(f.scripts.size).toBe(1);
  expect(f.injected).toEqual([7]);
  // Now it offers the way back, reachable by keyboard.
  const disable = await screen.findByRole('button', { name: 'Disable on 127.0.0.1' });
  disable.focus();
  await userEvent.keyboard('{Enter}');
  expect(await screen.findByRole('button', { name: 'Enable Heard on 127.0.0.1' })).toBeInTheDocument();
  expect(f.scripts.size).toBe(0);
  expect(f.granted.has('http://127.0.0.1/*')).toBe(false);
});

test('popup: the rep declines the browser prompt: nothing registered, and it says so', async () => {
  f.tabs.set(7, GENERIC);
  f.env.tabUrl = async () => GENERIC;
  request.mockImplementation(async () => false);
  render(<SiteControl tabId={7} />);
  await userEvent.click(await screen.findByRole('button', { name: /^Enable Heard on/ }));
  expect(await screen.findByRole('status')).toHaveTextContent("Access wasn't given, so nothing changed.");
  expect(f.scripts.size).toBe(0);
  expect(route.sent).not.toContain('ui:sites:enable');
});

test('popup on a helpdesk says Heard is on there; on a browser page that it cannot run', async () => {
  f.tabs.set(1, 'https://acme.zendesk.com/agent/tickets/1');
  f.granted.add('https://acme.zendesk.com/*');
  const { container, unmount } = render(<SiteControl tabId={1} />);
  expect(await screen.findByText('Heard is on here (Zendesk Agent Workspace)')).toBeInTheDocument();
  expect(screen.queryByRole('button')).toBeNull();
  expect(await axeViolations(container)).toEqual([]);
  unmount();
  f.tabs.set(2, 'chrome://extensions/');
  render(<SiteControl tabId={2} />);
  expect(await screen.findByText("Heard can't run on this page")).toBeInTheDocument();
});

test('panel on an enabled site: "Disable on this site"; nothing on a helpdesk', async () => {
  f.tabs.set(7, GENERIC);
  f.granted.add('http://127.0.0.1/*');
  await route.sites.enable('http://127.0.0.1', 7);
  const { unmount } = render(<PanelSiteDisable tabId={7} />);
  await userEvent.click(await screen.findByRole('button', { name: 'Disable on this site' }));
  expect(f.scripts.size).toBe(0);
  expect(f.detached).toEqual([7]);
  unmount();
  f.tabs.set(8, 'http://127.0.0.1:5178/heard-demo/#/tickets/1041');
  const { container } = render(<PanelSiteDisable tabId={8} />);
  await new Promise((r) => setTimeout(r, 50));
  expect(container).toBeEmptyDOMElement();
});

test('options: empty state says how to enable a site; the list disables each by its own button', async () => {
  const { container, unmount } = render(<SitesSection />);
  expect(await screen.findByText(/No other sites yet\. To add one, open the site/)).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
  unmount();

  for (const o of ['https://a.example.test', 'https://support.acme.test']) {
    f.granted.add(`${o}/*`);
    await route.sites.enable(o);
  }
  const view = render(<SitesSection />);
  const list = await screen.findByRole('list', { name: 'Sites you switched Heard on for' });
  expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('.site-host')?.textContent)).toEqual([
    'a.example.test',
    'support.acme.test',
  ]);
  expect(await axeViolations(view.container)).toEqual([]);
  await userEvent.click(screen.getByRole('button', { name: 'Disable on support.acme.test' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Heard is off for support.acme.test.');
  expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  expect(f.granted.has('https://support.acme.test/*')).toBe(false);
});

test('options: a damaged stored list is named, and the sites come back from the registrations', async () => {
  f.granted.add('https://a.example.test/*');
  await route.sites.enable('https://a.example.test');
  f.store.set('heard:sites', { version: 1, sites: [{ origin: 'https://a.example.test', addedAt: -5 }] });
  render(<SitesSection />);
  expect(await screen.findByText(/The saved list of sites was damaged \(stored sites: sites\.0\.addedAt/)).toBeInTheDocument();
  expect(screen.getByText('a.example.test')).toBeInTheDocument();
});
