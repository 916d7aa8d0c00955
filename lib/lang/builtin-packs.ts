/**
 * The language packs Heard ships: every `assets/packs/heard-<lang>.json`, bundled into the
 * background only (never the content script) and in force by default beside the English default
 * pack. Found with Vite's glob import, so a language pack added later (heard-fr.json…) is built in
 * by its file alone, and a missing one breaks nothing. Parsed with the same `parsePack` as a pack
 * from a file: a broken file is left out (and fails its unit test), never half-loaded.
 *
 * Vite-only (the background, vitest): the node tools read the files themselves.
 */
import { parsePack, type Pack } from '../guidance/schema';
import { LANGS } from './langs';

const files = import.meta.glob<unknown>('../../assets/packs/heard-*.json', { eager: true, import: 'default' });

/** Pack files by their language, as `heard-<lang>.json` names it. */
function load(): Pack[] {
  const out: { lang: string; pack: Pack }[] = [];
  for (const [path, json] of Object.entries(files)) {
    const lang = /heard-([a-z]{2,3})\.json$/.exec(path)?.[1];
    if (!lang) continue;
    const res = parsePack(json);
    if (res.ok) out.push({ lang, pack: res.pack });
    else console.error(`Heard: built-in pack ${path} is invalid and left out`, res.errors.slice(0, 3));
  }
  // In the order Heard lists its languages, then any other by name.
  const rank = (l: string) => {
    const i = (LANGS as readonly string[]).indexOf(l);
    return i < 0 ? LANGS.length : i;
  };
  out.sort((a, b) => rank(a.lang) - rank(b.lang) || a.lang.localeCompare(b.lang));
  return out.map((x) => x.pack);
}

/** The built-in language packs, parsed once (not the English default pack). */
export const languagePacks: readonly Pack[] = load();
