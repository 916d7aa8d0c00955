import { memo, useEffect, useState } from 'react';
import { plural, t, type MessageKey } from '@/lib/i18n';
import { liveTest, splitByRanges, type LiveResult } from '@/lib/guidance/editing';
import { usePackEditor } from '@/lib/stores/packEditor';
import { SIGNAL } from '../room/ToneBadge';
import { AnySelect } from './PackEditorFields';
import { CHANNELS } from './PackEditorRules';

const SEVERITY: Record<string, MessageKey> = { warn: 'severityWarn', suggest: 'severitySuggest', info: 'severityInfo' };
const LEVEL: Record<string, MessageKey> = { calm: 'roomToneCalm', frustrated: 'roomToneFrustrated', angry: 'roomToneAngry', abusive: 'roomToneAbusive' };

function Marked({ text, ranges }: { text: string; ranges: readonly { start: number; end: number }[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

/**
 * The live test box: a sample draft and customer messages, run through the pack as it is now
 * (its valid rules). Nothing typed here is stored or sent anywhere.
 */
export const TestBox = memo(function TestBox() {
  const usable = usePackEditor((s) => s.check?.usable ?? null);
  const [draft, setDraft] = useState('');
  const [customer, setCustomer] = useState('');
  const [channel, setChannel] = useState('');
  const [latest, setResult] = useState<LiveResult | null>(null);

  const idle = !usable || (!draft && !customer.trim());
  useEffect(() => {
    if (!usable || idle) return;
    const timer = setTimeout(() => {
      setResult(liveTest(usable, { draft, customer: customer.split('\n'), ...(channel ? { channel: channel as 'email' } : {}) }));
    }, 150);
    return () => clearTimeout(timer);
  }, [usable, idle, draft, customer, channel]);
  const result = idle ? null : latest;

  const allRanges = result?.hints.flatMap((h) => h.ranges) ?? [];
  return (
    <section className="pe-block" aria-labelledby="pe-test-h">
      <h3 id="pe-test-h">{t('peTestHeading')}</h3>
      <p className="pe-hint">{t('peTestIntro')}</p>
      <div className="pe-row">
        <div className="pe-field pe-wide">
          <label htmlFor="pe-test-customer" className="pe-label">
            {t('peTestCustomer')}
          </label>
          <textarea
            id="pe-test-customer"
            rows={3}
            value={customer}
            aria-describedby="pe-test-customer-hint"
            onChange={(e) => setCustomer(e.target.value)}
          />
          <p id="pe-test-customer-hint" className="pe-hint">
            {t('peTestCustomerHint')}
          </p>
        </div>
        <AnySelect id="pe-test-channel" label="peTestChannel" value={channel} onChange={setChannel} options={CHANNELS} />
      </div>
      <div className="pe-field pe-wide">
        <label htmlFor="pe-test-draft" className="pe-label">
          {t('peTestDraft')}
        </label>
        <textarea id="pe-test-draft" rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} />
      </div>

      <div className="pe-test-out" aria-live="polite" aria-labelledby="pe-test-result-h">
        <h4 id="pe-test-result-h" className="visually-hidden">
          {t('peTestResult')}
        </h4>
        {result === null ? <p className="empty">{t('peTestEmpty')}</p> : null}
        {result?.tone ? (
          <p className="pe-tone">
            {t('peTestTone', t(LEVEL[result.tone.level]!))}
            {result.tone.signals.length > 0 ? (
              <span className="pe-hint"> ({[...new Set(result.tone.signals.map((s) => t(SIGNAL[s.kind])))].join(', ')})</span>
            ) : null}
          </p>
        ) : null}
        {result && draft ? (
          <p className="pe-marked" aria-label={t('peTestMarkedLabel')}>
            <Marked text={draft} ranges={allRanges} />
          </p>
        ) : null}
        {result && result.hints.length === 0 ? <p className="empty">{t('peTestNone')}</p> : null}
        {result && result.hints.length > 0 ? (
          <ul className="pe-fired" aria-label={plural('peTestFiredLabel', result.hints.length)}>
            {result.hints.map((h) => (
              <li key={h.id} className="hint" data-severity={h.severity}>
                <span className="hint-severity">{t(SEVERITY[h.severity]!)}</span> <strong>{h.title}</strong> <code className="pe-name">{h.ruleId}</code>
                {h.ranges.length > 0 ? (
                  <p className="pe-matches">
                    {t('peTestMatched')}{' '}
                    {h.ranges.map((r, i) => (
                      <span key={i}>
                        {i > 0 ? ', ' : ''}
                        <mark>{draft.slice(r.start, r.end)}</mark>
                      </span>
                    ))}
                  </p>
                ) : (
                  <p className="pe-matches">{t('peTestNoRange')}</p>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {result && result.checklists.length > 0 ? <p className="pe-hint">{t('peTestChecklists', result.checklists.join(', '))}</p> : null}
      </div>
    </section>
  );
});
