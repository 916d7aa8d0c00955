/**
 * Heard's built-in guidance pack. Written from docs/domain.md: every lesson about the draft has a
 * rule here. Advice says what to do and why; examples are phrasings to adapt, never a script.
 * Each rule carries its own test cases (run by the unit suite and `npm run pack:check`).
 */
import type { Matcher, Pack } from './schema';
import type { Role } from '../values';

type Thread = { role: Role; text: string }[];
const customer = (text: string): Thread => [{ role: 'customer', text }];

// ---- Shared matchers ----------------------------------------------------------------------

/** A commitment to do something later. */
const PROMISE: Matcher = {
  phrases: [
    'get back to you', 'call you back', 'keep you updated', 'keep you posted', 'follow up with you', 'be in touch', 'reach out to you',
    'someone will ... contact you', 'someone will ... call you', 'you\'ll hear from', 'you will hear from', 'get back to him',
    'get back to her', 'get back to them', '{revert} back', 'will revert', 'keep you informed', 'keep you in the loop', 'will come back to you', 'me come back to you', 'to come back to you', 'can come back to you',
    // A second act joined to the first: "our team will review it and contact you".
    'and contact you', 'and call you back', 'and get in touch', 'and be in touch',
    'give you a call', 'give you a ring', 'drop you a line', 'you will be contacted', 'you\'ll be contacted', 'you will be notified',
    'you\'ll be notified', 'will be in contact', 'will contact you', 'will get in touch', 'forwarded to the concerned',
    'forwarded to the relevant', 'forwarded to the appropriate', 'passed to the relevant', 'passed on to the relevant',
    'passed to the concerned', 'let me check and', 'lemme check', 'team will contact you', 'team will reach out', 'team will get back to you',
    'team will be in touch', 'team will call you', 'team will follow up', 'will be actioned', 'will be looked into', 'will be dealt with', 'will be sent out', 'will be followed up',
    // (Not "I'll keep an eye on it": an assurance; writers label no promise there, 7 drafts by 6 writers.)
    'leave it with me', 'leave this with me',
    'will monitor', 'I\'ll monitor', 'we\'ll monitor', 'wait for our response', 'wait for our reply', 'await our response', 'await our reply',
    'wait for an update', 'await further', 'will be contacting you', 'will be calling you', 'will be reaching out', 'will be getting back',
    'will be emailing you',
  ],
  // "I'll / we will (up to three words) call you, check, send…": one pattern rather than a phrase per
  // verb and subject (each phrase with a gap is a backtracking branch of its own).
  pattern:
    "(?:\\b(?:I|we|someone|somebody|colleague|team)(?:['’]?ll| will)|(?:^|[.!?]\\s+|\\n|\\b(?:and|ok)\\s+|,\\s*)will)\\s+(?:[^\\s.!?,;:]+\\s+){0,7}?(?:(?:call|e-?mail|update|contact|come back to|inform|notify|message|text|ring|ping) (?:you|u)|update(?= ?[.!,\\n]|$)|let (?:you|u) know|lyk|keep (?:you|u) posted|get back (?:to|2)|look into|check|find out|send|arrange|make sure|escalate|sort|follow (?:\\w+ )?up|reply|respond|reach out|confirm|revert|investigate|(?:have|take) a look|look at|chase|advise)\\b",
  flags: 'i',
};

/** Working on it: a promise, or a step already under way. */
const PLAN: Matcher = {
  phrases: [
    ...PROMISE.phrases!, 'I\'m checking', 'I am checking', 'we\'re checking', 'we are checking', 'checking with', 'let me check',
    'let me find out', 'I\'m asking', 'I am asking', 'I\'ve asked', 'I have asked', 'we\'ve asked', 'I\'ll ask', 'I will ask',
    'I\'m looking into', 'I am looking into', 'we\'re looking into', 'I\'ve raised', 'I have raised', 'I\'ve escalated',
    'I have escalated', 'I\'ve contacted', 'I have contacted', 'I\'m chasing', 'I\'ll chase', 'I\'m finding out', 'find out',
    'I\'ll ... get', 'I will ... get', 'you\'ll have', 'you will have', 'you\'ll get', 'you will get', 'I\'m sending', 'I\'ve sent',
    'I have sent', 'give me', 'bear with me', 'I\'ve booked', 'I have booked', 'I\'ve arranged', 'I have arranged', 'I\'ve scheduled',
    'I\'ve ordered', 'I\'ve requested', 'I\'ve opened', 'I\'ve logged', 'I\'ve flagged',
    // Under way, or promised without a subject ("I'm calling the courier now and will update you within the hour").
    'I\'m calling', 'I\'m ringing', 'I\'m contacting', 'I\'m emailing', 'I\'m speaking to', 'I\'m on it', 'will update you',
    'will call you', 'will get back to you', 'will let you know', 'will message you', 'will email you',
  ],
  // Any first-person commitment: "I'll text you…", "we'll ring the depot…".
  pattern: '\\b(?:[Ii]|[Ww]e)(?:\'ll|’ll| will| shall|\'m going to| am going to)\\s(?!see\\b)',
};

/** A concrete time or deadline. */
const TIME: Matcher = {
  phrases: [
    'today', 'tonight', 'tomorrow', 'this morning', 'this afternoon', 'this evening', 'this week', 'end of day', 'end of the day',
    'end of the week', 'close of business', 'first thing', 'within the hour', 'by noon', 'by midday', 'next week', 'Monday', 'Tuesday',
    'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'EOD', 'COB', 'EOW', 'close of play', 'this weekend', 'the weekend',
    'lunchtime', 'end of this week', 'end of the month', 'end of this month', 'next business day', 'next working day', 'tmrw', 'tmr',
    '2moro', 'tonite', 'the next hour', 'the next day', 'noon', 'midday', 'o\'clock', 'half past', 'quarter past', 'quarter to',
    'in the morning', 'in the afternoon', 'in the evening', 'end of business', 'later this week', 'early next week', 'no later than',
    'not later than', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri',
    // A window counted in working days, said any way: "it takes up to 5 working days".
    'working days', 'business days', 'working day', 'business day', 'half an hour', 'after lunch', 'before lunch', 'end of play', 'this arvo',
    // A time anchored to one just given ("The engineer comes on Friday. I'll call you that morning"), and "the next half hour".
    'that morning', 'that afternoon', 'that evening', 'the day before', 'the night before', 'the morning of', 'half hour',
    // A dispatch slot named by its day: "it'll go out with tomorrow's post".
    'tomorrow\'s post', 'tomorrow\'s courier', 'tomorrow\'s van', 'tomorrow\'s collection', 'tomorrow\'s delivery',
  ],
  // A window ("within 2 hours", "in 3-5 working days": the phrases above take the working days), a clock time ("3 pm", "14:30", "at 4"), a date
  // ("14 March", "March 14th", "by the 3rd"); a month's name ends in letters month names have, so "junction 14" and "deck 9" are no dates).
  pattern:
    '\\b(?:within|in|under|before) (?:the next |about |around )?(?:\\d{1,3}(?:\\s?(?:[-–]|to)\\s?\\d{1,3})?|an?|one|two|three|a (?:few|couple of))\\s?(?:min(?:ute)?s?|h(?:ours?|rs?)?|days?|weeks?)\\b|\\b\\d{1,2}(?::[0-5]\\d|(?:[:.][0-5]\\d)?\\s?[ap]\\.?m\\b)|\\b\\d{1,2}[a-z]{0,2}\\s(?:of )?(?:jan|feb|ma[ry]|apr|ju[nl]|aug|sep|oct|nov|dec)|\\b(?:jan|feb|mar|apr|ju[nl]|aug|sep|oct|nov|dec)[abcehilmorstuy]{0,6}\\s\\d{1,2}[a-z]{0,2}\\b|\\b(?:at|by|before) \\d{1,2}\\b|\\b(?:by|on|before) (?:the )?\\d{1,2}(?:[snrt][tdh]|/\\d{1,2})\\b',
  flags: 'i',
};

/** A time one can log (regex source, for flag i): a day, a clock time, a part of tomorrow, a window in hours; not a bare "today" or "soon". */
const SPECIFIC_TIME_SRC =
  '(?:tomorrow|tmrw|tonight|this (?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d\\s?[ap]\\.?m\\b|\\d:[0-5]\\d|(?:by|at|before) \\d|within (?:the next )?(?:\\d[\\d –-]{0,8}(?:h|hours?|hrs?|min[a-z]{0,5}|(?:business |working )?days?)|an? (?:hour|day)|(?:half an |the )?hour)\\b|next (?:morning|(?:working |business )?day)|midday|noon|end of (?:the )?day|lunchtime)';

/**
 * An act with no time of its own after it ("…and I'll chase it", "I'll send it today"): with a condition in the
 * clause, the promise waits on the customer. "Reply here and I'll chase the courier on Friday morning" is
 * a promise to log: the rep tied their own act to a time. Someone else's act ("a team member will review it
 * within 7 days") is not the rep's to log.
 */
const UNTIMED_ACT: Matcher = {
  pattern: `(?<=\\w)(?<!\\b(?:I|we|you))(?:['’]ll| will) |\\b(?:I|we)(?:['’]ll| will| shall| can)\\s(?![^.!?;\\n]{0,80}?\\b${SPECIFIC_TIME_SRC})`,
  flags: 'i',
};

/**
 * What we send the customer ("you'll get a confirmation email…"), when no loggable time follows it, or only
 * minutes (an automatic email): a promise only with a time one can log.
 */
const DELIVERABLE_UNTIMED: Matcher = {
  pattern: `\\byou(?<!(?:hour|row|ight|ing|noon|day),? you)(?:['’]ll| will) (?:get|receive)\\b(?![^.!?;\\n]{0,80}?\\b${SPECIFIC_TIME_SRC})`,
  flags: 'i',
};
const DELIVERABLE_IN_MINUTES: Matcher = { pattern: '\\byou(?:[\'’]ll| will) (?:get|receive)\\b[^.!?;\\n]{0,60}?\\bwithin (?:\\d+|a few|a couple of) min', flags: 'i' };
const DELIVERABLE_ARRIVES_UNTIMED: Matcher = {
  pattern: `\\b(?:voucher|quote|label|invoice|confirmation|tracking number) will (?:arrive|come|be in your inbox)(?![^.!?;\\n]{0,80}?\\b${SPECIFIC_TIME_SRC})`,
  flags: 'i',
};

/** What we send the customer, as phrases: "you'll get a cancellation confirmation by email…". */
const DELIVERABLES = ['email', 'text', 'confirmation', 'label', 'link', 'quote', 'voucher', 'invoice', 'contract', 'letter', 'credit note', 'receipt', 'certificate', 'report'].flatMap((n) => [
  `you'll get ... ${n}`, `you will get ... ${n}`, `you'll receive ... ${n}`, `you will receive ... ${n}`,
]);

/** PROMISE's phrases that COMMITMENT already reads (a shorter phrase of its own, or its pattern): not listed twice. */
const SAID_BY_COMMITMENT = new Set(['and call you back', 'and be in touch', 'you will be contacted', 'team will contact you', 'team will get back to you', 'team will be in touch', 'team will call you', 'will be sent out', 'I\'ll monitor', 'we\'ll monitor']);

/** A concrete commitment to act, for "log this promise": I/we will…, you'll hear/get…, she'll call…, a booked slot. */
const COMMITMENT: Matcher = {
  // The pattern reads every "I'll …"/"we will …"; the phrases add what it does not start with.
  phrases: [
    ...PROMISE.phrases!.filter((p) => !p.includes('hear from') && !SAID_BY_COMMITMENT.has(p)),
    'I\'ve booked', 'I have booked', 'I\'ve scheduled', 'I have scheduled', 'is booked for', 'are booked for', 'I\'ve arranged',
    'I\'m going to', 'I am going to', 'we\'re going to', 'we are going to', 'I\'m gonna', 'gonna call', 'will call you', 'will call u',
    'will ring you', 'will text you', 'will email you', 'will message you', 'will update you', 'expect a call from',
    'expect an email from', 'expect an update from', 'expect a text from', 'expect to hear from me',
    'expect to hear from us', 'let me call you', 'let me email you', 'I\'ve set a reminder',
    'I have set a reminder', 'I\'m calling you', 'I\'m ringing you', 'will phone you', 'will phone u',

    // The company's act with a time, said in the passive: "the replacement will be dispatched today".
    'will be sent', 'will be dispatched', 'will be processed', 'will be emailed', 'will be posted', 'will be credited', 'will be refunded', 'will be fixed', 'will be delivered', 'will be reviewed', 'will be arranged', 'will be replaced', 'will be repaired', 'will be shipped', 'will be issued', 'will be reissued', 'will be completed', 'will be corrected', 'will be restored', 'will be reconnected', 'will be activated', 'will be collected', 'will be called', 'will be contacted', 'will be published', 'will be applied', 'will be paid',
    'will be transferred', 'will be released', 'will be added', 'will be emptied', 'will be cancelled', 'will be canceled', 'will be returned',
    'will be removed', 'will be reset', 'will be unlocked', 'will be reinstated', 'will be waived', 'will be reimbursed', 'will be rescheduled',
    'will be reopened', 'will be lifted', 'will be extended', 'will be cleared', 'will be fitted', 'will be installed', 'will be inspected',
    'will be upgraded', 'will be swapped', 'will be exchanged', 'will be topped up',
    // Someone's visit or answer at a set time ("an inspector will visit on Monday at 9am", "they'll confirm within 15 minutes",
    // "the tuner, Michael, will arrive between 1pm and 3pm"); a thing that arrives is not a person's act ("it'll arrive before
    // your party").
    'will visit', '\'ll visit', 'will confirm', '\'ll confirm', 'will meet you', '\'ll meet you', 'will transfer', '\'ll transfer',
    ', will arrive',
    // The people who do the job in person, whatever the job ("our driver will take them over on Friday morning", "a courier will
    // collect it on Wednesday", "Carl, our technician, will test them and confirm on Thursday"); with a time in the sentence.
    'engineer will', 'technician will', 'fitter will', 'driver will', 'courier will', 'crew member will', 'inspector will', 'tuner will',
    'installer will', 'plumber will', 'electrician will', 'engineer, will', 'technician, will', 'driver, will',
    // Ours, sent by text or email at a set time ("the door code will come by text on Friday at 8am"), and our answer ("you'll
    // have our decision by Friday 21 June").
    'will come by text', 'will come by email', 'will arrive by text', 'will arrive by email', 'you\'ll have our', 'you will have our',
    // One subject for two acts: "I've requested the readings and will pay you by 30 April".
    'I\'ve ... and will', 'I have ... and will', 'we\'ve ... and will', 'we have ... and will',
    // A person's act the customer will receive: a call, an update, an answer.
    'should be with you', 'rebooked', 'booked you', 'I can send', 'I can call', 'I can ring', 'I can book', 'I can arrange', 'will go out',
    'you\'ll get a call', 'you will get a call', 'you\'ll receive a call', 'you will receive a call', 'you\'ll get an update',
    'back to you in', 'back to you within', 'back to you by', 'you will get an update', 'you\'ll have an update', 'you will have an update', 'you\'ll get an answer', 'you will get an answer',
    'you\'ll have an answer', 'you will have an answer', 'you\'ll get a reply', 'you will get a reply',
    'I can do a', 'I can hold', 'I can schedule', 'I could call', 'I could ring',
    'expect my call', 'expect my email', 'expect my reply', 'expect my update', 'you\'ll have my', 'you will have my', 'is coming on',
    'are coming on', 'will collect it', 'will collect the', 'will pick it up', 'will pick up the', 'is booked in for', 'will come out',
    ...DELIVERABLES, 'voucher will arrive', 'quote will arrive', 'label will arrive', 'invoice will arrive', 'confirmation will arrive',
    'tracking number will come', 'will be in your inbox',
    // Said as an aim or an expectation ("I should have an update for you by Monday", "I aim to have it fixed by Friday"),
    // as a step someone was asked to take ("I've asked my manager to call you before 6"), or as a note ("Next update
    // from me: tomorrow at 9"). Not what is under way now ("I'm sending the blue one out today": done, nothing to log)
    // nor a thing's schedule ("the fix goes out on Thursday").
    'I should have an update', 'I should have an answer', 'I should have news', 'I should have more', 'we should have an update',
    'we should have an answer', 'we should have news', 'I aim to', 'I\'m aiming to', 'I am aiming to', 'I expect to have',
    'asked ... to call you', 'asked ... to ring you', 'asked ... to phone you', 'asked ... to contact you', 'asked ... to email you', 'update from me', 'call from me', 'update from us',
    // What they will have and when ("You'll have it by Thursday", "Expect it by Friday"), our act said as its result ("It will be
    // done by 5 pm", "your order will ship tomorrow"), a hold or a callback put in ("I've put a hold on the room until 5 pm
    // Monday", "I've booked a callback for 3pm"), a visit ("someone will be out to you on Thursday"), a chat "will revert by…".
    'you\'ll have it', 'you will have it', 'you\'ll have your', 'you will have your', 'you\'ll have the', 'you will have the',
    'expect it by', 'expect the', 'expect your', 'will be done', 'will be ready', 'will be sorted', 'will be updated', 'will be live',
    'will ship', 'put a hold', 'hold it until', 'hold the room', 'hold the booking', 'hold the slot', 'provisional hold', 'a hold on the', 'held for you until', 'held until', 'on hold for you until',
    'booked a callback', 'will be out to you', 'will be round', 'will come round',
    'will reply by', 'will respond by', 'we\'re aiming to', 'we are aiming to',
    'we aim to have',
    // Our act said as its result, short ("It'll be done by tonight"), and a chat's "Talk tomorrow at 10". Not a thing's
    // schedule ("it'll be with you tomorrow": the parcel's).
    'will update u', 'it\'ll be done', 'it\'ll be ready', 'it\'ll be sorted', 'that\'ll be done', 'talk tomorrow', 'speak tomorrow', 'talk to you tomorrow', 'speak to you tomorrow',
    'talk to you at', 'speak to you at', 'speak to you on', 'talk to you on', 'talk then', 'speak then',
    // Someone doing the job itself, at the time the sentence gives ("the courier will deliver it on Thursday", "they'll action
    // it within 24h", "an engineer will replace the card on Tuesday"); and the passive acts above, contracted ("they'll be
    // packed and ready by noon on Tuesday"). The pattern takes the callers ("she'll call you").
    ...['deliver', 'replace', 'repair', 'restore', 'reconnect', 'install', 'dispatch', 'release', 'action', 'rebuild', 'reprint'].flatMap((v) => [`will ${v}`, `they'll ${v}`]),
    'they\'ll refund', 'they\'ll go out', 'it\'ll go out', 'they\'ll be ready', 'they\'ll be packed', 'they\'ll be printed', 'they\'ll be sent',
    'they\'ll be posted', 'they\'ll be dispatched', 'it\'ll be sent', 'it\'ll be posted', 'it\'ll be dispatched',
    // A guarantee with its time ("I can guarantee the money will be in your account tomorrow"): overpromise's card says
    // whether to make it; made, it is a promise to log (4 drafts by 4 writers labelled). Not "…tomorrow, I promise": two
    // writers left that tag unlabelled.
    'I can guarantee', 'I guarantee',
    // A proposed call ("I'd like to call you on Thursday"), and a slot held for them ("I've held it for you").
    'like to call you', 'like to ring you', 'like to phone you', 'held it for you', 'held them for you', 'reserved it for you', 'held the slot',
  ],
  // "You'll get / see / receive …" alone is the system or a third party at work (a confirmation
  // email, a refund showing): the rep's promise is "you'll hear from me/us", or someone's named act.
  pattern:
    '\\b(?:[Ii]|[Ww]e)(?:[\'’]ll| will| shall)\\s+(?!not\\b|nev|see\\b)\\w|\\b[Yy]ou(?:[\'’]ll| will| should) (?:hear (?:back\\b|from (?!them\\b|the courier\\b|the bank\\b))|(?:get|receive|have) [^.!?\\n]{0,40}\\bfrom (?:me|us|our)\\b)|(?:\\b(?:[Ss]?[Hh]e|[Tt]hey|[Ss]omeone|colleague|team|engineer|technician|supervisor|manager|specialist|advis[eo]r)\\b[^.!?\\n]{0,40}?|\\b[A-Z][a-z]+)(?:[\'’]ll| will) (?:call|contact|email|message|text|reply|be (?:in touch|with|there)|get back|review|come|join|ring|phone|arrive|update)\\b',
};

/** What asks leave ("if that works", "if that suits"). */
const LEAVE_WORDS = '(?:ok|okay|alright|fine|good|works?|suits?|helps?|convenient)';
/** "…, if that works for you" / "let me know if that suits" ask permission: the promise stands. */
const ASKS_LEAVE = `\\b(?! (?:if )?(?:(?:that|this|the) (?:time|slot|day|date)|that|this|it)(?:['’]s| is)? (?:(?:does|is)n['’]?t |(?:does |is )?not )?${LEAVE_WORDS}\\b)`;
/** A set day to check by ("by next Friday", "by noon tomorrow", "before the 20th"). */
const CHECK_DAY = '(?:by|before|until) (?:next |the )?(?:\\w{2,6}day|tomorrow|noon|midday|\\d)';
const CONDITIONAL_PHRASES = ['unless', 'once you', 'once you\'ve', 'once you have', 'when you', 'when you\'ve', 'reply to this', 'reply here', 'reply with', 'just reply', 'reply and', 'tell me', 'send me', 'message me', 'just ask', 'whichever', 'reply by', 'so I can', 'so that I can', 'so we can'];

/** The promise waits on the customer: nothing to log or time yet. */
const CONDITIONAL: Matcher = {
  phrases: CONDITIONAL_PHRASES,
  // Not a check of our own ("if I don't hear back", "if we get cut off"), nor what they have not had ("if you still haven't heard"),
  // nor news of ours ("I'll let you know if anything changes": a follow-up with no time).
  pattern: `(?:(?<!even )\\bif(?! (?:I|we) do(?:n['’]?t| not) hear\\b| anything (?:changes|comes up)\\b| we hear\\b| you (?:still )?(?:have|do)(?:n['’]?t| not) (?:heard|hear|had|got|received)\\b| we (?:get|are) (?:cut off|disconnected)\\b| the (?:chat|call|line) (?:drops|cuts)\\b)|\\blet me know)${ASKS_LEAVE}`,
  flags: 'i',
};

/**
 * The same, for a promise to log: a check on a set day is no condition but the day to log ("If it hasn't arrived by
 * Friday, I'll send a replacement", "if you still can't see it by the 20th"); "if you reply by Friday" still waits.
 * ("Reply here" and "let me know" on their own matcher: one pattern with all stays under the pattern's cost limit.)
 */
const REPLY_ASKS = ['reply to this', 'reply here', 'reply and', 'just reply', 'tell me', 'send me', 'message me'];
const CONDITIONAL_UNLESS_CHECK: Matcher = {
  // …and what we wait to have from them ("Once we have those, the team will close the account within 10 working days").
  phrases: [...CONDITIONAL_PHRASES.filter((p) => !REPLY_ASKS.includes(p)), 'once we have', 'once we\'ve had', 'once we receive', 'once we\'ve received', 'once we get', 'once they have', 'once they receive'],
  pattern: `(?<!even )\\bif(?![^,;.!?\\n]{0,35}?(?:n['’]t|\\bnot|\\bno|\\bstill)\\b[^,;.!?\\n]{0,20}?\\b${CHECK_DAY}| (?:(?:that|this) (?:time|slot|day|date)|that|this|it)(?:['’]s| is)? ${LEAVE_WORDS}\\b)\\b`,
  flags: 'i',
};
/** "Reply here", "let me know": waits on them, unless after a check on a set day ("If it hasn't appeared by next Friday, reply here and I'll chase it"). */
const REPLY_ASK: Matcher = {
  pattern: `(?<!\\b${CHECK_DAY}[^.!?\\n]{0,40})\\b(?:${REPLY_ASKS.join('|')})\\b|\\blet me know${ASKS_LEAVE}`,
  flags: 'i',
};

/** The promise is kept at once. */
const AT_ONCE: Matcher = {
  phrases: ['straight away', 'right away', 'immediately', 'right now', 'now', 'same day', 'that day', 'in a moment', 'in a minute', 'give me', 'bear with me', 'one moment',
    // Done while they are there: "we'll test it while you wait", "he'll tell you on the spot".
    'while you wait', 'on the spot', 'there and then'],
};

/** A concrete time, for the checklists (regex source): a clock time, a day, a window with a number. */
const WHEN_SRC =
  "(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|(?:by|at|before|until) \\d|\\d{1,2}(?::\\d\\d)?\\s?[ap]\\.?m\\b|within (?:the next )?(?:the|an?|\\d+|one|two|a few) (?:min|hour|hr|day|business day|working day|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|end of (?:the )?(?:day|week)|next week|noon|midday|EOD)";

/** What the customer did not do, for "you didn't enter the code" (blame). */
const YOU_DIDNT = ['enter', 'include', 'add', 'select', 'tick', 'update', 'attach', 'provide', 'send', 'follow', 'tell us', 'told us', 'inform us', 'mention', 'register', 'activate', 'confirm', 'save', 'keep', 'return', 'pay', 'use', 'let us know'];

/** Reminding the customer you said it before (as-i-said); also keeps draft-tone-risk quiet on the same words. */
const AS_I_SAID: Matcher = {
  phrases: ['as mentioned,', 'as we mentioned', 'as we said', 'as we\'ve said', 'as we explained', 'as we\'ve explained', 'as I said', 'as I already said', 'as I\'ve said', 'as I mentioned', 'as I already mentioned', 'as I\'ve mentioned', 'as previously mentioned', 'as previously stated', 'as stated', 'as already explained', 'as I explained', 'as I\'ve explained', 'like I said', 'like I already said', 'I already told you', 'I\'ve already told you', 'as I told you', 'for the last time', 'per my last email', 'per my previous email', 'as I stated', 'as stated previously', 'as mentioned before', 'as mentioned previously', 'as mentioned earlier', 'as already mentioned', 'as I have said', 'as I have mentioned', 'as I have already', 'as I\'ve already', 'like I mentioned', 'like I told you', 'as already stated', 'as explained before', 'as explained previously', 'as per my previous', 'as per my last', 'I have already explained', 'I\'ve already explained', 'I already explained', 'I already mentioned', 'as previously advised', 'as advised earlier', 'as advised before', 'as previously informed', 'as informed earlier', 'as informed before', 'as I informed you', 'as previously communicated', 'I repeat', 'as mentioned in my', 'as mentioned in our last', 'as mentioned in our previous', 'as explained in my', 'as stated in my', 'as noted in my', 'as outlined in my', 'as detailed in my', 'as noted previously', 'as noted before', 'as outlined previously', 'as I noted', 'as I pointed out', 'as I outlined', 'as already noted', 'as already advised', 'as I advised', 'as I said before', 'like I said before', 'like I told u', 'as I told u', 'like i said b4'],
};

/** What the customer did wrong, said as the cause (you-should-have); also keeps draft-tone-risk quiet on the same words. */
const BLAME: Matcher = {
  phrases: ['it was your responsibility', 'it\'s your responsibility', 'it is your responsibility', 'that was your responsibility', 'that\'s your responsibility', 'this is your responsibility', 'was up to you to', 'it\'s up to you to make sure', 'you failed to', 'you didn\'t read', 'you did not read', 'if you had read', 'if you\'d read', 'you were supposed to', 'you forgot to', 'you neglected to', 'your fault', 'you didn\'t follow', 'you did not follow', 'you must have', 'you entered the wrong', 'you entered an incorrect', 'you selected the wrong', 'you chose the wrong', 'you ordered the wrong', 'you picked the wrong', 'you gave us the wrong', 'you provided the wrong', 'you provided an incorrect', 'you didn\'t check', 'you did not check', 'you ignored', 'due to your error', 'due to your mistake', 'user error', 'your mistake', 'your error', 'had you read', 'had you checked', 'had you contacted', 'you were meant to', 'you didn\'t bother', 'you never bothered', // What they did not do, said as the cause: "you didn't enter the code", "you never told us", "you were told to keep it".
    ...['didn\'t', 'did not', 'never'].flatMap((n) => YOU_DIDNT.map((v) => `you ${n} ${v}`)), 'be more careful', 'more carefully', 'pay more attention', 'you were told to', 'you were told not to', 'you were advised to', 'you were asked to', 'you were instructed to', 'you were clearly told', 'you were already told'],
  // What they should have done (not "you should have it by now", not "you shouldn't have had to wait"),
  // and what would not have happened if they had.
  pattern:
    '(?<!\\b(?:to|for|with|from|than) )\\byou (?:really |honestly |probably |just )?should(?:n[\'’]?t)?(?:[\'’]?ve| have| of) (?!had to\\b|received|got\\b|gotten|been|had\\b|heard|seen|it\\b|them\\b|one\\b|the\\b|an?\\b|your\\b|everything|all\\b)(?:double-|re-)?\\b(?:[a-z]+(?:ed|ne|wn|ught|ade|ent|ept|ead|ut)|let (?:us|me))\\b|\\bif you(?:[\'’]d| had) (?:just |only )?\\w+\\b[^.!?\\n]{0,80}\\b(?:wouldn[\'’]?t|would not|would have|would[\'’]ve|won[\'’]?t)\\b' +
    '',
  flags: 'i',
};

