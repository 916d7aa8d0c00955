// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RoomSection } from '@/components/room/RoomSection';
import { mergeChecklists } from '@/components/room/merge';
import { roomTransport, useRoom } from '@/lib/stores/room';
import type { ChecklistView } from '@/lib/messaging';
import { axeViolations } from './axe';
import { fakeTransport, roomView, tabState } from './room-fixtures';

beforeEach(() => useRoom.getState().reset());
afterAll(() => roomTransport.set());

const item = (id: string, label: string, ticked = false): ChecklistView['items'][number] => ({ id, label, auto: ticked, manual: null, ticked });
const upset: ChecklistView = {
  id: 'de-escalation',
  packId: 'heard-default',
  title: 'Upset customer',
  triggered: true,
  opened: false,
  items: [item('acknowledge', 'Acknowledge how they feel', true), item('own-it', 'Own what went wrong'), item('plan-and-time', 'Say what you will do, and by when')],
};
const back: ChecklistView = {
  id: 'repeat-contact',
  packId: 'heard-default',
  title: 'Customer is back again',
  triggered: true,
  opened: false,
  items: [item('read-history', 'Show you have read the history'), item('own-it', 'Own what went wrong'), item('plan-and-time', 'Say what you will do, and by when', true), item('thanks', 'ACKNOWLEDGE how they feel')],
};

describe('the checklists of one conversation, merged', () => {
  test('one list, no item twice (same id or same label), ticked when ticked in any', () => {
    const m = mergeChecklists([upset, back])!;
    expect(m.items.map((i) => i.id)).toEqual(['acknowledge', 'own-it', 'plan-and-time', 'read-history']);
    expect(m.items.find((i) => i.id === 'plan-and-time')!.ticked).toBe(true);
    expect(m.sources['own-it']).toEqual(['de-escalation', 'repeat-contact']);
    expect(m.sources['acknowledge']).toEqual(['de-escalation', 'repeat-contact']);
    expect(m.title).toBe('Upset customer · Customer is back again');
    expect(mergeChecklists([upset])!.items).toHaveLength(3);
    expect(mergeChecklists([])).toBeNull();
  });

  test('the panel shows one checklist; a tick goes to every checklist that holds the item', async () => {
    const transport = fakeTransport(roomView({ checklists: [upset, back] }));
    roomTransport.set(transport);
    const { container } = render(<RoomSection tab={tabState('angry')} tabId={7} />);
    transport.push();
    const list = await screen.findByRole('region', { name: 'Upset customer · Customer is back again' });
    expect(screen.getAllByRole('checkbox', { name: 'Own what went wrong' })).toHaveLength(1);
    expect(within(list).getAllByRole('checkbox')).toHaveLength(4);
    await userEvent.setup().click(within(list).getByRole('checkbox', { name: 'Own what went wrong' }));
    expect(transport.tick).toHaveBeenCalledWith(7, 'de-escalation', 'own-it', true);
    expect(transport.tick).toHaveBeenCalledWith(7, 'repeat-contact', 'own-it', true);
    expect(await axeViolations(container)).toEqual([]);
  });

  test('unticking a merged item saves it in each checklist; the view pushed after the first save never shows it ticked again', async () => {
    const mine = (list: ChecklistView): ChecklistView => ({
      ...list,
      items: list.items.map((i) => (i.id === 'own-it' ? { ...i, manual: 'ticked' as const, ticked: true } : i)),
    });
    const transport = fakeTransport(roomView({ checklists: [mine(upset), mine(back)] }));
    // The second checklist's save is slower than the first's.
    const real = transport.tick.getMockImplementation()!;
    let second: () => void = () => {};
    transport.tick.mockImplementation(async (...args) => {
      if (args[1] === 'repeat-contact') await new Promise<void>((resolve) => (second = resolve));
      return real(...args);
    });
    roomTransport.set(transport);
    render(<RoomSection tab={tabState('angry')} tabId={7} />);
    transport.push();
    const own = await screen.findByRole('checkbox', { name: 'Own what went wrong' });
    expect(own).toBeChecked();
    await userEvent.setup().click(own);
    expect(own).not.toBeChecked();
    // The first save's view has come (unticked there, still ticked in the other checklist).
    await waitFor(() => expect(transport.view().checklists[0]!.items[1]!.ticked).toBe(false));
    await act(async () => {});
    expect(useRoom.getState().view?.checklists[1]?.items[1]?.ticked).toBe(false);
    expect(own).not.toBeChecked();
    await act(async () => second());
    await waitFor(() => expect(transport.view().checklists[1]!.items[1]!.ticked).toBe(false));
    expect(own).not.toBeChecked();
  });
});
