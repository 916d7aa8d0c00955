// Builds the rich-text editor fixture pages (tests/fixtures/editors/dist/<name>.html) from the REAL npm
// packages, offline, with esbuild: one IIFE bundle (+ CSS) per page, relative asset paths, and copies of
// the editors that load their own files at run time (TinyMCE, CKEditor 4).
//
//   node --import tsx tools/build-editor-fixtures.ts           # skips when nothing changed
//   node --import tsx tools/build-editor-fixtures.ts --force   # rebuild anyway
//
// Served by tools/serve.ts at /fixtures/editors/dist/<name>.html, and at /heard-demo/editors/<name>.html where
// the manifest runs Heard's content script (tests/e2e/editors.*.e2e.ts). Every page exposes `window.__fixture`
// (see tests/fixtures/editors/src/fixture.ts).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'tests/fixtures/editors');
const SRC = join(DIR, 'src');
const DIST = join(DIR, 'dist');
const NM = join(ROOT, 'node_modules');
const STAMP = join(DIST, '.build-stamp');

interface PageDef {
  name: string;
  title: string;
  entry: string;
  /** Markup of the editor area; the entry script turns it into the editor. */
  editor: string;
  /** Classic scripts loaded before the bundle (self-hosted editors). */
  before?: string;
}

const ta = (id: string) => `<textarea id="${id}" name="reply" aria-label="Reply to customer"></textarea>`;
export const PAGES: PageDef[] = [
  {
    name: 'textarea',
    title: 'Plain textarea',
    entry: 'textarea.ts',
    editor: `<textarea id="editor" class="plain-editor" name="reply" placeholder="Type your reply…" aria-label="Reply to customer"></textarea>`,
  },
  {
    name: 'contenteditable',
    title: 'Bare contenteditable',
    entry: 'contenteditable.ts',
    editor: `<div id="editor" class="plain-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Reply to customer"></div>`,
  },
  { name: 'prosemirror', title: 'ProseMirror (TipTap)', entry: 'prosemirror.ts', editor: `<div id="mount"></div>` },
  { name: 'quill', title: 'Quill 2', entry: 'quill.ts', editor: `<div id="mount"></div>` },
  { name: 'ckeditor5', title: 'CKEditor 5 (Classic)', entry: 'ckeditor5.ts', editor: `<div id="editor-source"></div>` },
  {
    name: 'ckeditor4',
    title: 'CKEditor 4 (classic, iframe)',
    entry: 'ckeditor4.ts',
    editor: ta('editor-source'),
    before:
      `<script>window.CKEDITOR_BASEPATH = new URL('./ckeditor4/', location.href).href;</script>\n` +
      `<script src="./ckeditor4/ckeditor.js"></script>`,
  },
  {
    name: 'lexical',
    title: 'Lexical (vanilla)',
    entry: 'lexical.ts',
    editor: `<div id="editor" class="plain-editor" contenteditable="true" aria-label="Reply to customer"></div>`,
  },
  {
    name: 'tinymce',
    title: 'TinyMCE (self-hosted, iframe)',
    entry: 'tinymce.ts',
    editor: ta('editor-source'),
    before: `<script src="./tinymce/tinymce.min.js"></script>`,
  },
  { name: 'draftjs', title: 'Draft.js', entry: 'draftjs.tsx', editor: `<div id="mount"></div>` },
  { name: 'slate', title: 'Slate', entry: 'slate.tsx', editor: `<div id="mount"></div>` },
  { name: 'summernote', title: 'Summernote (lite)', entry: 'summernote.ts', editor: `<div id="editor-source"></div>` },
];

/** Packages whose version goes into the stamp (a version bump rebuilds). */
const PACKAGES = [
  'esbuild', '@tiptap/core', '@tiptap/starter-kit', '@tiptap/pm', 'quill', 'ckeditor5', 'ckeditor4', 'lexical',
  '@lexical/rich-text', '@lexical/history', '@lexical/utils', 'tinymce', 'draft-js', 'react', 'react-dom',
  'slate', 'slate-react', 'slate-history', 'summernote', 'jquery',
];

