/**
 * Due times in es, fr, de, pt: the rep's words → an instant in the rep's zone and working hours,
 * as in English (due.test.ts). Each case: the words, when they were written (local time; default
 * Wednesday 25 March 2026 10:00) and the expected local time and precision. DST: the EU clocks go
 * forward on Sunday 29 March 2026 and back on Sunday 25 October 2026 (Lisbon too, one hour behind).
 */
import { describe, expect, it } from 'vitest';
import { parseDueTimeIn } from '@/lib/callbacks/due-intl';
import type { DuePrecision } from '@/lib/callbacks/due';
import { zonedToEpoch } from '@/lib/callbacks/time';
import type { Lang } from '@/lib/lang/langs';

type Case = [text: string, expected: string, precision: DuePrecision, now?: string, utc?: string];

const local = (epoch: number, tz: string): string => new Date(epoch).toLocaleString('sv', { timeZone: tz }).slice(0, 16);
function at(s: string, tz: string): Date {
  const [d, t] = s.split(' ');
  const [year, month, day] = d!.split('-').map(Number);
  const [hour, minute] = t!.split(':').map(Number);
  return new Date(zonedToEpoch({ year: year!, month: month!, day: day!, hour: hour!, minute: minute! }, tz));
}

const WED = '2026-03-25 10:00';
const FRI_SPRING = '2026-03-27 10:00';
const FRI_AUTUMN = '2026-10-23 10:00';

