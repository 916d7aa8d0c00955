import { useId } from 'react';
import { t } from '@/lib/i18n';
import { usePolicy } from '@/lib/stores/policy';
import './policy.css';

/**
 * Options: when a browser policy is in force, a calm notice saying some settings are set by the
 * organisation and what it sets; the policy's problems (field + message) so a lead can debug a
 * policy. Nothing at all when there is no policy.
 */
export function PolicyNotice() {
  const uid = useId();
  const status = usePolicy();
  if (!status || (!status.managed && status.problems.length === 0)) return null;
  const sets = [
    status.packs.length > 0 ? t('policyPacksFromOrganisation', status.packs.map((p) => p.name).join(', ')) : null,
    status.packUrls.length > 0 ? t('policyPackUrlsFromOrganisation', String(status.packUrls.length)) : null,
    status.lockedRules.length > 0 ? t('policyLockedRulesCount', String(status.lockedRules.length)) : null,
    status.disallowPersonalPacks ? t('policyNoPersonalPacks') : null,
  ].filter((x): x is string => x !== null);
  return (
    <section className="policy-notice" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t('policyNoticeHeading')}</h2>
      <p>{t('policyNotice')}</p>
      {sets.length > 0 ? (
        <ul>
          {sets.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {status.problems.length > 0 ? (
        <div className="policy-problems">
          <h3 id={`${uid}-p`}>{t('policyProblemsHeading')}</h3>
          <p className="muted">{t('policyProblemsIntro')}</p>
          <ul aria-labelledby={`${uid}-p`}>
            {status.problems.map((p, i) => (
              <li key={`${i}-${p.path}`}>
                <code>{p.path || t('policyProblemWhole')}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
