/** German due-time phrases → the English due.ts reads (see due-intl.ts). Written folded: lower case, no umlauts' dots (ü→u), ß kept. */
import type { Rewrite } from './due-intl';

const B = String.raw`(?![\p{L}\p{N}])`;
const r = (src: string, to: Rewrite['to']): Rewrite => ({ re: new RegExp(src + B, 'yu'), to });

const NUMS: Record<string, string> = {
  ein: '1', eine: '1', einer: '1', einem: '1', zwei: '2', drei: '3', vier: '4', funf: '5', sechs: '6', sieben: '7', acht: '8',
  neun: '9', zehn: '10', zwolf: '12', funfzehn: '15', zwanzig: '20', vierundzwanzig: '24', dreißig: '30', dreissig: '30',
  achtundvierzig: '48', zweiundsiebzig: '72', paar: 'a few', 'ein paar': 'a few', wenigen: 'a few',
};
const NUM = String.raw`(\d+|ein paar|vierundzwanzig|achtundvierzig|zweiundsiebzig|funfzehn|einer|einem|eine|ein|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|zwanzig|dreißig|dreissig|wenigen)`;
const num = (x: string): string => NUMS[x] ?? x;
const UNIT = String.raw`(minuten|minute|min|stunden|stunde|std|werktagen|werktage|werktag|arbeitstagen|arbeitstage|arbeitstag|tagen|tage|tag|wochen|woche)`;
const unit = (u: string): string =>
  u.startsWith('min') ? 'minutes' : u.startsWith('st') ? 'hours' : u.startsWith('woche') ? 'weeks' : /werk|arbeit/.test(u) ? 'business days' : 'days';