const SUITES: { lang: Exclude<Lang, 'en'>; tz: string; workday: { start: string; end: string }; cases: Case[] }[] = [
  {
    lang: 'es',
    tz: 'Europe/Madrid',
    workday: { start: '09:00', end: '18:00' },
    cases: [
      ['le llamo mañana a las 15:00', '2026-03-26 15:00', 'exact'],
      ['Le respondo antes del viernes.', '2026-03-27 18:00', 'day'],
      ['pasado mañana', '2026-03-27 18:00', 'day'],
      ['a lo largo del día', '2026-03-25 18:00', 'fuzzy'],
      ['antes de que termine el día', '2026-03-25 18:00', 'day'],
      ['al final del día', '2026-03-25 18:00', 'day'],
      ['en un plazo de 3 días hábiles', '2026-03-30 18:00', 'day'],
      ['dentro de dos horas', '2026-03-25 12:00', 'exact'],
      ['el lunes a primera hora', '2026-03-30 09:00', 'day'],
      ['el 3 de abril', '2026-04-03 18:00', 'day'],
      ['esta tarde', '2026-03-25 18:00', 'fuzzy'],
      ['a las 4 de la tarde', '2026-03-25 16:00', 'exact'],
      ['mañana por la mañana', '2026-03-26 12:00', 'fuzzy'],
      ['en media hora', '2026-03-25 10:30', 'exact'],
      ['la semana que viene', '2026-03-30 18:00', 'fuzzy'],
      ['cuanto antes', '2026-03-25 11:00', 'fuzzy'],
      ['el próximo martes', '2026-03-31 18:00', 'day'],
      ['antes de las 17:00', '2026-03-25 17:00', 'exact'],
      ['hoy mismo', '2026-03-25 18:00', 'fuzzy'],
      ['enseguida', '2026-03-25 10:15', 'fuzzy'],
      ['en 24 horas', '2026-03-26 10:00', 'exact'],
      ['mañana a las 3', '2026-03-26 15:00', 'exact'],
      ['el viernes a las 9:30', '2026-03-27 09:30', 'exact'],
      ['el próximo día hábil', '2026-03-26 18:00', 'day'],
      ['antes de que acabe la semana', '2026-03-27 18:00', 'fuzzy'],
      ['a mediodía', '2026-03-25 12:00', 'exact'],
      ['manana a las 10', '2026-03-26 10:00', 'exact'],
      ['esta semana', '2026-03-27 18:00', 'fuzzy'],
      ['hoy', '2026-03-25 20:30', 'fuzzy', '2026-03-25 19:30'],
      ['en 2 días hábiles', '2026-03-31 18:00', 'day', '2026-03-27 17:00'],
      ['el lunes a las 10', '2026-03-30 10:00', 'exact', FRI_SPRING, '2026-03-30T08:00:00.000Z'],
      ['dentro de 48 horas', '2026-03-29 11:00', 'exact', FRI_SPRING, '2026-03-29T09:00:00.000Z'],
      ['en 3 días', '2026-03-30 10:00', 'exact', FRI_SPRING, '2026-03-30T08:00:00.000Z'],
      ['el lunes a las 10', '2026-10-26 10:00', 'exact', FRI_AUTUMN, '2026-10-26T09:00:00.000Z'],
    ],
  },
  {
    lang: 'fr',
    tz: 'Europe/Paris',
    workday: { start: '08:30', end: '17:30' },
    cases: [
      ['je vous rappelle avant la fin de la journée', '2026-03-25 17:30', 'day'],
      ["Je reviens vers vous d'ici vendredi.", '2026-03-27 17:30', 'day'],
      ['après-demain', '2026-03-27 17:30', 'day'],
      ['demain à 15h', '2026-03-26 15:00', 'exact'],
      ['demain à 9h30', '2026-03-26 09:30', 'exact'],
      ['en fin de journée', '2026-03-25 17:30', 'day'],
      ['sous 48 heures', '2026-03-27 10:00', 'exact'],
      ['dans les deux heures', '2026-03-25 12:00', 'exact'],
      ['sous 3 jours ouvrés', '2026-03-30 17:30', 'day'],
      ['lundi à la première heure', '2026-03-30 08:30', 'day'],
      ['le 3 avril', '2026-04-03 17:30', 'day'],
      ['cet après-midi', '2026-03-25 17:30', 'fuzzy'],
      ['vendredi prochain', '2026-04-03 17:30', 'day'],
      ["dans l'heure", '2026-03-25 11:00', 'exact'],
      ['dès que possible', '2026-03-25 11:00', 'fuzzy'],
      ['la semaine prochaine', '2026-03-30 17:30', 'fuzzy'],
      ['avant 17h', '2026-03-25 17:00', 'exact'],
      ['à midi', '2026-03-25 12:00', 'exact'],
      ['dans la journée', '2026-03-25 17:30', 'fuzzy'],
      ['demain matin', '2026-03-26 12:00', 'fuzzy'],
      ["aujourd'hui", '2026-03-25 17:30', 'day'],
      ['tout de suite', '2026-03-25 10:15', 'fuzzy'],
      ['dans une demi-heure', '2026-03-25 10:30', 'exact'],
      ['mardi à 14h', '2026-03-31 14:00', 'exact'],
      ['au plus tard jeudi', '2026-03-26 17:30', 'day'],
      ['demain à 3h', '2026-03-26 15:00', 'exact'],
      ['cette semaine', '2026-03-27 17:30', 'fuzzy'],
      ['apres-demain a 10h', '2026-03-27 10:00', 'exact'],
      ['avant ce soir', '2026-03-25 20:00', 'fuzzy', '2026-03-25 19:00'],
      ['le prochain jour ouvré', '2026-03-30 17:30', 'day', FRI_SPRING],
      ['lundi à 10h', '2026-03-30 10:00', 'exact', FRI_SPRING, '2026-03-30T08:00:00.000Z'],
      ['sous 72 heures', '2026-03-30 11:00', 'exact', FRI_SPRING, '2026-03-30T09:00:00.000Z'],
      ['lundi à 10h', '2026-10-26 10:00', 'exact', FRI_AUTUMN, '2026-10-26T09:00:00.000Z'],
    ],
  },
  {
    lang: 'de',
    tz: 'Europe/Berlin',
    workday: { start: '08:00', end: '16:30' },
    cases: [
      ['ich melde mich bis Freitag um 9', '2026-03-27 09:00', 'exact'],
      ['bis Feierabend', '2026-03-25 16:30', 'day'],
      ['übermorgen', '2026-03-27 16:30', 'day'],
      ['morgen um 15 Uhr', '2026-03-26 15:00', 'exact'],
      ['Montag früh', '2026-03-30 08:00', 'day'],
      ['in 2 Stunden', '2026-03-25 12:00', 'exact'],
      ['innerhalb von drei Werktagen', '2026-03-30 16:30', 'day'],
      ['noch heute', '2026-03-25 16:30', 'fuzzy'],
      ['im Laufe des Tages', '2026-03-25 16:30', 'fuzzy'],
      ['heute Nachmittag', '2026-03-25 16:30', 'fuzzy'],
      ['am 3. April', '2026-04-03 16:30', 'day'],
      ['um halb drei', '2026-03-25 14:30', 'exact'],
      ['nächste Woche', '2026-03-30 16:30', 'fuzzy'],
      ['nächsten Dienstag', '2026-03-31 16:30', 'day'],
      ['gegen 14:30 Uhr', '2026-03-25 14:30', 'exact'],
      ['so schnell wie möglich', '2026-03-25 11:00', 'fuzzy'],
      ['in Kürze', '2026-03-25 10:15', 'fuzzy'],
      ['bis spätestens 16 Uhr', '2026-03-25 16:00', 'exact'],
      ['heute', '2026-03-25 16:30', 'day'],
      ['morgen früh', '2026-03-26 08:00', 'day'],
      ['in einer halben Stunde', '2026-03-25 10:30', 'exact'],
      ['innerhalb von 24 Stunden', '2026-03-26 10:00', 'exact'],
      ['bis Ende der Woche', '2026-03-27 16:30', 'fuzzy'],
      ['am nächsten Werktag', '2026-03-26 16:30', 'day'],
      ['Donnerstag um 11', '2026-03-26 11:00', 'exact'],
      ['um 3', '2026-03-25 15:00', 'exact'],
      ['ubermorgen um 10', '2026-03-27 10:00', 'exact'],
      ['bis Dienstschluss', '2026-03-25 16:30', 'day'],
      ['bis Feierabend', '2026-03-25 19:00', 'fuzzy', '2026-03-25 18:00'],
      ['Montag um 10 Uhr', '2026-03-30 10:00', 'exact', FRI_SPRING, '2026-03-30T08:00:00.000Z'],
      ['in 3 Tagen', '2026-03-30 10:00', 'exact', FRI_SPRING, '2026-03-30T08:00:00.000Z'],
      ['in 48 Stunden', '2026-10-25 09:00', 'exact', FRI_AUTUMN, '2026-10-25T08:00:00.000Z'],
    ],
  },
  {
    lang: 'pt',
    tz: 'Europe/Lisbon',
    workday: { start: '09:00', end: '18:00' },
    cases: [
      ['retorno em até 2 horas', '2026-03-25 12:00', 'exact'],
      ['ainda hoje', '2026-03-25 18:00', 'fuzzy'],
      ['depois de amanhã', '2026-03-27 18:00', 'day'],
      ['amanhã às 15h', '2026-03-26 15:00', 'exact'],
      ['até sexta-feira', '2026-03-27 18:00', 'day'],
      ['segunda de manhã', '2026-03-30 12:00', 'fuzzy'],
      ['até o fim do dia', '2026-03-25 18:00', 'day'],
      ['em 3 dias úteis', '2026-03-30 18:00', 'day'],
      ['hoje à tarde', '2026-03-25 18:00', 'fuzzy'],
      ['3 de abril', '2026-04-03 18:00', 'day'],
      ['na próxima terça', '2026-03-31 18:00', 'day'],
      ['daqui a pouco', '2026-03-25 10:15', 'fuzzy'],
      ['o quanto antes', '2026-03-25 11:00', 'fuzzy'],
      ['semana que vem', '2026-03-30 18:00', 'fuzzy'],
      ['até às 17h30', '2026-03-25 17:30', 'exact'],
      ['ao meio-dia', '2026-03-25 12:00', 'exact'],
      ['amanhã cedo', '2026-03-26 09:00', 'day'],
      ['em meia hora', '2026-03-25 10:30', 'exact'],
      ['no fim do expediente', '2026-03-25 18:00', 'day'],
      ['ao longo do dia', '2026-03-25 18:00', 'fuzzy'],
      ['nas próximas 24 horas', '2026-03-26 10:00', 'exact'],
      ['quinta às 11h', '2026-03-26 11:00', 'exact'],
      ['amanha as 9h', '2026-03-26 09:00', 'exact'],
      ['ainda esta semana', '2026-03-27 18:00', 'fuzzy'],
      ['no próximo dia útil', '2026-03-26 18:00', 'day'],
      ['hoje', '2026-03-25 18:00', 'day'],
      ['até as 16h', '2026-03-25 16:00', 'exact'],
      ['em 2 dias', '2026-03-27 10:00', 'exact'],
      ['ainda hoje', '2026-03-25 20:00', 'fuzzy', '2026-03-25 19:00'],
      ['segunda às 10h', '2026-03-30 10:00', 'exact', FRI_SPRING, '2026-03-30T09:00:00.000Z'],
      ['em 48 horas', '2026-03-29 11:00', 'exact', FRI_SPRING, '2026-03-29T10:00:00.000Z'],
      ['segunda às 10h', '2026-10-26 10:00', 'exact', FRI_AUTUMN, '2026-10-26T10:00:00.000Z'],
    ],
  },
];

