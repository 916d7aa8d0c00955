/**
 * German abuse read by its structure, not by phrase lists (issue 15 point 3): abuse is a judgement of the
 * PERSON addressed. A hit needs the rep addressed (du/dich/dir, ihr/euch, Sie/Ihnen with their capital)
 * joined, in one clause and in any order, to a word that judges their mind, competence, worth or looks
 * ("Sie sind unfähig", "Unfähig sind Sie", "dass du so dumm bist", "Sie haben keine Ahnung von Ihrem Job",
 * "Sie sind das Geld nicht wert"). A negation between them ("Sie sind nicht dumm"), the writer as the
 * subject ("ich bin zu blöd für die App") or a thing as what is judged ("Sie sind mit der dummen App
 * allein") keep it quiet. Also: compound insults by a productive head or a judging prefix ("Hotlineidiot",
 * "Hohlbirne"), threats to the rep's job or person, sexist put-downs. Each hit spans the words it read.
 *
 * Runs on folded text (lib/tone/langs/fold.ts): lowercase, umlauts as ae/oe/ue; the lexicons below also
 * read the bare vowel people type without the key ("unfahig", "blod", "Betruger").
 */
import type { StructureHit, StructureInput, Token } from './engine';

/** A word list written with ae/oe/ue also reads the bare vowel: "unfaehig" → unfa(e)hig. */
const bare = (words: string): string => words.replace(/([aou])e/g, '$1e?');

/** Roots of adjectives that judge a person's mind, competence, worth or looks. */
const JUDGE_ROOTS = bare(
  'dumm|duemm|bloed|doof|bescheuert|behindert|daemlich|hirnlos|beschraenkt|bekloppt|verbloedet|minderbemittelt|unterbelichtet|gestoert|debil|idiotisch|hohl|beknackt|deppert|deppat|bleed|dusselig|doesig|begriffsstutzig|lernresistent|zurueckgeblieben|schwachsinnig|hirnverbrannt|hirntot|hirnamputiert|einfaeltig|ahnungslos|planlos|merkbefreit|vertrottelt|unfaehig|inkompetent|unqualifiziert|nutzlos|unbrauchbar|untauglich|talentfrei|faul|wertlos|ueberfluessig|erbaermlich|armselig|jaemmerlich|laecherlich|peinlich|widerlich|ekelhaft|abstossend|asozial|primitiv|charakterlos|verlogen|hinterhaeltig|haesslich|fett|taub|blind|schwerhoerig',
);
/** Judging prefixes of adjectives: strohdumm, saublöd, grenzdebil, stinkfaul. */
const ADJ_PREFIX = 'stroh|strunz|sau|stock|sack|stink|grenz|erz|mega|ober|voll|total|super|ultra|hyper|ur|kreuz|oberst|hohl';
const JUDGE_WORD = `(?:${ADJ_PREFIX})?(?:${JUDGE_ROOTS})(?:er)?(?:e?st)?(?:e|er|en|es|em)?`;
const JUDGE_ADJ = new RegExp(`^${JUDGE_WORD}$`);

/** Heads that are insults whatever comes before them: "Hotlineidiot", "Supportversager", "Servicedeppen". */
const HEAD_ANY = 'pupser|furzer|hurnsohn|hurenson|hurnson|dummerchen|dummchen|wichtigtuer|besserwisser|klugscheisser|idiot|idiotin|idioten|depp|deppen|trottel|trotteln|versager|versagerin|versagern|honk|honks|spast|spasti|wichser|penner|stuemper|dilettant|dilettanten|nichtsnutz|schwachmat|schwachmaten|tussi|tussen|luegner|luegnerin|betrueger|betruegerin|kasper|kasperl|heini|heinis|fuzzi|fuzzis|vollpfosten|vollhonk|schwaetzer|hampelmann|clown|clowns|akrobat|amoebe';
/** Heads that are literal words alone (Zaunpfosten, Sparschwein) and insults after a judging prefix. */
const HEAD_JUDGED = 'piepe|frucht|muetze|pfosten|puppe|marionette|affe|affen|schwein|schweine|sau|kuh|ziege|esel|hund|kopf|koepfe|birne|brot|nase|pfeife|pfeifen|lappen|sack|horst|nuss|ruebe|bratze|beutel|hirn|zwerg|gesicht|kerl|backe|tuete|socke|nudel|bolzen|geige|krampe|loch|schaedel|mat|kopp|eimer|hupe|ochse|vieh|kind';
/** Prefixes that judge: Vollpfosten, Hohlbirne, Dummbrot, Flachpfeife, Dreckschwein, Lackaffe, Spatzenhirn. */
const JUDGING_PREFIX = 'voll|total|riesen|ober|mega|ultra|erz|hohl|dumm|doof|bloed|schwach|flach|dreck|drecks|mist|scheiss|kack|stroh|spatzen|erbsen|lack|saft|knall|arsch|piss|sack|stink|hirn|dumpf|pappen|papp|hornochs|volli';
/** A word list as a set, each word also with its umlaut's e left out ("betrueger", "betruger"). */
const wordSet = (words: string): Set<string> => new Set(words.split('|').flatMap((w) => [w, w.replace(/([aou])e/g, '$1')]));
const ANY = wordSet(HEAD_ANY);
const JUDGED = wordSet(HEAD_JUDGED);
const PREFIXES = [...wordSet(JUDGING_PREFIX)];
/** Heads by their last three letters: a token is looked up once, not sliced at every split point. */
const byEnd = (set: Set<string>): Map<string, string[]> => {
  const m = new Map<string, string[]>();
  for (const w of set) m.set(w.slice(-3), [...(m.get(w.slice(-3)) ?? []), w]);
  return m;
};
const ANY_END = byEnd(ANY);
const JUDGED_END = byEnd(JUDGED);
/** Does w end in one of the heads, after at least `min` letters? */
function endsIn(w: string, heads: Map<string, string[]>, min: number): boolean {
  const list = heads.get(w.slice(-3));
  return !!list && list.some((h) => w.length - h.length >= min && w.endsWith(h));
}
/** Judging prefixes by their first two letters. */
const PREFIX_START = new Map<string, string[]>();
for (const p of PREFIXES) PREFIX_START.set(p.slice(0, 2), [...(PREFIX_START.get(p.slice(0, 2)) ?? []), p]);
/** One token: a compound insult ("hotlineidiot", "oberdepp", "hohlbirne"), checked by its head and its prefix (set lookups, no regex). */
export function isCompound(w: string): boolean {
  if (w.length < 6) return false;
  if (isCollective(w)) return true;
  if (endsIn(w, ANY_END, 3)) return true;
  for (const p of PREFIX_START.get(w.slice(0, 2)) ?? []) {
    if (!w.startsWith(p)) continue;
    let rest = w.slice(p.length);
    if (rest.startsWith('s') && !JUDGED.has(rest)) rest = rest.slice(1);
    if (JUDGED.has(rest) || JUDGED.has(rest.replace(/(?:en|n|e|s|er)$/, ''))) return true;
  }
  return false;
}
/** A gang named by an insult: "Affenbande", "Clownsverein", "Idiotenhaufen" ("Sportverein", "Hundeverein" are clubs). */
const COLLECTIVE = /^(?:affen|clowns?|chaoten|gauner|spinner|luegner|verbrecher|idioten|deppen|trottel|stuemper|penner|versager|dilettanten|betrueger|schwachmaten|vollidioten|hampel|kasper|sauhaufen)(?:bande|verein|haufen|truppe|pack|sippe|gesocks|laden|zirkus|gesindel)$/;
export const isCollective = (w: string): boolean => w.length > 9 && COLLECTIVE.test(w);
/** Said to the rep ("du Supportaffe", "Sie Telefonschwein"), any prefix makes a head an insult; an insult head alone too ("du Wichtigtuer"). */
const isAddressedCompound = (w: string): boolean => ANY.has(w) || endsIn(w, ANY_END, 3) || endsIn(w, JUDGED_END, 3);

/** Nouns that judge a person's worth when said of them: "Sie sind eine Zumutung", "du bist ein Witz". */
const WORTH_NOUN = /^(?:analphabet|analphabetin|analphabeten|enttaeuschung|beleidigung|inkompetenz|unfaehigkeit|dummheit|bloedheit|marionette|witz|witzfigur|lachnummer|schande|zumutung|fehlbesetzung|armutszeugnis|null|nullnummer|niete|katastrophe|totalausfall|pest|plage|schandfleck|nervensaege|versager|zumutung|fehlgriff|fehlgeburt|missgeburt|abschaum|bodensatz|nichtsnutz|schaedling|parasit|dreck)$/;

/** Words that may stand between the rep and "sind"/"bist" ("Sie sind ja wohl", "Sie selbst sind"). */
const PARTICLE = /^(?:ja|doch|wohl|echt|wirklich|eigentlich|denn|halt|eben|also|alle|selbst|selber|persoenlich|beide|einfach|tatsaechlich|offensichtlich|offenbar|anscheinend|scheinbar|vielleicht|nun|mal|auch|schon|ganz|so|gar|total|voll|komplett|absolut|voellig|extrem|richtig|ziemlich|sehr|etwas|bisschen|ein|eine|einer|einen|der|die|das|zu|derart|dermassen|echt|nur|bloss|noch|immer|mehr|als|genauso|wie|unglaublich|unfassbar|verdammt|verflucht|abgrundtief|von|natur|aus|grund|auf|mit|verlaub|ehrlich|gesagt|sorry|sowas|so|was|geradezu|fast|beinahe|irgendwie|einfach)$/;
const NEGATION = /^(?:nicht|nich|net|ned|nid|noed|kein|keine|keiner|keinen|keinem|keines|nie|niemals|keineswegs|keinesfalls|mitnichten)$/;
/** After a comma: the clause is someone else's or a new one ("…, dass der Idiot …", "…, weil …"). */
const CLAUSE_START = /^(?:dass|das|weil|wenn|ob|da|damit|obwohl|der|die|den|dem|deren|dessen|was|wie|wo|als|um|ich|er|es|wir|man|mein|meine|sondern|aber|und|oder|denn|bevor|nachdem|sobald|falls)$/;
const PREPOSITION = /^(?:mit|von|fuer|bei|ueber|gegen|ohne|wegen|an|auf|aus|nach|vor|hinter|neben|unter|zwischen|im|am|vom|zum|zur|beim|ins|ans|in|durch)$/;
/** Nouns for people: an adjective before them judges the person ("der dümmste Mensch"), before any other noun a thing. */
const PERSON_NOUN = /^(?:mensch|menschen|person|personen|mitarbeiter\w*|berater\w*|kundenberater\w*|agent\w*|typ|typen|kerl|frau|mann|haufen|truppe|bande|kollege\w*|angestellte\w*|servicekraft|techniker\w*|wesen|individuum|geschoepf|exemplar|vertreter\w*|sachbearbeiter\w*|gestalt|figur|laie|leute|team|verein|service\w*mitarbeiter\w*|callcenter\w*|supporter\w*|ansprechpartner\w*|beamte\w*|dame|herr|junge|maedchen|kind|hotline\w*)$/;

/** Copulas by person: du, ihr, Sie. */
const COPULA_DU = /^(?:bist|bisch|biste|bischt|warst|waerst|warst|bleibst|wirkst|scheinst|klingst)$/;
const COPULA_IHR = /^(?:seid|sidd|seids|wart|waert|bleibt|wirkt|scheint|klingt)$/;
const COPULA_SIE = /^(?:sind|san|waren|waeren|wirken|scheinen|klingen|bleiben)$/;
/** "ihr" is the rep (plural) with a verb of its person after or before it. */
const VERB_IHR = /^(?:seid|sidd|seids|habt|koennt|wisst|wollt|sollt|muesst|duerft|kriegt|versteht|kapiert|macht|wart|waert|bleibt|wirkt|scheint|klingt|taugt|checkt|raffts?|geht|lest|schreibt|antwortet|arbeitet)$/;

interface Tok extends Token {
  /** The rep as subject (du, ihr, Sie) or object/possessive; null when not addressed. */
  who: 'du' | 'ihr' | 'sie' | null;
  /** Subject pronoun (du, ihr, Sie), not dich/dir/Ihnen/Ihr-possessive. */
  subject: boolean;
}

const sentenceBreak = (gap: string): boolean => /[.!?;:\n]/.test(gap);
const comma = (gap: string): boolean => /,|\s-\s|–|—|\(|\)/.test(gap);

function mark(input: StructureInput): Tok[] {
  const { tokens, capital } = input;
  return tokens.map((t, j) => {
    const w = t.w;
    // Only du/de/dich/dir/dein…, euch/euer…, ihr/ihre…, sie/ihnen can address the rep.
    const c0 = w.charCodeAt(0);
    if (w.length > 6 || (c0 !== 100 && c0 !== 101 && c0 !== 105 && c0 !== 115)) return { w, start: t.start, end: t.end, gap: t.gap, who: null, subject: false };
    const prev = tokens[j - 1]?.w ?? '';
    const next = tokens[j + 1]?.w ?? '';
    const initial = j === 0 || sentenceBreak(t.gap);
    let who: Tok['who'] = null;
    let subject = false;
    if (/^(?:du|de)$/.test(w) && (w === 'du' || /^(?:bist|bisch|hast|hesch|kannst)$/.test(prev))) {
      who = 'du';
      subject = true;
    } else if (/^(?:dich|dir|dein|deine|deinen|deinem|deiner|deines)$/.test(w)) who = 'du';
    else if (/^(?:euch|euer|eure|euren|eurem|eurer|eures)$/.test(w)) who = 'ihr';
    else if (w === 'ihr' && (VERB_IHR.test(next) || VERB_IHR.test(prev))) {
      who = 'ihr';
      subject = true;
    } else if (/^(?:sie|ihnen|ihr|ihre|ihren|ihrem|ihrer|ihres)$/.test(w) && capital(t.start)) {
      // Sentence-initial "Sie" is the rep before a verb of address ("Sie sind …", "Sie haben …"), as the engine reads it.
      if (!initial || w !== 'sie' || /,/.test(tokens[j + 1]?.gap ?? '') || /^(?:sind|haben|hatten|waren|waeren|koennen|koennten|muessen|sollten|wissen|verstehen|taugen|spinnen|ticken|san|kapieren|checken|raffen|werden|gehoeren|wirken|scheinen|klingen|kapieren|checken|bleiben|widern|kotzen|ekeln)$/.test(next) || (/^(?:persoenlich|selbst|selber)$/.test(next) && /^(?:sind|haben|waren|koennen|wissen|verstehen)$/.test(tokens[j + 2]?.w ?? ''))) {
        who = 'sie';
        subject = w === 'sie';
      }
    }
    return { w, start: t.start, end: t.end, gap: t.gap, who, subject };
  });
}

/** Is token k a judgement of a person (adjective, insult noun, a word of worth)? */
function judgement(toks: Tok[], k: number, isInsultNoun: (w: string) => boolean, capital: (i: number) => boolean): boolean {
  const t = toks[k] as Tok;
  if (JUDGE_ADJ.test(t.w)) {
    // An adjective on a thing ("mit der dummen App") is about the thing: a capitalised noun after it that is no person.
    const n = toks[k + 1];
    if (n && !sentenceBreak(n.gap) && !comma(n.gap) && capital(n.start) && !PERSON_NOUN.test(n.w) && !isInsultNoun(n.w) && !WORTH_NOUN.test(n.w) && !/^(?:sie|ihnen|du|ihr)$/.test(n.w)) return false;
    return true;
  }
  // Said of the rep, a compound whose head insults is an insult whatever its first part ("eine Sprechpuppe").
  if ((t.w === 'fall' && /^hoffnungslos/.test(toks[k - 1]?.w ?? '')) || (t.w === 'schublade' && /^unterst/.test(toks[k - 1]?.w ?? ''))) return true;
  const noun = isInsultNoun(t.w) || WORTH_NOUN.test(t.w) || isAddressedCompound(t.w) || (/^(?:nichts|niemand)$/.test(t.w) && toks[k - 1]?.w === 'ein');
  if (!noun) return false;
  // A noun after a preposition is something else ("Sie sind für die Idioten zuständig", "mit einem Witz"),
  // but not "der Inbegriff von Inkompetenz", "ein hoffnungsloser Fall".
  if (/^(?:von|der|fuer)$/.test(toks[k - 1]?.w ?? '') && /^(?:inbegriff|ausbund|gipfel|musterbeispiel|paradebeispiel|paradebeispiel|verkoerperung|inkarnation|beispiel)$/.test(toks[k - 2]?.w ?? '')) return true;
  for (let j = k - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    const w = (toks[j] as Tok).w;
    // "Was seid ihr für Pfeifen?": "was … für" asks what kind, it is no preposition.
    if (PREPOSITION.test(w) && !(w === 'fuer' && toks.slice(Math.max(0, j - 5), j).some((x) => x.w === 'was'))) return false;
    if (!/^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|so|solch|solche|solcher|totale|totaler|absolute|absoluter|echte|echter|richtige|richtiger|voll|komplett|kompletter|riesen|riesige|riesiger|einziger|einzige|wandelnde|wandelnder|lebende|lebender|reine|reiner)$/.test(w) && !JUDGE_ADJ.test(w)) break;
  }
  return true;
}

/** A negation among tokens a..b (exclusive bounds): "nicht dumm", unless "nicht nur" or a "sondern/aber" after it. */
function negatedBetween(toks: Tok[], a: number, b: number): boolean {
  let neg = false;
  for (let j = a + 1; j < b; j++) {
    const w = (toks[j] as Tok).w;
    if (NEGATION.test(w) && !/^(?:nur|bloss|mal|einmal)$/.test(toks[j + 1]?.w ?? '')) neg = true;
    if (/^(?:sondern|aber|jedoch)$/.test(w)) neg = false;
  }
  return neg;
}

function copulaPerson(w: string): Tok['who'] {
  if (COPULA_DU.test(w)) return 'du';
  if (COPULA_IHR.test(w)) return 'ihr';
  if (COPULA_SIE.test(w)) return 'sie';
  return null;
}

/** The rep + a copula + a judgement, in any order within a clause. */
function copulaHits(toks: Tok[], isInsultNoun: (w: string) => boolean, capital: (i: number) => boolean): StructureHit[] {
  const hits: StructureHit[] = [];
  const clauseBreakAt = (j: number): boolean => sentenceBreak((toks[j] as Tok).gap) || comma((toks[j] as Tok).gap);
  toks.forEach((c, i) => {
    const person = copulaPerson(c.w);
    if (!person) return;
    // The subject: the rep's pronoun close by (before, or after in a question/inversion); "bist"/"seid" need none.
    let s = -1;
    // "Sie, Herr Schulz, sind …": a title or a name between commas leaves the rep the subject.
    if (/,/.test(c.gap) && !sentenceBreak(c.gap))
      for (let k = i - 1; k >= Math.max(1, i - 3); k--) {
        const t = toks[k] as Tok;
        if (sentenceBreak(t.gap)) break;
        if (/,/.test(t.gap)) {
          const a = toks[k - 1] as Tok;
          if (a.subject && a.who === person && /^(?:herr|frau|fraeulein|dr|doktor)$|^[a-z]+$/.test(t.w) && !CLAUSE_START.test(t.w) && !NEGATION.test(t.w)) s = k - 1;
          break;
        }
      }
    for (let j = i - 1, n = 0; s < 0 && j >= 0 && n < 5; j--, n++) {
      if (clauseBreakAt(j + 1)) break;
      const t = toks[j] as Tok;
      if (t.subject && t.who === person) {
        s = j;
        break;
      }
      if (/^(?:ich|er|es|wir|man|das|dies|sie|die|der)$/.test(t.w) && !t.who) break;
    }
    if (s < 0)
      for (let j = i + 1, n = 0; j < toks.length && n < 2; j++, n++) {
        if (clauseBreakAt(j)) break;
        const t = toks[j] as Tok;
        if (t.subject && t.who === person) {
          s = j;
          break;
        }
        if (!PARTICLE.test(t.w)) break;
      }
    if (s < 0 && !/^(?:bist|bisch|biste|bischt|seid|sidd|seids)$/.test(c.w)) return;
    if (s < 0) s = i;
    const lo = Math.min(s, i);
    const hi = Math.max(s, i);
    // Forward: "Sie sind (…) unfähig", crossing a comma only into a parenthesis ("Sie sind, mit Verlaub, strohdumm").
    for (let k = hi + 1, n = 0; k < toks.length && n < 7; k++, n++) {
      const t = toks[k] as Tok;
      if (sentenceBreak(t.gap)) break;
      if (comma(t.gap) && CLAUSE_START.test(t.w) && !/^(?:sondern|aber|und)$/.test(t.w)) break;
      // "Sie sind als Mensch eine Enttäuschung": "als" before a word for a person is no comparison.
      if (/^(?:als|wie|dass|weil|wenn|ob)$/.test(t.w) && !(t.w === 'als' && PERSON_NOUN.test(toks[k + 1]?.w ?? ''))) break;
      if (t.who && t.subject && k > hi + 1) break;
      if (judgement(toks, k, isInsultNoun, capital)) {
        if (!negatedBetween(toks, lo, k)) hits.push({ kind: 'insult-at-rep', start: (toks[lo] as Tok).start, end: t.end });
        return;
      }
    }
    // Between or before: "dass Sie so dumm sind", "Unfähig sind Sie", "wie unfähig Sie sind".
    for (let k = hi - 1; k > lo; k--) {
      if (judgement(toks, k, isInsultNoun, capital) && !negatedBetween(toks, lo, k)) {
        hits.push({ kind: 'insult-at-rep', start: (toks[lo] as Tok).start, end: (toks[hi] as Tok).end });
        return;
      }
    }
    for (let k = lo - 1, n = 0; k >= 0 && n < 4; k--, n++) {
      if (clauseBreakAt(k + 1)) break;
      if (judgement(toks, k, isInsultNoun, capital)) {
        if (!negatedBetween(toks, Math.max(-1, k - 2), hi) && !NEGATION.test(toks[k - 1]?.w ?? '')) hits.push({ kind: 'insult-at-rep', start: (toks[k] as Tok).start, end: (toks[hi] as Tok).end });
        return;
      }
    }
  });
  return hits;
}

