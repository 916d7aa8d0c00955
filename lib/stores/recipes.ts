/** The options page's site recipes: which recipe reads each site, and removing or exporting one the rep taught. */
import { sendMessage, type BuiltinRowMsg, type RecipeRowMsg } from '@/lib/messaging';
import { transport } from './transport';

export const recipesTransport = transport({
  list: () => sendMessage('ui:recipes:list', {}),
  remove: (id: string) => sendMessage('ui:recipes:remove', { id }),
  export: (id: string) => sendMessage('ui:recipes:export', { id }),
});

export type RecipeList = { rows: RecipeRowMsg[]; builtins: BuiltinRowMsg[] };

/** Every recipe and built-in reader (none when the background did not answer). */
export const listRecipes = (): Promise<RecipeList> => recipesTransport().list().catch(() => ({ rows: [], builtins: [] }));

export const removeRecipe = (id: string): Promise<{ ok: boolean }> => recipesTransport().remove(id).catch(() => ({ ok: false }));

/** A taught recipe as a pack's text (no text when it failed). */
export const exportRecipe = (id: string): Promise<{ ok: boolean; text?: string | undefined }> =>
  recipesTransport().export(id).catch(() => ({ ok: false, text: undefined }));
