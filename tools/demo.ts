// `npm run demo` (Chromium, Chrome or Edge) and `npm run demo -- --firefox`: builds Heard, serves the
// demo helpdesk on localhost and opens the rep's installed browser with the extension loaded on it,
// through web-ext (the runner WXT uses): branded Chrome no longer accepts --load-extension, and
// web-ext loads the extension through the DevTools protocol instead. Where there is no display or no
// browser, it keeps serving and says how to load the built extension by hand.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findBrowser, installHint } from './browser-paths';
import { serveFixtures } from './serve';

const root = resolve(import.meta.dirname, '..');
const firefox = process.argv.includes('--firefox');
const target = firefox ? 'firefox-mv3' : 'chrome-mv3';
const ext = resolve(root, '.output', target);
console.log(`Building Heard for ${firefox ? 'Firefox' : 'Chromium'}…`);
execSync(firefox ? 'npx wxt build -b firefox' : 'npx wxt build', { cwd: root, stdio: 'inherit' });

const server = await serveFixtures(Number(process.env.PORT ?? 5178));
const url = `${server.origin}/heard-demo/#/tickets/1041`;
console.log(`\nDemo helpdesk: ${url}`);

const browserPath = findBrowser(firefox ? 'firefox' : 'chromium');
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (!browserPath) console.log(`\nNo ${firefox ? 'Firefox' : 'Chromium, Chrome or Edge'} found: install one (${installHint(firefox ? 'firefox' : 'chromium')}) or set ${firefox ? 'FIREFOX_PATH' : 'CHROMIUM_PATH'}.`);
if (browserPath && hasDisplay) {
  const profile = resolve(root, '.cache', firefox ? 'demo-profile-firefox' : 'demo-profile');
  mkdirSync(profile, { recursive: true });
  const args = ['web-ext', 'run', '--no-reload', '--source-dir', ext, '--start-url', url];
  if (firefox) args.push('--target', 'firefox-desktop', '--firefox', browserPath, '--firefox-profile', profile, '--keep-profile-changes', '--profile-create-if-missing');
  else args.push('--target', 'chromium', '--chromium-binary', browserPath, '--chromium-profile', profile, '--keep-profile-changes');
  // Chromium refuses to start as root without this (a container or CI machine, not a rep's desktop).
  if (!firefox && process.getuid?.() === 0) args.push('--args=--no-sandbox');
  const child = spawn('npx', args, { cwd: root, stdio: 'inherit' });
  console.log(`${browserPath} is opening with Heard loaded. Type "I don't know" in the reply box. Ctrl+C here stops the demo.`);
  child.on('exit', () => void server.close().then(() => process.exit(0)));
} else {
  console.log(`
No display (or no browser) here, so no browser was opened. To try Heard by hand:
  1. Open chrome://extensions, switch on "Developer mode", click "Load unpacked" and pick
     ${ext}
     (Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → any file in
     .output/firefox-mv3 after \`npm run build\`.)
  2. Open ${url}
  3. Type "I don't know what happened to your order" in the reply box.
The demo helpdesk keeps being served until you press Ctrl+C.`);
}
