/**
 * The picker's way to the background ("Teach Heard this page"). The picker runs in the page's
 * isolated world, so it speaks the content script's side of the protocol (lib/messaging/content.ts,
 * no @webext-core/messaging, no zod), as a content sender: cs:recipes:save, cs:recipes:export.
 */
import { sendMessage } from '@/lib/messaging/content';
import { errorText, transport } from './transport';

export const pickerTransport = transport({
  save: (recipe: unknown) => sendMessage('cs:recipes:save', { recipe }),
  export: (id: string) => sendMessage('cs:recipes:export', { id }),
});

/** Saves what the rep taught, for the page's own host (the background checks it). */
export const saveTaughtRecipe = (recipe: unknown): Promise<{ ok: boolean; error?: string | undefined }> =>
  pickerTransport().save(recipe).catch((e: unknown) => ({ ok: false, error: errorText(e) }));

/** The saved recipe as a pack's text (no text when it failed). */
export const exportTaughtRecipe = (id: string): Promise<{ ok: boolean; text?: string | undefined }> =>
  pickerTransport().export(id).catch(() => ({ ok: false }));
