/**
 * Every setting defined as a typed storage item (`defineSetting`, WXT's `storage.defineItem` with a
 * zod schema), listed here. Each is defined beside what uses it; a new one is added to this list.
 * Not yet moved here (still read with browser.storage.local and parsed by hand): the dock (background/dock.ts) and the
 * rule switches (background/packs.ts).
 */
export { defineSetting, type Setting } from './define';
export { panelPlaceSetting } from '../panel-place';
export { roomSettings } from '../messaging/room';
export { hintBudgetSetting } from '../guidance/hint-budget';
export { retentionSetting } from './retention';
export { reminderSettings } from './reminders';
