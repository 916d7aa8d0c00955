import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  applyReminderPolicy,
  applyRuleLocks,
  BUILT_IN_PACK_ID,
  EMPTY_POLICY,
  isRuleLockedByPolicy,
  lockedReminderKeys,
  MAX_LOCKED_RULES,
  MAX_POLICY_PACKS,
  MAX_POLICY_URLS,
  MAX_PROBLEMS,
  packUrlProblem,
  parsePolicy,
} from '@/lib/policy/schema';
import { defaultPack } from '@/lib/guidance/default-pack';
import { compile } from '@/lib/guidance/compile';
import { defaultReminderSettings, parseReminderSettings } from '@/lib/messaging/callbacks';
import { pack, rule } from '../guidance/helpers';

const teamPackText = readFileSync(resolve(import.meta.dirname, '../../fixtures/packs/example-team-pack.json'), 'utf8');

describe('parsePolicy: no policy', () => {
  test.each([undefined, null, {}])('%s is no policy, nothing managed, no problems', (raw) => {
    expect(parsePolicy(raw)).toEqual({ policy: EMPTY_POLICY, problems: [], managed: false });
  });

  test.each(['yes', 3, [1, 2], true])('a policy that is not an object (%s) is named and nothing applies', (raw) => {
    const r = parsePolicy(raw);
    expect(r.managed).toBe(false);
    expect(r.policy).toEqual(EMPTY_POLICY);
    expect(r.problems).toEqual([{ path: '', message: 'the policy must be an object' }]);
  });

  test('unknown keys are named and ignored; they alone do not make the browser managed', () => {
    const r = parsePolicy({ packUrl: 'https://x.example/p.json' });
    expect(r.managed).toBe(false);
    expect(r.problems).toEqual([{ path: 'packUrl', message: 'unknown policy "packUrl" (ignored)' }]);
  });
});

describe('parsePolicy: a clean policy', () => {
  test('every key applies', () => {
    const r = parsePolicy({
      packUrls: ['https://packs.example.com/team.json', 'http://127.0.0.1:5178/p.json'],
      packs: [teamPackText],
      lockedRules: ['heard-default/dont-know', 'calm-down'],
      disallowPersonalPacks: true,
      reminders: { remindBeforeMin: 30, sameDayReply: true, workdayStart: '08:00', workdayEnd: '16:30', workdays: [5, 1, 1, 3], timeZone: 'Europe/Berlin' },
    });
    expect(r.problems).toEqual([]);
    expect(r.managed).toBe(true);
    expect(r.policy.packUrls).toEqual(['https://packs.example.com/team.json', 'http://127.0.0.1:5178/p.json']);
    expect(r.policy.packs.map((p) => p.id)).toEqual(['acme-broadband-team']);
    expect(r.policy.lockedRules).toEqual(['heard-default/dont-know', 'calm-down']);
    expect(r.policy.disallowPersonalPacks).toBe(true);
    // Days deduplicated and sorted.
    expect(r.policy.reminders).toEqual({ remindBeforeMin: 30, sameDayReply: true, workdayStart: '08:00', workdayEnd: '16:30', workdays: [1, 3, 5], timeZone: 'Europe/Berlin' });
  });

  test('inline packs as objects (Firefox) and as JSON text (Chrome) give the same pack', () => {
    const a = parsePolicy({ packs: [JSON.parse(teamPackText)] });
    const b = parsePolicy({ packs: [teamPackText] });
    expect(a.problems).toEqual([]);
    expect(a.policy.packs).toEqual(b.policy.packs);
  });

  test('disallowPersonalPacks false is managed too (the lead set it)', () => {
    const r = parsePolicy({ disallowPersonalPacks: false });
    expect(r).toEqual({ policy: EMPTY_POLICY, problems: [], managed: true });
  });

  test('duplicates are dropped quietly', () => {
    const r = parsePolicy({ packUrls: ['https://a.example/p.json', 'https://a.example/p.json'], lockedRules: ['x', 'x'] });
    expect(r.problems).toEqual([]);
    expect(r.policy.packUrls).toEqual(['https://a.example/p.json']);
    expect(r.policy.lockedRules).toEqual(['x']);
  });
});

