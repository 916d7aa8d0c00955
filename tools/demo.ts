// `npm run demo`: builds Heard for Chromium, serves the demo helpdesk on localhost and opens
// Chromium with the extension loaded on it. Where there is no display, it keeps serving and says
// how to load the built extension by hand.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveFixtures } from './serve';

const root = resolve(import.meta.dirname, '..');
const ext = resolve(root, '.output/chrome-mv3');
console.log('Building Heard for Chromium…');
execSync('npx wxt build', { cwd: root, stdio: 'inherit' });

const server = await serveFixtures(Number(process.env.PORT ?? 5178));
const url = `${server.origin}/heard-demo/#/tickets/1041`;
console.log(`\nDemo helpdesk: ${url}`);

const browserPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (browserPath && hasDisplay) {
  const profile = resolve(root, '.cache/demo-profile');
  mkdirSync(profile, { recursive: true });
  const child = spawn(
    browserPath,
    [`--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', url],
    { stdio: 'ignore' },
  );
  console.log('Chromium is open with Heard loaded. Type "I don\'t know" in the reply box. Ctrl+C here stops the demo.');
  child.on('exit', () => void server.close().then(() => process.exit(0)));
} else {
  console.log(`
No display (or no Chromium) here, so no browser was opened. To try Heard by hand:
  1. Open chrome://extensions, switch on "Developer mode", click "Load unpacked" and pick
     ${ext}
     (Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → any file in
     .output/firefox-mv3 after \`npm run build\`.)
  2. Open ${url}
  3. Type "I don't know what happened to your order" in the reply box.
The demo helpdesk keeps being served until you press Ctrl+C.`);
}
