// A long phrase list is compiled grouped by first letter (phrasesSource): it must match exactly what the flat
// alternation of the same phrases matches, on real drafts, in every built-in pack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { defaultPack } from '../../../lib/guidance/default-pack';
import { phrasesSource } from '../../../lib/guidance/phrase';

const drafts = ['train3']
  .flatMap((f) => readFileSync(join(__dirname, `../../fixtures/drafts/${f}.jsonl`), 'utf8').split('\n'))
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { draft: string }).draft);

/** Every phrase list of a pack, with where it is. */
function lists(o: unknown, path: string, out: [string, string[]][]): [string, string[]][] {
  if (!o || typeof o !== 'object') return out;
  const rec = o as Record<string, unknown>;
  if (Array.isArray(rec.phrases) && rec.phrases.every((p) => typeof p === 'string')) out.push([path, rec.phrases as string[]]);
  for (const [k, v] of Object.entries(rec)) if (k !== 'tests' && k !== 'phrases') lists(v, `${path}.${k}`, out);
  return out;
}

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('phrase lists grouped by first letter', () => {
  const all = defaultPack.rules.flatMap((r) => lists(r, r.id, []));
  // The lists that are grouped (24+ phrases over several first letters).
  const long = all.filter(([, ps]) => phrasesSource(ps, false).source !== phrasesSource(ps, false, false, 'en', false).source);

  test('the default pack has long lists to group', () => {
    expect(long.length).toBeGreaterThan(10);
  });

  test.each(long.map(([path, ps]) => [path, ps] as const))('%s matches as the flat list does', (_path, ps) => {
    const grouped = new RegExp(phrasesSource(ps, false).source, 'giu');
    const flat = new RegExp(phrasesSource(ps, false, false, 'en', false).source, 'giu');
    expect(grouped.source).not.toBe(flat.source);
    for (const d of drafts) expect(matches(grouped, d)).toEqual(matches(flat, d));
  });
});
