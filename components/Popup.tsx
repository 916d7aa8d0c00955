import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SiteStatus } from '@/lib/messaging';
import { togglePanel } from '@/lib/stores/dock';
import type { CallbackRow } from '@/lib/db/rows';
import { useCallbacks } from '@/lib/stores/callbacks';
import { t, type MessageKey } from '@/lib/i18n';
import { CallbackItem } from './callbacks/CallbackItem';
import { CallbackForm } from './callbacks/CallbackForm';
import { SiteControl } from './sites/SiteControl';
import { TeachButton } from './sites/TeachButton';
import { SelfCheckNotice } from './sites/SelfCheckNotice';
import { getPanelPlace, openSidePanel, type PanelPlace } from '@/lib/panel-place';
import { openWelcome } from '@/lib/welcome';
import './callbacks/callbacks.css';

type GroupName = 'overdue' | 'today' | 'upcoming' | 'done';
const GROUPS: { name: GroupName; label: MessageKey }[] = [
  { name: 'overdue', label: 'cbGroupOverdue' },
  { name: 'today', label: 'cbGroupToday' },
  { name: 'upcoming', label: 'cbGroupUpcoming' },
  { name: 'done', label: 'cbGroupDone' },
];

function askedTab(): number | null {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(asked) && asked > 0 ? asked : null;
}

