/**
 * Finds the promises a rep makes in a draft: "I'll call you back", "I will get back to you by
 * Friday", "we'll email you within 24 hours", "let me check with my supervisor and get back to you".
 *
 * Runs in the content script: plain regular expressions, no zod, no chrono.
 *
 * What is NOT a promise (decided, tested):
 * - someone else acting: "you'll get a call from the courier", "I'll ask the courier to call you";
 * - the customer acting: "call us back", "please call me back";
 * - questions and offers still waiting for a yes: "Shall I call you back?", "Would you like me to
 *   call you back?" (a sentence ending in "?" or opening with shall/should/can/may I, would you
 *   like me to, do you want me to). The rep logs it once the customer accepts;
 * - negations: "I won't call you", "I will not be able to call you back";
 * - past tense: "I called you back yesterday".
 */
export type PromiseChannel = 'call' | 'email' | 'chat';

/** The ticket's channel (as an adapter reads it) → how a callback on it is made. */
export function channelOfTicket(channel: 'email' | 'chat' | 'phone' | undefined): PromiseChannel {
  return channel === 'phone' ? 'call' : channel === 'chat' ? 'chat' : 'email';
}

export interface DetectedPromise {
  /** Offsets of the promise words in the draft ("I'll call you back"). */
  start: number;
  end: number;
  /** The whole sentence, as written. */
  sentence: string;
  channel: PromiseChannel;
  /** Words that say when ("tomorrow at 3", "by Friday"), for parseDueTime. */
  dueText?: string;
}

export interface DetectOptions {
  /** Channel for promises that do not say how ("I'll get back to you"). Default 'email'. */
  defaultChannel?: PromiseChannel;
}

// "I'll", "I will", "Ill", "we'll", "I am going to", "I'm gonna", "I shall", "I promise to", "let me".
const APOS = `['’\u2019]`;
const SUBJECT =
  String.raw`\b(?:` +
  String.raw`(?:i|we)\s*${APOS}\s*ll|i\s+ll|ill|well(?=\s+(?:call|ring|phone|email|e-mail|get back|follow up|reach out|be in touch|contact))` +
  String.raw`|(?:i|we)\s+(?:will|shall)(?:\s+(?:definitely|certainly|personally|also|then|make sure to|be sure to))?` +
  String.raw`|i\s*${APOS}?\s*m\s+(?:going\s+to|gonna)|i\s+am\s+(?:going\s+to|gonna)|we\s*${APOS}?\s*re\s+(?:going\s+to|gonna)|we\s+are\s+(?:going\s+to|gonna)` +
  String.raw`|(?:i|we)\s+promise\s+to|let\s+me|allow\s+me\s+to` +
  String.raw`)`;

// The action, with its channel. Order matters only for readability.
const VERBS: readonly { re: string; channel: PromiseChannel | null }[] = [
  { re: String.raw`call\s+(?:you|u)(?:\s+back)?|call\s+back|give\s+(?:you|u)\s+a\s+(?:call|ring|buzz)|ring\s+(?:you|u)(?:\s+back)?|phone\s+(?:you|u)(?:\s+back)?|call\s+you\s+again`, channel: 'call' },
  { re: String.raw`(?:e-?mail|write\s+to)\s+(?:you|u)(?:\s+back)?|send\s+(?:you|u)\s+an?\s+(?:e-?mail|update|reply)|drop\s+(?:you|u)\s+an?\s+(?:e-?mail|line)`, channel: 'email' },
  { re: String.raw`(?:message|text)\s+(?:you|u)(?:\s+back)?|ping\s+(?:you|u)`, channel: 'chat' },
  {
    re: String.raw`get\s+back\s+to\s+(?:you|u)|come\s+back\s+to\s+(?:you|u)|follow\s*-?\s*up(?:\s+with\s+(?:you|u))?|reach\s+out(?:\s+to\s+(?:you|u))?|contact\s+(?:you|u)|be\s+in\s+touch|get\s+in\s+touch(?:\s+with\s+(?:you|u))?|update\s+(?:you|u)|keep\s+(?:you|u)\s+(?:posted|updated|informed|in\s+the\s+loop)|check\s+back\s+(?:in\s+)?with\s+(?:you|u)|circle\s+back|touch\s+base|reply\s+to\s+(?:you|u)|respond\s+to\s+(?:you|u)|let\s+(?:you|u)\s+know`,
    channel: null,
  },
];
const VERB = VERBS.map((v) => `(${v.re})`).join('|');

