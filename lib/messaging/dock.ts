/**
 * Where the in-page panel sits. The panel page asks for a change (collapse, the other side, a
 * width) → the background remembers it per site (storage.local "dock:<host>") and tells the tab's
 * content script, which asks for the site's choice (cs:dock) and positions the frame: it alone
 * knows the page's layout. Not bundled into the content script (bg:dock carries no data).
 */
import * as z from 'zod/mini';

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

export interface DockProtocol {
  /** The content script asks for its site's choice when it opens the panel. */
  'cs:dock'(data?: Record<string, never>): Dock;
  'ui:dock'(data: Dock & { tabId: number }): void;
  /** The choice changed: ask again (cs:dock) and place the panel. */
  'bg:dock'(data?: Record<string, never>): void;
}

export const DOCK_SCHEMAS: { [K in keyof DockProtocol]: z.ZodMiniType } = {
  'cs:dock': z.optional(z.object({})),
  'ui:dock': z.extend(DockSchema, { tabId: z.number() }),
  'bg:dock': z.optional(z.object({})),
};