/** The toolbar button's popup: open the panel on this page, and every callback by when it is due. */
export function Popup({ now = Date.now }: { now?: () => number } = {}) {
  const uid = useId();
  // The tab the popup is about: `?tab=<id>` when an extension page opens it for a tab, else the active one.
  const [tabId, setTabId] = useState<number | null>(askedTab);
  const [failed, setFailed] = useState(false);
  const [adding, setAdding] = useState(false);
  const [query, setQuery] = useState('');
  const [doneOpen, setDoneOpen] = useState(false);
  const [siteState, setSiteState] = useState<SiteStatus['state'] | null>(null);
  const onSiteStatus = useCallback((s: SiteStatus) => setSiteState(s.state), []);
  const { groups, results, settings, announcement } = useCallbacks();
  const searchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const marked = useRef(false);
  // Read up front: the side panel opens only within the click's handler (a user action).
  const [place, setPlace] = useState<PanelPlace>('page');

  useEffect(() => {
    if (askedTab() === null) void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    const s = useCallbacks.getState();
    void s.loadGroups();
    void s.loadSettings();
    void getPanelPlace().then(setPlace);
    const stop = s.listen();
    return () => {
      stop();
      if (searchTimer.current) clearTimeout(searchTimer.current);
    };
  }, []);

  useEffect(() => {
    // For the performance check: when the first list was on screen.
    if (groups && !marked.current) {
      marked.current = true;
      performance.mark('heard-popup-first-list');
    }
  }, [groups]);

  const open = async (): Promise<void> => {
    if (tabId == null) return;
    // The rep made the browser's side panel the default (options).
    if (place === 'side' && (await openSidePanel(tabId))) {
      window.close();
      return;
    }
    const res = await togglePanel(tabId);
    if (res.ok) window.close();
    else setFailed(true);
  };

  const onSearch = (q: string): void => {
    setQuery(q);
    if (searchTimer.current) clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => void useCallbacks.getState().search(q), 150);
  };

  const list = (rows: CallbackRow[]) => (
    <ul className="cb-list">
      {rows.map((c) => (
        <li key={c.id}>
          <CallbackItem callback={c} settings={settings} canOpen now={now} />
        </li>
      ))}
    </ul>
  );

  const total = groups ? groups.overdue.length + groups.today.length + groups.upcoming.length + groups.done.length : 0;
  const countText = (n: number | null, shown: number): string => (n === null ? t('cbCountAtLeast', String(shown)) : String(n));
  return (
    <div className="popup">
      <div className="cb-popup-head">
        <h1>{t('popupHeading')}</h1>
        {/* Only where Heard runs: a helpdesk it knows, or a site the rep enabled. */}
        {siteState === 'adapter' || siteState === 'enabled' ? (
          <button type="button" className="btn btn-small" onClick={() => void open()} disabled={tabId == null}>
            {t('popupOpenPanel')}
          </button>
        ) : null}
      </div>
      {failed ? (
        <p className="empty" role="status">
          {t('popupNoPage')}
        </p>
      ) : null}
      <SiteControl tabId={tabId} onStatus={onSiteStatus} />
      {siteState === 'adapter' || siteState === 'enabled' ? (
        <SelfCheckNotice
          tabId={tabId}
          onTeach={() => window.close()}
          fallback={<TeachButton tabId={tabId} onStarted={() => window.close()} className="btn btn-small btn-quiet" />}
        />
      ) : null}

      <div className="cb-toolbar">
        <label htmlFor={`${uid}-q`} className="visually-hidden">
          {t('cbSearchLabel')}
        </label>
        <input
          id={`${uid}-q`}
          type="search"
          className="cb-search"
          placeholder={t('cbSearchPlaceholder')}
          value={query}
          autoFocus
          onChange={(e) => onSearch(e.target.value)}
        />
        <button type="button" className="btn btn-small btn-quiet" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('cbQuickAdd')}
        </button>
      </div>

      {adding ? (
        <CallbackForm
          label={t('cbQuickAdd')}
          initial={{}}
          settings={settings}
          withCustomer
          autoFocus
          now={now}
          submitLabel={t('cbAdd')}
          onCancel={() => setAdding(false)}
          onSubmit={async (v) => {
            const link = v.link;
            const res = await useCallbacks.getState().add({
              conversationKey: link ? `link:${link}`.slice(0, 500) : `manual:${crypto.randomUUID()}`,
              link,
              helpdesk: 'manual',
              ...(v.customerName ? { customerName: v.customerName } : {}),
              promise: v.promise,
              channel: v.channel,
              dueAt: v.dueAt,
              source: 'quick-add',
            });
            if (res.ok) setAdding(false);
            return res.ok;
          }}
        />
      ) : null}

      {query.trim() !== '' ? (
        <section aria-labelledby={`${uid}-results`}>
          <h2 id={`${uid}-results`} className="section-title">
            {t('cbSearchResults')} {results && results.query === query ? <span className="count">({results.rows.length}{results.more ? '+' : ''})</span> : null}
          </h2>
          {results && results.query === query ? (results.rows.length === 0 ? <p className="empty">{t('cbSearchNone')}</p> : list(results.rows)) : null}
        </section>
      ) : !groups ? (
        <p className="empty" role="status">
          {t('cbLoading')}
        </p>
      ) : total === 0 ? (
        <p className="empty">{t('cbPopupEmpty')}</p>
      ) : (
        GROUPS.map(({ name, label }) => {
          const rows = groups[name];
          const count = groups.counts[name];
          const label_ = (
            <>
              {t(label)} <span className="count">({countText(count, rows.length)})</span>
            </>
          );
          const body = (
            <>
              {rows.length === 0 ? <p className="cb-group-empty">{t('cbGroupEmpty')}</p> : list(rows)}
              {count === null || count > rows.length ? (
                <p className="cb-more">{count === null ? t('cbMoreUnknown') : t('cbMore', String(count - rows.length))}</p>
              ) : null}
            </>
          );
          if (name === 'done') {
            return (
              <details key={name} className="cb-group" data-group={name} onToggle={(e) => setDoneOpen(e.currentTarget.open)}>
                <summary>
                  <h2 className="section-title cb-inline">{label_}</h2>
                </summary>
                {doneOpen ? body : null}
              </details>
            );
          }
          return (
            <section key={name} className="cb-group" data-group={name} aria-labelledby={`${uid}-${name}`}>
              <h2 id={`${uid}-${name}`} className="section-title">
                {label_}
              </h2>
              {body}
            </section>
          );
        })
      )}
      <footer className="popup-footer">
        <button type="button" className="btn btn-small btn-quiet" onClick={() => void openWelcome().then(() => window.close())}>
          {t('popupWelcome')}
        </button>
        <button type="button" className="btn btn-small btn-quiet" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {t('popupSettings')}
        </button>
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