describe('parsePolicy: bad input names the field and keeps the rest', () => {
  test('wrong types: each bad key is named, the good keys still apply', () => {
    const r = parsePolicy({
      packUrls: 'https://a.example/p.json',
      packs: { id: 'x' },
      lockedRules: 'dont-know',
      disallowPersonalPacks: 'yes',
      reminders: [30],
    });
    expect(r.managed).toBe(true);
    expect(r.policy).toEqual(EMPTY_POLICY);
    expect(r.problems).toEqual([
      { path: 'packUrls', message: 'must be a list of URLs' },
      { path: 'packs', message: 'must be a list of packs' },
      { path: 'lockedRules', message: 'must be a list of rule ids' },
      { path: 'disallowPersonalPacks', message: 'must be true or false' },
      { path: 'reminders', message: 'must be an object' },
    ]);
  });

  test('one bad entry in a list drops that entry only', () => {
    const r = parsePolicy({
      packUrls: ['https://ok.example/p.json', 42, 'ftp://x.example/p.json', 'not a url', 'http://intranet.example/p.json'],
      lockedRules: ['ok-rule', 'Bad Rule', 7, 'pack/rule'],
      disallowPersonalPacks: true,
    });
    expect(r.policy.packUrls).toEqual(['https://ok.example/p.json']);
    expect(r.policy.lockedRules).toEqual(['ok-rule', 'pack/rule']);
    expect(r.policy.disallowPersonalPacks).toBe(true);
    expect(r.problems).toEqual([
      { path: 'packUrls[1]', message: 'must be a URL string' },
      { path: 'packUrls[2]', message: 'must be an https:// URL' },
      { path: 'packUrls[3]', message: 'is not a URL' },
      { path: 'packUrls[4]', message: 'must be an https:// URL' },
      { path: 'lockedRules[1]', message: 'must be a rule id such as "default/no-i-dont-know"' },
      { path: 'lockedRules[2]', message: expect.stringMatching(/.+/) },
    ]);
  });

  test('a bad inline pack is named with the path inside it; the good pack still installs', () => {
    const broken = JSON.parse(teamPackText) as { id: string; rules: { severity: string }[] };
    broken.id = 'broken-pack';
    broken.rules[1]!.severity = 'loud';
    const r = parsePolicy({ packs: ['{not json', broken, teamPackText] });
    expect(r.policy.packs.map((p) => p.id)).toEqual(['acme-broadband-team']);
    expect(r.problems[0]).toEqual({ path: 'packs[0]', message: expect.stringMatching(/^not valid JSON/) });
    expect(r.problems.some((p) => p.path.startsWith('packs[1].rules[1]'))).toBe(true);
    expect(r.problems.every((p) => !p.path.startsWith('packs[2]'))).toBe(true);
  });

  test('two packs with one id: the second is named', () => {
    const r = parsePolicy({ packs: [teamPackText, teamPackText] });
    expect(r.policy.packs).toHaveLength(1);
    expect(r.problems).toEqual([{ path: 'packs[1].id', message: 'duplicate pack id "acme-broadband-team"' }]);
  });

  test("a pack may not take the built-in pack's id", () => {
    expect(BUILT_IN_PACK_ID).toBe(defaultPack.id);
    const r = parsePolicy({ packs: [{ ...JSON.parse(teamPackText), id: defaultPack.id }] });
    expect(r.policy.packs).toEqual([]);
    expect(r.problems).toEqual([{ path: 'packs[0].id', message: expect.stringContaining('built-in') }]);
  });

  test('reminder settings: a bad one is named with what it takes, the good ones apply', () => {
    const r = parsePolicy({ reminders: { remindBeforeMin: 'ten', sameDayReply: true, workdays: [1, 9], colour: 'red' } });
    expect(r.policy.reminders).toEqual({ sameDayReply: true });
    expect(r.problems).toEqual([
      { path: 'reminders.remindBeforeMin', message: 'must be a whole number of minutes from 0 to 1440 (ignored)' },
      { path: 'reminders.workdays', message: 'must be a list of days, 0 = Sunday to 6 = Saturday (ignored)' },
      { path: 'reminders.colour', message: 'unknown reminder setting "colour" (ignored)' },
    ]);
  });

  test.each([
    [{ remindBeforeMin: -1 }, 'reminders.remindBeforeMin'],
    [{ remindBeforeMin: 2.5 }, 'reminders.remindBeforeMin'],
    [{ remindBeforeMin: 1441 }, 'reminders.remindBeforeMin'],
    [{ workdayStart: '9:00', workdayEnd: '17:00' }, 'reminders.workdayStart'],
    [{ workdayStart: '09:00', workdayEnd: '24:00' }, 'reminders.workdayEnd'],
    [{ timeZone: 'Mars/Olympus' }, 'reminders.timeZone'],
    [{ workdays: [] }, 'reminders.workdays'],
    [{ sameDayReply: 'true' }, 'reminders.sameDayReply'],
  ])('reminders %j: %s is named and dropped', (reminders, path) => {
    const r = parsePolicy({ reminders });
    expect(r.problems.map((p) => p.path)).toContain(path);
    expect(r.policy.reminders).not.toHaveProperty(path.split('.')[1]!);
  });

  test('the working day is set as a pair that ends after it starts', () => {
    const only = parsePolicy({ reminders: { workdayStart: '18:00' } });
    expect(only.policy.reminders).toEqual({});
    expect(only.problems).toEqual([{ path: 'reminders.workdayStart', message: 'set workdayStart and workdayEnd together (ignored)' }]);
    const backwards = parsePolicy({ reminders: { workdayStart: '17:00', workdayEnd: '09:00', remindBeforeMin: 5 } });
    expect(backwards.policy.reminders).toEqual({ remindBeforeMin: 5 });
    expect(backwards.problems).toEqual([{ path: 'reminders.workdayEnd', message: 'must be after workdayStart (17:00) (both ignored)' }]);
  });

  test('an empty time zone (the browser\'s) is a valid policy value', () => {
    const r = parsePolicy({ reminders: { timeZone: '' } });
    expect(r.problems).toEqual([]);
    expect(r.policy.reminders).toEqual({ timeZone: '' });
  });

  test('limits: extra URLs, packs and rule ids are named and ignored', () => {
    const urls = Array.from({ length: MAX_POLICY_URLS + 3 }, (_, i) => `https://p.example/${i}.json`);
    const ids = Array.from({ length: MAX_LOCKED_RULES + 1 }, (_, i) => `rule-${i}`);
    const packs = Array.from({ length: MAX_POLICY_PACKS + 1 }, (_, i) => ({ ...JSON.parse(teamPackText), id: `team-${i}` }));
    const r = parsePolicy({ packUrls: urls, lockedRules: ids, packs });
    expect(r.policy.packUrls).toHaveLength(MAX_POLICY_URLS);
    expect(r.policy.lockedRules).toHaveLength(MAX_LOCKED_RULES);
    expect(r.policy.packs).toHaveLength(MAX_POLICY_PACKS);
    expect(r.problems.map((p) => p.path)).toEqual(['packUrls', 'packs', 'lockedRules']);
  });

  test('a flood of bad entries is capped, the last line says how many more', () => {
    const r = parsePolicy({ lockedRules: Array.from({ length: 500 }, () => 'NOPE') });
    expect(r.problems).toHaveLength(MAX_PROBLEMS);
    expect(r.problems[MAX_PROBLEMS - 1]).toEqual({ path: '', message: `${500 - MAX_PROBLEMS + 1} more problems not listed` });
  });

  test('prototype keys in a policy change nothing', () => {
    const r = parsePolicy(JSON.parse('{"__proto__": {"disallowPersonalPacks": true}, "reminders": {"__proto__": {"remindBeforeMin": 1}}}'));
    expect(r.policy.disallowPersonalPacks).toBe(false);
    expect(r.policy.reminders).toEqual({});
    expect(({} as Record<string, unknown>).disallowPersonalPacks).toBeUndefined();
  });
});