// Between the subject and the action: at most a few words, no sentence break.
const FILLER = String.raw`([^.!?\n]{0,80}?)`;
const PROMISE_RE = new RegExp(String.raw`${SUBJECT}\s*${FILLER}\b(?:${VERB})\b`, 'gi');

// "You'll get a call back", "you will hear from me/us", "expect a call from me".
const YOU_RE = new RegExp(
  String.raw`\b(?:you\s*${APOS}\s*ll|you\s+will|you\s+should|expect)\s+(?:be\s+)?(?:(?:receiving|receive|get|getting|hear|hearing)\s+)?` +
    String.raw`(?:(?:a|an|my|our)\s+)?(?:(call\s*-?\s*back|call|phone\s+call|ring)|(e-?mail|reply|response|update)|(message)|back)?` +
    String.raw`(?:\s+back)?(?:\s+from\s+(me|us|myself)\b|(?=\s*(?:[.!,;]|$|\s+(?:by|within|in|on|at|tomorrow|today|later|before|first|next|this|early|shortly|soon))))`,
  'gi',
);

/** Words between subject and action that mean someone else acts, or no promise is made. */
const FILLER_VETO =
  /\b(?:not|never|no longer|n[’']t|ask|asks|tell|arrange for|someone|somebody|he|she|they|courier|driver|technician|know|if you|try(?:ing)? to|want(?:ed)? to|like to|need(?:ed)? to|would)\b|\bget\s+(?:\w+\s+){1,3}to\b|\bhave\s+(?:my|our|a|the|one of)?\s*(?:\w+\s+)?(?:colleague|team|manager|supervisor|specialist|engineer|agent|department|someone|courier)s?\b/i;
const QUESTION_OPENER =
  /^\s*(?:shall|should|can|could|may|might)\s+(?:i|we)\b|^\s*(?:would|do|did)\s+you\s+(?:like|want|prefer)\b|^\s*(?:is it|would it be)\s+(?:ok|okay|alright|fine|better)\b|^\s*(?:when|what time)\b/i;

// Words that say when, for dueText.
const WHEN_TOKEN = new RegExp(
  [
    String.raw`\b(?:by|before|on|until|till|no later than)?\s*(?:the\s+)?(?:end of (?:the |to)?(?:day|business(?: day)?|week)|close of business)\b`,
    String.raw`\b(?:eod|cob|eob|asap)\b`,
    String.raw`\b(?:first thing(?: in the morning)?)\b`,
    String.raw`\b(?:by|before|on|until|this|next|coming)?\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`\b(?:(?:later|early|earlier)\s+)?(?:today|tomorrow|tonight|this (?:morning|afternoon|evening|week))\b(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`\b(?:within|in|inside|over)\s+(?:the\s+)?(?:next\s+)?(?:\d+(?:\.\d+)?|a couple(?: of)?|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty(?:[- ]four)?|thirty|forty[- ](?:five|eight)|seventy-two|half an)\s*(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|hour)\b`,
    String.raw`\bwithin the hour\b`,
    String.raw`\b(?:the\s+)?next\s+(?:business|working)\s+day\b`,
    String.raw`\bnext (?:week|month)\b`,
    String.raw`\b(?:at|by|before|around|after)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![\d:])`,
    String.raw`\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?`,
    String.raw`\b(?:at|by|around)?\s*(?:noon|midday|lunch(?:time)?)\b`,
    String.raw`\b(?:on|by|before)?\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b(?:shortly|soon|right away|straight away|in a (?:moment|minute|bit|little while))\b`,
  ].join('|'),
  'gi',
);

interface Sentence {
  start: number;
  end: number;
}

/** Splits at . ! ? and line breaks, not inside "a.m.", "e.g." or "3.30". */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let boundary = false;
    if (ch === '\n') boundary = true;
    else if (ch === '!' || ch === '?') boundary = true;
    else if (ch === '.') {
      const next = text[i + 1];
      const prev2 = text.slice(Math.max(0, i - 2), i);
      const abbreviation = /(?:^|[\s.])[a-z]$/i.test(prev2) || /\b(?:mr|mrs|ms|dr|st|approx|etc|vs|no)$/i.test(text.slice(Math.max(0, i - 6), i));
      boundary = (next === undefined || /\s/.test(next)) && !abbreviation;
    }
    if (boundary) {
      // Keep runs of terminators ("?!", "...") in the sentence.
      let j = i;
      while (j + 1 < text.length && /[.!?]/.test(text[j + 1]!)) j++;
      out.push({ start, end: j + 1 });
      start = j + 1;
      i = j;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

function channelOf(groups: (string | undefined)[], sentence: string, fallback: PromiseChannel): PromiseChannel {
  for (let i = 0; i < VERBS.length; i++) {
    if (groups[i] !== undefined) {
      const ch = VERBS[i]!.channel;
      if (ch) return ch;
      break;
    }
  }
  if (/\b(?:by|via|over the)\s+(?:phone|telephone|call)\b/i.test(sentence)) return 'call';
  if (/\b(?:by|via)\s+e-?mail\b/i.test(sentence)) return 'email';
  if (/\b(?:by|via|in|over)\s+(?:chat|text|sms|message)\b/i.test(sentence)) return 'chat';
  return fallback;
}

function dueTextOf(sentence: string): string | undefined {
  const spans: { start: number; end: number }[] = [];
  WHEN_TOKEN.lastIndex = 0;
  for (let m = WHEN_TOKEN.exec(sentence); m; m = WHEN_TOKEN.exec(sentence)) {
    if (m[0].trim().length === 0) {
      WHEN_TOKEN.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    spans.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  if (spans.length === 0) return undefined;
  // Join neighbouring tokens ("tomorrow" + "at 3") when only a few short words separate them.
  const start = spans[0]!.start;
  let end = spans[0]!.end;
  for (const s of spans.slice(1)) {
    const gap = sentence.slice(end, s.start);
    if (/^[\s,]*(?:(?:at|by|or|and|around|in the|on|before)\s*)?$/i.test(gap)) end = s.end;
    else break;
  }
  return sentence.slice(start, end).trim();
}

export function detectPromises(draft: string, options: DetectOptions = {}): DetectedPromise[] {
  const fallback = options.defaultChannel ?? 'email';
  const found: DetectedPromise[] = [];
  for (const s of splitSentences(draft)) {
    const sentence = draft.slice(s.start, s.end);
    const trimmed = sentence.trim();
    if (trimmed.endsWith('?') || /\?["”')\]]*$/.test(trimmed)) continue;
    if (QUESTION_OPENER.test(sentence)) continue;
    let lastEnd = -1;
    PROMISE_RE.lastIndex = 0;
    for (let m = PROMISE_RE.exec(sentence); m; m = PROMISE_RE.exec(sentence)) {
      const filler = m[1] ?? '';
      const subject = m[0].slice(0, m[0].length - filler.length);
      if (FILLER_VETO.test(filler)) {
        PROMISE_RE.lastIndex = m.index + 1;
        continue;
      }
      // "let me know", "let me be clear": let me … needs the action right away or after "… and".
      if (/^let\s+me|^allow/i.test(subject.trim()) && filler.trim() !== '' && !/\band\s*$/i.test(filler.trim() + ' ')) {
        if (!/\band\b/i.test(filler)) continue;
      }
      // "Ill" and "well" need the verb right after them ("I'm ill" / "as well as" are not promises).
      if (/^(?:ill|well)\b/i.test(subject.trim()) && filler.trim() !== '') continue;
      const groups = VERBS.map((_, i) => m![i + 2]);
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (start < lastEnd) continue;
      lastEnd = end;
      const dueText = dueTextOf(sentence);
      found.push({ start, end, sentence: trimmed, channel: channelOf(groups, sentence, fallback), ...(dueText ? { dueText } : {}) });
    }
    if (found.some((p) => p.start >= s.start && p.end <= s.end)) continue;
    YOU_RE.lastIndex = 0;
    for (let m = YOU_RE.exec(sentence); m; m = YOU_RE.exec(sentence)) {
      const [, call, email, message, fromWho] = m;
      // Needs either "from me/us" or a kind of contact ("you'll get a call back by Friday").
      if (!fromWho && !call && !email && !message) continue;
      if (!fromWho && !/\bback\b/i.test(m[0]) && !/^expect/i.test(m[0])) continue;
      if (/\bfrom\s+(?!me\b|us\b|myself\b)/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      const start = s.start + m.index;
      const channel: PromiseChannel = call ? 'call' : email ? 'email' : message ? 'chat' : channelOf([], sentence, fallback);
      const dueText = dueTextOf(sentence);
      found.push({ start, end: start + m[0].length, sentence: trimmed, channel, ...(dueText ? { dueText } : {}) });
      break;
    }
  }
  return found;
}
