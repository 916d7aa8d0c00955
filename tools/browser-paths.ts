// Where the browsers are on a rep's or a newcomer's machine. Used by the browser tests
// (tests/e2e/browsers.ts), `npm run demo` and the first step of `npm test`, which says in one line
// what is missing and how to install it, before any long step.
//
//   node --import tsx tools/browser-paths.ts          prints the browsers found; exit 1 if one is missing
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type BrowserName = 'chromium' | 'firefox';

const env = process.env;
const programFiles = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((p): p is string => !!p);

/** Candidates per browser and platform, most likely first. Chromium-family first for 'chromium'. */
export function candidates(name: BrowserName, platform: NodeJS.Platform = process.platform): string[] {
  if (name === 'chromium') {
    if (platform === 'darwin')
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
    if (platform === 'win32')
      return programFiles.flatMap((p) => [
        join(p, 'Chromium', 'Application', 'chrome.exe'),
        join(p, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(p, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]);
    return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'];
  }
  if (platform === 'darwin') return ['/Applications/Firefox.app/Contents/MacOS/firefox'];
  if (platform === 'win32') return programFiles.map((p) => join(p, 'Mozilla Firefox', 'firefox.exe'));
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'];
}

/** The browser to use: `CHROMIUM_PATH` / `FIREFOX_PATH` when set (even if wrong, so the error names it), else the first found. */
export function findBrowser(name: BrowserName, exists: (p: string) => boolean = existsSync): string | null {
  const fromEnv = name === 'chromium' ? env.CHROMIUM_PATH : env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  return candidates(name).find(exists) ?? null;
}

/** How to install the browser the browser tests use, per platform. */
export function installHint(name: BrowserName, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return name === 'chromium' ? 'brew install --cask chromium' : 'brew install --cask firefox-esr';
  if (platform === 'win32') return name === 'chromium' ? 'winget install Hibbiki.Chromium' : 'winget install Mozilla.Firefox.ESR';
  return name === 'chromium' ? 'sudo apt-get install chromium' : 'sudo apt-get install firefox-esr';
}

/** One line per missing browser, empty when both are there. */
export function missingBrowsers(exists: (p: string) => boolean = existsSync): string[] {
  const lines: string[] = [];
  for (const name of ['chromium', 'firefox'] as const) {
    const path = findBrowser(name, exists);
    const variable = name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
    if (!path) lines.push(`${name === 'chromium' ? 'Chromium' : 'Firefox ESR'} not found: install it (${installHint(name)}) or set ${variable}.`);
    else if (!exists(path)) lines.push(`${variable}=${path} does not exist: fix the path or unset it.`);
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const missing = missingBrowsers();
  if (missing.length) {
    for (const line of missing) console.error(line);
    process.exit(1);
  }
  console.log(`Browsers: ${findBrowser('chromium')} and ${findBrowser('firefox')}`);
}
