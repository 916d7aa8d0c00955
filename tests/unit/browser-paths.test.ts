import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidates, findBrowser, installHint, missingBrowsers } from '../../tools/browser-paths';

describe('where the browser tests find their browsers', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('looks where Debian, macOS and Windows put Chromium and Firefox', () => {
    expect(candidates('chromium', 'linux')[0]).toBe('/usr/bin/chromium');
    expect(candidates('firefox', 'linux')).toContain('/usr/bin/firefox-esr');
    expect(candidates('chromium', 'darwin').some((p) => p.includes('Chromium.app'))).toBe(true);
    expect(candidates('firefox', 'darwin')).toEqual(['/Applications/Firefox.app/Contents/MacOS/firefox']);
  });

  it('takes the first browser that exists, and the environment variable over any', () => {
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('FIREFOX_PATH', '');
    const only = new Set(['/usr/bin/google-chrome', '/usr/bin/firefox']);
    const exists = (p: string): boolean => only.has(p);
    if (process.platform === 'linux') {
      expect(findBrowser('chromium', exists)).toBe('/usr/bin/google-chrome');
      expect(findBrowser('firefox', exists)).toBe('/usr/bin/firefox');
    }
    vi.stubEnv('FIREFOX_PATH', '/opt/ff/firefox');
    expect(findBrowser('firefox', exists)).toBe('/opt/ff/firefox');
  });

  it('says in one line per browser what is missing and how to install it', () => {
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('FIREFOX_PATH', '/nowhere/firefox');
    const lines = missingBrowsers(() => false);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Chromium not found: install it \(.+\) or set CHROMIUM_PATH\.$/);
    expect(lines[1]).toBe('FIREFOX_PATH=/nowhere/firefox does not exist: fix the path or unset it.');
    expect(missingBrowsers(() => true)).toEqual([]);
    expect(installHint('firefox', 'linux')).toBe('sudo apt-get install firefox-esr');
  });
});
