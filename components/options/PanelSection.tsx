import { useId } from 'react';
import { t } from '@/lib/i18n';
import { getPanelPlace, setPanelPlace, type PanelPlace } from '@/lib/panel-place';
import { openWelcome } from '@/lib/welcome';
import { useSetting } from '../useSetting';

/** Options, the rep's own: where the panel opens (beside the page, or the browser's side panel),
 * and the welcome page again. */
export function PanelSection() {
  const id = useId();
  const { value: place, choose, status } = useSetting<PanelPlace>(getPanelPlace, setPanelPlace, () => t('optionsPanelSaved'));
  return (
    <section className="options-section" aria-labelledby="panel-place-heading">
      <h2 id="panel-place-heading">{t('optionsPanelHeading')}</h2>
      <fieldset className="field">
        <legend>{t('optionsPanelWhere')}</legend>
        {(['page', 'side'] as const).map((p) => (
          <label key={p} htmlFor={`${id}-${p}`} className="radio-row">
            <input
              id={`${id}-${p}`}
              type="radio"
              name={`${id}-place`}
              value={p}
              checked={place === p}
              disabled={place === null}
              onChange={() => void choose(p)}
            />{' '}
            {p === 'page' ? t('optionsPanelPage') : t('optionsPanelSide')}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" className="btn btn-small btn-quiet" onClick={() => void openWelcome()}>
          {t('optionsWelcome')}
        </button>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
