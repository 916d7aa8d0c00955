// `web-ext lint` on the Firefox build: prints its report and fails on any error (warnings are
// listed; React's own bundled code raises innerHTML warnings that are not ours).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '..', '.output/firefox-mv3');
let out: string;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (e) {
  out = (e as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(out.slice(out.indexOf('{'))) as {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
};
for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message} (${w.file ?? ''})`);
for (const e of report.errors) console.log(`ERROR ${e.code}: ${e.message} (${e.file ?? ''})`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
if (report.summary.errors > 0) process.exit(1);