/** English names for a person used as insults inside German ("Sie Bitch", "du Moron"). */
const ENGLISH_NAME = /^(?:bitch|moron|dumbass|retard|asshole|motherfucker|jerk|imbecile|cretin|idiot|loser)$/;
/** Adjectives that make a name for the rep an insult ("Sie unverschämte Person", "du armes Würstchen"). */
const VOCATIVE_ADJ = new RegExp(`^(?:${JUDGE_WORD}|unverschaemt\\w*|frech\\w*|dreist\\w*|arrogant\\w*|mies\\w*|elend\\w*|arm|arme|armer|armes|klein|kleine|kleiner|kleines|widerlich\\w*|ekelhaft\\w*|aufgeblasen\\w*|eingebildet\\w*)$`);
/** Nouns that are names for a person only when the rep is called them ("Sie Würstchen", "du Wurm"). */
const VOCATIVE_NOUN = /^(?:wuerstchen|wurm|tropf|wicht|licht|hascherl|null|niete|person|mensch|kreatur|gestalt|figur|ding|stueck|teil|weib|kerl|typ|bursche|buerschchen|fratz|goere|zwerg)$/;

/** "du Supportaffe", "Sie Telefonschwein!": the rep's pronoun and a compound whose head insults, ending the clause. */
function addressedCompoundHits(toks: Tok[], capital: (i: number) => boolean, isNoun: (w: string) => boolean): StructureHit[] {
  const hits: StructureHit[] = [];
  toks.forEach((first, k) => {
    const a = toks[k - 1];
    // The rep's pronoun; a sentence's first "Sie" too, as a form of address ("Sie Hotline-Trottel, …").
    // …or an object pronoun before a name ending the clause: "keine Antwort von Ihnen Heinis", "euch Pfeifen".
    const objectName = !!a && !!a.who && /^(?:ihnen|euch|dir|dich)$/.test(a.w);
    if (!a || !(a.subject || objectName || (a.w === 'sie' && capital(a.start))) || sentenceBreak(first.gap) || comma(first.gap)) return;
    // "Hotline-Trottel": the parts joined by hyphens are one word.
    let w = first.w;
    let last = k;
    while (toks[last + 1]?.gap === '-') w += (toks[++last] as Tok).w;
    // "Sie armes Würstchen", "du kleiner Wichtigtuer": adjectives between, one of them judging, then a name.
    let adjs = 0;
    let judged = false;
    while (adjs < 2 && VOCATIVE_ADJ.test(w) && toks[last + 1] && !sentenceBreak((toks[last + 1] as Tok).gap) && !comma((toks[last + 1] as Tok).gap)) {
      judged ||= !/^(?:arm|arme|armer|armes|klein|kleine|kleiner|kleines)$/.test(w);
      adjs++;
      w = (toks[++last] as Tok).w;
    }
    const plural = objectName && w.length > 4 && /[sn]$/.test(w) && (isNoun(w.slice(0, -1)) || isNoun(w.replace(/(?:en|es)$/, '')));
    // After a verb ("Haben Sie Passionsfrucht?", "Verkaufen Sie Sparschweine?") the noun is the verb's object: only a head that
    // insults whatever precedes it ("Warum haben Sie Trottel das nicht gelesen?") still names the rep.
    const before = toks[k - 2];
    const inverted = !!before && !sentenceBreak(a.gap) && !comma(a.gap) && !/^(?:ey|eh|hey|na|ja|nein|danke|also|so|und|aber|oder|ach|oh|mensch|hallo|mal|zu|von|mit|fuer|an|bei)$/.test(before.w);
    if (inverted && adjs === 0 && !(ANY.has(w) || endsIn(w, ANY_END, 3) || isNoun(w))) return;
    const t = toks[last] as Tok;
    const n = toks[last + 1];
    // …or the sentence goes on with the rep's verb: "Sie Spatzengehirn verstehen es nicht", "du Vollpfosten hast …" (a verb is lowercase).
    const verbOfRep = !!n && !capital(n.start) && (a.w === 'sie' ? /(?:en|ern|eln|sind)$/.test(n.w) : a.w === 'du' ? /(?:st|bist)$/.test(n.w) : /t$/.test(n.w));
    // A listed insult between the rep's subject pronoun and their verb names them too ("Du Lappen kriegst nix hin"), not after a verb.
    const named = !inverted && a.subject && adjs === 0 && isNoun(w) && verbOfRep;
    const name = named || isAddressedCompound(w) || (objectName && (isNoun(w) || plural)) || (adjs > 0 && (isNoun(w) || (VOCATIVE_NOUN.test(w) && (judged || /^(?:wuerstchen|wurm|tropf|wicht|hascherl|buerschchen|zwerg)$/.test(w)))));
    if (!name) return;
    if (n && !sentenceBreak(n.gap) && !comma(n.gap) && !/^(?:du|ihr|sie|ey|eh|oder|echt)$/.test(n.w) && !verbOfRep) return;
    hits.push({ kind: 'insult-at-rep', start: a.start, end: t.end });
  });
  return hits;
}

/** The shop or office as a place a customer goes to, an errand there, a visit with its day: knowing where the rep works, said kindly. */
export const VISIT = String.raw`\b(?:filiale\w*|laden|geschaeft\w*|buero|niederlassung|zentrale|standort|gewerbegebiet|showroom|ausstellung\w*|verkaufsstelle|shop|store|kundencenter|servicecenter|servicepoint|schalter|theke|empfang|um\s+die\s+ecke|in\s+der\s+naehe|gegenueber|nachbarschaft|abholen|abgeben|zurueckbringen|zurueckgeben|vorbeibringen|bringe|bring|unterlagen|termin|oeffnungszeiten|parkplatz\s+(?:vor|bei)|(?:morgen|heute|uebermorgen|am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)|naechste\s+woche|um\s+\d+(?:\s+uhr)?)\s+(?:\w+\s+)?vorbei)\b`;

/** Recovery or comfort wished ("Ich hoffe, Sie haben sich von Ihrer Krankheit gut erholt", "…, dass Sie nach dem Unfall wieder gesund sind"). */
const CARE = /\b(?:erholt|erholen|erholung|gesund|genesen|genesung|gute\s+besserung|besser\s+geht|ueberstanden|ueberstehen|verheilt|verschont|auf\s+den\s+beinen|alles\s+gut|gut\s+gegangen|gut\s+geschlafen|wieder\s+(?:zu\s+hause|daheim|fit|auf\s+dem\s+damm))\b/;
/** Younger people, or people who know or can do the job: whom an older rep is told to make room for. */
const ABLER = String.raw`(?:juengere\w*|(?:leute|menschen|jemand\w*|kollegen)\s*,?\s+(?:die|der)\s+(?:\w+\s+){0,4}?(?:wissen|weiss|ahnung|auskennen|auskennt|koennen|kann|verstehen|versteht|kapieren|kapiert)\b)`;
/** The sentence holding [start, end) in the folded text. */
function sentenceOfHit(norm: string, start: number, end: number): string {
  const from = Math.max(norm.lastIndexOf('.', start - 1), norm.lastIndexOf('!', start - 1), norm.lastIndexOf('?', start - 1), norm.lastIndexOf('\n', start - 1)) + 1;
  const stop = norm.slice(end).search(/[.!?\n]/);
  return norm.slice(from, stop < 0 ? norm.length : end + stop);
}

/**
 * Verb phrases that judge the person, threats to the job or person and sexist put-downs, read on the text
 * with the rep's pronouns marked in capitals ("SIE", "DU", "IHREN"): lowercase "sie" (they) never matches.
 */
