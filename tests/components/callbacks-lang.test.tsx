import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prefillFromHint } from '@/components/callbacks/TicketCallbacks';
import { parseWhen, whenLangs } from '@/components/callbacks/format';
import { defaultReminderSettings, type HintMsg } from '@/lib/messaging';

const settings = { ...defaultReminderSettings(), timeZone: 'Europe/Madrid', workdayStart: '09:00', workdayEnd: '18:00' };
const NOW = Date.UTC(2026, 2, 25, 9, 0); // Wednesday 10:00 in Madrid
const hint = (context: string): HintMsg => ({
  id: 'team-es/promesa',
  ruleId: 'promesa',
  packId: 'team-es',
  severity: 'info',
  title: 'Promesa',
  advice: '',
  why: '',
  examples: [],
  actions: ['log-callback'],
  ranges: [{ start: 0, end: 8 }],
  context,
});

test('"Log this promise" reads a Spanish promise with the Spanish parser: channel, words and time', () => {
  const { initial, hasTime } = prefillFromHint(hint('Hola Ana, le llamo mañana a las 15:00 sin falta.'), settings, NOW, 'email', 'es');
  expect(initial.channel).toBe('call');
  expect(initial.whenText).toBe('mañana a las 15:00');
  expect(hasTime).toBe(true);
  expect(new Date(parseWhen(initial.whenText!, settings, NOW, whenLangs('es'))!.dueAt).toISOString()).toBe('2026-03-26T14:00:00.000Z');
});

test('the same sentence read as English finds no promise (the draft\'s language chooses)', () => {
  const { hasTime } = prefillFromHint(hint('Hola Ana, le llamo mañana a las 15:00 sin falta.'), settings, NOW, 'email', 'en');
  expect(hasTime).toBe(false);
});

test('a time typed in the form is read in the rep\'s language first, then English, then the others', () => {
  (fakeBrowser as unknown as { i18n: { getUILanguage: () => string } }).i18n.getUILanguage = () => 'de';
  expect(whenLangs()).toEqual(['de', 'en', 'es', 'fr', 'pt']);
  expect(whenLangs('pt')).toEqual(['pt', 'de', 'en', 'es', 'fr']);
  const berlin = { ...settings, timeZone: 'Europe/Berlin', workdayEnd: '17:00' };
  expect(new Date(parseWhen('bis Feierabend', berlin, NOW)!.dueAt).toISOString()).toBe('2026-03-25T16:00:00.000Z');
  expect(new Date(parseWhen('tomorrow at 3', berlin, NOW)!.dueAt).toISOString()).toBe('2026-03-26T14:00:00.000Z');
  expect(parseWhen('irgendwann', berlin, NOW)).toBeNull();
});
