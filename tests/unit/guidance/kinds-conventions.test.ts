// One module per rule kind (lib/guidance/kinds/<kind>.ts), listed once in kinds/index.ts: every kind
// there has its schema, compile and match steps and the editor's fields, and the pack schema takes
// exactly the listed kinds. A kind module left out of the list fails here. The editor's form for
// each kind: tests/components/pack-editor-kinds.test.tsx.
import { z } from 'zod';
import source from '@/assets/public/_locales/en/messages.json';
import { newRule } from '@/lib/guidance/editing';
import { KINDS, kindOf, RuleSchema } from '@/lib/guidance/kinds';
import { kindMessages } from '@/lib/guidance/kinds/messages';
import type { EditorField, RuleKind } from '@/lib/guidance/kinds/types';
import { parsePack } from '@/lib/guidance/schema';

/** Every module of lib/guidance/kinds/ but the list and the shared pieces. */
const modules = Object.entries(import.meta.glob<Record<string, unknown>>('../../../lib/guidance/kinds/*.ts', { eager: true })).filter(
  ([file]) => !/\/(index|types|parts|messages)\.ts$/.test(file),
);

/** The English messages as built (the file and the kinds' names). */
const messages = { ...source, ...kindMessages('en') };

const isKind = (x: unknown): x is RuleKind =>
  typeof x === 'object' && x !== null && typeof (x as RuleKind).kind === 'string' && typeof (x as RuleKind).compile === 'function';

/** The JSON fields a schema (an object, or a union of objects) takes. */
function schemaKeys(schema: z.ZodType): Set<string> {
  const s = schema as unknown as { shape?: Record<string, unknown>; options?: z.ZodType[] };
  if (s.shape) return new Set(Object.keys(s.shape));
  return new Set((s.options ?? []).flatMap((o) => [...schemaKeys(o)]));
}

/** Every field of a form, rows opened up, with the schema keys it must name. */
function fieldsOf(fields: readonly EditorField[]): EditorField[] {
  return fields.flatMap((f) => (f.type === 'row' ? fieldsOf(f.fields) : [f]));
}

const labels = (f: EditorField): string[] =>
  f.type === 'row' ? [] : f.type === 'matchers' ? [f.label, f.add, f.remove] : 'hint' in f && f.hint ? [f.label, f.hint] : [f.label];

const base = { id: 'r', title: 'T', severity: 'warn', advice: 'A.', why: 'W.', examples: [], tests: { shouldMatch: [], shouldNotMatch: [] } };
const pack = (rules: unknown[]) => ({ schemaVersion: 1, id: 'p', name: 'P', version: '1.0.0', author: 'A', description: 'D', locale: 'en', updated: '2026-01-01', rules });

test('every kind module is in the list (a kind left out of kinds/index.ts fails here)', () => {
  expect(modules.length).toBeGreaterThan(0);
  for (const [file, exports] of modules) {
    const kinds = Object.values(exports).filter(isKind);
    expect(kinds, `${file} exports one rule kind (defineKind)`).toHaveLength(1);
    expect(KINDS as readonly unknown[], `${file}: its kind "${kinds[0]?.kind}" is not in lib/guidance/kinds/index.ts`).toContain(kinds[0]);
  }
  expect(KINDS).toHaveLength(modules.length);
});

test('kind names are unique', () => {
  const names = KINDS.map((k) => k.kind);
  expect(new Set(names).size).toBe(names.length);
});

describe.each(KINDS.map((k) => [k.kind, k as unknown as RuleKind] as const))('kind %s', (name, kind) => {
  test('has a schema, a compile step, a match step, its name in every language and editor fields', () => {
    expect(kind.schema).toBeInstanceOf(z.ZodType);
    expect(typeof kind.compile).toBe('function');
    expect(typeof kind.match).toBe('function');
    expect(kind.label).toBe(`peKind${name.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`);
    expect(Object.keys(messages)).toContain(kind.label);
    for (const n of Object.values(kind.names)) expect(n.trim()).not.toBe('');
    expect(kind.fields.length).toBeGreaterThan(0);
    expect(kindOf(name)).toBe(kind);
  });

  test("its schema's `kind` is its name", () => {
    const keys = schemaKeys(kind.schema);
    expect(keys.has('kind')).toBe(true);
    const parsed = parsePack(pack([{ ...base, kind: name }]));
    // Whatever else a bare rule lacks, its kind is accepted.
    expect(parsed.ok ? [] : parsed.errors.filter((e) => e.path === 'rules[0].kind')).toEqual([]);
  });

  test("the editor's fields are fields of the schema, labelled with messages that exist", () => {
    const keys = schemaKeys(kind.schema);
    for (const f of fieldsOf(kind.fields)) {
      if (f.type === 'row') continue;
      expect(keys, `${name}: the editor's field "${f.name}" is not in the schema`).toContain(f.name);
      for (const l of labels(f)) expect(Object.keys(messages), `${name}.${f.name}`).toContain(l);
      if (f.type !== 'variant') continue;
      for (const o of f.options) {
        expect(Object.keys(messages)).toContain(o.label);
        for (const g of fieldsOf(o.fields)) {
          if (g.type === 'row') continue;
          expect(keys, `${name} (${o.value}): the editor's field "${g.name}" is not in the schema`).toContain(g.name);
          for (const l of labels(g)) expect(Object.keys(messages), `${name}.${g.name}`).toContain(l);
        }
      }
    }
  });

  test('a new rule of this kind starts with known fields only', () => {
    const parsed = parsePack(pack([newRule(name as never, 'r')]));
    const unknown = parsed.ok ? [] : parsed.errors.filter((e) => e.message.startsWith('unknown field'));
    expect(unknown).toEqual([]);
  });
});

test('the rule schema takes exactly the listed kinds, in their order', () => {
  const options = (RuleSchema as unknown as { options: z.ZodType[] }).options;
  expect(options).toEqual(KINDS.map((k) => k.schema));
  const parsed = parsePack(pack([{ ...base, kind: 'not-a-kind' }]));
  expect(parsed.ok ? [] : parsed.errors.filter((e) => e.path === 'rules[0].kind').map((e) => e.message)).toEqual([
    `Invalid discriminator value. Expected ${KINDS.map((k) => `'${k.kind}'`).join(' | ')}`,
  ]);
});
