/**
 * Shouting detection shared by the customer-tone analyser and the draft checker. No dependencies:
 * this file ends up in the content script.
 *
 * Capitals are shouting only when they carry affect. Acronyms (USB, HDMI, VAT), model and order
 * numbers (XR-200, ORD-55821), "OK", "I" and a single emphatic word are not.
 */

/** Short all-caps tokens that are ordinary English words, so count as shouting when in capitals.
 * Any other all-caps token of 2-4 letters is taken for an acronym (USB, FAQ, GDPR, HDMI). */
const SHORT_WORDS = new Set(
  (
    'am an are as at be been but by can cant did do does dont even ever for get give got had has have he her ' +
    'him his how if in is it its just me my no not now of off on one or our out pay she so stop than that the ' +
    'them then they this to too two up us was way we were what when who why will with won you your last back ' +
    'here more ever fix mad sick all any ask told week day days time lie lied cash sent'
  ).split(' '),
);

/** All-caps words of 5+ letters that are still acronyms or labels, not shouting. */
const LONG_ACRONYMS = new Set(['ASAP', 'NASDAQ', 'NVIDIA', 'OLED', 'QLED', 'UEFI', 'HTTPS', 'IMAP', 'CMYK', 'LOL']);

export interface CapsWord {
  start: number;
  end: number;
}

export interface CapsResult {
  /** True when the text shouts: several all-caps words, a high ratio, or a whole message in capitals. */
  shouting: boolean;
  /** All-caps words that count as emphasis (not acronyms, codes or one-letter words). */
  words: CapsWord[];
  /** Number of word tokens in the text. */
  total: number;
}

// Underscores join identifiers (RATE_LIMIT_EXCEEDED): one token, never emphasis.
const TOKEN = /[A-Za-z0-9][A-Za-z0-9_'’]*(?:-[A-Za-z0-9_'’]+)*/g;
/** A line of a log or an error dump: its capitals are codes, not shouting. */
const LOG_LINE = /\b\d{1,2}:\d{2}\b|[A-Z]_[A-Z]|\b(?:ERROR|WARN(?:ING)?|FATAL|INFO|DEBUG|EXCEPTION)\b[:\]]/;
/** Emphasis words that stay emphasis after "the" ("the WRONG address"). */
const EMPHATIC = /^(?:NOT|NEVER|WRONG|STILL|ALREADY|AGAIN|NOW|TODAY|ONLY|EVER|EVERY|ALL|NO|NOTHING|TWICE|ONCE|THREE|FOUR|FIVE|SAME|WORST|LAST|REAL|RIGHT)$/;

/** A capitalised label, not emphasis: quoted or bracketed, a key ("ERROR:"), a UI name ("open the INVENTORY"). */
function isLabel(text: string, start: number, end: number, tok: string): boolean {
  if (/["'“‘`[(<{]/.test(text[start - 1] ?? '') || /^["'”’`\])>}:=]/.test(text[end] ?? '')) return true;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (LOG_LINE.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) return true;
  return !EMPHATIC.test(tok) && /\b(?:[Tt]he|[Aa]n?|[Cc]lick|[Pp]ress|[Tt]ap|[Oo]pen|[Ss]elect|[Hh]it|[Cc]hoose)\s+$/.test(text.slice(Math.max(0, start - 8), start)) && !/^\s+[A-Z]{2}/.test(text.slice(end, end + 3));
}

function isEmphasisWord(tok: string): boolean {
  let letters = 0;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c >= 48 && c <= 57) return false; // digits: a code, an order or model number
    if (c >= 97 && c <= 122) return false; // a lowercase letter: not all-caps
    if (c >= 65 && c <= 90) letters++;
  }
  if (letters < 2 || tok.includes('_')) return false;
  const bare = tok.replace(/['’-]/g, '');
  if (tok.includes('-') && bare.length <= 5) return false; // USB-C, WI-FI
  if (bare.length <= 4) return SHORT_WORDS.has(bare.toLowerCase());
  return !LONG_ACRONYMS.has(bare);
}

export function findCaps(text: string): CapsResult {
  const words: CapsWord[] = [];
  let total = 0;
  let upper = 0;
  let lower = 0;
  for (const m of text.matchAll(TOKEN)) {
    total++;
    if (isEmphasisWord(m[0]) && !isLabel(text, m.index, m.index + m[0].length, m[0])) words.push({ start: m.index, end: m.index + m[0].length });
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const n = words.length;
  const shouting =
    n >= 3 || (n >= 2 && n / Math.max(1, total) >= 0.25) || (n >= 1 && lower === 0 && upper >= 3);
  return { shouting, words, total };
}
