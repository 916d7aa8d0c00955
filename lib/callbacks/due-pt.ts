/** Portuguese (Brazil and Portugal) due-time phrases → the English due.ts reads (see due-intl.ts). Written folded: lower case, no accents. */
import type { Rewrite } from './due-intl';

const B = String.raw`(?![\p{L}\p{N}])`;
const r = (src: string, to: Rewrite['to']): Rewrite => ({ re: new RegExp(src + B, 'yu'), to });

const NUMS: Record<string, string> = {
  um: '1', uma: '1', dois: '2', duas: '2', tres: '3', quatro: '4', cinco: '5', seis: '6', sete: '7', oito: '8', nove: '9', dez: '10',
  doze: '12', quinze: '15', vinte: '20', 'vinte e quatro': '24', trinta: '30', 'quarenta e oito': '48', 'setenta e duas': '72',
  'setenta e dois': '72', alguns: 'a few', algumas: 'a few',
};
const NUM = String.raw`(\d+|vinte e quatro|quarenta e oito|setenta e duas|setenta e dois|uma|um|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta|alguns|algumas)`;
const num = (x: string): string => NUMS[x] ?? x;
const UNIT = String.raw`(minutos?|min|horas?|h|dias? uteis|dias?|semanas?)`;
const unit = (u: string): string =>
  u.startsWith('min') ? 'minutes' : u.startsWith('h') ? 'hours' : u.startsWith('semana') ? 'weeks' : /uteis/.test(u) ? 'business days' : 'days';
const DAYS: Record<string, string> = { segunda: 'Monday', terca: 'Tuesday', quarta: 'Wednesday', quinta: 'Thursday', sexta: 'Friday', sabado: 'Saturday', domingo: 'Sunday' };
const DAY = String.raw`(segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[- ]feira)?`;
const MONTHS: Record<string, string> = {
  janeiro: 'January', fevereiro: 'February', marco: 'March', abril: 'April', maio: 'May', junho: 'June', julho: 'July',
  agosto: 'August', setembro: 'September', outubro: 'October', novembro: 'November', dezembro: 'December',
};
const MONTH = String.raw`(janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)`;
// "15h", "15h30", "15:30", "15 horas"
const HOUR = String.raw`(\d{1,2})(?:\s*(?:h|horas)\s*(\d{2})?|:(\d{2})(?:\s*h)?)`;
const hm = (m: RegExpExecArray, i: number): string => `${m[i]}:${m[i + 1] ?? m[i + 2] ?? '00'}`;

export const PT: readonly Rewrite[] = [
  r(String.raw`depois de amanha`, 'the day after tomorrow'),
  r(String.raw`amanha (?:logo )?(?:cedo|cedinho|logo pela manha|a primeira hora|logo de manha|logo no inicio do (?:dia|expediente))`, 'first thing tomorrow'),
  r(String.raw`amanha (?:de|pela|na parte da) manha`, 'tomorrow morning'),
  r(String.raw`amanha (?:a|de|pela|na parte da) tarde`, 'tomorrow afternoon'),
  r(String.raw`amanha (?:a|de) noite`, 'tomorrow evening'),
  r(String.raw`(?:logo )?(?:a primeira hora|no inicio do expediente|logo cedo)`, 'first thing'),
  r(String.raw`amanha`, 'tomorrow'),
  r(String.raw`(?:ate (?:o |ao )?|antes do |no |ao )(?:fim|final) do (?:dia|expediente)|antes de (?:encerrar|fechar) o (?:dia|expediente)|antes de sair(?: hoje)?|ate hoje a noite|ate o fim da tarde`, 'end of day'),
  r(String.raw`(?:ainda hoje|hoje ainda|ainda no dia de hoje|ao longo do dia(?: de hoje)?|no decorrer do dia(?: de hoje)?|durante o dia(?: de hoje)?|mais tarde(?: hoje)?|hoje mesmo)`, 'later today'),
  r(String.raw`(?:hoje a noite|hoje de noite|esta noite|essa noite)`, 'tonight'),
  r(String.raw`(?:hoje a tarde|hoje de tarde|esta tarde|nesta tarde|essa tarde)`, 'this afternoon'),
  r(String.raw`(?:a|de|pela|na parte da) tarde`, 'afternoon'),
  r(String.raw`(?:hoje de manha|hoje pela manha|esta manha|nesta manha)`, 'this morning'),
  r(String.raw`(?:de|pela|na parte da) manha`, 'morning'),
  r(String.raw`hoje`, 'today'),
  r(String.raw`(?:no |ate o )?(?:proximo|seguinte) dia util`, 'next business day'),
  r(String.raw`(?:a |na )?(?:semana que vem|proxima semana)`, 'next week'),
  r(String.raw`(?:ate o (?:fim|final) da semana|antes do fim de semana|ate o fim de semana)`, 'by the end of the week'),
  r(String.raw`(?:ainda )?(?:esta|essa|nesta|nessa) semana`, 'this week'),
  r(String.raw`(?:em|dentro de) meia hora`, 'in half an hour'),
  r(String.raw`(?:em|dentro de) (?:uma|1) hora|na proxima hora`, 'within the hour'),
  r(String.raw`(?:em ate|em no maximo|no maximo em|dentro de|nas proximas|nos proximos|em menos de|daqui a|ate|em)\s+${NUM}\s+${UNIT}`, (m) => `within ${num(m[1]!)} ${unit(m[2]!)}`),
  r(String.raw`(?:ate|antes d[ae]) (?:a |o )?(?:proxima|proximo) ${DAY}`, (m) => `by next ${DAYS[m[1]!]}`),
  r(String.raw`(?:na |no |a |o )?(?:proxima|proximo) ${DAY}`, (m) => `next ${DAYS[m[1]!]}`),
  r(String.raw`(?:ate|antes d[ae]|no maximo ate) (?:a |o )?${DAY}`, (m) => `by ${DAYS[m[1]!]}`),
  r(String.raw`(?:na |no |nesta |neste )?${DAY}`, (m) => `on ${DAYS[m[1]!]}`),
  r(String.raw`(?:no |ate o |ate |antes do )?(?:dia )?(\d{1,2}) de ${MONTH}`, (m) => `on ${m[1]} ${MONTHS[m[2]!]}`),
  r(String.raw`(?:ao|ate o|ate ao|antes do) meio[- ]dia`, 'at noon'),
  r(String.raw`(?:as|a|por volta das|la pelas|pelas) ${HOUR}`, (m) => `at ${hm(m, 1)}`),
  r(String.raw`(?:ate as|ate a|antes das|antes da|no maximo ate as) ${HOUR}`, (m) => `by ${hm(m, 1)}`),
  r(HOUR, (m) => hm(m, 1)),
  r(String.raw`(?:ja ja|em instantes|daqui a pouco|em alguns minutos|num instante|em um instante|rapidinho|logo mais)`, 'shortly'),
  r(String.raw`(?:o quanto antes|assim que possivel|o mais rapido possivel|o mais breve possivel|com urgencia)`, 'asap'),
  r(String.raw`(?:em breve|logo)`, 'soon'),
];
