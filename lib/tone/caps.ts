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
  /** Runs of capitals that name something (an error, a screen label, a log line), not emphasis. */
  labels: CapsWord[];
}

// Underscores join identifiers (RATE_LIMIT_EXCEEDED): one token, never emphasis.
const TOKEN = /[A-Za-z0-9][A-Za-z0-9_'’]*(?:-[A-Za-z0-9_'’]+)*/g;
/** A line of a log or an error dump: its capitals are codes, not shouting. */
const LOG_LINE = /\b\d{1,2}:\d{2}\b|[A-Z]_[A-Z]|\b(?:ERR|ERROR|WARN(?:ING)?|FATAL|INFO|DEBUG|EXCEPTION|TRACE)\b[:\]!]|https?:\/\/|^\s*(?:at|>|\$|#)\s/;
/** Emphasis words that stay emphasis after "the" ("the WRONG address"). */
const EMPHATIC = /^(?:NOT|NEVER|WRONG|STILL|ALREADY|AGAIN|NOW|TODAY|ONLY|EVER|EVERY|ALL|NO|NOTHING|TWICE|ONCE|THREE|FOUR|FIVE|SAME|WORST|LAST|REAL|RIGHT)$/;

/** Words after which capitals are what a screen or a label shows ("the error says ACCESS DENIED"). */
const SHOWS = /(?:\b(?:(?:fail(?:s|ed)?|stops?|stopped|crash(?:es|ed)?|ends?|ended|exits?|exited|comes?\s+up|pops?\s+up)\s+with|says?|saying|shows?|showing|reads|displays?|displaying|error|message|status|code|light|screen|labell?ed|called|named|titled|marked|flashes|flashing|prints?|printed|button|option|menu|setting|mode)|[:=>])\s*$/i;
/** A thing that said or showed the capitals: "the parcel said FRAGILE - THIS WAY UP", "the box read HANDLE WITH CARE". */
const THING_SAID = /\b(?:box|parcel|package|label|sign|screen|display|email|letter|website|app|site|page|message|invoice|receipt|text|tracking|sticker|note|packaging|tag|banner|notice)\s+(?:\w+\s+)?(?:said|read|showed|displayed)\s*:?\s*$/i;
/** UI nouns after a capitalised name ("the SHARED DRIVE folder"). */
const UI_NOUN = /^\s+(?:button|icon|menu|tab|screen|error|message|light|key|option|field|folder|file|mode|page|setting|status|panel|window|app|plan|package|tier|model|page|section|label|sign|code)\b/;

/** A line of a log or an error dump, or a run quoted, bracketed, a key ("ERROR:"), or a name on a screen. */
function isLabelRun(text: string, start: number, end: number, first: string, count: number, codeFirst: boolean, afterLabel: number): boolean {
  if (codeFirst) return true;
  // The next part of the same label: "NO SIGNAL, CHECK CABLE", "CHECK ENGINE and STOP SAFELY NOW".
  if (afterLabel >= 0 && /^\s*(?:,|;|and|or|then|,\s*then|followed\s+by)\s*$/i.test(text.slice(afterLabel, start))) return true;
  // A label's next line, ended by the customer's own words: "The app says YOUR SESSION HAS EXPIRED. PLEASE LOG IN AGAIN every two minutes."
  if (afterLabel >= 0 && /^[.!]\s+$/.test(text.slice(afterLabel, start)) && /^[.!]?\s+[a-z]/.test(text.slice(end, end + 3)) && !/\b(?:I|YOU|YOUR|MY|ME|WE|US|OUR|WANT|NEED|NOW|FIX|REFUND)\b/.test(text.slice(start, end))) return true;
  if (/["'“‘`[(<{]/.test(text[start - 1] ?? '') || /^["'”’`\])>}:=]/.test(text[end] ?? '')) return true;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (LOG_LINE.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) return true;
  const before = text.slice(Math.max(lineStart, start - 24), start);
  if (SHOWS.test(before) || THING_SAID.test(text.slice(Math.max(lineStart, start - 40), start))) return true;
  // A run on a line of its own after "it shows:" ("…it shows:\n\nTRANSACTION DECLINED - ERROR 05").
  if (/^\s*$/.test(text.slice(lineStart, start)) && SHOWS.test(text.slice(Math.max(0, lineStart - 40), lineStart).trimEnd())) return true;
  // A run naming an error by its number: "… - ERROR 05 - DO NOT HONOUR", "FAULT CODE E4".
  if (/\b(?:ERROR|ERR|CODE|FAULT|WARNING)\s*[-#:]?\s*(?:[0-9][0-9A-Fx]*|[A-Z][0-9]+)\b/.test(text.slice(start, end))) return true;
  if (EMPHATIC.test(first)) return false;
  // A plan or product named again, or with its kind after it ("your BUSINESS PRO and ENTERPRISE plans").
  if (/^\s+(?:plans|packages|tiers|models|bundles|editions|versions|plan|package|tier|model|bundle|edition|version|subscription|range)\b/.test(text.slice(end, end + 16))) return true;
  if (count >= 2 && !/\b(?:I|YOU|YOUR|MY|ME|WE|US|OUR|WANT|NEED|NOW|PLEASE|FIX|REFUND)\b/.test(text.slice(start, end)) && text.indexOf(text.slice(start, end), end) >= 0) return true;
  return /\b(?:[Tt]he|[Aa]n?|[Cc]lick|[Pp]ress|[Tt]ap|[Oo]pen|[Ss]elect|[Hh]it|[Cc]hoose|[Mm]y|[Yy]our)\s+$/.test(before) && (count === 1 || UI_NOUN.test(text.slice(end, end + 12)));
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

/** Words a person says, not a screen: a run with them is never a code's label. */
const SPOKEN = /^(?:I|YOU|YOUR|MY|ME|WE|US|OUR|WHY|WHERE|WHEN|HOW|WHAT|STILL|NOW|TODAY|PLEASE|WANT|NEED)$/;
/** A hexadecimal code, as Windows and firmware print them: "0x80070005". */
const HEX_CODE = /^0x[0-9A-Fa-f]{2,}$/;
/** A token with no lowercase letter: part of a run of capitals (words, acronyms or codes). */
const NO_LOWER = /^[^a-z]*[A-Z0-9][^a-z]*$/;

export function findCaps(text: string): CapsResult {
  const words: CapsWord[] = [];
  const labels: CapsWord[] = [];
  let total = 0;
  let upper = 0;
  let lower = 0;
  // Runs of capitalised tokens separated by spaces only: "HTTP 500 INTERNAL SERVER ERROR" is one run.
  let afterLabel = -1;
  let run: { start: number; end: number; emphasis: CapsWord[]; count: number; spoken: boolean; codeFirst: boolean } | null = null;
  const close = (): void => {
    if (!run || !run.emphasis.length) return;
    const first = text.slice(run.start, run.end).split(' ')[0] as string;
    if (!isLabelRun(text, run.start, run.end, first, run.count, run.codeFirst && !run.spoken, afterLabel)) words.push(...run.emphasis);
    else {
      labels.push({ start: run.start, end: run.end });
      afterLabel = run.end;
    }
    run = null;
  };
  for (const m of text.matchAll(TOKEN)) {
    total++;
    const tok = m[0];
    const start = m.index;
    const end = start + tok.length;
    // A hex code ("0x80070005") is part of a label's run, its small x notwithstanding.
    if (!NO_LOWER.test(tok) && !(tok.charCodeAt(0) === 48 && HEX_CODE.test(tok))) {
      close();
      continue;
    }
    const emphasis = isEmphasisWord(tok);
    // A label's parts may be joined by a dash or a slash: "FRAGILE - THIS WAY UP - DO NOT STACK".
    if (run && /^(?: +| ?[-–—/|] ?)$/.test(text.slice(run.end, start))) {
      // A code first or second names the run: "ERROR 404 PAGE NOT FOUND", "HTTP 500 …".
      if (run.count === 1 && /[\d_]/.test(tok)) run.codeFirst = true;
      if (SPOKEN.test(tok)) run.spoken = true;
      run.count++;
      run.end = end;
    } else {
      close();
      run = { start, end, emphasis: [], count: 1, spoken: SPOKEN.test(tok), codeFirst: /[\d_]/.test(tok) && /[A-Z]/.test(tok) };
    }
    if (emphasis) run.emphasis.push({ start, end });
  }
  close();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const n = words.length;
  const shouting =
    n >= 3 || (n >= 2 && n / Math.max(1, total) >= 0.25) || (n >= 1 && lower === 0 && upper >= 3);
  return { shouting, words, total, labels };
}
