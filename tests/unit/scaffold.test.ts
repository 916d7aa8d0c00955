// The scaffolds produce code that compiles, lints and passes its own test right after they run.
// Each runs into a copy of the parts of the tree it reads (a temp dir, node_modules linked), is
// type-checked with the project's compiler options, linted with the project's eslint config, and its
// generated test run by vitest there; the temp dir is removed after.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyPlan, planAdapter } from '../../tools/new-adapter';

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

describe('npm run new:adapter', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'heard-scaffold-'));
    // tests/e2e whole: helpdesk-hosts.ts may import its neighbours.
    for (const p of ['lib', 'README.md', 'tests/e2e', 'eslint.config.js']) cpSync(resolve(root, p), join(dir, p), { recursive: true });
    symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test(
    'writes a recipe, its fixture and test and the registry, hosts, README and browser-test rows; all compile, lint and pass',
    () => {
      const touched = applyPlan(dir, planAdapter({ id: 'acmedesk', name: 'Acme Desk', host: 'support.acme.example' }));
      expect(touched.sort()).toEqual(
        [
          'README.md',
          'lib/adapters/acmedesk.ts',
          'lib/adapters/hosts.ts',
          'lib/adapters/registry.ts',
          'tests/e2e/helpdesk-hosts.ts',
          'tests/fixtures/acmedesk/index.html',
          'tests/unit/adapters/acmedesk.test.ts',
        ].sort(),
      );
      const registry = readFileSync(join(dir, 'lib/adapters/registry.ts'), 'utf8');
      expect(registry).toMatch(/\n {2}chatwoot,\n {2}acmedesk,\n {2}demo,\n\];/);
      expect(registry).toMatch(/\n {2}CHATWOOT_RECIPE,\n {2}ACMEDESK_RECIPE,\n {2}DEMO_RECIPE,\n\];/);
      expect(registry).toContain("import { acmedesk, ACMEDESK_RECIPE } from './acmedesk';");
      expect(readFileSync(join(dir, 'lib/adapters/hosts.ts'), 'utf8')).toContain("'https://support.acme.example/*', // adapter: acmedesk — Acme Desk");
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      expect(readme.slice(readme.indexOf('## Supported helpdesks'))).toMatch(/\n\| chatwoot \|[^\n]*\n\| acmedesk \| Acme Desk ticket[^\n]*\n\n### Any other site/);
      expect(readFileSync(join(dir, 'tests/e2e/helpdesk-hosts.ts'), 'utf8')).toContain("acmedesk: { url: 'https://support.acme.example/tickets/1042'");

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
            types: ['vitest/globals', 'node'],
            paths: { '@/*': ['./*'] },
          },
          files: ['lib/adapters/acmedesk.ts', 'lib/adapters/registry.ts', 'lib/adapters/hosts.ts', 'tests/unit/adapters/acmedesk.test.ts', 'tests/e2e/helpdesk-hosts.ts'],
        }),
      );
      run(bin('tsc'), ['-p', 'tsconfig.json'], dir);
      run(bin('eslint'), ['--max-warnings', '0', 'lib/adapters/acmedesk.ts', 'lib/adapters/registry.ts', 'lib/adapters/hosts.ts', 'tests/unit/adapters/acmedesk.test.ts'], dir);
      writeFileSync(
        join(dir, 'vitest.config.mjs'),
        `export default { resolve: { alias: { '@': ${JSON.stringify(dir)} } }, test: { globals: true, include: ['tests/unit/adapters/acmedesk.test.ts'] } };\n`,
      );
      run(bin('vitest'), ['run', '--config', 'vitest.config.mjs'], dir);
    },
    180_000,
  );

  test('refuses a bad id, a bad host and an adapter that exists', () => {
    expect(() => planAdapter({ id: 'Acme Desk' })).toThrow(/adapter id/);
    expect(() => planAdapter({ id: 'acme', host: 'https://acme.example' })).toThrow(/host/);
    expect(() => applyPlan(root, planAdapter({ id: 'chatwoot' }))).toThrow(/exists already/);
  });
});
