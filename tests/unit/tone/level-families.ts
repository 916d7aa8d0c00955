import { describe, expect, it } from 'vitest';
import { analyzeMessageIn } from '@/lib/tone/langs/route';

/**
 * Probe families for a language's customer tone: each case names the level it wants, or a range:
 * '!abusive' (anything but abusive), '!calm' (anything but calm), 'hot' (angry or abusive), 'quiet'
 * (calm or frustrated).
 */
export type Want = 'calm' | 'frustrated' | 'angry' | 'abusive' | '!abusive' | '!calm' | 'hot' | 'quiet';

export function wanted(want: Want, got: string): boolean {
  if (want === '!abusive') return got !== 'abusive';
  if (want === '!calm') return got !== 'calm';
  if (want === 'hot') return got === 'angry' || got === 'abusive';
  if (want === 'quiet') return got === 'calm' || got === 'frustrated';
  return got === want;
}

/** `family(name, cases)` for one language: every case is read by that language's analyser. */
export function familiesIn(lang: Parameters<typeof analyzeMessageIn>[1]): (name: string, cases: [Want, string][]) => void {
  return (name, cases) => {
    describe(name, () => {
      it.each(cases)('%s: %s', (want, text) => {
        const got = analyzeMessageIn(text, lang).level;
        expect(wanted(want, got), `read ${got}`).toBe(true);
      });
    });
  };
}