/** Words that talk down (condescending); also keep draft-tone-risk quiet on the same words. */
const CONDESCENDING = [
  // "It's actually really simple", "it's quite basic really", "as you'll know", "literally everyone finds it easy", "you clearly
  // didn't read it": what they should have known (10 drafts by 10 writers, all labelled).
  'it\'s actually really simple', 'it\'s actually very simple', 'it\'s actually quite simple', 'quite basic really', 'it\'s quite basic',
  'it\'s really basic', 'as you\'ll know', 'as you will know', 'as you\'ll be aware', 'as you will be aware', 'everyone finds it easy',
  'everyone finds it simple', 'literally everyone', 'you clearly didn\'t', 'you clearly did not', 'you clearly haven\'t',
  'obviously', 'it\'s obvious', 'it\'s quite obvious', 'it\'s pretty obvious', 'it\'s really obvious', 'it\'s fairly obvious', 'it\'s actually quite obvious', 'it\'s actually obvious', 'most people find it', 'most customers find it', 'most people find this', 'most people don\'t have', 'as you can clearly see', 'as anyone can see', 'as you should know', 'as you should be aware', 'needless to say', 'it\'s very simple', 'it\'s really simple', 'it\'s quite simple', 'it\'s not rocket science', 'surely you', 'I\'m sure you\'re aware', 'with all due respect', 'no offence', 'no offense', 'self-explanatory', 'clearly you', 'as I\'m sure you know', 'as you\'re probably aware', 'as you are probably aware', 'as you may be aware', 'it\'s pretty simple', 'it\'s super simple', 'is actually really simple', 'is actually very simple', 'is really not that hard', 'it\'s not that hard', 'it\'s not that difficult', 'most people manage', 'most customers manage', 'most people can do', 'most people figure', 'everyone else manages', 'did you even', 'did you actually read', 'let me spell it out', 'spell it out for you', 'I\'d gently point out', 'sweetie', 'sweetheart', 'my dear', 'ought to know', 'beginner mistake', 'rookie mistake', 'everyone knows', 'common sense', 'it\'s in the manual', 'hard to miss', 'can\'t miss it', 'cannot miss it', 'can\'t really miss it', 'right there on', 'right there in', 'right there at', 'right in front of you', 'I\'m sure you\'re very busy, but', 'I\'m sure you\'re busy, but', 'clearly labelled', 'clearly labeled', 'clearly marked', 'in big letters', 'in bold letters', 'plain as day', 'in plain sight', 'staring you in the face', 'if you\'d looked', 'if you had looked', 'it\'s all in the manual', 'clearly stated', 'clearly states', 'any business owner', 'very easy to find', 'really easy to find', 'is clearly explained', 'are clearly explained', 'was clearly explained', 'were clearly explained'];

/** REFUSAL's flat "we don't do…" as phrases (its pattern says it for no-without-alternative). */
const REFUSED_FLAT = ['do', 'give', 'accept', 'allow', 'refund', 'ship', 'deliver', 'exchange', 'sell', 'make exceptions'].flatMap((v) => [`we don't ${v}`, `we do not ${v}`]);

const REFUSAL: Matcher = {
  phrases: [
    'we can\'t', 'we cannot', 'we can not', 'I can\'t', 'I cannot', 'unable to', 'not able to', 'not possible', 'we don\'t offer',
    'we do not offer', 'we don\'t allow', 'we do not allow', 'not eligible', 'won\'t be able', 'will not be able', 'not allowed',
    'I\'m afraid not', 'we won\'t', 'we will not', 'no longer available', 'we no longer', 'have to decline', 'must decline',
    'has been denied', 'has been rejected', 'is not covered',
    // A decision said flat, and the no said as what we are not able to do: "your claim was declined", "that isn't something we're able to do".
    'request has been declined', 'request was declined', 'claim has been declined', 'claim was declined', 'application has been declined',
    'application was declined', 'appeal has been declined', 'appeal was declined', 'isn\'t something we\'re',
    'is not something we\'re', 'isn\'t something I\'m', 'not something we\'re', 'not something we are', 'not something we', 'not something I can', 'nothing I can do',
    'nothing we can do', 'nothing more I can do', 'nothing more we can do', 'can\'t be', 'cannot be', 'won\'t be possible',
    'isn\'t possible', 'isn\'t something we offer', 'isn\'t something we cover', 'isn\'t something we do', 'isn\'t something we can', 'isn\'t something we provide', 'isn\'t something we allow', 'is not something we offer', 'is not something we cover', 'is not something we do', 'is not something we can', 'is not something we provide', 'is not something we allow', 'isn\'t something I can', 'non-refundable', 'no refunds', 'there\'s no way', 'I\'m not able',
    'not an option', 'isn\'t an option', 'not doable', 'not feasible', 'no can do', 'can\'t do that', 'cannot do that', 'can\'t do it',
    'all taken', 'fully booked', 'sold out', 'out of stock', 'no longer in stock', 'no availability', 'not available', 'unavailable',
    'isn\'t allowed', 'is not allowed', 'not permitted', 'not going to be possible', 'we are not able', 'we\'re not able',
    'we aren\'t able', 'not in a position to', 'that won\'t be possible', 'we have no way', 'doesn\'t cover', 'does not cover',
    'don\'t cover', 'do not cover', 'doesn\'t qualify', 'does not qualify', 'don\'t qualify', 'do not qualify', 'final sale',
    'nothing more can be done', 'nothing else can be done', 'nothing that can be done', 'nothing more that can be done',
    'falls outside', 'fall outside', 'outside the scope', 'outside what I can', 'outside what we can', 'beyond what I can', 'beyond what we can',
    'not within my power', 'out of my power', 'decision stands', 'decision is final', 'decision remains',
    // The charge kept, said flat: "The fee remains on your account" (not a price: "the fee remains £5 a month").
    ...['fee', 'fees', 'charge', 'charges', 'fine'].flatMap((n) => [`${n} remains on`, `${n} remain on`, `${n} remains in place`, `${n} remains due`, `${n} remains payable`]),
    'nothing further we can', 'nothing further I can', 'nothing else we can do', 'nothing else I can do', 'not authorised to', 'not authorized to',
    'a no from us', 'a no from me', 'the answer is no', 'answer has to be no', 'have to say no',
    ...['given', 'offered', 'granted', 'issued', 'accepted'].flatMap((v) => [`are not ${v}`, `aren't ${v}`, `is not ${v}`, `isn't ${v}`]),
    ...['offer', 'promo', 'promotion', 'sale', 'deal', 'code', 'voucher', 'discount', 'coupon'].flatMap((n) => [`${n} has ended`, `${n} has expired`, `${n} is expired`, `${n} is over`, `${n} has finished`]),
  ],
  // A flat statement of what is not done: "we don't do refunds on sale items", "we don't remove reviews", "we don't take on
  // tuning bookings for…".
  pattern:
    '\\bwe (?:also |currently |just )?(?:don[\'’]?t|do not|never) (?:do|offer|give|provide|accept|allow|refund|ship|deliver|exchange|issue|sell|support|cover|price[- ]match|make exceptions|take on|remove|waive)\\b' +
    // "Refunds aren't possible", "this is not refundable", "your warranty doesn't cover…", "the claim was declined".
    '|\\b(?:is|are)(?:n[\'’]?t| not) (?:possible|available|refundable|returnable|eligible|covered|allowed|permitted|accepted|transferable|an option)\\b|\\b(?:request|claim|application|appeal|refund|return|complaint)\\b[^.!?\\n]{0,20}\\b(?:has been|have been|was|were) (?:declined|rejected|denied|refused)\\b',
  flags: 'i',
};

const ALTERNATIVE: Matcher = {
  phrases: [
    'instead', 'what I can do', 'what we can do', 'what you can do', 'what you could do', 'I\'d suggest', 'I would suggest', 'I\'d recommend', 'I would recommend', 'we suggest', 'we always suggest', 'we recommend', 'we always recommend', 'we\'d suggest', 'we\'d recommend', 'I can offer', 'we can offer', 'alternatively', 'another option', 'other option',
    'one option', 'an option', 'but I can', 'but we can', 'however I can', 'however we can', 'happy to', 'glad to', 'would you like',
    'how about', 'in the meantime', 'the best I can do', 'workaround', 'I can arrange', 'we could', 'I could', 'what I\'ll do',
    'options', 'you\'re welcome to', 'you are welcome to', 'I\'ve added', 'I have added', 'I\'ve passed', 'I have passed', 'I\'ve asked',
    'I have asked', 'I\'ll ask', 'who can', 'they can', 'they\'ll be able', 'but if you',
    // "If you'd like a refund instead…", "if you'd like me to…"; not "if you'd like anything else, just let us know".
    'if you\'d like a', 'if you would like a', 'if you\'d like an', 'if you\'d like to', 'if you would like to', 'if you\'d like me',
    'if you would like me', 'if you\'d like us', 'if you would like us', 'if you\'d like one', 'if you\'d prefer', 'if you would prefer',
    'if you\'d like the', 'if you would like the', 'if you\'d like, I', 'if you\'d like, we', 'if you would like, I', 'if you would like, we',
    'if you add', 'if you send', 'please reply with', 'please send', 'shall I', 'should I', 'I\'ve booked', 'I have booked',
    'I\'ve arranged', 'I have arranged', 'I\'ve ordered', 'I\'ve applied', 'I\'ve rebooked', 'I\'ve sent', 'I have sent',
    // Another option that is there: "the navy is in stock", "your gift card works on the sale", "the most we can do is…".
    'is in stock', 'are in stock', 'still in stock', 'back in stock', 'is available', 'are available', 'is still available', 'ships today',
    'ship today', 'ships tomorrow', 'works on', 'works for', 'work for', 'the most we can', 'the most I can', 'the best we can',
    // Who else may help: "your travel insurer, who may be able to assist".
    'who may be able', 'who might be able', 'staff can', 'staff will', 'desk can', 'agent can', 'agents can', 'crew can', 'may be able to help', 'may be able to assist', 'might be able to help', 'might be able to assist',
    // What is still there, said as a fact: "there's one at 11", "the resale page lets you sell it", "the warranty still covers it",
    // "a credit note is yours if you want it", "want me to reserve one?", "upgrading to Plus unlocks it".
    'there\'s one', 'there is one', 'there\'s another', 'there is another', 'there are other', 'there\'s also', 'there is also', 'there are also',
    'lets you', 'allows you', 'still covers', 'still cover', 'still valid', 'still works', 'is yours', 'are yours', 'if you want it', 'if you want one', 'if you want me', 'want me to',
    'do you want me', 'upgrading', 'if you upgrade', 'switching to', 'expected back', 'due back', 'due in', 'we expect more', 'restock',
    'here\'s a', 'here is a', 'there\'s a discount', 'there is a discount', 'you\'ll still get', 'you still get', 'you\'ll get a full', 'you get a full',
    'things I can do', 'things we can do', 'there\'s something I can do', 'there is something I can do', 'there\'s something we can do', 'there is something we can do', 'here\'s something', 'here is something', 'something else I can do', 'something else we can do', 'one thing I can do', 'one thing we can do', 'the best thing', 'that\'s something I can', 'that\'s something we can', 'that is something we can', 'I can do is', 'we can do is',
    // Good news beside the no: "so the repair is free", "the website works the same".
    'is free', 'are free', 'free of charge', 'at no cost', 'goodwill', 'works the same', 'works just as', 'also works',
    // The nearest thing, the best option left, a new offer, what stays usable, what is possible, and an offer that waits on
    // one thing from them: "the closest is the burgundy", "your best option is…", "there's a new one on the 1st", "the balance
    // stays on the card", "if you give me a street address, I'll…".
    'the closest is', 'the closest one', 'the closest match', 'the closest thing', 'the nearest one', 'the nearest equivalent',
    'closest alternative', 'best option', 'best bet', 'there\'s a new', 'there is a new', 'stays on',
    'stays valid', 'remains valid', 'can still be', 'can be used', 'if you give me', 'if you tell me',
    'if you let me know', 'if you can send', 'if you\'re able to', 'if you are able to',
  ],
  // What someone can still do: "I can …", "you can still …" (not "I can't", "isn't something we can guarantee", "anything else I can help with?").
  pattern:
    '(?<!\\b(?:no|some|any)thing (?:more |else )?|\\b(?:outside|beyond) what )\\b(?:I|we|you|they|partner|team|store|shop|centre) c(?:an|ould)(?!n?[\'’]?t\\b|not\\b)(?: still)? (?!not\\b|do\\b)[a-z]' +
    // Who else can: "the airline can, and their form is…", "the manufacturer does them free under warranty".
    '|\\b(?:manufacturer|airline|hotel|bank|seller|courier|retailer|insurer|colleague)s? (?:c(?:an|ould)|will|does|offers?)\\b(?! not|n[\'’]t)',
  flags: 'i',
};

/** Kinds of information a customer gives and a rep asks for, each said the way both sides say it ("the order
 * number" / "ORD-88314", "the amount" / "£59.99", "a photo" / "photo attached"): asks-for-given-info's `things`. */
const ID_WORDS = '(?:order|account|reference|ref|ticket|case|tracking|booking|invoice|policy|membership|member|customer|claim|confirmation|flight|serial|imei|registration|reg)';
const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const INFO_THINGS: Matcher[] = [
  `\\b${ID_WORDS}\\s?(?:number|no\\.?|#|id|code|reference|ref)(?![a-z])|\\b${ID_WORDS}\\s?(?:number|no\\.?|#|id)?\\s?(?:is\\s)?[:#]?\\s?[A-Z-]{0,12}\\d|\\b[A-Z]{2,5}-\\d{3,}\\b`,
  '\\bcard\\b|\\blast (?:four|4) (?:digits|numbers)\\b|\\bending(?: in)? \\d{4}\\b',
  '\\b(?:amount|how much)\\b|[£$€]\\s?\\d',
  '\\be-?mail\\b|@[\\w-]+\\.[a-z]',
  '\\b(?:photos?|pictures?|pics?|screenshots?|images?|video|attach\\w*)\\b',
  '\\b(?:post\\s?code|zip(?:\\s?code)?)\\b',
  '(?<!e-?mail )\\baddress\\b',
  '\\b(?:phone|mobile|telephone|contact number|call me on|reach me on|my number is)\\b|\\b\\d{3,5} ?\\d{3,4} ?\\d{3,4}\\b',
  '\\b(?:date of birth|dob|birthday|born)\\b',
  `\\bdates?\\b|\\bwhen you\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTHS}\\b|\\b${MONTHS}\\s\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b`,
  '\\b(?:receipt|proof of purchase)\\b',
  // The device: "which phone and what version of the app" after "Android 14, app version 3.2.1".
  '\\b(?:device|model|operating system|iOS|Android|iPhone|iPad|Pixel|Galaxy|browser)\\b|\\bversion\\b',
].map((pattern) => ({ pattern, flags: 'i' }));

/** Someone other than the rep's own reply: a third party, or another team the customer is sent to. */
const THIRD_PARTY = [
  'courier', 'couriers', 'bank', 'seller', 'manufacturer', 'maker', 'airline', 'retailer', 'store', 'shop', 'provider', 'landlord',
  'council', 'insurer', 'insurance company', 'carrier', 'post office', 'Royal Mail', 'DPD', 'UPS', 'FedEx', 'DHL', 'Evri', 'Hermes',
  'network', 'card issuer', 'merchant', 'vendor', 'supplier', 'hotel', 'organiser', 'organizer', 'developer', 'Apple', 'Google', 'ISP',
  'dealer', 'dealership', 'team', 'department', 'dept', 'agency', 'brand', 'operator', 'GP', 'pharmacy', 'venue', 'marketplace',
  'platform', 'partner', 'installer', 'contractor', 'them', 'directly', 'elsewhere', 'someone else', 'another', 'other company',
  'app store', 'utility', 'energy supplier', 'broadband provider', 'mobile provider', 'letting agent', 'estate agent', 'garage', 'driver',
  'people', 'folks', 'colleagues', 'specialists', 'advisers', 'advisors',
];

/** Words of the trade a customer should not need to know. */
const JARGON = ['SLA', 'RMA', 'backend', 'back-end', 'tier 2', 'tier two', 'tier 3', 'L2', 'L3', 'escalation matrix', 'ticket status', 'pending status', 'provisioning', 'propagate', 'propagation', 'the dev team', 'the devs', 'bug ticket', 'Jira', 'root cause', 'RCA', 'KB article', 'hotfix', 'ONT', 'OLT', 'CPE', 'DSLAM', 'TAT', 'AHT', 'CSAT', 'P2 ticket', 'INC number', 'work order', 'WO number', 'L1', 'tier 1', 'tier one', 'dispatch queue', 'ticket ID', 'SKU', 'provisioned', 'de-provisioned', 'reprovision', 'the CRM', 'our CRM', 'packet loss', 'firmware rollback', 'ticketing system', 'JIRA ticket', 'hotfix', 'escalated to engineering', 'QA', '3PL', 'LTL', 'our DC', 'the DC', 'CDN', 'presigned', 'multipart', 'auth token', 'KYC', 'BSS', 'FRM'];

/** A code (case-sensitive): not an everyday one (UK, SMS, PDF), not a reference (HB-77812), not a word of a shouted line. */
const CODE =
  "\\b(?=[A-Z][A-Z0-9])(?<![-/]|[A-Z]{2}[\\s,.!:;]{1,2}|[A-Z]{2} \\d{1,4} )(?!(?:UK|US|USA|EU|ID|PIN|SMS|PDF|TV|PC|USB|VAT|FAQ|OK|AM|PM|ETA|IT|HR|NHS|GP|SIM|URL|UTC|GMT|BST|ATM|IBAN|DIY|ASAP|VIP|FYI|PS|NB|CEO|BBC|IOS|MR|MRS|MS|DR|GB|MB|KB|TB|GHZ|MHZ|MPH|KM|KG|LED|LCD|HDMI|TBC|TBA|RSVP|PO|PS5|XL|XXL|CET|CEST|EST|PST|CSV|EUR|USD|GBP|AUD|CAD|CHF)\\b)[A-Z][A-Z0-9]+\\b(?![-’'/]|[\\s,.!:;]{1,2}[A-Z]{2}|\\s\\d)";
/** Three codes close together ("flagged as EST reads… an EAC uplift based on your previous supplier's AQ"). */
/** A code that is not an everyday one: three codes close together count only from one ("VAT", "PDF", "CET" alone do not make a reply jargon). */
const NOT_EVERYDAY_CODE = "\\b(?!(?:VAT|PDF|CSV|CET|UTC|GMT|UK|US|EU|EUR|USD|GBP|AUD|CAD|CHF)\\b)[A-Z][A-Z0-9]";
const THREE_CODES = `${NOT_EVERYDAY_CODE}[^\\n]{1,100}?\\b[A-Z][A-Z0-9][^\\n]{1,100}?\\b[A-Z][A-Z0-9]`;

/** An alternative next to the no: also something the rep has already done instead ("so I've upgraded it", "I've sent
 * a replacement"), not a report ("I've checked"). Only beside the refusal: a refund at the end of a long email is not
 * the alternative to a refusal in its middle. */
const ALTERNATIVE_NEAR: Matcher = {
  ...ALTERNATIVE,
  pattern: `${ALTERNATIVE.pattern!}|\\b(?:I|we)(?:['’]ve| have)(?: also| now| just| already)? (?!(?:check|look|tri)ed|seen|noticed|read|found|been|had|spoke|review|confirm|explain|told|got)[a-z]{3,}(?:ed|ent|ade|ut)\\b`,
};

/** Feelings a rep names back to an upset customer (regex source). */
const FEELINGS = '(?:angry|upset|annoyed|frustrated|furious|fed up|disappointed|cross|livid|worried|stressed|let down|anxious|hurt)';

/** Acknowledging how the customer feels. */
const ACK: Matcher = {
  phrases: [
    'I understand', 'I\'m sorry', 'I am sorry', 'so sorry', 'really sorry', 'I can see why', 'I can imagine', 'I hear you',
    'that must', 'frustrating', 'I get why', 'I apologise', 'I apologize', 'thank you for your patience', 'thanks for your patience',
    'I appreciate', 'upsetting', 'annoying', 'disappointing', 'not okay', 'not good enough', 'understandably', 'you\'re right',
    'you are right', 'fair point', 'understood', 'I completely understand', 'I totally get', 'I know how', 'I know this',
    'sorry to hear', 'sorry about', 'I can only imagine', 'must have been', 'understandable', 'no wonder', 'you have every right',
    'you\'re right to', 'rightly', 'I\'d feel the same', 'I would feel the same', 'stressful', 'worrying', 'distressing',
    'unacceptable', 'not acceptable', 'my apologies', 'apologies', 'I sincerely apologise', 'I sincerely apologize',
    // The wrong named as one ("40 minutes is far too long, sorry you were stuck waiting"), and "we understand your frustration".
    'sorry you', 'far too long', 'much too long', 'way too long', 'we understand', 'understand your', 'your frustration',
    // Said plainly, as in chat: "ugh, sorry, that's a mess", "that shouldn't have happened".
    'that\'s a mess', 'what a mess', 'that\'s awful', 'that\'s terrible', 'that\'s not right', 'that isn\'t right', 'that\'s not on',
    'shouldn\'t have happened', 'should not have happened', 'I\'d be annoyed', 'I\'d be upset', 'I\'d be frustrated', 'I\'d be furious',
    'I would be annoyed', 'I would be upset', 'I would be frustrated', 'ugh, sorry', 'oh no',
  ],
  // Their feeling named back to them: "I can understand why you're furious", "I know how upset you were", "I see why you'd be angry".
  pattern: `\\b(?:understand|see|get|know|appreciate|imagine) (?:why|how) (?:you (?:feel|felt)\\b|(?:much |badly )?you(?:[’']re| are| were| must be| must feel| feel| felt|[’']d be| would be)? (?:so |really |quite |very |this |that )?${FEELINGS}\\b|(?:so |really )?${FEELINGS} you\\b)`,
  flags: 'i',
};

const ESCALATION: Matcher = {
  phrases: [
    'supervisor', 'manager', 'team lead', 'team leader', '{escalate}', 'escalation', 'senior colleague', 'someone senior',
    'senior member', 'specialist team', 'second opinion', 'more senior', 'my lead', 'my boss', 'head of', 'duty manager', 'senior adviser',
    'senior advisor', 'complaints team',
  ],
};

const OWN_IT: Matcher = {
  phrases: [
    'my mistake', 'our mistake', 'my fault', 'our fault', 'our error', 'my error', 'we got this wrong', 'I got this wrong',
    'we made a mistake', 'I made a mistake', 'we should have', 'I should have', 'that\'s on us', 'that\'s on me', 'we dropped the ball',
    'we let you down', 'I take responsibility', 'we take responsibility', 'we messed up', 'we didn\'t get this right',
  ],
};

/** When the customer will hear from us next: only with a concrete time in the same sentence. */
const NEXT_CONTACT: Matcher = {
  pattern: `\\b(?:call|ring|email|update|text|contact|reply|get back|hear from|be in touch|check in)\\b[^.!?\\n]{0,50}\\b${WHEN_SRC}`,
  flags: 'i',
};

/** The customer says they are back about the same thing. */
const REPEAT_SAYS: Matcher = {
  phrases: [
    'third time', 'second time', 'fourth time', '{write} ... again', '{contact} ... again', '{ask} ... again', '{email} ... again',
    '{call} ... again', '{chase} ... again', 'back again', 'yet again', 'again and again',
    'I contacted you', 'I emailed you', 'I called you', 'I wrote to you', 'I\'ve contacted you', 'I\'ve emailed you', 'I\'ve called you',
    'I\'ve written to you', 'still waiting', 'already contacted',
    'already called', 'already emailed', 'already written', 'keep having to', 'how many times', 'several times',
    // Not "nobody has rung me" or "I have heard nothing" alone: a promised call that never came, or a long wait, is not
    // having to come back (writers of train8, train9 and train11 left 4 such threads unlabelled); no answer to them is.
    'multiple times', 'nobody has replied', 'no one has replied', 'nobody has answered', 'no one has answered', 'nobody has responded',
    'no one has responded', 'nobody has got back', 'no one has got back', 'heard nothing back', 'nobody got back', 'no one got back', 'nobody helped', 'no one helped',
    // Nobody answered, said any way: "still no answer", "nobody replied", "I never heard back". Not a delay alone ("it still
    // hasn't arrived": late, not back again), nor pushback in the same conversation ("I already told you…").
    'nobody replied', 'no one replied', 'nobody answered', 'no one answered', 'nobody responded', 'no one responded', 'still no answer',
    'still no reply', 'still no response', 'still no word', 'still no update', 'still no refund', 'still no sign', 'no reply yet', 'no response yet',
    'never heard back', 'haven\'t heard back', 'have not heard back', 'not heard back', 'never got a reply', 'never got an answer',
    'never got a response', 'no one got back to me', 'following up on', 'following up again', 'chasing this',
    'chasing up', 'I already sent', 'I\'ve already sent', 'I have already sent', 'I already gave', 'I already explained', 'already told your', 'already told someone', 'already told one of', 'already told them', 'already told the', 'already told you on the', 'already told you last',
    // "I wrote last week", "I sent the photos yesterday": they were here before.
    ...['I wrote', 'I {email}', 'I {call}', 'I rang', 'I phoned', 'I {message}', 'I {contact}', 'I sent'].flatMap((v) => ['last week', 'yesterday', 'days ago', 'week ago'].map((t) => `${v} ... ${t}`)),
  ],
  // "I've now written three times", "had to contact you FOUR times", "the 4th time I've asked", "reported it four times now".
  pattern:
    '\\b(?:written|wrote|contact(?:ed)?|e-?mailed|called|asked|chased|told|messaged|rung|phoned|explained|sent|reported|raised|complained)\\b[^.!?\\n]{0,30}\\b(?:twice|(?:three|four|five|six|\\d+|several|many|multiple) times)\\b|\\b(?:2nd|3rd|[4-9]th|third|fourth|fifth) (?:time|email|message|call|attempt|request)\\b' +
    // "Once again…" (not "once again, thanks"); "hi again!" alone is only friendly.
    '|\\bonce again\\b(?!,? (?:thanks?|thank you|many thanks|cheers)\\b)',
  flags: 'i',
};

const POLICY: Matcher = {
  phrases: [
    'our policy', 'company policy', 'the policy', 'policy states', 'per policy', 'terms and conditions', 'our terms', 'the terms',
    'our guidelines', 'the guidelines', 'the rules', 'our procedure', 'standard procedure', 'we are required to', 'we\'re required to',
    'as per', 'returns policy', 'return policy', 'refund policy', 'cancellation policy', 'warranty policy', 'cooling-off period',
    'cooling off period', 'return window', 'returns window', 'terms and conditions', 'that\'s the rule', 'the rule is',
    'the decision stands', 'outside the scope', 'membership agreement', 'the agreement', 'your agreement', 'our agreement', 'your contract',
    'the contract', 'contract terms', 'minimum term', 'notice period', 'terms say', 'terms state', 'the terms of', 'as per our', 'per our',
    // The rule named another way: "the fare rules", "conditions accepted at booking", "we can't make exceptions", "it applies to all".
    'fare rules', 'fare conditions', 'conditions of carriage', 'booking conditions', 'the conditions', 'make exceptions', 'no exceptions',
    'apply to all', 'applies to all', 'our rules',
    // …and the rule said as what applies to everyone, or to the thing ("every customer is treated the same way", "vouchers
    // cannot be used on sale items", "not payable under EU261").
    'treated the same', 'same for every', 'same for all', 'applies to everyone', 'apply to everyone', 'cannot be used on',
    'can\'t be used on', 'cannot be used for', 'can\'t be used for',
  ],
  // The rule quoted by its number: "section 4.2", "clause 7.2"; a policy named by its kind: "our baggage policy".
  pattern: '\\b(?:section|clause|paragraph|article|condition) \\d|\\bunder (?:EU|UK) ?\\d{3}\\b|\\bunder (?:the )?(?:\\w+ )?(?:regulations?|legislation)\\b|\\bpolic(?:y|ies)\\b(?<=\\b(?:our|the|this|that|your) (?:[a-z]{1,20}[ -]){1,2}polic(?:y|ies))',
  flags: 'i',
};

