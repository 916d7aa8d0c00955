// The strings files are edited by many hands: every entry must be a message the browser reads, not
// a key nested by a bad merge inside another message (the browser ignores those silently). Every
// translation has exactly the English keys (plural messages: the forms its language needs), the same
// $placeholders$, shortcuts and product name, and no empty message. Checked on the files as built:
// the source files and the rule kinds' names, which live in their modules (lib/guidance/kinds/messages.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KINDS } from '@/lib/guidance/kinds';
import { KIND_NAME_LOCALES, withKindMessages } from '@/lib/guidance/kinds/messages';
import { builtMessagesText } from '../locale-messages';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
type Messages = Record<string, Entry>;

const dir = resolve(import.meta.dirname, '../../assets/public/_locales');
const read = (lang: string): Messages => JSON.parse(builtMessagesText(lang)) as Messages;
const source = (lang: string): string => readFileSync(resolve(dir, lang, 'messages.json'), 'utf8');
const locales = readdirSync(dir).sort();
const en = read('en');
const translations = locales.filter((l) => l !== 'en');

const CATEGORY = /_(zero|one|two|few|many|other)$/;
/** Plural messages: `<base>_other` plus the other forms of the same base. */
const pluralBases = new Set(Object.keys(en).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : [])));
const baseOf = (key: string): string | undefined => {
  const base = key.replace(CATEGORY, '');
  return base !== key && pluralBases.has(base) ? base : undefined;
};
const categories = (lang: string): string[] => [...new Intl.PluralRules(lang.replace('_', '-')).resolvedOptions().pluralCategories].sort();

/** The keys a locale must have: English's, with each plural message in the forms of that language. */
function expectedKeys(lang: string): string[] {
  const keys = new Set<string>();
  for (const k of Object.keys(en)) {
    const base = baseOf(k);
    if (!base) keys.add(k);
    else for (const c of categories(lang)) keys.add(`${base}_${c}`);
  }
  return [...keys].sort();
}
/** The English message a translated key stands for (a plural form missing in English: its `_other`). */
const englishFor = (key: string): Entry => en[key] ?? en[`${baseOf(key)}_other`]!;
const used = (message: string): string[] => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const shortcuts = (message: string): string[] => (message.match(/\b(?:Alt|Ctrl|Shift|Esc)\b(?:\+[^\s·,;:)]+(?:[.,](?=\s|$))?)*/g) ?? []).sort();

test('the English file covers every form English needs of each plural message', () => {
  expect(pluralBases.size).toBeGreaterThan(10);
  for (const base of pluralBases) for (const c of categories('en')) expect(en, `${base}_${c}`).toHaveProperty(`${base}_${c}`);
});

describe.each(locales)('%s', (lang) => {
  const messages = read(lang);

  test.each(Object.entries(messages))('%s is a well-formed message', (key, entry) => {
    expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(Object.keys(entry).filter((k) => !['message', 'description', 'placeholders'].includes(k))).toEqual([]);
    expect(typeof entry.message).toBe('string');
    expect(entry.message.trim(), `${lang}/${key} is empty`).not.toBe('');
    const placeholders = entry.placeholders ?? {};
    for (const [name, p] of Object.entries(placeholders)) {
      expect(Object.keys(p).filter((k) => !['content', 'example'].includes(k)), `${key}.placeholders.${name}`).toEqual([]);
      expect(typeof p.content).toBe('string');
    }
    // Every $NAME$ the message uses is declared.
    for (const name of used(entry.message)) {
      expect(Object.keys(placeholders).map((n) => n.toLowerCase()), `${key} uses $${name}$`).toContain(name);
    }
  });

  test('plural messages are chosen in this language', () => {
    expect(messages.uiLocale?.message).toBe(lang.replace('_', '-'));
  });
});

describe.each(translations)('%s translation', (lang) => {
  const messages = read(lang);

  test('has exactly the English keys, each plural message in the forms this language needs', () => {
    const keys = Object.keys(messages).sort();
    const expected = expectedKeys(lang);
    expect({ missing: expected.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !expected.includes(k)) }).toEqual({ missing: [], extra: [] });
  });

  test('every message keeps the English placeholders, shortcuts and product name; descriptions stay English', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(messages)) {
      const source = englishFor(key);
      if (!source) continue;
      const declared = (e: Entry): string => JSON.stringify(Object.entries(e.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]).sort());
      if (declared(entry) !== declared(source)) problems.push(`${key}: declared placeholders ${declared(entry)}, English ${declared(source)}`);
      if (used(entry.message).join() !== used(source.message).join()) problems.push(`${key}: uses ${used(entry.message).join()}, English ${used(source.message).join()}`);
      if (shortcuts(entry.message).join() !== shortcuts(source.message).join()) problems.push(`${key}: shortcuts ${shortcuts(entry.message).join()} ≠ ${shortcuts(source.message).join()}`);
      if (/\bHeard\b/.test(source.message) && !/\bHeard\b/.test(entry.message)) problems.push(`${key}: lost the name Heard`);
      if (key !== 'uiLocale' && source.description !== undefined && entry.description !== undefined && entry.description !== source.description)
        problems.push(`${key}: description changed`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the rule kinds\' names', () => {
  test('every kind names itself in exactly the languages of the interface, and the built files have each', () => {
    expect([...KIND_NAME_LOCALES].sort()).toEqual(locales);
    for (const kind of KINDS) {
      expect(Object.keys(kind.names).sort(), kind.kind).toEqual(locales);
      for (const lang of locales) expect(read(lang)[kind.label]?.message, `${lang}: ${kind.kind}`).toBe(kind.names[lang as keyof typeof kind.names]);
    }
  });

  test('they are not in the source files too (one definition), and a file that has one fails the build', () => {
    for (const lang of locales) expect(Object.keys(JSON.parse(source(lang)) as Messages).filter((k) => k.startsWith('peKind')), lang).toEqual([]);
    const withOne = JSON.stringify({ ...(JSON.parse(source('en')) as Messages), [KINDS[0].label]: { message: 'Again' } });
    expect(() => withKindMessages(withOne, 'en')).toThrow(/a rule kind's name lives in its module/);
  });
});
