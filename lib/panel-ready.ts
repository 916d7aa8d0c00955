/** Said by the framed panel page to its parent once it listens for its place (components/PanelDock.tsx);
 * the content script (entrypoints/content/marker.ts) answers with where the frame is now. */
export const PANEL_READY = 'heard:panel-ready';
