// The runner both English tone probe-family files share (families-en.test.ts, families-en2.test.ts).
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/tone/analyze';
import type { ToneLevel } from '@/lib/tone/types';

export interface Family {
  name: string;
  level: ToneLevel;
  texts: string[];
}

/** Each text of each family reads at its family's level; a reading above calm says why, on words of the message. */
export function runFamilies(families: Family[]): void {
  describe.each(families)('$name ($level)', ({ level, texts }) => {
    test.each(texts)('%s', (text) => {
      const read = analyzeMessage(text);
      expect(read.level).toBe(level);
      if (level !== 'calm') {
        expect(read.signals.length).toBeGreaterThan(0);
        for (const s of read.signals) expect(text.slice(s.start, s.end).trim()).not.toBe('');
      }
    });
  });
}
