// Action-only phrasings (issue 12, point 3): a log line is what the rep does, not what the customer
// reads. The pack format keeps it apart from the insertable examples (`actionHint`), and the hint
// carries it through to the panel and the card, which never offer to insert it.
import { compile, lint } from '@/lib/guidance/engine';
import { parsePack } from '@/lib/guidance/schema';
import { defaultPack } from '@/lib/guidance/default-pack';
import { toMsg } from '@/entrypoints/background/guidance';
import { pack, rule } from './helpers';

test('the default pack: "Log this promise" offers its log line as an action, with no insertable example', () => {
  const r = defaultPack.rules.find((x) => x.id === 'promise-with-time');
  expect(r?.examples).toEqual([]);
  expect(r?.actionHint).toMatch(/^\(Log: call back/);
  // No insertable example anywhere reads as a note to self.
  for (const x of defaultPack.rules) for (const ex of x.examples) expect(ex).not.toMatch(/^\(?\s*(log|note|todo)\b/i);
});

test('actionHint travels from the pack to the hint the panel gets; examples stay what may be inserted', () => {
  const p = parsePack(
    pack('t', [rule({ id: 'promise', kind: 'phrases', phrases: ['call you back'], examples: ['I will call you at 3pm.'], actionHint: '(Log: call at 3pm.)' })]),
  );
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  const [h] = lint(compile([p.pack]), { draft: 'I will call you back.', thread: [], context: {} });
  expect(h?.actionHint).toBe('(Log: call at 3pm.)');
  const msg = toMsg(h!, 'I will call you back.');
  expect(msg).toMatchObject({ examples: ['I will call you at 3pm.'], actionHint: '(Log: call at 3pm.)' });
});

test('an actionHint is one short line of text', () => {
  const long = pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['x'], actionHint: 'x'.repeat(301) })]);
  expect(parsePack(long).ok).toBe(false);
  const empty = pack('t', [rule({ id: 'a', kind: 'phrases', phrases: ['x'], actionHint: '' })]);
  expect(parsePack(empty).ok).toBe(false);
});
