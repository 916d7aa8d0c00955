// `npm run new:rule-kind -- <name>` (a pack's `kind`: lower-case words joined by dashes, e.g. word-count)
//
// Scaffolds a guidance rule kind as one module, with everything the conventions tests
// (tests/unit/guidance/kinds-conventions.test.ts, tests/components/pack-editor-kinds.test.tsx) ask:
// - lib/guidance/kinds/<name>.ts: a minimal working kind (fires when its phrases occur at least
//   `minMatches` times): its zod schema, compile step, match step and the pack editor's fields;
// - tests/unit/guidance/kinds/<name>.test.ts: it parses, fires, stays quiet and names its fields in errors;
//   Its name in the pack editor is in the module too, in every language of the interface (`names`,
//   English text in each: translate them there); the build writes it into the built messages.json
//   files (lib/guidance/kinds/messages.ts), so no messages file changes;
// - its line in lib/guidance/kinds/index.ts;
// then (the command, not applyPlan) regenerates assets/guidance-pack.schema.json (npm run schema:gen).
// Right after it runs, `npx tsc --noEmit -p .`, eslint, its test and the conventions tests pass
// (tests/unit/scaffold.test.ts proves it); then make the kind do what it is for, and document its
// fields in lib/guidance/README.md.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { applyPlan, insertBefore, runScaffold, type Plan } from './scaffold';

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const RESERVED = /^(?:break|case|catch|class|const|continue|debugger|default|delete|do|else|enum|export|extends|false|finally|for|function|if|import|in|instanceof|new|null|return|super|switch|this|throw|true|try|typeof|var|void|while|with|yield|let|static|await)$/;

const camel = (name: string): string => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function planRuleKind(name: string): Plan {
  if (!NAME.test(name) || name.length > 30) throw new Error(`a rule kind's name is lower-case words joined by dashes, up to 30 characters: ${JSON.stringify(name)}`);
  const id = camel(name);
  if (RESERVED.test(id)) throw new Error(`${JSON.stringify(name)} is a reserved word in TypeScript: pick another name`);
  const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

  const kind = `import { z } from 'zod';
import { checkPhrases, phrase, ruleBase } from './parts';
import { defineKind } from './types';

// Scaffolded by \`npm run new:rule-kind\`: fires when its phrases occur at least \`minMatches\` times.
// Make the schema, the compile and match steps and the editor's fields what ${name} rules are for
// (kinds/types.ts says what each step gets), and document the fields in lib/guidance/README.md.

/** Fires when any of the phrases occurs at least \`minMatches\` times (default 2). Ranges: the occurrences. */
export const ${id} = defineKind({
  kind: '${name}',
  schema: z
    .strictObject({
      ...ruleBase,
      kind: z.literal('${name}'),
      phrases: z.array(phrase).min(1).max(400),
      minMatches: z.number().int().min(1).max(100).optional(),
    })
    .superRefine((r, ctx) => checkPhrases(r.phrases, false, ctx, ['phrases'])),
  compile: (rule, m) => ({ found: m.build(rule.phrases, false, null, ''), atLeast: rule.minMatches ?? 2 }),
  match: (c, draft) => {
    const hits = draft.scan(c.found);
    return hits.length >= c.atLeast ? hits : null;
  },
  // Its name in the pack editor (English for now: translate it).
  names: { en: '${title}', de: '${title}', es: '${title}', fr: '${title}', pt: '${title}' },
  starter: { phrases: [] },
  fields: [
    { type: 'lines', name: 'phrases', label: 'pePhrases', hint: 'pePhrasesHint' },
    { type: 'number', name: 'minMatches', label: 'peMinMatches' },
  ],
});
`;

  const test = `import { compile } from '@/lib/guidance/compile';
import { lint, runPackTests } from '@/lib/guidance/engine';
import { parsePack, type Pack } from '@/lib/guidance/schema';

const rule = {
  id: 'said-twice',
  kind: '${name}',
  title: 'Said twice',
  severity: 'suggest',
  advice: 'Say it once, then say what happens next.',
  why: 'The same apology twice sounds scripted.',
  examples: [],
  phrases: ['sorry'],
  minMatches: 2,
  tests: { shouldMatch: ['Sorry, so sorry.'], shouldNotMatch: ['Sorry about that.'] },
};
const pack = (rules: unknown[]) => ({ schemaVersion: 1, id: 'p', name: 'P', version: '1.0.0', author: 'A', description: 'D', locale: 'en', updated: '2026-01-01', rules });

function valid(rules: unknown[]): Pack {
  const parsed = parsePack(pack(rules));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.pack;
}

test('a ${name} rule is valid pack data and passes its own cases', () => {
  expect(runPackTests(valid([rule])).map((r) => r.ok)).toEqual([true, true]);
});

test('fires on the occurrences once there are enough, not before', () => {
  const c = compile([valid([rule])]);
  expect(lint(c, { draft: 'Sorry, so sorry.', thread: [], context: {} }).map((h) => h.ranges)).toEqual([
    [
      { start: 0, end: 5 },
      { start: 10, end: 15 },
    ],
  ]);
  expect(lint(c, { draft: 'Sorry about that.', thread: [], context: {} })).toEqual([]);
});

test('its errors name its fields', () => {
  const parsed = parsePack(pack([{ ...rule, phrases: [], minMatches: 0 }]));
  expect(parsed.ok ? [] : parsed.errors.map((e) => e.path).sort()).toEqual(['rules[0].minMatches', 'rules[0].phrases']);
});
`;

  return {
    create: {
      [`lib/guidance/kinds/${name}.ts`]: kind,
      [`tests/unit/guidance/kinds/${name}.test.ts`]: test,
    },
    edit: {
      'lib/guidance/kinds/index.ts': (t) => {
        if (new RegExp(`^ {2}${id},$`, 'm').test(t)) throw new Error(`lib/guidance/kinds/index.ts lists ${id} already`);
        const out = insertBefore(t, /^import \{ z \} from 'zod';$/, /^import .* from '\.\/types';$/, `import { ${id} } from './${name}';`, 'kinds/index.ts');
        return insertBefore(out, /^export const KINDS = \[$/, /^\] as const;$/, `  ${id},`, 'kinds/index.ts');
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runScaffold('usage: npm run new:rule-kind -- <name>   (e.g. word-count)', (name) => {
    const touched = applyPlan(resolve('.'), planRuleKind(name));
    // The pack's JSON Schema names the new kind.
    execFileSync(process.execPath, ['--import', 'tsx', 'tools/gen-pack-schema.ts'], { stdio: 'inherit' });
    return `${[...touched, 'assets/guidance-pack.schema.json'].join('\n')}\n\nNext: make lib/guidance/kinds/${name}.ts do what ${name} rules are for, document its fields in lib/guidance/README.md, translate its name (names) there, then npx vitest run tests/unit/guidance/kinds/${name}.test.ts tests/unit/guidance/kinds-conventions.test.ts tests/components/pack-editor-kinds.test.tsx`;
  });
}
