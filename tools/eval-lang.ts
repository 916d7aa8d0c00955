/**
 * `npm run eval:lang`: accuracy of the language detector per language on tests/fixtures/lang/
 * (44 support texts per language, 20–200 characters, written for this; unknown.json holds texts
 * too short to tell), with the candidates side by side in one run:
 * - heard: what ships (lib/lang/detect.ts: eld "small" cut to five languages + the 'unknown' rules);
 * - eld-small-raw / eld-xs-raw: eld's plain answer over the small and extra-small cuts, no rules;
 * - tinyld, franc-min: when LANG_EVAL_MODULES names a node_modules folder holding them (not
 *   dependencies of Heard: they lost the comparison).
 * "wrong" is a foreign language named (silences or misapplies hints); "unknown" falls back to the
 * conversation's language and costs nothing on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectLanguage } from '../lib/lang/detect';
import { createEld } from '../lib/lang/eld-core.js';
import { LANGS } from '../lib/lang/langs';
import { subsetData } from './gen-lang-ngrams';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'lang');
const read = (name: string): string[] => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as string[];
export const langSet: Record<string, string[]> = Object.fromEntries(LANGS.map((l) => [l, read(l)]));
export const unknownSet = read('unknown');

type Detector = (text: string) => string;

async function eldRaw(db: 'small' | 'extrasmall'): Promise<Detector> {
  const { instance, loadData } = createEld();
  loadData(await subsetData(db));
  return (t) => instance.detect(t).language || 'unknown';
}

async function extras(): Promise<Record<string, Detector>> {
  const base = process.env.LANG_EVAL_MODULES;
  if (!base) return {};
  const out: Record<string, Detector> = {};
  const imp = async (p: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(base, p)).href)) as Record<string, unknown>;
  try {
    const tinyld = await imp('tinyld/dist/tinyld.normal.node.mjs').catch(() => imp('tinyld/dist/tinyld.normal.node.js'));
    const detect = tinyld.detect as (t: string, o: { only: string[] }) => string;
    out.tinyld = (t) => detect(t, { only: [...LANGS] }) || 'unknown';
  } catch (e) {
    console.error('tinyld not loaded:', (e as Error).message);
  }
  try {
    const franc = (await imp('franc-min/index.js')).franc as (t: string, o: object) => string;
    const iso3: Record<string, string> = { eng: 'en', spa: 'es', fra: 'fr', deu: 'de', por: 'pt' };
    out['franc-min'] = (t) => iso3[franc(t, { only: Object.keys(iso3), minLength: 1 })] ?? 'unknown';
  } catch (e) {
    console.error('franc-min not loaded:', (e as Error).message);
  }
  return out;
}

export interface LangScore {
  perLang: Record<string, { right: number; unknown: number; wrong: number; n: number }>;
  accuracy: number;
  wrong: number;
  unknownRight: number;
  msPerText: number;
  errors: string[];
}

export function score(detect: Detector): LangScore {
  const perLang: LangScore['perLang'] = {};
  const errors: string[] = [];
  let right = 0;
  let wrong = 0;
  let n = 0;
  const t0 = performance.now();
  for (const [lang, texts] of Object.entries(langSet)) {
    const s = { right: 0, unknown: 0, wrong: 0, n: texts.length };
    for (const t of texts) {
      const d = detect(t);
      if (d === lang) s.right++;
      else if (d === 'unknown' || d === '') s.unknown++;
      else {
        s.wrong++;
        errors.push(`${lang}→${d}: ${t}`);
      }
    }
    perLang[lang] = s;
    right += s.right;
    wrong += s.wrong;
    n += s.n;
  }
  const ms = (performance.now() - t0) / n;
  const unknownRight = unknownSet.filter((t) => detect(t) === 'unknown').length;
  return { perLang, accuracy: right / n, wrong, unknownRight, msPerText: ms, errors };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const detectors: Record<string, Detector> = {
    heard: detectLanguage,
    'eld-small-raw': await eldRaw('small'),
    'eld-xs-raw': await eldRaw('extrasmall'),
    ...(await extras()),
  };
  // Warm up (JIT) so that the timing compares like with like.
  for (const d of Object.values(detectors)) for (const t of langSet.en!) d(t);
  const n = Object.values(langSet).reduce((a, x) => a + x.length, 0);
  console.log(`${n} texts (${LANGS.map((l) => `${l} ${langSet[l]!.length}`).join(', ')}), ${unknownSet.length} too short to tell`);
  console.log(['detector'.padEnd(14), ...LANGS.map((l) => l.padStart(6)), 'all'.padStart(7), 'wrong'.padStart(6), 'short→unknown'.padStart(14), 'ms/text'.padStart(8)].join(' '));
  for (const [name, d] of Object.entries(detectors)) {
    const s = score(d);
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    console.log(
      [
        name.padEnd(14),
        ...LANGS.map((l) => pct(s.perLang[l]!.right / s.perLang[l]!.n).padStart(6)),
        pct(s.accuracy).padStart(7),
        String(s.wrong).padStart(6),
        `${s.unknownRight}/${unknownSet.length}`.padStart(14),
        s.msPerText.toFixed(3).padStart(8),
      ].join(' '),
    );
    for (const e of s.errors.slice(0, 6)) console.log(`    ${e}`);
  }
}