describe('pack URLs', () => {
  test.each([
    ['https://packs.example.com/a.json', null],
    ['http://localhost:8080/a.json', null],
    ['http://127.0.0.1/a.json', null],
    ['http://[::1]:9/a.json', null],
    ['http://example.com/a.json', 'must be an https:// URL'],
    ['file:///etc/passwd', 'must be an https:// URL'],
    ['javascript:alert(1)', 'must be an https:// URL'],
    ['packs/a.json', 'is not a URL'],
  ])('%s → %s', (url, problem) => {
    expect(packUrlProblem(url)).toBe(problem);
  });
});

describe('locking rules', () => {
  const policy = parsePolicy({ lockedRules: ['team/jargon', 'calm-down'] }).policy;

  test('by packId/ruleId, or a bare ruleId in every pack', () => {
    expect(isRuleLockedByPolicy(policy, 'team', 'jargon')).toBe(true);
    expect(isRuleLockedByPolicy(policy, 'other', 'jargon')).toBe(false);
    expect(isRuleLockedByPolicy(policy, 'team', 'calm-down')).toBe(true);
    expect(isRuleLockedByPolicy(policy, 'heard-default', 'calm-down')).toBe(true);
    expect(isRuleLockedByPolicy(EMPTY_POLICY, 'team', 'jargon')).toBe(false);
  });

  test('applyRuleLocks marks the rules locked and leaves other packs untouched', () => {
    const team = pack('team', [rule({ id: 'jargon', kind: 'phrases', phrases: ['SNR'] }), rule({ id: 'other', kind: 'phrases', phrases: ['x'] })]);
    const elsewhere = pack('elsewhere', [rule({ id: 'free', kind: 'phrases', phrases: ['y'] })]);
    const [t, e] = applyRuleLocks([team, elsewhere], policy);
    expect(t!.rules.map((r) => r.locked ?? false)).toEqual([true, false]);
    expect(e).toBe(elsewhere);
    // The input is not changed.
    expect(team.rules[0]!.locked).toBeUndefined();
  });

  test("a locked rule stays on when the rep switched it off, and a later pack can't override it", () => {
    const team = pack('team', [rule({ id: 'jargon', kind: 'phrases', phrases: ['SNR'] })]);
    const later = pack('later', [rule({ id: 'jargon', kind: 'phrases', phrases: ['nothing-like-it'] })]);
    const off = new Set(['team/jargon']);
    expect(compile([team], { disabledRuleIds: off }).rules).toHaveLength(0);
    const locked = compile(applyRuleLocks([team, later], policy), { disabledRuleIds: off });
    expect(locked.rules.map((r) => r.hintId)).toEqual(['team/jargon']);
    expect(locked.skipped).toEqual([{ packId: 'later', ruleId: 'jargon', reason: 'overrides a locked rule of team' }]);
  });

  test('the default pack with a bare id locked', () => {
    const first = defaultPack.rules[0]!;
    const [d] = applyRuleLocks([defaultPack], parsePolicy({ lockedRules: [first.id] }).policy);
    expect(d!.rules.find((r) => r.id === first.id)!.locked).toBe(true);
    expect(d!.rules.filter((r) => r.locked).length).toBe(defaultPack.rules.filter((r) => r.locked).length + (first.locked ? 0 : 1));
  });
});

