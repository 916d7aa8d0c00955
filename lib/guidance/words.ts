/** Character classes of words, shared by the engine's scans and the kinds' own (kinds/conversation.ts). */

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 96;
}

/** A letter or digit (any script), as the engine splits words. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff)
  );
}

/**
 * Number of words: runs of letters/digits; an apostrophe inside a word does not split it. With
 * `upTo`, counting stops once there are more than `upTo` (the result is then upTo + 1).
 */
export function countWords(text: string, upTo = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= upTo; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) {
      // don't, it’s: stay in the word
    } else inWord = false;
  }
  return n;
}
