/**
 * Promises in Spanish, French, German and Portuguese ("le llamo mañana a las 15:00", "je vous
 * rappelle avant la fin de la journée", "ich melde mich bis Freitag um 9", "retorno em até 2
 * horas"). English keeps promise.ts. The draft's detected language chooses (detectPromisesIn).
 *
 * As in English, NOT a promise: someone else acting ("el repartidor le llamará", "der Fahrer
 * meldet sich"), questions and offers ("¿Quiere que le llame?", "Voulez-vous que je vous
 * rappelle ?"), negations ("no le puedo llamar", "ich melde mich nicht", "não vou ligar").
 * The rep's own first person only: the patterns name "I/we" forms, and matching ignores case and
 * accents (fold() from due-intl.ts).
 */
import type { Lang } from '../lang/langs';
import { detectPromises, splitSentences, type DetectOptions, type DetectedPromise, type PromiseChannel } from './promise';
import { fold, parseDueTimeIn } from './due-intl';

interface Verbs {
  call: string;
  email: string;
  chat?: string;
  any: string;
  /** Words before the promise (same clause) that undo it. */
  negation: RegExp;
}

const PRO_ES = String.raw`(?:le|te|les|os)`;
const ES: Verbs = {
  call: String.raw`${PRO_ES} (?:llamo|llamare|llamamos|llamaremos|(?:vuelvo|volvere|volvemos) a llamar|(?:devuelvo|devolvere) la llamada|hago una llamada|hare una llamada)|(?:voy|vamos) a (?:llamar(?:le|te|les)|devolver(?:le|te) la llamada)|${PRO_ES} (?:voy|vamos) a (?:llamar|devolver la llamada)`,
  email: String.raw`${PRO_ES} (?:escribo|escribire|escribimos|escribiremos|(?:envio|enviare|mando|mandare) (?:un )?(?:correo|email|e-mail|mail))|(?:voy|vamos) a escribir(?:le|te|les)|${PRO_ES} (?:voy|vamos) a escribir`,
  chat: String.raw`${PRO_ES} (?:mando|envio|mandare|enviare) un (?:mensaje|whatsapp|sms)`,
  any: String.raw`${PRO_ES} (?:respondo|respondere|contesto|contestare|aviso|avisare|informo|informare|confirmo|confirmare|digo algo|dire algo|cuento algo|mantengo informad[oa]s?|mantendre informad[oa]s?|doy (?:una )?respuesta|dare (?:una )?respuesta|(?:vuelvo|volvere) a (?:contactar|escribir))|me (?:pongo|pondre) en contacto|nos (?:ponemos|pondremos) en contacto|(?:voy|vamos) a (?:responder(?:le|te)|contestar(?:le|te)|avisar(?:le|te)|informar(?:le|te)|ponerme en contacto|contactar(?:le|te|la|lo))|${PRO_ES} (?:voy|vamos) a (?:responder|contestar|avisar|informar|confirmar)|vuelvo a contactar(?:le|te|la|lo)`,
  negation: /(?:^|\s)(?:no|nunca|tampoco)(?:\s+\S+){0,2}\s*$/,
};
const FR: Verbs = {
  call: String.raw`(?:je|nous|on) vous (?:rappelle|rappellerai|rappelons|rappellerons|rappellera|appelle|appellerai|appelons|appellerons|telephone|telephonerai)|(?:je vais|nous allons|on va) vous (?:rappeler|appeler|telephoner)`,
  email: String.raw`(?:je|nous) vous (?:ecris|ecrirai|ecrivons|ecrirons|envoie un (?:e-?mail|mail|courriel)|enverrai un (?:e-?mail|mail|courriel))|(?:je vais|nous allons) vous (?:ecrire|envoyer un (?:e-?mail|mail|courriel))`,
  chat: String.raw`(?:je|nous) vous (?:envoie|enverrai) un (?:sms|texto|message)`,
  any: String.raw`(?:je|nous) (?:reviens|reviendrai|revenons|reviendrons) (?:vers|aupres de) vous|(?:je vais|nous allons) revenir (?:vers|aupres de) vous|(?:je|nous|on) vous (?:recontacte|recontacterai|recontactons|recontacterons|contacte|contacterai|tiens au courant|tiendrai au courant|tiendrons au courant|tiens informee?s?|reponds|repondrai|repondrons|confirme|confirmerai|donne des nouvelles|donnerai des nouvelles|fais signe|ferai signe|redis|redirai)|(?:je vais|nous allons|on va) vous (?:recontacter|contacter|repondre|tenir au courant|tenir informee?s?|confirmer|donner des nouvelles|faire signe)|vous aurez (?:de mes|de nos) nouvelles|vous aurez (?:une|ma|notre) reponse`,
  negation: /(?:^|\s)(?:ne|n'|jamais)(?:\s*\S+){0,2}\s*$/,
};
const DE_GAP = String.raw`(?:\s+[^\s.!?]+){0,8}?\s+`;
const DE: Verbs = {
  call: String.raw`(?:ich|wir) (?:rufe|rufen) (?:sie|dich|euch)${DE_GAP}(?:zuruck|an)|(?:rufe ich|rufen wir) (?:sie|dich|euch)${DE_GAP}(?:zuruck|an)|(?:ich|wir) (?:werde|werden) (?:sie|dich|euch)${DE_GAP}(?:zuruckrufen|anrufen)|(?:ich|wir) (?:melde|melden) (?:mich|uns) telefonisch`,
  email: String.raw`(?:ich|wir) (?:schreibe|schreiben|maile|mailen) (?:ihnen|dir|euch)|(?:schreibe ich|schreiben wir) (?:ihnen|dir|euch)|(?:ich|wir) (?:schicke|schicken|sende|senden) (?:ihnen|dir|euch) (?:eine )?(?:e-?mail|mail)|(?:ich|wir) (?:werde|werden) (?:ihnen|dir|euch)${DE_GAP}(?:schreiben|mailen)`,
  any: String.raw`(?:ich|wir) (?:melde|melden) (?:mich|uns)|(?:melde ich mich|melden wir uns)|(?:ich|wir) (?:werde|werden) (?:mich|uns)${DE_GAP}melden|(?:ich|wir) (?:gebe|geben) (?:ihnen|dir|euch)${DE_GAP}bescheid|(?:gebe ich|geben wir) (?:ihnen|dir|euch)${DE_GAP}bescheid|(?:ich|wir) (?:komme|kommen)${DE_GAP}auf (?:sie|dich|euch) zuruck|(?:ich|wir) (?:antworte|antworten) (?:ihnen|dir|euch)|(?:ich|wir) (?:halte|halten) (?:sie|dich|euch) (?:auf dem laufenden|informiert)|(?:sie|du) (?:horen|horst)${DE_GAP}von (?:mir|uns)`,
  negation: /(?:^|\s)(?:nicht|nie|kein\w*)(?:\s+\S+){0,2}\s*$/,
};
// "retorno", "entro em contato": Portuguese drops the subject; at a clause's start only (not "aguardo seu retorno").
const PT_START = String.raw`(?<=^|[,;:]\s*|(?:^|\s)(?:eu|ja|entao|e|logo|assim que puder|mas) )`;
const PT: Verbs = {
  call: String.raw`(?:eu )?(?:te|lhe|lhes) (?:ligo|ligarei|ligamos|ligaremos|retorno a ligacao)|(?:vou|vamos|irei) (?:te |lhe )?ligar|(?:te|lhe) (?:vou|vamos) ligar|${PT_START}(?:ligo|ligarei|ligamos) (?:para|pra) (?:voce|o senhor|a senhora|vc)`,
  email: String.raw`(?:te|lhe|lhes) (?:mando|mandarei|envio|enviarei|escrevo|escreverei)(?: (?:um|o) (?:e-?mail|email))?|(?:vou|vamos) (?:te |lhe )?(?:mandar|enviar|escrever) (?:um )?(?:e-?mail|email)`,
  chat: String.raw`(?:te|lhe) (?:mando|envio|mandarei|enviarei) (?:uma )?(?:mensagem|whats|whatsapp|sms)`,
  any: String.raw`(?:te|lhe|lhes) (?:retorno|retornarei|dou (?:um )?retorno|darei (?:um )?retorno|respondo|responderei|aviso|avisarei|informo|informarei|confirmo|confirmarei|atualizo|atualizarei|mantenho informad[oa]s?|manterei informad[oa]s?)|(?:vou|vamos|irei) (?:te |lhe )?(?:retornar|responder|avisar|informar|confirmar|dar (?:um )?retorno|atualizar|manter informad[oa]s?|entrar em contato|voltar a falar)|${PT_START}(?:retorno|retornarei|retornaremos|retornamos|entro em contato|entrarei em contato|entraremos em contato|volto a falar|dou (?:um )?retorno|darei (?:um )?retorno)`,
  negation: /(?:^|\s)(?:nao|nunca|jamais)(?:\s+\S+){0,2}\s*$/,
};

const TABLES: Record<Exclude<Lang, 'en'>, Verbs> = { es: ES, fr: FR, de: DE, pt: PT };
const B = String.raw`(?![\p{L}\p{N}])`;
const COMPILED = new Map<Lang, RegExp>();
function promiseRe(lang: Exclude<Lang, 'en'>): RegExp {
  let re = COMPILED.get(lang);
  if (!re) {
    const v = TABLES[lang];
    re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${v.call})|(${v.email})|(${v.chat ?? '(?!)'})|(${v.any}))${B}`, 'gu');
    COMPILED.set(lang, re);
  }
  return re;
}

/** A question or an offer waiting for a yes: "¿Quiere que le llame?", "Voulez-vous que je vous rappelle ?". */
const QUESTION = /^\s*[¿?]|\?["”»')\]]*\s*$|^\s*(?:quiere|quieres|prefiere|desea|voulez[- ]vous|souhaitez[- ]vous|preferez[- ]vous|soll ich|sollen wir|mochten sie|wollen sie|quer que|prefere que|deseja que|gostaria que)\b/;

function channelFrom(sentence: string, fallback: PromiseChannel): PromiseChannel {
  if (/\b(?:por telefono|par telephone|telefonisch|por telefone|per telefon)\b/.test(sentence)) return 'call';
  if (/\b(?:por (?:correo|e-?mail)|par (?:e-?mail|mail|courriel)|per (?:e-?mail|mail)|por e-?mail)\b/.test(sentence)) return 'email';
  if (/\b(?:por chat|par chat|im chat|pelo chat|por whatsapp|pelo whatsapp)\b/.test(sentence)) return 'chat';
  return fallback;
}

/** The rep's words that say when, in their language ("mañana a las 15:00"), if any. */
export function dueTextIn(lang: Lang, sentence: string): string | undefined {
  const r = parseDueTimeIn(lang, sentence, { now: new Date(Date.UTC(2026, 0, 7, 10)), timeZone: 'UTC', workday: { start: '09:00', end: '17:00' } });
  return r?.matchedText || undefined;
}

/** detectPromises in the draft's language. */
export function detectPromisesIn(lang: Lang, draft: string, options: DetectOptions = {}): DetectedPromise[] {
  if (lang === 'en') return detectPromises(draft, options);
  const fallback = options.defaultChannel ?? 'email';
  const text = draft.normalize('NFC');
  const folded = fold(text);
  const v = TABLES[lang];
  const re = promiseRe(lang);
  const found: DetectedPromise[] = [];
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const fs = folded.slice(s.start, s.end);
    if (QUESTION.test(fs)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(fs); m; m = re.exec(fs)) {
      // "no le puedo llamar", "je ne vous rappelle pas", "ich melde mich nicht", "não vou ligar".
      const before = fs.slice(Math.max(0, m.index - 30), m.index);
      const clauseBefore = before.split(/[,;:]/).pop() ?? '';
      if (v.negation.test(clauseBefore) || /(?:^|\s)(?:nicht|pas|jamais)(?:\s|$)/.test(m[0])) continue;
      if (lang === 'de' && /^\s*(?:nicht|nie)\b/.test(fs.slice(m.index + m[0].length))) continue;
      if (lang === 'fr' && /^\s*pas\b/.test(fs.slice(m.index + m[0].length))) continue;
      const channel: PromiseChannel = m[1] ? 'call' : m[2] ? 'email' : m[3] ? 'chat' : channelFrom(fs, fallback);
      const dueText = dueTextIn(lang, sentence);
      found.push({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        sentence: sentence.trim(),
        channel,
        ...(dueText ? { dueText } : {}),
      });
      break;
    }
  }
  return found;
}
