/** French due-time phrases → the English due.ts reads (see due-intl.ts). Written folded: lower case, no accents. */
import type { Rewrite } from './due-intl';

const B = String.raw`(?![\p{L}\p{N}])`;
const r = (src: string, to: Rewrite['to']): Rewrite => ({ re: new RegExp(src + B, 'yu'), to });

const NUMS: Record<string, string> = {
  un: '1', une: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6', sept: '7', huit: '8', neuf: '9', dix: '10',
  douze: '12', quinze: '15', vingt: '20', 'vingt-quatre': '24', 'vingt quatre': '24', trente: '30', 'quarante-huit': '48',
  'quarante huit': '48', 'soixante-douze': '72', 'soixante douze': '72', quelques: 'a few',
};
const NUM = String.raw`(\d+|vingt[- ]quatre|quarante[- ]huit|soixante[- ]douze|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quelques)`;
const num = (x: string): string => NUMS[x] ?? x;
const UNIT = String.raw`(minutes?|min|heures?|h|jours? (?:ouvres|ouvrables)|jours?|semaines?)`;
const unit = (u: string): string =>
  u.startsWith('min') ? 'minutes' : u.startsWith('h') ? 'hours' : u.startsWith('semaine') ? 'weeks' : /ouvr/.test(u) ? 'business days' : 'days';
const DAYS: Record<string, string> = { lundi: 'Monday', mardi: 'Tuesday', mercredi: 'Wednesday', jeudi: 'Thursday', vendredi: 'Friday', samedi: 'Saturday', dimanche: 'Sunday' };
const DAY = String.raw`(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`;
const MONTHS: Record<string, string> = {
  janvier: 'January', fevrier: 'February', mars: 'March', avril: 'April', mai: 'May', juin: 'June', juillet: 'July',
  aout: 'August', septembre: 'September', octobre: 'October', novembre: 'November', decembre: 'December',
};
const MONTH = String.raw`(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)`;
// "15h", "15 h", "15h30", "15:30", "9 heures"
const HOUR = String.raw`(\d{1,2})\s*(?:h|heures?|:)\s*(\d{2})?`;
const hm = (h: string, m: string | undefined): string => `${h}:${m ?? '00'}`;

export const FR: readonly Rewrite[] = [
  r(String.raw`apres[- ]demain`, 'the day after tomorrow'),
  r(String.raw`demain (?:a|des) la premiere heure|demain (?:des l'|a l')ouverture|demain a la premiere heure|demain tot`, 'first thing tomorrow'),
  r(String.raw`demain matin`, 'tomorrow morning'),
  r(String.raw`demain (?:apres[- ]midi|dans l'apres[- ]midi)`, 'tomorrow afternoon'),
  r(String.raw`demain soir`, 'tomorrow evening'),
  r(String.raw`(?:a|des) la premiere heure|des l'ouverture`, 'first thing'),
  r(String.raw`demain`, 'tomorrow'),
  r(String.raw`(?:(?:avant|d'ici|pour) la fin de (?:la|ma) journee|(?:en|a la) fin de (?:la |ma )?journee|avant (?:ce soir|de partir|la fermeture)|d'ici ce soir|dans la soiree)`, 'end of day'),
  r(String.raw`(?:plus tard dans la journee|dans la journee|au cours de la journee|aujourd'hui meme|plus tard aujourd'hui|dans le courant de la journee)`, 'later today'),
  r(String.raw`(?:ce soir)`, 'tonight'),
  r(String.raw`(?:cet apres[- ]midi)`, 'this afternoon'),
  r(String.raw`(?:dans l'|l')?apres[- ]midi`, 'afternoon'),
  r(String.raw`ce matin`, 'this morning'),
  r(String.raw`(?:le |dans la )?matinee|(?:le )?matin`, 'morning'),
  r(String.raw`aujourd'hui`, 'today'),
  r(String.raw`(?:le|au) prochain jour (?:ouvre|ouvrable)`, 'next business day'),
  r(String.raw`(?:la semaine prochaine|la semaine suivante)`, 'next week'),
  r(String.raw`(?:(?:avant|d'ici|pour) la fin de (?:la|cette) semaine|en fin de semaine)`, 'by the end of the week'),
  r(String.raw`(?:dans le courant de |au cours de )?cette semaine`, 'this week'),
  r(String.raw`(?:dans|d'ici) une demi[- ]heure`, 'in half an hour'),
  r(String.raw`(?:dans l'heure|d'ici une heure|dans l'heure qui vient)`, 'within the hour'),
  r(String.raw`(?:sous|dans les|d'ici|en moins de|dans un delai de|au plus tard dans|dans)\s+${NUM}\s+${UNIT}`, (m) => `within ${num(m[1]!)} ${unit(m[2]!)}`),
  r(String.raw`(?:d'ici|avant|pour|au plus tard|jusqu'a) ${DAY} prochain`, (m) => `by next ${DAYS[m[1]!]}`),
  r(String.raw`${DAY} prochain`, (m) => `next ${DAYS[m[1]!]}`),
  r(String.raw`(?:d'ici|avant|pour|au plus tard|jusqu'a|au plus tard le) ${DAY}`, (m) => `by ${DAYS[m[1]!]}`),
  r(String.raw`(?:le |ce )?${DAY}`, (m) => `on ${DAYS[m[1]!]}`),
  r(String.raw`(?:le |d'ici le |avant le |pour le )?(\d{1,2})(?:er)? ${MONTH}`, (m) => `on ${m[1]} ${MONTHS[m[2]!]}`),
  r(String.raw`(?:a|vers|avant) midi`, 'at noon'),
  r(String.raw`(?:a|vers|des) ${HOUR}`, (m) => `at ${hm(m[1]!, m[2])}`),
  r(String.raw`(?:avant|d'ici|jusqu'a) ${HOUR}`, (m) => `by ${hm(m[1]!, m[2])}`),
  r(HOUR, (m) => hm(m[1]!, m[2])),
  r(String.raw`(?:tout de suite|rapidement|sous peu|tres vite|dans un instant|dans un moment|dans quelques instants|dans la foulee)`, 'shortly'),
  r(String.raw`(?:des que possible|au plus vite|le plus vite possible|au plus tot|dans les meilleurs delais)`, 'asap'),
  r(String.raw`bientot`, 'soon'),
];