const DAYS: Record<string, string> = {
  montag: 'Monday', dienstag: 'Tuesday', mittwoch: 'Wednesday', donnerstag: 'Thursday', freitag: 'Friday', samstag: 'Saturday', sonnabend: 'Saturday', sonntag: 'Sunday',
};
const DAY = String.raw`(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)`;
const MONTHS: Record<string, string> = {
  januar: 'January', janner: 'January', februar: 'February', marz: 'March', april: 'April', mai: 'May', juni: 'June', juli: 'July',
  august: 'August', september: 'September', oktober: 'October', november: 'November', dezember: 'December',
};
const MONTH = String.raw`(januar|janner|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)`;
// "9", "9 Uhr", "15:30 Uhr", "15.30 Uhr", "15 Uhr 30"
const HOUR = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr(?:\s+(\d{2}))?)?`;
const hm = (h: string, m: string | undefined): string => `${h}:${m ?? '00'}`;
const WORD_HOURS: Record<string, number> = { eins: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12 };

export const DE: readonly Rewrite[] = [
  r(String.raw`guten morgen`, 'hello'),
  r(String.raw`ubermorgen`, 'the day after tomorrow'),
  r(String.raw`(?:gleich )?morgen (?:fruh|als erstes|in der fruh|gleich fruh|zu arbeitsbeginn)`, 'first thing tomorrow'),
  r(String.raw`morgen (?:vormittag|im laufe des vormittags)`, 'tomorrow morning'),
  r(String.raw`morgen nachmittag`, 'tomorrow afternoon'),
  r(String.raw`morgen abend`, 'tomorrow evening'),
  r(String.raw`(?:gleich )?als erstes|zu arbeitsbeginn|gleich fruh`, 'first thing'),
  r(String.raw`morgen`, 'tomorrow'),
  r(String.raw`(?:bis|vor|noch vor) (?:dem |zum )?(?:feierabend|dienstschluss|arbeitsende|tagesende|ende des (?:tages|arbeitstages))|bis heute abend|heute bis (?:zum )?feierabend|(?:zum|am) ende des tages`, 'end of day'),
  r(String.raw`(?:bis|vor) (?:dem |zum )?(?:geschaftsschluss|ladenschluss|buroschluss)`, 'close of business'),
  r(String.raw`(?:noch heute|heute noch|im lauf(?:e)? des (?:tages|heutigen tages)|heute im lauf(?:e)? des tages|spater am tag|im laufe von heute)`, 'later today'),
  r(String.raw`heute abend`, 'tonight'),
  r(String.raw`heute nachmittag`, 'this afternoon'),
  r(String.raw`heute (?:vormittag|morgen|fruh)`, 'this morning'),
  r(String.raw`(?:am )?nachmittag`, 'afternoon'),
  r(String.raw`(?:am )?vormittag|fruh`, 'morning'),
  r(String.raw`heute`, 'today'),
  r(String.raw`(?:am |bis zum |bis )?(?:nachsten|folgenden|kommenden) (?:werktag|arbeitstag)`, 'next business day'),
  r(String.raw`(?:(?:in der|bis) )?(?:nachste|nachsten|kommende|kommenden) woche`, 'next week'),
  r(String.raw`(?:bis (?:zum )?ende (?:der|dieser) woche|bis zum wochenende|vor dem wochenende)`, 'by the end of the week'),
  r(String.raw`(?:im laufe (?:der|dieser) woche|diese woche|noch diese woche)`, 'this week'),
  r(String.raw`(?:in|innerhalb) (?:einer )?halben stunde`, 'in half an hour'),
  r(String.raw`(?:innerhalb (?:einer|der nachsten) stunde|in der nachsten stunde)`, 'within the hour'),
  r(String.raw`(?:innerhalb (?:von |der nachsten )?|binnen |in den nachsten |spatestens in |in )${NUM}\s+${UNIT}`, (m) => `within ${num(m[1]!)} ${unit(m[2]!)}`),
  r(String.raw`(?:bis|vor|spatestens|bis spatestens|bis zum|bis kommenden|bis nachsten) ${DAY}`, (m) => `by ${DAYS[m[1]!]}`),
  r(String.raw`(?:am |den )?(?:nachsten|kommenden) ${DAY}`, (m) => `next ${DAYS[m[1]!]}`),
  r(String.raw`(?:am |den )?${DAY} (?:fruh|als erstes|gleich fruh)`, (m) => `on ${DAYS[m[1]!]} first thing`),
  r(String.raw`(?:am |den )?${DAY}`, (m) => `on ${DAYS[m[1]!]}`),
  r(String.raw`(?:am |bis zum |bis |vor dem )?(\d{1,2})\.\s*${MONTH}`, (m) => `on ${m[1]} ${MONTHS[m[2]!]}`),
  r(String.raw`(?:um|gegen|bis|bis spatestens) (?:12 uhr )?mittags?|(?:zu|bis) mittag`, 'at noon'),
  r(String.raw`(?:um|gegen) halb (eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|\d{1,2})`, (m) => {
    const h = WORD_HOURS[m[1]!] ?? Number(m[1]);
    return `at ${(h + 11) % 12 || 12}:30`;
  }),
  r(String.raw`(?:um|gegen|ab) ${HOUR}`, (m) => `at ${hm(m[1]!, m[2] ?? m[3])}`),
  r(String.raw`(?:bis|vor|bis spatestens|spatestens um|spatestens bis) ${HOUR}`, (m) => `by ${hm(m[1]!, m[2] ?? m[3])}`),
  r(String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*uhr(?:\s+(\d{2}))?`, (m) => hm(m[1]!, m[2] ?? m[3])),
  r(String.raw`(?:gleich|sofort|umgehend|in kurze|kurzfristig|in ein paar minuten|in wenigen minuten|in einem moment)`, 'shortly'),
  r(String.raw`(?:so (?:schnell|bald) wie moglich|schnellstmoglich|baldmoglichst|schnellstens)`, 'asap'),
  r(String.raw`(?:bald|zeitnah)`, 'soon'),
];