function page(p: PageDef, hasCss: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ticket #4821 · ${p.title} · Heard fixture</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./fixture.css">${hasCss ? `\n<link rel="stylesheet" href="./${p.name}.css">` : ''}
</head>
<body data-editor="${p.name}">
<div class="topbar">Acme Support <small>Helpdesk fixture · ${p.title}</small></div>
<main class="helpdesk">
  <section class="ticket">
    <h1>Ticket #4821 · Order arrived damaged</h1>
    <div class="msg">
      <div class="from">Dana Lee &lt;dana.lee@example.com&gt;</div>
      <p>Hi, my order arrived yesterday and the screen is cracked. Can I get a replacement before Friday?</p>
    </div>
  </section>
  <section class="reply" aria-labelledby="reply-heading">
    <h2 id="reply-heading">Reply to customer</h2>
    <div class="editor-host">
      ${p.editor}
    </div>
    <div class="actions"><span id="sent" role="status"></span><button type="button" id="send">Send</button></div>
  </section>
</main>
${p.before ? `${p.before}\n` : ''}<script src="./${p.name}.js"></script>
</body>
</html>
`;
}

function pkgDir(name: string): string {
  return join(NM, name);
}
function version(name: string): string {
  return (JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

function stamp(): string {
  const h = createHash('sha256');
  h.update(readFileSync(import.meta.filename));
  for (const f of walk(SRC)) h.update(relative(SRC, f)).update(readFileSync(f));
  for (const p of PACKAGES) h.update(`${p}@${version(p)}\n`);
  return h.digest('hex');
}

/** TinyMCE: core + the model, theme, icons and skins it fetches at run time (no plugins used). */
function copyTinymce(): void {
  const from = pkgDir('tinymce');
  const to = join(DIST, 'tinymce');
  for (const rel of [
    'tinymce.min.js', 'license.md', 'models/dom', 'themes/silver', 'icons/default', 'skins/ui/oxide', 'skins/content/default',
  ]) {
    cpSync(join(from, rel), join(to, rel), { recursive: true, filter: (s) => !s.endsWith('.map') && !/(^|\/)(index|model|theme|icons)\.js$/.test(s) });
  }
}

/** CKEditor 4: core, English strings, the moono-lisa skin and the resources of the preset's plugins. */
function copyCkeditor4(): void {
  const from = pkgDir('ckeditor4');
  const to = join(DIST, 'ckeditor4');
  for (const rel of ['ckeditor.js', 'contents.css', 'styles.js', 'LICENSE.md', 'lang/en.js', 'skins/moono-lisa', 'plugins/icons.png', 'plugins/icons_hidpi.png']) {
    cpSync(join(from, rel), join(to, rel), { recursive: true });
  }
  const core = readFileSync(join(from, 'ckeditor.js'), 'utf8');
  const plugins = /config\.plugins="([^"]+)"/.exec(core)?.[1]?.split(',') ?? [];
  for (const name of plugins) {
    const dir = join(from, 'plugins', name);
    if (!existsSync(dir)) continue;
    // Only English language files; the others are never requested.
    cpSync(dir, join(to, 'plugins', name), {
      recursive: true,
      filter: (s) => !/\/lang\/(?!en\.js$)[^/]+\.js$/.test(s),
    });
  }
}

export async function buildEditorFixtures(opts: { force?: boolean; quiet?: boolean } = {}): Promise<{ skipped: boolean }> {
  const log = opts.quiet ? () => {} : (m: string) => console.log(m);
  const want = stamp();
  if (!opts.force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want) {
    log(`editor fixtures: up to date (${relative(ROOT, DIST)})`);
    return { skipped: true };
  }
  const t0 = performance.now();
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });

  const result = await build({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p.name, join(SRC, p.entry)])),
    outdir: DIST,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox115'],
    minify: true,
    legalComments: 'none',
    sourcemap: false,
    jsx: 'automatic',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file', '.gif': 'file' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
    metafile: true,
    absWorkingDir: ROOT,
  });

  cpSync(join(SRC, 'fixture.css'), join(DIST, 'fixture.css'));
  for (const p of PAGES) writeFileSync(join(DIST, `${p.name}.html`), page(p, existsSync(join(DIST, `${p.name}.css`))));
  copyTinymce();
  copyCkeditor4();
  writeFileSync(
    join(DIST, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Heard editor fixtures</title><h1>Editor fixtures</h1><ul>\n${PAGES.map((p) => `<li><a href="./${p.name}.html">${p.title}</a></li>`).join('\n')}\n</ul>\n`,
  );
  writeFileSync(join(DIST, 'versions.json'), `${JSON.stringify(Object.fromEntries(PACKAGES.map((p) => [p, version(p)])), null, 2)}\n`);
  writeFileSync(STAMP, want);

  const bytes = Object.entries(result.metafile.outputs)
    .filter(([f]) => f.endsWith('.js'))
    .map(([f, o]) => `${relative(DIST, resolve(ROOT, f))} ${(o.bytes / 1024).toFixed(0)}K`);
  log(`editor fixtures: built ${PAGES.length} pages in ${((performance.now() - t0) / 1000).toFixed(1)}s → ${relative(ROOT, DIST)}`);
  log(`  ${bytes.join(', ')}`);
  return { skipped: false };
}

for (const p of PACKAGES) {
  if (!existsSync(join(pkgDir(p), 'package.json'))) throw new Error(`build-editor-fixtures: ${p} is not installed (npm install)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildEditorFixtures({ force: process.argv.includes('--force') });
}
