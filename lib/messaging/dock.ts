/**
 * Where the in-page panel sits. The panel page asks for a change (collapse, the other side, a
 * width) → the background remembers it per site (storage.local "dock:<host>") and tells the tab's
 * content script, which asks for the site's choice (cs:dock) and positions the frame: it alone
 * knows the page's layout. The content script imports its types only (tab:dock carries no data).
 */
import * as z from 'zod/mini';
import { message, NoData, NoReply } from './define';
import { PAGE_OR_PANEL } from './receive';

/** s: the side the rep chose; w: the width they chose (px); c: collapsed to the slim strip. */
export const DockSchema = z.object({
  s: z.optional(z.enum(['left', 'right'])),
  w: z.optional(z.number().check(z.minimum(200), z.maximum(1200))),
  c: z.optional(z.boolean()),
  /** The rep pressed Expand on the strip: the panel opens even where no side leaves the reply box
   * free (covering least). Once, not remembered: the next open measures again. */
  f: z.optional(z.boolean()),
});
export type Dock = z.infer<typeof DockSchema>;

export const DOCK_MESSAGES = {
  /** The content script asks for its site's choice when it opens the panel. */
  'cs:dock': message('cs', 'content', NoData, DockSchema),
  'ui:dock': message('ui', PAGE_OR_PANEL, z.extend(DockSchema, { tabId: z.number() }), NoReply),
  /** The choice changed: ask again (cs:dock) and place the panel. */
  'tab:dock': message('tab', 'background', NoData, NoReply),
};