for (const suite of SUITES) {
  describe(`due times in ${suite.lang} (${suite.tz}, ${suite.workday.start}–${suite.workday.end})`, () => {
    it('has at least 30 cases, DST changes among them', () => {
      expect(suite.cases.length).toBeGreaterThanOrEqual(30);
      expect(suite.cases.filter((c) => c[4]).length).toBeGreaterThanOrEqual(3);
    });
    it.each(suite.cases)('%s → %s (%s)', (text, expected, precision, now = WED, utc) => {
      const r = parseDueTimeIn(suite.lang, text, { now: at(now, suite.tz), timeZone: suite.tz, workday: suite.workday });
      expect(r, text).not.toBeNull();
      expect(local(r!.dueAt, suite.tz)).toBe(expected);
      expect(r!.precision).toBe(precision);
      if (utc) expect(new Date(r!.dueAt).toISOString()).toBe(utc);
    });
  });
}

describe('the rep\'s own words come back as matchedText', () => {
  it('points at the when-words of a sentence, in its language', () => {
    const opts = { now: at(WED, 'Europe/Madrid'), timeZone: 'Europe/Madrid', workday: { start: '09:00', end: '18:00' } };
    expect(parseDueTimeIn('es', 'Hola Ana, le llamo mañana a las 15:00 sin falta.', opts)?.matchedText).toBe('mañana a las 15:00');
    expect(parseDueTimeIn('de', 'Ich melde mich bis Freitag um 9.', opts)?.matchedText).toBe('bis Freitag um 9');
    expect(parseDueTimeIn('pt', 'Retorno em até 2 horas.', opts)?.matchedText).toBe('em até 2 horas');
  });
  it('says nothing when nothing says when', () => {
    const opts = { now: at(WED, 'Europe/Paris'), timeZone: 'Europe/Paris', workday: { start: '09:00', end: '18:00' } };
    expect(parseDueTimeIn('fr', 'Je vous rappelle.', opts)).toBeNull();
    expect(parseDueTimeIn('de', 'Guten Morgen, ich kümmere mich darum.', opts)).toBeNull();
  });
});
