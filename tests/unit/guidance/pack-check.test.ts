import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { main } from '../../../tools/pack-check';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/packs');

function run(files: string[]) {
  const log: string[] = [];
  const error: string[] = [];
  const code = main(files, { log: (l) => log.push(l), error: (l) => error.push(l) });
  return { code, log, error };
}

test('a valid pack: exit 0 and a one-line summary', () => {
  const r = run([join(FIXTURES, 'example-team-pack.json')]);
  expect(r.code).toBe(0);
  expect(r.error).toEqual([]);
  expect(r.log).toEqual(['pack:check: 1 pack(s) ok, 4 rules, 24 cases pass']);
});

test.each([
  ['bad-html.json', 'rules[0].advice: must not contain HTML tags or script'],
  ['bad-regex.json', 'rules[2].pattern: pattern may take super-linear time'],
  ['bad-duplicate.json', 'rules[4].id: duplicate id "outage-no-eta"'],
  ['bad-unknown-key.json', 'rules[1].severty: unknown field "severty"'],
  ['bad-proto.json', '__proto__: the key "__proto__" is not allowed'],
  ['bad-not-json.json', '(root): not valid JSON'],
  ['bad-failing-case.json', 'rule "jargon": expected no match for "Your SNR looks fine."'],
])('%s: exit 1 and the error by path', (file, expected) => {
  const r = run([join(FIXTURES, file)]);
  expect(r.code).toBe(1);
  expect(r.error.join('\n')).toContain(expected);
});

test('every bad fixture is covered above', () => {
  expect(readdirSync(FIXTURES).filter((f) => f.startsWith('bad-')).length).toBe(7);
});

test('one bad file among good ones fails the run; a missing file too', () => {
  expect(run([join(FIXTURES, 'example-team-pack.json'), join(FIXTURES, 'bad-html.json')]).code).toBe(1);
  expect(run([join(FIXTURES, 'nope.json')]).code).toBe(1);
  expect(run([]).code).toBe(2);
});

test('runs as a CLI (npm run pack:check)', () => {
  const ok = spawnSync(process.execPath, ['--import', 'tsx', 'tools/pack-check.ts', 'tests/fixtures/packs/example-team-pack.json'], { cwd: ROOT, encoding: 'utf8' });
  expect(ok.status).toBe(0);
  expect(ok.stdout.trim()).toBe('pack:check: 1 pack(s) ok, 4 rules, 24 cases pass');
  const bad = spawnSync(process.execPath, ['--import', 'tsx', 'tools/pack-check.ts', '--', 'tests/fixtures/packs/bad-regex.json'], { cwd: ROOT, encoding: 'utf8' });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('rules[2].pattern');
});