export /** A phrase runs only when the folded text holds one of its `needs` (a substring test is far cheaper than the pattern). */
/** A `rep` phrase needs the rep's pronoun marked in its sentence: it runs only on the sentences that have one. */
/** `unless`: tested on the whole folded message; a hit is dropped when it matches (care, not menace: the weather, a thanks). */
/** `care`: tested on the hit's sentence: a wish of recovery or comfort there ("…von Ihrer Krankheit gut erholt") is kindness. */
const PHRASES: { kind: StructureHit['kind']; re: RegExp; negInside?: boolean; needs?: readonly string[]; rep?: boolean; unless?: RegExp; care?: RegExp }[] = [
  // No idea of anything / of their own job, said flatly: "Sie haben keine Ahnung (von nix | von Ihrem Job)."
  {
    kind: 'insult-at-rep',
    re: /\b(?:(?:SIE|DU|IHR)\s+(?:haben|hast|habt|hatten|hattest|hattet|hesch)|(?:haben|hast|habt|hesch)\s+(?:SIE|DU|IHR))\s+(?:(?:ja|doch|echt|wirklich|wohl|eh|offensichtlich|offenbar|absolut|halt|einfach|ueberhaupt|leider|gar|also|mal)\s+)*(?:keine|null|keinen|kei|ka|nicht\s+die\s+geringste|nicht\s+den\s+geringsten|kein\s+bisschen|nicht\s+die\s+leiseste|nicht\s+den\s+hauch\s+einer)\s+(?:blasse[n]?\s+)?(?:ahnung|ahnig|plan|schimmer|peilung|durchblick|dunst)(?=\s*(?:[.!]|,?\s*(?:oder|echt|ehrlich|was|ne|gell)?\s*[.!?]|$|\s+von\s+(?:(?:gar\s+|ueberhaupt\s+)?(?:nix|nichts|irgendwas|irgendetwas|allem|tuten)|(?:IHREM|DEINEM|EUREM|IHRER|DEINER|EURER|IHREN|DEINEN|EUREN)\s+(?:eigenen\s+)?(?:job|beruf|arbeit|fach|produkten|produkt|laden|firma)|der\s+materie|technik|kundenservice)\b|\s*,\s*was\s+(?:SIE|DU|IHR)\s+(?:da\s+|hier\s+)?(?:tun|tust|tut|machen|machst|macht|reden|redest|schreiben|schreibst)\b))/g,
  },
  { kind: 'insult-at-rep', re: /\b(?:SIE|DU|IHR|IHNEN|DIR|EUCH)\b[^.!?\n]{0,30}\bvon\s+tuten\s+und\s+blasen\b|\bvon\s+tuten\s+und\s+blasen\s+(?:keine|null|kei|ka)\s+ahnung\b[^.!?\n]{0,20}\b(?:SIE|DU|IHR)\b/g },
  // Good for nothing: "Sie taugen nichts", "du taugst zu nix".
  {
    kind: 'insult-at-rep',
    re: /\b(?:SIE\s+taugen|DU\s+taugst|IHR\s+taugt|taugen\s+SIE|taugst(?:\s+DU)?|taugt\s+IHR)\s+(?:(?:ja|doch|echt|wirklich|wohl|eh|offensichtlich|einfach|absolut|halt|ueberhaupt|also|leider)\s+)*(?:zu\s+)?(?:gar\s+|ueberhaupt\s+|absolut\s+)?(?:nichts|nix|nischt)\b/g,
  },
  // An empty head: "Sie haben nichts in der Birne", "du hast nur Stroh im Kopf", "bei Ihnen ist Hopfen und Malz verloren".
  {
    kind: 'insult-at-rep',
    re: /\b(?:SIE|DU|IHR|IHNEN|DIR|EUCH)\b[^.!?\n]{0,30}?\b(?:nichts|nix|nur\s+stroh|nur\s+luft|nur\s+saegemehl|stroh|saegemehl|luft)\s+(?:im|in\s+der|in\s+(?:IHREM|DEINEM|IHRER|DEINER|EUREM)|unterm|unter\s+dem|zwischen\s+den)\s+(?:kopf|birne|hirn|schaedel|ruebe|oberstuebchen|pony|ohren|rübe)\b|\b(?:bei\s+(?:IHNEN|DIR|EUCH))\b[^.!?\n]{0,20}\bhopfen\s+und\s+malz\s+verloren\b|\bhopfen\s+und\s+malz\s+verloren\b[^.!?\n]{0,20}\bbei\s+(?:IHNEN|DIR|EUCH)\b/g,
  },
  // Not worth the pay: "Sie sind das Geld nicht wert (, das man Ihnen zahlt)", "du bist keinen Cent wert".
  {
    kind: 'insult-at-rep',
    re: /\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid|sind\s+SIE|bist\s+DU|seid\s+IHR|bist)\s+(?:(?:ja|doch|echt|wirklich|wohl|eh|einfach|absolut|halt|ueberhaupt)\s+)*(?:das\s+geld|(?:IHR|DEIN|EUER|den|das)\s+(?:gehalt|geld|lohn)|(?:keinen|kein)\s+(?:cent|pfennig|euro|heller|pfifferling|rappen|groschen|deut|cent)|(?:gar\s+|absolut\s+|ueberhaupt\s+)?(?:nichts|nix))\s+(?:(?:nicht|echt|wirklich|auch)\s+)*wert\b/g,
  },
  // The job at stake: "Ihren Job verlieren", "das kostet Sie Ihren Job", "dann sind Sie weg".
  { kind: 'threat-at-rep', re: /\b(?:IHREN|DEINEN|EUREN)\s+(?:job|arbeitsplatz|posten|stelle|kopf)\b[^.!?\n]{0,25}?\b(?:los|verlieren|verlierst|verliert|kosten|kostet|loswerden|riskieren|los\s+sein)\b/g },
  { kind: 'threat-at-rep', re: /\b(?:kostet|kosten|wird)\s+(?:(?:das|es)\s+)?(?:SIE|DICH|EUCH)\s+(?:IHREN|DEINEN|EUREN|den)\s+(?:job|kopf|arbeitsplatz|posten)\b/g },
  {
    kind: 'threat-at-rep',
    re: /\b(?:SIE|DU|DICH|IHR|EUCH)\b(?:\s+(?!(?:mich|uns|ihn|meinen|meine|mein|meinem|meiner|den|die|das)\b)[a-z]+){0,4}?\s+(?:gefeuert|rausgeschmissen|rausgeworfen|rausfliegen|rausfliegst|rausfliegt|abgemahnt|vor\s+die\s+tuer\s+gesetzt|feuern|rausschmeissen|rauswerfen|abmahnen)\b|\b(?:SIE|DU|DICH|EUCH)\s+(?:\w+\s+){0,2}entlassen\s+(?:werden|wirst|wird|sollte|sollen|muesste|gehoert)\b|\b(?:feuern|entlassen|rausschmeissen|rauswerfen|abmahnen)\s+(?:SIE|DICH|EUCH)\b|\b(?:man\s+sollte|man\s+muesste|sollte\s+man|muesste\s+man)\s+(?:\w+\s+){0,2}(?:SIE|DICH|EUCH)\s+(?:\w+\s+){0,2}(?:entlassen|feuern|rauswerfen|rausschmeissen)\b|\b(?:fliegst|fliegen|fliegt)\s+(?:DU|SIE|IHR)\s+(?:\w+\s+){0,2}raus\b|\b(?:DU|SIE|IHR)\s+(?:fliegst|fliegen|fliegt)\s+(?:\w+\s+){0,2}raus\b|\bfliegst\s+(?:\w+\s+){0,2}raus\b/g,
  },
  { kind: 'threat-at-rep', re: /\bfreu(?:e|t|en)?\s+(?:SIE\s+)?(?:DICH|sich|EUCH)\s+(?:schon\s+)?(?:mal\s+)?(?:auf|ueber)\s+(?:DEINE|IHRE|EURE)\s+(?:abmahnung|entlassung|kuendigung)\b/g },
  { kind: 'threat-at-rep', re: /\bdann\s+(?:sind\s+SIE|bist\s+DU|seid\s+IHR)\s+(?:aber\s+|echt\s+|ganz\s+schnell\s+)?(?:weg|raus|erledigt|geschichte|dran|faellig|arbeitslos|ihren\s+job\s+los|deinen\s+job\s+los)\b(?![^.!?\n]*\?)|\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid)\s+(?:so\s+gut\s+wie\s+|bald\s+|morgen\s+|ab\s+morgen\s+)(?:weg|raus|erledigt|geschichte|arbeitslos|gefeuert)\b/g },
  // Reporting the rep as a person: "ich zeig dich an", "ich zeige Sie persönlich an", "ich mache Sie persönlich haftbar".
  { kind: 'threat-at-rep', re: /\bich\s+(?:werde\s+|werd\s+)?(?:zeige|zeig|melde|meld|verklage|verklag|anzeigen|melden|verklagen)\s+(?:DICH|SIE\s+persoenlich|SIE\s+namentlich|EUCH\s+persoenlich)\b|\bich\s+(?:werde\s+|werd\s+)?(?:DICH|SIE\s+persoenlich|SIE\s+namentlich)\s+(?:anzeigen|melden|verklagen)\b|\b(?:mache|mach|halte|ziehe|zieh)\s+(?:SIE|DICH)\s+persoenlich\s+(?:haftbar|verantwortlich|zur\s+rechenschaft|zur\s+verantwortung)\b/g },
  // Finding the rep: "ich finde heraus, wo du wohnst / wer Sie sind".
  {
    kind: 'threat-at-rep',
    re: /\bich\s+(?:(?:finde|find|krieg|kriege|bekomme|bekomm)\s+(?:schon\s+|noch\s+|bald\s+|locker\s+)?(?:heraus|raus)|(?:werde|werd|will|kann)\s+(?:schon\s+|noch\s+|bald\s+|locker\s+)?(?:herausfinden|rausfinden|rauskriegen|herausbekommen))\s*,?\s*(?:(?:in|an|bei)\s+welche[mnrs]?\s+\w+|wer|wo|wie)\b[^.!?\n]{0,40}?\b(?:DU|SIE|DICH)\s+(?:\w+\s+)?(?:wohnst|wohnen|wohnt|sitzt|sitzen|arbeitest|arbeiten|bist|sind|heisst|heissen)\b/g,
  },
  // A future cut short: "dann sind Sie die längste Zeit dort gewesen", "du bist nicht mehr lange da".
  { kind: 'threat-at-rep', re: /\b(?:SIE\s+sind|DU\s+bist|sind\s+SIE|bist\s+DU|IHR\s+seid)\s+(?:(?:dann|aber|echt|dort|da|hier)\s+)*(?:die\s+laengste\s+zeit|nicht\s+mehr\s+lange)\s+(?:dort|da|hier|bei\s+\w+|in\s+\w+)?\s*(?:gewesen|beschaeftigt|angestellt)?\b/g },
  // Misfortune wished on the rep: "Ich hoffe, du hast mal genau so einen Scheißtag", "ich wünsche Ihnen, dass Ihnen das Gleiche passiert".
  // (Broken down or the heating failing only as the rep's lot: "dass Sie liegen bleiben", "dass Ihre Heizung ausfällt"; not "…, bevor er
  // wieder liegen bleibt", "bevor die Heizung ganz ausfällt".)
  {
    kind: 'threat-at-rep',
    re: /\b(?:(?:ich\s+)?(?:hoffe|wuensche|wuensch)\b[^.!?\n]{0,15}?\b(?:DU|SIE|DIR|IHNEN|DICH|EUCH|IHR)\b|(?:DIR|IHNEN|EUCH)\s+wuensche\s+ich\b|(?:^|[.!?\n]\s*)(?:moege|moegen)\s+(?:(?:DIR|IHNEN|EUCH|DICH|SIE)\b|(?:DEIN|IHR|EUER)\w*\s+\w+)|hoffentlich\s+(?:\w+\s+)?(?:DU|SIE|DIR|IHNEN|DICH|EUCH|IHR)\b)(?:(?!\b(?:ich|mir|mich|meine?[mnrs]?|wir|uns|unsere?[mnrs]?)\b)[^.!?\n]){0,100}?\b(?:scheiss\w*tag|(?:beschissen|mies|schrecklich|furchtbar|bescheuert|grauenhaft|scheiss)\w*\s+tag|notaufnahme|krankenhaus|intensivstation|(?:niemand|keiner)\s+(?:IHNEN|DIR|EUCH)\s+hilft|im\s+stich\s+gelassen|am\s+eigenen\s+leib|ohne\s+(?:heizung|strom|warmwasser|wasser|medikament\w*|insulin|hilfe)\s+(?:\w+\s+){0,2}(?:ausharren|sitzen|frieren|dastehen|auskommen|leben)|frieren|friert|mist\w*tag|scheisstag|pech|unfall|krebs|pest|krankheit|stirbst|sterben|verreck\w*|krepier\w*|ersticken|erstickst|(?:das\s+gleiche|dasselbe|genau\s+das|so\s+was|sowas)\s+(?:passiert|passieren|erlebst|erleben|widerfaehrt|widerfahren|durchmachst|durchmachen)|das\s+(?:auch|selbst|selber)\s+(?:(?:mal|einmal|irgendwann)\s+)?(?:passiert|widerfaehrt|zustoesst)|(?:mal|auch\s+mal|selbst\s+mal|irgendwann|eines\s+tages)\s+(?:genau\s+)?(?:so\s+was|sowas|das\s+gleiche|dasselbe)\b(?!\s+(?:schoenes|gutes|tolles|nettes|positives|feines|erfreuliches))|(?:passiert|widerfaehrt|zustoesst)\s+(?:(?:mal|auch|selbst|selber|irgendwann|genau|eines\s+tages|einmal)\s+){0,3}(?:das\s+gleiche|dasselbe|genau\s+das|so\s+was|sowas|das(?=\s+(?:auch|selbst|selber|mal|einmal|irgendwann)\b))\b|festsitz\w*|feststeck\w*|gestrandet|liegen\s*(?:bleiben|bleibst)|liegenbleiben|liegenbleibst|(?:bleiben|bleibst)\s+(?:\w+\s+){0,8}liegen|(?:nachts\s+)?im\s+regen\s+(?:\w+\s+){0,4}(?:stehst|stehen|sitzt|sitzen|wartest|warten)|(?:IHR|DEIN|EUER)\w*\s+(?:heizung|auto|wagen|karre|strom|internet|flug|zug|waschmaschine)\s+(?:\w+\s+){0,4}(?:ausfaellt|kaputtgeht|kaputt\s+geht|den\s+geist\s+aufgibt)|(?:sitzt|sitzen|steckst|stecken)\s+(?:\w+\s+){0,5}fest|(?:beerdigt|begraben|beigesetzt)\s+(?:wird|werden)|(?:beerdigung|begraebnis|trauerfeier|hochzeit|geburt|taufe)\s+(?:\w+\s+){0,3}verpass\w*|auf\s+die\s+(?:schnauze|fresse)|auf\s+die\s+nase\s+(?:faellst|fallen|fliegst|fliegen)|(?:was|etwas|alle\s+knochen|das\s+genick|den\s+hals)\s+(?:brechen|brichst)|faellt\s+(?:\w+\s+){0,3}auf\s+den\s+kopf|auf\s+den\s+kopf\s+(?:faellt|fallen)|alles\s+verlier\w*|die\s+hoelle\s+auf\s+erden|(?:mal\s+)?(?:was|etwas)\s+(?:passiert|zustoesst)|(?:passiert|zustoesst)\s+(?:mal\s+|auch\s+mal\s+|endlich\s+)?(?:was|etwas)|die\s+pest|(?:genauso|genau\s+so|auch\s+mal|selbst\s+mal|selber\s+mal|mal|irgendwann|eines\s+tages)\s+(?:\w+\s+){0,2}(?:krank|todkrank|hilflos|leiden|leidest|allein\s+gelassen|im\s+stich\s+gelassen))\b/g,
    negInside: true,
    care: CARE,
  },
  // …and nobody helping them, wished in the same breath: "Ich hoffe, Sie liegen mal im Bett und keiner hilft Ihnen" (the negation is the harm).
  {
    kind: 'threat-at-rep', needs: ['hoffe', 'wuensch'],
    re: /\b(?:ich\s+)?(?:hoffe|wuensche|wuensch)\b[^.!?\n]{0,15}?\b(?:DU|SIE|DIR|IHNEN|DICH|EUCH|IHR)\b[^.!?\n]{0,60}?\b(?:keiner|niemand|kein\s+mensch|keine\s+sau)\s+(?:hilft|helfen\s+wird|kuemmert\s+sich\s+um|ruft)\s+(?:IHNEN|DIR|EUCH|SIE|DICH)\b/g,
  },
  // The mind put down as a verb: "Sie spinnen doch!", "Spinnst du?", "du tickst nicht ganz richtig", "stellen Sie sich nicht dümmer an".
  {
    kind: 'insult-at-rep',
    re: new RegExp(
      String.raw`\b(?:SIE\s+spinnen|DU\s+spinnst|IHR\s+spinnt|spinnen\s+SIE|spinnst\s+DU|spinnt\s+IHR)(?:\s+(?:doch|ja|wohl|total|komplett|voellig|jetzt|etwa|eigentlich|echt|wirklich|gewaltig|oder\s+was))*(?=\s*(?:[.!?,;]|$))|\b(?:SIE\s+ticken|DU\s+tickst|IHR\s+tickt|ticken\s+SIE|tickst\s+DU|tickt\s+IHR)\s+(?:(?:doch|ja|wohl|echt|wirklich|eigentlich)\s+)*(?:nicht\s+(?:ganz\s+|mehr\s+)?(?:richtig|sauber|ganz\s+sauber)|falsch)\b|\b(?:stellen\s+SIE\s+sich|stellst\s+DU\s+dich|stellt\s+IHR\s+euch|SIE\s+stellen\s+sich|DU\s+stellst\s+dich)\s+(?:\w+\s+){0,3}?${JUDGE_WORD}\s+an\b`,
      'g',
    ),
  },
  // Told to read, to learn, to find another (menial) job: "Lern erstmal lesen", "Sie sollten lieber Regale einräumen".
  {
    kind: 'insult-at-rep',
    re: /\b(?:lern|lernen\s+SIE|lernt|lerne)\s+(?:(?:erst|erstmal|erst\s+mal|erst\s+einmal|mal|doch|bitte|endlich|richtig)\s+)*(?:lesen|schreiben|deutsch|rechnen|zuhoeren)\b|\b(?:SIE\s+sollten|DU\s+solltest|IHR\s+solltet|sollten\s+SIE|solltest\s+DU)\s+(?:(?:lieber|besser|vielleicht|mal|eher|doch|wirklich|echt)\s+)+(?:\w+\s+){0,2}(?:regale\s+einraeumen|burger\s+braten|kassieren|putzen|kloputzen|strassen\s+fegen|muell\s+sammeln|(?:einen|nen)\s+anderen\s+(?:job|beruf))\b|\b(?:geh|gehen\s+SIE|geht)\s+(?:(?:doch|lieber|besser|mal)\s+)*(?:regale\s+einraeumen|burger\s+braten|kassieren|putzen|strassen\s+fegen)\b|\b(?:such|suchen\s+SIE|sucht)\s+(?:(?:DIR|sich|EUCH)\s+)?(?:(?:doch|lieber|besser|mal|endlich)\s+)*(?:einen|nen)\s+anderen\s+(?:job|beruf)\b|\b(?:SIE\s+sollten|DU\s+solltest|sollten\s+SIE|solltest\s+DU)\s+(?:(?:sich|DIR|lieber|besser|vielleicht|mal|doch|echt|wirklich|ernsthaft)\s+)*(?:einen|nen)\s+anderen\s+(?:job|beruf)\s+suchen\b/g,
  },
  // How the rep got the job, whether they were trained: "wie Sie Ihren Job bekommen haben", "Haben Sie überhaupt eine Ausbildung?".
  { kind: 'insult-at-rep', re: /\bwie\s+(?:SIE|DU)\s+(?:(?:eigentlich|ueberhaupt|bloss|nur)\s+)*(?:IHREN|DEINEN|an\s+IHREN|an\s+DEINEN|den|diesen)\s+job\s+(?:bekommen|gekriegt|ergattert)\b|\bob\s+(?:SIE|DU)\s+(?:(?:ueberhaupt|eigentlich|jemals|je)\s+)+(?:eine\s+|einen\s+)?(?:ausbildung|schulabschluss|abschluss|hauptschulabschluss|abitur)\s+(?:haben|hast|gemacht)\b|\b(?:haben\s+SIE|hast\s+DU)\s+(?:eigentlich\s+)?(?:(?:ueberhaupt|denn|je|jemals)\s+)+(?:eine\s+|einen\s+|irgendeine\s+|irgendeinen\s+)?(?:ausbildung|schulung|schulabschluss|abschluss|hauptschulabschluss)\b(?!\s+(?:als|zum|zur|in|im|bei|fuer))/g },
  // Explained as to a child, so that even the rep understands: "damit auch Sie es verstehen", "muss ich es Ihnen aufmalen?".
  { kind: 'insult-at-rep', re: /\b(?:damit|dass|sodass|so\s+dass)\s+(?:(?:es|das)\s+)?(?:auch|selbst|sogar)\s+(?:SIE|DU|IHR)\s+(?:(?:es|das)\s+)?(?:verstehen|verstehst|versteht|kapieren|kapierst|kapiert|begreifen|begreifst|checken|checkst|raffen|raffst)\b|\b(?:muss|soll)\s+ich\s+(?:es\s+|das\s+)?(?:IHNEN|DIR|EUCH)\s+(?:(?:erst|noch|etwa|vielleicht)\s+)*(?:aufmalen|aufzeichnen|buchstabieren|vortanzen|in\s+leichter\s+sprache)\b|\bwie\s+mit\s+(?:einem|einer)\s+erwachsenen\s+(?:menschen|person)\s+reden\b/g },
  // Not the brightest candle, the IQ of a toast: "Sie sind wohl nicht die hellste Kerze", "den IQ eines Toastbrots".
  { kind: 'insult-at-rep', re: /\b(?:SIE|DU|IHR|IHNEN|DIR)\b[^.!?\n]{0,30}\bnicht\s+(?:gerade\s+)?(?:die|der|das)\s+(?:hellste|schlauste|klugste|kluegste|cleverste|schaerfste|hellsten|schlausten)\s+(?:kerze|leuchte|lampe|birne|licht|bleistift|werkzeug|messer|tasse|stern|glühbirne|gluehbirne)\b|\b(?:SIE|DU|IHR)\s+(?:haben|hast|habt)\s+(?:(?:echt|wirklich|ja|wohl|offenbar|offensichtlich)\s+)*(?:den|einen)\s+iq\s+(?:eines|einer|von|wie)\b|\b(?:IHR|DEIN|EUER)\s+iq\b|\bdenken\s+ist\s+(?:wohl\s+|echt\s+|offenbar\s+|eher\s+)?nicht\s+(?:so\s+)?(?:IHR|DEIN|EUER)\s+(?:ding|fall|ressort|staerke)\b/g },
  // Someone not stupid asked for, a worse one never met: "jemanden, der kein kompletter Vollpfosten ist", "selten jemanden so Unfähigen".
  {
    kind: 'insult-at-rep',
    re: new RegExp(String.raw`\b(?:jemand\w*|einen?\s+(?:mitarbeiter\w*|menschen|berater\w*|kollegen|kollegin))\s*,?\s+(?:der|die)\s+(?:(?:mal|wirklich|auch|halt|eben|ausnahmsweise)\s+)*(?:kein|keine|keinen|nicht)\s+(?:(?:so|ganz|voellig|total|komplett|kompletter|komplette|vollkommen|voll|totaler|totale|absoluter|absolute|derart|einen?)\s+)*(?:${JUDGE_WORD}|\w*(?:idiot|depp|trottel|versager|pfosten|honk|horst|dussel|stuemper|dilettant))\b|\b(?:selten|noch\s+nie|nie|kaum)\b[^.!?\n]{0,30}\b(?:jemand\w*|einen?\s+(?:menschen|mitarbeiter\w*|person|berater\w*|typen))\s+(?:so\s+|derart\s+|dermassen\s+)${JUDGE_WORD}\b`, 'g'),
  },
  // Generic "one": "Für so eine Antwort muss man wirklich dumm sein", "So blöd kann man doch gar nicht sein".
  { kind: 'insult-at-rep', re: new RegExp(String.raw`\b(?:muss|kann)\s+man\s+(?:(?:schon|ja|wirklich|echt|doch|erst\s+mal|erstmal|schon\s+ziemlich|ganz\s+schoen)\s+)*(?:so\s+)?${JUDGE_WORD}\s+sein\b(?![^.!?]*\b(?:ich|mir|mich)\b)|\bso\s+${JUDGE_WORD}\s+kann\s+man\s+(?:doch\s+)?(?:gar\s+)?nicht\s+sein\b(?![^.!?]*\b(?:ich|mir|mich)\b)`, 'g') },
  // Compared unfavourably with a pet, a child, a toaster: "Mein Hund versteht mehr von Technik als Sie".
  { kind: 'insult-at-rep', re: /\b(?:hund|katze|kater|hamster|affe|papagei|goldfisch|kind|sohn|tochter|enkel\w*|oma|opa|grossmutter|grossvater|toaster|kuehlschrank|baby|nachbarskind|\w+jaehrige[rn]?)\s+(?:\w+\s+){0,2}(?:versteht|weiss|kann|kapiert|checkt|macht|wuerde|haette|koennte)\s+(?:\w+\s+){0,4}(?:mehr|besser|schneller|eher)\s+(?:\w+\s+){0,4}als\s+(?:SIE|DU|IHR)\b/g },
  // The rep's identity exposed or known: "Ich poste Ihren Namen im Netz", "Ich kenne Ihre Adresse.", "Ich weiß, wie Sie aussehen."
  { kind: 'threat-at-rep', re: /\b(?:IHREN|DEINEN)\s+(?:vollen\s+|ganzen\s+)?namen\b[^.!?\n]{0,40}?\b(?:veroeffentlich\w*|poste|posten|teile|teilen|verbreite|verbreiten|publik|online\s+stell\w*|ins\s+netz|an\s+den\s+pranger)|\b(?:veroeffentliche|poste|verbreite|teile)\s+(?:\w+\s+){0,2}(?:IHREN|DEINEN)\s+(?:vollen\s+|ganzen\s+)?namen\b|\bich\s+(?:kenne|kenn|weiss|habe|hab)\s+(?:jetzt\s+|inzwischen\s+|mittlerweile\s+|schon\s+|auch\s+)*(?:IHRE|DEINE)\s+(?:private\s+|privat\w*\s+)?(?:adresse|wohnadresse|anschrift|privatadresse|handynummer)\s*(?:[.!]|$)|\bich\s+weiss\s*,?\s+(?:wie\s+(?:SIE|DU)\s+aussehen|wie\s+DU\s+aussiehst|wer\s+(?:SIE|DU)\s+(?:wirklich\s+)?(?:sind|bist)|wo\s+(?:SIE|DU)\s+(?:herkommen|herkommst|parken|parkst))\b(?=\s*(?:[.!]|$|und\s+wo|und\s+wie))/g },
  // Meeting the rep after work: "bis ich Sie nach der Arbeit treffe", "wir klären das persönlich, Sie und ich".
  { kind: 'threat-at-rep', re: /\b(?:treffe|treffen|erwische|erwischen|abpassen|abpasse|abfangen|abfange|sehe|sehen|warte|warten)\s+(?:\w+\s+){0,2}(?:SIE|DICH|EUCH|auf\s+SIE|auf\s+DICH)\s+(?:\w+\s+){0,2}(?:nach\s+der\s+arbeit|nach\s+feierabend|nach\s+(?:IHRER|DEINER)\s+schicht|draussen|vor\s+der\s+tuer|auf\s+dem\s+parkplatz|am\s+ausgang)\b|\b(?:SIE|DICH)\s+(?:\w+\s+){0,2}(?:nach\s+der\s+arbeit|nach\s+feierabend|draussen|auf\s+dem\s+parkplatz)\s+(?:\w+\s+){0,2}(?:treffe|erwische|abpasse|abfange|sehe(?![^.!?]{0,40}\b(?:hallo|gruess\w*|winke|zuwinken|danke|kaffee)\b))\b|\b(?:klaeren|regeln|besprechen|ausmachen|ausdiskutieren)\s+(?:\w+\s+){0,3}(?:persoenlich|unter\s+vier\s+augen|von\s+mann\s+zu\s+mann|draussen)\s*,?\s*(?:SIE\s+und\s+ich|DU\s+und\s+ich|ich\s+und\s+(?:SIE|DU))\b|\b(?:SIE\s+und\s+ich|DU\s+und\s+ich)\s*,?\s+(?:\w+\s+){0,3}(?:persoenlich|unter\s+vier\s+augen|draussen|von\s+mann\s+zu\s+mann)\b/g },
  // Advances: the rep's voice or looks praised as sexy, their private life asked about.
  { kind: 'harassment', re: /\b(?:IHRE|DEINE)\s+(?:stimme|augen|beine|figur|haare|lippen|lachen|laecheln|fotos?|bilder?|profilbild|po|hintern)\s+(?:ist|sind|klingt|klingen|wirkt|sieht|sehen)\s+(?:(?:echt|so|total|richtig|ja|wirklich|verdammt|mega|sehr|ganz\s+schoen)\s+)*(?:sexy|heiss|suess|huebsch|geil|scharf|attraktiv|verfuehrerisch|erotisch|schnuckelig)\b|\b(?:sind\s+SIE|bist\s+DU)\s+(?:(?:eigentlich|noch|denn|zufaellig|schon|etwa)\s+)*(?:single|vergeben|verheiratet|solo|allein\s+zu\s+hause)\b|\b(?:haben\s+SIE|hast\s+DU)\s+(?:(?:eigentlich|schon|denn|zufaellig|etwa)\s+)*(?:einen\s+freund|eine\s+freundin|einen\s+partner|(?:n|nen)\s+freund)\b|\b(?:wann\s+(?:haben\s+SIE|hast\s+DU)\s+(?:\w+\s+){0,2}feierabend|was\s+(?:machen\s+SIE|machst\s+DU)\s+(?:\w+\s+){0,2}(?:heute\s+abend|am\s+wochenende|nach\s+feierabend|nach\s+der\s+arbeit))\b(?=[^]{0,80}(?:😉|😘|😏|😍|🥰|💋|🔥|🥵|\bwein\b|\bdrink\b|\bkaffee\b|\bessen\b|\btreffen\b|\bdate\b|\bausgehen\b|\bprivat))|\bbei\s+(?:einem|nem)\s+(?:wein|glas\s+wein|bier|drink|kaffee|cocktail|abendessen)\s+(?:besprechen|bereden|klaeren)\b|\b(?:schick|schicken\s+SIE|sende|zeig)\s+(?:mir\s+)?(?:mal\s+)?(?:ein|n|nen)\s+(?:bild|foto|selfie)\b(?=[^.!?\n]{0,40}(?:😉|😘|😏|😍|🥰|💋|🔥|🥵))/gu },
  // Advances said outright: a date, dinner with the writer, the rep's body, what they wear, as pretty as their voice.
  {
    kind: 'harassment',
    re: /\b(?:date|rendezvous)\s+mit\s+(?:DIR|IHNEN)\b|\b(?:DU|SIE|DICH|DIR|IHNEN)\b[^.!?\n]{0,30}\bmit\s+mir\s+(?:essen|aus|was\s+trinken|einen\s+trinken|ins\s+kino|tanzen)\s+(?:zu\s+)?(?:gehen|geht)\b|\b(?:DU\s+hast|SIE\s+haben|hast\s+DU|haben\s+SIE)\s+(?:(?:bestimmt|sicher|echt|so|wohl|ja)\s+)*(?:einen|eine|ein)?\s*(?:(?:richtig|echt|so|total)\s+)?(?:tollen|geilen|heissen|suessen|huebschen|knackigen|sexy|schoenen|tolle|geile|heisse|suesse|huebsche|knackige|schoene)\s+(?:koerper|hintern|po|busen|beine|figur|arsch|titten|lippen|kurven)\b|\bwas\s+(?:traegst\s+DU|tragen\s+SIE)\b|\b(?:huebsch|suess|sexy|heiss|schoen)\s+wie\s+(?:DEINE|IHRE)\s+stimme\b/g,
  },
  // A flirting emoji with the private sphere: "Ich würde dich gern mal kennenlernen 😘", "privat weiterschreiben? 😉".
  {
    kind: 'harassment',
    re: /\b(?:privat|kennenlernen|kennen\s+lernen|date|aussiehst|aussehen|heute\s+abend|single|allein\s+zu\s+hause)\b[^.!?\n]{0,60}[.!?]?\s*(?:😘|😏|💋|🥵|😈)|\b(?:privat\s+(?:weiter\w*|treffen|schreiben|kennenlernen)|kennenlernen|kennen\s+lernen|date)\b[^.!?\n]{0,60}[.!?]?\s*(?:😉|😍|🥰)|\b(?:DU|DICH|DIR|SIE|IHNEN)\b[^.!?\n]{0,40}\b(?:aussiehst|aussehen|heute\s+abend|single|allein\s+zu\s+hause)\b[^.!?\n]{0,40}[.!?]?\s*(?:😉|😍|🥰)|\b(?:treffen|vorbei|zeig\s+ich\s+DIR|DEINE\s+nummer|IHRE\s+nummer)\b[^.!?\n]{0,60}[.!?]?\s*(?:😘|😏|💋|🥵|😈)|(?:😘|😏|💋|🥵|😈)\s*[^.!?\n]{0,40}\b(?:privat|kennenlernen|treffen|date|heute\s+abend)\b/gu,
  },
  // Looks: "Sie sind doch bestimmt blond".
  { kind: 'insult-at-rep', re: /\b(?:SIE\s+sind|DU\s+bist|sind\s+SIE|bist\s+DU)\s+(?:(?:doch|bestimmt|sicher|wohl|ja|echt|eigentlich)\s+)*blond\b/g },
  // Understanding nothing, having no brain: "Sie kapieren echt gar nichts", "Haben Sie überhaupt ein Hirn?", "Wie dumm kann ein Mensch sein?".
  {
    kind: 'insult-at-rep',
    re: new RegExp(
      String.raw`\b(?:(?:SIE|DU|IHR)\s+(?:kapieren|kapierst|kapiert|checken|checkst|checkt|raffen|raffst|rafft|begreifen|begreifst|begreift|verstehen|verstehst|versteht|blicken|blickst|blickt)|(?:kapieren|kapierst|checken|checkst|raffen|raffst|begreifen|begreifst|verstehen|verstehst|blicken|blickst)\s+(?:SIE|DU|IHR))\s+(?:(?:es|das|echt|wirklich|ja|einfach|eigentlich|ueberhaupt|wohl|denn|halt|eben|doch|immer\s+noch|auch)\s+)*(?:gar\s+|ueberhaupt\s+|absolut\s+|rein\s+)?(?:nichts|nix|null)\b(?!\s+(?:von\s+(?:meinem|meiner|meinen|dem)|davon|dafuer))|\b(?:haben\s+SIE|hast\s+DU|habt\s+IHR)\s+(?:(?:ueberhaupt|eigentlich|denn|auch|wirklich|echt)\s+)+(?:ein|kein|einen|keinen)\s+(?:hirn|gehirn|verstand|grips|funken\s+verstand)\b|\bwie\s+${JUDGE_WORD}\s+(?:kann|koennen)\s+(?:man|ein\s+mensch|jemand|eine\s+person|ein\s+einzelner\s+mensch|man\s+als\s+mensch)\s+(?:\w+\s+){0,2}sein\b(?![^.!?]*\b(?:ich|mir|mich)\b)`,
      'g',
    ),
  },
  // The rep's mind as what is lacking, in formal letters: "Ihnen fehlt jegliche Intelligenz", "mit wie wenig Verstand man hier durchkommt",
  // "Offenbar ist Lesen nicht Ihre Stärke", "Toaster, die mehr Verstand hatten als Sie", "wofür Sie eigentlich bezahlt werden".
  {
    kind: 'insult-at-rep',
    re: new RegExp(
      String.raw`\b(?:IHNEN|DIR|EUCH)\s+fehlt\s+(?:es\s+)?(?:(?:offensichtlich|offenbar|echt|wirklich|wohl|leider|einfach|eindeutig|komplett|voellig)\s+)*(?:an\s+)?(?:jegliche[rmn]?|jede[rmn]?|jedes|die|der|das|dem|jeglichem)?\s*(?:intelligenz|verstand|hirn|grips|auffassungsgabe|denkvermoegen|allgemeinbildung|bildung|menschenverstand)\b|\bwie\s+wenig\s+(?:verstand|hirn|intelligenz|kompetenz|ahnung|grips|sachverstand)\s+man\b|\b(?:mit|bei)\s+(?:IHRER|DEINER|EURER)\s+(?:begrenzten\s+|beschraenkten\s+)?(?:geistigen\s+(?:kapazitaet|leistung\w*|faehigkeit\w*)|begriffsstutzigkeit|beschraenktheit)\b|\bjemand\s+mit\s+(?:IHRER|DEINER)\s+(?:auffassungsgabe|intelligenz|bildung)\b|\bgeistig\s+(?:wohl\s+|offenbar\s+|echt\s+)?nicht\s+(?:ganz\s+|so\s+)?(?:auf\s+der\s+hoehe|fit|beweglich)\b|\b(?:lesen|denken|zuhoeren|verstehen|rechnen|logik|mitdenken|nachdenken)\b[^.!?\n]{0,20}\bnicht\s+(?:gerade\s+|so\s+)?(?:IHRE|DEINE|EURE)\s+(?:staerke|ding|kernkompetenz)\b|\bmehr\s+(?:verstand|hirn|grips|ahnung|intelligenz|kompetenz|hirnzellen|gehirnzellen)\s+(?:\w+\s+){0,3}als\s+(?:SIE|DU|IHR)\b|\b(?:wofuer|warum|wozu|weshalb)\s+(?:SIE|DU|IHR)\s+(?:(?:eigentlich|ueberhaupt|hier|denn)\s+)*(?:bezahlt|entlohnt)\s+(?:werden|wirst|werdet)\b|\b(?:SIE\s+haben|DU\s+hast|IHR\s+habt|hat)\s+(?:(?:IHREN|DEINEN|EUREN|seinen)\s+)(?:beruf|job|berufung)\s+verfehlt\b|\b(?:SIE\s+gehoeren|DU\s+gehoerst|IHR\s+gehoert)\s+(?:(?:echt|wirklich|einfach|definitiv)\s+)*nicht\s+(?:in|an|ans|ins)\s+(?:den|die|das)?\s*(?:kundendienst|kundenservice|support|callcenter|service|telefon|hotline|beruf|kundenkontakt)\b|\b${JUDGE_WORD}\s+wie\s+(?:IHRE|DEINE|EURE)\s+(?:person|art|charakter|ganze\s+person)\b`,
      'g',
    ),
  },
  // Talking to an animal: "Hätte ich gewusst, dass ich hier mit einem Schimpansen chatte, …".
  { kind: 'insult-at-rep', re: /\bmit\s+(?:einem|einer|nem|ner)\s+(?:\w+\s+)?(?:affen|schimpansen|gorilla|pavian|esel|ochsen|hornochsen|kuh|schaf|hamster|goldfisch|papagei|amoebe|kartoffel|toastbrot|brot|stueck\s+brot|idioten|trottel|deppen|vollidioten)\s+(?:(?:hier|gerade|da)\s+)*(?:chatte|rede|spreche|schreibe|telefoniere|diskutiere|kommuniziere|verhandle)\b|\b(?:chatte|rede|spreche|schreibe|telefoniere|diskutiere)\s+(?:ich\s+)?(?:(?:hier|gerade|wohl|echt|eigentlich)\s+)*mit\s+(?:einem|einer|nem|ner)\s+(?:\w+\s+)?(?:affen|schimpansen|gorilla|pavian|esel|ochsen|hornochsen|schaf|hamster|goldfisch|papagei|amoebe|kartoffel|toastbrot|idioten|trottel|deppen|vollidioten)\b/g },
  // English at the rep inside German: "F u c k you", "STFU", "you idiot".
  { kind: 'insult-at-rep', re: /\b(?:fck|fikk|fik|fuk|fuck|phick)\s+(?:DICH|EUCH)\b|\b(?:fuck|fck|fuk|f\*+k)\s+(?:you|u|ya|off)\b|\bstfu\b|\bgo\s+to\s+hell\b|\bshut\s+(?:the\s+fuck\s+)?up\b|\b(?:you|u)\s+(?:are\s+|r\s+|re\s+)?(?:an?\s+)?(?:idiot|moron|stupid|dumbass|loser|retard|bitch|asshole|jerk)\b|\bdumbass\b|\bmotherfucker\b|\bwatch\s+your\s+back\b|\bi\s+know\s+where\s+you\s+(?:live|work|sit)\b/g },
  // Warnings and consequences for the rep as a person: "Pass auf, was du sagst", "ich kenne Leute", "Ihre Tage hier sind gezählt".
  {
    kind: 'threat-at-rep',
    re: /\bpass(?:en\s+SIE|t)?\s+(?:(?:bloss|ja|gut|lieber|mal)\s+)*auf\s*,?\s+was\s+(?:DU|SIE|IHR)\s+(?:sagst|sagen|sagt|schreibst|schreiben|schreibt)\b|\bich\s+kenne\s+(?:da\s+)?leute(?=\s*(?:[.!]|$))|\bkonsequenzen\s+fuer\s+(?:SIE\s+persoenlich|DICH|EUCH\s+persoenlich)\b|\b(?:IHRE|DEINE|EURE)\s+tage\s+(?:\w+\s+){0,4}(?:sind|werden)\s+(?:bald\s+)?gezaehlt\b|\bdass(?<=\b(?:sorge|sorgen|werde|kuemmere|schaue|schau)\b[^.!?]{0,30}dass)\s+(?:SIE|DU|IHR)\s+(?:\w+\s+){0,2}(?:nie\s+wieder|nie\s+mehr|nirgends|nirgendwo\s+mehr|nirgendwo)\s+(?:\w+\s+){0,4}(?:arbeiten|arbeitest|arbeitet|einen\s+job|eine\s+stelle|angestellt|eingestellt)\b|\b(?:mache|mach|werde)\s+(?:IHNEN|DIR|EUCH)\s+das\s+leben\s+(?:zur\s+hoelle|schwer|zum\s+albtraum|zur\s+qual)\b|\b(?:SIE\s+werden|DU\s+wirst|IHR\s+werdet)\s+(?:sich|DICH|EUCH)\s+(?:noch\s+)?wuenschen\b|\b(?:SIE\s+werden|DU\s+wirst|IHR\s+werdet)\s+(?:\w+\s+)?(?:dafuer|das)\s+(?:noch\s+|teuer\s+|bitter\s+)*(?:bezahlen|buessen)\b(?!\s+(?:muessen|koennen|sollen))/g,
  },
  // Menace said in other ways: the rep's whereabouts known, "Sie werden schon sehen, was passiert", "Seien Sie froh, dass ich
  // nicht vor Ort bin", "Ein Anruf und Sie sind raus", waiting outside, "Überlegen Sie gut, was Sie schreiben", trouble arranged.
  {
    kind: 'threat-at-rep',
    re: /\bich\s+(?:weiss|kenne)\s*,?\s+(?:(?:jetzt|genau|inzwischen|auch|schon|uebrigens|mittlerweile)[\s,]+)*(?:wo|wann|in\s+welche[mr]?\s+\w+|welche[ns]?\s+\w+)\s+(?:DU|SIE)\s+(?:\w+\s+){0,2}(?:wohnst|wohnen|sitzt|sitzen|arbeitest|arbeiten|parkst|parken|schicht|feierabend|pause)\s*(?:hast|haben|machst|machen)?(?=\s*(?:[.!]|$))|\b(?:SIE\s+werden|DU\s+wirst|IHR\s+werdet)\s+(?:schon\s+|noch\s+)*sehen\s*,?\s+was\s+(?:dann\s+)?(?:passiert|kommt|los\s+ist)\b|\b(?:nachspiel|konsequenzen|folgen)\b[^.!?\n]{0,25}(?:\bfuer\s+(?:SIE\s+persoenlich|DICH|EUCH\s+persoenlich)\b|[–-]\s*fuer\s+SIE\s*(?:[.!]|$))|\b(?:seien\s+SIE|sei|seid)\s+(?:bloss\s+|mal\s+)?froh\s*,?\s+dass\s+ich\s+(?:\w+\s+){0,2}(?:nicht|kein)\b|\bein\s+anruf\s+(?:von\s+mir\s+)?(?:bei\s+(?:\w+\s+){1,2})?und\s+(?:SIE|DU)\s+(?:sind|bist)\s+(?:raus|weg|erledigt|geschichte|gefeuert|arbeitslos)\b|\b(?:warte|warten|lauere)\s+(?:\w+\s+){0,2}(?:vor\s+dem\s+(?:gebaeude|buero|eingang|haus|ausgang)|draussen|am\s+ausgang|auf\s+dem\s+parkplatz|nach\s+feierabend|nach\s+der\s+arbeit)\s+auf\s+(?:SIE|DICH|EUCH)\b|\bwir\s+sehen\s+uns\b[^?]{0,40}\bverlass(?:en\s+SIE\s+sich|\s+DICH)\s+(?:drauf|darauf)\b|\bueberleg(?:en\s+SIE|e|t)?\s+(?:(?:SIE|DIR|sich|DICH)\s+)?(?:(?:gut|genau|lieber|zweimal|sehr\s+gut|ganz\s+genau)[\s,]+)+(?:was|ob|wie)\s+(?:SIE|DU)\b|\b(?:dass|damit)\s+(?:SIE|DU|IHR)\s+(?:\w+\s+){0,3}(?:aerger|probleme|schwierigkeiten|eine\s+abmahnung|abmahnung)\s+(?:bekommen|kriegen|kriegst|bekommst)\b/g,
  },
  // Sexist put-downs: a woman addressed as a girl or a pet ("Hör zu, Mädchen", "Schätzchen, …", ", Kleines.").
  {
    kind: 'harassment',
    re: /(?:^|[.!?\n]\s*)(?:(?:hallo|hey|hi|na|so|also|ok|okay|tja|hoer\s+mal(?:\s+zu)?|hoer\s+zu|pass\s+(?:mal\s+)?auf|jetzt\s+hoer\s+(?:mal\s+)?zu|danke|nein|ja|ach|guten\s+tag|moin|servus|gruess\s+gott)\s*,?\s+)?(?:(?:mein(?:e)?|liebe|liebes)\s+)?(?:maedchen|maedel|maedl|schaetzchen|schaetzle|suesse|suesser|kleine|kleines|maeuschen|herzchen|fraeulein|junge\s+dame|puppe|puppi|schatzi|schnecke|liebchen|mausi|hasi|schatz|spatzl|liebes|zuckerpuppe|huebsche|schnucki|schnuckel|schoene|suesse\s+maus|zuckerschnecke)\s*[,!]|,\s*(?:(?:mein(?:e)?|liebe|liebes)\s+)?(?:maedchen|maedel|maedl|schaetzchen|suesse|kleine|kleines|maeuschen|herzchen|fraeulein|junge\s+dame|puppe|puppi|schatzi|schnecke|liebchen|mausi|hasi|schatz|liebes|huebsche|schoene|zuckerpuppe|suesse\s+maus)\s*(?:[.!?,]|$|\s*(?:😘|😏|😉|💋|😍|🥰))|\b(?:DU|SIE)\s+(?:maedchen|maedel|schaetzchen|suesse|kleine|maeuschen|herzchen|fraeulein|puppe)\b/g,
  },
  // …and women as unfit for the job: "Frauen und Technik", "Sie als Frau", "lass das die Männer machen".
  { kind: 'insult-at-rep', re: /\b(?:frauen|weiber|maedels|weib|tussis)\s+(?:und|&)\s+(?:technik|autos|zahlen|logik|computer|router|mathe|elektronik|it|internet|einparken|vertraege|recht)\b|\b(?:SIE|DU|IHNEN|DIR|DICH|sie|du)\s+als\s+(?:frau|maedchen|weib|tussi)\s+(?!\w+\s+(?:und|oder)\b)|\b(?:lass|lassen\s+SIE|lasst)\s+(?:das\s+)?(?:(?:mal|lieber|besser|doch|bitte)\s+)*(?:die\s+maenner|einen\s+mann|die\s+jungs|einen\s+richtigen\s+mann|den\s+mann)\s+(?:machen|regeln|erledigen|ran)\b|\b(?:mit|an)\s+(?:einem|einen)\s+(?:mann|maennlichen\s+(?:kollegen|mitarbeiter))\s+(?:sprechen|reden|verbinden|weiter)\b/g },
  // Talking to the rep as a waste of time or to a wall: "Mit Ihnen zu reden ist Zeitverschwendung", "Es ist reine Zeitverschwendung,
  // mit dir zu schreiben", "Mit Ihnen zu sprechen ist wie mit einer Wand", "Jede Minute mit Ihnen ist verschwendete Lebenszeit".
  {
    kind: 'insult-at-rep', rep: true, needs: ['zeitverschwend', 'verschwende', 'wand', 'mauer', 'toastbrot', 'kartoffel', 'stein', 'baum', 'tuer', 'brot'],
    re: /\b(?:mit|an)\s+(?:IHNEN|DIR|EUCH)\s+(?:(?:hier|noch|weiter|ueberhaupt|jetzt)\s+)*(?:zu\s+)?(?:reden|sprechen|schreiben|chatten|telefonieren|diskutieren|kommunizieren|mailen|verhandeln)\s*,?\s+(?:zu\s+)?(?:ist|war|bleibt)[\s,]+(?:(?:echt|wirklich|einfach|nur|doch|ja|halt|eh|wie\s+immer|absolut|voellig|komplett|total|die)\s+)*(?:reine|reiner|reines|totale|pure|reinste|absolute|komplette|eine)?\s*(?:zeitverschwendung|verschwendete\s+(?:zeit|lebenszeit|muehe)|verschwendung\s+(?:von|meiner)\s+(?:zeit|lebenszeit|nerven)|(?:als\s+(?:ob|wuerde|wenn)|wie)\s+(?:man\s+|ich\s+)?(?:(?:mit|gegen)\s+)?(?:einer|einem|ner|nem|eine|die)\s+(?:wand|mauer|stein|tuer|baum|toastbrot|brot|kartoffel|backstein|ziegelstein))\b|\b(?:zeitverschwendung|verschwendete\s+(?:zeit|lebenszeit))(?<!\bkein\w*\s+(?:\w+\s+)?(?:zeitverschwendung|verschwendete\s+(?:zeit|lebenszeit)))\s*,?\s+(?:mit|an)\s+(?:IHNEN|DIR|EUCH)\s+(?:zu\s+)?(?:reden|sprechen|schreiben|chatten|telefonieren|diskutieren)\b|\b(?:jede|jeder|jedes)\s+(?:minute|sekunde|wort|gespraech|satz|mail|telefonat)\s+mit\s+(?:IHNEN|DIR|EUCH)\s+(?:ist|war)\s+(?:\w+\s+)?(?:zeitverschwendung|verschwendet\w*|verlorene\s+(?:zeit|lebenszeit))\b/g,
    negInside: true,
  },
  // Whether the rep went to school at all: "Hast du eigentlich die Schule abgeschlossen?", "Haben Sie die Grundschule geschafft?",
  // "Waren Sie überhaupt mal in einer Schule?", "Haben Sie überhaupt irgendeine Ausbildung für diesen Job?".
  {
    kind: 'insult-at-rep', rep: true, needs: ['schul', 'ausbildung', 'einarbeitung', 'qualifikation', 'abschluss'],
    re: /\b(?:haben\s+SIE|hast\s+DU|habt\s+IHR)\s+(?:(?:eigentlich|ueberhaupt|denn|je|jemals|wirklich|echt|mal|alle|auch)\s+)*(?:die\s+|eine\s+|ne\s+|eure\s+|IHRE\s+|DEINE\s+)?(?:grundschule|hauptschule|volksschule|sonderschule|schule|baumschule|mittelschule|realschule)\s+(?:(?:je|jemals|ueberhaupt|eigentlich|wirklich|denn|mal)\s+)*(?:geschafft|abgeschlossen|beendet|bestanden|fertig\s+gemacht|besucht|durchgestanden)\b|\b(?:waren\s+SIE|warst\s+DU|wart\s+IHR|sind\s+SIE|bist\s+DU)\s+(?:(?:eigentlich|ueberhaupt|denn|je|jemals|wirklich|mal)\s+)+(?:(?:in|auf)\s+(?:einer|der|die|eine)|zur|in\s+die)\s+(?:schule|grundschule|hauptschule)\s*(?:gegangen|gewesen)?\s*\?|\b(?:haben\s+SIE|hast\s+DU|habt\s+IHR)\s+(?:(?:eigentlich|ueberhaupt|denn|je|jemals)\s+)+(?:eine\s+|einen\s+|irgendeine\s+|irgendeinen\s+)?(?:ausbildung|schulung|qualifikation|einarbeitung|schulabschluss|abschluss)\s+(?:fuer|in)\s+(?:diesen|diesem|den|dem|IHREN|IHREM|DEINEN|DEINEM|so\s+einen|so\s+einem)\s+(?:job|beruf|bereich|laden|posten)\b/g,
  },
  // Not worth one's time, nerves or breath: "Sie sind die Zeit nicht wert, die ich hier verschwende", "du bist die Aufregung nicht wert".
  {
    kind: 'insult-at-rep', rep: true, needs: ['wert'],
    re: /\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid|sind\s+SIE|bist\s+DU|seid\s+IHR)\s+(?:(?:ja|doch|echt|wirklich|wohl|eh|einfach|absolut|halt|ueberhaupt)\s+)*(?:die|meine|keine|nicht\s+die)\s+(?:zeit|muehe|energie|nerven|aufregung|spucke|worte|minute|sekunde|tinte)\s+(?:(?:nicht|echt|wirklich|auch)\s+)*wert\b/g,
  },
  // The job taken away: "Ich sorge dafür, dass Sie morgen keinen Job mehr haben", "Sie können schon mal Ihre Sachen packen",
  // "dann war das Ihr letzter Tag", "Sie sind Ihren Job los".
  {
    kind: 'threat-at-rep', rep: true, needs: ['job', 'arbeit', 'stelle', 'sachen', 'koffer', 'schreibtisch', 'spind', 'letzter', 'posten'],
    re: /\bdass(?<=\b(?:sorge|sorgen|werde|kuemmere|schaue|schau|garantiere|verspreche)\b[^.!?]{0,40}dass)\s+(?:SIE|DU|IHR)\s+(?:\w+\s+){0,3}(?:keinen\s+(?:job|arbeitsplatz|posten)|keine\s+(?:arbeit|stelle|anstellung|arbeitsstelle))\s+mehr\s+(?:haben|hast|habt)\b|\b(?:SIE\s+koennen|DU\s+kannst|IHR\s+koennt|koennen\s+SIE|kannst\s+DU)\s+(?:(?:schon\s+mal|schon|gleich|schonmal|ja|dann|morgen)\s+)*(?:IHRE|DEINE|EURE)\s+(?:sachen|sieben\s+sachen|koffer)\s+(?:packen|einpacken)\b|\b(?:SIE\s+koennen|DU\s+kannst|koennen\s+SIE|kannst\s+DU)\s+(?:(?:schon\s+mal|schon|gleich|schonmal|ja|dann|morgen)\s+)*(?:IHREN|DEINEN)\s+(?:schreibtisch|spind|arbeitsplatz)\s+(?:raeumen|ausraeumen|leer\s+raeumen)\b|\b(?:das\s+war|heute\s+ist|das\s+ist)\s+(?:(?:dann|wohl|sicher|garantiert)\s+)*(?:IHR|DEIN)\s+letzter\s+(?:tag|arbeitstag)\b|\b(?:SIE\s+sind|DU\s+bist|sind\s+SIE|bist\s+DU)\s+(?:(?:dann|morgen|bald|ganz\s+schnell)\s+)*(?:IHREN|DEINEN)\s+(?:job|arbeitsplatz|posten)\s+los\b/g,
  },
  // A warning tied to the rep's way home or their evening: "Passen Sie bloß auf, wenn Sie heute nach Hause gehen",
  // "Du solltest heute Abend besser nicht allein rausgehen", "Schauen Sie sich lieber um, wenn Sie das Büro verlassen",
  // "Pass gut auf dich auf, wenn du heute Feierabend machst" (care when the message speaks of ice or storm, or thanks).
  {
    kind: 'threat-at-rep', rep: true, unless: /\b(?:glatt\w*|eisig|schnee|schneit|regen|regnet|unwetter|sturm|gewitter|nebel|gute\s+fahrt|danke|dankeschoen|vielen\s+dank|gute\s+besserung|erholsam\w*|schoene[nr]?\s+(?:abend|feierabend|wochenende|tag)|erkaelt\w*|grippe)\b/, needs: ['hause', 'heim', 'feierabend', 'raus', 'buero', 'gebaeude', 'parkplatz', 'nachts', 'dunkeln', 'allein'],
    re: /\b(?:pass(?:en\s+SIE|t\s+IHR|\s+DU)?|schau(?:en\s+SIE|\s+DU)?\s+(?:sich|DICH)|guck\s+(?:DICH)|sieh\s+(?:DICH))\s+(?:(?:bloss|ja|gut|lieber|besser|mal|schoen|genau)\s+)*(?:auf\s+(?:DICH|sich|EUCH)\s+)?(?:auf|um)\s*,?\s+(?:wenn|wann|sobald|nachdem)\s+(?:SIE|DU|IHR)\s+(?:\w+\s+){0,4}?(?:nach\s+hause|heim\w*|feierabend|rausgehen|rauskommen|das\s+(?:buero|gebaeude|haus)|zum\s+auto|zum\s+parkplatz|auf\s+den\s+parkplatz|nachts|im\s+dunkeln|aus\s+dem\s+(?:buero|gebaeude|haus))\b|\b(?:SIE\s+sollten|DU\s+solltest|IHR\s+solltet)\s+(?:(?:heute|heute\s+abend|nachts|abends|lieber|besser|vielleicht|mal)\s+)*(?:nicht|niemals|nie)\s+(?:mehr\s+)?(?:allein|alleine|ohne\s+begleitung)\s+(?:nach\s+hause|heim|rausgehen|raus|unterwegs\s+sein)\b/g,
    negInside: false,
  },
  // English insults at the rep inside German: "Sie Bitch", "What a moron.", "Sie sind so stupid", "Ihr seid alle dumbasses".
  {
    kind: 'insult-at-rep', needs: ['idiot', 'moron', 'dumb', 'retard', 'loser', 'bitch', 'asshole', 'jerk', 'imbecile', 'cretin', 'clown', 'stupid', 'useless', 'brainless', 'clueless'],
    re: /\b(?:what|such)\s+an?\s+(?:(?:fucking|stupid|total|complete|useless|absolute)\s+)*(?:idiot|moron|dumbass|retard|loser|bitch|asshole|jerk|imbecile|cretin|clown)\b|\b(?:SIE|DU|IHR)\s+(?:(?:fucking|stupid|dumme|dummer|bloede|bloeder|kleine|kleiner|verdammte|verdammter)\s+)?(?:bitch|moron|dumbass|retard|asshole|motherfucker|jerk|imbecile|cretin|idiot)\b|\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid|sind\s+SIE|bist\s+DU|seid\s+IHR)\s+(?:(?:so|echt|wirklich|total|alle|voll|einfach|ja|doch|so\s+ein|so\s+eine|ein|eine|such\s+an?|a|an|so\s+fucking|fucking)\s+)*(?:stupid|dumb|retarded|useless|brainless|clueless|idiots?|morons?|dumbass(?:es)?|retards?|bitch(?:es)?|assholes?|jerks?|clowns?|imbeciles?|cretins?)\b/g,
  },
  // Idioms of a mind not all there, said of the rep: "Sie haben nicht mehr alle Tassen im Schrank", "bei dir fehlen ein paar Latten am Zaun".
  {
    kind: 'insult-at-rep', rep: true, needs: ['tassen', 'latten', 'nadeln', 'steine', 'murmeln', 'schrauben'],
    re: /\b(?:(?:SIE|DU|IHR)\s+(?:haben|hast|habt)|(?:haben|hast|habt)\s+(?:SIE|DU|IHR))\s+(?:(?:doch|wohl|ja|echt|wirklich|eindeutig|offenbar|offensichtlich)\s+)*(?:nicht\s+(?:mehr\s+)?alle|kein\w*)\s+(?:tassen\s+im\s+schrank|latten\s+am\s+zaun|nadeln\s+an\s+der\s+tanne|steine\s+auf\s+der\s+schleuder|murmeln\s+im\s+sack)\b|\bbei\s+(?:IHNEN|DIR|EUCH)\s+(?:\w+\s+){0,2}(?:fehlen|fehlt)\s+(?:\w+\s+){0,3}(?:tassen\s+im\s+schrank|latten\s+am\s+zaun|schrauben)\b/g,
  },
  // Who let the rep near customers: "Wer hat Ihnen eigentlich erlaubt, mit Kunden zu reden?".
  { kind: 'insult-at-rep', rep: true, needs: ['erlaubt'], re: /\bwer\s+hat\s+(?:IHNEN|DIR|EUCH)\s+(?:(?:eigentlich|denn|ueberhaupt)\s+)*erlaubt\s*,?\s+(?:mit\s+kunden|kunden|hier|am\s+telefon|an\s+die\s+hotline|im\s+kundenservice)\b/g },
  // A sarcastic name for the rep in a sentence with no thanks: "Sie Genie haben mir also die falsche Ware geschickt", "Na, du Einstein?".
  {
    kind: 'insult-at-rep', needs: ['genie', 'schlau', 'einstein', 'blitzmerker', 'intelligenzbestie', 'superhirn', 'leuchte', 'held der'],
    re: /(?:^|[.!?\n,]\s*|\bna\s*,?\s*)(?:SIE|DU|sie|du)\s+(?:genie|schlaumeier|schlauberger|einstein|blitzmerker|intelligenzbestie|superhirn|leuchte|held\s+der\s+arbeit)\b(?![^.!?\n]*\b(?:danke\w*|dank|super|toll|perfekt|klasse|genial|geholfen|retter\w*|rettung|funktioniert|klappt)\b)(?![^]*\b(?:danke|dankeschoen|vielen\s+dank)\b)/g,
  },
  // Advances: a photo of the rep themself, what they are wearing, how they look imagined, a kiss asked for.
  {
    kind: 'harassment', needs: ['bild', 'foto', 'selfie', 'pic', 'an?', 'an ?', 'aussehen', 'aussiehst', 'kuss', 'kuess', 'bussi', 'schmatzer', 'traeum', 'denke'],
    re: /\b(?:schick|schicken\s+SIE|sende|senden\s+SIE|zeig|zeigen\s+SIE|schickst\s+DU)\s+(?:mir\s+)?(?:(?:doch|mal|bitte|gern|gerne|einfach)\s+)*(?:ein|n|nen|ein\s+paar)\s+(?:bild|bilder|foto|fotos|selfie|selfies|pic|pics)\s+von\s+(?:sich|DIR|IHNEN)\b|\bwas\s+(?:hast\s+DU|haben\s+SIE)\s+(?:(?:denn|gerade|heute|eigentlich|grad|jetzt)\s+)*an\s*\?|\bwie\s+(?:SIE|DU)\s+(?:wohl\s+|eigentlich\s+)?(?:aussehen|aussiehst)\b[^\n]{0,60}\b(?:huebsch|suess|sexy|heiss|schoen|scharf|attraktiv|knackig)\b|\b(?:geben\s+SIE|gibst\s+DU|gib|SIE\s+geben|DU\s+gibst)\s+(?:mir\s+)?(?:(?:doch|mal|bitte|einfach)\s+)*(?:einen|nen|ein)\s+(?:kuss|kuesschen|bussi|schmatzer)\b|\b(?:SIE|DU)\s+mir\s+(?:(?:doch|mal|bitte|einfach)\s+)*(?:einen|nen|ein)\s+(?:kuss|kuesschen|bussi|schmatzer)\s+(?:geben|gibst|schicken|schickst)\b|\b(?:ich\s+)?(?:traeume|traeum|denke)\s+(?:(?:schon|jede\s+nacht|nachts|staendig|immer|oft)\s+)*(?:von|an)\s+(?:IHNEN|DIR)\b(?=[^.!?\n]{0,30}(?:😘|😏|💋|🥵|😍|🥰|❤|\bnachts\b|\bim\s+bett\b))/gu,
  },
  // The rep's German, origin or accent put down, a German asked for instead, slurs: "Sie sprechen ja nicht mal richtig Deutsch",
  // "Geben Sie mir einen deutschen Mitarbeiter", "mit Ausländern rede ich nicht", "Typisch Kanake", "Sie sind wohl schwul oder was?".
  {
    kind: 'insult-at-rep', needs: ['deutsch', 'akzent', 'herkomm', 'her?', ' her ', 'auslaender', 'kanak', 'tuerk', 'polen', 'russen', 'araber', 'afrikan', 'asiat', 'zigeun', 'typisch', 'schwul', 'schwuchtel', 'tunte', 'lesbe', 'einheimisch'],
    re: /\b(?:SIE|DU|IHR)\s+(?:sprechen|sprichst|sprecht|koennen|kannst|koennt)\s+(?:(?:ja|doch|wohl|echt|offenbar|offensichtlich|noch)\s+)*(?:nicht\s+(?:mal|einmal)\s+|nicht\s+)(?:(?:richtig|ordentlich|vernuenftig|anstaendig|gescheit|korrekt)(?:es)?\s+)?deutsch\b|\bmit\s+(?:IHREM|DEINEM)\s+akzent\b|\bwo\s+(?:kommen\s+SIE|kommst\s+DU)\s+(?:(?:ueberhaupt|eigentlich|denn)\s+)+her\b|\b(?:geben|holen|verbinden|schicken)\s+SIE\s+(?:mir|mich)\s+(?:\w+\s+){0,2}(?:einen|eine|jemand(?:en)?|mit\s+einem|mit\s+einer|mit\s+jemand(?:em)?)\s+(?:deutsche[nmr]?|einheimische[nmr]?)(?:\s+(?:mitarbeiter\w*|kolleg\w*|berater\w*|menschen))?\b|\bmit\s+(?:auslaendern|auslaenderinnen|kanaken|tuerken|polen|russen|arabern|afrikanern|asiaten|zigeunern)\s+(?:rede|spreche|schreibe|telefoniere)\s+ich\s+nicht\b|\btypisch\s+(?:kanake|kanaken|auslaender|tuerke|pole|russe|araber|zigeuner|schwuchtel|tunte)\b|\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid|sind\s+SIE|bist\s+DU|seid\s+IHR)\s+(?:(?:wohl|doch|bestimmt|ja|echt|sicher|garantiert)\s+)*(?:schwul|ne\s+schwuchtel|eine\s+schwuchtel|ne\s+tunte|eine\s+tunte|ne\s+kampflesbe|eine\s+kampflesbe)\b/g,
  },
  // Menace veiled: "Pass bloß auf, Freundchen.", "Sie wissen ja nicht, mit wem Sie sich anlegen", "Dafür werden Sie bezahlen",
  // "Sie werden noch von mir hören, und zwar nicht nur beruflich", "Ich kenne Leute, die sich um Sie kümmern", "Ich habe Freunde, die Sie gern mal besuchen würden", "Es wäre gesünder für Sie, …".
  {
    kind: 'threat-at-rep', needs: ['pass', 'anleg', 'zu tun', 'bezahlen', 'buessen', 'hoeren', 'leute', 'freunde', 'kumpels', 'jungs', 'bekannte', 'gesuender'],
    re: /\bpass(?:en\s+SIE|t\s+IHR|\s+DU)?\s+(?:(?:bloss|ja|lieber|besser|mal|gut)\s+)*(?:bloss|ja)\s+(?:\w+\s+)?auf\s*,?\s*(?:freundchen|buerschchen|meister|kollege|mein\s+lieber|meine\s+liebe|jungchen|junge|freund|kleiner|kleine|herr\s+\w+|frau\s+\w+)?\s*(?:[.!]|$)|\bpass(?:en\s+SIE|\s+DU)?\s+(?:(?:bloss|ja|lieber|besser|mal|gut)\s+)*auf\s*,\s*(?:freundchen|buerschchen|jungchen|mein\s+lieber|meine\s+liebe)\b|\b(?:SIE\s+wissen|DU\s+weisst|IHR\s+wisst)\s+(?:(?:ja|wohl|offenbar|anscheinend|gar|echt)\s+)*nicht\s*,?\s+mit\s+wem\s+(?:SIE|DU|IHR)\s+(?:es\s+)?(?:sich|DICH|EUCH)?\s*(?:zu\s+tun\s+(?:haben|hast|habt)|anlegen|anlegst|anlegt|reden|redest|sprechen|sprichst)\b|\b(?:dafuer|das)\s+(?:werden\s+SIE|wirst\s+DU|werdet\s+IHR)\s+(?:noch\s+|teuer\s+|bitter\s+|persoenlich\s+)*(?:bezahlen|buessen)\b|\b(?:SIE\s+werden|DU\s+wirst|IHR\s+werdet)\s+(?:noch\s+)?von\s+mir\s+hoeren\b[^.!?\n]{0,30}\b(?:persoenlich|privat|nicht\s+nur\s+beruflich|zu\s+hause)\b|\bich\s+(?:kenne|habe|hab)\s+(?:da\s+)?(?:leute|freunde|kumpels|jungs|bekannte)\s*,?\s+die\b(?=[^.!?\n]{0,60}\b(?:SIE|DICH|EUCH|IHNEN|DIR)\b)[^.!?\n]{0,60}\b(?:kuemmern|besuchen|vorbeischauen|vorbeikommen|regeln|erledigen|finden|abholen|beibringen|klarmachen|zeigen|abpassen|erwarten|kennenlernen)\b|\b(?:waere|ist)\s+(?:es\s+)?(?:(?:wirklich|echt|sehr|viel)\s+)?gesuender\s+fuer\s+(?:SIE|DICH|EUCH)\b/g,
  },
  // Put-downs of the person: "Sie sind ein trauriger kleiner Mensch", "wie man so dumm sein kann wie Sie", "bei Ihrer Intelligenz wundert
  // mich nichts mehr", "wenn Sie so einen Job machen", "Ihnen sollte man den Job wegnehmen".
  {
    kind: 'insult-at-rep', rep: true, needs: ['mensch', 'person', 'wicht', 'gestalt', 'figur', 'kreatur', 'wuerstchen', 'licht', 'typ', 'kerl', 'wesen', 'individuum', 'exemplar', ' wie ', 'bei ihrer', 'bei deiner', 'bei eurer', 'job', 'beruf', 'sollte man', 'man sollte', 'man muesste', 'man muss'],
    re: new RegExp(
      String.raw`\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid|sind\s+SIE|bist\s+DU)\s+(?:(?:ja|doch|echt|wirklich|so|nur|wohl|einfach)\s+)*(?:ein|eine|so\s+ein|so\s+eine|einfach\s+ein)\s+(?:(?:traurig|armselig|erbaermlich|jaemmerlich|klein|kleingeistig|mies|bemitleidenswert|laecherlich|widerlich|ekelhaft|lausig)\w*\s+){1,2}(?:mensch|person|wicht|gestalt|figur|kreatur|wuerstchen|licht|typ|kerl|wesen|individuum|exemplar)\b|\bso\s+${JUDGE_WORD}\b[^.!?\n]{0,25}\bwie\s+(?:SIE|DU|IHR)\b(?!\s+(?:sagen|sagten|schreiben|meinen|denken|vermuten))|\bbei\s+(?:IHRER|DEINER|EURER)\s+(?:intelligenz|auffassungsgabe|bildung|iq|denkleistung)\b[^.!?\n]{0,40}\b(?:wundert|wunder|ueberrascht|klar|erwarte|erwartet)\b|\b(?:wenn|dass)\s+(?:SIE|DU)\s+(?:\w+\s+)?so\s+(?:einen|nen|n)\s+(?:job|beruf|scheissjob|drecksjob|mistjob)\s+(?:machen|machst|haben|hast)\b|\b(?:(?:IHNEN|DIR|EUCH)\s+sollte\s+man|man\s+(?:sollte|muesste|muss)\s+(?:IHNEN|DIR|EUCH))\s+(?:\w+\s+){0,2}(?:job|lizenz|zulassung|telefon|arbeit|headset|computer)\s+(?:wegnehmen|entziehen|abnehmen)\b`,
      'g',
    ),
  },
  // Where the rep's office is, known, said flatly ("Ich weiß, wo Ihr Büro ist.", "Ich kenne die Adresse Ihres Callcenters"): menace,
  // unless the message is about going there as a customer ("…, ich komme vorbei und bringe die Unterlagen").
  {
    kind: 'threat-at-rep', needs: ['weiss', 'kenne'],
    re: new RegExp(
      String.raw`\b(?=ich\s+(?:weiss|kenne)\b[^.!?\n]{0,40}?\b(?:wo\s+(?:IHR|IHRE|DEIN|DEINE|EUER|EURE)\b|adresse\b))(?<!${VISIT}[^]{0,160})ich\s+(?:weiss|kenne)(?!\s+nicht)\s*,?\s+(?:(?:ja|genau|jetzt|inzwischen|auch|schon|sehr\s+gut|uebrigens)[\s,]+)*(?:wo\s+(?:IHR|IHRE|DEIN|DEINE|EUER|EURE)\s+(?:buero|callcenter|call-center|filiale|laden|firma|zentrale|standort|arbeitsplatz|geschaeft|niederlassung|hauptsitz|gebaeude|hotline|support|kundenservice|kundendienst|lager|servicecenter)\s+(?:\w+\s+)?(?:ist|liegt|sitzt|steht|sind|liegen|sitzen|zu\s+finden\s+ist)|(?:die|IHRE|DEINE|EURE)\s+adresse\s+(?:(?:IHRES|DEINES|EURES|von\s+(?:IHREM|DEINEM|EUREM))\s+(?:bueros|callcenters|buero|callcenter|ladens|laden|arbeitsplatzes|arbeitsplatz|standorts|standort)))\b(?![^]{0,160}${VISIT})`,
      'g',
    ),
  },
  // Crap talked by the rep: "du laberst nur Scheiße", "Sie erzählen einen Mist".
  {
    kind: 'insult-at-rep', rep: true, needs: ['laber', 'erzaehl', 'red', 'schreib'],
    re: /\b(?:DU\s+(?:laberst|erzaehlst|redest|schreibst)|IHR\s+(?:labert|erzaehlt|redet|schreibt)|SIE\s+(?:labern|erzaehlen|reden|schreiben)|(?:laberst|erzaehlst|redest|schreibst)\s+DU|(?:labert|erzaehlt|redet|schreibt)\s+IHR|(?:labern|erzaehlen|reden|schreiben)\s+SIE)\s+(?:(?:nur|echt|so|einen|ein|voll|doch|hier|da|immer|wieder|schon\s+wieder|so\s+einen|nichts\s+als)\s+)*(?:scheisse|scheiss|scheissdreck|kacke|bullshit|dreck)\b/g,
  },
  // A man talked down to, the counterpart of "Hör zu, Mädchen": "Hör mal zu, Kleiner.", "Pass auf, Freundchen", ", Bürschchen!". "Kleiner" needs
  // the opener (a sentence may start "Kleiner, aber feiner Unterschied"); "Freundchen", "Bürschchen", "Jungchen" are put-downs on their own.
  {
    kind: 'insult-at-rep', needs: ['kleiner', 'freundchen', 'buerschchen', 'jungchen'],
    re: /(?:^|[.!?\n]\s*)(?:hoer\s+(?:mal\s+)?(?:gut\s+)?zu|jetzt\s+hoer\s+(?:mal\s+)?zu|pass\s+(?:mal\s+)?(?:gut\s+)?auf|hey|na|so|also|tja|nee|nein|ok|okay)\s*,?\s+(?:mein\s+)?(?:kleiner|freundchen|buerschchen|jungchen)\s*(?:[.!,:]|$)|(?:^|[.!?\n]\s*)(?:mein\s+)?(?:freundchen|buerschchen|jungchen)\s*[,!]|,\s*(?:mein\s+)?(?:kleiner|freundchen|buerschchen|jungchen)\s*(?:[.!]|$)/g,
  },
  // Beyond the rep's mind: "Ist das zu hoch für dich?", "Das ist wohl zu hoch für Sie", "Ist Ihnen das zu kompliziert?", "übersteigt wohl
  // Ihren Horizont". Only "das"/"es" as what is too high (a shelf or a price "zu hoch für Sie" is a thing), and the clause ends there.
  {
    kind: 'insult-at-rep', rep: true, needs: ['zu hoch', 'zu kompliziert', 'zu schwierig', 'zu schwer', 'uebersteig', 'horizont'],
    re: /\b(?:ist|waere|war|scheint)\s+(?:(?:das|es)\s+(?:(?:etwa|wohl|echt|schon|vielleicht|denn|doch|ja|alles|einfach|halt|wieder)\s+)*zu\s+(?:hoch|kompliziert|schwierig|schwer)\s+fuer\s+(?:DICH|SIE|EUCH|(?:DEIN|IHR|EUER)\s+(?:hirn|gehirn|kopf|spatzenhirn|verstand))|(?:DIR|IHNEN|EUCH)\s+(?:(?:etwa|wohl|echt|schon|vielleicht|denn|doch|ja|einfach|halt)\s+)*(?:das|es)\s+(?:(?:etwa|wohl|echt|schon|vielleicht|denn|doch|ja|alles|einfach|halt)\s+)*zu\s+(?:hoch|kompliziert|schwierig))(?=\s*(?:[?.!,]|$|oder\b|was\b))|\bdas\s+(?:ist|war|waere)\s+(?:(?:wohl|echt|offenbar|offensichtlich|anscheinend|einfach|halt|wieder)\s+)*zu\s+(?:hoch|kompliziert|schwierig)\s+fuer\s+(?:DICH|SIE|EUCH)(?=\s*(?:[?.!,]|$|oder\b|was\b))|\b(?:uebersteigt|ueberstieg|geht)\s+(?:(?:das|es|wohl|echt|offenbar|anscheinend|einfach|halt)\s+)*(?:ueber\s+)?(?:IHREN|DEINEN|EUREN)\s+(?:horizont|verstand|intellekt|geistigen\s+horizont)\b/g,
  },
  // Respect refused as a put-down: "Respekt hast du dir nicht verdient", "Sie verdienen kein Sie", "ein Sie haben Sie sich verspielt".
  {
    kind: 'insult-at-rep', rep: true, needs: ['verdien', 'verspielt'],
    re: /\b(?:respekt|hoeflichkeit|anstand|ein\s+(?:sie|SIE)|das\s+(?:sie|SIE)|hoefliche\s+anrede)\s+(?:hast\s+DU\s+DIR|haben\s+SIE\s+sich|habt\s+IHR\s+EUCH)\s+(?:(?:naemlich|echt|wirklich|ja|halt|aber|eben|leider|laengst|schon\s+lange|einfach|damit)\s+)*(?:nicht|nicht\s+mehr|keinen|kein)\s+(?:verdient|verspielt)\b|\b(?:respekt|hoeflichkeit|ein\s+(?:sie|SIE)|das\s+(?:sie|SIE))\s+(?:hast\s+DU\s+DIR|haben\s+SIE\s+sich|habt\s+IHR\s+EUCH)\s+(?:(?:laengst|damit|hiermit|gerade|endgueltig|jetzt)\s+)*verspielt\b|\b(?:DU\s+hast\s+DIR|SIE\s+haben\s+sich|IHR\s+habt\s+EUCH)\s+(?:(?:echt|wirklich|ja|halt|eben|leider|einfach|damit)\s+)*(?:keinen\s+respekt|kein\s+sie|keine\s+hoeflichkeit)\s+(?:mehr\s+)?verdient\b|\b(?:DU\s+verdienst|SIE\s+verdienen|IHR\s+verdient|verdienst\s+DU|verdienen\s+SIE)\s+(?:(?:echt|wirklich|ja|einfach|absolut|eh|auch)\s+)*(?:keinen|null|kein|nicht\s+den\s+geringsten)\s+(?:respekt|sie|SIE)\b/g,
  },
  // The job said to need no schooling or brains, and the rep as the proof: "Für nen Callcenter-Job braucht man wohl keinen Schulabschluss,
  // was? Merkt man bei dir." A guess with "wohl/offenbar" about the rep's kind of job, or "merkt man" at the rep after it.
  {
    kind: 'insult-at-rep', needs: ['braucht man', 'merkt man', 'sieht man', 'hoert man'],
    re: /\bbraucht\s+man\s+(?:(?:wohl|offenbar|offensichtlich|anscheinend|scheinbar|ja|echt|wirklich|eh)\s+)+(?:keinen|kein|keine|null|nicht\s+(?:mal|einmal)\s+(?:einen|ein|eine))\s+(?:schulabschluss|hauptschulabschluss|abschluss|abitur|hirn|gehirn|verstand|grips|intelligenz|iq|ausbildung|bildung|deutschkenntnisse)\b(?<=\b(?:callcenter|call-center|hotline|kundendienst|kundenservice|support|telefon\w*|job|jobs|beruf|laden|verein|bei\s+(?:euch|EUCH|IHNEN)|hier)\b[^.!?\n]{0,60})|\b(?:merkt|sieht|hoert|liest)\s+man\s+(?:(?:bei\s+)?(?:DIR|IHNEN|EUCH)|(?:DIR|IHNEN|EUCH)\s+(?:\w+\s+)?an)\b(?<=\b(?:kein\w*|null|ohne)\s+(?:\w+\s+)?(?:schulabschluss|hauptschulabschluss|abschluss|abitur|hirn|gehirn|verstand|grips|intelligenz|iq|ausbildung|bildung)\b[^]{0,80})/g,
  },

  // Found worse than a colleague already insulted: "Ihre Kollegin war schon unfähig, aber Sie toppen das noch", "…, und du bist noch schlimmer".
  {
    kind: 'insult-at-rep', rep: true, needs: ['topp', 'uebertr', 'schlimmer', 'schlechter'],
    re: new RegExp(
      String.raw`\b(?:SIE|DU|IHR)\s+(?:(?:toppen|toppst|toppt|uebertreffen|uebertriffst|uebertrefft)\s+(?:das|es|alles|den|die|ihn)|(?:sind|bist|seid)\s+(?:(?:ja|aber|sogar|echt|wirklich)\s+)*(?:noch\s+)(?:viel\s+)?(?:schlimmer|schlechter))\b(?<=\b(?:${JUDGE_WORD}|idiot\w*|trottel|depp\w*|versager\w*|stuemper\w*|null|niete|katastrophe)\b[^.!?\n]{0,80})`,
      'g',
    ),
  },
  // The rep's boss wished to throw them out: "Ich hoffe, dein Chef schmeißt dich raus", "Hoffentlich setzt man Sie vor die Tür".
  // A person throws them out (the app that "throws you out" of the login is a thing, and "du" there is anyone).
  {
    kind: 'threat-at-rep', needs: ['raus', 'tuer', 'strasse'],
    re: /\b(?:chef\w*|boss|vorgesetzte\w*|man|arbeitgeber\w*|personalabteilung|geschaeftsfuehr\w*|firma)\s+(?:(?:liest|sieht|hoert)\s+(?:das|dies|diese\s+\w+|mit)\s+und\s+)?(?:(?:endlich|bald|morgen|hoffentlich|sofort|gleich|dann)\s+)*(?:schmeisst|wirft|feuert|setzt|kickt)\s+(?:SIE|DICH|EUCH)\s+(?:(?:endlich|bald|morgen|hoffentlich|sofort|gleich|dann|hochkant|achtkantig)\s+)*(?:raus|hinaus|vor\s+die\s+tuer|auf\s+die\s+strasse)\b|\b(?:schmeisst|wirft|feuert|setzt|kickt)\s+(?:(?:DEIN|IHR|EUER|dein|euer|der|die)\s+)?(?:chef\w*|boss|vorgesetzte\w*|man|arbeitgeber\w*)\s+(?:SIE|DICH|EUCH)\s+(?:(?:endlich|bald|morgen|sofort|gleich|dann|hochkant|achtkantig)\s+)*(?:raus|hinaus|vor\s+die\s+tuer|auf\s+die\s+strasse)\b/g,
  },
  // The rep's job as a failure of their life: "Sie sind nur hier, weil Sie nichts anderes gefunden haben", "Wer so einen Job macht, hat
  // im Leben nichts erreicht".
  {
    kind: 'insult-at-rep', needs: ['gefunden', 'bekommen', 'gekriegt', 'erreicht', 'geworden', 'gescheitert'],
    re: /\bweil\s+(?:SIE|DU|IHR)\s+(?:(?:halt|eben|wohl|sonst|woanders|einfach)\s+)*(?:nichts\s+(?:anderes|besseres)|keinen\s+(?:anderen|besseren|richtigen)\s+job|keine\s+(?:andere|bessere|richtige)\s+(?:arbeit|stelle))\s+(?:gefunden|bekommen|gekriegt|abgekriegt)\b(?<=\bnur\s+(?:hier|da|im\s+\w+|an\s+der\s+\w+|am\s+telefon)\b[^.!?\n]{0,40})|\b(?:wer|leute\s*,?\s+die)\s+so\s+(?:einen|nen)\s+(?:job|beruf|scheissjob|drecksjob|mistjob)\s+(?:macht|machen|hat|haben)\s*,?\s+(?:\w+\s+){0,4}(?:nichts\s+erreicht|nichts\s+geworden|gescheitert|versager\w*|loser)\b/g,
  },
  // Disgust at the rep as a person: "Sie widern mich an", "du kotzt mich an", "Sie sind zum Kotzen", "Ich spuck auf euch".
  // (At a thing it vents: "Die App kotzt mich an", "Das ist zum Kotzen".)
  {
    kind: 'insult-at-rep', needs: ['wider', 'kotz', 'ekel', 'spuck', 'scheiss'],
    re: /\b(?:SIE|DU|IHR|ihr)\s+(?:(?:alle|echt|wirklich|einfach|so|nur\s+noch|total|richtig)\s+)*(?:widern|widerst|widert|kotzen|kotzt|ekeln|ekelst|ekelt)\s+mich\s+(?:(?:alle|echt|wirklich|einfach|so|nur\s+noch|total|richtig|dermassen|so\s+was\s+von)\s+)*an\b|\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid)\s+(?:(?:echt|wirklich|einfach|ja|doch|nur\s+noch|so\s+was\s+von)\s+)*zum\s+(?:kotzen|erbrechen|speien)\b|\bich\s+(?:spucke|spuck|scheisse|scheiss|kotze|kotz)\s+(?:(?:echt|einfach|nur\s+noch|ja)\s+)*auf\s+(?:EUCH|DICH|SIE)(?=\s*(?:[.!,]|$|und\b|alle\b))/g,
  },
  // Women as unfit for the rep's job: "Frauen gehören an den Herd", "Frauen sollten keine Technik-Hotline machen".
  {
    kind: 'insult-at-rep', needs: ['frauen', 'weiber'],
    re: /\b(?:frauen|weiber)\s+(?:gehoeren|sollten|sollen)\s+(?:(?:halt|eben|lieber|besser|nun\s+mal)\s+)*(?:an\s+den\s+herd|in\s+die\s+kueche)\b|\b(?:frauen|weiber)\s+(?:sollten|sollen|duerften|duerfen)\s+(?:(?:halt|eben|einfach|lieber|besser)\s+)*(?:keine|nicht)\s+(?:am\s+)?(?:technik|hotline|support|kundendienst|callcenter|it|telefon)[\w-]*\s*(?:machen|betreuen|leiten|bedienen|beraten|sitzen|arbeiten|ran)?\b/g,
  },
  // Violence or worse said to be deserved: "Dich hätte man abtreiben sollen", "Man sollte euch alle einsperren".
  {
    kind: 'threat-at-rep', needs: ['abtreib', 'einschlaefer', 'erschiess', 'aufhaeng', 'wegsperr', 'einsperr', 'erschlag', 'vergas', 'verpruegel'],
    re: /\b(?:DICH|SIE|EUCH)\s+(?:haette|haetten|sollte|muesste|muss)\s+man\s+(?:(?:alle|gleich|sofort|damals|einfach)\s+)*(?:abtreiben|einschlaefern|erschiessen|aufhaengen|wegsperren|einsperren|erschlagen|vergasen|verpruegeln)\b|\b(?:man\s+(?:sollte|muesste|muss)|sollte\s+man|muesste\s+man)\s+(?:(?:DICH|SIE|EUCH)\s+)(?:(?:alle|gleich|sofort|einfach)\s+)*(?:abtreiben|einschlaefern|erschiessen|aufhaengen|wegsperren|einsperren|erschlagen|vergasen|verpruegeln)\b/g,
  },

  // What only someone watching the rep knows: "Ich weiß, wie Ihr Auto aussieht", "… wo Ihre Kinder zur Schule gehen"; harm to the family
  // called a pity: "Es wäre schade, wenn Ihrer Familie etwas zustößt"; locking the door at night advised; the rep's name "on my list".
  {
    kind: 'threat-at-rep', needs: ['weiss', 'abschliess', 'liste'],
    re: /\bich\s+weiss\s*,?\s+(?:(?:jetzt|genau|auch|schon|inzwischen|ja)[\s,]+)*(?:wie|wo|wann|was\s+fuer\s+ein|welche[ns]?)\s+(?:IHR|IHRE|DEIN|DEINE|EUER|EURE)\s+(?:auto|wagen|wohnung|kinder|kind|tochter|sohn|frau|mann|familie|freundin|freund|eltern)\b|\b(?:SIE\s+sollten|DU\s+solltest|IHR\s+solltet)\s+(?:(?:heute|nachts|heute\s+nacht|abends|ab\s+jetzt|in\s+zukunft|lieber|besser|gut|immer|mal)\s+)+(?:(?:IHRE|DEINE|EURE|die)\s+(?:haus)?tuer\s+)?abschliessen\b|\b(?:IHR|DEIN)\s+name\s+(?:steht|ist)\s+(?:(?:jetzt|ab\s+jetzt|ab\s+sofort|schon)\s+)?(?:auf|in)\s+meiner\s+liste(?=\s*(?:[.!]|$))/g,
  },
  // …harm to the rep or their family called a pity, unless the message is care (snow, ice, a safe drive, thanks).
  {
    kind: 'threat-at-rep', needs: ['schade'],
    unless: /\b(?:glatt\w*|eisig|schnee|schneit|regen|regnet|unwetter|sturm|gewitter|nebel|vorsichtig|gute\s+fahrt|gute\s+besserung|danke|dankeschoen|vielen\s+dank|passen\s+sie\s+auf\s+sich\s+auf|pass\s+auf\s+dich\s+auf)\b/,
    re: /\b(?:waere|ist)\s+(?:(?:doch|echt|wirklich|ja|schon)\s+)*schade\s*,?\s+wenn\s+(?:IHNEN|DIR|EUCH|IHRER|IHREM|IHREN|DEINER|DEINEM|DEINEN|EURER|EUREM)\s+(?:\w+\s+){0,2}(?:etwas|was)\s+(?:zustoesst|zustiesse|zustossen\s+wuerde|passiert|passieren\s+wuerde|passierte)\b/g,
  },
  // The last working day arranged: "Ich sorge dafür, dass das Ihr letzter Arbeitstag war"; no job again hoped for ("nie wieder einen Job").
  {
    kind: 'threat-at-rep', needs: ['letzter', 'job', 'stelle', 'arbeit'],
    re: /\bdass\s+(?:das|heute|dies)\s+(?:IHR|DEIN)\s+letzter\s+(?:tag|arbeitstag)\s+(?:war|ist|sein\s+wird|wird)\b|\b(?:ich\s+)?(?:hoffe|wuensche|wuensch)\b[^.!?\n]{0,15}?\b(?:DU|SIE|DIR|IHNEN|IHR)\b[^.!?\n]{0,30}?\b(?:nie\s+wieder|nie\s+mehr|nirgends\s+mehr|nirgendwo\s+mehr|keinen\s+job\s+mehr|keine\s+arbeit\s+mehr)\s+(?:(?:\w+\s+){0,2}(?:einen\s+job|eine\s+stelle|eine\s+anstellung|arbeit)\b|(?:bekommen|findest|finden|kriegst|kriegen)\b)/g,
  },
  // Advances by the voice: "Deine Stimme macht mich ganz wuschig", "Du klingst am Telefon richtig sexy".
  {
    kind: 'harassment', needs: ['stimme', 'klingst', 'klingen'],
    re: /\b(?:IHRE|DEINE)\s+stimme\s+macht\s+mich\s+(?:(?:ganz|so|richtig|total|echt|voll)\s+)*(?:wuschig|heiss|scharf|an|geil|wild|kirre)\b|\b(?:DU\s+klingst|SIE\s+klingen|klingst\s+DU|klingen\s+SIE)\s+(?:\w+\s+){0,3}?(?:sexy|heiss|scharf|verfuehrerisch|erotisch|rattenscharf|geil)\b/g,
  },
  // Not the brightest: "Sie sind nicht gerade der Hellste", "du bist echt nicht die schlauste Kerze auf der Torte".
  {
    kind: 'insult-at-rep', needs: ['hellst', 'schlaust', 'klugst', 'kluegst', 'schaerfst', 'cleverst', 'intelligentest', 'gescheitest'],
    re: /\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid|sind\s+SIE|bist\s+DU|seid\s+IHR)\s+(?:(?:ja|wohl|echt|wirklich|offenbar|auch|eben|halt|offensichtlich|anscheinend)\s+)*nicht\s+(?:(?:gerade|unbedingt|wirklich|so|die|der|das|den)\s+)*(?:hellste|schlauste|klugste|kluegste|schaerfste|cleverste|intelligenteste|gescheiteste)[nr]?\b/g,
  },
  // Clueless in a clause of its own: "Man merkt, dass Sie keine Ahnung haben." (not "…, wann das Paket kommt": information lacking).
  {
    kind: 'insult-at-rep', needs: ['ahnung', 'plan', 'schimmer', 'peilung', 'durchblick'],
    re: /\b(?:dass|weil|wie|da)\s+(?:SIE|DU|IHR)\s+(?:(?:ja|doch|echt|wirklich|wohl|offensichtlich|offenbar|absolut|einfach|ueberhaupt|leider|gar|null)\s+)*(?:keine|null|keinen|nicht\s+die\s+geringste|nicht\s+den\s+geringsten)\s+(?:blasse[n]?\s+)?(?:ahnung|plan|schimmer|peilung|durchblick)\s+(?:haben|hast|habt)\b(?=\s*(?:[.!?]|$|,\s*(?:oder|echt|ehrlich)\b))/g,
  },
  // Talking to people like the rep as time wasted: "Mit Leuten wie Ihnen ist jede Minute verschwendet".
  {
    kind: 'insult-at-rep', needs: ['verschwend', 'sinnlos', 'zwecklos'],
    re: /\bmit\s+(?:leuten|menschen|typen|gestalten)\s+wie\s+(?:IHNEN|DIR|EUCH)\s+(?:(?:zu\s+)?(?:reden|sprechen|schreiben|diskutieren)\s+)?(?:ist|war)\s+(?:\w+\s+){0,2}(?:verschwendet|zeitverschwendung|sinnlos|zwecklos)\b/g,
  },

  // Vulgar idioms of an empty head, a degree from the tree nursery; a temp "who can't even count to three" sent to deal with the writer.
  {
    kind: 'insult-at-rep', needs: ['geschissen', 'baumschule', 'klippschule', 'zaehlen', 'lesen'],
    re: /\b(?:hat\s+man|hat\s+(?:dir|IHNEN|euch)\s+(?:jemand|einer))\s+(?:(?:IHNEN|DIR|EUCH)\s+)?(?:(?:eigentlich|denn|mal)\s+)*ins\s+(?:hirn|gehirn)\s+geschissen\b|\b(?:IHREN|DEINEN|EUREN)\s+(?:abschluss|schulabschluss|diplom|abitur|fuehrerschein|titel)\s+(?:\w+\s+){0,2}(?:in|auf|an)\s+der\s+(?:baumschule|klippschule)\b|\bvon\s+(?:einer|einem|so\s+einer|so\s+einem)\s+\w+\s+(?:abwimmeln|abspeisen|abfertigen|vertroesten|belehren|beraten)\s*,\s*(?:die|der)\s+(?:(?:ja|noch|wohl)\s+)*(?:nicht\s+(?:mal|einmal)\s+|kaum\s+)(?:bis\s+(?:drei|zehn|\d+)\s+zaehlen|lesen|schreiben|richtig\s+deutsch)\b/g,
  },
  // Meeting the rep as menace: "Wenn ich dich sehe, gibt es Ärger", "Ich komm vorbei und dann knallt's", "Ich weiß, wo ich Sie finde."
  {
    kind: 'threat-at-rep', needs: ['knallt', 'aerger', 'dran', 'erleben', 'finde'],
    re: /\bwenn\s+(?:ich|isch|i)\s+(?:DICH|SIE|EUCH|disch|di)\s+(?:\w+\s+){0,4}?(?:sehe|seh|treffe|treff|erwische|erwisch|finde|find|kriege|krieg|in\s+die\s+finger\s+kriege?)\b[^.!?\n]{0,30}?\b(?:gibt\s+(?:es|'?s)\s+(?:aerger|was|stress|haue|schlaege)|knallt'?s|knallt\s+es|(?:bist\s+DU|sind\s+SIE|seid\s+IHR|biste)\s+dran|(?:kannst\s+DU|koennen\s+SIE|koennt\s+IHR)\s+was\s+erleben)\b|\bich\s+(?:komm|komme)\s+(?:\w+\s+){0,2}vorbei\b[^.!?\n]{0,30}?\b(?:knallt'?s|knallt\s+es|gibt\s+(?:es|'?s)\s+(?:aerger|haue|schlaege))\b|\bich\s+weiss\s*,?\s+wo\s+ich\s+(?:SIE|DICH|EUCH)\s+finde\b(?![^.!?\n]*\b(?:falls|wenn|frage\w*|danke)\b)(?=\s*[.!]|\s*$)/g,
  },

  // The rep's home found, said to them: "Ihr Wohnort war in zwei Minuten gefunden", "Deine Privatadresse hab ich längst gegoogelt",
  // "ich habe herausgefunden, wo Sie wohnen" (the shop's address looked up is a visit: "Ihre Filiale habe ich gefunden").
  {
    kind: 'threat-at-rep', needs: ['wohn', 'privat', 'zuhause', 'heimat'], negInside: true,
    re: /\b(?:IHR|IHRE|IHREN|DEIN|DEINE|DEINEN)\s+(?:wohnort|wohnadresse|wohnsitz|privatadresse|privatanschrift|heimatort|heimatadresse|zuhause|private[n]?\s+(?:adresse|anschrift|handynummer|telefonnummer|nummer))\b[^.!?\n]{0,50}?\b(?:gefunden|herausgefunden|rausgefunden|ermittelt|gegoogelt|recherchiert|ausfindig\s+gemacht|kenne\s+ich|weiss\s+ich|hab(?:e)?\s+ich\s+(?:\w+\s+)?(?:jetzt|schon|laengst|inzwischen|mittlerweile|auch))\b|\b(?:gefunden|herausgefunden|rausgefunden|ermittelt|gegoogelt|recherchiert)\s*,?\s+wo\s+(?:SIE|DU|IHR)\s+(?:\w+\s+)?(?:wohnen|wohnst|wohnt)\b/g,
  },
  // The rep's job ended by the writer: "Ich werde persönlich dafür sorgen, dass Sie nächsten Monat nicht mehr hier arbeiten"
  // (not relief wished: "…, dass Sie nicht mehr so lange arbeiten müssen").
  {
    kind: 'threat-at-rep', needs: ['sorge'],
    re: /\b(?:dafuer\s+sorgen|sorgen?\s+(?:\w+\s+){0,2}dafuer)\s*,?\s+dass\s+(?:SIE|DU|IHR)\b[^.!?\n]{0,60}?\b(?:nicht\s+mehr|nie\s+(?:wieder|mehr)|keinen\s+tag\s+(?:mehr|laenger))\s+(?:\w+\s+){0,5}?(?:arbeiten|arbeitest|arbeitet|beschaeftigt|angestellt|taetig|(?:einen\s+fuss\s+(?:auf\s+den\s+boden|in\s+die\s+tuer)|einen\s+job|eine\s+stelle|eine\s+anstellung|arbeit)\s+(?:\w+\s+)?(?:bekommen|bekommst|kriegen|kriegst|finden|findest))\b(?!\s+(?:muessen|musst|muesst|brauchen|duerfen|sollen)\b)/g,
  },
  // The rep's mind likened to a creature's or a thing's: "Sie haben das Hirn einer Amöbe", "du hast den Verstand eines Toasters"
  // (a good memory praised is no insult: "das Gedächtnis eines Elefanten").
  {
    kind: 'insult-at-rep', rep: true, needs: ['hirn', 'verstand', 'intelligenz', 'grips', 'denkvermoegen'],
    re: /\b(?:(?:SIE|DU|IHR)\s+(?:haben|hast|habt)|(?:haben|hast|habt)\s+(?:SIE|DU|IHR))\s+(?:(?:ja|wohl|echt|offenbar|offensichtlich|wirklich|eindeutig)\s+)*(?:das\s+(?:hirn|gehirn|spatzenhirn|denkvermoegen)|den\s+(?:verstand|grips)|die\s+intelligenz)\s+(?:eines|einer)\s+(?!(?:genies?|einsteins?|professors?|elefanten|fuchses|eule)\b)\w+/g,
  },
  // Women like the rep told where they belong: "Frauen wie Sie sollten lieber Kaffee kochen", "Mädels wie du gehören nicht an die Hotline"
  // (not praise: "Frauen wie Sie machen mir Mut").
  {
    kind: 'insult-at-rep', needs: ['frauen', 'weiber', 'maedels', 'tussen'],
    re: /\b(?:frauen|weiber|maedels|tussen)\s+wie\s+(?:SIE|DU|IHR|DICH)\s+(?:(?:sollten|sollen|gehoeren|duerften|koennen|haben)\s+)(?:(?:lieber|besser|halt|eben|einfach|doch)\s+)*(?:kaffee\s+kochen|putzen|zu\s+hause\s+bleiben|an\s+den\s+herd|in\s+die\s+kueche|nicht\s+(?:an|am|in|ans)\b|keine\s+ahnung|nichts\s+(?:zu\s+sagen|verloren)|hier\s+nichts)/g,
  },
  // The rep's routine or family watched, said to them: "Ich weiß, dass Sie jeden Abend um sechs das Büro verlassen", "Ich kenne Leute in
  // Ihrer Stadt", "Ihre Kinder gehen doch in die Grundschule am Marktplatz, oder?" (opening hours known are a visit: "…, dass Sie
  // um sechs schließen"; a reason to write now is no menace: "…, deshalb schreibe ich jetzt").
  {
    kind: 'threat-at-rep', needs: ['weiss', 'kenne', 'schule', 'kita', 'kindergarten'],
    re: /\bich\s+weiss\s*,?\s+(?:(?:genau|jetzt|inzwischen|auch|uebrigens)[\s,]+)*(?:dass|wann)\s+(?:SIE|DU)\s+(?:\w+\s+){0,6}?(?:das\s+buero\s+verlassen|das\s+buero\s+verlaesst|nach\s+hause\s+(?:gehen|gehst|fahren|faehrst)|heimgehen|heimgehst|(?:IHR|DEIN)\s+auto\s+(?:\w+\s+){0,3}?(?:abstellen|abstellst|parken|parkst)|parken|parkst)\b(?![^.!?\n]*\b(?:deshalb|darum|daher|deswegen)\s+(?:schreibe|rufe|melde|frage|versuche|komme)\s+ich\b)|\bich\s+kenne\s+(?:\w+\s+)?(?:leute|jemanden|typen|jungs|freunde)\s+in\s+(?:IHRER|DEINER|EURER)\s+(?:stadt|strasse|nachbarschaft|gegend|siedlung|ort|wohngegend)\b|\b(?:IHRE|DEINE|EURE)\s+(?:kinder|tochter|sohn|kleine|kleiner)\s+(?:gehen|geht)\s+(?:doch|ja|bestimmt|sicher)\s+(?:\w+\s+)?(?:in\s+die|auf\s+die|zur|in\s+den)\s+(?:\w+\s+)?(?:schule|grundschule|kita|kindergarten|gymnasium|realschule)\b/g,
  },
  // Dismissal said to be deserved: "Wer so arbeitet wie Sie, gehört entlassen", "Sie gehören fristlos gefeuert" (a driver said to
  // deserve it is a third person: "Der Fahrer gehört entlassen").
  {
    kind: 'threat-at-rep', needs: ['gehoer'],
    re: /\bwie\s+(?:SIE|DU|IHR)\s*,\s*(?:gehoert|gehoeren)\s+(?:(?:sofort|fristlos|eigentlich|sowieso|endlich)\s+)*(?:entlassen|gefeuert|rausgeworfen|rausgeschmissen|eingesperrt|weggesperrt)\b|\b(?:SIE\s+gehoeren|DU\s+gehoerst|IHR\s+gehoert|gehoeren\s+SIE|gehoerst\s+DU)\s+(?:(?:sofort|fristlos|eigentlich|sowieso|endlich|alle)\s+)*(?:entlassen|gefeuert|rausgeworfen|rausgeschmissen|eingesperrt|weggesperrt)\b/g,
  },
  // Animals or children cleverer than the rep: "Ich habe schon Hunde getroffen, die klüger waren als Sie" (a dog cleverer than the app is a thing's).
  {
    kind: 'insult-at-rep', rep: true, needs: ['klueger', 'schlauer', 'intelligenter', 'kompetenter', 'faehiger'],
    re: /\b(?:hunde?|affen?|kinder|kind|steine?|toastbrote?|goldfische?|katzen?|huehner|huhn|esel|kartoffeln?|schimpansen?|amoeben?)\b[^.!?\n]{0,40}\b(?:klueger|schlauer|intelligenter|kompetenter|faehiger)\b[^.!?\n]{0,20}\bals\s+(?:SIE|DU|IHR|DICH)\b/g,
  },
  // The rep put down for their origin: someone born here asked for instead of them ("Geben Sie das an jemanden weiter, der hier
  // geboren ist"), their name or accent as the explanation ("Bei Ihrem Namen wundert mich nichts mehr"; the service is the company's).
  {
    kind: 'insult-at-rep', needs: ['geboren', 'namen', 'akzent', 'herkunft', 'aussprache'],
    care: /(?:😊|🙂|😉|😄|😀|:-?\))|\b(?:danke\w*|schoen\w*|toll\w*|nett\w*|lustig\w*|huebsch\w*|gruesse)\b/,
    re: /\b(?:jemand\w*|ein(?:e|en|em|er)?\s+(?:\w+\s+)?(?:kollegen|kollegin|mitarbeiter\w*|menschen|person))(?:\s+(?:weiter\w*|sprechen|reden|verbinden))?\s*,?\s+(?:der|die)\s+(?:(?:auch|wirklich|richtig|tatsaechlich)\s+)*(?:hier|in\s+(?:deutschland|oesterreich|der\s+schweiz))\s+(?:(?:auch|wirklich)\s+)*geboren\s+(?:ist|wurde)\b(?<=\b(?:weiter\w*|verbinden|geben|gib|holen|hol|stellen|leiten|uebergeben|sprechen|reden)\b[^.!?\n]{0,100})|\bbei\s+(?:IHREM|DEINEM|IHRER|DEINER)\s+(?:namen|nachnamen|akzent|herkunft|aussprache)\s+(?:(?:wundert|ueberrascht)\s+(?:mich|einen)\s+(?:(?:ja|doch|echt|wirklich|auch)\s+)*(?:gar\s+|ueberhaupt\s+)?(?:nichts|nix)|(?:war|ist)\s+(?:(?:ja|doch|mir|echt|wohl|auch|eigentlich)\s+)*klar|(?:haette|hatte)\s+ich\s+(?:mir\s+)?(?:(?:das|es|ja|schon|gleich)\s+)*denken\s+koennen|(?:ist\s+(?:(?:es|das|ja|doch|auch|natuerlich|echt)\s+)*)?kein\s+wunder)\b/g,
  },
  // …or for being a woman: a woman not to be trusted with the task ("dass man eine Frau nicht mit Zinsrechnung betrauen sollte"),
  // women unable to count, the male colleagues there "for that" (a wife, a colleague praised, a male doctor asked for stay quiet).
  {
    kind: 'insult-at-rep', needs: ['frau', 'maennlich'],
    re: /\b(?:eine|einer)\s+frau\s+(?:\w+\s+){0,5}?(?:nicht|nie|niemals|kein\w*)\s+(?:\w+\s+){0,3}(?:betrauen|betraut|anvertrauen|anvertraut|ueberlassen|ranlassen|machen\s+lassen)\b(?<=\b(?:man|ich)\b[^.!?\n]{0,90})|(?<!\bwir\s)\bfrauen\s+(?:koennen|verstehen|kapieren)\s+(?:(?:eben|halt|einfach|doch|ja|nun\s+mal|nie)\s+)*(?:nicht|nichts|kein\w*)\s+(?:(?:mit\s+)?(?:rechnen|zahlen|geld|technik|logik|mathe|autos|finanzen|vertraegen)|logisch\s+denken)\b|\bdafuer\s+(?:haben\s+SIE|hast\s+DU|habt\s+IHR)\s+(?:(?:ja|doch|schliesslich|wohl|eigentlich)\s+)*(?:IHRE|DEINE|EURE)\s+maennlichen\s+(?:kollegen|mitarbeiter|vorgesetzten)\b/g,
  },
  // How the rep got through a test, the training or the probation: "wie Sie alle da durchgekommen sind", "Wie haben Sie die Probezeit
  // überstanden?" (a storm got through, one's own test passed, congratulations: no put-down).
  {
    kind: 'insult-at-rep', rep: true, needs: ['test', 'pruefung', 'probezeit', 'ausbildung', 'schulung', 'vorstellungsgespraech', 'einarbeitung'],
    unless: /\b(?:gratul\w*|glueckwunsch\w*|glueckwuensche|respekt|bewunder\w*|chapeau|stolz)\b/,
    re: /\bwie\s+(?:SIE|DU|IHR)\s+(?:alle\s+)?(?:(?:eigentlich|ueberhaupt|bloss|nur|je|jemals|damals)\s+)*(?:durch\s+(?:\w+\s+){0,2}?(?:\w*test|\w*pruefung|probezeit|ausbildung|schulung|vorstellungsgespraech|einarbeitung)\s+|(?:IHRE|DEINE|EURE|die|den|das|diese[nm]?)\s+(?:\w*test|\w*pruefung|probezeit|ausbildung|schulung|vorstellungsgespraech|einarbeitung)\s+|da\s+)?(?:durchgekommen|gekommen|bestanden|geschafft|ueberstanden)\s+(?:sind|bist|seid|haben|hast|habt)\b|\bwie\s+(?:sind|haben|bist|hast|seid|habt)\s+(?:SIE|DU|IHR)\s+(?:alle\s+)?(?:(?:eigentlich|ueberhaupt|bloss|nur|je|jemals|denn|damals)\s+)*(?:(?:IHRE|DEINE|EURE|die|den|das)\s+(?:\w*test|\w*pruefung|probezeit|ausbildung|schulung|vorstellungsgespraech|einarbeitung)\s+(?:\w+\s+)?(?:ueberstanden|bestanden|geschafft)|da\s+durchgekommen|durch\s+(?:\w+\s+){0,2}?(?:\w*test|\w*pruefung|probezeit|ausbildung|schulung|vorstellungsgespraech|einarbeitung)\s+(?:durch)?gekommen)\b/g,
  },
  // The rep put down for their age: sent into retirement ("Im Ernst, gehen Sie in Rente"), to make room for people who know, to their
  // allotment, on the job "since the invention of the telephone", too old for it (asked about retirement, one's own, a device: quiet).
  {
    kind: 'insult-at-rep', rep: true, needs: ['rente', 'ruhestand', 'pension', 'erfindung', 'schrebergarten', 'platz', 'zu alt'],
    re: new RegExp(
      String.raw`(?:^|[.!?,;\n]\s*|\bund\s+)(?:gehen\s+SIE|geh|geht)\s+(?:(?:doch|endlich|lieber|besser|mal|bitte|einfach|jetzt|halt)\s+)*in\s+(?:rente|pension|den\s+ruhestand|fruehrente)\b(?![^.!?\n]*\?)|\b(?:SIE\s+sollten|DU\s+solltest|IHR\s+solltet|sollten\s+SIE|solltest\s+DU)\s+(?:(?:langsam|lieber|besser|vielleicht|mal|wirklich|echt|endlich|allmaehlich|jetzt)\s+)*(?:in\s+(?:rente|pension|den\s+ruhestand)\s+gehen|platz\s+machen\s+fuer\s+${ABLER})|\b(?:machen\s+SIE|mach|macht)\s+(?:(?:doch|endlich|lieber|mal|bitte|einfach)\s+)*platz\s+fuer\s+${ABLER}|\bseit\s+(?:der\s+)?erfindung\s+(?:des|der)\s+(?:telefons|telefon|rades|feuers|buchdrucks|dampfmaschine|schreibmaschine)\b(?<=\b(?:SIE|DU)\b[^.!?\n]{0,120})(?<=\b(?:job|beruf|stimme|arbeiten|arbeitest|dabei)\b[^.!?\n]{0,120})|\b(?:kuemmern\s+SIE\s+sich|kuemmer\s+DICH|kuemmere\s+DICH)\s+(?:(?:doch|lieber|besser|mal|endlich)\s+)+um\s+(?:IHREN|DEINEN|IHRE|DEINE)\s+(?:schrebergarten|garten|enkel\w*|rollator|kreuzwortraetsel|tauben)\b|\b(?:sind\s+SIE|bist\s+DU)\s+(?:(?:nicht|doch|echt|wirklich|eindeutig|einfach|viel|schon|langsam|allmaehlich|mittlerweile|inzwischen|vielleicht|etwa|eigentlich)\s+)*zu\s+alt\s+fuer\s+(?:diesen|den|IHREN|DEINEN|so\s+einen|die|diese)\s+(?:job|beruf|posten|kram|arbeit|stelle)\b|\b(?:SIE\s+sind|DU\s+bist)\s+(?:(?:doch|echt|wirklich|eindeutig|einfach|viel|schon|langsam|allmaehlich|mittlerweile|inzwischen|offensichtlich)\s+)*zu\s+alt\s+fuer\s+(?:diesen|den|IHREN|DEINEN|so\s+einen|die|diese)\s+(?:job|beruf|posten|kram|arbeit|stelle)\b`,
      'g',
    ),
  },
  // Old age as a name for the rep, put first or last ("Opa, Sie sollten das lieber Ihren Enkeln überlassen", "…, Oma?"); wits said
  // lacking for the simplest thing ("Sie können ja nicht mal eine einfache Rechnung lesen"; not when a reason follows: the PDF is broken);
  // the rep beneath the writer ("Sie sind unter meinem Niveau").
  {
    kind: 'insult-at-rep', rep: true, needs: ['opa,', 'oma,', 'opi,', 'omi,', ', opa', ', oma', ', opi', ', omi', 'alterchen', 'nicht mal', 'nicht einmal', 'niveau'],
    re: /(?:^|[.!?\n]\s*)(?:(?:na|hoer\s+(?:mal\s+)?zu|hoeren\s+SIE\s+(?:mal\s+)?zu|pass\s+(?:mal\s+)?auf|passen\s+SIE\s+(?:mal\s+)?auf|also|so)\s*,?\s+)?(?:opa|oma|opi|omi|alterchen|oppa)\s*,(?![^.!?\n]{0,40}\bund\s+(?:ich|wir|mir|mich|uns)\b)|,\s*(?:opa|oma|opi|omi|alterchen)\s*(?=[.!?]|$)|\b(?:SIE\s+koennen|DU\s+kannst|IHR\s+koennt|koennen\s+SIE|kannst\s+DU)\s+(?:(?:ja|doch|wohl|echt|offenbar|offensichtlich|eben|halt)\s+)*nicht\s+(?:mal|einmal)\s+(?:\w+\s+){0,4}?(?:lesen|rechnen|zaehlen|schreiben|zuhoeren|buchstabieren)\b(?![^.!?\n]*\b(?:weil|da|denn|wegen|seit|solange)\b)|\b(?:SIE\s+sind|DU\s+bist|IHR\s+seid)\s+(?:(?:echt|wirklich|einfach|eindeutig|weit|tief|deutlich|klar)\s+)*unter\s+(?:meinem|jedem|aller)\s+niveau\b/g,
  },
  // Put-downs in a polite letter's even voice: overwhelmed by the simplest tasks, hired for looks alone, how little they achieve, told
  // to find a job without customers ("…, wie wenig Sie dafür können" is an excuse: not among the verbs).
  {
    kind: 'insult-at-rep', rep: true, needs: ['ueberfordert', 'aussehen', 'wie wenig', 'ohne kunden', 'ohne menschen'],
    re: /\b(?:sind\s+SIE|SIE\s+sind|bist\s+DU|DU\s+bist|seid\s+IHR|IHR\s+seid)\s+(?:(?:offenbar|offensichtlich|anscheinend|wohl|ja|schon|echt|wirklich|leider|einfach)\s+)*(?:mit\s+|von\s+)?(?:den\s+|der\s+)?(?:einfachsten|simpelsten|leichtesten|banalsten|kleinsten)\s+(?:\w+\s+)?(?:ueberfordert)\b|\b(?:SIE|DU)\b[^.!?\n]{0,50}\b(?:nur|wohl|bloss|allein)\s+(?:wegen\s+(?:IHRES|DEINES)\s+aussehens|nach\s+(?:dem|IHREM|DEINEM)\s+aussehen)\s+(?:\w+\s+)?(?:ausgewaehlt|eingestellt|ausgesucht|genommen)\s+(?:wurden|worden|wurdest|sind|bist)\b|\bwie\s+wenig\s+(?:SIE|DU|IHR)\s+(?:(?:eigentlich|hier|da|ueberhaupt|wirklich|den\s+ganzen\s+tag)\s+)*(?:leisten|leistest|leistet|arbeiten|arbeitest|arbeitet|wissen|weisst|wisst|drauf\s+haben|draufhaben|verstehen|verstehst)\b|(?:^|[.!?:,;\n]\s*)(?:such|suchen\s+SIE|sucht)\s+(?:(?:DIR|sich|EUCH)\s+)?(?:(?:doch|lieber|besser|mal|endlich)\s+)*(?:einen|nen)\s+(?:\w+\s+)?(?:job|beruf|arbeit|stelle)\s+ohne\s+(?:kunden\w*|menschen|publikum)\b/g,
  },
  // The rep put down for their age in an even voice: overwhelmed "in Ihrem Alter", ripe for retirement, the job better left to someone
  // who is not ("In Ihrem Alter ist man mit E-Mails wohl überfordert"; one's own age, a father or a printer ripe for retirement: quiet).
  {
    kind: 'insult-at-rep', rep: true, needs: ['m alter', 'ihren jahren', 'deinen jahren', 'euren jahren', 'reif fuer'],
    unless: /\b(?:in\s+(?:ihrem|deinem)\s+alter\s+(?:war|hatte|konnte|wollte)\s+ich)\b/,
    re: /\bin\s+(?:IHREM|DEINEM|EUREM)\s+alter\s+(?:(?:ist|sind|wird|kapiert|versteht|begreift|kann|schafft|kommt|lernt|blickt|checkt)\s+man\b[^.!?\n]{0,60}?\b(?:ueberfordert|nicht\s+mehr|kaum\s+noch|nichts\s+mehr|schwer\s+von\s+begriff|vergesslich|zu\s+langsam|nicht\s+so\s+schnell)|(?:sollten\s+SIE|solltest\s+DU|solltet\s+IHR|sollte\s+man)\s+(?:\w+\s+){0,6}?(?:ueberlassen|aufhoeren|in\s+rente\s+gehen|zu\s+hause\s+bleiben|platz\s+machen))\b|\b(?:mit|bei)\s+(?:IHREN|DEINEN|EUREN)\s+jahren\s+(?:sollten\s+SIE|solltest\s+DU|sollte\s+man|ist\s+man|kapiert\s+man|versteht\s+man)\b[^.!?\n]{0,60}?\b(?:ueberlassen|ueberfordert|nicht\s+mehr|aufhoeren|den\s+jungen|juengeren)\b|\b(?:SIE\s+sind|DU\s+bist|sind\s+SIE|bist\s+DU|IHR\s+seid|seid\s+IHR)\s+(?:(?:doch|ja|laengst|schon|echt|wirklich|offensichtlich|eindeutig|wohl|langsam|allmaehlich|mittlerweile)\s+)*reif\s+fuer\s+(?:die\s+rente|den\s+ruhestand|die\s+pension|das\s+(?:alters|alten|pflege)heim)\b|\bueberlassen\s*,\s*(?:der|die)\s+(?:\w+\s+){0,3}?(?:nicht|kein\w*)\s+(?:\w+\s+){0,2}?reif\s+fuer\s+(?:die\s+rente|den\s+ruhestand|die\s+pension)\b/g,
  },
  // The rep's mind put down without a swear word: talking to them like talking to a fence, unable to count or read even so much, a
  // compost heap with more in its head, wondering who chose them (the hotline compared to a wall is the company's; one's own counting,
  // a portal to read in, a vote congratulated: quiet).
  {
    kind: 'insult-at-rep', rep: true, needs: ['mit ihnen', 'mit dir', 'mit euch', 'nicht mal', 'nicht einmal', 'gar nicht', 'ueberhaupt nicht', 'mehr im', 'mehr hirn', 'mehr verstand', 'mehr grips', 'mehr auf', 'gewaehlt', 'eingestellt', 'angestellt', 'befoerdert', 'ausgebildet', 'ausgesucht'],
    unless: /\b(?:gratul\w*|glueckwunsch\w*|glueckwuensche)\b/,
    re: /\bmit\s+(?:IHNEN|DIR|EUCH)\s+(?:zu\s+)?(?:reden|schreiben|sprechen|telefonieren|diskutieren|kommunizieren|verhandeln|chatten)\s+(?:ist|war)\s+(?:(?:ungefaehr|etwa|echt|wirklich|ja|so|genau)\s+)*(?:wie|als\s+(?:ob|wuerde))\s+(?:\w+\s+){0,4}?(?:wand|zaun|gartenzaun|jaegerzaun|mauer|stein|tuer|baum|pfosten|brett|holzklotz|klotz|toastbrot|goldfisch|kartoffel|blumentopf|laternenpfahl|parkuhr|kuh|schaf)\b|(?:^|[.!?,;:\n]\s*)(?:lesen|rechnen|zaehlen|schreiben|zuhoeren|denken)\s+(?:koennen\s+SIE|kannst\s+DU|koennt\s+IHR)\s+(?:(?:ja|doch|wohl|echt|offenbar|offensichtlich|anscheinend|eben|halt)\s+)*(?:nicht\s+(?:mal|einmal)|(?:ueberhaupt|gar)\s+nicht)(?:\s+(?:mit\s+den\s+fingern|bis\s+(?:drei|zehn|\d+)|richtig|ordentlich|anstaendig|fehlerfrei))?(?=\s*(?:[.!?;]|$))|\bhat\s+mehr\s+(?:im\s+kopf|hirn|verstand|grips|im\s+hirn|auf\s+dem\s+kasten)\s+als\s+(?:SIE|DU|IHR|DICH)\b|\b(?:frage|frag)\s+(?:ich\s+)?mich\s*(?:(?:ernsthaft|wirklich|echt|ehrlich|schon|langsam)\s*)*,?\s+wer\s+(?:SIE|DICH|EUCH)\s+(?:\w+\s+){0,3}?(?:eingestellt|gewaehlt|angestellt|befoerdert|ausgebildet|ausgesucht)\s+hat\b/g,
  },
  // Menace veiled as a meeting to come: watch out when I see you next, your car will look different afterwards ("Pass gut auf dich auf"
  // is care; "Passen Sie auf, die Adresse hat sich geändert" a warning; one's own car repaired looks different gladly).
  {
    kind: 'threat-at-rep', rep: true, needs: ['pass ', 'passen sie', 'passt ', 'anders aus', 'reden wir'],
    re: /\b(?:pass|passen\s+SIE|passt)\s+(?:(?:gut|bloss|ja|lieber|besser|mal|schoen|nur)\s+)*auf\s*,?\s+wenn\s+ich\s+(?:DICH|SIE|EUCH)\s+(?:\w+\s+){0,6}?(?:seh|sehe|treffe|treff|erwische|erwisch|begegne|finde|kriege|krieg)\b|\b(?:DEIN|IHR|EUER)\w*\s+(?:\w+\s+)?(?:\w*wagen|\w*auto|karre|laden|buero|geschaeft|fahrzeug|haus|gesicht|nase|fresse)\s+sieht\s+(?:danach|dann|hinterher|nachher)\s+(?:(?:auch|aber|ganz|bestimmt|sicher|garantiert)\s+)*anders\s+aus\b|\bwenn\s+ich\s+(?:DICH|SIE|EUCH)\s+(?:\w+\s+){0,5}?(?:seh|sehe|treffe|erwische|erwisch|begegne|kriege|krieg)\s*,\s*dann\s+reden\s+wir\s+(?:aber\s+)?nicht\s+(?:mehr\s+)?(?:ueber|von)\b/g,
  },
  // A sneer at the rep's German or origin: "Man merkt, dass Deutsch nicht Ihre Muttersprache ist", "Ist Deutsch überhaupt Ihre
  // Muttersprache?" (one's own German, a kind question, the remark with thanks: quiet).
  {
    kind: 'insult-at-rep', rep: true, needs: ['muttersprache', 'von hier'],
    care: /(?:😊|🙂|😉|😄|😀|:-?\))|\b(?:danke\w*|toll\w*|nett\w*|super|gut\s+geholfen|bemueht)\b/,
    // (a smile or a compliment anywhere: "…, oder? Ihr Dialekt ist so schön!")
    unless: /(?:😊|🙂|😉|😄|😀|:-?\))|\b(?:schoen|toll|super|sympathisch|charmant|nett|suess|liebenswert|gefaellt)\w*\b/,
    re: /\b(?:man\s+merkt|merkt\s+man|man\s+hoert|hoert\s+man|man\s+sieht|sieht\s+man|man\s+liest|liest\s+man)\s*(?:(?:gleich|sofort|schon|deutlich|ja|halt|eben|sofort)\s*)*,?\s*dass\s+(?:deutsch\s+(?:(?:wohl|offenbar|eben|halt|ja)\s+)?nicht\s+(?:IHRE|DEINE|EURE)\s+muttersprache|(?:SIE|DU|IHR)\s+(?:(?:wohl|offenbar|eben|halt|ja)\s+)?nicht\s+von\s+hier\s+(?:sind|bist|seid|kommen|kommst|stammen))\b|\bist\s+deutsch\s+(?:(?:denn|eigentlich)\s+)?ueberhaupt\s+(?:IHRE|DEINE|EURE)\s+muttersprache\b|\bdeutsch\s+ist\s+(?:(?:wohl|offenbar|offensichtlich|anscheinend|ja|eindeutig|klar|eben|halt)\s+)+nicht\s+(?:IHRE|DEINE|EURE)\s+muttersprache\b/g,
  },
];

