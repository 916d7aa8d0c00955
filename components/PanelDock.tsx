import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import * as z from 'zod/mini';
import type { TabState } from '@/lib/messaging';
import { askDock } from '@/lib/stores/dock';
import { PANEL_READY } from '@/lib/panel-ready';
import { plural, t } from '@/lib/i18n';
import { LEVEL } from './room/ToneBadge';

/**
 * The framed panel's place on the page. The content script positions the frame (it alone knows
 * the page's layout) and tells the panel where it put it: "right", "left", "right-c" (collapsed
 * to the slim strip), first in the frame's address ("#right"), then by a message. The panel asks for changes through the
 * background; the content script applies them and remembers them for the site.
 */
export interface DockPlace {
  side: 'left' | 'right';
  collapsed: boolean;
}

const PlaceSchema = z.enum(['left', 'right', 'left-c', 'right-c']);

export function readDockHash(hash: string): DockPlace {
  const [side, c] = hash.replace(/^#/, '').split('|')[0]!.split('-');
  return { side: side === 'left' ? 'left' : 'right', collapsed: c === 'c' };
}

/** Where the content script put the frame: its first address, then its messages (its parent is
 * the helpdesk page's window, which the page's own scripts share: the message only says which
 * side and whether collapsed, and is parsed as one of four words). */
export function useDockPlace(): DockPlace {
  const [place, setPlace] = useState(() => readDockHash(location.hash));
  useEffect(() => {
    const onMessage = (e: MessageEvent): void => {
      if (e.source !== window.parent) return;
      const p = PlaceSchema.safeParse(e.data);
      if (p.success) setPlace(readDockHash(p.data));
    };
    window.addEventListener('message', onMessage);
    // Listening now: ask where the frame is. A change posted before this listener existed (Expand
    // pressed while the panel page was still loading) would otherwise leave the strip in a wide
    // frame. The word carries nothing but readiness.
    if (window.parent !== window) window.parent.postMessage(PANEL_READY, '*');
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return place;
}

const HintSchema = z.string().check(z.regex(/^hint:.{1,256}$/));

/** More on the card at the words: the hint the panel opens at (n counts requests, the same hint again included). */
export function useHintFocus(): { id: string; n: number } | null {
  // The frame's first address names it when More opened the panel ("#right|hint:<id>").
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(() => {
    const [, h = ''] = location.hash.split('|');
    let id = '';
    try {
      id = decodeURIComponent(h);
    } catch {
      // not ours
    }
    return HintSchema.safeParse(id).success ? { id: id.slice(5), n: 1 } : null;
  });
  useEffect(() => {
    const onMessage = (e: MessageEvent): void => {
      if (e.source !== window.parent) return;
      const p = HintSchema.safeParse(e.data);
      if (p.success) setFocus((f) => ({ id: p.data.slice(5), n: (f?.n ?? 0) + 1 }));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return focus;
}

/** Move the panel (or the strip) to the other side of the page. */
function MoveSide({ tabId, side }: { tabId: number | null; side: DockPlace['side'] }) {
  const label = side === 'right' ? t('dockMoveLeft') : t('dockMoveRight');
  return (
    <button type="button" className="btn btn-icon" aria-label={label} title={label} onClick={() => askDock(tabId, { s: side === 'right' ? 'left' : 'right' })}>
      <span aria-hidden="true">⇄</span>
    </button>
  );
}

/** Collapse to the strip, and move to the other side of the page. */
export function DockControls({ tabId, side }: { tabId: number | null; side: DockPlace['side'] }) {
  return (
    <>
      <MoveSide tabId={tabId} side={side} />
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('dockCollapse')}
        title={t('dockCollapse')}
        onClick={() => askDock(tabId, { c: true })}
      >
        <span aria-hidden="true">{side === 'right' ? '»' : '«'}</span>
      </button>
    </>
  );
}

const STEP = 20;

/** The panel's inner edge: drag it, or focus it and use the arrow keys, to change the width. */
export function ResizeHandle({ tabId, side }: { tabId: number | null; side: DockPlace['side'] }) {
  const drag = useRef<{ x: number; w: number } | null>(null);
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = (): void => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const pending = useRef<number | null>(null);
  // At most one change per frame while dragging.
  const ask = (w: number): void => {
    if (pending.current != null) cancelAnimationFrame(pending.current);
    pending.current = requestAnimationFrame(() => {
      pending.current = null;
      askDock(tabId, { w: Math.round(Math.min(1200, Math.max(240, w))) });
    });
  };
  // Wider when the inner edge moves away from the panel's side of the page.
  const grow = side === 'right' ? -1 : 1;
  const onKey = (e: KeyboardEvent): void => {
    const d = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    if (!d) return;
    e.preventDefault();
    ask(width + d * grow * STEP);
  };
  const onDown = (e: PointerEvent<HTMLDivElement>): void => {
    e.currentTarget.setPointerCapture(e.pointerId);
    // Screen coordinates: the frame moves under the pointer while it resizes.
    drag.current = { x: e.screenX, w: window.innerWidth };
  };
  const onMove = (e: PointerEvent<HTMLDivElement>): void => {
    if (!drag.current) return;
    ask(drag.current.w + (e.screenX - drag.current.x) * grow);
  };
  return (
    <div
      className="dock-resize"
      data-side={side}
      role="separator"
      aria-orientation="vertical"
      aria-label={t('dockResize')}
      aria-valuenow={width}
      aria-valuemin={240}
      aria-valuemax={1200}
      tabIndex={0}
      onKeyDown={onKey}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={() => (drag.current = null)}
    />
  );
}

/** The slim strip (44 px): how many hints, the customer's tone, and the way back to the panel. */
export function PanelStrip({ tab, tabId, side }: { tab: TabState | null; tabId: number | null; side: DockPlace['side'] }) {
  const n = tab?.hints.length ?? 0;
  const tone = tab?.tone ? t(LEVEL[tab.tone]) : null;
  const expand = useRef<HTMLButtonElement>(null);
  useEffect(() => expand.current?.focus(), []);
  return (
    <div className="dock-strip" data-tone={tab?.tone ?? undefined}>
      <button
        ref={expand}
        type="button"
        className="btn btn-icon"
        aria-label={t('dockExpand')}
        title={t('dockExpand')}
        onClick={() => askDock(tabId, { c: false, f: true })}
      >
        <span aria-hidden="true">{side === 'right' ? '«' : '»'}</span>
      </button>
      <p className="dock-count" title={n ? plural('dockHints', n) : t('dockHintsNone')}>
        <span aria-hidden="true">{n}</span>
        <span className="visually-hidden">{n ? plural('dockHints', n) : t('dockHintsNone')}</span>
      </p>
      <MoveSide tabId={tabId} side={side} />
      {tone ? (
        <p className="dock-tone">
          <span className="visually-hidden">{t('dockTone')} </span>
          {tone}
        </p>
      ) : null}
    </div>
  );
}
