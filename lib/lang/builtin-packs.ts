/**
 * The language packs Heard ships: every `assets/packs/heard-<lang>.json`, bundled into the
 * background only (never the content script) and in force by default beside the English default
 * pack. Found with Vite's glob import, so a language pack added later (heard-fr.json…) is built in
 * by its file alone, and a missing one breaks nothing. Like the English pack (default-pack.ts) they
 * are part of the code, not input: validated in full with `parsePack` by their unit tests
 * (tests/unit/lang/builtin-packs.test.ts), not at every start of the worker, where the regex proofs
 * of two packs took 300-400 ms. A file without a pack's shape is left out.
 *
 * Vite-only (the background, vitest): the node tools read the files themselves.
 */
import type { Pack } from '../guidance/schema';
import { LANGS } from './langs';

const files = import.meta.glob<unknown>('../../assets/packs/heard-*.json', { eager: true, import: 'default' });

function isPackShaped(x: unknown): x is Pack {
  const p = x as Partial<Pack> | null;
  return !!p && p.schemaVersion === 1 && typeof p.id === 'string' && typeof p.locale === 'string' && Array.isArray(p.rules);
}

/** Pack files by their language, as `heard-<lang>.json` names it. */
function load(): Pack[] {
  const out: { lang: string; pack: Pack }[] = [];
  for (const [path, json] of Object.entries(files)) {
    const lang = /heard-([a-z]{2,3})\.json$/.exec(path)?.[1];
    if (!lang) continue;
    if (isPackShaped(json)) out.push({ lang, pack: json });
    else console.error(`Heard: built-in pack ${path} is not a pack and is left out`);
  }
  // In the order Heard lists its languages, then any other by name.
  const rank = (l: string) => {
    const i = (LANGS as readonly string[]).indexOf(l);
    return i < 0 ? LANGS.length : i;
  };
  out.sort((a, b) => rank(a.lang) - rank(b.lang) || a.lang.localeCompare(b.lang));
  return out.map((x) => x.pack);
}

/** The built-in language packs, loaded once (not the English default pack). */
export const languagePacks: readonly Pack[] = load();
