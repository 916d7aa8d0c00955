import { useEffect, useRef } from 'react';
import { usePanel } from '@/lib/stores/panel';
import { t } from '@/lib/i18n';
import { HintCard } from './HintCard';
import { HintList, useHintBudget } from './HintList';
import { LangNotice, noGuidanceText } from './LangNotice';
import { PanelSiteDisable } from './sites/PanelSiteDisable';
import { TeachButton } from './sites/TeachButton';
import { SelfCheckNotice } from './sites/SelfCheckNotice';
import { RoomSection } from './room/RoomSection';
import { TicketCallbacks } from './callbacks/TicketCallbacks';
import { useCallbacks } from '@/lib/stores/callbacks';
import { DockControls, PanelStrip, ResizeHandle, useDockPlace, useHintFocus } from './PanelDock';

interface Props {
  /** 'overlay': framed over the helpdesk page; 'side': the browser's side panel / sidebar. */
  placement: 'overlay' | 'side';
  onOpenSide?: (() => void) | undefined;
}

export function Panel({ placement, onOpenSide }: Props) {
  const { tab, tabId, selfCheck, status, announcement, insert, dismiss, close } = usePanel();
  const startFromHint = useCallbacks((s) => s.startFromHint);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLElement>(null);
  const dock = useDockPlace();
  const focus = useHintFocus();
  const focused = useRef(0);
  const ticketKey = tab?.ticket?.key ?? null;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    if (placement !== 'overlay') return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.preventDefault();
        void close();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [placement, close]);

  // Another ticket: its panel starts at the top, where its tone and boundary card are.
  useEffect(() => {
    body.current?.scrollTo?.({ top: 0 });
  }, [ticketKey]);

  // More on a card at the words: the panel at that hint, once it is listed (after the scroll reset
  // above; a hint past the budget is listed a frame later, once its list opens).
  useEffect(() => {
    if (!focus || focused.current === focus.n) return;
    let frame = 0;
    const find = (tries: number): void => {
      const el = body.current?.querySelector<HTMLElement>(`[data-hint-id="${CSS.escape(focus.id)}"]`);
      if (!el) {
        if (tries > 0) frame = requestAnimationFrame(() => find(tries - 1));
        return;
      }
      focused.current = focus.n;
      el.scrollIntoView?.({ block: 'start' });
      el.focus({ preventScroll: true });
    };
    find(3);
    return () => cancelAnimationFrame(frame);
  });

  const hints = tab?.hints ?? [];
  const budget = useHintBudget();
  // An upset or abusive customer before the rep writes: the room (tone, boundary card) comes first;
  // once the rep types, the draft's hints do.
  const upset = tab?.tone === 'frustrated' || tab?.tone === 'angry' || tab?.tone === 'abusive';
  const roomFirst = upset && (tab?.draftLength ?? 0) === 0;
  let empty: string | null = null;
  if (status === 'no-tab' || (status === 'ready' && !tab)) empty = t('panelNotConnected');
  else if (tab && hints.length === 0) empty = noGuidanceText(tab.lang, tab.draftLength) ?? (tab.draftLength > 0 ? t('panelEmptyClean') : t('panelEmptyNoDraft'));

  if (placement === 'overlay' && dock.collapsed) return <PanelStrip tab={tab} tabId={tabId} side={dock.side} />;

  const roomSection = <RoomSection key="room" tab={tab} tabId={tabId} />;
  const hintsSection = (
    <section key="hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading" className="section-title">
        {t('panelHintsHeading')}
        {hints.length > 0 ? <span className="count"> ({hints.length})</span> : null}
      </h2>
      {empty ? <p className="empty">{empty}</p> : null}
      <HintList
        hints={hints}
        open={focus}
        budget={budget}
        renderHint={(h) => (
          <HintCard
            hint={h}
            onInsert={(text) => void insert(h, text)}
            onDismiss={(reason) => void dismiss(h, reason)}
            onLogPromise={() => startFromHint(h)}
          />
        )}
      />
    </section>
  );
  return (
    <div className="panel" data-placement={placement} data-side={placement === 'overlay' ? dock.side : undefined}>
      {placement === 'overlay' ? <ResizeHandle tabId={tabId} side={dock.side} /> : null}
      <header className="panel-header">
        <h1 ref={heading} tabIndex={-1} className="panel-title">
          {t('panelTitle')}
        </h1>
        {tab?.ticket?.title ? <p className="panel-ticket">{tab.ticket.title}</p> : null}
        {placement === 'overlay' ? <DockControls tabId={tabId} side={dock.side} /> : null}
        {placement === 'overlay' ? (
          <button type="button" className="btn btn-icon" aria-label={t('panelClose')} onClick={() => void close()}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </header>
      <main className="panel-body" ref={body}>
        {/* When the customer is upset the room comes first; otherwise the draft's hints do. */}
        <LangNotice lang={tab?.lang} />
        <SelfCheckNotice tabId={tabId} check={selfCheck} />
        {tab?.slow?.length ? (
          <p className="muted panel-slow" role="status">
            {t('panelRulesSuspended', [tab.slow.join(', ')])}
          </p>
        ) : null}
        {/* One list of keyed siblings, so that when the order flips (the rep starts typing) React moves
            the sections instead of mounting the room again: a half-typed incident note, or a click
            landing at that moment, survives. */}
        {roomFirst ? [roomSection, hintsSection] : [hintsSection, roomSection]}
        <TicketCallbacks tab={tab} tabId={tabId} />
      </main>
      <footer className="panel-footer">
        <p>{t('panelShortcut')}</p>
        <PanelSiteDisable tabId={tabId} />
        <TeachButton tabId={tabId} className="btn btn-quiet btn-small" />
        {onOpenSide ? (
          <button type="button" className="btn btn-quiet" onClick={onOpenSide}>
            {t('panelMoveToSide')}
          </button>
        ) : null}
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