const OBJECTION: Matcher = {
  phrases: [
    'doesn\'t apply', 'does not apply', 'not applicable', 'my case is different', 'my situation is different', 'my case is not',
    'my situation is not', 'not my situation', 'isn\'t the same', 'not the same', 'doesn\'t fit', 'does not fit', 'you\'re not listening',
    'you are not listening', 'already explained', 'I explained', 'not what I asked', 'read my message', 'read my email',
    'this is different', 'it\'s different', 'special case', 'exception', 'your fault', 'not my fault', 'wasn\'t my fault',
    'was not my fault', 'through no fault', 'your mistake', 'your error', 'because of you', 'you cancelled', 'you canceled',
    'your rule', 'that rule', 'I know the policy', 'I know the rule', 'I understand the policy', 'I read the policy', 'I know that, but',
    'I know, but', 'yes but', 'but it was', 'but it arrived', 'but I never', 'but I didn\'t', 'faulty', 'never arrived', 'never received',
    'wasn\'t me', 'not me', 'doesn\'t make sense', 'makes no sense', 'unfair', 'not fair', 'shouldn\'t apply', 'should not apply',
    'shouldn\'t count', 'why are you still', 'nobody told me', 'no one told me', 'I was never told', 'not on the bill', 'not in the terms',
    'surely you can', 'make an exception', 'in hospital', 'wasn\'t my choice', 'out of my control', 'manufacturing defect',
    'how else', 'supposed to know', 'medical', 'bereavement', 'passed away', 'defect', 'defective', 'broke', 'broken', 'stopped working',
    'doesn\'t work', 'didn\'t work', 'not working', 'changing my mind', 'doesn\'t help', 'does not help',
    // The fact the rule rests on is wrong: "I'm not on the Plus plan", "your own app says so", "I never signed up".
    'I\'m not on', 'I am not on', 'I\'m not a', 'I am not a', 'your own app', 'your own website', 'your own site', 'your own email',
    'your own records', 'your own terms', 'your own policy', 'I never signed', 'I didn\'t sign', 'I did not sign', 'never agreed',
    'didn\'t agree', 'did not agree', 'not wear and tear', 'isn\'t wear and tear', 'not normal wear', 'not just the', 'brand new',
    'first trip', 'first use', 'first time I used', 'that\'s not true', 'that is not true', 'simply not true', 'not the case',
    'that\'s not right', 'that is not right', 'that\'s not correct', 'that is not correct', 'that\'s incorrect', 'that is incorrect', 'that\'s wrong',
    // Not the thing the rule is about ("it's got nothing to do with her knee", "I'm not asking for a refund, surely that's
    // different?"), or others do it ("other networks waive it").
    'nothing to do with', 'that\'s different', 'that is different', 'I\'m not asking', 'I am not asking', 'I\'m not cancelling',
    'I am not cancelling', 'other companies', 'other networks', 'other providers', 'other airlines', 'other banks', 'other shops',
    'other retailers', 'other gyms', 'other hotels', 'everyone else does', 'waive it', 'waive the',
  ],
  // "I know it's an annual contract but…", "I understand there's a notice period, but…": the rule granted, then why it doesn't fit.
  // …and "that policy can't apply here", "the rule shouldn't count for…".
  // …and an answer that opens on "but" ("but I'm leaving the country").
  pattern: '^\\W{0,3}but\\b|\\bI (?:know|understand|realise|realize|get|appreciate|accept|see|agree)\\b[^.!?\\n]{0,60}\\bbut\\b|\\b(?:policy|rule|terms?|clause|condition|fee|charge|limit|it|that|this) (?:can[\'’]?t|cannot|doesn[\'’]?t|does not|shouldn[\'’]?t|should not|wouldn[\'’]?t|won[\'’]?t) (?:possibly )?(?:apply|be applied|cover|count)\\b',
  flags: 'i',
};

/** The customer asks for a supervisor: "Speak to a manager", "get me your supervisor", "Manager. Now." (not "I'm the IT
 * manager", "my manager at work"). */
const SUPERVISOR_ASK: Matcher = { pattern: '\\b(?:supervisor|manager)s?\\b(?:(?<=(?:^\\W{0,3}|\\b(?:a|the|your|ur|yr|some|to|any|senior|duty) )(?:supervisor|manager)s?)(?<!\\bI(?:[\'’]m| am) (?:a|the) (?:supervisor|manager)s?)| (?:please|now|asap|immediately)\\b)', flags: 'im', phrases: ['someone senior', 'someone in charge', 'speak to someone else', 'talk to someone else', 'your boss', 'team lead', 'team leader', 'escalate', 'escalation', 'higher up', 'more senior', 'your superiors', 'higher authority', 'person in charge', 'in authority', 'senior person', 'senior staff', 'senior member', 'someone above you', 'above your head', 'your lead'] };

/** Someone will do something, at a concrete time, in one sentence ("you will get the confirmation by 2 pm today"). */
const TIME_PLAN: Matcher = {
  pattern: `\\b\\w+(?:'ll|’ll| will| shall)\\s[^.!?\\n]{0,80}\\b${WHEN_SRC}`,
  flags: 'i',
};

const NEXT_STEP: Matcher = {
  phrases: [
    ...PROMISE.phrases!, 'next step', 'what happens next', 'from here', 'once', 'as soon as', 'you\'ll receive', 'you will receive',
    'you\'ll get', 'you will get', 'you should receive', 'expect', 'please reply', 'reply with', 'send me', 'send us',
    'is on its way', 'I\'m going to', 'I am going to', 'we\'re going to', 'I\'ll', 'I will',
    'we\'ll', 'we will',
    // An option or a step the customer can take is a next step too.
    'you can', 'you could', 'you may', 'if you', 'let me know', 'feel free', 'just reply', 'reply to this',
    'go to the', 'go to your', 'go to our', 'go to settings', 'go to my', 'go to www', 'click', 'tap', 'here\'s how', 'here\'s a', 'here is a', 'here\'s the', 'here is the', 'here\'s your', 'here is your', 'to do this', 'attached', 'please', 'until then', 'in the meantime', 'meanwhile',
    // A conversation that is finished needs no step: "You're welcome, have a good day!"
    'you\'re welcome', 'you are welcome', 'glad', 'happy to help', 'have a great', 'have a good', 'have a nice', 'enjoy', 'take care',
    'no problem', 'no worries', 'anytime', 'my pleasure', 'all sorted', 'all done', 'all set', 'good luck',
    // A step done after a check: "I've checked the line and booked an engineer"; a slot ahead: "for Thursday".
    'back to you', 'let me', 'one sec', 'one moment', 'hang on', 'customers can', 'passengers can', 'members can', 'guests can',
    'and booked', 'and arranged', 'and scheduled', 'and sent', 'and refunded', 'and raised', 'and escalated', 'and passed',
    'and ordered', 'and issued', 'and credited', 'and requested', 'and reserved', 'and replaced', 'and applied', 'and added',
    'for Monday', 'for Tuesday', 'for Wednesday', 'for Thursday', 'for Friday', 'for Saturday', 'for Sunday', 'for tomorrow',
    // A day ahead ("the engineer comes on Thursday"); not a date that may be past ("went live on the 1st").
    'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'on next',
    // An instruction is a step too: "just use the returns portal", "hold the power button", "you need to restart it".
    'restart', 'reboot', 'reset', 'hold the', 'press the', 'turn off', 'turn on', 'switch off', 'switch on', 'unplug', 'plug in', 'just use',
    'use the', 'pick the', 'select', 'choose', 'log in', 'sign in', 'the link', 'the portal', 'the form', 'you need to', 'you\'ll need to',
    'you have to', 'you must', 'try',
    // Someone else's step ahead: "ask for Ida and she'll move you", "you'll see the confirmation within the hour".
    'she\'ll', 'he\'ll', 'they\'ll', 'she will', 'he will', 'they will', 'someone will', 'you\'ll see', 'you will see', 'ask for', 'just ask',
    // …a visit ahead ("a technician will come out to fit it"), and a step for them through someone else ("ask the physio to send
    // us the invoices", "ask your vet to refer you").
    'will come out', 'will come round', 'will visit', 'ask the', 'ask your',
    // A time ahead.
    'today', 'tonight', 'tomorrow', 'this morning', 'this afternoon', 'this evening', 'this week', 'next week', 'next month', 'next Monday',
    'next Tuesday', 'next Wednesday', 'next Thursday', 'next Friday', 'next Saturday', 'next Sunday',
    // Something done for them, in the passive ("your refund has been issued"), not a state or what should have been
    // ("has been travelling", "should have been confirmed"): the acts that put a problem right.
    'been sent', 'been issued', 'been refunded', 'been credited', 'been booked', 'been arranged', 'been scheduled', 'been dispatched',
    'been approved', 'been processed', 'been cancelled', 'been canceled', 'been applied', 'been added', 'been removed', 'been waived',
    'been reset', 'been fixed', 'been resolved', 'been escalated', 'been passed', 'been raised', 'been logged', 'been ordered',
    'been released', 'been updated', 'been corrected', 'been reversed', 'been replaced', 'been restored', 'been reactivated',
    'been unlocked', 'been posted', 'been shipped', 'been paid', 'been repaired', 'been extended', 'been renewed', 'been reinstated',
    'been rebooked', 'been reissued', 'been upgraded', 'been allocated', 'been assigned', 'been forwarded', 'been moved', 'been changed',
    // A way on, in the passive: "any appeal must be submitted through the appeal form", "claims can be made online".
    'be submitted', 'be requested', 'be claimed', 'be made through', 'be made via', 'be made online', 'be booked online',
  ],
  // So is a question to the customer, something the rep has done or is doing ("I've refunded",
  // "I'm sending" — not "I've checked", which only reports), a time ahead ("by Friday", "3 pm"), and what will be
  // done ("the fee will be refunded").
  pattern:
    '\\?|\\b(?:I|we)(?:[\'’]ve| have)(?: also| now| just| already)? (?!checked|looked|seen|noticed|read|found|had|been|got|spoken|tried|heard|understood|reviewed|gone through)[a-z]{3,}ed\\b|\\b(?:I[\'’]m|I am|we[\'’]re|we are) (?!afraid|sorry|not)[a-z]{3,}ing\\b|\\b(?:by|until|before|within) (?:the )?(?:\\d(?![\\d.]{0,6}\\s?%)|next|mon|tue|wed|thu|fri|sat|sun)|\\d\\s?[ap]\\.?m\\b|\\b(?:will|[\'’]ll) be [a-z]{3,}ed\\b' +
    // An offer from us ("I can send a courier", "we can swap it"), not "as far as I can see" or "I can't".
    '|\\b(?:I|we) can (?!see|tell|imagine|understand|appreciate|confirm|assure|only)[a-z]',
  flags: 'i',
};

/** Not knowing, said any way (dont-know's words). */
const DONT_KNOW: Matcher = {
  phrases: ['I don\'t know', 'I do not know', 'we don\'t know', 'we do not know', 'I don\'t really know', 'no idea', 'not sure', 'no clue', 'beats me', 'I\'m not certain', 'couldn\'t tell you', 'can\'t tell you', 'could not tell you', 'cannot tell you', 'beyond me', 'haven\'t a clue', 'haven\'t got a clue', 'dunno', 'idk', 'unsure', 'no way of knowing', 'no way to know', 'not certain', 'not a clue', 'no clue', 'hard to say', 'I wouldn\'t know', 'can\'t say for sure', 'cannot say for sure', 'can\'t say exactly', 'cannot say exactly', 'don\'t have an answer', 'do not have an answer', 'don\'t have any info', 'don\'t have any information', 'do not have any information', 'have no information', 'have no info', 'not having information', 'not having any information', 'no info on', 'not clear why', 'not clear to me', 'anyone\'s guess', 'who knows', 'your guess is as good as mine', 'no visibility', 'a mystery to me', 'a mystery to us', 'I\'m clueless', 'not in a position to say', 'not in a position to tell', 'I honestly don\'t know', 'I really don\'t know', 'I genuinely don\'t know', 'I just don\'t know', 'I simply don\'t know', 'I actually don\'t know', 'we honestly don\'t know', 'we really don\'t know', 'no one knows', 'nobody knows', 'no one here knows', 'nobody here knows', 'not aware of the reason', 'don\'t have that information', 'do not have that information', 'don\'t have those details', 'don\'t have that info', 'couldn\'t say', 'can\'t say', 'cannot say', 'not having idea', 'not having any idea', 'having no idea', 'not too sure', 'not so sure', 'not 100% sure', 'not a hundred percent sure', 'cannot tell when', 'can\'t tell when', 'cannot tell why', 'can\'t tell why', 'nobody seems to know', 'no one seems to know', 'nobody here seems to know', 'no one here seems to know', 'above my pay grade', 'above my paygrade', 'beyond my pay grade', 'over my head', 'out of my depth', 'not privy to', 'search me', 'no insight into', 'can\'t see into'],
  // Not knowing said as a clause: "not really sure what…", "we don't have any visibility on…", "I can't say
  // when…", "it's unclear why…", "no way for me to know…", "I am not aware why…".
  pattern:
    "\\bnot (?:really|quite|totally|entirely|exactly) sure\\b|\\b(?:I|we)(?: really| honestly)? (?:don[’']?t|do not|dont) have (?:any |the |that )?(?:visibility|info(?:rmation)?|details|an? (?:update|eta|date|answer|timeline))\\b|\\b(?:can[’']?t|cannot|couldn[’']?t) (?:really |honestly )?say (?:why|when|what|how|where|if|whether)\\b|\\bunclear (?:why|when|what|how|where|whether)\\b|\\bno way (?:for (?:me|us) )?(?:of knowing|to (?:know|tell|say))\\b|\\bnot aware (?:of )?(?:why|what|when|how|where|whether)\\b",
  flags: 'i',
};

/** Sending the customer elsewhere (not-my-department's words; who they are sent to is checked by the rule). */
const SENDS_ELSEWHERE: Matcher = {
  phrases: ['not really my area', 'not really our area', 'not really my department', 'not really our department', 'handled by ... not me', 'handled by ... not us', 'rather than support', 'not my department', 'not our department', 'thing, not ours', 'area, not ours', 'department, not ours', 'side, not ours', 'thing not ours', 'not our area', 'not our side of things', 'take that up with', 'take this up with', 'I\'m just the chat', 'I\'m only the chat', 'I just work in', 'I only work in', 'I\'m just in billing', 'I\'m only in billing', 'I\'m just in sales', 'I\'m only in sales', 'not my job', 'not my problem', 'not our problem', 'not my responsibility', 'not our responsibility', 'nothing to do with me', 'nothing to do with us', 'you\'ll have to contact', 'you will have to contact', 'that\'s a different department', 'that\'s another department', 'wrong department', 'not something I deal with', 'not something we deal with', 'not something our team', 'not something my team', 'we only look after', 'I only look after', 'we don\'t look after', 'not something that we deal', 'not handled by us', 'aren\'t handled by us', 'isn\'t handled by us', 'you\'ll need to contact', 'you will need to contact', 'you need to contact', 'can\'t help with', 'cannot help with', 'take it up with', 'not something I handle', 'not something we handle', 'not our area', 'not my area', 'outside my remit', 'outside our remit', 'beyond my remit', 'you\'d have to ask', 'you would have to ask', 'you need to ask', 'you\'ll need to speak', 'you will need to speak', 'you need to speak', 'you need to call', 'you\'ll need to call', 'you will need to call', 'you\'ll have to call', 'you\'ll have to ask', 'please contact the courier', 'please contact the seller', 'please contact the manufacturer', 'please contact the airline', 'please contact the retailer', 'please contact your bank', 'please contact your provider', 'please contact your airline', 'please contact your insurer', 'kindly contact', 'I can only help with', 'we only handle', 'we only deal with', 'I only deal with', 'we don\'t handle', 'we do not handle', 'I don\'t handle', 'we don\'t deal with', 'not handled here', 'wrong team', 'wrong place', 'their department', 'out of our hands', 'out of my hands', 'not handled by our', 'handled by another', 'handled by a different', 'revert to the', 'department for the same', 'contact them directly', 'contact them yourself', 'call them directly', 'get in touch with them directly', 'reach out to them directly', 'raise it with them', 'a matter for', 'a question for', 'one for the', 'is the one to', 'are the ones to', 'is the place to', 'is responsible for', 'are responsible for', 'only the ... can help', 'only they can help', 'handles ... not us', 'handle ... not us', 'deals with ... not us', 'deal with ... not us', 'handles ... not me', 'handles that, not', 'handles this, not', 'not us', 'not something ... can help', 'I only handle', 'I only deal with', 'I just handle', 'we only handle', 'I don\'t deal with', 'I do not deal with', 'I don\'t handle', 'we\'re just the', 'we are just the', 'we\'re only the', 'we are only the', 'handles that', 'handle that', 'deals with that', 'deal with that'],
  // Sending the customer elsewhere: "you'd need to take this up with…", "please reach out to…", "I'd suggest
  // getting in touch with…", "try contacting…" (who they are sent to: not-my-department's ifNear).
  pattern:
    "\\b(?:you(?:[’']d| would| will|[’']ll)? (?:need|have|want|be best|be better(?: off)?)(?: to)?|you should|please|best to|better to|I[’']d (?:suggest|recommend|advise)|I (?:suggest|recommend|advise)|try|kindly) (?:contact(?:ing)?|call(?:ing)?|ring(?:ing)?|speak(?:ing)? (?:to|with)|talk(?:ing)? to|get(?:ting)? in touch with|reach(?:ing)? out to|rais(?:e|ing)(?: this| it)? with|tak(?:e|ing) (?:this|it) up with|check(?:ing)? with|ask(?:ing)?) (?!us\\b|me\\b)",
  flags: 'i',
};

// ---- Texts reused in cases --------------------------------------------------------------

const LONG_PLAIN =
  'Thank you for writing to us about the delay with your delivery. Delivery times can vary depending on the region and the carrier, and the busy season often adds a few extra days to every route. We appreciate your patience and understanding.';
const LONG_CHAT =
  'Thanks for waiting. I looked at your account and the plan you are on includes the router, the installation visit and the first month of service, but the second router you mentioned was ordered separately through the online shop, which is why it shows as a different charge on the bill. The shop order has its own return window and its own refund process, and it is handled by a separate team from the one that looks after your broadband plan, so the two charges will not be combined on a single statement.';
const POLICY_LINE = 'Our returns window is 30 days from delivery and items must be unused in the original packaging.';
const REFUND_AGAIN = customer('This is the third time I am writing about my refund and nobody has replied.');

