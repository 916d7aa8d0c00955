import { disableSite, siteStatus } from '@/lib/stores/sites';
import { t } from '@/lib/i18n';
import { useAsked } from '../useSetting';

/** In the panel's footer on a site the rep enabled (generic mode, or a self-hosted helpdesk an
 * adapter recognised there): switch Heard off here. The page then loses the marker and this panel:
 * the background stops the content script in the site's tabs. */
export function PanelSiteDisable({ tabId }: { tabId: number | null }) {
  const status = useAsked(tabId, siteStatus);
  if (status?.state !== 'enabled' || !status.origin) return null;
  const origin = status.origin;
  return (
    <button type="button" className="btn btn-quiet btn-small" onClick={() => void disableSite(origin)}>
      {t('sitesPanelDisable')}
    </button>
  );
}
