import { DockSchema, type Dock } from '../messaging/dock';
import { defineSettingFamily } from './define';

/**
 * The framed panel's place chosen on each site (side, width, collapsed), one key per host:
 * `dock:<host>`. Written by the background only (background/dock.ts); nothing stored, or a damaged
 * value, reads as no choice (`{}`: the content script measures the page).
 */
export const siteDock = defineSettingFamily<Dock>('dock:', DockSchema, () => ({}));
