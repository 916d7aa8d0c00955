// plural(): the CLDR form of the count in the language of the messages the browser shows, falling back
// to `_other` when a form is missing; read from the real translations as the browser would.
import { plural } from '@/lib/i18n';
import { localeMessages as locale, useMessages } from '../locale-messages';

const count = { count: { content: '$1' } };

test('English: one for 1, other for 0 and 2', () => {
  useMessages(locale('en'), 'en-US');
  expect(plural('hintsMore', 1)).toBe('Show 1 more hint');
  expect(plural('hintsMore', 2)).toBe('Show 2 more hints');
  expect(plural('packsRules', 0)).toBe('0 rules');
  expect(plural('packsRules', 1)).toBe('1 rule');
});

test('a browser in a language without a translation counts in the language of the messages it shows', () => {
  // Polish has one/few/many/other; the English file shown to a Polish browser must still say "2 hints".
  useMessages(locale('en'), 'pl');
  expect(plural('dockHints', 2)).toBe('2 hints');
  expect(plural('dockHints', 1)).toBe('1 hint');
});

test('French counts 0 as one, millions as many; a form missing falls back to other', () => {
  useMessages(
    {
      uiLocale: { message: 'fr' },
      dockHints_one: { message: '$COUNT$ indice', placeholders: count },
      dockHints_many: { message: '$COUNT$ d’indices', placeholders: count },
      dockHints_other: { message: '$COUNT$ indices', placeholders: count },
      packsRules_other: { message: '$COUNT$ règles', placeholders: count },
    },
    'fr',
  );
  expect(plural('dockHints', 0)).toBe('0 indice');
  expect(plural('dockHints', 1)).toBe('1 indice');
  expect(plural('dockHints', 2)).toBe('2 indices');
  expect(plural('dockHints', 1_000_000)).toBe('1000000 d’indices');
  expect(plural('packsRules', 1)).toBe('1 règles');
});

test('the language switches when the messages do (rules are not kept from the first call)', () => {
  useMessages({ uiLocale: { message: 'fr' }, dockHints_one: { message: 'un', placeholders: count }, dockHints_other: { message: 'autre' } }, 'fr');
  expect(plural('dockHints', 0)).toBe('un');
  useMessages({ uiLocale: { message: 'de' }, dockHints_one: { message: 'eins' }, dockHints_other: { message: 'andere' } }, 'de');
  expect(plural('dockHints', 0)).toBe('andere');
});

test('more substitutions than the count: the count picks the form, the substitutions fill it', () => {
  useMessages(locale('en'), 'en');
  expect(plural('packFetchTimeout', 1, ['https://packs.example', '1'])).toBe('https://packs.example did not answer within 1 second. The installed version is kept.');
  expect(plural('packFetchTimeout', 20, ['https://packs.example', '20'])).toMatch(/within 20 seconds\./);
});
