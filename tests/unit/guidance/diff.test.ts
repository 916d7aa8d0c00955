// What changed between two versions of a pack, by rule id.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { canonical, diffPacks, isEmptyDiff, PackDiffSchema, MAX_DIFF_ITEMS } from '@/lib/guidance/diff';
import { parsePack, type Pack } from '@/lib/guidance/schema';
import { generatePack } from '../../fixtures/packs/generated';

const v1 = (): Pack => {
  const r = parsePack(readFileSync(resolve(import.meta.dirname, '../../fixtures/packs/example-team-pack.json'), 'utf8'));
  if (!r.ok) throw new Error('fixture');
  return structuredClone(r.pack);
};

test('the same pack: nothing changed (key order in the file does not count)', () => {
  const a = v1();
  const b = JSON.parse(canonical(a)) as Pack;
  const d = diffPacks(a, b);
  expect(isEmptyDiff(d)).toBe(true);
  expect(d.changelog).toBe(a.changelog);
});

test('added, removed and changed rules, with the fields that changed', () => {
  const a = v1();
  const b = v1();
  b.version = '2.2.0';
  b.changelog = '2.2.0: outage rule is stricter; jargon gone; new refund rule.';
  b.rules = b.rules.filter((r) => r.id !== 'jargon');
  const outage = b.rules.find((r) => r.id === 'outage-no-eta')!;
  outage.advice = 'Always say when the next update comes.';
  outage.severity = 'info';
  (outage as { when?: unknown }).when = { phrases: ['outage'] };
  b.rules.push({ ...structuredClone(a.rules[0]!), id: 'refund-wording', title: 'Refund wording' });
  const d = diffPacks(a, b);
  expect(d).toMatchObject({
    fromVersion: '2.1.0',
    toVersion: '2.2.0',
    added: [{ id: 'refund-wording', title: 'Refund wording' }],
    removed: [{ id: 'jargon', title: 'Network jargon' }],
    changed: [{ id: 'outage-no-eta', title: 'Outage without an update time' }],
    checklistsChanged: false,
    boundaryPolicyChanged: false,
    metaChanged: [],
    changelog: '2.2.0: outage rule is stricter; jargon gone; new refund rule.',
    truncated: 0,
  });
  expect(new Set(d.changed[0]!.fields)).toEqual(new Set(['advice', 'severity', 'when']));
  expect(PackDiffSchema.safeParse(d).success).toBe(true);
});

test('checklists, boundary policy and pack fields', () => {
  const a = v1();
  const b = v1();
  b.checklists![0]!.title = 'Another title';
  delete b.boundaryPolicy;
  b.name = 'Acme team (renamed)';
  delete b.changelog;
  const d = diffPacks(a, b);
  expect(d).toMatchObject({ checklistsChanged: true, boundaryPolicyChanged: true, metaChanged: ['name'] });
  expect(d.changelog).toBeUndefined();
  expect(isEmptyDiff(d)).toBe(false);
});

test('huge packs: lists are capped and the rest counted', () => {
  const a = generatePack(10);
  const b = generatePack(1000, 7);
  b.rules = b.rules.map((r) => ({ ...r, id: `new-${r.id}` }));
  const d = diffPacks(a, b);
  expect(d.added).toHaveLength(MAX_DIFF_ITEMS);
  expect(d.removed).toHaveLength(10);
  expect(d.truncated).toBe(1000 - MAX_DIFF_ITEMS);
  expect(PackDiffSchema.safeParse(d).success).toBe(true);
});