export const defaultPack: Pack = {
  $schema: '../../assets/guidance-pack.schema.json',
  schemaVersion: 1,
  id: 'heard-default',
  name: 'Heard default guidance',
  version: '1.0.0',
  author: 'The Heard project',
  description:
    'What customers dislike hearing, and what to do instead: no dead-end answers, promises with a time, a way forward after a no, escalation when asked, and care with angry or returning customers.',
  locale: 'en',
  updated: '2025-06-01',
  changelog: '1.0.0: first version.',
  rules: [
    {
      id: 'dont-know',
      kind: 'structure',
      // A dead end is also a reply without a next step: one card says both.
      supersedes: ['no-next-step'],
      title: 'A dead-end "I don\'t know"',
      severity: 'warn',
      when: DONT_KNOW,
      // The fix is already there: a plan and a time in the same sentence or the next. And "I don't
      // know if you…" is a polite opener, not a dead end.
      unlessNear: [
        { within: 'rest', all: [PLAN, TIME] },
        { within: 'next-sentence', all: [PLAN, AT_ONCE] },
        // Not knowing one detail, then what is known, in the same sentence: "I don't know the centre's fees, so I can't tell
        // you the exact amount, but your policy pays 80% of it". Not a shrug after the "but" ("but maybe try again").
        { within: 'sentence', all: [{ pattern: '\\b(?:don[\'’]?t know|do not know|can[\'’]?t tell you|cannot tell you|not sure|can[\'’]?t say)\\b[^.!?\\n]{0,100}?\\bbut (?!(?:maybe|perhaps|probably|possibly|it just|it[\'’]s just|sorry|I[\'’]m sorry|try|you (?:could|can|might) try|hopefully|I hope|I guess|I think|I suppose|unfortunately|that[\'’]s|that is|it happens|these things)\\b)[a-z]', flags: 'i' }] },
        { within: 'next-sentence', all: [{ phrases: ['what I can do', 'what we can do', 'notification list', 'the moment it', 'the minute it', 'as soon as it'] }] },
        // The customer's doubt, not the rep's ("if you're unsure of the password…"), and polite openers ("I don't know if you've seen…").
        { within: 'clause', all: [{ phrases: ['don\'t know if you', 'don\'t know if you\'ve', 'don\'t know if you\'re', 'do not know if you', 'not sure if you', 'not sure if you\'ve', 'not sure if you\'re', 'not sure whether you', 'don\'t know whether you', 'not sure if this helps', 'don\'t know if this helps', 'not sure if that helps', 'not sure I understand', 'not sure I follow', 'not sure what you expected', 'what else you expect', 'what you expect', 'not sure why you think', 'don\'t know why you think', 'not sure where you got', 'don\'t know where you got', 'how else to explain', 'how else to put', 'how else I can explain', 'how else to say', 'say it better', 'say I blame', 'say enough', 'say how sorry', 'say how grateful', 'say for certain, so', 'say for sure, so', 'can\'t tell you how', 'cannot tell you how', 'couldn\'t tell you how'], pattern: '\\byou(?:[\'’]re| are|[\'’]re not| are not| aren[\'’]?t)? (?:not |still )?(?:unsure|sure|certain)\\b|\\byou (?:don[\'’]?t|do not|may not|might not) know\\b|\\byou (?:have|had) no (?:idea|clue)\\b|\\bif unsure\\b', flags: 'i' }] },
      ],
      advice: 'Say how you will find the answer and when you will come back with it. If you can\'t find it yourself, offer to ask a supervisor, and log the promise so it is kept.',
      why: 'Not knowing is normal; saying so without a plan tells the customer they have hit a dead end.',
      examples: ['Let me find that out for you; I\'ll reply by 3 pm today.', 'I\'m checking this with our billing team and will update you this afternoon.', 'If I can\'t confirm it myself, I\'ll ask my supervisor and come back to you tomorrow morning.'],
      actions: ['offer-escalation', 'log-callback'],
      tags: ['dead-end'],
      tests: {
        shouldMatch: ['I don\'t know what happened to your order', 'Honestly I dont know why it was charged twice.', 'I do not know when the courier will arrive.', 'No idea, sorry.', 'I\'m not  sure\nabout that one.', 'hmm not a clue tbh, never seen that error', 'Hard to say why the app logs you out, it just does that sometimes.', 'Sorry, I am not having information about the shipment at this moment.', 'idk why it did that, maybe try again?', 'Not really sure what happened there.', 'We don\'t have any visibility on the courier\'s schedule.', 'I really can\'t say why that happened.', 'It\'s unclear why the payment failed.', 'There is no way for me to know when it ships.', 'Your guess is as good as mine.', 'I honestly don\'t know where it is now.', 'Honestly I have no visibility on that.', 'I\'m not in a position to say when it will ship.', 'That\'s a mystery to me too.'],
        shouldNotMatch: ['I don\'t know the hardness of your water. Bring a sample in and we\'ll test it while you wait.', 'I\'ll find out what happened and get back to you by 3pm.', 'Let me know if the parcel arrives.', 'Make sure the cable is plugged in.', 'I know this has been frustrating.', 'Hi Ana, I don\'t know yet, but I\'m checking with the warehouse now and I\'ll reply by 3 pm today.', 'I don\'t know yet. I\'ve asked the courier and will update you tomorrow morning.', 'I don\'t know if you\'ve seen our new tracking page, but it shows every scan.', 'If you\'re unsure of the password, the reset link sends a new one at once.', 'If you don\'t know your account number, your postcode and name are enough.', 'No idea yet why it stalled, so I\'ve asked the depot and I\'ll message you by 5 pm.', 'We don\'t have an update yet, so I\'ve asked the depot and I\'ll message you by 5 pm.', 'I can\'t say enough how sorry I am.', 'I\'m not aware of any charges on your account after March.', 'I don\'t know the clinic\'s fee, but your policy pays 80% of it.'],
      },
    },
    {
      id: 'promise-no-time',
      kind: 'structure',
      title: 'A promise without a time',
      severity: 'suggest',
      when: PROMISE,
      unlessNear: [
        { within: 'sentence', all: [TIME] },
        { within: 'clause', all: [CONDITIONAL] },
        // Kept at once (in its own clause: "the team is re-uploading them now, and I'll email you once they're up" is not),
        // or an assurance rather than a follow-up ("we'll make sure it doesn't happen again", "I'll make sure you get them": 3
        // drafts by 3 writers, none labelled a promise without a time; "I'll make sure it's sorted" still asks for a time).
        // …or another team's step, tied to theirs ("the repair team will confirm that once they've checked it"), or to the
        // customer's own ("we'll send a confirmation link, and once you click it the change is done").
        { within: 'clause', all: [{ phrases: [...AT_ONCE.phrases!, 'when I write back', 'when I reply', 'when I get back to you', 'when I call you', 'when I next', 'in my next', 'with my update', 'in the same email', 'at the same time', 'automatically'], pattern: '\\bmake sure you (?:get|have|receive|keep)\\b|\\bmake sure\\b[^.!?\\n]{0,50}\\b(?:again|never|nothing|no one|nobody|doesn[\'’]?t|does not|won[\'’]?t|isn[\'’]?t|knows?|is aware|are aware)\\b|\\b(?:once|when|after) they(?:[\'’]ve| have)\\b', flags: 'i' }] },
        // A sentence that opens on the customer's condition: "If you'd rather…, I can…, and we'll send…",
        // "Let me know if it doesn't arrive, and I'll take a look"; an ask of theirs first ("Send a scan and I'll confirm the price").
        // …and a promise that was not kept, told as what happened: "we didn't come back to you".
        { within: 'sentence', all: [{ pattern: '(?:^|(?<=[.!?:]\\s{1,3})|(?<=\\n)|(?<=^[-•*]\\s))(?:[Ii]f|[Ss]hould you|[Ii]n case|[Uu]nless|[Ll]et me know|[Tt]ell me|[Jj]ust reply|[Rr]eply|[Ss]end|[Uu]pload|[Ff]orward|[Mm]essage me)\\b|\\b(?:didn[\'’]?t|did not|never|haven[\'’]?t|have not|hasn[\'’]?t|failed to|forgot to) (?:\\w+ ){0,2}?(?:get|got|come|came|call|reply|respond|follow|reach|contact|update)\\b|\\b(?:[Oo]nce|[Ww]hen|[Aa]fter|[Aa]s soon as) you(?:[\'’]ve| have)? (?:click|tap|open|confirm|reply|send|sign|log|verify|accept|pay|return|drop)', flags: 'm' }] },
        // Timed by an event whose time the next or previous sentence gives: "A decision comes within
        // 5 working days. I'll email you as soon as it's made."
        // …or by someone's progress ("Your new slot is 2-4pm today. I'll text you when he's 30 minutes away").
        { within: 'around', all: [TIME, { pattern: '\\b(?:as soon as|the moment|once) (?!possible\\b|I can\\b|we can\\b)|\\bwhen (?:he|she|they|it)(?:[\'’]s|[\'’]re| is| are| has| have)\\b', flags: 'i' }] },
      ],
      advice: 'Add when the customer will hear from you: a day, a time, or a window you can keep. Then log it so you get a reminder.',
      why: '"I\'ll get back to you" with no time leaves the customer waiting and wondering; a time makes it a promise they can count on.',
      examples: ['I\'ll call you back before 5 pm today.', 'You\'ll hear from me by Thursday midday, even if it\'s only an update.'],
      actions: ['log-callback'],
      tags: ['promise'],
      tests: {
        shouldMatch: ['Our resorts team will review it and contact you in due course.', 'I\'ll get back to you.', 'We will call you back once we hear from the warehouse.', 'I\'ll look into this and let you know.', 'Someone will contact you about the refund.', 'The courier comes by 6 pm. I\'ll get back to you soon about the refund.', 'We\'ll look into it and follow up.', 'The request has been forwarded to the concerned team for needful action.', 'lemme check and get back to u', 'I\'ll have a look and come back to you.', 'Someone from the team will reach out soon.', 'Thanks. Will update you asap.', 'We will investigate and respond at the earliest.', 'Our billing team will get back to you about the refund.', 'Your request will be actioned in due course.', 'A new date will be sent out.', 'We\'re looking into it and will update you.', 'Roadside help is on its way to you at junction 14 and someone will call you back about a hire car.', 'I\'ll let you know if anything changes.'],
        shouldNotMatch: ['I\'ll also keep an eye on it from our side.', 'You still want the chairs, and I\'ll make sure you get them.', 'I\'ll get back to you by Friday.', 'I\'ll call you back within 2 hours.', 'Thanks for waiting, your refund is complete.', 'I\'ll email you the label this afternoon.', 'Your parcel left today. I\'ll email you the tracking link by 6 pm.', 'If you\'d rather swap, I can give you 20% off, and we\'ll send the grips free.', 'The team decides within 5 working days. I\'ll email you as soon as they have.', 'Let me know if it doesn\'t arrive, and I\'ll take a look.', 'Someone from the team will call you tomorrow before noon.', 'The team will confirm once they\'ve checked it.', 'A new date will be sent out by Friday.', 'Your new slot is 2-4pm today. I\'ll text you when he\'s 30 minutes away.', 'These fees are only charged if you fly, so they come back to you in full.', 'Send a scan of the form and I\'ll confirm the price.'],
      },
    },
    {
      id: 'promise-with-time',
      kind: 'structure',
      title: 'Log this promise',
      severity: 'info',
      when: COMMITMENT,
      // The time is read from the promise's own sentence; a promise that waits on the customer is
      // logged once they answer.
      ifNear: { within: 'sentence', all: [TIME] },
      unlessNear: [
        // …and what the person doing the job will have or need, not an act ("the driver will also have your mobile number",
        // "the engineer will need access to the meter on Friday"), and a consequence ("send it by Friday, otherwise your place
        // will be released").
        { within: 'clause', all: [{ ...CONDITIONAL_UNLESS_CHECK, pattern: `${CONDITIONAL_UNLESS_CHECK.pattern!}|\\b(?:otherwise|or else)\\b|\\b(?:driver|courier|engineer|technician|fitter|crew member|inspector|installer|plumber|electrician),? will (?:also |still )?(?:have (?:your|the|a|an|all)\\b|need|know|want|be able)` }, UNTIMED_ACT] },
        { within: 'clause', all: [REPLY_ASK, UNTIMED_ACT] },
        { within: 'clause', all: [DELIVERABLE_UNTIMED] },
        // "in a few minutes", "a minute or two", an email "within 5 minutes": nothing to set a reminder for; "usually within a day": an estimate (also with the act between: "we'll usually pay within 10 working days", "which normally delivers in 2 days").
        // …and what should already have happened ("you should have got an email from us on Monday"): past, not a promise.
        // …and money that stops ("your last donation was taken on 1 February and nothing more will come out"): not an act to log.
        { within: 'clause', all: [{ pattern: '\\b(?:within|in) (?:a few|a couple of) min|\\ba minute or two\\b|\\b(?:usually|normally|typically|generally) (?:[a-z]+ ){0,2}?(?:within|in|by|about|around|takes|\\d)|\\bshould(?:[\'’]?ve| have) (?:got|gotten|had|received|heard|been)\\b|\\b(?:nothing|no (?:more|further) \\w+)(?: more| else| further)? will (?:come|go) out\\b|' + DELIVERABLE_IN_MINUTES.pattern!, flags: 'i' }] },
        { within: 'clause', all: [DELIVERABLE_ARRIVES_UNTIMED] },
      ],
      advice: 'You have promised something for a set time. Log it as a callback so Heard reminds you before it is due.',
      why: 'A promise kept on time is what customers remember; a forgotten one undoes the whole conversation.',
      examples: [],
      actionHint: '(Log: call back tomorrow 10:00 about the replacement.)',
      actions: ['log-callback'],
      tags: ['promise'],
      tests: {
        shouldMatch: ['He\'ll be with your mother on Tuesday between 9am and 11am.', 'You\'ll have a decision from our claims team within 10 working days.', 'I can guarantee the money will be back in your account by tomorrow.', 'An inspector will visit the flat on Monday at 9am.', 'They\'ll confirm in this chat within 15 minutes.', 'The tuner, Michael, will arrive between 1pm and 3pm.', 'I\'ll call you back tomorrow morning.', 'I will get back to you by 4pm.', 'We\'ll send the replacement within 2 business days.', 'I\'ll update you on Monday.', 'Hi Ana, I don\'t know yet, but I\'m checking with the warehouse now and I\'ll reply by 3 pm today.', 'You will get the confirmation from me by 2 pm today.', 'I\'m going to ring you at 14:30.', 'will call u tmrw morning', 'Our engineer will visit on March 14th.', 'I\'ll check the payment again within the next hour.', 'We will refund you within 3-5 working days.', 'She\'s finishing a call and will be with you within 10 minutes.', 'You\'ll hear from our returns team by Friday.', 'I\'ll call you tomorrow at 10, let me know if that doesn\'t suit.', 'Sam from billing will call you at half past two.', 'I\'ll ring you back in the morning if that\'s OK.', 'You\'ll hear back by Friday midday, even if it\'s only an update.', 'The replacement will be dispatched today and you\'ll have the tracking by 6 pm.', 'You\'ll get a call from our engineer between 8 and 10 tomorrow.', 'She\'s on another chat, she\'ll message you here within 15 minutes.', 'not sure, let me check with the warehouse, back to you in 5 min', 'Once I have it, I\'ll refund the rest no later than the 14th.', 'If I don\'t hear back by 5 pm today I\'ll put the order on hold.', 'If we get cut off I\'ll call you back within 10 minutes.', 'The M goes out the same day, and it should be with you within 3 working days.', 'I\'ve rebooked the engineer for Tuesday 8-10am.', 'I can send the new one today.', 'If it hasn\'t arrived by Thursday, reply here and I\'ll chase the courier on Friday morning.', 'You\'ll get the cancellation confirmation by email within the next hour.', 'If it hasn\'t arrived by Friday, I\'ll send a replacement.', 'If the refund still isn\'t there by the 20th, I\'ll chase the bank.', 'Your bin has been added to the list and will be emptied on Thursday.', 'I\'ve requested the readings and will pay you by 30 April.', 'The £8 will be added to your next payment on the 1st.', 'If it hasn\'t appeared by noon tomorrow, just reply to this email and I\'ll raise a claim.', 'I\'ve put a provisional hold on the date until 5pm next Friday.', 'The courier will deliver it on Thursday between 8am and 6pm.', 'I\'ve escalated it and they\'ll action it within 24h.', 'They\'ll be packed and ready to collect by noon on Tuesday.', 'Expect a call from Luca on Thursday morning between 8 and 9.', 'I\'d like to call you on Thursday to talk it through.', 'The first slot is Saturday at 9am, and I\'ve held it for you.', 'Our driver will take the chairs over on Friday morning.', 'Ana, our technician, will set it up on Thursday at 2pm.', 'The door code will come by text on Friday at 8am.', 'You\'ll have our decision by Wednesday.', 'It\'ll go out with tomorrow\'s post.', 'He will call you on Monday at 11, if that time is convenient.'],
        shouldNotMatch: ['You\'ll have a decision from the insurer within 10 working days.', 'Your parcel will arrive by Friday.', 'I\'ll get back to you.', 'The store opens at 9am.', 'Your parcel was delivered yesterday.', 'The courier comes by 6 pm. Reply to this email and I\'ll get back to you soon.', 'You\'ll get a confirmation email today with the refund reference.', 'I\'ve opened a claim with the courier and you\'ll hear from them within 5 working days.', 'If that doesn\'t fix it, reply here and I\'ll book an engineer; the earliest slot is Friday.', 'Let me know by Friday and I\'ll book it.', 'Two make-up classes are scheduled for Saturday 12 July.', 'The replacement will be dispatched as soon as it\'s back in stock.', 'The parcel sat at the depot for a week; I\'ll find out why.', 'You should see the refund on your statement within 5 days.', 'The file will be emailed to you within a few minutes.', 'Reply with the new address and I\'ll update the order today.', 'If you can reply by Friday, I\'ll book it.', 'I\'ve refunded it today and it will be back on your card within 3–5 working days.', 'Once we have the photos, our team will replace the panel within 10 working days.', 'Roadside help is on its way to you at junction 14 and someone will call you back about a hire car.', 'The courier will deliver it as soon as it clears customs.', 'We\'ll usually pay within 10 working days of receiving it.', 'Your last donation was taken on 1 February and nothing more will come out.', 'The engineer will need access to the meter on Friday.', 'Send it by Friday, otherwise the slot will be released.', 'Your transfer on the 21st is booked and the driver will also have your number.'],
      },
    },
    {
      id: 'no-without-alternative',
      kind: 'structure',
      supersedes: ['no-next-step'],
      title: 'A "no" with nothing after it',
      severity: 'warn',
      when: REFUSAL,
      // Not bare when an alternative comes in the sentence before, the same one or anywhere after.
      unlessNear: [
        { within: 'around', all: [ALTERNATIVE_NEAR] },
        { within: 'rest', all: [ALTERNATIVE] },
        // "I can't see a payment yet" or "sorry I can't be more help" is not a refusal (the phrases); nor good news said with a
        // negative ("we won't charge you for it"), the customer's own case ("if you're unable to come"), a no that is only a
        // condition ("and if they can't be reached I'll refund it", "stop swearing, otherwise I won't be able to help") or a description ("the amount that cannot be refunded"); a
        // "not yet" ("we can't refund until the promoter releases the funds", "I can't give you a date yet").
        { within: 'clause', all: [{ phrases: [...['able', 'unable'].flatMap((a) => ['any', 'a', 'an', 'the', 'your', 'it', 'that', 'anything'].map((w) => `${a} to see ${w}`)), 'able to find', 'unable to find', 'able to tell', 'unable to tell', 'position to say', 'position to tell', 'can\'t say', 'cannot say', 'can\'t be sure', 'cannot be sure', 'can\'t see', 'cannot see', 'can\'t find', 'cannot find', 'can\'t tell', 'cannot tell', 'can not tell', 'can\'t imagine', 'can\'t thank', 'can\'t wait', 'can\'t believe', 'can\'t stress', 'can\'t say enough', 'was out of stock', 'were out of stock', 'was sold out', 'were sold out', 'was unavailable', 'was not available', 'wasn\'t available', 'were fully booked', 'was fully booked', 'can\'t be right', 'can\'t be correct', 'cannot be right', 'can\'t be more help', 'can\'t be of more help', 'cannot be of more help', 'can\'t be more helpful', 'couldn\'t be more help', 'can\'t give you a date', 'cannot give you a date', 'can\'t give you an exact', 'cannot give you an exact', 'can\'t give you a time', 'can\'t confirm when', 'cannot confirm when'], pattern: '\\buntil (?:they|he|she|it|we|the|our|your|then)\\b|\\bwe (?:won[\'’]?t|will not) (?:charge|bill|need|ask|take any|be charging|hold)|\\b(?:if|in case|unless) [^.!?,;\\n]{0,30}?(?:n[\'’]t|\\bnot|\\bunable)\\b|\\botherwise,? (?:I|we)\\b[^.!?,;\\n]{0,20}?(?:n[\'’]t|\\bnot|\\bunable)\\b|\\b(?:amount|item|part|cost|money|fee|charge|good|thing|sum|balance|portion|product)s? (?:that|which) can(?:[\'’]?t|not) be\\b', flags: 'i' }] },
        // …"…since accidental damage isn't covered" (the reason for something else, not the no itself), reassurance ("your data can't be seen by anyone else"), good news ("not eligible for a refund as it hasn't been
        // charged", "can't be returned as it's already been refunded"), the customer's own trouble ("sorry you were unable
        // to log in") and what follows an act ("once cancelled, the booking cannot be reinstated").
        { within: 'clause', all: [{ pattern: '\\byou(?:[\'’]re| are| were| was)? (?:unable|not able)\\b|\\b(?:seen|accessed|used|read|viewed|shared|opened|changed) by (?:anyone|anybody|someone else|third|fraudsters?|strangers?)\\b|\\bfor (?:anyone|anybody|someone else|fraudsters?) (?:else )?to\\b|\\b(?:has|have|had)(?:n[\'’]t| not) been (?:charged|taken|billed|debited)\\b|\\balready (?:been )?(?:refunded|cancell?ed|credited|paid)\\b|\\bonce (?:cancell?ed|deleted|closed|confirmed|submitted)\\b|\\bsince\\b[^.!?\\n]{0,60}\\bcovered\\b', flags: 'i' }] },
        // Who else can, what was kept for them, what we do have, next to the no, or a time hedged and what is known: "the branch can do it on the spot", "the desk
        // at pickup can add them", "I've held the same room for July", "we do have a 14-day price promise".
        {
          within: 'around',
          all: [{
            phrases: ['I\'ve held', 'I have held', 'I\'ve kept', 'I have kept', 'I\'ve saved', 'I\'ve set aside', 'I\'ve put aside', 'I\'ve reserved', 'I have reserved', 'we do have', 'we do offer', 'we do sell', 'we do stock', 'what we do have', 'what we do offer',
              // …and a no beside not knowing or beside sending them elsewhere ("I don't really know…, so I couldn't tell you if it can be
              // repaired", "We only deal with permits… so we are unable to help"): the dead end is dont-know's or not-my-department's card;
              // writers label no bare no there (0 of 37 drafts labelled dont-know, 0 of 30 labelled not-my-department, 12 writers).
              ...DONT_KNOW.phrases!, ...SENDS_ELSEWHERE.phrases!.filter((p) => !/\b(?:can|unable|responsible)/.test(p))],
            // …and a time hedged, then what is known: "I can't promise the exact time, but the driver's window is 9-1 tomorrow".
            pattern: '\\b(?:the|our|your)\\s(?:(?!(?:and|but|or|so|we|I|it|that)\\b)[\\w-]+\\s){0,3}?(?:can|could|will be able to|is able to|are able to|may be able to)\\s(?!not\\b|only\\b)|\\bcan(?:[\'’]t|not) (?:promise|guarantee)\\b[^.!?\\n]{0,80}\\bbut\\b',
            flags: 'i',
          }],
        },
      ],
      advice: 'Keep the no if it is right, and add what you can do: another option, a partial step, or who can decide otherwise.',
      why: 'A bare refusal sounds like the end of the conversation; an alternative shows you are still working for them.',
      examples: ['We can\'t refund an opened item, but I can offer an exchange or store credit.', 'That isn\'t possible on this plan; what I can do is…'],
      tags: ['refusal'],
      tests: {
        shouldMatch: ['no we don\'t remove reviews, sorry', 'Unfortunately we\'re unable to offer a refund, as the event is still going ahead. If you\'d like anything else, just let us know.', 'That isn\'t something we can do.', 'Items lost in the rollback can\'t be restored. Is there anything else I can help with?', 'Early check-in isn\'t something we can guarantee.', 'Sorry but the window seats are all taken on that train.', 'we are not in a position to refund a used ticket', 'Nope, that size is sold out.', 'We can\'t refund opened items.', 'Unfortunately that is not possible.', 'I\'m unable to change the delivery address now.', 'You are not eligible for the discount.', 'No, it\'s company policy, nothing I can do.', 'We don\'t do refunds on sale items, sorry.', 'That\'s not something we offer unfortunately.', 'Refunds aren\'t possible after 30 days.', 'This item is not refundable.', 'Your warranty doesn\'t cover water damage.', 'I\'m afraid your refund request has been declined.', 'Sale items are final sale.', 'That option isn\'t available on your plan.', 'Your item falls outside this window.', 'Straps aren\'t covered under the warranty.', 'We also don\'t sell replacement straps on their own.', 'The screen isn\'t something we cover.', 'The offer has ended.', 'That promo is expired, sorry.', 'The late fee remains on your account.'],
        shouldNotMatch: ['Please stop swearing, otherwise I won\'t be able to help you.', 'I\'m not sure what is wrong with it, and repairs on that model aren\'t possible.', 'We can\'t refund it. If you\'d like a credit note instead, just say.', 'We can\'t refund opened items, but I can offer store credit.', 'That\'s not possible for this order; instead, I can arrange a repair.', 'Your refund has been approved.', 'I can change the address for you.', 'I can\'t see an incoming payment on your account yet.', 'I can\'t refund the tickets, because the organiser only refunds cancelled events. What I can do is list them on our resale page.', 'The blue is sold out, but the navy one ships today if you\'d like it.', 'The 9 am slot is fully booked; would 11 am work instead?', 'We won\'t charge you for the second delivery.', 'If you\'re unable to come on Tuesday, the engineer can do Thursday.', 'The card was declined at the petrol station, so I\'ve unfrozen it now.', 'Refunds aren\'t possible after 30 days, but I can offer store credit.', 'The repair should be free, since accidental damage isn\'t covered and this is a fault.', 'Your warranty doesn\'t cover water damage, but our repair partner can fix it for a flat £49.', 'I can\'t say for certain what caused it, so I\'ve booked an engineer for Thursday.', 'I can\'t promise the exact time, but the driver\'s window is 9-1 tomorrow and you\'ll get a text an hour before.', 'We can\'t guarantee a slot before Friday, but the earliest one is Thursday afternoon if another customer cancels.', 'A burning smell isn\'t something we\'d expect, so please stop using it.', 'That code has expired, so I\'ve sent you a new one.', 'I\'m contacting the rider now, and if they can\'t be reached I\'ll refund the order in full.', 'If you feel this doesn\'t cover it, tell me and I\'ll take it to my manager.', 'Please send the invoice showing the amount that cannot be refunded.', 'Sorry I can\'t be more help with the mortgage side.', 'I can\'t lift the ban from support. What you can do is appeal to the security team.', 'We cannot refund until the promoter releases the funds.', 'Unfortunately I can\'t give you a date for the new stock yet.', 'We can\'t cover flights, which is why we always suggest travel insurance.'],
      },
    },
    {
      id: 'repeats-earlier-reply',
      kind: 'conversation',
      check: 'repeats-agent',
      title: 'Sending the same answer again',
      severity: 'warn',
      // Just over half of the earlier answer sent back: writers label it from about there (4 drafts between 0.51 and 0.6
      // labelled, by 4 writers; 1 unlabelled).
      similarity: 0.51,
      minSharedWords: 8,
      advice: 'The customer already has this answer and wrote back anyway. Ask what does not fit their case, answer that part, or escalate.',
      why: 'Repeating a line the customer has pushed back on tells them they are not being listened to.',
      examples: ['I may have missed something: what about your case is different from the usual return?', 'Since the standard answer doesn\'t fit, I\'m asking my team lead to look at it.'],
      actions: ['offer-escalation'],
      tags: ['listening'],
      tests: {
        shouldMatch: [
          { draft: 'Hi Sam, annual passes are non-refundable once the first visit has been made. I\'m sorry, that is the rule for every pass.', thread: [{ role: 'agent', text: 'Hi Sam, annual passes are non-refundable once the first visit has been made, as set out in the terms you accepted when you bought it. Thanks, Lee' }, { role: 'customer', text: 'But I am moving abroad, surely that is different?' }] },
          { draft: `As mentioned, ${POLICY_LINE.toLowerCase()}`, thread: [{ role: 'agent', text: POLICY_LINE }, { role: 'customer', text: 'But it arrived broken!' }] },
          { draft: POLICY_LINE, thread: [{ role: 'agent', text: `Hi Ana, ${POLICY_LINE} Thanks.` }, { role: 'customer', text: 'That does not help me.' }] },
          { draft: `Hello again. ${POLICY_LINE} Kind regards.`, thread: [{ role: 'agent', text: POLICY_LINE }, { role: 'customer', text: 'Please read my message.' }] },
        ],
        shouldNotMatch: [
          { draft: 'I\'m sorry it arrived broken. Damage in transit isn\'t covered by the return window, so I\'ve started a replacement today.', thread: [{ role: 'agent', text: POLICY_LINE }, { role: 'customer', text: 'But it arrived broken!' }] },
          POLICY_LINE,
          { draft: POLICY_LINE, thread: [{ role: 'customer', text: 'How long do I have to return a jacket?' }] },
        ],
      },
    },
    {
      id: 'policy-after-objection',
      kind: 'conversation',
      check: 'policy-after-objection',
      title: 'Policy again, after they said it doesn\'t fit',
      supersedes: ['policy-only-reason'],
      severity: 'warn',
      policy: POLICY,
      objection: OBJECTION,
      // Not when the draft takes the objection up: "You're right that the terms weren't written for a case like this".
      unlessNear: [{ within: 'around', all: [{ phrases: ['you\'re right', 'you are right', 'fair point', 'a case like this', 'a case like yours', 'your case is different', 'a different case', 'is different', 'an exception', 'make an exception', 'wasn\'t written for', 'weren\'t written for', 'doesn\'t fit', 'does not fit', 'doesn\'t apply', 'does not apply', 'no problem taking', 'no problem accepting', 'happy to take it back', 'happy to accept', 'we can still take', 'we can still accept', 'I can still take', 'I can still accept'] }] }],
      advice: 'The customer has told you their case is different. Ask what is different, check whether the rule really applies, and if you can\'t bend it, offer a supervisor.',
      why: 'Guidelines are there to help, not to hide behind; quoting them again after an objection reads as not listening.',
      examples: ['You\'re right that a faulty item is a different case; let me check what we can do.', 'If this falls outside what I can approve, I\'ll ask my supervisor today.'],
      actions: ['offer-escalation'],
      tags: ['policy', 'listening'],
      tests: {
        shouldMatch: [
          { draft: 'As previously stated, vouchers cannot be used on sale items.', thread: customer('But a gift voucher is basically money? It\'s not an offer.') },
          { draft: 'Compensation is not payable under EU261 for air traffic control delays.', thread: customer('That\'s not correct. Other passengers were told it was a technical fault.') },
          { draft: 'I\'m afraid our returns policy is 30 days from delivery.', thread: customer('The 30-day policy shouldn\'t apply, the fault only showed on day 35 and it\'s a manufacturing defect.') },
          { draft: 'Our policy is that returns must be made within 30 days.', thread: customer('The 30-day rule doesn\'t apply, the item was faulty from day one.') },
          { draft: 'As per the terms and conditions, we cannot reopen the order.', thread: customer('My situation is different: I never received it.') },
          { draft: 'I have to follow the guidelines here.', thread: [{ role: 'agent', text: 'Refunds go to the original card.' }, { role: 'customer', text: 'That card is closed, you\'re not listening.' }] },
          { draft: 'As per our terms, any symptom noted before the start date counts. The decision stands.', thread: [{ role: 'agent', text: 'The claim was declined because the notes mention a limp in March.' }, { role: 'customer', text: 'That limp was a thorn in her paw, it has nothing to do with her knee.' }] },
          { draft: 'There is an early termination fee in your terms and conditions.', thread: [{ role: 'agent', text: 'You have 7 months left, so the fee is £84.' }, { role: 'customer', text: 'but I\'m moving abroad, other networks waive it for that' }] },
        ],
        shouldNotMatch: [
          { draft: 'You\'re right that a fault is different. I\'ve asked our returns team to treat it as a warranty claim and will update you by noon.', thread: customer('The 30-day rule doesn\'t apply, the item was faulty.') },
          { draft: 'Our policy allows returns within 30 days.', thread: customer('Can I return this?') },
          { draft: 'Our returns window is 30 days as the yeast goes off. Yours is fresh, so there\'s no problem taking it back.', thread: customer('I know your returns are 30 days, but is there any chance?') },
          'Our policy allows returns within 30 days.',
        ],
      },
    },
    {
      id: 'supervisor-request',
      kind: 'conversation',
      check: 'ignores-supervisor-request',
      title: 'They asked for a supervisor',
      severity: 'warn',
      request: SUPERVISOR_ASK,
      escalation: ESCALATION,
      advice: 'Asking for a supervisor is a fair request. Say that you will pass it on, or involve one, and when they will hear back; if you keep the case, say why and still offer it.',
      why: 'Ignoring the request makes the customer push harder; offering it openly often calms things down.',
      examples: ['Of course. I\'ve asked my supervisor to review your case and she will contact you by tomorrow noon.', 'I can bring in my team lead; meanwhile, here is what I have already done.'],
      actions: ['offer-escalation'],
      tags: ['escalation'],
      tests: {
        shouldMatch: [
          { draft: 'I understand. Let me check your order again.', thread: customer('I want to speak to a manager.') },
          { draft: '', thread: customer('Can you escalate this to your supervisor?') },
          { draft: 'The parcel is with the courier.', thread: [{ role: 'customer', text: 'Put me through to your boss.' }, { role: 'agent', text: 'I can help you with that.' }, { role: 'customer', text: 'Still no answer.' }] },
          { draft: 'Let me look at the order again.', thread: customer('I want to talk to someone more senior than you.') },
        ],
        shouldNotMatch: [
          { draft: 'I\'ve asked my supervisor to review this and she\'ll call you today.', thread: customer('I want to speak to a manager.') },
          { draft: 'Thanks for your patience.', thread: [{ role: 'customer', text: 'I want a manager now.' }, { role: 'agent', text: 'I have escalated this to my team lead.' }] },
          { draft: 'It\'s on its way.', thread: customer('Where is my parcel?') },
          { draft: 'I\'ve asked my lead, Priya, to review this; she\'ll email you by noon.', thread: customer('Get me someone more senior, please.') },
        ],
      },
    },
    {
      id: 'unanswered-customer',
      kind: 'conversation',
      check: 'unanswered-customer',
      title: 'The customer is waiting for a reply',
      severity: 'info',
      maxWords: 4,
      acknowledgement: { phrases: ['thanks', 'thank you', 'got your', 'received', 'I see', 'I understand', 'sorry', 'on it', 'looking into', 'checking'] },
      advice: 'Reply today, even briefly: say you have read their message and when they will hear more.',
      why: 'A short reply tells the customer someone read their message; silence feels like being ignored.',
      examples: ['Thanks, I\'ve read this and I\'m checking it now; you\'ll hear from me by 4 pm.'],
      actions: ['log-callback'],
      tags: ['responsiveness'],
      tests: {
        shouldMatch: [
          { draft: '', thread: customer('Hello? Is anyone there?') },
          { draft: 'Ok.', thread: customer('My order has not arrived.') },
          { draft: '   ', thread: [{ role: 'agent', text: 'Hi!' }, { role: 'customer', text: 'Any news?' }, { role: 'note', text: 'Checked the warehouse.' }] },
        ],
        shouldNotMatch: [
          { draft: 'Thanks, checking now.', thread: customer('My order has not arrived.') },
          { draft: '', thread: [{ role: 'customer', text: 'Hi' }, { role: 'agent', text: 'Hello, how can I help?' }] },
          { draft: 'Your refund was processed this morning and should show within 3 days.', thread: customer('Where is my refund?') },
        ],
      },
    },
    {
      id: 'repeat-contact-ack',
      kind: 'conversation',
      check: 'customer-said',
      title: 'They had to come back: say so',
      severity: 'suggest',
      customer: REPEAT_SAYS,
      // "Again" must be about their coming back ("sorry you had to reach out again", "thanks for
      // writing again"), not "it works again".
      unless: {
        pattern: '\\b(?:sorry|apologi[sz]e|apologies|thanks?|thank you|had to|have to|having to|need(?:ed)? to)\\b[^.!?\\n]{0,60}\\b(?:again|twice|more than once|(?:the|an|that) extra|repeat\\w*|chas(?:e|ed|ing)|(?:two|three|four|five|several|many|multiple|\\d+) (?:times|requests|e-?mails|messages|calls|attempts|tries)|(?:second|third|fourth|fifth|2nd|3rd|4th) (?:time|request|e-?mail|message|call))\\b',
        flags: 'i',
        phrases: ['had to ask', 'you\'re right', 'you are right', 'a different way', 'another way', '{write} ... again', '{contact} ... again', '{chase} ... again', '{ask} ... again', '{email} ... again', '{call} ... again', '{come} back', 'back again', 'hello again', 'hi again', 'again about', 'again for this', 'once again', 'yet again', 'sorry ... again', 'had to contact', 'had to chase', 'had to write', 'had to call', 'had to follow up', 'had to come back', 'not the first time', 'several times', 'more than once', 'I can see you\'ve', 'I see you\'ve', 'I can see that you\'ve', ...['your', 'my', 'our', 'two'].map((w) => `${w} previous`), 'the previous replies', 'the previous messages', 'previous messages', 'previous emails', 'previous calls', 'previous requests', 'previous replies', 'previous contact', 'previous correspondence', 'earlier', 'last time', 'history', 'following up', 'for the follow-up', 'chasing', 'bearing with', 'been waiting', 'kept waiting', 'you waited', 'sorry for the wait', 'sorry about the wait', 'sorry for the delay', 'sorry about the delay', 'patience while', 'wait since', 'waiting since', 'third time', 'second time', 'fourth time', 'repeated', 'multiple times', 'having to', 'got back in touch', 'getting back in touch', 'in touch again', 'nobody replied', 'no one replied', 'nobody got back', 'no one got back', 'didn\'t get back', 'didn\'t reply', 'didn\'t hear back', 'did not hear back', 'no reply', 'unanswered', 'went unanswered', 'I know you\'ve', ...['you\'ve been', 'you have been'].flatMap((b) => ['waiting', 'chasing', '... patient', 'trying', 'left', 'passed', 'through', 'bounced', 'going', 'kept', 'let down', 'without', 'contacting', 'writing', 'calling', 'asking', 'told', 'promised', 'so'].map((w) => `${b} ${w}`)), 'you\'ve already', 'you have already', 'already told', 'already explained', 'already sent', 'still waiting', 'still hasn\'t', 'still haven\'t', 'still not', 'taken this long', 'taken so long', 'so long to', 'dragged on', 'nobody came back', 'no one came back', 'nobody got in touch', 'no one got in touch', 'didn\'t come back', 'never came back', 'never got back', 'runaround', 'run-around', 'let this slip', 'let it slip', 'dropped the ball', 'fell through', 'back and forth', 'going round in circles', 'shouldn\'t have had to', 'should not have had to'],
      },
      minWords: 6,
      advice: 'Acknowledge that they had to come back, show you have read the history, and say what is different this time.',
      why: 'A customer who has had to chase expects to start from zero; showing you know the history is the fastest way to rebuild trust.',
      examples: ['I\'m sorry you\'ve had to write to us again about this.', 'I\'ve read your earlier messages, so you don\'t need to explain it again.'],
      tags: ['repeat-contact'],
      tests: {
        shouldMatch: [
          { draft: 'Could you send the reference numbers you have been given, please?', thread: customer('Hello? This is the third time I have written.') },
          { draft: 'Results sometimes take a few extra days. Can I take your date of birth to look you up?', thread: customer('I emailed about my results and nobody has replied.') },
          { draft: 'Your refund request has been received and will be reviewed by our team shortly.', thread: REFUND_AGAIN },
          { draft: 'Please allow 5 to 7 working days for the refund to arrive.', thread: customer('I am still waiting for my refund after two weeks.') },
          { draft: 'Thank you for contacting us, I have checked your order.', thread: customer('How many times do I have to ask about this?') },
          { draft: 'Thanks for your email. I\'ve reset the meter and readings will show again by tomorrow.', thread: [{ role: 'customer', text: 'I\'m writing again because nobody answered my last email.' }] }, { draft: 'An engineer will be in touch to arrange a visit.', thread: customer('I\'ve now written three times about my broken dishwasher.') }],
        shouldNotMatch: [
          { draft: 'Results sometimes take a few extra days. Can I take your date of birth to look you up?', thread: customer('My blood test results were meant to be back Monday and nobody has rung me.') },
          { draft: 'You are still on the list, and I have checked where you are on it today.', thread: customer('I put my name down two years ago and I have heard nothing at all. Am I still on the list?') },
          { draft: 'I\'m sorry you\'ve had to contact us again about this. I\'ve checked your refund myself and it goes out today.', thread: REFUND_AGAIN },
          { draft: 'Your refund request has been received and will be reviewed by our team shortly.', thread: customer('Hi, where is my order?') },
          { draft: 'Checking now.', thread: REFUND_AGAIN },
          { draft: 'Thanks for chasing this, and sorry it has dragged on. I\'ve reset the meter and readings show from tomorrow.', thread: [{ role: 'customer', text: 'I\'m writing again because nobody answered my last email.' }] }, { draft: 'Sorry you\'ve had to ask twice. It was sent on Monday.', thread: customer('This is the 2nd time I\'m asking. Where\'s my refund??') }],
      },
    },
    {
      id: 'as-i-said',
      kind: 'phrases',
      title: '"As I already said"',
      severity: 'warn',
      // "As stated in our terms": where a rule is written, not a reminder that you said it before.
      unlessNear: [
        { within: 'clause', all: [{ pattern: '\\bas (?:stated|mentioned|explained|set out|shown|described) (?:in|on|under) (?:(?:the|our|your) (?!(?:last|previous|earlier) )|(?:section|clause|paragraph|part|article|point|page|schedule) \\d)', flags: 'i' }] },
        // A recap of the call the two of them just had ("As we said on the phone: Sam comes on Wednesday"), said as "we":
        // "as I said on the phone, you need to…" still points at the customer.
        { within: 'clause', all: [{ pattern: '\\bas we(?:[\'’]ve)? (?:said|mentioned|discussed|agreed)(?: (?:on|during|over|in) (?:the|our|today[\'’]s) (?:phone|call|phone call)\\b| just now\\b| earlier today\\b|,? when we spoke\\b)', flags: 'i' }] },
      ],
      phrases: AS_I_SAID.phrases!,
      advice: 'Drop the reminder that you said it before and explain it another way: shorter, or with a step they can take.',
      why: 'Pointing out that you already said it puts the blame on the customer for not understanding.',
      examples: ['Let me put it another way: …', 'To make this easier, here is the one step that matters: …'],
      tags: ['blame'],
      tests: {
        shouldMatch: ['As I already said, the refund takes 5 days.', 'Like I said, restart the router.', 'I already told you the store is closed.', 'As previously advised, the voucher expired in May.', 'like i told u, its 5 days', 'I have already explained that the fee is fixed.', 'As stated in my previous email, the fee is fixed.'],
        shouldNotMatch: ['As you said, the box was damaged, and I\'m sorry.', 'I said I\'d call today, so here I am.', 'As promised, here is your label.', 'As you mentioned, the box was wet when it came.', 'I explained the fee to my manager, and she agreed to waive it.', 'Our returns window is 30 days, as stated in our terms and conditions.', 'As we said on the phone: the fitter comes on Monday.'],
      },
    },
    {
      id: 'you-should-have',
      kind: 'structure',
      title: 'Blaming the customer',
      severity: 'warn',
      when: BLAME,
      unlessNear: [
        // "If you didn't tick the box, I can add it now": a case, not blame.
        { within: 'clause', all: [{ pattern: '\\b(?:if|whether|unless|in case|worry) you (?:didn|did not|never)', flags: 'i' }] },
        // The rep's own care, not theirs: "I should have read the notes more carefully", "we didn't check it more carefully".
        { within: 'clause', all: [{ pattern: '\\b(?:I|we)(?:[\'’]ll| will| should(?:[\'’]ve| have)| didn[\'’]?t| did not| could(?:[\'’]ve| have)| need to| must)\\s(?:\\w+\\s){1,4}?more careful(?:ly)?\\b', flags: 'i' }] },
        // What they were charged for and did not do, in their favour: "a £45 charge for a minibar you didn't use", "billed for
        // calls you never made".
        { within: 'clause', all: [{ pattern: '\\b(?:for|on) (?:a|an|the|some|any|two|three|\\d+|[a-z]+s)\\b(?: [\\w£$€.-]+){0,3}? you (?:didn[\'’]?t|did not|never) (?:use|order|make|receive|request|ask for|want|buy|book|authori[sz]e|agree to)\\b', flags: 'i' }] },
        { within: 'clause', all: [{ phrases: ['even if', 'not your fault', 'wasn\'t your fault', 'not your mistake', 'wasn\'t your mistake', 'not your error', 'wasn\'t your error', 'was not your fault', 'isn\'t your fault', 'is not your fault', 'you must have been', 'you must have felt', 'you must have had'] }] },
      ],
      advice: 'Leave out what they did wrong; say what happens now, and if a step matters for next time, offer it as a tip.',
      why: 'Blame makes the customer defend themselves instead of working with you, even when it is accurate.',
      examples: ['Next time, adding the code at checkout will apply the discount automatically.', 'Let\'s fix this one now: …'],
      tags: ['blame'],
      tests: {
        shouldMatch: ['You should have read the terms before buying.', 'You shouldve contacted us earlier.', 'It says so on the box, you didn\'t read it.', 'You forgot to add the code.', 'You really should have checked the roaming list.', 'You should of picked express shipping.', 'If you\'d chosen signature on delivery this wouldnt happen.', 'The parcel went back because you entered the wrong postcode.', 'Had you read the email, you would know the date.', 'This is a user error, the settings were changed on your side.', 'You didn\'t enter the code at checkout so it didn\'t apply.', 'You never told us you had moved.', 'You were told to keep the receipt.', 'Please be more careful with the address next time.', 'If you\'d set the default tax code when you first added the supplier this wouldn\'t have happened.'],
        shouldNotMatch: ['You shouldn\'t have had to write three times about a £45 charge for a minibar you didn\'t use.', 'You should receive it tomorrow.', 'I should have read your notes more carefully.', 'We didn\'t check it more carefully before sending it, and that\'s on us.', 'You have every right to be upset.', 'Next time the code at checkout applies the discount automatically.', 'You shouldn\'t have had to wait that long.', 'You should have it now.', 'You asked for a manager, and you should have one.', 'Accidental damage is covered, even if it was your fault.', 'We sent it to the wrong postcode, and that\'s on us.', 'It wasn\'t your mistake: our form hid the postcode field.', 'You must have been so worried when it didn\'t arrive.', 'If you didn\'t tick the box, I can add the insurance now.', 'Don\'t worry if you didn\'t keep the receipt: the order number is enough.'],
      },
    },
    {
      id: 'condescending',
      kind: 'phrases',
      title: 'Sounds condescending',
      severity: 'suggest',
      // "Obviously we want to put this right": about us, not about what they should have known.
      unlessNear: [{ within: 'clause', all: [{ pattern: '\\bobviously,? (?:we|I|our|my|that(?:[\'’]s| is)n?[\'’]?t?|this (?:isn[\'’]?t|is not|shouldn[\'’]?t|should not))\\b', flags: 'i' }] }],
      phrases: CONDESCENDING,
      advice: 'Take out the word that implies the customer should have known, and just give the information.',
      why: 'What is obvious to you after a hundred tickets is new to them; words like "obviously" make them feel small.',
      examples: ['The setting is under Account > Billing.', 'Here\'s where to find it: …'],
      tags: ['blame', 'sarcasm'],
      tests: {
        shouldMatch: ['As you\'ll know, this is explained in the leaflet.', 'It\'s actually really simple, just click Redeem.', 'Obviously the charger is in the box.', 'With all due respect, that is how it works.', 'It\'s very simple: press reset.', 'Most people manage the setup in ten minutes.', 'As you may be aware, the code is printed on the box.', 'did you even open the manual?', 'Food is zero-rated, which anyone doing their own VAT ought to know.', 'It\'s quite a common beginner mistake.'],
        shouldNotMatch: ['Everyone finds the new layout confusing at first, so here\'s where the button went.', 'The charger is in the small box under the tray.', 'Thank you for your respect and patience.', 'Here\'s a simple way to reset it.', 'Most people find the quick-start card the easiest place to begin.', 'The setup takes about ten minutes, and I can stay on the line with you.', 'Obviously we want to put this right for you today.'],
      },
    },
    {
      id: 'calm-down',
      kind: 'phrases',
      title: 'Telling them to calm down',
      severity: 'warn',
      // A boundary said as a condition ("I'll keep helping as long as we can keep it civil") is the team's policy, not an order.
      unlessNear: [{ within: 'clause', all: [{ pattern: '\\b(?:as long as|so long as|provided|if) (?:we|you)(?: can)? keep (?:it|this|things|the conversation) (?:civil|respectful|polite)\\b', flags: 'i' }] }],
      phrases: ['calm down', 'relax', 'settle down', 'no need to shout', 'no need to yell', 'no need to get upset', 'no need to be upset', 'don\'t be upset', 'don\'t get upset', 'you\'re overreacting', 'you are overreacting', 'take a deep breath', 'chill out', 'no need to be rude', 'lower your voice', 'calm yourself', 'please be calm', 'stay calm', 'keep calm', 'no need to get angry', 'no need to be angry', 'no need for that tone', 'no need for that language', 'take it easy', 'don\'t shout', 'stop shouting', 'stop yelling', 'worked up', 'getting so upset', 'getting emotional', 'being emotional', 'hysterical', 'being dramatic', 'cool down', 'cool off', 'let\'s all calm', 'pls relax', 'no need to be so aggressive', 'no need to be aggressive', 'no need to be so rude', 'stop the shouting', 'keep this civil', 'keep it civil', 'no need to be like that', 'no need for all that',
        // "Shouting won't get this sorted any faster": the same order, said as what shouting does (and its words are this card's,
        // so draft-tone-risk says nothing more on them: 5 drafts by 5 writers label calm-down there, none the tone card alone).
        ...['shouting', 'yelling', 'swearing', 'getting angry', 'being rude'].flatMap((w) => [`${w} ... won't get`, `${w} ... won't help`, `${w} ... won't make`, `${w} ... will not get`])],
      advice: 'Name the problem and what you will do about it instead. If the customer is abusive, use your team\'s boundary policy rather than telling them how to feel.',
      why: 'Being told to calm down almost always makes people angrier; acknowledging the reason for the anger does the opposite.',
      examples: ['I can see why this is upsetting, and I want to get it fixed today.', 'You\'re right to expect better; here\'s what I\'m doing now.'],
      tags: ['de-escalation'],
      tests: {
        shouldMatch: ['Shouting at me won\'t get this sorted any faster.', 'Please calm down so I can help.', 'There is no need to shout.', 'Sir, you\'re overreacting.', 'Stop shouting and I will help you.', 'There\'s no need to get so worked up about a refund.', 'ok let\'s all calm down a bit'],
        shouldNotMatch: ['I can see why this is upsetting.', 'The calming effect lasts a week.', 'We\'ll get this down to one step.', 'Keep the receipt somewhere cool and dry.', 'You have every right to be angry about this.'],
      },
    },
    {
      id: 'generic-greeting',
      kind: 'structure',
      title: 'A greeting that could go to anyone',
      severity: 'suggest',
      when: {
        phrases: ['Dear customer', 'Dear valued customer', 'Dear sir or madam', 'Dear sir/madam', 'Dear sir', 'Dear madam', 'To whom it may concern', 'Dear client', 'Dear user', 'Dear account holder', 'Hello customer', 'Hi customer', 'Dear member', 'valued customer', 'Respected sir', 'Respected madam', 'Dear guest', 'Dear passenger', 'Dear patron', 'Dear subscriber', 'Dear policyholder', 'Dear policy holder', 'Dear cardholder', 'Dear card holder', 'Dear sir or madam', 'Dear Sir/Ma\'am', 'Dear ma\'am', 'Hello sir', 'Hello madam', 'Dear team member', 'Dear applicant', 'Dear tenant', 'Dear resident', 'Dear student', 'Dear parent', 'Dear valued member', 'Hello there customer', 'Hi valued', 'Dear valued', 'Dear patient', 'Dear traveller', 'Dear traveler', 'Dear player', 'Dear shopper', 'Dear homeowner', 'Dear householder', 'Dear borrower', 'Dear caller', 'Dear account owner'],
        // A greeting line with no name at all ("Hello,", "Hi there,") before a form-letter first line ("Thank you for
        // contacting us", "Kindly note…"): a bare "Hi," before an answer about their issue is only informal.
        pattern: '^\\s*(?:hello|hi|hey|dear|greetings|good (?:morning|afternoon|evening))(?: there| team| all)?[,.!]?[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*(?:thank(?:s| you) for (?:contacting|your (?:e-?mail|message|enquiry|inquiry|query|patience|request)|reaching out|getting in touch|writing)|we(?: have|[\'’]ve) received|your (?:request|query|enquiry|ticket|case) (?:has|is)|kindly|please note|(?:this is )?(?:regarding|with reference|in reference|as per)|we (?:acknowledge|wish to|would like to inform))',
        flags: 'i',
      },
      advice: 'Use their name, and in the first line show you read their message by naming their actual issue.',
      why: 'A form-letter opening tells the customer they are a ticket number before they read a word of the answer.',
      examples: ['Hi Maria, thanks for the photos of the cracked screen.', 'Hello Mr Osei, I\'ve looked at the two charges you mentioned.'],
      tags: ['template'],
      tests: {
        shouldMatch: ['Dear customer, thank you for your email.', 'Dear Sir/Madam, your case is closed.', 'To whom it may concern: the item is back in stock.', 'Hello valued customer, thanks for your order.', 'Respected Sir, your complaint is registered.', 'Dear Guest, thank you for staying with us.', 'Hello,\n\nThank you for contacting us.', 'Hi there,\nKindly note your order has shipped.', 'Hi,\nWe have received your message and a ticket has been created.'],
        shouldNotMatch: ['Dear Maria, thank you for your email.', 'Hi Sam, thanks for the photos.', 'Our customer team is here every day.', 'Dear Mr Okafor, thank you for staying with us.', 'Hi Priya, our guest wifi password is on the card.', 'Hello Maria,\n\nThanks for the photos.', 'Hi! Your order has shipped.', 'Hello,\n\nThe bill is based on your meter readings from March.', 'Hi,\nThe cracked lid is on its way to you today.'],
      },
    },
    {
      id: 'stock-apology',
      kind: 'structure',
      title: 'A stock apology',
      severity: 'suggest',
      // "Sorry for any inconvenience / any trouble caused", "inconvenience caused is regretted".
      // …and "please accept our (deepest) apologies", the form letter's apology for nothing in particular.
      when: { pattern: '\\b(?:sorry|apologi[sz]e|apologies|regret)\\b[^.!?\\n]{0,25}\\b(?:inconvenience|any (?:trouble|issues?|problems?|disruption|frustration|hassle)(?! with)|(?:the )?(?:trouble|issues?|disruption) (?:this|that|it) (?:may have|might have|has) caused)\\b|\\binconvenience (?:caused )?(?:is|was) (?:deeply |sincerely )?regretted\\b|\\baccept (?:our|my) (?:deepest |sincere |sincerest |heartfelt )?apologies\\b(?! for (?:the|your|our|not|sending|missing|getting|losing))', flags: 'i' },
      // A specific apology beside it (the sentence before, the same one or the next) says what the stock words do not.
      unlessNear: [{ within: 'around', all: [{ phrases: ['sorry that', 'sorry your', 'sorry you', 'sorry to hear', 'sorry the', 'sorry we', 'sorry it', 'I understand', 'that must', 'frustrating', 'I can see why'] }] }],
      advice: 'Say sorry for the specific thing that went wrong, in your own words.',
      why: '"Any inconvenience" is the apology nobody means; naming what happened shows you actually looked.',
      examples: ['I\'m sorry your parcel sat at the depot for a week.', 'Sorry we charged you twice; that should not have happened.'],
      tags: ['template', 'empathy'],
      tests: {
        shouldMatch: ['We apologize for any inconvenience.', 'Sorry for the inconvenience caused.', 'We apologise for any inconvenience this may have caused. Your order has shipped.', 'Apologies for any trouble this may have caused.', 'Inconvenience caused is regretted.', 'We are sorry for any hassle.'],
        shouldNotMatch: ['Sorry your order was late. We apologize for any inconvenience.', 'I\'m sorry we charged you twice.', 'Your order has shipped.', 'Sorry for any trouble with the app: the login fix went out an hour ago.', 'I\'m sorry the engineer didn\'t turn up on Tuesday.'],
      },
    },
    {
      id: 'no-next-step',
      kind: 'structure',
      title: 'No next step',
      severity: 'suggest',
      minWords: 2,
      // Only where something is left open: bad news, a problem, a charge, a refusal. A plain answer to a question
      // ("We do! Shipping to Ireland is €6.95") is complete without a step.
      also: [{
        phrases: ['sorry', 'unfortunately', 'afraid', 'sadly', 'regret', 'can\'t', 'cannot', 'unable', 'not able', 'not possible', 'no longer', 'won\'t', 'delay', 'delayed', 'late', 'problem', 'issue', 'fault', 'faulty', 'error', 'broken', 'damaged', 'missing', 'lost', 'policy', 'terms', 'fee', 'fees', 'charge', 'charged', 'declined', 'rejected', 'suspended', 'suspension', 'cancelled', 'canceled', 'outage', 'outages', 'complaint', 'not covered', 'not eligible', 'out of stock', 'sold out', 'overdrawn', 'busy', 'don\'t know', 'no idea', 'not sure', 'no clue', 'couldn\'t say', 'nothing wrong', 'wrong'],
        // …or a reply of a few words ("Ok noted.").
        pattern: '\\b(?:apologi[sz]e|apologies|refund\\w*|dropp?\\w*|cutting out|failed|(?:didn[\'’]?t|did not|couldn[\'’]?t|could not) (?:go through|work|arrive|process))\\b|^\\W*(?:\\w+\\W+){0,3}\\w+\\W*$',
        flags: 'i',
      }],
      // A refusal speaks for the missing step: no-without-alternative's card asks for what can be done, so "no next step"
      // on the same draft says nothing (writers label the no, not both).
      unless: { phrases: [...REFUSAL.phrases!, ...REFUSED_FLAT] },
      // "End with the next step": a step said early in a long email, with the closing about something else, does not count.
      unlessAtEnd: NEXT_STEP,
      endSentences: 3,
      advice: 'End with what happens next: what you will do, what they should expect and when, or the one thing you need from them.',
      why: 'A reply without a next step leaves the customer guessing whether anything is being done.',
      examples: ['Next, I\'ll check with the courier and update you by noon tomorrow.', 'Once you send the photo, I can approve the replacement the same day.'],
      tags: ['follow-up'],
      tests: {
        shouldMatch: [LONG_PLAIN, `Hello Pat. ${LONG_PLAIN}`, `${LONG_PLAIN} Kind regards, the support team.`, 'Ok noted.', 'Sorry, the technician marked the job as complete at 14:20.', 'I\'ve checked and the fee was added when the trial ended.', 'Sorry about the mix-up. The charge should have been explained to you before the visit.', 'Sorry, the fee went up by 4.5% in April to cover insurance.', 'I\'m sorry, the courier has been struggling with the snow all week.', 'Sorry for the delay. As far as I can tell the parcel is still at the depot.'],
        shouldNotMatch: [`${LONG_PLAIN} I'll check with the courier and update you by noon.`, 'Sorry for the delay. I can send a replacement from our other warehouse.', 'Sorry for the trouble. Your replacement has now been dispatched.', 'Sorry, your account has been suspended. Any appeal must be submitted through the appeal form.', 'Thanks!', `${LONG_PLAIN} Your refund has been issued as well.`, 'You\'re welcome, have a good evening!', 'I\'m sending the blue one out today.', 'The fix is out on Thursday. Until then, uploading from the gallery works.', 'Dear customer, your lamp ships on Friday.', 'I have checked the line from our side and booked an engineer for Thursday morning.', 'Back to you in 5 min.', 'Passengers can claim reasonable expenses on the Claims page.', 'We do! Shipping to Ireland is €6.95, and it takes 3–5 working days.', 'The technician marked the job as complete at 14:20.', 'Sorry the part is late. Ask the fitter to ring us when he is there.'],
      },
    },
    {
      id: 'not-my-department',
      kind: 'structure',
      title: '"Not my department"',
      severity: 'warn',
      when: SENDS_ELSEWHERE,
      // Sent to someone else: a third party or another team, named in the same clause (the phrases above name it themselves).
      ifNear: { within: 'clause', all: [{ phrases: ['not really my area', 'not really our area', 'not really my department', 'not really our department', 'not my department', 'not our department', 'thing, not ours', 'area, not ours', 'department, not ours', 'side, not ours', 'thing not ours', 'not our area', 'not our side of things', 'take that up with', 'take this up with', 'I\'m just the chat', 'I\'m only the chat', 'I just work in', 'I only work in', 'I\'m just in billing', 'I\'m only in billing', 'I\'m just in sales', 'I\'m only in sales', 'not my job', 'not my problem', 'not our problem', 'not my responsibility', 'not our responsibility', 'nothing to do with me', 'nothing to do with us', 'you\'ll have to contact', 'you will have to contact', 'that\'s a different department', 'that\'s another department', 'wrong department', 'not something I deal with', 'not something we deal with', 'not something our team', 'not something my team', 'we only look after', 'I only look after', 'we don\'t look after', 'not something that we deal', 'not handled by us', 'aren\'t handled by us', 'isn\'t handled by us', 'you\'ll need to contact', 'you will need to contact', 'you need to contact', 'can\'t help with', 'cannot help with', 'take it up with', 'not something I handle', 'not something we handle', 'not our area', 'not my area', 'outside my remit', 'outside our remit', 'beyond my remit', 'you\'d have to ask', 'you would have to ask', 'you need to ask', 'you\'ll need to speak', 'you will need to speak', 'you need to speak', 'you need to call', 'you\'ll need to call', 'you will need to call', 'you\'ll have to call', 'you\'ll have to ask', 'please contact the courier', 'please contact the seller', 'please contact the manufacturer', 'please contact the airline', 'please contact the retailer', 'please contact your bank', 'please contact your provider', 'please contact your airline', 'please contact your insurer', 'kindly contact', 'I can only help with', 'we only handle', 'we only deal with', 'I only deal with', 'we don\'t handle', 'we do not handle', 'I don\'t handle', 'we don\'t deal with', 'not handled here', 'wrong team', 'wrong place', 'their department', 'out of our hands', 'out of my hands', 'not handled by our', 'handled by another', 'handled by a different', 'revert to the', 'department for the same', 'contact them directly', 'contact them yourself', 'call them directly', 'get in touch with them directly', 'reach out to them directly', 'raise it with them', ...THIRD_PARTY, 'I only', 'I just handle', 'we only', 'deal with', 'not us', 'not me'] }] },
      // Owning the handover: the rep does it ("I've contacted the courier for you").
      unlessNear: [
        { within: 'sentence', all: [{ phrases: ['for you', 'on your behalf', 'three-way', 'transfer you', 'put you through', 'connect you'], pattern: "\\b(?:I|we)(?:[’']ve| have| will|[’']ll)(?: already| just| also)? (?:contact|call|e-?mail|messag|pass|forward|rais|ask|chas|sen[dt]|spok|speak|reach|escalat|refer|notif|book|arrang|flag|open|log)", flags: 'i' }] },
        // …and blame rather than a handover: "the delay was caused by the courier, not us" (defensive-reply's).
        { within: 'clause', all: [{ pattern: '\\b(?:if|in case|unless|should (?:you|it|the|that|this|anything))\\b|\\b(?:caused by|down to|fault)\\b', flags: 'i' }] },
        // …said across the sentence: "the fault is with the cabinet on your street, which belongs to Openreach, not us".
        { within: 'sentence', all: [{ pattern: '\\bfault (?:is|was|lies) (?:with|on)\\b|\\bnot (?:\\w+ )?because of us\\b', flags: 'i' }] },
        // "Only the receiving bank can send it back. What we can do is…": the handover explained, then owned.
        { within: 'next-sentence', all: [{ phrases: ['what I can do', 'what we can do', 'I\'ve sent', 'I have sent', 'I\'ve passed', 'I have passed', 'I\'ve asked', 'I have asked', 'I\'ve contacted', 'I\'ve raised', 'I\'ve forwarded'] }] },
      ],
      advice: 'Own the handover: say who handles it, pass the case on yourself if you can, and tell the customer what happens next.',
      why: 'To the customer you are the company; being sent elsewhere feels like being turned away.',
      examples: ['Billing handles this, so I\'ve passed your case to them with all the details; they will reply by tomorrow.', 'I\'ll bring in the right colleague so you don\'t need to explain it again.'],
      actions: ['offer-escalation'],
      tags: ['ownership'],
      tests: {
        shouldMatch: ['That\'s handled by accounts, not me.', 'That\'s more of an Apple question, so you\'d be better off asking them.', 'The routes are dealt with by dispatch, so that side of things is not really my area.', 'That\'s not my department.', 'You\'ll have to contact the bank yourself.', 'Refunds are nothing to do with me.', 'We don\'t handle refunds for marketplace sellers, please contact the seller.', 'For that you\'d have to ask the bank.', 'Wrong team sorry, pls contact billing', 'Once it\'s with the courier it\'s out of our hands, so it\'s really their department.', 'Account statements are not handled by our team. Please revert to the Statements department for the same.'],
        shouldNotMatch: ['I\'ve passed this to our billing team and they\'ll reply tomorrow.', 'My department handles returns.', 'I\'ll contact the bank for you.', 'Billing handles this, so I\'ve passed your case to them and they\'ll call you by 4 pm.', 'I\'ll contact the seller for you today.'],
      },
    },
    {
      id: 'policy-only-reason',
      kind: 'structure',
      title: '"It\'s our policy" as the only reason',
      severity: 'suggest',
      when: { phrases: ['it\'s our policy', 'it is our policy', 'that\'s our policy', 'that is our policy', 'this is our policy', 'this is the policy', 'company policy', 'that\'s the policy', 'it\'s policy', 'policy states', 'per our policy', 'according to our policy', 'our policy is', 'rules are rules', 'those are the rules', 'against our policy', 'against policy', 'we don\'t make exceptions', 'no exceptions', 'that\'s the rule', 'it\'s the rule', 'those are the terms', 'per the terms', 'per company policy', 'company rules', 'it\'s in the terms', 'it\'s in our terms', 'in line with our policy', 'in accordance with our policy', 'policy does not allow', 'policy doesn\'t allow', 'policy doesn\'t permit', 'not within policy', 'outside our policy', 'outside of our policy', 'policy is policy', 'the system doesn\'t allow', 'the system won\'t let', 'as per policy', 'as per our policy', 'per the policy', 'policy says', 'the rules say', 'the terms say', 'the terms state', 'our terms state', 'as stated in our terms', 'as per the terms', 'as per our terms', 'how our policy works', 'that\'s just how it works', 'just how our policy', 'it\'s just policy', 'it\'s simply policy', 'it\'s just the rules', 'the rules are the rules'],
        // …with whoever's rule it is: "it's yard policy", "that's store policy", "it is hotel policy";
        // …and "as per library policy", "in accordance with Council policy", "in line with our cancellation policy".
        pattern: '\\b(?:it|that|this)(?:[\'’]s| is) (?:(?:just|simply|strictly) )?(?:[a-z]+ )?policy(?=\\s{0,3}(?:[.!,;)\\n]|$))|\\b(?:as per|in accordance with|in line with|according to) (?:our |the )?(?:[a-z]+ )?polic(?:y|ies)\\b', flags: 'i' },
      // The reason must be near the rule (the sentence before, its own, the next), not anywhere in a long email.
      unlessNear: [{ within: 'around', all: [{ pattern: '(?<!\\b(?:regardless of|whatever|no matter) )\\bthe reason\\b', flags: 'i', phrases: ['made an exception', 'make an exception', 'I\'ve waived', 'I have waived', 'I\'ve skipped', 'I have skipped', 'I\'ve overridden', 'I\'ve gone ahead', 'I have gone ahead', 'but given', 'in your case I', 'because', 'so that', 'so we can', 'this is to', 'that\'s to', 'to protect', 'this protects', 'in order to', 'which means', 'that way', 'for your security', 'for your safety', 'for security', 'for safety', 'to keep', 'to make sure', 'to prevent', 'to avoid', 'since', 'otherwise', 'so nobody', 'so no one', 'fraud', 'to cover', 'covers the', 'because of', 'due to', 'for hygiene', 'for health', 'for legal', 'by law', 'legally', 'regulations', 'regulator', 'protects', 'which protects', 'for your protection', 'as that\'s', 'as that is', 'as this is', 'that\'s when', 'that\'s because', 'the reason being', 'reason is', 'keeps your'] }] }],
      advice: 'Give the reason behind the rule in one plain sentence, and what the customer can still do.',
      why: 'A rule with a reason sounds fair; a rule without one sounds like an excuse.',
      examples: ['We ask for ID on refunds so that nobody else can claim money from your account.', 'We can\'t ship opened food items, because we can\'t check they are safe.'],
      tags: ['policy'],
      tests: {
        shouldMatch: ['Late fees are applied automatically as per library policy.', 'Side waste cannot be collected, in accordance with Council policy.', 'We are not able to change the lead passenger name on a booking. This is our policy.', 'Unfortunately this is our policy for all residents regardless of the circumstances.', 'It\'s our policy.', 'Sorry, that\'s store policy.', 'Sorry, company policy does not allow that.', 'Rules are rules, I\'m afraid.', 'As per policy, no refunds after 14 days.', 'Sorry, the system doesn\'t allow it, that\'s the rule.', 'It\'s in the terms, I can\'t change it.', 'It\'s our policy, and it applies to all members regardless of the reason for leaving.'],
        shouldNotMatch: ['Our policy is to wait 5 working days before a lost claim, but given it\'s a gift I\'ve skipped that and sent a replacement today.', 'It\'s company policy to charge for a second visit; I\'ve waived it this time.', 'It\'s our policy to ask for ID, so that nobody else can claim your refund.', 'Our policy is there to protect your account.', 'I\'ve sent the form to you.', 'As per our policy we ask for ID, since refunds go to the card holder only.', 'We don\'t refund opened earbuds for hygiene reasons, but I can offer an exchange.'],
      },
    },
    {
      id: 'mistakes-were-made',
      kind: 'structure',
      title: 'Hiding who made the mistake',
      severity: 'suggest',
      when: {
        // "Your account was incorrectly charged", "the visit was wrongly recorded": the error with nobody doing it.
        pattern: '\\b(?:was|were|has been|have been|had been|got|is|are)\\s+(?:simply |just |somehow |unfortunately )?(?:incorrectly|wrongly|mistakenly|erroneously|inadvertently|accidentally|wrongfully|missed|mis(?:labell?ed|directed|routed|placed|filed|read|recorded|charged|sent|keyed|spelt|spelled))\\b|\\b(?:was|were|been|got) (?:sent|[a-z]{3,}ed) (?:incorrectly|wrongly|in error|by mistake|to the wrong)\\b',
        flags: 'i',
        // …or put on a machine: "the system charged you twice", "due to a system error".
        phrases: ['the system charged', 'the system sent', 'the system cancelled', 'the system deleted', 'the system applied', 'the system took', 'the system double', 'a system error', 'a system glitch', 'a technical glitch', 'a technical error', 'due to a glitch', 'a glitch in', 'mistakes were made', 'errors were made', 'a mistake was made', 'an error was made', 'it was overlooked', 'was overlooked', 'fell through the cracks', 'the ball was dropped', 'an oversight occurred', 'there was an oversight', 'it has been brought to our attention', 'was not processed', 'wasn\'t processed', 'was not actioned', 'wasn\'t actioned', 'got lost in the system', 'an error occurred', 'a mistake occurred', 'there was a mix-up', 'there has been a mix-up', 'got mixed up', 'was mixed up', 'was sent in error', 'was applied in error', 'was charged in error', 'was taken in error', 'a system error', 'a technical error', 'a glitch', 'wrong item was', 'wrong items were', 'wrong size was', 'wrong colour was', 'wrong color was', 'wrong product was', 'wrong order was', 'wrong parcel was', 'wrong model was', 'wrong part was', 'due to a system', 'due to a technical', 'due to an error', 'due to a glitch', 'got deleted', 'got cancelled', 'got canceled', 'got removed', 'got missed', 'got wiped', 'was booked for the wrong', 'were booked for the wrong', 'was booked on the wrong', 'went out with the wrong', 'went out to the wrong', 'went to the wrong', 'a technical issue caused', 'a technical problem caused', 'a system issue caused', 'a system problem caused', 'an error on the system', 'an error in the system', 'an error with the system'],
      },
      // "We wrongly charged you" names who; "it was wrongly recorded, and that's our mistake" owns it.
      unlessNear: [
        // …and making up for it owns it too: "because the visit was missed, you're due £50 compensation".
        { within: 'next-sentence', all: [{ ...OWN_IT, phrases: [...OWN_IT.phrases!, 'our error', 'on our side', 'on our end', 'our side', 'we missed', 'we made', 'compensation', 'you\'re due', 'you are due', 'you\'re entitled', 'you are entitled', 'goodwill', 'to make up for', 'as an apology'] }] },
        // "If a payment is missed, …", "bills like this happen when a reading has been entered wrongly": a rule about what
        // happens, not an error being hidden.
        { within: 'clause', all: [{ pattern: '\\b(?:if|in case|unless|whenever)\\b|\\bwhen (?:an?|any)\\b', flags: 'i' }] },
        // "I entered your details incorrectly": someone owns it.
        { within: 'clause', all: [{ pattern: '\\b(?:I|we)\\s+(?:\\w+\\s+)?(?:sent|cancell?ed|entered|charged|deleted|processed|booked|dispatched|made|put|picked|packed|shipped|got)\\b', flags: 'i' }] },
      ],
      advice: 'Say plainly that we made the mistake, and what you are doing to fix it.',
      why: 'Passive wording sounds like nobody is responsible, which is exactly what an upset customer fears.',
      examples: ['We missed your cancellation request, and that\'s on us. I\'ve cancelled it now and refunded the charge.'],
      tags: ['ownership'],
      tests: {
        shouldMatch: ['Unfortunately mistakes were made with your order.', 'Your request was not processed.', 'It seems it fell through the cracks.', 'Your account was incorrectly charged the missed appointment fee.', 'the parcel got mislabelled at the depot', 'There was a mix-up with the booking dates.', 'It was simply missed when the van was loaded.'],
        shouldNotMatch: ['It was cancelled due to a technical fault, which means you\'re entitled to claim the hotel.', 'We made a mistake with your order, and I\'ve fixed it.', 'Your request was processed this morning.', 'We missed your email, and that\'s on us.', 'Your account was wrongly charged, and that was our mistake.', 'We wrongly recorded the visit as missed.', 'The item was correctly charged at the sale price.', 'If a payment is missed, we send a reminder first.'],
      },
    },
    {
      id: 'long-for-chat',
      kind: 'structure',
      title: 'Long for a chat message',
      severity: 'suggest',
      context: { channels: ['chat'] },
      // 75: no writer labels a chat reply of 70 words or fewer long (2 false alarms at exactly 70, by 2 writers); every
      // chat draft of 78 words or more that has a planted problem is labelled (24 drafts, 12 writers).
      minWords: 75,
      advice: 'In chat, send the answer first in a sentence or two, then the details in short follow-up messages if they want them.',
      why: 'A wall of text in a chat window is hard to read on the spot and feels like a script.',
      examples: ['Short version: the second charge is for the shop order, not your plan. Want me to explain how to return it?'],
      tags: ['clarity'],
      tests: {
        shouldMatch: [
          { draft: LONG_CHAT, context: { channel: 'chat' } },
          { draft: `Hi Jo! ${LONG_CHAT}`, context: { channel: 'chat', customerTone: 'calm' } },
          { draft: `${LONG_CHAT} Thanks.`, context: { channel: 'chat', site: 'zendesk' } },
        ],
        shouldNotMatch: [{ draft: LONG_CHAT, context: { channel: 'email' } }, { draft: 'The second charge is the shop order.', context: { channel: 'chat' } }, LONG_CHAT],
      },
    },
    {
      id: 'jargon',
      kind: 'structure',
      title: 'Internal jargon',
      severity: 'suggest',
      when: {
        phrases: JARGON,
        // A code, where three come close together (below).
        pattern: CODE,
      },
      // A jargon word speaks for itself; a code only among two more codes nearby.
      ifNear: { within: 'around', all: [{ phrases: JARGON, pattern: THREE_CODES }] },
      // The customer's own term ("your RMA 30044", "SSO" when they asked about SSO) is not jargon to them.
      unlessCustomerSaid: true,
      // A flight and its airports ("BA 117 from LHR to JFK") are what the customer reads on their ticket.
      unlessNear: [{ within: 'clause', all: [{ pattern: '\\b(?:from|between) [A-Z]{3} (?:to|and) [A-Z]{3}\\b|\\bflights? (?:number )?[A-Z0-9]{2} ?\\d{1,4}\\b' }] }],
      advice: 'Say it the way the customer would: what is happening, and what it means for them.',
      why: 'Internal terms make the customer feel outside the conversation, and they may not ask what they mean.',
      examples: ['Our engineers are fixing this; the fix should reach your account tonight.', 'I\'ve sent your case to our specialist team.'],
      tags: ['clarity'],
      tests: {
        shouldMatch: ['I\'ve raised it with tier 2 per the SLA.', 'It\'s a back end sync issue.', 'Please wait for the RMA.', 'Your ONT shows LOS so I\'ve raised it.', 'The TAT for this is 48 hours.', 'Our L1 team logged a P2 ticket.', 'It left our DC and went to the 3PL under LTL consolidation.', 'The CDN token will refresh.'],
        shouldNotMatch: ['Our engineers are fixing this tonight.', 'The return label is attached.', 'The slate grey model is in stock.', 'An engineer will visit tomorrow between 8 and 1.', 'Your router\'s lights should be green.', 'The Bluetooth drops on the S3 when audio sync is on.'],
      },
    },
    {
      id: 'corporate-speak',
      kind: 'phrases',
      title: 'Stiff corporate wording',
      severity: 'suggest',
      // "As per our policy…": the policy rules speak on those words; a second title for the "as per" is noise.
      yields: true,
      // "As per the rental agreement / the terms": citing the document by name, where no policy card speaks, is a
      // reference, not form-letter wording.
      unlessNear: [{ within: 'clause', all: [{ pattern: '\\bper (?:our |the |company |your |my )?(?:\\w+ )?(?:polic(?:y|ies)|terms|T&Cs?|conditions|rules|contract|agreement|guidelines)\\b', flags: 'i' }] }],
      phrases: ['at this point in time', 'at this moment in time', 'going forward', 'kindly revert', 'please revert', 'do the needful', 'please be advised', 'be advised that', 'we regret to inform you', 'pursuant to', 'hereby', 'the undersigned', 'as per', 'we wish to inform you', 'it has come to our attention', 'at your earliest convenience', 'we value your business', 'your call is important to us', 'thank you for your understanding', 'we appreciate your understanding', 'greetings of the day', 'we acknowledge receipt', 'acknowledge receipt of', 'the same has been', 'the concerned team', 'the concerned department', 'concerned department', 'needful action', 'do the necessary', 'at the earliest', 'kindly note', 'kindly be informed', 'please be informed', 'be informed that', 'for your kind information', 'for your kind perusal', 'we would like to inform you', 'we wish to advise', 'this is to inform you', 'I am writing to inform you', 'we are in receipt of', 'in receipt of your', 'with reference to your', 'further to your', 'as per your request', 'as per our records', 'enclosed herewith', 'herewith', 'aforementioned', 'we strive to', 'we endeavour to', 'utilise', 'leverage', 'touch base', 'circle back', 'your esteemed', 'esteemed customer', 'we regret any', 'we regret the', 'duly noted', 'has been noted', 'endeavour to', 'endeavor to', 'will endeavour', 'will endeavor', 'stakeholders', 'please find attached', 'please find enclosed', 'please find below', 'we thank you for', 'in this regard', 'you are requested to', 'we request you to', 'kindly note', 'valuable feedback', 'your feedback is valuable', 'bring to your attention', 'take this opportunity', 'should you require', 'assure you of our best', 'taken on board', 'actioned accordingly', 'taken note of', 'take note of', 'relevant stakeholders', 'at all times', 'best services', 'we take this matter', 'please be assured', 'your satisfaction is our', 'with regards to', 'with regard to', 'we trust this', 'trust this clarifies', 'clarifies the position', 'the decision stands', 'under section'],
      advice: 'Write it as you would say it to someone across a desk: short, plain, in the first person.',
      why: 'Form-letter phrases sound like a script, and customers notice at once when nobody is really talking to them.',
      examples: ['Right now, …', 'From now on, …', 'Could you reply when you have a moment?'],
      tags: ['template'],
      tests: {
        shouldMatch: ['Please be advised that your order is delayed.', 'At this point in time we have no update.', 'Thank you for your understanding.', 'Greetings of the day. Your request has been forwarded to the concerned team.', 'Kindly note that the same has been escalated.', 'With reference to your email, we are in receipt of your complaint.', 'Your concern has been duly noted.', 'We will endeavour to resolve the matter.', 'Please find attached the requested documentation.', 'With regards to your claim, the decision stands. We trust this clarifies the position.', 'Please be assured that your satisfaction is our top priority.'],
        shouldNotMatch: ['Right now I don\'t have an update, so I\'ll check again at 2 pm.', 'Your order is delayed by two days.', 'Thanks for letting me know.', 'Thanks for your email, I\'ve sent your request to our billing team.', 'Just checking in: did the new card arrive?', 'I\'ve attached the invoice you asked for.'],
      },
    },
    {
      id: 'all-caps',
      kind: 'regex',
      title: 'Capitals read as shouting',
      severity: 'suggest',
      // Not a name or code joined by a dash or slash ("TRVL-GLOBAL"), nor a web address ("GOV.UK").
      pattern: '\\b(?<![-/.])(?![A-Z]{2,12}\\.[A-Z]{2})(?:[A-Z]{2,}[ ,!.]{1,3}[A-Z]{3,}|[A-Z]{3,}[ ,!.]{1,3}[A-Z]{2,}|[A-Z]{6,})\\b(?![-/])|\\b(?:NOT|NEVER|MUST|NOW|ALWAYS|ONLY|PLEASE)\\b',
      // A label quoted or named ("'ADJ FEE Q2' is…", "the VLAN ID is…") is read, not shouted.
      unlessNear: [
        { within: 'clause', all: [{ pattern: '[\'‘"“][A-Z][A-Z0-9 _-]{1,30}[\'’"”]|\\b[A-Z]{2,5} (?:ID|PIN|code|number|button|light|setting|port|cable|box|menu|field)\\b' }] },
        // A label on a screen or a bill, named without quotes: "tap RESET NETWORK", "the error says ACCESS DENIED", "the TOTAL DUE
        // line", "the FREE DELIVERY voucher".
        // A name written in capitals, as the name of a thing ("the current NVIDIA driver", "your SAMSUNG phone"): after a
        // determiner, before a noun; not an emphasis word ("your refund has been APPROVED" still reads as shouting).
        { within: 'clause', all: [{ pattern: '\\b(?:[Tt]he|[Yy]our|[Oo]ur|[Aa]n?|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)(?: [a-z]+)? (?!(?:URGENT|IMMEDIATELY|ABSOLUTELY|IMPORTANT|DEFINITELY|REALLY|EXACTLY|SERIOUSLY|CLEARLY|STRICTLY|COMPLETELY|TOTALLY|UNACCEPTABLE|FINAL|WRONG)\\b)[A-Z]{6,} (?!(?:and|or|but|to|is|are|was|were|the|it|so|now|not)\\b)[a-z]' }] },
        { within: 'clause', all: [{ pattern: '\\b(?:[Tt]ap|[Pp]ress|[Cc]lick|[Ss]elect|[Cc]hoose|[Hh]it|[Tt]ype|says|reads|shows|marked|label(?:l?ed)|called|named)(?: on)? [A-Z]{2,}|\\b[A-Z]{2,}(?: [A-Z]{2,}){0,3} (?:line|button|field|voucher|tab|option|screen|page|message|link|section|column|icon|key)\\b' }] },
      ],
      advice: 'Use normal case; if one point matters most, put it first or in its own short sentence.',
      why: 'Capitals read as shouting, even when you only meant to make a point clear.',
      examples: ['The one thing to check first: is the green light on?'],
      tags: ['tone'],
      tests: {
        shouldMatch: ['PLEASE READ the instructions.', 'We will NOT be refunding this.', 'THIS IS FINAL.', 'PLEASE READ THE EMAIL before calling.'],
        shouldNotMatch: ['Please check the guidance on GOV.UK before you apply.', 'Your USB cable and the HDMI adapter ship today.', 'Please read the instructions.', 'Order ID: AB12CD.', 'Good question. \'ADJ FEE Q2\' is a one-off adjustment.', 'The VLAN ID is just a number your line needs.'],
      },
    },
    {
      id: 'unfortunately-stacking',
      kind: 'structure',
      title: 'Bad news on bad news',
      severity: 'suggest',
      when: { phrases: ['unfortunately', 'regrettably', 'I\'m afraid', 'I am afraid', 'sadly', 'I regret', 'unfortunatly', 'unfortunetly', 'unfortunatelly', 'unluckily', 'I\'m sorry to say', 'I am sorry to say', 'I regret to say', 'I\'m sorry to tell you'] },
      minMatches: 2,
      advice: 'Keep one "unfortunately" at most, and lead with what you can do.',
      why: 'Each extra "unfortunately" makes the whole message sound like a refusal, even the helpful parts.',
      examples: ['Here\'s what I can do: …', 'The original colour is sold out, but the navy one ships today.'],
      tags: ['refusal'],
      tests: {
        shouldMatch: ['Unfortunately it\'s sold out. Unfortunately we can\'t restock.', 'Sadly the sale ended, and I\'m afraid the code has expired.', 'Regrettably the item is gone. Unfortunately I can\'t reserve another.', 'Unfortunatly the model is gone. Unfortunately we can\'t reorder it.', 'I\'m sorry to say the flight is full, and sadly the next one is too.'],
        shouldNotMatch: ['Unfortunately it\'s sold out, but the navy one ships today.', 'Good news: it\'s back in stock.', 'I\'m sorry it\'s sold out.'],
      },
    },
    {
      id: 'overpromise',
      kind: 'phrases',
      title: 'Promising what you can\'t control',
      severity: 'warn',
      // "I can assure you the email was sent": about what happened (arguing back), not a promise; nor a guarantee refused ("that isn't something we can guarantee", nor doubt ("I'm not 100% sure")).
      unlessNear: [
        { within: 'clause', all: [{ pattern: '\\bassure you (?:that )?[^.!?\\n]{0,40}\\b(?:was|were|did|had)\\b|(?:n[\'’]t|\\bnot|\\bnever)\\b[^.!?,\\n]{0,30}?\\b(?:guarantee|promise)\\b|\\bnot (?:a )?(?:100 ?%|100 percent|hundred percent)', flags: 'i' }] },
        // Advice, not a promise: "you'll definitely need your passport".
        { within: 'clause', all: [{ pattern: '\\bdefinitely (?:need|want|have to|be asked|like|love|enjoy|recommend)\\b', flags: 'i' }] },
        // The consequence of something already done: "I've switched off auto-renew, so it won't happen again".
        { within: 'sentence', all: [{ pattern: '\\b(?:I|we)(?:[\'’]ve| have) (?:also |now |just )?(?:switched|turned|set|changed|removed|cancell?ed|blocked|disabled|updated|fixed|stopped|added|corrected|replaced)\\b[^.!?\\n]{0,80}\\bso (?:it|this|that)\\b', flags: 'i' }] },
        // A booking held for them, a fact we control: "I've asked the hotel to flag it so the room is guaranteed".
        { within: 'clause', all: [{ pattern: '\\b(?:room|seat|place|booking|slot|table|space|spot|reservation|price|rate|appointment)s? (?:is|are|will be|stays?) (?:now |still )?guaranteed\\b', flags: 'i' }] },
        // A guarantee the product or service has (a noun: "a 1-year guarantee", "under our service guarantee"), and what a
        // step does ("a direct debit means this will not happen again"): facts, not the rep's promise.
        {
          within: 'clause',
          all: [{
            pattern: '\\b(?:an?|the|our|your|its|their|under|lifetime|service|quality|\\d+[- ](?:year|month|day)s?|(?:one|two|three|five|ten)[- ](?:year|month)s?)\\s(?:(?!(?:can|will|would|could|should|shall|must|may|might|do|does|did|to|and|also|personally)\\b)[\\w\'’-]+\\s){0,2}guarantees?\\b(?! (?:that|you|it|this|we|they)\\b)|\\bmeans? (?:that )?(?:it|this|that|the same)\\b',
            flags: 'i',
          }],
        },
      ],
      phrases: ['{guarantee}', 'will never happen again', 'won\'t happen again', 'will not happen again', 'never happen again', '100%', '100 percent', 'I can assure you', 'rest assured', 'I promise you', 'will definitely', 'without fail', 'you have my word', 'I give you my word', 'definitely arrive', 'no more problems', 'won\'t have any more', 'won\'t have any further', 'fixed for good', 'permanently fixed', 'never have this problem', 'never have to deal with this', 'this is the last time', 'never again', 'guaranteed', 'we\'ll definitely', 'I\'ll definitely', 'we will definitely', 'I promise', 'no matter what happens', 'no matter what', 'zero downtime',
        // Someone else's outcome promised: "I can promise you the insurer will approve it", "they'll definitely process it".
        'I can promise', 'they\'ll definitely', 'it\'ll definitely', 'she\'ll definitely', 'he\'ll definitely', 'you\'ll definitely', 'they\'ll certainly', 'it\'ll certainly', 'I can guarantee', 'absolutely guarantee'],
      unless: { phrases: ['money-back guarantee', 'price guarantee', 'satisfaction guarantee', 'guarantee period', 'guaranteed delivery', 'guaranteed next', 'can\'t guarantee', 'cannot guarantee', 'can\'t promise', 'cannot promise', 'not guaranteed', 'guaranteed standards', 'guaranteed standard', 'guaranteed service standards'] },
      advice: 'Promise what you control: what you will do and when. For the rest, say what you are doing to make it less likely.',
      why: 'A guarantee you can\'t keep becomes the next complaint; a concrete step is more believable.',
      examples: ['I\'ve added a note to your account so the courier calls before delivery.', 'I\'ll watch this order myself and update you when it ships.'],
      tags: ['promise'],
      tests: {
        shouldMatch: ['Our engineers can guarantee delivery by Friday.', 'I guarantee it will arrive tomorrow.', 'This will never happen again.', 'Rest assured, it is guaranteed.', 'You have my word it arrives tomorrow.', 'It will definitely be fixed by the weekend.', 'You won\'t have any more problems with it.', 'Don\'t worry, we\'ll definitely get it to you by the 24th, guaranteed!', 'It will be with you tomorrow, I promise, no matter what happens at the courier.'],
        shouldNotMatch: ['That\'s covered by our live arrival guarantee.', 'Your jacket has a money-back guarantee.', 'I\'ve added a note so the courier calls first.', 'I\'ll watch this order and update you when it ships.', 'I\'ll check it myself tomorrow at 10 and tell you what I find.', 'I can\'t promise the courier\'s time, but I\'ll chase them at 9.', 'I\'ll find out for sure and let you know by 3 pm.', 'Express orders have guaranteed delivery by 1 pm; I\'ll check yours at noon.', 'Early check-in isn\'t something we can guarantee, but I\'ve noted your arrival time.', 'I\'m not 100% sure, I\'ll ask the exams team and let you know by 3pm.'],
      },
    },
    {
      id: 'asks-for-given-info',
      kind: 'conversation',
      check: 'customer-said',
      title: 'Asking for something they already gave',
      severity: 'warn',
      customer: {
        phrases: ['my postcode is', 'my post code is', 'my zip code is', 'my date of birth is', 'my dob is', 'my address is', 'my phone number is', 'my number is', 'call me on', 'call me back on', 'reach me on', 'my email is', 'my email address is', 'I attached', 'I\'ve attached', 'attached is', 'see attached', 'photo attached', 'screenshot attached', 'I already sent', 'I sent you', 'I\'ve sent', 'I have sent', 'here is my', 'here\'s my', 'pic attached', 'photos attached', 'I\'ve included', 'I have included'],
        // An identifier ("order 48213", "card ending 8841", "policy no. HX-2231").
        pattern: '\\b(?:order|account|reference|ref|ticket|case|tracking|booking|invoice|serial|card|policy|member(?:ship)?|customer|claim|reg(?:istration)?|IMEI|flight|confirmation)\\s?(?:number|no\\.|no|#|id|ending(?: in)?)?\\s?(?:is\\s)?[:#]?\\s?[A-Z-]{0,12}\\d[A-Z0-9-]{2,}|\\b[A-Z]{2,5}-\\d{3,}\\b|@\\w[\\w-]{0,40}\\.[a-z]{2,6}\\b(?<=\\w@\\w[\\w-]{0,40}\\.[a-z]{2,6})' +
          // …or the device they use ("Android 14, Pixel 7, app version 3.2.1", "iPad Air, iOS 17.4").
          '|\\b(?:iOS|Android|macOS|Windows) ?\\d|\\b(?:iPhone|iPad|Pixel|Galaxy)\\b|\\bversion ?\\d',
        flags: 'i',
      },
      draft: {
        phrases: ['which phone', 'what phone', 'which device', 'what device', 'which version', 'what version', 'which operating system', 'what operating system', 'which browser', 'what browser', 'please provide your', 'please send us your', 'please send me your', 'please confirm your', 'what is your order number', 'what\'s your order number', 'may I have your', 'can I have your', 'can I get your', 'please share your', 'kindly provide', 'kindly share', 'kindly send', 'kindly confirm', 'please give me your', 'please provide the', 'please confirm the', 'I\'ll need your', 'I will need your', 'I need your', 'we need your', 'what\'s the order number', 'what is the order number', 'pls send', 'plz send', 'send over your', 'what\'s your booking', 'what is your booking', 'what\'s your account', 'what is your account', 'what\'s your reference', 'what is your reference', 'what\'s the reference', 'what is the reference', 'what\'s your policy', 'what\'s your membership', 'what\'s your ticket', 'what\'s your case', 'what\'s your tracking', 'what\'s your claim', 'I\'ll need the', 'I will need the', 'I need the', 'we\'ll need the', 'we need the', 'we will need the', 'please send a photo', 'please send photos', 'please send us a photo', 'please send me a photo', 'please attach', 'please upload', 'send us a picture', 'send me a picture', 'what\'s the serial', 'what is the serial', 'can I take your', 'could I take your', 'could I get your', 'could I have your', 'what\'s your postcode', 'what is your postcode', 'what\'s your phone', 'what\'s your email', 'what is your email'],
        pattern: '\\b(?:(?:could|can|would|will)\\s(?:you|u)\\s(?:please\\s)?|please\\s(?:also\\s)?(?=(?:send|forward|give|email) (?:us|me)\\b))(?:send|provide|give|share|confirm|tell|forward|resend|attach|let me know|reply with|pop|include|add|type|describe|go through|(?:run|walk|take) (?:me|us) through)\\b[^.?!\\n]{0,90}\\b(?:order|account|reference|ticket|case|tracking|booking|invoice|serial|e-?mail|address|photos?|picture|screenshot|details|number|amount|date|digits|card|policy|receipt|postcode|birth)s?\\b',
        flags: 'i',
      },
      // Only the same kind of information: asking for the address after an order number was given is a new question.
      things: INFO_THINGS,
      // What the rep already has, said beside the ask (the sentence before, the same or the next): "I can see your order;
      // could you confirm the postcode?". An "I can see…" paragraphs away does not answer an ask for what was given.
      unlessNear: [{ within: 'around', all: [{ phrases: ['I can see', 'I\'ve found', 'I found your', 'thanks for the', 'thank you for the'] }] }],
      advice: 'Check the thread first: the customer has already sent this. Use what they gave, and only ask for what is really missing.',
      why: 'Being asked to repeat what they already sent is one of the surest signs to a customer that nobody read their message.',
      examples: ['Thanks, I\'ve found order 48213 from your message.', 'I have your order number; could you also send a photo of the label?'],
      tags: ['listening'],
      tests: {
        shouldMatch: [
          { draft: 'Could you please send me your order number so I can check?', thread: customer('My order number is 48213-B and it still hasn\'t arrived.') },
          { draft: 'Please send us a copy of the note and your account number so we can look into it.', thread: customer('I sent the doctor\'s note on 8 March. Account SM-4410.') },
          { draft: 'Can you send a photo of the damage?', thread: customer('Photo attached, the lid is cracked.') },
          { draft: 'Please provide your order number.', thread: customer('Order #A12345 never came.') },
          { draft: 'To start, could you tell me the amount and the last four digits of the card?', thread: customer('There is a payment of £59.99 on my card ending 8841 that I don\'t recognise.') },
          { draft: 'Kindly share your policy number so I can check.', thread: customer('My policy no. HX-22318 should cover the windscreen.') },
          { draft: 'Please provide the email address on your account.', thread: customer('I was charged twice. My account email is d.okafor@mailbox.co.uk.') },
          { draft: 'Thanks. Can you give me the order number and the date you sent it back?', thread: customer('ORD-88314, returned 3rd of May') },
          { draft: 'Could you tell us which device you use and what version of the app is installed?', thread: customer('It crashes on my iPhone 13, iOS 17.2, app version 4.1.') },
        ],
        shouldNotMatch: [
          { draft: 'I\'ve found order 48213-B and it\'s at the depot.', thread: customer('My order number is 48213-B and it still hasn\'t arrived.') },
          { draft: 'Could you send me your order number?', thread: customer('It hasn\'t arrived.') },
          { draft: 'Please send the parcel back to our returns address and I\'ll refund you the day it arrives.', thread: customer('Order 55123 came broken. My address is 4 High St.') },
          'Could you send me your order number?',
          { draft: 'Thanks for the card details. Could you also send the date you first saw the payment?', thread: customer('There is a payment on my card ending 8841 that I don\'t recognise.') },
          // Another kind of information than the one given.
          { draft: 'Could you confirm the address you\'d like it sent to? As soon as I have it, I\'ll dispatch a replacement.', thread: customer('Hi, my order 5521 has not arrived and it was due last week.') },
          { draft: 'I\'ll need your delivery postcode to check this; once I have it I\'ll reply within the hour.', thread: customer('Order #A12345 never came.') },
          { draft: 'Could you send a photo of the label?', thread: customer('My account email is d.okafor@mailbox.co.uk and the parcel is damaged.') },
          { draft: 'Which phone number should we call you on?', thread: customer('The app crashes on my Pixel 7 with Android 14.') },
          { draft: 'Could you tell us which device you use?', thread: customer('The app keeps logging me out, order 55123.') },
        ],
      },
    },
    {
      id: 'asks-to-repeat',
      kind: 'structure',
      title: 'Asking them to start over',
      severity: 'suggest',
      unlessNear: [{ within: 'clause', all: [{ phrases: ['won\'t be asked', 'will not be asked', 'never be asked', 'won\'t need to', 'will not need to', 'don\'t need to', 'do not need to', 'won\'t have to', 'will not have to', 'don\'t have to', 'no need to', 'needn\'t', 'never have to', 'had to', 'having to', 'sorry you', 'doesn\'t need', 'does not need', 'won\'t need', 'so you don\'t', 'so that you don\'t', 'doesn\'t have to', 'so she doesn\'t', 'so he doesn\'t', 'so they don\'t', 'so that she doesn\'t', 'so that he doesn\'t', 'so that they don\'t',
        // The rep does it again, not the customer: "if it's still a problem, tell me and I'll look again".
        'I\'ll look again', 'I will look again', 'we\'ll look again', 'I\'ll check again', 'we\'ll check again', 'I\'ll try again', 'we\'ll try again', 'I\'ll look at it again', 'we\'ll look at it again'] }] }],
      when: {
        phrases: ['explaining ... again', 'describing ... again', 'restate your', 'restate the', 'send us a full summary', 'send me a full summary', 'give us a full summary', 'give me a full summary', 'provide a full summary', 'write down the full history', 'send us the full history', 'send me the full history', 'provide the full history', 'all the details again', 'everything again', 'from the very beginning', 'the whole story', 'could you explain ... again', 'can you explain ... again', 'please explain ... again', 'explain it again', 'explain that again', 'repeat the issue', 'repeat your issue', 'repeat the problem', 'could you describe ... again', 'can you describe ... again', 'please describe ... again', 'tell me ... again', 'start from the beginning', 'start over', 'can you send ... again', 'could you send ... again', 'please send ... again', 'could you resend', 'can you resend', 'please resend', 'go over it again', 'from the top', 'could you repeat', 'can you repeat', 'please repeat', 'repeat that', 'say that again', 'start from scratch', 'please start again', 'start again from', 'explain again', 'explain once more', 'describe again', 'tell us again', 'what was the issue again', 'what was the problem again', 'remind me what', 'fill in the form again', 'fill out the form again', 'please resubmit', 'could you resubmit', 'can you resubmit', 'you to resubmit', 'please re-submit', 'submit it again', 'submit a new request', 'open a new ticket', 'raise a new ticket', 'create a new ticket', 'log a new ticket', 'all the details again', 'full description of the', 'full account of what happened', 'full written account', 'describe everything', 'everything that happened again', 'summarise your issue', 'summarize your issue', 'summarise the issue', 'summarize the issue', 'summarise the problem', 'summarize the problem', 're-explain', 'original email again', 'original message again'],
        // Start over, said as a clause: "could you explain the issue from the start", "tell me what the issue is", "write out the full history".
        pattern: '\\b(?:explain|describe|tell (?:me|us)|write (?:out|down)|go through|(?:walk|run|take) (?:me|us) through|outline)\\b[^.!?\\n]{0,50}\\b(?:from the (?:start|beginning|top)|from scratch|in full|once more)\\b|\\btell (?:me|us) what (?:the|your) (?:issue|problem) is\\b|\\b(?:you|please)\\b[^.!?\\n]{0,15}\\b(?:go (?:over|through)|walk (?:me|us) through)\\b[^.!?\\n]{0,40}\\b(?:again|once more)\\b|\\bwrite out the (?:full|whole) (?:history|story)\\b',
        flags: 'i',
      },
      advice: 'Read back what you already have, and ask only about the gap.',
      why: 'Having to tell the story again is exhausting, and customers take it as a sign that nobody listened.',
      examples: ['From your messages I have the order, the date and the photo; the only thing I still need is …'],
      tags: ['listening'],
      tests: {
        shouldMatch: ['Could you explain the problem again?', 'Please start from the beginning.', 'Can you send it again?', 'Please open a new ticket with all the details.', 'sorry, what was the issue again?', 'Could you resubmit the form with your order details?', 'So I can help, could you explain the issue from the start?', 'Can you tell me what the issue is and your order number?', 'Could you write out the full history of the transfer again for me?'],
        shouldNotMatch: ['I\'ll resend the invoice now.', 'If it is still loud next week, tell me and I\'ll look again.', 'From your message I have the order and the date.', 'I\'ll explain how the refund works.', 'I\'ve read the whole thread, so you will not need to explain it again.', 'You don\'t need to resubmit anything: I\'ve kept your form.', 'I\'ve read your messages, so no need to start again.', 'I\'m sorry you had to start again with a new agent.', 'The router will start again after a minute; I\'ll resubmit your claim today.', 'I\'ve noted it on your account, so you won\'t be asked to explain it again.'],
      },
    },
    {
      id: 'you-need-to',
      kind: 'phrases',
      title: 'Orders instead of options',
      severity: 'suggest',
      unlessNear: [
        // The customer's own need ("if you need to change it", "all you need to do is"), not an order.
        { within: 'clause', all: [{ pattern: '\\b(?:if|when|whenever|in case|unless|all|what|anything|everything|nothing|else|whatever|thing|do|did|don[\'’]?t|won[\'’]?t)\\s+you(?:[\'’]ll| will| would)?\\s+(?:ever\\s+)?(?:need|have|must)\\b|\\byou must (?:be|have been|feel|have felt|have had)\\b', flags: 'i' }] },
        // Their need told back to them, not an order: "I know how much you need to hear in a classroom", "I understand you need it by Friday".
        { within: 'clause', all: [{ pattern: '\\b(?:how (?:much|badly|urgently)|(?:understand|appreciate|realise|realize|know)(?: that)?) you (?:really |urgently )?need\\b', flags: 'i' }] },
        // The step with its reason is what the advice asks for.
        { within: 'sentence', all: [{ phrases: ['because', 'so that', 'so we can', 'so I can', 'so they can', 'otherwise', 'in order to', 'since'] }] },
        // Sending them to someone else ("you'll need to contact billing"): not-my-department's to say, one card is enough.
        { within: 'clause', all: [{ pattern: '\\b(?:need|have) to (?:contact|call|ring|phone|e-?mail|speak (?:to|with)|talk to|get in touch with|reach out to|ask|write to|take (?:it|this|that) up with) (?!us\\b|me\\b)', flags: 'i' }] },
        // What a later step will ask of them, told ahead: "you'll need to show your licence when you return the car", "to use it
        // you'll need to verify your email", "you'll need to sign for it" (on delivery). Not "you'll need to reset it before I can check".
        { within: 'clause', all: [{ pattern: '\\byou(?:[\'’]ll| will) need to\\b[^.!?\\n]{0,100}?\\b(?:when|once|whenever|on the day|on arrival|on delivery)\\b|\\b(?:(?:to|for) (?:use|get|claim|activate|collect|redeem|access|qualify)|(?:when|once|whenever) you)\\b[^.!?;\\n]{0,50}?\\byou(?:[\'’]ll| will) need to\\b|\\byou(?:[\'’]ll| will) need to sign for\\b', flags: 'i' }] },
      ],
      phrases: ['you need to', 'you must', 'you have to', 'you\'ll have to', 'you will have to', 'you\'ll need to', 'you will need to', 'you are required to', 'you\'re required to', 'you\'re going to have to', 'you ought to', 'you gotta', 'you\'ve got to', 'you have got to', 'it is mandatory', 'it\'s mandatory', 'you are obliged', 'you\'re obliged', 'you are expected to', 'you\'re expected to', 'you\'d better'],
      advice: 'Say what will help and why, or ask: "if you can …, I can …".',
      why: 'Commands put the customer on the defensive; a reason or a request gets the same step done with goodwill.',
      examples: ['If you can send a photo of the label, I can approve the return straight away.', 'The quickest fix is to restart the router; could you try that?'],
      tags: ['tone'],
      tests: {
        shouldMatch: ['You need to send a photo.', 'You must return it within 30 days.', 'You\'ll have to wait.', 'You\'ve got to send the form back first.', 'It is mandatory to attach the receipt.', 'You are expected to return the device within 7 days.'],
        shouldNotMatch: ['I know how much you need to get to work, so the car is ready at 8.', 'If you can send a photo, I can approve it today.', 'Could you try restarting it?', 'Do you need anything else?', 'If you need to change the date, just reply here.', 'All you need to do is tap Restore.', 'You\'ll need to sign for it, because it\'s insured.', 'It arrives on Wednesday, and you\'ll need to sign for it.', 'You must be so frustrated after three missed deliveries.'],
      },
    },
    {
      id: 'vague-hope',
      kind: 'phrases',
      title: 'Vague or hopeful wording',
      severity: 'suggest',
      // "I'll get back to you shortly": the promise rule asks for the time; one card is enough.
      unlessNear: [
        { within: 'clause', all: [PROMISE] },
        // The customer's hope, not ours: "not the answer you were hoping for".
        // A hedge with the plan beside it: "It's probably the router, so I've booked an engineer for Thursday";
        // "as quickly as possible, and I'll update you by 5 pm either way".
        { within: 'sentence', all: [PLAN, TIME] },
        { within: 'clause', all: [{ phrases: ['you were hoping', 'you\'d hoped', 'you had hoped', 'you hoped', 'you\'re hoping', 'you are hoping', 'you\'d been hoping', 'you had been hoping', 'probably why', 'probably because', 'probably the reason', 'probably caused', 'probably due to', 'most likely why', 'most likely because',
          // Social and advice hedges, not about the fix: "hopefully see you at the next event", "it's probably worth keeping
          // the receipt", "I suppose the easiest is…", "it should be fine to travel with it".
          'hopefully see you', 'hoping to see you', 'hope to see you', 'see you again', 'hopefully with better', 'the weather', 'probably worth',
          'probably best to', 'probably easiest', 'probably easier', 'probably a good idea', 'suppose the easiest', 'suppose the best',
          'suppose the simplest', 'should be fine to', 'should be okay to', 'should be ok to'] }] },
        // An estimate with its window ("probably 3 to 5 working days", "as soon as possible, and always within 24 hours"),
        // advice ("you'll probably want to keep the receipt"), order in time ("shortly after you sign up"), a sign-off
        // ("hopefully that answers your question").
        { within: 'clause', all: [{ pattern: '\\b(?:probably|as soon as possible|asap|shortly|eventually)\\b[^.!?;\\n]{0,50}?\\b(?:within|by|in|after|before|on|take|takes) (?:\\d|the next|an? (?:hour|day|week)|mon|tue|wed|thu|fri|sat|sun)|\\bprobably (?:want|need|like|prefer|find)\\b|\\bshortly (?:after|before)\\b|\\bhopefully (?:that|this|it) (?:helps|answers|clears|makes sense|explains|is (?:helpful|useful|clear)|covers)\\b', flags: 'i' }] },
      ],
      phrases: ['hopefully', 'should be fine', 'should be okay', 'should be ok', 'fingers crossed', 'with any luck', 'I think it should', 'I guess', 'I suppose', 'probably', 'in due course', 'at some point', 'as soon as possible', 'asap', 'shortly', 'should sort it', 'should do the trick', 'should be sorted', 'sort itself out', 'resolve itself', 'at some stage', 'sometime soon', 'some time soon', 'any day now', 'any time now', 'soonish', 'in the near future', 'in the coming days', 'eventually', 'sooner or later', 'I\'m hoping', 'we\'re hoping', 'we are hoping', 'touch wood', 'cross your fingers', 'when possible', 'as soon as we can', 'as quickly as possible', 'or so', 'it\'ll turn up', 'it will turn up', 'it\'ll show up', 'bound to turn up', 'with a bit of luck', 'we\'ll see', 'let\'s see how', 'see how it goes', 'might be fixed', 'might be sorted', 'might be resolved', 'might be back', 'might arrive', 'may be fixed', 'may be sorted',
        // "Soon" with nothing to check it against: "it should be with you soon".
        'be with you soon', 'arrive soon', 'be there soon', 'be here soon', 'be sorted soon', 'be fixed soon', 'be back soon', 'be resolved soon', 'be done soon', 'very soon', 'real soon', 'soon enough'],
      advice: 'Say what you know and what you are doing; where there is doubt, give the next check and its time.',
      why: 'Hope is not a plan, and vague timing reads as a brush-off.',
      examples: ['The courier scans it tomorrow morning; I\'ll check the tracking at 11 and write to you.'],
      tags: ['clarity'],
      tests: {
        shouldMatch: ['Hopefully it arrives this week.', 'It should be fine now.', 'We will process it as soon as possible.', 'Alright, that should sort it over the next hour or so.', 'It\'ll be fixed in the near future.', 'We\'re hoping the part comes in sometime soon.', 'Don\'t worry, it\'ll turn up.'],
        shouldNotMatch: ['The courier scans it tomorrow; I\'ll check at 11.', 'It\'s fine to keep the box.', 'Your refund was sent today.', 'I\'ll get back to you shortly.', 'I hope this helps!', 'The part arrives Thursday and I\'ll fit it the same day.'],
      },
    },
    {
      id: 'minimizing',
      kind: 'phrases',
      title: 'Making light of their problem',
      severity: 'suggest',
      // "…even if it's only a partial answer": about the rep's own reply, not their problem.
      unlessNear: [
        { within: 'clause', all: [{ phrases: ['even if', 'even though', 'if it\'s only', 'if it is only'] }] },
        // "It's only available online", "it's only charged once": a limit, not a judgement of their problem.
        // "Since it's only been two months, we'll come back for free": how recent it is, as the reason for what we do.
        { within: 'clause', all: [{ pattern: '\\b(?:since|as|because) it(?:[\'’]s| has| is) only (?:been )?(?:a|an|one|two|three|four|five|six|\\d+|a few|a couple of) (?:day|week|month|year)s?\\b', flags: 'i' }] },
        { within: 'clause', all: [{ pattern: '\\bit(?:[\'’]s| is) (?:only|just) (?:available|possible|valid|open|for|when|if|on|in|at|used|sold|shown|visible|charged|taken|sent|needed|once)\\b', flags: 'i' }] },
        // Which part is hit, not how much it matters ("it's only the login page that's affected"); when it happens,
        // not that it does ("if it happens again, try…", "it happens when the file is over 10MB").
        { within: 'clause', all: [{ pattern: '\\bit(?:[\'’]s| is) only (?:the|your|one|some)\\b[^.!?\\n]{0,40}\\b(?:affected|impacted|down|broken|failing)\\b|\\bit happens (?:again|when|if|because|with|after|every|on|to be)\\b|\\b(?:this|that) (?:sometimes |often |usually )?happens(?: sometimes)? (?:when|if|because|with|after)\\b|\\b(?:if|when|whenever|in case|should|unless|before) (?:it|this|that) (?:ever |still )?happens\\b', flags: 'i' }] },
      ],
      phrases: ['it\'s only', 'it is only', 'it\'s just a', 'it\'s just the', 'only a small', 'just a small', 'not a big deal', 'no big deal', 'could be worse', 'it\'s not that bad', 'minor issue', 'minor inconvenience', 'small issue', 'tiny issue', 'nothing to worry about', 'don\'t worry about it', 'was only a', 'isn\'t too bad', 'is not too bad', 'isn\'t that bad', 'these things take time', 'things like this take time', 'could have been worse', 'it happens', 'not the end of the world', 'no harm done', 'happens to everyone', 'happens all the time', 'these things happen', 'that\'s life', 'not a huge deal', 'not a huge issue', 'no biggie', 'minor delay', 'slight delay', 'small delay', 'just a few days late', 'only a few days late', 'only a couple of days late', 'just a couple of days late', 'only a day late', 'just a day late', 'not that serious', 'nothing serious', 'happens sometimes', 'happens from time to time', 'delays happen', 'delays are normal', 'only a few customers', 'only a handful of', 'you\'re the only one', 'you are the only one', 'at least it', 'at least you', 'could\'ve been worse', 'it\'s not a huge', 'just a few minutes', 'only a few minutes', 'only a few pounds', 'only a few dollars', 'only a couple of pounds', 'only a couple of dollars', 'that\'s nothing', 'it\'s a small thing', 'just a small thing', 'isn\'t a big issue', 'not a big issue', 'overthinking', 'hardly the end of the world', 'isn\'t the end of the world', 'is not the end of the world', 'hardly notice', 'barely notice', 'won\'t even notice', 'don\'t even notice', 'you\'re lucky', 'you were lucky', 'lucky it was only', 'not a big problem', 'not really a problem', 'not much of a problem', 'only cosmetic', 'just cosmetic', 'purely cosmetic', 'bright side', 'could be a lot worse', 'tiny scratch', 'tiny mark', 'small scratch', 'only a scratch', 'just a scratch', 'hardly noticeable', 'barely noticeable', 'not worth worrying'],
      advice: 'Take the problem at the size the customer feels it, then show how small the fix can be.',
      why: 'Calling it minor tells the customer their frustration is out of place, which makes it grow.',
      examples: ['I can see why a missing part stops everything; I\'ll send it today.'],
      tags: ['empathy'],
      tests: {
        shouldMatch: ['It\'s only a scratch.', 'It\'s not a big deal, just reorder.', 'That\'s a minor issue.', 'It\'s only a day late, not the end of the world.', 'These things happen with couriers.', 'Relax, it\'s just a small delay.', 'Delays happen, it\'s normal this time of year.', 'That happens sometimes.', 'You\'re the only one who has complained about this.', 'At least it arrived in the end.', 'nah it\'s one day late, that\'s nothing', 'Honestly it\'s a small thing.', 'You\'re overthinking this.'],
        shouldNotMatch: ['Since it\'s only been two months, we\'ll retune it for free.', 'I\'ll send the missing part today.', 'That\'s a big problem, I\'m sorry.', 'The part is small and easy to fit.', 'I\'ll email you tomorrow even if it\'s only a partial answer.', 'A day\'s delay on a birthday present is a big deal, and I\'m sorry.', 'It\'s only available on the app for now, so here\'s the link.', 'It happened at least twice, and I\'m sorry.', 'A laptop that won\'t charge is no small thing if you work on it every day.'],
      },
    },
    {
      id: 'sorry-but',
      kind: 'regex',
      title: '"Sorry, but…"',
      severity: 'suggest',
      pattern: '\\b(?:sorry|apologi[sz]e|apologies)\\b[^.!?\\n]{0,60}\\b(?:but|however|unfortunately)\\b',
      flags: 'i',
      advice: 'Let the apology stand as its own sentence, then say what happens next.',
      why: 'A "but" after sorry cancels the apology in the reader\'s mind.',
      examples: ['I\'m sorry the parcel is late. The courier has it now and it will reach you tomorrow.'],
      tags: ['empathy'],
      tests: {
        shouldMatch: ['I\'m sorry, but we can\'t do that.', 'We apologise for the delay but the courier is busy.', 'Sorry about that but it is out of our hands.', 'Sorry, however the offer ended yesterday.', 'I apologise, unfortunately the seats are gone.'],
        shouldNotMatch: ['I\'m sorry the parcel was late. I\'ve sent a new one today.', 'I can do it, but not until Friday.', 'Sorry! Fixed now.'],
      },
    },
    {
      id: 'acknowledge-feelings',
      kind: 'structure',
      title: 'Acknowledge how they feel first',
      severity: 'suggest',
      // Angry, not abusive: to an abusive customer the advice is the boundary (abuse-boundary), and
      // "acknowledge how they feel first" there reads as rewarding the abuse.
      // …and not when they asked for a manager: answering that request comes first (supervisor-request's card), and
      // writers leave "acknowledge" unlabelled there (5 false alarms by 5 writers, none labelled).
      context: { customerTone: ['angry'], unlessCustomerSays: SUPERVISOR_ASK },
      minWords: 8,
      unless: ACK,
      advice: 'Open with one honest sentence that shows you understand why they are upset, then get to the fix.',
      why: 'An upset customer does not hear the solution until they feel heard.',
      examples: ['I can see why this is frustrating after waiting two weeks.', 'You\'re right, this should have been sorted the first time.'],
      tags: ['de-escalation', 'empathy'],
      tests: {
        shouldMatch: [
          { draft: 'Your order is scheduled for delivery on the twelfth of May.', context: { customerTone: 'angry' } },
          { draft: 'The refund was issued to your card and takes five days.', context: { customerTone: 'angry' } },
          { draft: 'Please restart the router and try the connection again.', context: { customerTone: 'angry' } },
          // A manager asked for earlier, then a new message without it: the latest message is what counts.
          { draft: 'The refund was issued to your card and takes five days.', thread: [{ role: 'customer', text: 'Get me your supervisor.' }, { role: 'agent', text: 'I have passed this to my supervisor.' }, { role: 'customer', text: 'Still nothing. This is a joke.' }], context: { customerTone: 'angry' } },
        ],
        shouldNotMatch: [{ draft: 'I can understand why you\'re furious, and the replacement ships today.', context: { customerTone: 'angry' } }, 
          { draft: 'I\'m sorry this has dragged on. Your order is scheduled for delivery on the twelfth.', context: { customerTone: 'frustrated' } },
          { draft: 'Your order is scheduled for delivery on the twelfth of May.', context: { customerTone: 'calm' } },
          'Your order is scheduled for delivery on the twelfth of May.',
          { draft: 'Please restart the router and try the connection again.', context: { customerTone: 'abusive' } },
          { draft: 'I have asked my team lead to call you back before 4 pm today about the refund.', thread: [{ role: 'customer', text: 'This is ridiculous. Put me through to a manager now.' }], context: { customerTone: 'angry' } },
        ],
      },
    },
    {
      id: 'over-apologising',
      kind: 'structure',
      title: 'Too many apologies',
      severity: 'info',
      when: { pattern: '\\b(?:sorry|apologi[sz]e[sd]?|apologies)\\b', flags: 'i' },
      minMatches: 3,
      advice: 'One sincere apology is enough; spend the rest of the message on what you are doing.',
      why: 'Repeated apologies start to sound nervous or scripted and push the actual fix out of view.',
      examples: ['I\'m sorry about the mix-up. Here\'s what I\'ve done: …'],
      tags: ['empathy'],
      tests: {
        shouldMatch: ['Sorry! So sorry about this. Apologies again.', 'I apologise. I\'m sorry. We apologize for the delay.', 'Sorry, sorry, sorry.'],
        shouldNotMatch: ['I\'m sorry about the mix-up. Here\'s what I\'ve done.', 'Sorry for the wait. Apologies for the typo.', 'Thanks for waiting.'],
      },
    },
    {
      id: 'closes-ticket',
      kind: 'phrases',
      title: 'Closing the ticket on them',
      severity: 'suggest',
      phrases: ['marked as closed', 'been marked closed', 'case has been closed', 'ticket has been closed', 'request has been closed', 'marked as resolved', 'ticket will now be closed', 'case will now be closed', 'chat will now be closed', 'request will now be closed', 'will be closed shortly', 'ticket will be closed', 'case will be closed', 'chat will be closed', 'will be closing this', 'closing this ticket', 'close this ticket',
        // …said of the enquiry or the ticket, with "now" or "as resolved" ("This enquiry has now been closed", "I've marked this
        // ticket as resolved and closed it").
        ...['enquiry', 'inquiry', 'query', 'complaint', 'ticket'].map((n) => `${n} ... been closed`), ...['ticket', 'case', 'enquiry', 'query', 'request'].flatMap((n) => [`marked this ${n} as resolved`, `marked this ${n} as closed`]), 'closing this case', 'close this case', 'closing this request', 'close this request', 'mark this as resolved', 'marking this as resolved', 'consider this matter closed', 'consider this closed', 'this case is now closed', 'this ticket is now closed', 'ticket will be closed', 'case will be closed', 'close this chat', 'closing this chat', 'close the chat', 'closing the chat', 'close this conversation', 'closing this conversation', 'will be closed automatically', 'go ahead and close', 'closing your ticket', 'close your ticket', 'closing your case', 'close your case', 'close your request', 'closing your request', 'mark this resolved', 'marking this resolved', 'marked as resolved', 'marked this as resolved', 'set this to resolved', 'resolving this ticket', 'resolve this ticket', 'resolving this case', 'I\'ll close this', 'I will close this', 'I\'m closing this', 'closing the ticket', 'close the ticket', 'close the case', 'closing the case', 'end this chat', 'ending this chat', 'end the chat', 'ending the chat', 'end this conversation', 'ending this conversation', 'will now end', 'ticket closed', 'case closed', 'closing it now', 'closing this off', 'close this off', 'closed your previous ticket', 'closed your ticket', 'closed your case', 'closed the ticket', 'closed your previous case', 'closed your request', 'ticket has been closed', 'case has been closed', 'mark this as solved', 'marking this as solved', 'mark this solved', 'mark this as complete', 'marking this as complete', 'marked as complete', 'marked as solved', 'closing this out', 'close this out', 'resolved and closed', 'consider the matter closed', 'matter is now closed', 'matter is closed', 'ticket as closed', 'case as closed', 'ticket as solved', 'case as solved', 'ticket as resolved', 'case as resolved', 'ticket as complete', 'case as complete', 'ticket will now be marked', 'case will now be marked', 'closing this one', 'conversation is now closed', 'chat is now closed', 'resolved your ticket', 'resolved your case', 'consider this resolved', 'set your ticket to', 'set the ticket to', 'closed the case', 'closed this case', 'closed this ticket'],
      // A way back: reopening, replying (not "please do not reply to this email", which shuts it).
      unless: { pattern: '(?<!\\bnot |n[\'’]t )\\b(?:just )?reply to this\\b|\\bjust reply\\b', flags: 'i', phrases: ['reopen', 're-open', 'reopens', 'reopened', 're-opens', 'if it\'s not resolved', 'if anything is still', 'if that doesn\'t', 'if this doesn\'t', 'reply within', 'if the problem comes back', 'if it happens again', 'if it comes back', 'if you still', 'if anything changes', 'once you confirm', 'once you\'ve confirmed', 'when you confirm', 'after you confirm', 'once it arrives', 'once it\'s arrived', 'once the refund'] },
      advice: 'Check it is solved for them, and say how to come back if it is not, without starting over.',
      why: 'Closing a case the customer still sees as open is how repeat contacts start.',
      examples: ['If anything is still not right, just reply here and it comes straight back to me.'],
      tags: ['follow-up'],
      tests: {
        shouldMatch: ['This enquiry has now been closed. For anything else, please submit a new enquiry.', 'I\'ve marked this ticket as resolved and closed it. Please do not reply to this email.', 'I am closing this ticket now.', 'This case is now closed.', 'Your ticket will be closed automatically in 3 days.', 'I\'ll go ahead and close your ticket now.', 'Marking this resolved, have a great day!', 'I\'ll end this chat now, thanks for contacting us.', 'As this is a new issue, I\'ve closed your previous ticket.'],
        shouldNotMatch: ['I\'ve marked this ticket as urgent for the team.', 'I\'ve marked this ticket as resolved; if anything is still wrong, just reply to this email.', 'I\'ll close this ticket, but just reply if anything is still wrong.', 'The store will be closed on Monday.', 'I\'ll keep this case open until it arrives.', 'I\'ll keep your case open until the engineer confirms it\'s fixed, and if it comes back just reply here.', 'The shop will now be closed until Monday, but online orders still ship.', 'I\'ll close this once you confirm the refund has arrived.'],
      },
    },
    {
      id: 'abuse-boundary',
      kind: 'structure',
      title: 'You don\'t have to take abuse',
      severity: 'warn',
      context: { customerTone: ['abusive'] },
      advice: 'If the customer is insulting, threatening or cursing at you, follow your team\'s boundary policy: one calm warning, then you may end the conversation. Note what happened, and take a short break afterwards.',
      why: 'Helping customers never includes being abused, and the policy exists so you don\'t have to decide alone.',
      examples: ['I want to help you with this, and I can only continue if the language isn\'t aimed at me.'],
      tags: ['boundary'],
      tests: {
        shouldMatch: [{ draft: 'Let me check that for you.', context: { customerTone: 'abusive' } }, { draft: '', context: { customerTone: 'abusive' } }, { draft: 'I understand.', context: { customerTone: 'abusive', channel: 'phone' } }],
        shouldNotMatch: [{ draft: 'Let me check that for you.', context: { customerTone: 'angry' } }, { draft: 'Let me check that for you.', context: { customerTone: 'calm' } }, 'Let me check that for you.'],
      },
    },
    {
      id: 'defensive-reply',
      kind: 'structure',
      title: 'Arguing back',
      severity: 'warn',
      // "If that date is not correct, tell me": a check, not an argument.
      unlessNear: [
        { within: 'clause', all: [{ pattern: '\\b(?:if|whether|in case)\\b', flags: 'i' }] },
        // Owning it in the same breath: "we never promised this and we should have been clearer".
        { within: 'sentence', all: [{ phrases: [...OWN_IT.phrases!.filter((p) => !/^(?:my|our) /.test(p)), 'that\'s our', 'that was our', 'that\'s my', 'that was my', 'it was our', 'it was my', 'which is our', 'which was our', 'and I\'m sorry', 'and we\'re sorry'] }] },
        // A question ("Was the agent polite throughout?"), and praise for what the customer did ("you did everything
        // correctly", "the form was done correctly on your side").
        { within: 'clause', all: [{ pattern: '\\?|\\byou(?:[\'’]ve| have)? (?:did|done) (?:everything|it|this|all|that)\\b[^.!?\\n]{0,20}\\b(?:correctly|right|properly)\\b|\\b(?:correctly|properly|right) on your (?:side|end)\\b', flags: 'i' }] },
        // "That isn't the case for your order": explaining why a rule does not apply.
        { within: 'clause', all: [{ phrases: ['the case for', 'the case with', 'the case on', 'the case in', 'the case here because', 'you couldn\'t have', 'you could not have', 'couldn\'t have been', 'could not have been', 'couldn\'t have come', 'couldn\'t have happened at'] }] },
      ],
      when: {
        phrases: ['that\'s not true', 'that is not true', 'you\'re wrong', 'you are wrong', 'that\'s not what happened', 'that is not what happened', 'you\'re being rude', 'you are being rude', 'watch your tone', 'don\'t take that tone', 'I don\'t appreciate your tone', 'not my fault', 'not our fault', 'don\'t blame me', 'don\'t blame us', 'I\'m just doing my job', 'I\'m only doing my job', 'we are not responsible', 'we\'re not responsible', 'we cannot be held responsible', 'we can\'t be held responsible', 'isn\'t accurate', 'is not accurate', 'is inaccurate', 'for the record', 'I must point out', 'I have to point out', 'I should point out', 'I would point out', 'I\'d point out', 'in fairness to', 'was explained to you', 'to clarify, we did', 'to clarify, we have', 'to clarify, we were', 'to be clear, we did', 'not caused by us', 'not down to us', 'wasn\'t down to us', 'nothing wrong with it when', 'nothing wrong with the item when', 'nothing wrong with the product when', 'were explained to you', 'as was explained', 'we acted in accordance', 'acted correctly', 'we stand by', 'stand by our decision', 'stand by the decision', 'I don\'t accept that', 'I do not accept that', 'we don\'t accept that', 'we do not accept that', 'simply not accurate', 'simply not correct', 'simply isn\'t', 'just not true', 'did everything correctly', 'did everything right', 'by the book', 'doesn\'t make mistakes', 'we don\'t make mistakes', 'we do not make mistakes', 'we never make mistakes', 'never makes mistakes', 'staff never make', 'team never make', 'staff don\'t make mistakes', 'does not make mistakes', 'doesn\'t make errors', 'we don\'t make errors', 'records clearly show', 'that\'s incorrect', 'that is incorrect', 'that\'s not correct', 'that is not correct', 'you\'re mistaken', 'you are mistaken', 'simply not true', 'we did nothing wrong', 'we have done nothing wrong', 'we\'ve done nothing wrong', 'we followed the correct', 'was applied correctly', 'were applied correctly', 'was charged correctly', 'was correctly applied', 'not liable', 'we\'re not to blame', 'we are not to blame', 'I\'m not to blame', 'can\'t be blamed', 'cannot be blamed', 'accusing us', 'accusing me', 'I won\'t be spoken to', 'I will not be spoken to', 'the system doesn\'t lie', 'the system is never wrong', 'our records are correct', 'our system is correct', 'you clearly didn\'t', 'you obviously didn\'t', 'nothing wrong on our side', 'nothing wrong on our end', 'no fault on our side', 'no error on our side', 'no error on our part', 'no fault on our part', 'fee is correct', 'charge is correct', 'fee was correct', 'charge was correct', 'bill is correct', 'invoice is correct', 'amount is correct', 'fee is valid', 'charge is valid', 'fee stands', 'charge stands', 'charges are correct', 'fees are correct', 'definitely works', 'the problem is your', 'the problem is on your', 'the issue is on your', 'problem is with your', 'far more likely', 'more likely the problem', 'drivers are not required', 'staff are not required', 'we are not required to', 'we\'re not required to', 'was simply following', 'were simply following', 'was just following', 'she was simply', 'he was simply', 'not a fault with our', 'not a fault with the product', 'did not make an error', 'didn\'t make an error', 'did not make a mistake', 'didn\'t make a mistake', 'haven\'t made a mistake', 'have not made a mistake', 'haven\'t made an error', 'no mistake was made', 'no error was made', 'made no mistake', 'made no error', 'cannot be responsible', 'can\'t be responsible', 'not a product fault', 'not a fault on our', 'would never say', 'would never do that', 'would never have', 'not what our', 'not what the agent', 'not what the driver', 'not what the engineer', 'not what your agent', 'could not have', 'couldn\'t have',
          // Insisting we did it ("our driver did knock", "we did reply on the 5th"), that it was done right, that our people
          // behaved ("the agent was polite throughout", "nobody was rude to you"), that the product was fine, and waving
          // the complaint away ("I don't see what the problem is", "the courier's fault, not ours", "you agreed to this").
          'did knock', 'did attempt delivery', 'did try to deliver', 'we did reply', 'we did respond', 'we did send',
          'we did email', 'we did tell you', 'we did inform you', 'we did explain', 'did reply to you', 'did respond to you',
          'done correctly', 'done properly', 'did it properly', 'did everything properly', 'did exactly what', 'did what they were supposed',
          'did what he was supposed', 'did what she was supposed', 'gave you the correct', 'gave you correct', 'the information you were given was correct',
          // Our people's training or our record held up against the complaint: "our delivery teams are fully trained… so it's very
          // unlikely the scratch was caused by our drivers", "all our staff receive customer service training", "our coordinators are
          // very experienced professionals", "errors on our side are extremely rare". Not "I'm sure there's been a misunderstanding"
          // alone: a good reply may open its check with it.
          'receive customer service training', 'very experienced professionals', 'highly experienced professionals',
          'errors on our side are', 'mistakes on our side are', 'errors on our part are', 'very unlikely ... caused by our',
          'highly unlikely ... caused by our', 'did follow the process', 'did follow the procedure', 'did follow procedure',
          'not something we did', 'our figures are correct', 'our figures are accurate',
          // …"I would also point out…", the thing said to be fine when our person left ("the piano was in tune when he left",
          // "the brake was working correctly when it left the workshop"), and our product said not to be at fault ("our
          // prints are not faulty").
          ...['would', 'must', 'should', 'have to'].map((m) => `I ${m} also point out`), 'I\'d also point out', 'I\'d just point out', 'I would just point out',
          ...['in tune', 'working correctly', 'working properly', 'working normally', 'in working order', 'fully working', 'undamaged', 'intact'].map((st) => `${st} when ... left`),
          'our ... not faulty', 'our ... isn\'t faulty', 'our ... aren\'t faulty', 'our ... not defective',
          'polite throughout', 'professional throughout', 'perfectly polite', 'perfectly professional', 'was not rude', 'were not rude',
          'wasn\'t rude', 'weren\'t rude', 'nobody was rude', 'no one was rude', 'nobody here was rude', 'no one here was rude',
          'following procedure', 'following the procedure', 'following our procedure', 'following policy', 'following our policy',
          'perfect condition when', 'perfect working order when', 'good condition when it left', 'works as described',
          'nothing wrong with the product', 'nothing wrong with our',
          'don\'t see what the problem is', 'don\'t see the problem', 'don\'t see what the issue is', 'do not see what the problem is',
          'simply how it works', 'just how it works', 'I think you\'ll find', 'I think you will find', 'I\'d like to correct',
          'I would like to correct', 'need to correct', 'must correct', 'you agreed to this', 'you agreed to it', 'you accepted this',
          'fault, not ours', 'fault not ours', 'not our network', 'not our responsibility', 'not our problem', 'not our issue',
          'there\'s no way the', 'there is no way the', 'no way our', 'your version of events', 'your account of events', 'not sure why you think', 'don\'t know why you think', 'not sure where you got', 'don\'t know where you got',
          'I want to be clear that', 'I want to make it clear', 'I want to make clear', 'let me be clear that', 'not ... because of us',
          'like we\'re supposed to', 'as we\'re supposed to', 'like we are supposed to', 'as we are supposed to', 'we are not criminals',
          'we\'re not criminals', 'not liars', 'I don\'t appreciate being', 'our app did not', 'our app didn\'t', 'our system did not',
          'our system didn\'t', 'our update did not', 'our update didn\'t', 'I disagree', 'I have to disagree', 'I must disagree', 'I would disagree', 'respectfully disagree', 'not at fault', 'not caused by us', 'not due to us', 'not down to us', 'working perfectly when it left', 'working fine when it left', 'perfect condition when it left', 'in fact we did', 'actually we did', 'actually, we did', 'we did in fact', 'not on our side', 'not on our end', 'not from our side', 'not from our end', 'followed procedure', 'followed the procedure', 'followed the correct procedure', 'followed the correct process', 'followed protocol', 'followed the process correctly', 'handled it correctly', 'handled correctly', 'processed correctly', 'is legitimate', 'was legitimate', 'are legitimate', 'were legitimate', 'records are accurate', 'never promised', 'never guaranteed', 'did not promise', 'didn\'t promise', 'agreed to the terms', 'agreed to these terms', 'accepted the terms', 'agreed to our terms', 'that\'s not the case', 'that is not the case', 'this is not the case', 'that isn\'t the case', 'simply isn\'t the case', 'simply not the case', 'just not the case', 'wasn\'t the case', 'was not the case'],
        // Said politely, still an argument: "I can assure you the email was sent", "the fault is not on our side",
        // "the agent did nothing wrong", "our drivers would never…", "that's not what our agent said", "With respect, …".
        pattern:
          "\\bI can assure you (?:that )?[^.!?\\n]{0,40}\\b(?:was|were|did|had)\\b|\\b(?:fault|error|mistake|problem|issue)(?: here)? (?:is|was|lies)(?:n[’']t| not) (?:on|with|at) (?:our|us)\\b|(?<!\\byou(?:[’']ve| have)? )\\b(?:did|done) nothing wrong\\b|\\b(?:records?|system|tracking|logs?|recordings?|notes|GPS|scans?|CCTV|footage) (?:clearly|definitely|plainly) (?:show|confirm|state|indicate)|^with respect," +
          // "The delay was caused by the courier, not us"; "As you were told, …" opening the point ("…, as you were told." confirms it).
          "|\\bcaused by [^.!?\\n]{1,30}, not (?:by )?us\\b|(?:^|[.!?:]\\s+)as you were (?:told|informed|advised|warned)\\b",
        flags: 'im',
      },
      advice: 'Skip who is right. State the facts you see, without judging, and move to what can be done.',
      why: 'Arguing makes the customer dig in; even when they are wrong, the goal is the fix, not the point.',
      examples: ['On our side the order shows as delivered on Tuesday; let\'s work out where it went.'],
      tags: ['de-escalation', 'blame'],
      tests: {
        shouldMatch: ['I would also point out that lessons may start a few minutes late.', 'The piano was in tune when he left.', 'Our delivery teams always use floor protectors, so it\'s very unlikely the scratch was caused by our drivers.', 'Our coordinators are very experienced professionals and I\'m sure there\'s been a misunderstanding.', 'That\'s not true, we emailed you.', 'It\'s not my fault the courier was late.', 'You\'re being rude.', 'The fee was applied correctly and we did nothing wrong.', 'With respect, you are mistaken about the date.', 'There was no error on our part, the courier delivered it.', 'Payments after 5pm count as next day. So the late fee is correct.', 'The charger definitely works, we test every unit. It\'s far more likely the problem is your socket.', 'I\'m sorry, but our drivers are not required to bring parcels inside.'],
        shouldNotMatch: ['I\'d like to point out one setting that may help.', 'I\'m sure there\'s been a misunderstanding, so I\'ve checked the booking and moved you to the 10am slot.', 'Our fitters are fully trained for gas boilers, and Sam will visit on Monday at 10am to replace the valve.', 'Our records show the email went out on Tuesday; let\'s check your spam folder together.', 'That\'s true, and I\'m sorry.', 'Thanks for your patience.', 'If that date is not correct, tell me and I\'ll fix it.', 'You\'re right, the fee should not have been applied.'],
      },
    },
    {
      id: 'non-apology',
      kind: 'regex',
      title: 'An apology for their feelings',
      severity: 'warn',
      // "We regret that you feel…", "apologies if you felt…", "sorry you think…": the apology is for their reaction.
      pattern: '\\b(?:sorry|regret|apologi[sz]e|apologies)\\b(?:(?: that)? you(?:[\'’]re| are| were)? (?:so )?(?:unhappy|upset|disappointed|dissatisfied|frustrated) (?:with|by|about)\\b|(?: that| for how)? you (?:feel|felt|think|thought|believe|perceive|perceived|were offended|took offen[cs]e|found (?:it|this|that|our \\w+) (?:confusing|unclear|rude|upsetting))| if (?:you (?:feel|felt|think|thought|believe|perceive|were|are|got)|that|this|it|anything|there was any)| for any confusion you may have)\\b',
      flags: 'i',
      unless: { phrases: ['sorry if this is a silly question'] },
      advice: 'Apologise for what happened, not for how they feel about it.',
      why: '"Sorry you feel that way" puts the problem in the customer, and they hear it as sarcasm.',
      examples: ['I\'m sorry we didn\'t call back when we said we would.'],
      tags: ['sarcasm', 'empathy'],
      tests: {
        shouldMatch: ['I\'m sorry you feel that way.', 'Sorry if you were confused by the email.', 'We are sorry you think the service was poor.', 'We regret that you feel the visit didn\'t meet your expectations.', 'Apologies if you felt rushed on the call.', 'sorry if that came across wrong'],
        shouldNotMatch: ['I\'m sorry we didn\'t call back.', 'Sorry for the delay on our side.', 'I feel the same way about it.'],
      },
    },
    {
      id: 'draft-tone-risk',
      kind: 'structure',
      title: 'Read it once as the customer',
      severity: 'suggest',
      yields: true,
      context: { draftRisks: ['blame', 'sarcasm', 'cold-refusal'] },
      // "You should have it by now", "you shouldn't have had to wait": expectation and empathy, not blame.
      unlessNear: [
        { within: 'clause', all: [{ pattern: '\\byou should(?:[\'’]?ve| have) (?:it|one|them|this|that|received|got|gotten|had|heard|the|your|an?|[£$€\\d]|been (?:offered|told|informed|given|sent|warned|refunded|contacted|called|notified))|\\bshouldn[\'’]?t have had to\\b|\\bshould(?:n[\'’]?t| not| never)? have to\\b', flags: 'i' }] },
        // "Congratulations on finishing the course!" is warm; "The notice to you should have gone out" is our failure,
        // said of a thing. (Where a named rule speaks on the same words, "As I said", "you should have read…", a
        // refusal, `yields` keeps this catch-all quiet: the named card gives the specific advice.)
        { within: 'clause', all: [{ phrases: ['congratulations on', 'congrats on', 'to you should have', 'for you should have'] }] },
        // What we told them, recounted ("You were told on the call that there'd be no fee", "you were told 10 days", "…and approved on
        // May 3, as you were told."), and what they could not have avoided ("there's nothing you could have done"): on their side, not blame.
        {
          within: 'clause',
          all: [{ pattern: '\\byou were (?:told|promised|informed|advised|assured)(?! (?:to|not to|twice|again|already|before)\\b)(?: [^.!?\\n]{1,40}?)?,? (?:that|it|there|we|the|your|you[\'’]d|you would|this|a|an)\\b|\\b(?:nothing|not something|isn[\'’]?t something|wasn[\'’]?t something|no way|not anything) you could(?:[\'’]?ve| have)\\b|\\byou were (?:told|promised|quoted) (?:\\d|an? |one |two |three )|, as you were (?:told|promised|informed|advised)(?=\\s{0,3}(?:[.!;\\n]|$))', flags: 'i' }],
        },
        { within: 'sentence', all: [{ phrases: ['and it wasn\'t', 'and it was not', 'which was wrong', 'which wasn\'t right', 'that was wrong', 'that wasn\'t right', 'and that\'s on us', 'that was our', 'our mistake', 'our error', 'our fault'] }] },
      ],
      advice: 'Part of this draft may read as blaming, sarcastic or cold. Read the marked words as the customer would, and rephrase if they sting.',
      why: 'Tone is easy to miss in your own writing and hard for the customer to ignore.',
      examples: ['Let\'s get this sorted: …'],
      tags: ['tone'],
      tests: {
        shouldMatch: [
          { draft: 'Well, you should read emails.', context: { draftRisks: [{ kind: 'blame', start: 6, end: 29 }] } },
          { draft: 'Great, another day waiting.', context: { draftRisks: [{ kind: 'sarcasm', start: 0, end: 5 }] } },
          { draft: 'No.', context: { draftRisks: [{ kind: 'cold-refusal', start: 0, end: 3 }, { kind: 'all-caps', start: 0, end: 2 }] } },
        ],
        shouldNotMatch: [
          { draft: 'You had to ring twice, and you were told 10 days.', context: { draftRisks: [{ kind: 'blame', start: 30, end: 49 }] } },
          'Well, you should read emails.',
          { draft: 'PLEASE NOTE', context: { draftRisks: [{ kind: 'all-caps', start: 0, end: 11 }] } },
          { draft: 'Thanks!', context: { draftRisks: [] } },
          { draft: 'You should have been offered it straight away, and the team didn\'t do that.', context: { draftRisks: [{ kind: 'blame', start: 0, end: 15 }] } },
        ],
      },
    },
  ],
  checklists: [
    {
      id: 'de-escalation',
      title: 'Upset customer',
      description: 'For a frustrated or angry customer. Items tick themselves when your draft does them.',
      trigger: { customerTone: ['frustrated', 'angry', 'abusive'] },
      items: [
        { id: 'acknowledge', label: 'Acknowledge how they feel', why: 'They listen to the fix only once they feel heard.', tickWhen: ACK },
        { id: 'own-it', label: 'Own what went wrong', why: 'Taking responsibility ends the argument about whose fault it is.', tickWhen: OWN_IT },
        { id: 'plan-and-time', label: 'Say what you will do, and by when', why: 'A plan with a time is what makes a promise believable.', tickWhen: TIME_PLAN },
        { id: 'offer-supervisor', label: 'Offer a supervisor if they want one', why: 'Knowing they can go higher lowers the pressure on both of you.', tickWhen: ESCALATION },
        { id: 'confirm-next-contact', label: 'Confirm when you will be in touch next', why: 'Proactive updates stop the next angry message before it is written.', tickWhen: NEXT_CONTACT },
        { id: 'meet-in-middle', label: 'Look for a middle ground', why: 'Give and take turns a standoff into a negotiation.', tickWhen: { phrases: ['what would help', 'would that work', 'would this work', 'what I can do', 'how about', 'would you prefer', 'one option', 'another option', 'meet you halfway', 'as a gesture'] } },
        { id: 'personal-touch', label: 'Use their name and their words', why: 'It shows a person is reading, not a script.', tickWhen: { phrases: ['you mentioned', 'you said', 'as you said', 'you\'re right', 'you are right', 'in your message'] } },
      ],
    },
    {
      id: 'repeat-contact',
      title: 'Customer is back again',
      description: 'They have contacted us before about this. Make this the last time they need to.',
      trigger: { repeatContact: true, customerSays: REPEAT_SAYS },
      items: [
        { id: 'acknowledge-repeat', label: 'Acknowledge they had to come back', why: 'Saying it first takes the sting out of having to chase.', tickWhen: { phrases: ['again', 'had to contact', 'had to chase', 'had to write', 'had to call', 'had to follow up', 'not the first time', 'more than once'] } },
        { id: 'read-history', label: 'Show you have read the history', why: 'Nobody should need to tell their story twice.', tickWhen: { phrases: ['I\'ve read', 'I have read', 'I\'ve gone through', 'I went through', 'looked back', 'previous messages', 'your earlier', 'I can see from', 'I can see you\'ve', 'last time'] } },
        { id: 'own-it', label: 'Own what went wrong', why: 'A repeat contact usually means we missed something.', tickWhen: OWN_IT },
        { id: 'single-owner', label: 'Take personal ownership from here', why: 'One named person to follow it through is what breaks the loop.', tickWhen: { phrases: ['I\'ll personally', 'I will personally', 'I\'m taking', 'I am taking', 'I\'ll stay on', 'I will stay on', 'I\'ll keep this', 'I\'ll own', 'my name is', 'I\'ll be your'] } },
        { id: 'plan-and-time', label: 'Say what you will do, and by when', why: 'It shows this time will be different.', tickWhen: TIME_PLAN },
        { id: 'offer-supervisor', label: 'Offer a supervisor', why: 'After several tries, a second pair of eyes is a fair offer.', tickWhen: ESCALATION },
        { id: 'confirm-next-contact', label: 'Confirm the next contact', why: 'Say when they will hear from you, even if there is no news yet.', tickWhen: NEXT_CONTACT },
      ],
    },
  ],
  boundaryPolicy: {
    whatCounts: 'Abuse is language aimed at you rather than at the problem: insults, slurs, threats, or swearing at you. A customer who is angry, blunt, or swears about the situation is upset, not abusive.',
    warning: 'I want to help you sort this out, and I can only keep going if the language isn\'t directed at me.',
    whenToEnd: 'If the abuse continues after one calm warning, or at once for a threat, you may end the conversation politely and note when they can contact us again.',
    whatToRecord: 'The time, the ticket, the words used, the warning you gave, and how the conversation ended. Heard keeps this on your machine for your team lead.',
    breakAdvice: 'Step away for a few minutes before the next ticket: stand up, get a drink of water, and tell your lead if it stays with you.',
  },
};
