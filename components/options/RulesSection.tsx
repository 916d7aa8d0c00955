import { useEffect, useMemo, useState } from 'react';
import type { RuleSummary } from '@/lib/messaging';
import { ruleSwitches, setRuleEnabled } from '@/lib/stores/settings';
import { t, type MessageKey } from '@/lib/i18n';
import { usePolicy } from '@/lib/stores/policy';
import { usePacks } from '@/lib/stores/packs';
import { HintBudgetSetting } from './HintBudgetSetting';

const SEVERITY: Record<RuleSummary['severity'], MessageKey> = {
  warn: 'severityWarn',
  suggest: 'severitySuggest',
  info: 'severityInfo',
};

/** Options: every guidance rule in force, switchable by the rep unless their organisation locked it. */
export function RulesSection() {
  const [rules, setRules] = useState<RuleSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState('');

  // Asked again when the browser policy changes: it may lock rules or bring packs.
  const policy = usePolicy();
  // …and when a pack is installed, removed, switched or updated (the rules in force change).
  const packsRevision = usePacks((s) => s.revision);
  useEffect(() => {
    if (policy) void ruleSwitches().then(setRules);
  }, [policy, packsRevision]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (rules ?? []).filter((r) => !q || r.title.toLowerCase().includes(q) || r.ruleId.includes(q));
  }, [rules, query]);

  const setEnabled = (id: string, enabled: boolean): void =>
    setRules((cur) => cur?.map((r) => (r.id === id ? { ...r, enabled } : r)) ?? null);

  // The switch moves at once; if saving fails it moves back and says why.
  const toggle = async (rule: RuleSummary, enabled: boolean): Promise<void> => {
    setEnabled(rule.id, enabled);
    const res = await setRuleEnabled(rule.id, enabled);
    if (res.ok) {
      setError('');
      return;
    }
    setEnabled(rule.id, !enabled);
    setError(t('rulesSaveFailed', res.error ?? ''));
  };

  const on = rules?.filter((r) => r.enabled).length ?? 0;
  return (
    <section className="options-section" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rulesHeading')}</h2>
      <HintBudgetSetting />
      <p className="muted">{t('rulesIntro')}</p>
      <label className="field">
        <span>{t('rulesSearch')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {rules === null ? <p className="muted">{t('loading')}</p> : null}
      {rules !== null ? (
        <p className="muted" role="status">
          {t('rulesCount', [String(on), String(rules.length)])}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {rules !== null && shown.length === 0 ? <p className="empty">{t('rulesNoMatch')}</p> : null}
      <ul className="rule-list">
        {shown.map((r) => (
          <li key={r.id} className="rule-row">
            <label>
              <input
                type="checkbox"
                checked={r.enabled}
                disabled={r.locked}
                onChange={(e) => void toggle(r, e.target.checked)}
              />
              <span className="rule-title">{r.title}</span>
            </label>
            <span className="rule-meta">
              {t(SEVERITY[r.severity])} · {r.packName}
              {r.locked ? <> · {t('setByOrganisation')}</> : null}
              {r.suspended ? <> · <strong className="rule-suspended">{t('rulesSuspended')}</strong></> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
