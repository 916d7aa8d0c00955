/** Spanish due-time phrases → the English due.ts reads (see due-intl.ts). Written folded: lower case, no accents. */
import type { Rewrite } from './due-intl';

const B = String.raw`(?![\p{L}\p{N}])`;
const r = (src: string, to: Rewrite['to']): Rewrite => ({ re: new RegExp(src + B, 'yu'), to });

const NUMS: Record<string, string> = {
  un: '1', una: '1', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  diez: '10', doce: '12', quince: '15', veinte: '20', veinticuatro: '24', treinta: '30', 'cuarenta y ocho': '48', 'setenta y dos': '72',
  'un par de': '2', 'unos pocos': 'a few', 'unas pocas': 'a few', unos: 'a few', unas: 'a few',
};
const NUM = String.raw`(\d+|un par de|unos pocos|unas pocas|cuarenta y ocho|setenta y dos|veinticuatro|una|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|unos|unas)`;
const num = (x: string): string => NUMS[x] ?? x;
const UNIT = String.raw`(minutos?|horas?|dias? (?:habiles|laborables)|dias?|semanas?)`;
const unit = (u: string): string =>
  u.startsWith('min') ? 'minutes' : u.startsWith('hora') ? 'hours' : u.startsWith('semana') ? 'weeks' : /habil|laborable/.test(u) ? 'business days' : 'days';
const DAYS: Record<string, string> = { lunes: 'Monday', martes: 'Tuesday', miercoles: 'Wednesday', jueves: 'Thursday', viernes: 'Friday', sabado: 'Saturday', domingo: 'Sunday' };
const DAY = String.raw`(lunes|martes|miercoles|jueves|viernes|sabado|domingo)`;
const MONTHS: Record<string, string> = {
  enero: 'January', febrero: 'February', marzo: 'March', abril: 'April', mayo: 'May', junio: 'June', julio: 'July',
  agosto: 'August', septiembre: 'September', setiembre: 'September', octubre: 'October', noviembre: 'November', diciembre: 'December',
};
const MONTH = String.raw`(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)`;
const HOUR = String.raw`(\d{1,2})(?:[:.h](\d{2}))?(?:\s*(?:h|hs|horas))?`;
const hm = (h: string, m: string | undefined): string => `${h}:${m ?? '00'}`;
const ampm = (h: string, m: string | undefined, pm: boolean): string => {
  const n = Number(h);
  return `${pm && n < 12 ? n + 12 : n}:${m ?? '00'}`;
};

export const ES: readonly Rewrite[] = [
  // Parts of the day with an hour: "a las 9 de la manana", "a las 4 de la tarde".
  r(String.raw`(?:a|hacia|sobre|antes de) las? ${HOUR} de la (manana|tarde|noche)`, (m) => `at ${ampm(m[1]!, m[2], m[3] !== 'manana')}`),
  r(String.raw`pasado manana`, 'the day after tomorrow'),
  r(String.raw`manana (?:a primera hora|temprano|a primerisima hora)`, 'first thing tomorrow'),
  r(String.raw`manana por la manana`, 'tomorrow morning'),
  r(String.raw`manana por la tarde`, 'tomorrow afternoon'),
  r(String.raw`a primera hora(?: de la manana)?`, 'first thing'),
  r(String.raw`(?:por|de) la manana`, 'morning'),
  r(String.raw`manana`, 'tomorrow'),
  r(String.raw`(?:antes de (?:que )?(?:termine|acabe|finalice) (?:el dia|la jornada|mi jornada|mi turno)|antes del? (?:final|fin|cierre) del? (?:dia|jornada)|al (?:final|cierre) del? (?:dia|jornada)|a (?:ultima|ultimisima) hora(?: de hoy)?|antes de irme(?: hoy)?|antes de terminar (?:el dia|la jornada|mi jornada|mi turno)|antes de esta noche)`, 'end of day'),
  r(String.raw`(?:a lo largo (?:del dia|de hoy|de la manana|de la tarde)(?: de hoy)?|durante el dia(?: de hoy)?|en el dia de hoy|hoy mismo|mas tarde)`, 'later today'),
  r(String.raw`(?:antes del cierre|al cierre)(?: de hoy)?`, 'close of business'),
  r(String.raw`esta tarde`, 'this afternoon'),
  r(String.raw`(?:por|de) la tarde`, 'afternoon'),
  r(String.raw`esta noche`, 'tonight'),
  r(String.raw`esta manana`, 'this morning'),
  r(String.raw`hoy`, 'today'),
  r(String.raw`(?:el|al) (?:proximo|siguiente) dia (?:habil|laborable)`, 'next business day'),
  r(String.raw`(?:la semana que viene|la proxima semana)`, 'next week'),
  r(String.raw`(?:antes del? (?:final|fin) de (?:la|esta) semana|antes de que (?:termine|acabe) la semana|a (?:lo largo|finales) de (?:la|esta) semana)`, 'by the end of the week'),
  r(String.raw`esta semana`, 'this week'),
  r(String.raw`(?:en|dentro de) media hora`, 'in half an hour'),
  r(String.raw`(?:en|dentro de) (?:la proxima|una) hora`, 'within the hour'),
  r(String.raw`(?:en (?:un plazo (?:maximo )?de|menos de|un maximo de|las proximas)|dentro de(?: (?:las )?proximas)?|en(?: como)? maximo|en)\s+${NUM}\s+${UNIT}`, (m) => `within ${num(m[1]!)} ${unit(m[2]!)}`),
  r(String.raw`(?:el|este|para el|antes del|hasta el|como tarde el) (?:proximo )?${DAY}(?: que viene| proximo)`, (m) => `next ${DAYS[m[1]!]}`),
  r(String.raw`(?:el|este|para el) proximo ${DAY}`, (m) => `next ${DAYS[m[1]!]}`),
  r(String.raw`(?:antes del|para el|hasta el|como tarde el|como muy tarde el) ${DAY}`, (m) => `by ${DAYS[m[1]!]}`),
  r(String.raw`(?:el|este) ${DAY}`, (m) => `on ${DAYS[m[1]!]}`),
  r(DAY, (m) => DAYS[m[1]!]!),
  r(String.raw`(?:el|para el|antes del|hasta el)?\s*(?:dia )?(\d{1,2}) de ${MONTH}`, (m) => `on ${m[1]} ${MONTHS[m[2]!]}`),
  r(String.raw`(?:a|al) (?:las )?(?:doce del )?mediodia`, 'at noon'),
  r(String.raw`(?:a la|a las|sobre las|hacia las|para las|como tarde a las) ${HOUR}`, (m) => `at ${hm(m[1]!, m[2])}`),
  r(String.raw`(?:antes de las|antes de la|hasta las) ${HOUR}`, (m) => `by ${hm(m[1]!, m[2])}`),
  r(String.raw`(?:enseguida|en seguida|ahora mismo|en un momento|en un momentito|en breve|en unos minutos|en un ratito|en un rato)`, 'shortly'),
  r(String.raw`(?:lo antes posible|cuanto antes|lo mas pronto posible|a la mayor brevedad(?: posible)?)`, 'asap'),
  r(String.raw`pronto`, 'soon'),
];
