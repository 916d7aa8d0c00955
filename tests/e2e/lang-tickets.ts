// The demo helpdesk's tickets in Spanish, French, German and Portuguese (tests/fixtures/demo/demo.js) and
// what a rep writes on them, for the browser tests of issue 15 (lang.chromium.e2e.ts, lang.firefox.e2e.ts).
// Each language's expectations follow its built-in pack file: with assets/packs/heard-<lang>.json, a draft
// gets that pack's cards only and a promise with a time is logged; without it, no hints and the panel says so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPack } from '../../lib/guidance/default-pack';
import { ROOT } from './browsers';

export interface LangPack {
  id: string;
  name: string;
  /** Every rule title: the cards a draft in this language may show. */
  titles: ReadonlySet<string>;
  /** The title of its info card that logs a promise with a time (null: the pack has none, and its test fails there). */
  logTitle: string | null;
}

export interface LangTicket {
  lang: 'es' | 'fr' | 'de' | 'pt';
  /** The language as the English interface names it. */
  name: string;
  ticket: string;
  /** A reply with a dead end (and English words real replies carry: "sorry", "ASAP"). */
  hintDraft: string;
  /** A promise to call back tomorrow at 15:00, in the ticket's language. */
  promiseDraft: string;
  /** The built-in pack for the language, or null when there is none in this build. */
  pack: LangPack | null;
}

function packOf(lang: string): LangPack | null {
  const file = join(ROOT, 'assets/packs', `heard-${lang}.json`);
  if (!existsSync(file)) return null;
  const pack = JSON.parse(readFileSync(file, 'utf8')) as {
    id: string;
    name: string;
    rules: { title: string; severity: string; actions?: string[] }[];
  };
  const log = pack.rules.find((r) => r.severity === 'info' && r.actions?.includes('log-callback'));
  return { id: pack.id, name: pack.name, titles: new Set(pack.rules.map((r) => r.title)), logTitle: log?.title ?? null };
}

/** The English default pack's card titles: never on a draft in another language. */
export const ENGLISH_TITLES: ReadonlySet<string> = new Set(defaultPack.rules.map((r) => r.title));

export const LANG_TICKETS: readonly LangTicket[] = [
  {
    lang: 'es',
    name: 'Spanish',
    ticket: '1045',
    hintDraft: 'Hola Lucía, no sé qué pasó con su pedido. Cálmese, por favor, le paso con mi supervisor ASAP.',
    promiseDraft: 'Hola Lucía, lo siento mucho. Le llamo mañana a las 15:00 con el seguimiento.',
    pack: packOf('es'),
  },
  {
    lang: 'fr',
    name: 'French',
    ticket: '1046',
    hintDraft: "Bonjour Camille, désolée pour le colis. Sorry, je ne sais pas ce qui s'est passé, je vérifie ASAP avec l'entrepôt.",
    promiseDraft: 'Bonjour Camille, je vous rappelle demain à 15h avec le numéro de suivi.',
    pack: packOf('fr'),
  },
  {
    lang: 'de',
    name: 'German',
    ticket: '1047',
    hintDraft: 'Guten Tag Herr Becker, tut mir leid, keine Ahnung, wie das passiert ist. Ich prüfe das ASAP und melde mich.',
    promiseDraft: 'Guten Tag Herr Becker, ich rufe Sie morgen um 15 Uhr zurück.',
    pack: packOf('de'),
  },
  {
    lang: 'pt',
    name: 'Portuguese',
    ticket: '1048',
    hintDraft: 'Olá Beatriz, sorry pelo erro! Não faço ideia do que aconteceu, vou verificar ASAP e já te retorno.',
    promiseDraft: 'Olá Beatriz, ligo para você amanhã às 15h com o código de rastreio.',
    pack: packOf('pt'),
  },
];

/** Checks a draft's card titles: some, all from the language's pack, none of the English pack's. */
export function checkTitles(t: LangTicket, titles: readonly string[]): string | null {
  if (!t.pack) return titles.length === 0 ? null : `no pack for ${t.name}, yet cards: ${titles.join(' | ')}`;
  if (titles.length === 0) return `no ${t.name} card`;
  const foreign = titles.filter((x) => !t.pack!.titles.has(x) || ENGLISH_TITLES.has(x));
  return foreign.length === 0 ? null : `cards not from ${t.pack.id}: ${foreign.join(' | ')}`;
}

/** Tomorrow at 15:00 in the browser's time zone (run in a page: the rep's clock). */
export const TOMORROW_AT_3PM = `(() => { const d = new Date(); d.setDate(d.getDate() + 1); d.setHours(15, 0, 0, 0); return d.getTime(); })()`;
