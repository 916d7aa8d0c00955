import { useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { SelfCheck } from '@/lib/messaging';
import { useAsked } from '../useSetting';
import { selfCheck } from '@/lib/stores/sites';
import { plural, t } from '@/lib/i18n';
import { TeachButton } from './TeachButton';
import './sites.css';

/**
 * The diagnostic a lead can paste into a ticket: the site's reader, what was missing, each selector's match
 * count. No page text. In the rep's language (each count in its plural form); the recipe's field names and
 * selectors stay as written.
 */
export function diagnosticText(c: SelfCheck, version: string): string {
  return [
    t('selfcheckDiagTitle', version),
    c.host ? t('selfcheckDiagSiteOn', [c.site, c.host]) : t('selfcheckDiagSite', c.site),
    t(c.noComposer ? 'selfcheckDiagReplyNotFound' : 'selfcheckDiagReplyFound'),
    t(c.noMessages ? 'selfcheckDiagMessagesNone' : 'selfcheckDiagMessagesRead'),
    ...c.counts.map((x) => (x.count < 0 ? t('selfcheckDiagRefused', [x.what, x.selector]) : plural('selfcheckDiagMatches', x.count, [x.what, String(x.count), x.selector]))),
  ].join('\n');
}

/**
 * Popup and panel: when the page's reader (a built-in adapter or a recipe) recognised a ticket but
 * found no reply box or no messages, say so plainly, offer "Teach Heard this page", and give the
 * diagnostic to copy. The panel passes `check` from its pushed view of the tab; the popup leaves it
 * out and the notice asks once. `fallback` shows when all is well (the plain "Teach Heard this page" button).
 */
export function SelfCheckNotice({ tabId, check: given, onTeach, fallback = null }: { tabId: number | null; check?: SelfCheck | null; onTeach?: () => void; fallback?: ReactNode }) {
  const pushed = given !== undefined;
  const asked = useAsked(pushed ? null : tabId, selfCheck);
  const [copied, setCopied] = useState('');
  const check = pushed ? given : asked;
  if (!check) return <>{fallback}</>;
  let version = '';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // no manifest (a test page)
  }
  const text = diagnosticText(check, version);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('selfcheckCopied'));
    } catch {
      setCopied(t('selfcheckCopyFailed'));
    }
  };
  return (
    <section className="selfcheck" aria-labelledby="selfcheck-heading" data-heard-selfcheck="">
      <h2 id="selfcheck-heading" className="section-title">
        {t('selfcheckHeading')}
      </h2>
      {check.noComposer ? <p>{t('selfcheckNoComposer')}</p> : null}
      {check.noMessages ? <p>{t('selfcheckNoMessages')}</p> : null}
      <div className="selfcheck-actions">
        <TeachButton tabId={tabId} {...(onTeach ? { onStarted: onTeach } : {})} />
        <button type="button" className="btn btn-small btn-quiet" onClick={() => void copy()}>
          {t('selfcheckCopy')}
        </button>
      </div>
      <details>
        <summary>{t('selfcheckShow')}</summary>
        <pre className="selfcheck-text">{text}</pre>
      </details>
      <p role="status" className="muted">
        {copied}
      </p>
    </section>
  );
}
