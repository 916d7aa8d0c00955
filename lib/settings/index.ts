/**
 * Every setting defined as a typed storage item (`defineSetting`, WXT's `storage.defineItem` with a
 * zod schema), listed here. Each is defined beside what uses it; a new one is added to this list.
 * The panel's place per site is a family of them (`defineSettingFamily`: one key per host).
 */
export { defineSetting, defineSettingFamily, type Setting } from './define';
export { panelPlaceSetting } from '../panel-place';
export { roomSettings } from '../messaging/room';
export { hintBudgetSetting } from '../guidance/hint-budget';
export { retentionSetting } from './retention';
export { reminderSettings } from './reminders';
export { guidancePrefsSetting } from '../guidance/prefs';
export { siteDock } from './dock';
