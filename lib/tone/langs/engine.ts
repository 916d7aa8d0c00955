/**
 * The customer's tone in Spanish, French, German and Portuguese: one reader, driven by a lexicon per
 * language (lib/tone/langs/<xx>.ts). Same levels, signals and guideline as the English analyser
 * (lib/tone/analyze.ts), which stays as it is for English.
 *
 * All patterns run on folded text (lib/tone/langs/fold.ts: lowercase, accents folded, obfuscation
 * undone); signals carry ranges in the original text. Background and extension pages only.
 */
import { findCaps } from '../caps';
import type { ToneLevel, ToneSignal, ToneSignalKind } from '../types';
import { fold, type FoldStyle } from './fold';

export interface ToneLexicon {
  fold: FoldStyle;
  /** Short words (2–4 letters, folded, lowercase) that are shouting in capitals, not acronyms. */
  shortCaps: ReadonlySet<string>;
  /** One token: a noun that insults a person ("connard", "Idiot"); may stand alone as a form of address. */
  insultNoun: RegExp;
  /** One token: an adjective that insults a person when said of them ("nul", "unfähig"). */
  insultAdj: RegExp;
  /** One token: the rep addressed (tu, toi, vous, du, Sie, ihr, tú, usted, você …). */
  second: RegExp;
  /** One token: adjectives that insult only when said of the rep ("are you deaf?"); of anyone else they describe ("my father is deaf"). */
  personOnly?: RegExp;
  /** One token: the rep's things ("votre service", "eure App"): an insult after them is about the thing. */
  possessive: RegExp;
  /** One token: a subject other than the rep (il, ce, der Fahrer, el servicio, a empresa …). */
  thirdParty: RegExp;
  /** One token after an insult noun that keeps it a form of address ("Bouffon va", "du Idiot, du"). */
  vocativeAfter: RegExp;
  /** Before a run of capitals: words after which capitals are what a screen shows ("affiche ERREUR SYSTEME"). */
  shows: RegExp;
  /** One token: the writer themself (je, moi, ich, yo, eu): "je suis un idiot" is about oneself. */
  self: RegExp;
  /** Tested on the text just before an insult word: words that make it a form of address ("sale ", "espèce de ", "du ", "seu "). */
  vocative: RegExp;
  /** German: lowercase words that are "they", not the formal "Sie" (masked before the abuse phrases run). */
  they?: RegExp;
  /** German: tokens ("sie", "ihr", "ihnen") that address the rep only when written with a capital mid-sentence. */
  formal?: RegExp;
  /** Abuse aimed at the rep said as a phrase (profanity at the rep, implied insults). */
  atRep: RegExp[];
  threatAtRep: RegExp[];
  harassment: RegExp[];
  /** Swearing (venting when the rest of the message complains or exclaims). */
  profanity: RegExp;
  /** Threats to leave, cancel, charge back, go to a lawyer, court, the consumer association, the press. */
  leave: RegExp[];
  /** Leaving said calmly ("je souhaite résilier", "ich kündige zum Monatsende"): anger only in a complaint or said flatly. */
  leaveWeak: RegExp[];
  /** Praise that is sarcasm in a message that complains ("Service exemplaire 👏"), praise otherwise. */
  praiseIfNegative: RegExp[];
  /** Tested on an insult word and what follows: not an insult there ("incapable de …" is "unable to"). */
  insultExcept?: RegExp;
  /** Tested on the text right after an insult noun: a tail that keeps it a form of address ("connard de merde", "tonta del culo", "inútil do caralho"). */
  insultTail?: RegExp;
  /** Tested on the clause before leaving said in a question: asking how to leave ("¿Cómo cancelo…?", "Wie kann ich kündigen?"), not a threat. */
  howTo?: RegExp;
  /** Tested on the clause before a strong word: a hedge that makes it annoyance ("un poco harta", "ein bisschen sauer"). */
  hedge?: RegExp;
  /** One token: people outside the company (a neighbour, a husband, the dog): an insult about them is not anger at the service. */
  outsider?: RegExp;
  /** Tested on the rest of a sentence after a strong word: the trouble is over ("…, pero ya está todo resuelto"). */
  resolved?: RegExp;
  /** "I want to / need to" ("quiero cancelar", "ich will kündigen"): leaving asked for, not said flatly. */
  request?: RegExp;
  /** Flat demands ("Répondez-moi. Maintenant.", "Antworten Sie. Jetzt."). */
  demands: RegExp[];
  /** A whole sentence that is only a deadline ("Aujourd'hui.", "Noch heute.", "Hoje mesmo."): after a short order it makes the order a flat demand. */
  deadline?: RegExp;
  /** "I want my money back": a demand alongside complaints or said flatly on its own. */
  softDemands: RegExp[];
  /** Strong negative words, accusations, insults at the company: anger. */
  strong: RegExp[];
  sarcasmStrong: RegExp[];
  sarcasmMild: RegExp[];
  /** Repeat contact and things still not done. */
  repeat: RegExp[];
  /** "Again": counts only in a message that is not glad ("c'est encore moi 😅, merci !" is not a complaint). */
  again: RegExp;
  /** Praise or thanks in a request for a manager: a compliment, not a complaint. */
  compliment: RegExp;
  /** Past bad experience: nobody called back, each agent asked again. */
  past: RegExp[];
  /** Annoyance, disappointment, impatience: frustration. */
  mild: RegExp[];
  supervisor: RegExp;
  /** A supervisor demanded, not asked for. */
  supervisorDemanded: RegExp;
  /** Politeness that makes a demand a request (s'il vous plaît, bitte, por favor, pourriez-vous …). */
  polite: RegExp;
  /** Thanks and praise: a warm message. */
  warm: RegExp;
  /** A negation just before a cue, in its clause ("ce n'est pas urgent"). */
  negatedBefore: RegExp;
  /** The customer says it is not the rep's fault: insults at others weigh as frustration. */
  exoneration: RegExp;
  /** Reported speech before a word in its sentence ("quelqu'un a écrit que…", "schreibt einer, …"): someone else's words. */
  reported: RegExp;
  /** One token: a rough form of address that is friendly in a warm sentence ("Boludo, gracias, me salvaste", "güey"). */
  friendly?: RegExp;
  /** The writer's own slip ("j'ai oublié", "mein Fehler"): swearing in its sentence is at oneself, not venting. */
  mishap: RegExp;
  /** Swear words and verbs a masked spelling may stand for ("f*der", "m*rde", "Sch**sse"), beside the insult nouns. */
  masked?: readonly string[];
  /** Tested on a sentence: a time gone by ("letztes Jahr", "à l'époque", "na época"): in a warm message, a complaint there is an old one, over. */
  bygone?: RegExp;
  /** Tested on the sentence of a threat or a word of anger or annoyance: an old escalation told as over ("Ich hatte letztes Jahr eine Beschwerde bei der Schlichtungsstelle eingereicht"), no threat now. */
  recalledThreat?: RegExp;
  /** Tested on a sentence: what the customer did to the device ("redémarré", "zurückgesetzt", "reiniciei"): "three times" there is troubleshooting, not a repeat contact… */
  tried?: RegExp;
  /** …unless the sentence also says they called or wrote ("appelé", "angerufen", "liguei"). */
  contacted?: RegExp;
  /** Closing lines of an email: name and title after them are not tone. */
  signOff: RegExp;
  /** Tested on the message: a crime against the customer told as reported to the police ("me robaron la tarjeta…
   * ya lo denuncié", "on m'a volé ma carte, j'ai porté plainte"): its strong words and the police are not at the company. */
  crime?: RegExp;
  /**
   * Tested on the message as written (global): names that are also mood or insult words, blanked like a titled name: a surname
   * ("Felix Sauer"), a title after its kind ("das Spiel Dumme Gans").
   */
  names?: RegExp;
  /** One token: an insult noun a word list cannot hold (German compounds: "Hotlineidiot", "Hohlbirne"). */
  compound?: (w: string) => boolean;
  /**
   * A language's structural reading of abuse (German: the person addressed joined to a judgement of them,
   * threats to their job or person, put-downs): hits in the folded text, each spanning the words it read.
   */
  structure?: (input: StructureInput) => StructureHit[];
}

