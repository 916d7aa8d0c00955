import { expect, test } from 'vitest';
import { boundaryPolicyFor, compile } from '@/lib/guidance/compile';
import type { Pack } from '@/lib/guidance/schema';

const policy = (word: string) => ({ whatCounts: `${word} counts`, warning: `${word} warning`, whenToEnd: `${word} end`, whatToRecord: `${word} record`, breakAdvice: `${word} break` });
const pack = (id: string, locale: string, word: string, locales?: string[]): Pack =>
  ({ schemaVersion: 1, id, name: id, version: '1.0.0', author: 'T', description: 'T', locale, ...(locales ? { locales } : {}), updated: '2026-12-06', rules: [], boundaryPolicy: policy(word) }) as unknown as Pack;

test('the boundary policy follows the conversation language: that language\'s pack, else English; a later pack wins within a language', () => {
  const c = compile([pack('heard-default', 'en', 'English'), pack('heard-pt', 'pt', 'Portuguese'), pack('heard-fr', 'fr', 'French')]);
  expect(boundaryPolicyFor(c, 'en')?.warning).toBe('English warning');
  expect(boundaryPolicyFor(c, 'pt')?.warning).toBe('Portuguese warning');
  expect(boundaryPolicyFor(c, 'fr')).toMatchObject({ warning: 'French warning', packId: 'heard-fr' });
  // German has none: English, never the last pack's Portuguese or French.
  expect(boundaryPolicyFor(c, 'de')?.warning).toBe('English warning');
  expect(boundaryPolicyFor(c, undefined)?.warning).toBe('English warning');
  const team = compile([pack('heard-default', 'en', 'English'), pack('team', 'en-GB', 'Team', ['es'])]);
  expect(boundaryPolicyFor(team, 'en')?.warning).toBe('Team warning');
  expect(boundaryPolicyFor(team, 'es')?.warning).toBe('Team warning');
  expect(boundaryPolicyFor(compile([pack('heard-pt', 'pt', 'Portuguese')]), 'en')?.warning).toBe('Portuguese warning');
});