describe('reminder settings under a policy', () => {
  test("the policy's keys win; the rep's others stay; the result is valid settings", () => {
    const rep = parseReminderSettings({ remindBeforeMin: 5, timeZone: 'Europe/Paris', sameDayReply: false, workdays: [1, 2] });
    const policy = parsePolicy({ reminders: { remindBeforeMin: 30, sameDayReply: true } }).policy;
    const eff = applyReminderPolicy(rep, policy);
    expect(eff).toEqual({ ...rep, remindBeforeMin: 30, sameDayReply: true });
    expect(parseReminderSettings(eff)).toEqual(eff);
    expect(lockedReminderKeys(policy).sort()).toEqual(['remindBeforeMin', 'sameDayReply']);
  });

  test('no policy: the rep\'s settings as they are, nothing locked', () => {
    const rep = defaultReminderSettings();
    expect(applyReminderPolicy(rep, EMPTY_POLICY)).toEqual(rep);
    expect(lockedReminderKeys(EMPTY_POLICY)).toEqual([]);
  });

  test("a policy working day never combines with the rep's other half into an invalid day", () => {
    const rep = parseReminderSettings({ workdayStart: '06:00', workdayEnd: '10:00' });
    const eff = applyReminderPolicy(rep, parsePolicy({ reminders: { workdayStart: '12:00' } }).policy);
    expect(eff.workdayStart < eff.workdayEnd).toBe(true);
    expect(eff).toEqual(rep);
  });
});
