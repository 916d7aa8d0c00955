// The scaffolds produce code that compiles, lints and passes its own test right after they run.
// Each runs into a copy of the parts of the tree it reads (a temp dir, node_modules linked), is
// type-checked with the project's compiler options, linted with the project's eslint config, and its
// generated test run by vitest there; the temp dir is removed after.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { planAdapter } from '../../tools/new-adapter';
import { planRuleKind } from '../../tools/new-rule-kind';
import { planTable } from '../../tools/new-table';
import { applyPlan } from '../../tools/scaffold';

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

function run(cmd: string, args: string[], cwd: string): void {
  try {
    execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '' } });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`, { cause: e });
  }
}

/** A temp copy of `paths` (node_modules linked) for each test of the describe it is called in; removed after. */
function copyOfTree(paths: readonly string[]): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'heard-scaffold-'));
    for (const p of paths) cpSync(resolve(root, p), join(dir, p), { recursive: true });
    symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

describe('npm run new:adapter', () => {
  // tests/e2e whole: helpdesk-hosts.ts may import its neighbours; the fixtures and adapter tests for the conventions test.
  const copy = copyOfTree(['lib', 'README.md', 'tests/e2e', 'tests/fixtures', 'tests/unit/adapters', 'tests/unit/conventions.test.ts', 'eslint.config.js']);

  test(
    'writes a recipe that registers itself, its fixture page (with its browser-test page), its test and the README rows; all compile, lint and pass with the conventions test',
    () => {
      const dir = copy();
      const touched = applyPlan(dir, planAdapter({ id: 'acmedesk', name: 'Acme Desk', host: 'support.acme.example' }, dir));
      expect(touched.sort()).toEqual(['README.md', 'lib/adapters/acmedesk.ts', 'tests/fixtures/acmedesk/index.html', 'tests/unit/adapters/acmedesk.test.ts'].sort());
      const adapter = readFileSync(join(dir, 'lib/adapters/acmedesk.ts'), 'utf8');
      // After chatwoot (150), before the demo (1000).
      expect(adapter).toContain("export const acmedesk = recipeAdapter(ACMEDESK_RECIPE, ['https://support.acme.example/*'], 160);");
      expect(adapter).toMatch(/\nexport default acmedesk;\n$/);
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      expect(readme.slice(readme.indexOf('## Supported helpdesks'))).toMatch(/\n\| chatwoot \|[^\n]*\n\| acmedesk \| Acme Desk ticket[^\n]*\n\n### Any other site/);
      expect(readme.slice(readme.indexOf('## Permissions'))).toMatch(/\n\| `https:\/\/app\.chatwoot\.com\/\*` \|[^\n]*\n\| `https:\/\/support\.acme\.example\/\*` \| content script: Acme Desk\. \|\n/);
      expect(readFileSync(join(dir, 'tests/fixtures/acmedesk/index.html'), 'utf8')).toContain('"url": "https://support.acme.example/tickets/1042"');

      // The project's compiler options, on the new files and everything they import.
      const project = JSON.parse(readFileSync(resolve(root, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...project.compilerOptions,
            target: 'ESNext',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            lib: ['ESNext', 'DOM', 'DOM.Iterable'],
            noEmit: true,
            skipLibCheck: true,
            types: ['vitest/globals', 'node', 'vite/client'],
            paths: { '@/*': ['./*'] },
          },
          files: ['lib/adapters/acmedesk.ts', 'lib/adapters/registry.ts', 'lib/adapters/hosts.ts', 'tests/unit/adapters/acmedesk.test.ts', 'tests/e2e/helpdesk-hosts.ts'],
        }),
      );
      run(bin('tsc'), ['-p', 'tsconfig.json'], dir);
      run(bin('eslint'), ['--max-warnings', '0', 'lib/adapters/acmedesk.ts', 'tests/unit/adapters/acmedesk.test.ts'], dir);
      writeFileSync(
        join(dir, 'vitest.config.mjs'),
        `export default { resolve: { alias: { '@': ${JSON.stringify(dir)} } }, test: { globals: true, include: ['tests/unit/**/*.test.ts'] } };\n`,
      );
      const tests = ['tests/unit/adapters/acmedesk.test.ts', 'tests/unit/conventions.test.ts'];
      run(bin('vitest'), ['run', '--config', 'vitest.config.mjs', ...tests], dir);

      // Its browser-test page left out of the fixture, the conventions test fails.
      const fixture = join(dir, 'tests/fixtures/acmedesk/index.html');
      writeFileSync(fixture, readFileSync(fixture, 'utf8').replace(/<script type="application\/json" id="heard-e2e">[\s\S]*?<\/script>\n/, ''));
      expect(() => run(bin('vitest'), ['run', '--config', 'vitest.config.mjs', 'tests/unit/conventions.test.ts'], dir)).toThrow(/acmedesk\/index\.html has no <script type="application\/json" id="heard-e2e">/);

      // Without its default export, the registry does not find it: the conventions test names the module.
      writeFileSync(join(dir, 'lib/adapters/acmedesk.ts'), adapter.replace('\nexport default acmedesk;\n', '\n'));
      expect(() => run(bin('vitest'), ['run', '--config', 'vitest.config.mjs', 'tests/unit/conventions.test.ts'], dir)).toThrow(/acmedesk\.ts exports an adapter but no default/);
    },
    180_000,
  );

  test('refuses a bad id, a bad host and an adapter that exists', () => {
    expect(() => planAdapter({ id: 'Acme Desk' })).toThrow(/adapter id/);
    expect(() => planAdapter({ id: 'acme', host: 'https://acme.example' })).toThrow(/host/);
    expect(() => applyPlan(root, planAdapter({ id: 'chatwoot' }, root))).toThrow(/exists already/);
  });
});

describe('npm run new:rule-kind', () => {
  // What the kind, its tests, the editor's form test and the command read, and the project's configs.
  const copy = copyOfTree([
    ...['lib', 'components', 'entrypoints', 'assets', 'tools', 'tests/setup.ts', 'tests/global-setup.ts', 'tests/jsdom-labels.ts', 'tests/locale-messages.ts', 'tests/components', 'tests/unit/guidance', 'tests/unit/messages-json.test.ts'],
    ...['package.json', 'tsconfig.json', 'vitest.config.ts', 'wxt.config.ts', 'eslint.config.js', '.wxt'],
  ]);

  test(
    'writes a kind with its name in every language, its test and its line in the list (no messages file); all compile, lint and pass with the conventions and messages tests',
    () => {
      const dir = copy();
      const messagesBefore = ['en', 'de', 'es', 'fr', 'pt'].map((lang) => readFileSync(join(dir, `assets/public/_locales/${lang}/messages.json`), 'utf8'));
      const plan = planRuleKind('acme-count');
      expect(Object.keys(plan.create).sort()).toEqual(['lib/guidance/kinds/acme-count.ts', 'tests/unit/guidance/kinds/acme-count.test.ts']);
      expect(Object.keys(plan.edit)).toEqual(['lib/guidance/kinds/index.ts']);
      run(process.execPath, ['--import', 'tsx', 'tools/new-rule-kind.ts', 'acme-count'], dir);
      const index = readFileSync(join(dir, 'lib/guidance/kinds/index.ts'), 'utf8');
      expect(index).toContain("import { acmeCount } from './acme-count';");
      expect(index).toMatch(/\n {2}conversation,\n {2}acmeCount,\n\] as const;/);
      expect(readFileSync(join(dir, 'lib/guidance/kinds/acme-count.ts'), 'utf8')).toContain(
        "names: { en: 'Acme count', de: 'Acme count', es: 'Acme count', fr: 'Acme count', pt: 'Acme count' },",
      );
      // The messages files are untouched; the built ones get the name (messages-json.test.ts below reads them as built).
      expect(['en', 'de', 'es', 'fr', 'pt'].map((lang) => readFileSync(join(dir, `assets/public/_locales/${lang}/messages.json`), 'utf8'))).toEqual(messagesBefore);
      expect(readFileSync(join(dir, 'assets/guidance-pack.schema.json'), 'utf8')).toContain('"const": "acme-count"');

      // The project's compiler options and declarations (WXT's, with the new message), on the new files and what they import.
      writeFileSync(
        join(dir, 'tsconfig.scaffold.json'),
        JSON.stringify({
          extends: './tsconfig.json',
          include: ['.wxt/wxt.d.ts', 'lib/**/*.d.ts'],
          files: [
            'lib/guidance/kinds/acme-count.ts',
            'lib/guidance/kinds/index.ts',
            'tests/unit/guidance/kinds/acme-count.test.ts',
            'tests/unit/guidance/kinds-conventions.test.ts',
            'tests/components/pack-editor-kinds.test.tsx',
          ],
        }),
      );
      run(bin('tsc'), ['-p', 'tsconfig.scaffold.json'], dir);
      run(bin('eslint'), ['--max-warnings', '0', 'lib/guidance/kinds/acme-count.ts', 'lib/guidance/kinds/index.ts', 'tests/unit/guidance/kinds/acme-count.test.ts'], dir);
      const tests = [
        'tests/unit/guidance/kinds/acme-count.test.ts',
        'tests/unit/guidance/kinds-conventions.test.ts',
        'tests/components/pack-editor-kinds.test.tsx',
        'tests/unit/guidance/json-schema.test.ts',
        'tests/unit/messages-json.test.ts',
      ];
      run(bin('vitest'), ['run', ...tests], dir);

      // Left out of the list, the kind fails the conventions test.
      writeFileSync(join(dir, 'lib/guidance/kinds/index.ts'), index.replace('  acmeCount,\n', ''));
      expect(() => run(bin('vitest'), ['run', 'tests/unit/guidance/kinds-conventions.test.ts'], dir)).toThrow(/is not in lib\/guidance\/kinds\/index\.ts/);
    },
    240_000,
  );

  test('refuses a bad name and a kind that exists', () => {
    expect(() => planRuleKind('Word Count')).toThrow(/lower-case words/);
    expect(() => planRuleKind('new')).toThrow(/reserved/);
    expect(() => applyPlan(root, planRuleKind('regex'))).toThrow(/exists already/);
  });
});

describe('npm run new:table', () => {
  // What the table's module, its test and the database tests read, and the project's configs.
  const copy = copyOfTree([
    ...['lib', 'components', 'entrypoints', 'assets', 'tools', 'tests/setup.ts', 'tests/global-setup.ts', 'tests/jsdom-labels.ts', 'tests/unit/db', 'tests/unit/callbacks/backup.test.ts', 'tests/fixtures/db', 'tests/fixtures/backups'],
    ...['package.json', 'tsconfig.json', 'vitest.config.ts', 'wxt.config.ts', 'eslint.config.js', '.wxt'],
  ]);

  test(
    'writes a table module, its test, its registry line, a schema version, a fixture, MIGRATIONS and labels; all compile, lint and pass with the database tests',
    () => {
      const dir = copy();
      run(process.execPath, ['--import', 'tsx', 'tools/new-table.ts', 'followUps'], dir);
      const tables = readFileSync(join(dir, 'lib/db/tables.ts'), 'utf8');
      expect(tables).toContain("import { followUpsTable } from './follow-ups';");
      expect(tables).toContain('packsTable, followUpsTable, backupsTable');
      expect(readFileSync(join(dir, 'lib/db/schema.ts'), 'utf8')).toMatch(/version: 3,[\s\S]*stores: \{ followUps: 'id, conversationKey, at' \}/);
      expect(JSON.parse(readFileSync(join(dir, 'tests/fixtures/db/v2.json'), 'utf8')).version).toBe(2);
      for (const lang of ['en', 'de', 'es', 'fr', 'pt']) {
        const messages = JSON.parse(readFileSync(join(dir, `assets/public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
        expect(messages.dataFollowUps?.message).toBe('Follow Ups');
      }

      writeFileSync(
        join(dir, 'tsconfig.scaffold.json'),
        JSON.stringify({
          extends: './tsconfig.json',
          include: ['.wxt/wxt.d.ts', 'lib/**/*.d.ts'],
          files: ['lib/db/follow-ups.ts', 'lib/db/tables.ts', 'lib/db/schema.ts', 'tests/unit/db/follow-ups.test.ts', 'tests/unit/db/tables-conventions.test.ts'],
        }),
      );
      run(bin('tsc'), ['-p', 'tsconfig.scaffold.json'], dir);
      run(bin('eslint'), ['--max-warnings', '0', 'lib/db/follow-ups.ts', 'lib/db/tables.ts', 'lib/db/schema.ts', 'tests/unit/db/follow-ups.test.ts'], dir);
      const tests = ['tests/unit/db/follow-ups.test.ts', 'tests/unit/db/tables-conventions.test.ts', 'tests/unit/db/migrations.test.ts', 'tests/unit/callbacks/backup.test.ts'];
      run(bin('vitest'), ['run', ...tests], dir);

      // Left out of the registry, the table fails the conventions test.
      writeFileSync(join(dir, 'lib/db/tables.ts'), tables.replace('packsTable, followUpsTable, backupsTable', 'packsTable, backupsTable'));
      expect(() => run(bin('vitest'), ['run', 'tests/unit/db/tables-conventions.test.ts'], dir)).toThrow(/followUps: in the Dexie schema, not in lib\/db\/tables\.ts/);
    },
    240_000,
  );

  test('refuses a bad name and a table that exists', () => {
    expect(() => planTable('follow-ups', root)).toThrow(/camelCase/);
    expect(() => applyPlan(root, planTable('notes', root))).toThrow(/exists already/);
  });
});
