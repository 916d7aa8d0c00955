// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RoomSection } from '@/components/room/RoomSection';
import { roomTransport, useRoom } from '@/lib/stores/room';
import { axeViolations } from './axe';
import { fakeTransport, POLICY, pushView, roomView, tabState } from './room-fixtures';

beforeEach(() => useRoom.getState().reset());
afterAll(() => roomTransport.set());

async function renderRoom(view = roomView(), tab = tabState(view.tone?.level ?? 'calm')) {
  const transport = fakeTransport(view, tab);
  roomTransport.set(transport);
  const utils = render(<RoomSection tab={tab} tabId={7} />);
  // The background pushes the tab's view once the panel subscribes.
  transport.push();
  return { transport, ...utils };
}

describe('tone badge', () => {
  test('says the tone and the signals that led to it, in plain words', async () => {
    const { container } = await renderRoom();
    expect(await screen.findByText("Customer's tone: Angry")).toBeInTheDocument();
    const signals = screen.getByRole('list', { name: 'What Heard noticed' });
    expect(within(signals).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'asked for a manager',
      'has contacted us before about this',
      'past bad experience',
    ]);
    expect(screen.getByText(/not to you/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('shows the tab\'s tone at once, before the background answers', () => {
    // No room view pushed yet.
    roomTransport.set(fakeTransport(roomView()));
    render(<RoomSection tab={tabState('frustrated')} tabId={7} />);
    expect(screen.getByText("Customer's tone: Frustrated")).toBeInTheDocument();
  });

  test('with no customer messages it says what Heard needs', async () => {
    await renderRoom(roomView({ tone: null }), tabState(null));
    expect(await screen.findByText(/reads the customer's messages when the page shows them/)).toBeInTheDocument();
  });

  test('on a page whose conversation Heard could not read (generic mode) it says so; where it read it, nothing of that', async () => {
    const { container, unmount } = await renderRoom(roomView({ tone: null }), { ...tabState(null), site: 'generic', conversation: 'unread' });
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent("Heard can't read this conversation yet");
    expect(await axeViolations(container)).toEqual([]);
    unmount();
    await renderRoom(roomView(), { ...tabState('angry'), site: 'generic', conversation: 'read' });
    expect(await screen.findByText("Customer's tone: Angry")).toBeInTheDocument();
    expect(screen.queryByText(/can't read this conversation/)).toBeNull();
  });

  test('renders nothing without a tab', () => {
    roomTransport.set(fakeTransport(roomView()));
    const { container } = render(<RoomSection tab={null} tabId={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('de-escalation checklist', () => {
  test('opens by itself when triggered; what the draft does is ticked and says so', async () => {
    const { container } = await renderRoom();
    const list = await screen.findByRole('region', { name: 'Upset customer' });
    const ack = within(list).getByRole('checkbox', { name: 'Acknowledge how they feel' });
    expect(ack).toBeChecked();
    expect(ack).toHaveAccessibleDescription(/done in your draft/);
    expect(within(list).getByRole('checkbox', { name: 'Own what went wrong' })).not.toBeChecked();
    expect(within(list).getByText('1 of 3 done')).toBeInTheDocument();
    // The other checklist is not triggered: it is offered, not opened.
    expect(screen.queryByRole('region', { name: 'Customer is back again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Show checklist: Customer is back again' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('the rep ticks and unticks by hand, by mouse or keyboard; the background keeps it', async () => {
    const { transport } = await renderRoom();
    const user = userEvent.setup();
    const list = await screen.findByRole('region', { name: 'Upset customer' });
    const own = within(list).getByRole('checkbox', { name: 'Own what went wrong' });
    await user.click(own);
    expect(transport.tick).toHaveBeenLastCalledWith(7, 'de-escalation', 'own-it', true);
    await waitFor(() => expect(own).toBeChecked());
    expect(screen.getByRole('status')).toHaveTextContent('Ticked: Own what went wrong');

    const ack = within(list).getByRole('checkbox', { name: 'Acknowledge how they feel' });
    ack.focus();
    await user.keyboard(' ');
    expect(transport.tick).toHaveBeenLastCalledWith(7, 'de-escalation', 'acknowledge', false);
    await waitFor(() => expect(ack).not.toBeChecked());
    expect(ack).toHaveAccessibleDescription(/unticked by you/);
  });

  test('a failed save puts the tick back and says so', async () => {
    const { transport } = await renderRoom();
    transport.tick.mockRejectedValueOnce(new Error('gone'));
    const own = await screen.findByRole('checkbox', { name: 'Own what went wrong' });
    await userEvent.setup().click(own);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not save that');
    expect(own).not.toBeChecked();
  });

  test('a tick never flicks back: a view built before its save (a lint\'s push) may land between the click and the answer, or just after the answer', async () => {
    const { transport } = await renderRoom();
    const own = await screen.findByRole('checkbox', { name: 'Own what went wrong' });
    // What the panel showed for the item, each time its view changed.
    const seen: boolean[] = [];
    const stop = useRoom.subscribe((s) => {
      const ticked = s.view?.checklists[0]?.items[1]?.ticked;
      if (ticked !== undefined && ticked !== seen.at(-1)) seen.push(ticked);
    });
    seen.push((own as HTMLInputElement).checked);
    // The save takes a while.
    let answer: (r: { ok: boolean }) => void = () => {};
    transport.tick.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await userEvent.setup().click(own);
    expect(own).toBeChecked();
    // The rep was typing: a lint's bookkeeping pushed the tab's view, its room read before the tick was saved.
    const beforeSave = roomView();
    pushView(beforeSave, { ...tabState('angry'), updatedAt: 2 });
    expect(own).toBeChecked();
    await act(async () => answer({ ok: true }));
    // The answer and the pushed views come on two channels: a view built before the save may still land now.
    pushView(beforeSave, { ...tabState('angry'), updatedAt: 2 });
    expect(own).toBeChecked();
    // The tick's own push: saved.
    const saved = roomView();
    saved.checklists[0]!.items[1] = { ...saved.checklists[0]!.items[1]!, manual: 'ticked', ticked: true };
    pushView(saved, { ...tabState('angry'), updatedAt: 3 });
    expect(own).toBeChecked();
    // The tick is the background's now: a later view that unticks it (another panel of the tab) is shown.
    pushView(roomView(), { ...tabState('angry'), updatedAt: 4 });
    expect(own).not.toBeChecked();
    stop();
    expect(seen).toEqual([false, true, false]);
  });

  test('a failed save shows what the background last said, even when a view came meanwhile', async () => {
    const { transport } = await renderRoom();
    const own = await screen.findByRole('checkbox', { name: 'Own what went wrong' });
    let answer: (r: { ok: boolean }) => void = () => {};
    transport.tick.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await userEvent.setup().click(own);
    const newer = roomView();
    newer.checklists[0]!.items[2] = { ...newer.checklists[0]!.items[2]!, auto: true, ticked: true };
    pushView(newer, { ...tabState('angry'), updatedAt: 2 });
    expect(own).toBeChecked();
    await act(async () => answer({ ok: false }));
    expect(screen.getByRole('alert')).toHaveTextContent('Could not save that');
    expect(own).not.toBeChecked();
    // The newer view's own change stays.
    expect(screen.getByRole('checkbox', { name: 'Offer a supervisor if they want one' })).toBeChecked();
  });

  test('"Show checklist" opens one by hand; the heading button collapses it', async () => {
    const { transport } = await renderRoom(roomView({ tone: { level: 'calm', signals: [] }, checklists: roomView().checklists.map((c) => ({ ...c, triggered: false })) }));
    const user = userEvent.setup();
    expect(await screen.findByText(/No checklist opened/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show checklist: Upset customer' }));
    expect(transport.open).toHaveBeenCalledWith(7, 'de-escalation');
    const list = await screen.findByRole('region', { name: 'Upset customer' });
    const toggle = within(list).getByRole('button', { name: 'Upset customer' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(list).queryByRole('checkbox')).toBeNull();
  });

  test('follows the pushed view as the tab state changes (a new lint), and resets when the ticket changes', async () => {
    const { rerender } = await renderRoom();
    await screen.findByRole('region', { name: 'Upset customer' });
    act(() => useRoom.getState().toggleCollapsed('de-escalation'));
    // A new lint of the same ticket: its view is pushed; what the rep collapsed stays collapsed.
    const ticked = roomView();
    ticked.checklists[0]!.items[1] = { ...ticked.checklists[0]!.items[1]!, auto: true, ticked: true };
    pushView(ticked, { ...tabState('angry'), updatedAt: 2 });
    rerender(<RoomSection tab={{ ...tabState('angry'), updatedAt: 2 }} tabId={7} />);
    await waitFor(() => expect(useRoom.getState().view?.checklists[0]?.items[1]?.ticked).toBe(true));
    expect(useRoom.getState().collapsed['de-escalation']).toBe(true);
    pushView(roomView({ ticket: { key: 'demo:x:1044', link: 'http://x/' } }), tabState('angry', 'demo:x:1044'));
    rerender(<RoomSection tab={tabState('angry', 'demo:x:1044')} tabId={7} />);
    await waitFor(() => expect(useRoom.getState().conversation).toBe('demo:x:1044'));
    expect(useRoom.getState().collapsed).toEqual({});
  });
});

describe('boundary card', () => {
  const abusive = (over = {}) =>
    roomView({ tone: { level: 'abusive', signals: ['insult-at-rep'] }, boundary: { policy: POLICY, abusive: true, suggested: 'threat' }, ...over });

  test('shows the team\'s policy when the customer is abusive, accessibly', async () => {
    const { container } = await renderRoom(abusive());
    const card = await screen.findByRole('region', { name: "Your team's boundary" });
    expect(within(card).getByText(POLICY.whatCounts)).toBeInTheDocument();
    expect(within(card).getByText(POLICY.warning)).toBeInTheDocument();
    expect(within(card).getByText(POLICY.whenToEnd)).toBeInTheDocument();
    expect(within(card).getByText(POLICY.whatToRecord)).toBeInTheDocument();
    expect(screen.getByText("Customer's tone: Crossed the line")).toBeInTheDocument();
    expect(screen.getByText('insults aimed at you')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  test('policy text is rendered as text: markup in a pack is inert', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">Swearing at you';
    const { container } = await renderRoom(abusive({ boundary: { policy: { ...POLICY, whatCounts: evil, warning: `<b>${evil}</b>` }, abusive: true, suggested: null } }));
    await screen.findByRole('region', { name: "Your team's boundary" });
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText(evil)).toBeInTheDocument();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('Insert puts the example warning in the reply through ui:insert', async () => {
    const { transport } = await renderRoom(abusive());
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Insert warning into your reply' }));
    expect(transport.insert).toHaveBeenCalledWith(7, POLICY.warning);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Example inserted'));
  });

  test('is offered by hand when the detector saw no abuse, and hides again', async () => {
    await renderRoom();
    const user = userEvent.setup();
    expect(screen.queryByRole('region', { name: "Your team's boundary" })).toBeNull();
    await user.click(await screen.findByRole('button', { name: /Customer crossed a line/ }));
    const card = screen.getByRole('region', { name: "Your team's boundary" });
    expect(within(card).getByText(/What your team agreed/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Hide the boundary' }));
    expect(screen.queryByRole('region', { name: "Your team's boundary" })).toBeNull();
  });
});

describe('incident form', () => {
  const abusive = (over = {}) =>
    roomView({ tone: { level: 'abusive', signals: ['threat-at-rep'] }, boundary: { policy: POLICY, abusive: true, suggested: 'threat' }, ...over });

  test('one click logs it with the preselected category and the rep\'s own note; then a calm break card takes focus', async () => {
    const { transport, container } = await renderRoom(abusive());
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: "Your team's boundary" });
    expect(within(card).getByRole('radio', { name: 'Threat' })).toBeChecked();
    await user.type(within(card).getByRole('textbox', { name: 'Your note (optional)' }), 'Said he would wait for me outside.');
    await user.click(within(card).getByRole('button', { name: 'Log incident' }));
    expect(transport.logIncident).toHaveBeenCalledWith(7, 'threat', 'Said he would wait for me outside.');
    const heading = await screen.findByRole('heading', { name: 'Take five minutes' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(POLICY.breakAdvice)).toBeInTheDocument();
    expect(within(card).getByText(/Incident logged at/)).toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'Your note (optional)' })).toHaveValue('');
    expect(within(card).getByRole('list', { name: 'Already logged for this conversation' })).toHaveTextContent('Threat');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Thanks' }));
    expect(screen.queryByRole('heading', { name: 'Take five minutes' })).toBeNull();
  });

  test('the category can be changed; no break card when the rep opted out', async () => {
    const { transport } = await renderRoom(abusive({ breakReminder: false }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Profanity at the rep' }));
    await user.click(screen.getByRole('button', { name: 'Log incident' }));
    expect(transport.logIncident).toHaveBeenCalledWith(7, 'profanity', '');
    await within(screen.getByRole('region', { name: "Your team's boundary" })).findByText(/Incident logged at/);
    expect(screen.queryByRole('heading', { name: 'Take five minutes' })).toBeNull();
  });

  test('without a conversation key it says it cannot log', async () => {
    await renderRoom(abusive({ ticket: null }), { ...tabState('abusive'), ticket: null });
    expect(await screen.findByText(/can't tell which conversation this is/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log incident' })).toBeNull();
  });

  test('a failure is said, and nothing pretends it was logged', async () => {
    const { transport } = await renderRoom(abusive());
    transport.logIncident.mockResolvedValueOnce({ ok: false, reason: 'failed' } as never);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Log incident' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not log the incident');
    expect(screen.queryByText(/Incident logged at/)).toBeNull();
  });
});
