import { useState } from 'react';
import type { BuiltinRowMsg, RecipeRowMsg } from '@/lib/messaging';
import { exportRecipe, listRecipes, removeRecipe } from '@/lib/stores/recipes';
import { t } from '@/lib/i18n';
import '../sites/sites.css';
import { useLoaded } from '../useSetting';
import { downloadText } from '@/lib/download';


function sourceText(r: RecipeRowMsg): string {
  if (r.source === 'taught') return t('recipesFromTaught');
  if (r.source === 'policy') return t('recipesFromPolicy', r.packName ?? r.packId ?? '');
  return t('recipesFromPack', r.packName ?? r.packId ?? '');
}

function reasonText(r: RecipeRowMsg, builtins: BuiltinRowMsg[]): string {
  if (!r.reason) return '';
  const [kind, id = ''] = r.reason.split(':');
  if (kind === 'builtin') return t('recipesReasonBuiltin', [builtins.find((b) => b.id === id)?.name ?? id, id]);
  return t('recipesReasonShadowed', id);
}

/** A file download of a pack's text (the lead shares it: a file, a URL subscription, the browser policy). */
const download = (name: string, text: string): void => downloadText(text, `${name}.json`, 'application/json');

/**
 * Options: per site, which recipe reads it and where it came from (taught here, a pack, the
 * organisation's pack), the ones not in force and why (a built-in reader, another recipe first),
 * and which built-in readers are recipes and which are code.
 */
export function RecipesSection() {
  const [list, setList] = useLoaded(listRecipes);
  const [status, setStatus] = useState('');
  const load = async (): Promise<void> => setList(await listRecipes());

  const remove = async (r: RecipeRowMsg): Promise<void> => {
    await removeRecipe(r.recipeId);
    setStatus(t('recipesRemoved', r.name));
    await load();
  };
  const exportPack = async (r: RecipeRowMsg): Promise<void> => {
    const res = await exportRecipe(r.recipeId);
    if (res.ok && res.text) {
      download(`site-${r.recipeId}`, res.text);
      setStatus(t('recipesExported', r.name));
    }
  };

  return (
    <section className="options-section" aria-labelledby="recipes-heading">
      <h2 id="recipes-heading">{t('recipesHeading')}</h2>
      <p>{t('recipesIntro')}</p>
      {!list ? (
        <p className="muted">{t('loading')}</p>
      ) : list.rows.length === 0 ? (
        <p className="empty">{t('recipesEmpty')}</p>
      ) : (
        <ul className="site-list recipe-list" aria-label={t('recipesListLabel')}>
          {list.rows.map((r) => (
            <li key={`${r.host}|${r.source}|${r.packId ?? ''}|${r.recipeId}`} data-recipe={r.recipeId} data-in-force={r.inForce}>
              <span>
                <span className="site-host">{r.host}</span> {r.name}{' '}
                <strong className={r.inForce ? 'recipe-on' : 'recipe-off'}>{r.inForce ? t('recipesInForce') : t('recipesNotInForce')}</strong>{' '}
                <span className="muted">{sourceText(r)}</span>
                {r.replaces ? <span className="muted"> · {t('recipesReplaces', r.replaces)}</span> : null}
                {r.reason ? <span className="recipe-reason"> {reasonText(r, list.builtins)}</span> : null}
              </span>
              {r.source === 'taught' ? (
                <span className="recipe-actions">
                  <button type="button" className="btn btn-small btn-quiet" aria-label={t('recipesExport', r.name)} onClick={() => void exportPack(r)}>
                    {t('recipesExportShort')}
                  </button>
                  <button type="button" className="btn btn-small btn-quiet" aria-label={t('recipesRemove', r.name)} onClick={() => void remove(r)}>
                    {t('recipesRemoveShort')}
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {list && list.builtins.length ? (
        <details>
          <summary>{t('recipesBuiltinHeading')}</summary>
          <ul className="recipe-builtins">
            {list.builtins.map((b) => (
              <li key={b.id}>{b.kind === 'recipe' ? t('recipesBuiltinRecipe', b.name) : t('recipesBuiltinCode', b.name)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
