/**
 * Import-time checks for team-written regular expressions. Runs in the options page and in
 * `pack:check`, never in the content script (it pulls in safe-regex2).
 */
import safeRegex from 'safe-regex2';

export const MAX_PATTERN_LENGTH = 500;
/** Flags a pack may use; the engine always adds `g` itself. */
export const ALLOWED_FLAGS = 'imsu';

/** Returns why a pattern is refused, or null when it is acceptable. */
export function regexProblem(pattern: string, flags = ''): string | null {
  if (pattern.length === 0) return 'pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  for (const f of flags) {
    if (!ALLOWED_FLAGS.includes(f)) return `flag "${f}" is not allowed (use only ${ALLOWED_FLAGS.split('').join(', ')})`;
  }
  if (new Set(flags).size !== flags.length) return 'a flag is repeated';
  try {
    new RegExp(pattern, flags + 'g');
  } catch (e) {
    return `invalid regular expression: ${(e as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'backreferences are not allowed (they can take exponential time)';
  if (!safeRegex(pattern)) return 'pattern may take super-linear time (nested quantifiers or too many repetitions)';
  const alt = overlappingAlternation(pattern);
  if (alt) return `pattern may take super-linear time: repeated group with overlapping alternatives ${alt}`;
  return null;
}

/**
 * safe-regex2 measures star height only; it accepts `(a|aa)+` and `(a|a)*`, which backtrack
 * exponentially. This catches the common form: a repeated group whose alternatives are equal or
 * one is a prefix of another. (Not a proof of safety; a cheap extra guard.)
 */
function overlappingAlternation(pattern: string): string | null {
  const stack: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // skip character class
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') stack.push(i);
    else if (c === ')') {
      const open = stack.pop();
      if (open === undefined) continue;
      const next = pattern[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(pattern.slice(i + 1)));
      if (!repeated) continue;
      let body = pattern.slice(open + 1, i);
      body = body.replace(/^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/, '');
      const alts = splitTopLevel(body);
      if (alts.length < 2) continue;
      for (let a = 0; a < alts.length; a++) {
        for (let b = 0; b < alts.length; b++) {
          const x = alts[a] ?? '';
          const y = alts[b] ?? '';
          if (a !== b && (x === y || (x.length > 0 && y.startsWith(x)))) return `("${x}" / "${y}")`;
        }
      }
    }
  }
  return null;
}

function splitTopLevel(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < body.length && body[i] !== ']'; i++) if (body[i] === '\\') i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}