const NEG_BEFORE = /\b(?:nicht|kein\w*|nie|niemals|keineswegs|ohne)\b[\s,]+(?:\S+[\s,]+){0,3}$/;

/** Abuse of the person addressed, read by structure (lib/tone/langs/engine.ts calls it from the German lexicon). */
export function readStructure(input: StructureInput, isInsultNoun: (w: string) => boolean): StructureHit[] {
  const toks = mark(input);
  // A sentence's first "Sie" before a name for a person is the rep called that name ("Sie Bitch, …", "Sie Spatzengehirn verstehen …"):
  // "they" is never followed by a noun or an adjective of address.
  toks.forEach((t, j) => {
    const next = toks[j + 1];
    if (t.who || t.w !== 'sie' || !input.capital(t.start) || !next || sentenceBreak(next.gap) || comma(next.gap)) return;
    if (isInsultNoun(next.w) || isAddressedCompound(next.w) || ENGLISH_NAME.test(next.w) || (VOCATIVE_ADJ.test(next.w) && input.capital(next.start) === false && !!toks[j + 2] && input.capital(toks[j + 2]!.start))) {
      t.who = 'sie';
      t.subject = true;
    }
  });
  const hits = [...copulaHits(toks, isInsultNoun, input.capital), ...addressedCompoundHits(toks, input.capital, isInsultNoun)];
  // "mit einem Affen wie Ihnen", "so ein Idiot wie du": the rep compared to a name for a person is called it.
  toks.forEach((t, k) => {
    const w = toks[k + 1];
    const r = toks[k + 2];
    if (!w || !r || w.w !== 'wie' || !r.who || sentenceBreak(w.gap) || sentenceBreak(r.gap)) return;
    const stems = t.w.length > 4 ? [t.w.slice(0, -1), t.w.replace(/(?:en|es)$/, '')] : [];
    if (isInsultNoun(t.w) || isAddressedCompound(t.w) || stems.some((x) => x.length > 3 && /[ns]$/.test(t.w) && (isInsultNoun(x) || isAddressedCompound(x)))) hits.push({ kind: 'insult-at-rep', start: t.start, end: r.end });
  });
  // The text with the rep's pronouns in capitals (same length): the phrases below need them addressed.
  const chars = input.norm.split('');
  for (const t of toks) if (t.who) for (let k = t.start; k < t.end; k++) chars[k] = (chars[k] as string).toUpperCase();
  const marked = chars.join('');
  // The sentences where the rep is addressed (a marked pronoun): [start, end) in the text.
  const windows: [number, number][] = [];
  for (const m of marked.matchAll(/[^.!?\n]+[.!?\n]*/g)) if (/[A-Z]/.test(m[0])) windows.push([m.index, m.index + m[0].length]);
  const whole: [number, number][] = [[0, marked.length]];
  for (const { kind, re, negInside, needs, rep, unless, care } of PHRASES) {
    if (needs && !needs.some((n) => input.norm.includes(n))) continue;
    if (unless?.test(input.norm)) continue;
    for (const [from, to] of rep ? windows : whole) {
      const text = rep ? marked.slice(from, to) : marked;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        let start = from + m.index;
        while (start < from + m.index + m[0].length && /[^A-Za-z0-9]/.test(marked[start] as string)) start++;
        const end = from + m.index + m[0].length;
        // "Ich will nicht, dass Sie Ihren Job verlieren": negated in its clause.
        const clause = input.norm.slice(Math.max(0, start - 40), start).split(/[.!?;\n]/).pop() ?? '';
        if (kind === 'threat-at-rep' && NEG_BEFORE.test(clause)) continue;
        // "Ich hoffe, Sie hatten kein Pech": a wish negated inside.
        if (negInside && /\b(?:kein\w*|nicht|nie|niemals)\b/.test(input.norm.slice(start, end))) continue;
        if (care && care.test(sentenceOfHit(input.norm, start, end))) continue;
        if (end > start) hits.push({ kind, start, end });
      }
    }
  }
  return hits;
}
