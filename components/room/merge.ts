import type { ChecklistView } from '@/lib/messaging';

/** Which open checklists an item of the merged list belongs to (a tick goes to each of them). */
export type MergedChecklist = ChecklistView & { sources: Readonly<Record<string, readonly string[]>> };

const key = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The open checklists of one conversation as one list: an item that several checklists share (the
 * same id, or the same label) appears once, ticked when it is ticked in any of them. `sources`
 * maps each item id to the checklists that hold it. A single checklist comes back as it is.
 */
export function mergeChecklists(lists: readonly ChecklistView[]): MergedChecklist | null {
  if (lists.length === 0) return null;
  const first = lists[0]!;
  if (lists.length === 1) return { ...first, sources: Object.fromEntries(first.items.map((i) => [i.id, [first.id]])) };
  const items: ChecklistView['items'] = [];
  const sources: Record<string, string[]> = {};
  const byKey = new Map<string, number>();
  for (const list of lists) {
    for (const item of list.items) {
      const at = byKey.get(`id:${item.id}`) ?? byKey.get(`label:${key(item.label)}`);
      if (at === undefined) {
        byKey.set(`id:${item.id}`, items.length);
        byKey.set(`label:${key(item.label)}`, items.length);
        items.push({ ...item });
        sources[item.id] = [list.id];
        continue;
      }
      const kept = items[at]!;
      kept.ticked ||= item.ticked;
      kept.auto ||= item.auto;
      sources[kept.id] = [...(sources[kept.id] ?? []), list.id];
    }
  }
  return {
    ...first,
    id: lists.map((l) => l.id).join('+'),
    title: lists.map((l) => l.title).join(' · '),
    triggered: lists.some((l) => l.triggered),
    opened: lists.some((l) => l.opened),
    items,
    sources,
  };
}