/** What a structural reader sees: the folded text, its tokens, and who each token addresses. */
export interface StructureInput {
  /** Folded text (lib/tone/langs/fold.ts). */
  norm: string;
  tokens: readonly Token[];
  /** Is token j the rep addressed (du, dich, Sie with its capital …)? */
  second: (j: number) => boolean;
  /** Was the character at norm index i a capital in the message? */
  capital: (i: number) => boolean;
}
export interface StructureHit extends Span {
  kind: 'insult-at-rep' | 'threat-at-rep' | 'harassment';
}

export interface MessageTone {
  level: ToneLevel;
  signals: ToneSignal[];
}

export interface Span {
  start: number;
  end: number;
}
export interface Token extends Span {
  w: string;
  gap: string;
}

const overlaps = (a: Span, list: readonly Span[]): boolean => list.some((b) => a.start < b.end && b.start < a.end);

/** Each pattern's global copy, made once (a lexicon's patterns are long: compiling them per message dominated the read). */
const globalOf = new WeakMap<RegExp, RegExp>();
function findAll(res: readonly RegExp[], s: string): Span[] {
  const out: Span[] = [];
  for (const re of res) {
    let g = re.global ? re : globalOf.get(re);
    if (!g) {
      g = new RegExp(re.source, re.flags + 'g');
      globalOf.set(re, g);
    }
    g.lastIndex = 0;
    // exec, not matchAll: matchAll copies the pattern on every call.
    for (let m = g.exec(s); m; m = g.exec(s)) {
      if (m[0] === '') g.lastIndex += g.unicode && (s.codePointAt(g.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      let start = m.index;
      let end = start + m[0].length;
      // Trimmed to its words (an emoji cue has none and is kept whole).
      if (/[a-z0-9*]/.test(m[0])) while (start < end && /[^a-z0-9*]/.test(s[start] as string)) start++;
      while (end > start && /[\s,]/.test(s[end - 1] as string)) end--;
      const span = { start, end };
      if (end > start && !overlaps(span, out)) out.push(span);
    }
  }
  return out;
}

/** Quotations («…», „…“, »…«, "…", “…”) are someone else's words: blanked, same length. */
export function maskQuotes(text: string): string {
  return text.replace(/(«|»|„|“|"|‹|›)([^«»„“”"‹›\n]{2,400}?)(»|«|“|”|"|›|‹)/g, (all, open: string, body: string, close: string) => {
    // (German „ is often closed with a straight " by people typing without the key.)
    const pairs: Record<string, string> = { '«': '»', '»': '«', '„': '“”"', '“': '”', '"': '"', '‹': '›', '›': '‹' };
    if (!(pairs[open] ?? '').includes(close)) return all;
    return open + body.replace(/[^\s]/g, ' ') + close;
  });
}

/**
 * A forwarded or quoted email is someone else's words: lines quoted with ">" are blanked, and so is everything after a
 * forwarding header ("---------- Weitergeleitete Nachricht ----------", "-----Original Message-----", "Mensaje reenviado").
 * Same length, so indices hold.
 */
export function maskForwarded(text: string): string {
  const header = /^[ \t]*-{2,}[ \t]*(?:weitergeleitete\s+nachricht|urspr(?:ü|ue)ngliche\s+nachricht|forwarded\s+message|original\s+message|message\s+transf(?:é|e)r(?:é|e)|message\s+d'origine|mensaje\s+(?:reenviado|original)|mensagem\s+(?:encaminhada|original))[ \t]*-{2,}[ \t]*$/im.exec(text);
  const cut = header ? header.index : text.length;
  const head = text.slice(0, cut).replace(/^[ \t]*>[^\n]*/gm, (line) => line.replace(/[^\s]/g, ' '));
  return head + text.slice(cut).replace(/[^\s]/g, ' ');
}

function maskSignOff(text: string, signOff: RegExp): string {
  const tail = Math.max(0, text.length - 320);
  let cut = -1;
  const re = new RegExp(signOff.source, 'gm');
  // Accents folded one character for one, so indices hold.
  const probe = Array.from(text.slice(tail), (ch) => {
    const b = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    return b.length === 1 ? b : ch;
  }).join('').toLowerCase();
  for (const m of probe.matchAll(re)) if (m.index + m[0].length < probe.length) cut = tail + m.index;
  if (cut < 0) return text;
  // A postscript after the name ("PS: …", "P.S. Ich …", "P.-S.", "P.D.") is the writer's own words again: only name and title are
  // masked. (A colon or a sentence after it: initials before a surname, "P. S. Müller", stay the name.)
  const ps = /\n[ \t]*(?:p\.?-?[ \t]?[sd]\.?|pps)(?=[ \t]*:|[ \t]+\S+[ \t]+\S+[ \t]+\S)/iu.exec(text.slice(cut));
  const stop = ps ? cut + ps.index : text.length;
  return text.slice(0, cut) + text.slice(cut, stop).replace(/[^\s]/g, ' ') + text.slice(stop);
}

/**
 * People's names are not tone: the name after a title or an introduction ("Herr Sauer", "Sra. Rabia",
 * "hier ist Thomas Sauer", "soy Julián Bravo", "je m'appelle Paul Colère") is blanked (same length),
 * unless it is an insult word ("Herr Idiot" stays a put-down).
 */
const TITLED = /(?<![\p{L}])(?:(?:Herrn?|Frau|Hr\.|Fr\.|Dr\.|Prof\.|Sr\.|Sra\.|Srta\.|Señor|Señora|Señorita|Don|Doña|Dña\.|Monsieur|Madame|Mademoiselle|Mme|Mlle|M\.|Senhor|Senhora|Dona|Sr\.ª)\s+|(?:hier\s+ist|mein\s+Name\s+ist|ich\s+heiße|soy|me\s+llamo|mi\s+nombre\s+es|le\s+escribe|ici|je\s+m'appelle|je\s+me\s+nomme|sou\s+[oa]|meu\s+nome\s+é|chamo-me|me\s+chamo|aqui\s+é|aqui\s+fala)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}))((?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){0,2})/gu;

export function maskNames(lex: ToneLexicon, text: string): string {
  const named = lex.names ? text.replace(lex.names, (w) => ' '.repeat(w.length)) : text;
  return named.replace(TITLED, (all, name: string) => {
    const masked = name.replace(/\S+/g, (w) => {
      const folded = fold(w, lex.fold).norm.replace(/[^a-z]/g, '');
      return isInsultNoun(lex, folded) || lex.insultAdj.test(folded) ? w : ' '.repeat(w.length);
    });
    return all.slice(0, all.length - name.length) + masked;
  });
}

const sentenceBreak = (gap: string): boolean => /[.!?;:\n]/.test(gap);
const clauseBreak = (gap: string): boolean => /[.!?;:\n,]|\s-\s|–|—/.test(gap);

/** Who an insult word is about: the rep, someone or something else, or nobody (oneself, a negation). */
function vocativeAt(lex: ToneLexicon, norm: string, at: number): boolean {
  const before = norm.slice(Math.max(0, at - 30), at);
  const cut = before.search(/[.!?;:\n,][^.!?;:\n,]*$/);
  return lex.vocative.test(cut < 0 ? before : before.slice(cut + 1));
}

/** The index of the last token of an insult noun's tail ("connard de merde" → "merde"), or i. */
function tailEnd(lex: ToneLexicon, norm: string, tokens: Token[], i: number): number {
  const tok = tokens[i] as Token;
  const m = lex.insultTail?.exec(norm.slice(tok.end, tok.end + 40));
  if (!m) return i;
  const end = tok.end + m[0].length;
  let k = i;
  while (k + 1 < tokens.length && (tokens[k + 1] as Token).end <= end) k++;
  return k;
}

/** Articles and demonstratives before a noun ("les", "die", "esses", "los"): the insult names those people. */
const DEMONSTRATIVE = /^(?:ces|diese|dieser|diesen|esses|essas|estes|estas|aqueles|aquelas|esos|esas|estos|aquellos)$/;
const DETERMINER = /^(?:les|ces|cette|ce|le|la|l|die|diese|dieser|diesen|der|den|dem|os|as|o|a|esses|essas|estes|estas|aqueles|aquelas|esse|essa|este|esta|los|las|el|esos|esas|estos|aquellos)$/;

function insultTarget(lex: ToneLexicon, norm: string, tokens: Token[], i: number, kind: 'noun' | 'adj', second: (j: number) => boolean): 'rep' | 'other' | 'named' | null {
  const tok = tokens[i] as Token;
  const last = kind === 'noun' ? tailEnd(lex, norm, tokens, i) : i;
  const next = tokens[last + 1];
  // "sale voleur", "espèce d'abruti", "du Idiot", "seu idiota", "pedazo de inútil"
  if (vocativeAt(lex, norm, tok.start)) return 'rep';
  // A word that insults only as a name for the rep, after a preposition and its article, is the animal or the thing ("die Tasse mit dem Hund").
  if (kind === 'noun' && lex.personOnly?.test(tok.w) && /^(?:dem|der|den|einem|einer|einen)$/.test(tokens[i - 1]?.w ?? '') && /^(?:mit|von|bei|auf|an|unter|neben|ueber|fuer|ohne|aus|zu|hinter|vor)$/.test(tokens[i - 2]?.w ?? '')) return null;
  // An adjective on a thing ("un service nul", "der unfähige Fahrer") is about the thing.
  for (let j = i - 1, steps = 0; j >= 0 && steps < 7; j--, steps++) {
    const cur = tokens[j + 1] as Token;
    const t = tokens[j] as Token;
    if (sentenceBreak(cur.gap)) break;
    if (clauseBreak(cur.gap) && !second(j)) break;
    if (lex.self.test(t.w) || lex.outsider?.test(t.w)) return null;
    if (lex.possessive.test(t.w)) {
      const after = tokens[j + 1] as Token;
      if (after !== tok && !isInsultNoun(lex, after.w) && !lex.insultAdj.test(after.w)) return 'other';
      return 'rep';
    }
    // "o suporte de vocês", "el servicio de ustedes": the rep as the owner of a thing.
    if (second(j) && /^(?:de|do|da|von)$/.test(tokens[j - 1]?.w ?? '')) return 'other';
    // "Haben Sie Pfeifen?", "Verkaufen Sie Flaschen?": a formal "Sie" right after its clause's first word, a verb, makes the noun after it
    // the verb's object (not when the verb has its object after the noun: "Haben Sie Trottel das nicht gelesen?").
    if (second(j) && lex.formal?.test(t.w) && j === i - 1 && j > 0 && !clauseBreak(t.gap) && (j - 1 === 0 || clauseBreak((tokens[j - 1] as Token).gap)) && !/^(?:ey|eh|hey|na|ja|nein|danke|also|so|und|aber|oder|ach|oh|hallo|mensch|tja)$/.test((tokens[j - 1] as Token).w) && !/^(?:das|es|den|dem|mir|mich|uns|mein\w*)$/.test(next?.w ?? '')) return null;
    if (second(j)) return 'rep';
    if (lex.thirdParty.test(t.w)) return 'other';
  }
  // "Les abrutis du transporteur", "Die Idioten vom Lieferdienst", "Esses incompetentes da transportadora": a
  // determiner before the insult makes it about those people, not a name for the rep.
  if (kind === 'noun' && i > 0 && !clauseBreak(tok.gap)) {
    const det = (tokens[i - 1] as Token).w;
    const of = tokens[i + 1]?.w ?? '';
    const owner = [tokens[i + 2], tokens[i + 3]].some((t) => !!t && lex.thirdParty.test(t.w));
    if (DEMONSTRATIVE.test(det) || (DETERMINER.test(det) && /^(?:de|du|des|d|da|do|das|dos|vom|von|der|del)$/.test(of) && owner)) return 'named';
  }
  // A form of address on its own: "Connard.", ", imbécil.", "Schnauze, du Lappen".
  if (kind === 'noun') {
    // Insult adjectives before it keep it a form of address: "Dumme Kuh!", "pinche vieja inútil".
    let first = i;
    while (first > 0 && !clauseBreak((tokens[first] as Token).gap) && lex.insultAdj.test((tokens[first - 1] as Token).w)) first--;
    const startsClause = first === 0 || clauseBreak((tokens[first] as Token).gap);
    // …and one word after it: "Porco imundo,", "Idiota total." (Romance adjectives follow the noun).
    const endsClause = !next || clauseBreak(next.gap) || ((lex.vocativeAfter.test(next.w) || lex.fold === 'latin') && (!tokens[last + 2] || clauseBreak(tokens[last + 2]!.gap)));
    if (startsClause && endsClause) return 'rep';
    // Apposition to the rep: "Vous êtes une honte, un vrai incompétent." — a short noun phrase
    // ending the sentence, after a clause that addresses the rep.
    if (endsClause || !next || sentenceBreak(next.gap)) {
      let j = i - 1;
      let steps = 0;
      while (j >= 0 && steps < 5 && !clauseBreak((tokens[j + 1] as Token).gap)) {
        j--;
        steps++;
      }
      if (j >= 0 && steps <= 5 && /,/.test((tokens[j + 1] as Token).gap)) {
        for (let k = j, n = 0; k >= 0 && n < 8; k--, n++) {
          if (sentenceBreak((tokens[k + 1] as Token).gap)) break;
          if (lex.thirdParty.test((tokens[k] as Token).w) && !second(k)) break;
          if (second(k)) return 'rep';
        }
      }
    }
  }
  return null;
}

const isInsultNoun = (lex: ToneLexicon, w: string): boolean => lex.insultNoun.test(w) || !!lex.compound?.(w);

const insultWords = new WeakMap<ToneLexicon, string[]>();
/** "enc*lé", "c**nard", "a****loch": a masked word that can only be one of the insult nouns. */
function maskedInsult(lex: ToneLexicon, w: string): boolean {
  if (!w.includes('*') || !/[a-z]/.test(w)) return false;
  let words = insultWords.get(lex);
  if (!words) {
    words = lex.insultNoun.source.replace(/^\^\(\?:|\)\$$/g, '').split('|').filter((x) => /^[a-z-]+$/.test(x) && x.length >= 4);
    insultWords.set(lex, words);
  }
  const re = new RegExp(`^${w.replace(/\*+/g, '[a-z]{1,4}')}$`);
  // A swear word that fits as well wins: "Sch***e" is "Scheiße" (venting), not "Schlampe".
  if (lex.masked?.some((x) => re.test(x))) return false;
  return words.some((x) => re.test(x));
}

/** Masked words spelled out where one same-length word of the lexicon fits ("f*der" → "foder"). */
function unmask(lex: ToneLexicon, norm: string): string {
  if (!norm.includes('*')) return norm;
  let words = insultWords.get(lex);
  if (!words) {
    words = lex.insultNoun.source.replace(/^\^\(\?:|\)\$$/g, '').split('|').filter((x) => /^[a-z-]+$/.test(x) && x.length >= 4);
    insultWords.set(lex, words);
  }
  const all = [...(lex.masked ?? []), ...words];
  return norm.replace(/[a-z*]*\*[a-z*]*/g, (w) => {
    if (!/[a-z]/.test(w) || w.length < 3) return w;
    const re = new RegExp(`^${w.replace(/\*/g, '[a-z]')}$`);
    return all.find((x) => x.length === w.length && re.test(x)) ?? w;
  });
}

/**
 * Emoji say the same in every language: eyes rolled, unamused, a huff (annoyance); a red face, a curse
 * (anger); the finger (at the rep). Not a facepalm or a sad face: people send those about their own slip.
 */
const EMOJI_ANNOYED = /\u{1F643}|\u{1F644}|\u{1F612}|\u{1F611}|\u{1F629}|\u{1F62B}|\u{1F624}|\u{1F62E}\u200D\u{1F4A8}/gu;
const EMOJI_ANGRY = /\u{1F621}|\u{1F92C}|\u{1F620}|\u{1F47F}|\u{1F4A2}/gu;
const EMOJI_FINGER = /\u{1F595}/gu;

/** Negations in the four languages (for a question that complains: "immer noch nicht?"). */
const NEGATION = /\b(?:pas|rien|jamais|nicht|nichts|kein\w*|nie|nao|nada|nunca|no|ni|nadie|personne|ninguem|niemand)\b/;

/** A curt acknowledgement trailing off ("Ok...", "D'accord…", "Aha...", "Certo..."). */
const CURT_OK = /^\s*(?:ok|okay|d'?accord|ah|aha|ach\s+so|na\s+gut|na\s+dann|gut|certo|ta|vale|bueno|bon|entendi|entendu|verstehe|sei)\s*(?:\.{2,}|…)/;

/** Whether a (folded) sentence addresses the rep or names the rep's things: a word of the second person or a possessive. */
const addressesRep = (lex: ToneLexicon, sentence: string): boolean => (sentence.match(/[a-z]+/g) ?? []).some((w) => lex.second.test(w) || lex.possessive.test(w));

/** Laughter or a sheepish grin in a sentence. */
const LAUGH = /😄|😂|🤣|😆|😅|😁|🙈|\bhaha+\b|\bhehe+\b|\blol\b|\brs(?:rs)*\b|\bkkk+\b|\bmdr\b/u;

const ANGRY_AT = 4;
const FRUSTRATED_AT = 2;

/** Read one customer message with a language's lexicon. */
export function readMessage(lex: ToneLexicon, text: string, messageIndex = 0): MessageTone {
  if (!text.trim()) return { level: 'calm', signals: [] };
  const own = maskNames(lex, maskSignOff(maskQuotes(maskForwarded(text)), lex.signOff));
  const f = fold(own, lex.fold);
  const norm = unmask(lex, f.norm);
  const signals: ToneSignal[] = [];
  const toOrig = (s: Span): Span => ({ start: f.at[s.start] as number, end: (f.at[s.end - 1] as number) + 1 });
  const push = (kind: ToneSignalKind, s: Span): void => {
    const o = toOrig(s);
    if (!signals.some((x) => x.kind === kind && x.start === o.start && x.end === o.end)) signals.push({ kind, messageIndex, ...o });
  };
  const collect = (kind: ToneSignalKind, res: readonly RegExp[]): Span[] => {
    const found = findAll(res, norm);
    for (const s of found) push(kind, s);
    return found;
  };
  const clauseBefore = (at: number): string => {
    const before = norm.slice(Math.max(0, at - 40), at);
    const cut = before.search(/[.,;:!?\n][^.,;:!?\n]*$/);
    return cut < 0 ? before : before.slice(cut + 1);
  };
  const asserted = (list: Span[]): Span[] => list.filter((s) => !lex.negatedBefore.test(clauseBefore(s.start)));

  // --- abuse aimed at the rep ---
  // German "sie" in lowercase mid-sentence is "they": hidden from the phrases (same length).
  const addressed = lex.they
    ? norm.replace(lex.they, (w: string, at: number) => {
        const o = own[f.at[at] as number] ?? '';
        const initial = /(?:^|[.!?\n]\s*)$/.test(norm.slice(Math.max(0, at - 3), at));
        return o === o.toLowerCase() && !initial ? '_'.repeat(w.length) : w;
      })
    : norm;
  const atRep: Span[] = [];
  const sentenceBefore = (at: number): string => {
    const from = Math.max(norm.lastIndexOf('.', at - 1), norm.lastIndexOf('!', at - 1), norm.lastIndexOf('?', at - 1), norm.lastIndexOf('\n', at - 1)) + 1;
    const s = norm.slice(from, at);
    // A clause joined after a comma ("Dice que no, y vos sos un boludo") is the writer's again.
    const cut = s.search(/[,;]\s*(?:y|e|et|und|pero|mais|mas|aber|porque|weil|car)\s(?!.*[,;]\s*(?:y|e|et|und|pero|mais|mas|aber|porque|weil|car)\s)/);
    return cut < 0 ? s : s.slice(cut + 1);
  };
  // Someone else's words reported ("mi marido dice que sois unos ladrones, pero…", "Mein Mann meint, Sie seien
  // Betrüger"): an insult the writer passes on, not one they aim at the rep. Threats are kept.
  const collectIn = (kind: ToneSignalKind, res: readonly RegExp[]): Span[] => {
    const found = findAll(res, addressed).filter((s) => !overlaps(s, atRep) && !(kind === 'insult-at-rep' && lex.reported.test(sentenceBefore(s.start))));
    for (const s of found) push(kind, s);
    return found;
  };
  atRep.push(...collectIn('insult-at-rep', lex.atRep));
  atRep.push(...collectIn('threat-at-rep', lex.threatAtRep));
  atRep.push(...collectIn('harassment', lex.harassment));
  atRep.push(...collectIn('insult-at-rep', [EMOJI_FINGER]));

  const tokens: Token[] = [];
  let last = 0;
  for (const m of norm.matchAll(/[a-z0-9*]+/g)) {
    tokens.push({ w: m[0], start: m.index, end: m.index + m[0].length, gap: norm.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  /** Is token j the rep addressed? German "Sie"/"Ihr" only with a capital, mid-sentence or before a verb of address. */
  const second = (j: number): boolean => {
    const t = tokens[j] as Token;
    if (lex.formal?.test(t.w)) {
      const c = own[f.at[t.start] as number] ?? '';
      const initial = j === 0 || sentenceBreak(t.gap);
      return c !== c.toLowerCase() && (!initial || /^(?:sind|haben|hatten|waren|koennen|koennten|muessen|sollten|wissen|verstehen)$/.test(tokens[j + 1]?.w ?? ''));
    }
    return lex.second.test(t.w);
  };
  // The language's structural reading (German): the person addressed and a judgement of them, threats to their job.
  if (lex.structure) {
    const capital = (i: number): boolean => {
      const c = own[f.at[i] as number] ?? '';
      return c !== c.toLowerCase();
    };
    for (const hit of lex.structure({ norm, tokens, second, capital })) {
      if (overlaps(hit, atRep) || (hit.kind === 'insult-at-rep' && lex.reported.test(sentenceBefore(hit.start)))) continue;
      atRep.push({ start: hit.start, end: hit.end });
      push(hit.kind, hit);
    }
  }
  const sentenceAround = (sp: Span): string => {
    const from = Math.max(norm.lastIndexOf('.', sp.start - 1), norm.lastIndexOf('!', sp.start - 1), norm.lastIndexOf('?', sp.start - 1), norm.lastIndexOf('\n', sp.start - 1)) + 1;
    const stop = norm.slice(sp.end).search(/[.!?\n]/);
    return norm.slice(from, stop < 0 ? norm.length : sp.end + stop);
  };
  // Warm, and not "gracias por nada" (sarcasm).
  const friendlyIn = (sentence: string): boolean => lex.warm.test(sentence) && ![...lex.sarcasmStrong, ...lex.sarcasmMild].some((re) => new RegExp(re.source).test(sentence));
  const otherInsults: Span[] = [];
  // "Mein Bruder, der Idiot, hat mein Passwort geändert 😂", "le chien…, ce petit voyou 😅": a relative, a neighbour or a pet named
  // earlier in a laughing sentence that does not address the rep is teased, not insulted.
  const teased = (i: number): boolean => {
    const sentence = sentenceAround(tokens[i] as Token);
    if (!LAUGH.test(sentence) || addressesRep(lex, sentence)) return false;
    // (the subject: one of the sentence's first three words)
    let from = i;
    while (from > 0 && !sentenceBreak((tokens[from] as Token).gap)) from--;
    for (let j = from; j < Math.min(i, from + 3); j++) if (lex.outsider?.test((tokens[j] as Token).w)) return true;
    return false;
  };
  tokens.forEach((tok, i) => {
    if (overlaps(tok, atRep)) return;
    // Plurals the list does not spell out ("Heinis", "clowns"): the word without its ending.
    const plural = tok.w.length > 4 && /(?:s|n|e)$/.test(tok.w) ? tok.w.replace(/(?:es|en|s|n|e)$/, '') : '';
    // …or without its last letter only ("Affen" → "Affe").
    const plural1 = tok.w.length > 4 && /n$/.test(tok.w) ? tok.w.slice(0, -1) : '';
    const listed = isInsultNoun(lex, tok.w) || maskedInsult(lex, tok.w) || (plural.length > 3 && lex.insultNoun.test(plural));
    // (only as a name for the rep: "Ihr Affen!", not "das Kuscheltier mit den Affen")
    const onlyPlural1 = !listed && plural1.length > 3 && lex.insultNoun.test(plural1);
    const kind = listed || onlyPlural1 ? 'noun' : lex.insultAdj.test(tok.w) ? 'adj' : null;
    if (!kind) return;
    // "Merda, deixei cair o telemóvel 🙈": a swear word said at one's own slip, not a name for the rep.
    if (lex.masked?.includes(tok.w) && lex.mishap.test(sentenceAround(tok))) return;
    if (lex.insultExcept?.test(norm.slice(tok.start, tok.end + 30)) && !(kind === 'noun' && tailEnd(lex, norm, tokens, i) > i)) return;
    // A count given as a label's value ("Ergebnis: NULL.", "Résultat : zéro") is a tally, not a name for the rep.
    if (/^(?:null|nullen|zero|nul)$/.test(tok.w)) {
      const label = norm.slice(Math.max(0, tok.start - 30), tok.start);
      if (/[a-z]\s*:\s*$/.test(label) && !/\b(?:sie|du|ihr|ihnen|dir|euch|vous|tu|toi|voce)\s*:\s*$/.test(label) && /^\s*(?:[.!…]|$)/.test(norm.slice(tok.end, tok.end + 3))) return;
    }
    if (lex.negatedBefore.test(clauseBefore(tok.start)) && !vocativeAt(lex, norm, tok.start)) return;
    const target = insultTarget(lex, norm, tokens, i, kind, second);
    if (onlyPlural1 && target !== 'rep') return;
    if (target === 'rep') {
      if (lex.reported.test(sentenceBefore(tok.start))) return;
      if (lex.friendly?.test(tok.w) && friendlyIn(sentenceAround(tok)) && !tokens.slice(Math.max(0, i - 3), i).some((_, k, arr) => second(i - arr.length + k))) return;
      atRep.push(tok);
      push('insult-at-rep', tok);
    } else if ((target === 'other' || (target === 'named' && !friendlyIn(sentenceAround(tok)))) && !lex.personOnly?.test(tok.w) && !lex.reported.test(sentenceBefore(tok.start)) && !teased(i)) otherInsults.push(tok);
  });
  if (atRep.length) {
    signals.sort((a, b) => a.start - b.start);
    return { level: 'abusive', signals };
  }

  // --- the cues ---
  const sentenceOf = (sp: Span): string => {
    const from = Math.max(norm.lastIndexOf('.', sp.start - 1), norm.lastIndexOf('!', sp.start - 1), norm.lastIndexOf('?', sp.start - 1), norm.lastIndexOf('\n', sp.start - 1)) + 1;
    const stop = norm.slice(sp.end).search(/[.!?\n]/);
    return norm.slice(from, stop < 0 ? norm.length : sp.end + stop);
  };
  // A swear word said alone, then the slip it is about ("Mist!!! Ich hab das falsche Passwort eingegeben 🙈").
  const aloneBeforeSlip = (p: Span): boolean => {
    if ((sentenceOf(p).match(/[a-z0-9']+/g) ?? []).length > 3) return false;
    const stop = norm.slice(p.end).search(/[.!?\n]/);
    if (stop < 0) return false;
    const rest = norm.slice(p.end + stop).replace(/^[.!?\n\s]+/, '');
    const end = rest.search(/[.!?\n]/);
    return lex.mishap.test(end < 0 ? rest : rest.slice(0, end));
  };
  const profane = findAll([lex.profanity], norm).filter((p) => !overlaps(p, otherInsults) && !lex.mishap.test(sentenceOf(p)) && !aloneBeforeSlip(p) && !lex.reported.test(sentenceBefore(p.start)));
  // "¿Cómo cancelo la suscripción?", "Wie kann ich kündigen?": asking how to leave is a request.
  const askedHow = (s: Span): boolean => {
    if (!lex.howTo) return false;
    const stop = norm.slice(s.end).search(/[.!?\n]/);
    if (stop < 0 || norm[s.end + stop] !== '?') return false;
    const from = Math.max(...['.', '!', '?', '\n', ',', ';', '¿'].map((c) => norm.lastIndexOf(c, s.start - 1))) + 1;
    return lex.howTo.test(norm.slice(from, s.start));
  };
  // "Est-ce que la DGCCRF impose un délai ?": a regulator or a lawyer named in a question where the writer does nothing is no threat.
  const namedInQuestion = (s: Span): boolean => {
    const stop = norm.slice(s.end).search(/[.!?\n]/);
    if (stop < 0 || norm[s.end + stop] !== '?') return false;
    return !(sentenceOf(s).match(/[a-z]+/g) ?? []).some((w) => lex.self.test(w));
  };
  // A crime against the customer, reported: its words and the police, in a sentence that does not address the rep.
  const crimeHere = !!lex.crime?.test(norm);
  const crimeAside = (s: Span): boolean => crimeHere && !addressesRep(lex, sentenceOf(s));
  const leave = asserted(findAll(lex.leave, norm)).filter((s) => !askedHow(s) && !namedInQuestion(s) && !crimeAside(s) && !lex.recalledThreat?.test(sentenceOf(s)));
  for (const s of leave) push('threat-to-leave', s);
  const leaveWeak = asserted(findAll(lex.leaveWeak, norm)).filter((s) => !overlaps(s, leave) && !askedHow(s));
  const praise = findAll(lex.praiseIfNegative, norm);
  const sup = asserted(findAll([lex.supervisor], norm));
  for (const s of sup) push('supervisor-request', s);
  // "Se me olvidó otra vez la contraseña", "Passwort schon wieder vergessen": one's own slip again is not a repeat contact.
  // "Letztes Jahr war ich ziemlich genervt, aber …, danke!": in a warm message an old complaint, told as the past, is over
  // (not when it happened again: "…, und jetzt ist es wieder passiert"; "noch einmal herzlichen Dank" is no recurrence).
  const recalledOnce = lex.warm.test(norm) && !findAll([lex.again], norm).some((a) => !lex.warm.test(sentenceOf(a)));
  const bygone = (s: Span): boolean => recalledOnce && !!lex.bygone?.test(sentenceOf(s));
  // "Ich habe ihn zweimal zurückgesetzt": what one tried on the device, not a repeat contact.
  const troubleshooting = (r: Span): boolean =>
    /(?:fois|mal|veces|vezes|\dx)$/.test(norm.slice(r.start, r.end)) && !!lex.tried?.test(sentenceOf(r)) && !lex.contacted?.test(sentenceOf(r));
  // "C'est toujours le même numéro ?", "Ist das immer noch der gleiche Tarif?": sameness asked about, no complaint.
  const askedSame = (r: Span): boolean => {
    const stop = norm.slice(r.end).search(/[.!?\n]/);
    return stop >= 0 && norm[r.end + stop] === '?' && /(?:meme|gleich|selbe|igual|mismo|misma)/.test(norm.slice(r.start, r.end + stop)) && !NEGATION.test(sentenceOf(r));
  };
  const repeat = findAll(lex.repeat, norm).filter((r) => !lex.mishap.test(sentenceOf(r)) && !troubleshooting(r) && !bygone(r) && !askedSame(r));
  for (const r of repeat) push('repeat-contact', r);
  const again = findAll([lex.again], norm).filter((a) => !overlaps(a, repeat) && !lex.mishap.test(sentenceOf(a)));
  const past = collect('past-experience', lex.past);
  const politeAt = (d: Span): boolean => {
    const from = Math.max(norm.lastIndexOf('.', d.start - 1), norm.lastIndexOf('?', d.start - 1), norm.lastIndexOf('!', d.start - 1), norm.lastIndexOf('\n', d.start - 1)) + 1;
    const to = norm.slice(d.end).search(/[.!?\n]/);
    return lex.polite.test(norm.slice(from, to < 0 ? norm.length : d.end + to));
  };
  const demands = findAll(lex.demands, norm).filter((d) => !politeAt(d));
  // "Réparez ça. Aujourd'hui.", "Resolvam isso. Hoje mesmo.": a short order, then the deadline said alone.
  if (lex.deadline) {
    const sentences = [...norm.matchAll(/[^.!?\n]+[.!?\n]*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    for (let k = 1; k < sentences.length; k++) {
      const a = sentences[k - 1]!;
      const b = sentences[k]!;
      const words = (a.text.match(/[a-z0-9']+/g) ?? []).length;
      const order = words >= 1 && words <= 5 && !/\?/.test(a.text) && !lex.self.test((a.text.match(/[a-z0-9]+/) ?? [''])[0]);
      if (order && !/\?/.test(b.text) && lex.deadline.test(b.text.replace(/[.!\s]+$/, '').trim())) {
        const d = { start: a.start, end: b.start + b.text.replace(/[.!\s]+$/, '').length };
        if (!overlaps(d, demands) && !politeAt(d)) demands.push(d);
      }
    }
  }
  for (const d of demands) push('urgency', d);
  const soft = asserted(findAll(lex.softDemands, norm)).filter((d) => !politeAt(d) && !overlaps(d, demands));
  // The trouble is over ("un problema horrible…, pero ya está todo resuelto") or one's own slip ("qué vergüenza, puse mal la dirección").
  // "Das Spiel gestern war eine Katastrophe, aber egal 😄": a strong word in a laughing sentence that does not address the rep.
  const laughingAside = (s: Span): boolean => {
    const sentence = sentenceOf(s);
    return /😄|😂|🤣|😆|\bhaha+\b|\bhehe+\b|\brs(?:rs)*\b|\bkkk+\b|\bmdr\b|\blol\b/u.test(sentence) && !addressesRep(lex, sentence);
  };
  const settled = (s: Span): boolean => {
    if (bygone(s) || laughingAside(s)) return true;
    const from = Math.max(norm.lastIndexOf('.', s.start - 1), norm.lastIndexOf('!', s.start - 1), norm.lastIndexOf('?', s.start - 1), norm.lastIndexOf('\n', s.start - 1)) + 1;
    const stop = norm.slice(s.end).search(/[.!?\n]/);
    const rest = norm.slice(s.end, stop < 0 ? norm.length : s.end + stop);
    return !!lex.resolved?.test(rest) || lex.mishap.test(norm.slice(from, stop < 0 ? norm.length : s.end + stop));
  };
  const strongAll = asserted(findAll(lex.strong, norm)).filter((s) => !overlaps(s, leave) && !lex.reported.test(sentenceBefore(s.start)) && !settled(s) && !crimeAside(s) && !lex.recalledThreat?.test(sentenceOf(s)));
  const hedged = (s: Span): boolean => !!lex.hedge?.test(clauseBefore(s.start));
  const strong = [...strongAll.filter((s) => !hedged(s)), ...findAll([EMOJI_ANGRY], norm)];
  for (const s of strong) push('negative-sentiment', s);
  for (const s of otherInsults) push('negative-sentiment', s);
  const sarcStrong = collect('sarcasm', lex.sarcasmStrong);
  const sarcMild = collect('sarcasm', lex.sarcasmMild).filter((s) => !overlaps(s, sarcStrong));
  // Annoyance at one's own slip ("Puxa, esqueci a senha de novo 🙈") is not at the service.
  const mild = [...asserted(findAll(lex.mild, norm)).filter((s) => !overlaps(s, [...strongAll, ...repeat, ...past]) && !bygone(s) && !lex.mishap.test(sentenceOf(s)) && !lex.recalledThreat?.test(sentenceOf(s))), ...strongAll.filter(hedged)];
  // An eye roll or a sigh is annoyance even after a thanks ("Gracias... supongo 😒").
  const sighs = findAll([EMOJI_ANNOYED], norm).filter((p) => !lex.mishap.test(sentenceOf(p)));
  for (const s of sighs) push('negative-sentiment', s);
  for (const s of mild) push('negative-sentiment', s);

  // --- capitals: accents folded, and this language's short words count ---
  const caps = findCaps(f.cased);
  const capsWords = caps.words.slice();
  for (const m of f.cased.matchAll(/(?<![A-Za-z0-9'])[A-Z]{2,4}(?![A-Za-z0-9'])/g)) {
    const s = { start: m.index, end: m.index + m[0].length };
    // After an article it is a name ("o NOS SUPER", "la UNO"), not a shouted word.
    // (An article typed in capitals is part of the shouting: "LA", "DAS".)
    const art = /(?:^|[^A-Za-z])((?:o|a|os|as|do|da|dos|das|no|na|pelo|pela|el|la|los|las|del|al|le|les|du|des|au|aux|der|die|das|den|dem|vom|zum|zur|im|beim))\s+$/i.exec(f.cased.slice(Math.max(0, s.start - 8), s.start));
    const named = !!art && (/[a-z]/.test(art[1] as string) || (art[1] as string).length === 1);
    if (lex.shortCaps.has(m[0].toLowerCase()) && !named && !overlaps(s, capsWords) && !overlaps(s, caps.labels)) capsWords.push(s);
  }
  // Runs of capitals a screen shows ("affiche ERREUR SYSTEME E-45"), or with a code in them, are labels; one label may be
  // split by a dash or a slash ("steht GESPERRT – WENDEN SIE SICH AN DEN SUPPORT", "FEHLER 502 / SERVER NICHT ERREICHBAR").
  for (const m of f.cased.matchAll(/[A-Z0-9][A-Z0-9_'-]*(?:(?:[ ]+|[ ]*[–—/|][ ]*|[ ]+-[ ]+)[A-Z0-9][A-Z0-9_'-]*)*/g)) {
    const run = { start: m.index, end: m.index + m[0].length };
    const before = f.cased.slice(Math.max(0, run.start - 30), run.start).toLowerCase();
    if (/\d/.test(m[0]) && m[0].includes(' ') || lex.shows.test(before) || /["'«»„“([]\s*$/.test(before)) {
      for (let k = capsWords.length - 1; k >= 0; k--) if (overlaps(capsWords[k]!, [run])) capsWords.splice(k, 1);
    }
  }
  // Acronyms joined by a hyphen name a part or a service ("die DSL-LED blinkt", "WLAN-LED", "USB-C"), not a shouted word.
  for (let k = capsWords.length - 1; k >= 0; k--) {
    if (/^[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4})+$/.test(f.cased.slice(capsWords[k]!.start, capsWords[k]!.end))) capsWords.splice(k, 1);
  }
  const casedSentence = (at: number): string => {
    const from = Math.max(f.cased.lastIndexOf('.', at - 1), f.cased.lastIndexOf('!', at - 1), f.cased.lastIndexOf('?', at - 1), f.cased.lastIndexOf('\n', at - 1)) + 1;
    const stop = f.cased.slice(at).search(/[.!?\n]/);
    return f.cased.slice(from, stop < 0 ? f.cased.length : at + stop);
  };
  // A deadline shouted in capitals ("Je veux mon argent MAINTENANT", "Quero o dinheiro AGORA") is a flat demand.
  // (A capital word hyphened to another is a term's name, "SOFORT-KÜNDIGUNG" in the terms, not a deadline shouted.)
  const shoutedDeadline =
    !!lex.deadline && [...f.cased.matchAll(/(?<![A-Za-z-])[A-Z][A-Z']+(?:\s+[A-Z][A-Z']+)?(?![A-Za-z-])/g)].some((m) => lex.deadline!.test(m[0].toLowerCase()) && !/^[^.!\n]*\?/.test(f.cased.slice(m.index)) && !lex.polite.test(casedSentence(m.index).toLowerCase()));
  const lowerCount = (f.cased.match(/[a-z]/g) ?? []).length;
  const upperCount = (f.cased.match(/[A-Z]/g) ?? []).length;
  const n = capsWords.length;
  // Joy in capitals ("SUPER, DANKE!!!"): every shouted word is thanks or praise, in a message with nothing to complain about.
  const joyful = n > 0 && capsWords.every((w) => lex.warm.test(f.cased.slice(w.start, w.end).toLowerCase()));
  const shouting = !joyful && (n >= 3 || (n >= 2 && n / Math.max(1, caps.total) >= 0.25) || (n >= 1 && lowerCount === 0 && upperCount >= 3));

  // --- weigh ---
  let anger = 0;
  let frustration = 0;
  // A thanks that only closes the message ("… ¿Pueden mandar un técnico? Muchas gracias.") is politeness, not warmth.
  const closing = /(?:^|[.!?\n])([^.!?\n]*)[.!?\s]*$/.exec(norm);
  const body = closing && closing.index > 0 && (closing[1]!.match(/[a-z0-9']+/g) ?? []).length <= 4 ? norm.slice(0, closing.index + 1) : norm;
  // "Danke, aber …", "Merci, mais …": a thanks that opens an objection is not warmth.
  const thanksBut = /\b(?:danke|vielen\s+dank|merci|obrigad[oa]|gracias)\b[^.!?]{0,40}?\b(?:aber|mais|mas|pero)\b/g;
  const warm = lex.warm.test(norm.replace(thanksBut, ' '));
  const warmBody = warm && lex.warm.test(body.replace(thanksBut, ' '));
  let nRepeat = repeat.length;
  if (nRepeat) frustration += Math.min(3, 1 + nRepeat);
  if (past.length) frustration += Math.min(3, 1 + past.length);
  const complaintCues = repeat.length + past.length + leave.length + strong.length + mild.length + sighs.length + sarcStrong.length + sarcMild.length + otherInsults.length;
  if (sighs.length) frustration += 2;
  // "Ok... Super.", "Aha... Also noch eine Woche.", "Certo... Mais uma semana então.": a curt, trailing acknowledgement.
  const curt = CURT_OK.test(norm) && !norm.includes('?') && (norm.match(/[a-z0-9']+/g) ?? []).length <= 6 && !lex.mishap.test(norm) && !lex.warm.test(norm.replace(/^\s*\S+\s*(?:\.{2,}|…)/, ' ').replace(/\b(?:super|genial|toll|otimo|perfeito|parfait)\b\s*[.!]?\s*$/, ''));
  if (curt) frustration += 2;
  if (again.length && (complaintCues > 0 || !warm)) {
    nRepeat += again.length;
    frustration += Math.min(3, 1 + again.length);
    for (const a of again) push('repeat-contact', a);
  }
  const complaining = complaintCues + (nRepeat > repeat.length ? 1 : 0) > 0;
  if (shouting) {
    anger += 4;
    const first = capsWords.reduce((a, b) => (b.start < a.start ? b : a));
    const lastW = capsWords.reduce((a, b) => (b.end > a.end ? b : a));
    const o = { start: f.casedAt[first.start] as number, end: (f.casedAt[lastW.end - 1] as number) + 1 };
    signals.push({ kind: 'shouting', messageIndex, ...o });
  }
  if (leave.length) anger += 4;
  if (strong.length) anger += 4;
  if (sarcStrong.length) anger += 4;
  if (sarcMild.length) frustration += 2;
  if (otherInsults.length) {
    if (lex.exoneration.test(norm)) frustration += 2;
    else anger += 4;
  }
  const terse = (d: Span): boolean => {
    const from = Math.max(norm.lastIndexOf('.', d.start - 1), norm.lastIndexOf('!', d.start - 1), norm.lastIndexOf('?', d.start - 1), norm.lastIndexOf('\n', d.start - 1)) + 1;
    const stop = norm.slice(d.start).search(/[.!?\n]/);
    return (norm.slice(from, stop < 0 ? norm.length : d.start + stop).match(/[a-z0-9']+/g) ?? []).length <= 7;
  };
  const nDemands = demands.length + soft.filter((d) => complaining || demands.length > 0 || terse(d)).length;
  // A flat demand ("Répondez-moi. Maintenant.") is anger on its own; "I want my money back" needs company.
  if (demands.length || shoutedDeadline) anger += 4;
  else if (nDemands) anger += Math.min(4.5, 3 + 1.5 * (nDemands - 1));
  if (nDemands > demands.length) for (const d of soft) push('urgency', d);
  if (mild.length) frustration += (warmBody && anger === 0 && mild.length === 1 ? 0.5 : 1) * Math.min(3, 1 + mild.length);
  // "Can I speak to a manager? It's to praise Julie.": the reason often comes in the next sentence.
  const withNext = (sp: Span): string => {
    const stop = norm.slice(sp.end).search(/[.!?\n]/);
    const from = stop < 0 ? norm.length : sp.end + stop + 1;
    const next = norm.slice(from).search(/[^.!?\n\s][^.!?\n]*[.!?\n]?/);
    const rest = next < 0 ? '' : norm.slice(from + next);
    const end = rest.search(/[.!?\n]/);
    return sentenceOf(sp) + ' ' + (end < 0 ? rest : rest.slice(0, end));
  };
  // …or anywhere in a message with no complaint in it ('Nicht wegen einer Beschwerde, im Gegenteil.').
  if (sup.length && !sup.every((x) => lex.compliment.test(withNext(x)) || (complaintCues === 0 && lex.compliment.test(norm)))) {
    if (lex.supervisorDemanded.test(norm) || shouting || capsWords.some((w) => sup.some((s) => Math.abs(f.casedAt[w.start]! - f.at[s.start]!) < 40))) anger += 4;
    else frustration += 2;
  }
  const otherCues = complaintCues + nDemands + (nRepeat > repeat.length ? 1 : 0);
  if (profane.length) {
    const inQuestion = profane.some((p) => /^[^.!?]*\?/.test(norm.slice(p.end)));
    // Swearing in a glad sentence is an intensifier ("Putain, votre appli est géniale !").
    const glad = profane.every((p) => lex.warm.test(sentenceOf(p)));
    const exclaims = /!/.test(own) && !warm && !glad;
    // "cette saloperie de box", "diese Scheißbox": swearing at a thing vents.
    const attributive = profane.some((p) => /^\s*(?:de|d'|du|des|von|de\s+la|da|do|del)\s/.test(norm.slice(p.end, p.end + 8)) || /[a-z]{3,}\s+(?:de|d')\s*$/.test(norm.slice(Math.max(0, p.start - 20), p.start)));
    if (otherCues > 0 || shouting || exclaims || inQuestion || attributive) anger += 4;
    for (const p of profane) push('profanity-situation', p);
  }
  // Leaving said flatly ("Je résilie.", "Ich kündige.") weighs alone; with a thanks or a reason it is a request.
  const flat = (l: Span): boolean => (sentenceOf(l).match(/[a-z0-9']+/g) ?? []).length <= 5 && !lex.polite.test(norm) && !(capsWords.length === 0 && lex.request?.test(sentenceOf(l)));
  if (leaveWeak.length && (otherCues > 0 || shouting || leaveWeak.some(flat))) {
    // With a complaint around it leaving adds to the anger; said flatly on its own it is the anger.
    anger += leaveWeak.some(flat) || shouting ? 4 : 2;
    for (const l of leaveWeak) push('threat-to-leave', l);
  }
  // Swearing in a glad sentence ('Verdammt, das ging ja schnell!') does not make praise sarcasm.
  const ventingSwear = profane.some((p) => !lex.warm.test(sentenceOf(p)));
  if (praise.length && (otherCues > 0 || ventingSwear)) {
    anger += 4;
    for (const p of praise) push('sarcasm', p);
  }
  if (capsWords.length && !shouting && otherCues > 0) anger += capsWords.length >= 2 ? 3 : 1.5;
  const glad = warm && otherCues === 0;
  if (!glad) {
    if (/\?!|!\?/.test(own)) anger += 2;
    // (not at one's own slip: "Hilfe!!! Ich habe mich ausgesperrt 🙈")
    else if (/!{3,}/.test(own) && !lex.mishap.test(norm)) anger += 2;
    if (/\?{2,}/.test(own)) frustration += 2;
  }

  let level: ToneLevel = 'calm';
  if (anger >= ANGRY_AT || (anger >= 2 && anger + frustration >= 6)) level = 'angry';
  else if (anger + frustration >= FRUSTRATED_AT) level = 'frustrated';
  signals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { level, signals };
}
