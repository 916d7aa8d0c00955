// Writes a translation from plain lines, one message a line, so a translator works in a short text file:
//   node --import tsx tools/merge-translations.ts de de-part1.txt [de-part2.txt …]
// where each line is `key = message` (blank lines and lines starting with # ignored). The result is
// assets/public/_locales/<lang>/messages.json in the English file's order, with the English
// descriptions and placeholders; the messages already in that file are kept unless a line replaces them.
// Plural messages: a form the language needs but the lines lack (Spanish `_many`, say) takes the
// `_other` text (counts are written in digits, so the forms read the same). Prints the English keys
// still untranslated; tests/unit/messages-json.test.ts checks the result.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Entry = { message: string; description?: string; placeholders?: Record<string, unknown> };
const [lang, ...files] = process.argv.slice(2);
if (!lang || !/^[a-z]{2}(_[A-Z]{2})?$/.test(lang)) throw new Error('usage: merge-translations.ts <lang> <lines.txt>…');
const dir = resolve(import.meta.dirname, '..', 'assets/public/_locales');
const en = JSON.parse(readFileSync(resolve(dir, 'en/messages.json'), 'utf8')) as Record<string, Entry>;
const target = resolve(dir, lang, 'messages.json');
const current = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')) as Record<string, Entry>) : {};

const lines = new Map<string, string>();
for (const file of files) {
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^([A-Za-z0-9_]+) = (.+)$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: not "key = message": ${line}`);
    lines.set(m[1]!, m[2]!.trim());
  }
}
for (const k of lines.keys()) if (!en[k] && !(/_(zero|two|few|many)$/.test(k) && en[k.replace(/_[a-z]+$/, '_other')])) throw new Error(`${k} is not an English key`);

const categories = new Intl.PluralRules(lang.replace('_', '-')).resolvedOptions().pluralCategories;
const out: Record<string, Entry> = {};
const untranslated: string[] = [];
const put = (key: string, source: Entry, message: string | undefined): void => {
  if (message === undefined) return void untranslated.push(key);
  out[key] = { message, ...(source.description ? { description: source.description } : {}), ...(source.placeholders ? { placeholders: source.placeholders } : {}) };
};
for (const [key, source] of Object.entries(en)) {
  if (key === 'uiLocale') {
    out[key] = { ...source, message: lang.replace('_', '-') };
    continue;
  }
  if (!key.endsWith('_other') && en[key.replace(/_one$/, '_other')] && key.endsWith('_one') && !categories.includes('one')) continue;
  if (key.endsWith('_other')) {
    const base = key.slice(0, -'_other'.length);
    for (const c of categories.filter((c) => c !== 'one' && c !== 'other' && !en[`${base}_${c}`])) {
      const k = `${base}_${c}`;
      put(k, source, lines.get(k) ?? current[k]?.message ?? lines.get(key) ?? current[key]?.message);
    }
  }
  put(key, source, lines.get(key) ?? current[key]?.message);
}
mkdirSync(resolve(dir, lang), { recursive: true });
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${lang}: ${Object.keys(out).length} messages written, ${untranslated.length} English keys untranslated${untranslated.length ? `:\n  ${untranslated.join('\n  ')}` : ''}`);
