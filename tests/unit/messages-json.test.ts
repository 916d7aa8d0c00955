// The strings file is edited by many hands: every entry must be a message the browser reads, not
// a key nested by a bad merge inside another message (the browser ignores those silently).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const file = resolve(import.meta.dirname, '../../assets/public/_locales/en/messages.json');
const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;

test.each(Object.entries(messages))('%s is a well-formed message', (key, entry) => {
  expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  expect(Object.keys(entry).filter((k) => !['message', 'description', 'placeholders'].includes(k))).toEqual([]);
  expect(typeof entry.message).toBe('string');
  const placeholders = (entry.placeholders ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, p] of Object.entries(placeholders)) {
    expect(Object.keys(p).filter((k) => !['content', 'example'].includes(k)), `${key}.placeholders.${name}`).toEqual([]);
    expect(typeof p.content).toBe('string');
  }
  // Every $NAME$ the message uses is declared.
  for (const [, name] of (entry.message as string).matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
    expect(Object.keys(placeholders).map((n) => n.toLowerCase()), `${key} uses $${name}$`).toContain(name!.toLowerCase());
  }
});
