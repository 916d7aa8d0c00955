/**
 * Word lists and patterns for the customer-tone analyser. Patterns run on the *normalised* text
 * (lowercase, leetspeak undone, same length as the original so offsets stay valid), see normalize().
 * Used by lib/tone/analyze.ts only (background / extension pages), never by the content script.
 */

/** Lowercase and undo common obfuscation, keeping every character at its index. */
export function normalize(text: string): string {
  const out: string[] = new Array<string>(text.length);
  const isL = (c: string | undefined): boolean => c !== undefined && /[a-z]/i.test(c);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    let l = ch.toLowerCase();
    if (l.length !== 1) l = ch;
    const prev = text[i - 1];
    const next = text[i + 1];
    const between = isL(prev) && isL(next);
    switch (ch) {
      case '@':
        if (isL(next) || next === '$' || next === '*') l = 'a';
        break;
      case '$':
        if (isL(prev) || isL(next) || prev === '$' || next === '$' || prev === '@') l = 's';
        break;
      case '1':
      case '!':
      case '|':
        if (between) l = 'i';
        break;
      case '3':
        if (between) l = 'e';
        break;
      case '0':
        if (between) l = 'o';
        break;
      case '4':
        if (between) l = 'a';
        break;
      case '’':
      case '‘':
        l = "'";
        break;
    }
    out[i] = l;
  }
  return unmask(joinSpelled(undoLeet(out.join(''), text).replace(YR_YOURE, 'ur')));
}

/** Insult adjectives and nouns with a letter starred out ("st*pid", "us*less", "id*ot"), read whole (same length). */
function unmask(norm: string): string {
  if (!norm.includes('*')) return norm;
  return norm.replace(/\b[a-z]+\*[a-z]+\b/g, (w) => MASKABLE.find((x) => x.length === w.length && [...w].every((ch, i) => ch === '*' || ch === x[i])) ?? w);
}
const MASKABLE = ['stupid', 'useless', 'idiot', 'moron', 'idiotic', 'moronic', 'imbecile', 'pathetic', 'incompetent', 'worthless', 'clueless', 'brainless', 'retard', 'retarded', 'loser', 'cretin'];

/** "yr an absolute …", "yr such a …": "you're" (not "1 yr warranty"). */
const YR_YOURE = /(?<!\d ?)\byr(?=\s+(?:a|an|such|so|the|absolute|complete|total|actually|literally|just)\b)/g;

/**
 * An insult spelled out letter by letter with a mark between ("c-u-n-t", "t.w.a.t", "i_d_i_o_t"): the letters
 * joined where they spell an insult noun or a swear word, the marks left as blanks after them (same length).
 */
function joinSpelled(norm: string): string {
  return norm
    .replace(/\b[a-z](?:([-._*])[a-z])(?:\1[a-z]){1,10}\b/g, (w) => {
      const letters = w.replace(/[-._*]/g, '');
      return INSULT_NOUNS.has(letters) || SPELLED_SWEARS.has(letters) ? letters + ' '.repeat(w.length - letters.length) : w;
    })
    // … or with single spaces ("i d i o t"): only where the letters spell one (a run of initials stays as it is).
    // ("u r a m o r o n": the insult may end or start the run.)
    .replace(/\b[a-z](?: [a-z]\b){3,13}(?! [a-z]\b)/g, (w) => {
      const letters = w.replace(/ /g, '');
      for (let a = 0; a + 4 <= letters.length; a++)
        for (let b = letters.length; b - a >= 4; b--) {
          const word = letters.slice(a, b);
          if (!INSULT_NOUNS.has(word) && !SPELLED_SWEARS.has(word)) continue;
          const from = 2 * a;
          const to = 2 * (b - 1) + 1;
          return w.slice(0, from) + word + ' '.repeat(to - from - word.length) + w.slice(to);
        }
      return w;
    });
}
const SPELLED_SWEARS = new Set(['fuck', 'fucking', 'shit', 'bitch', 'cunt', 'twat', 'dick', 'prick', 'wanker', 'bastard', 'asshole', 'arsehole', 'idiot', 'moron', 'stupid', 'useless', 'retard']);

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * Digits standing for letters in a lowercase word ("1d10t", "4n", "st00pid"). Codes, sizes and
 * ordinals keep their digits: a word with a capital (XR200), letters then digits (mp3, v2, a4),
 * digits then a unit or ordinal suffix (10am, 3rd, 4k, 500ml).
 */
function undoLeet(norm: string, text: string): string {
  return norm.replace(/[a-z0-9]*\d[a-z0-9]*/g, (w, at: number) => {
    if (!/[a-z]/.test(w) || /[A-Z]/.test(text.slice(at, at + w.length))) return w;
    if (/^[a-z]{1,3}\d+$/.test(w) || /^\d+(?:st|nd|rd|th|s|am|pm|k|p|x|d|h|m|hr|hrs|min|mins|gb|mb|tb|kg|g|mg|ml|l|cm|mm|km|ft|in|mph|kw|kwh|v|w|hz|gbp|eur|usd)$/.test(w)) return w;
    return w.replace(/[013457]/g, (d) => LEET[d] as string);
  });
}


/** Nouns that insult a person. Plural forms are matched too. */
export const INSULT_NOUNS = new Set(
  (
    'idiot moron imbecile fool clown loser muppet jackass dumbass dimwit halfwit numpty twat prick dick dickhead ' +
    'asshole arsehole bastard bitch cunt shithead scumbag scum rat cow pig liar bully disgrace cretin parasite ' +
    'leech troll retard tosser wanker git donkey chimp monkey joke jerk creep freak nitwit dunce buffoon ' +
    'a-hole a-holes ahole numbskull bozo pillock plonker prat berk wazzock dipshit dumbo worm cowboy airhead bimbo simpleton ignoramus dolt oaf ' +
    'knobhead bellend doofus dingbat nincompoop halfwit gimp noob n00b newb drone parrot peasant eejit gobshite drongo galah dipstick wally langer gobdaw bampot clot dweeb goon knob knobend dickwad douche douchebag dirtbag lowlife scrote toerag slag skank whore slut nimrod schmuck putz tosspot fuckwit fuckhead shitbag cockwomble twit pleb dummy dregs vermin jobsworth crook thieves scammer swindler charlatan conman conmen weasel cheater cnut c0nt kunt twunt coward embarrassment waster lump snowflake'
  ).split(' '),
);

/** Adjectives that insult a person when said of them. */
export const INSULT_ADJS = new Set(
  (
    'stupid dumb dumbest stupidest thick useless incompetent worthless lazy pathetic ignorant arrogant clueless ' +
    'deaf hopeless brainless brain-dead braindead moronic idiotic retarded dense lying thieving spineless gutless ' +
    'dishonest disgusting ugly fat subhuman cowardly'
  ).split(' '),
);

/** Adjectives that insult a person only when said of the rep ("are you slow?"); said of a thing
 * ("the app is slow") they are a plain description. */
export const PERSON_ONLY_ADJS = new Set('slow dim simple illiterate gormless dopey daft thick-headed simple-minded dense densest dimmest thickest slowest inept incapable dozy'.split(' '));

/** Words that judge a person's mind by their form: "pea-brained", "half-wit", "bonehead", "amateurs". */
export const JUDGEMENT_FORM = /^(?:[a-z]+-?brained|(?:half|dim|nit|dumb|twit|fuck|f\*+k)-?wits?|(?:bone|block|dunder|knuckle|pin|meat|air|dumb|fat|bird|mutton|dope|lame|butt|pea)-?heads?|amateurs|simpletons?|illiterates?)$/;
/** Abilities a person has less of than anyone: "the least competent person", "less intelligent than…". */
export const ABILITY_WORDS = /^(?:competent|intelligent|capable|qualified|bright|clever|smart|knowledgeable|able|skilled|trained)$/;

/** Words that may sit between "you" and an insult without changing who is meant. */
export const INTENSIFIERS = new Set(
  (
    'a an the such so absolute absolutely complete completely total totally utter utterly little big real really ' +
    'typical clearly obviously just actually truly most biggest bloody fucking fcking effing f***ing frigging freaking f\'n fn f\'in effin friggin flippin flipping bleeding fricking ' +
    'damn dam very pretty too as and or of bunch lot stupid dumb useless worthless lazy'
  ).split(' '),
);

/** After an insult adjective, these keep the adjective about a person (or end the phrase). */
export const PERSON_WORDS = new Set(
  (
    'agent person human rep representative employee worker woman man guy girl boy people lot excuse waste piece ' +
    'one individual creature being as to or and than enough lmao lol mate bro at you af asf tbh pal buddy dude m8 of bunch crowd shower pair gang'
  ).split(' '),
);

/** Subjects that show an insult is about someone or something other than the rep. */
export const THIRD_PARTY = new Set(
  (
    'he she they it its this that these those who whoever which there company courier driver department ' +
    'service app product website policy delivery billing warehouse technician installer manager shop store ' +
    'firm business system process website packer'
  ).split(' '),
);

/** Nouns after "your" that make it the company's thing, not "you're". */
export const YOUR_THINGS = new Set(
  (
    'company service app product website site policy support department billing delivery partner process system ' +
    'warranty script store shop brand apology apologies excuses team\'s chatbot bot form call line software ' +
    'update courier refund terms'
  ).split(' '),
);

/** What a customer buys or is served: profanity as an adjective on these vents ("crap product"). */
export const PRODUCT_WORDS =
  /^(?:service|services|product|products|company|customer|support|order|delivery|parcel|package|experience|quality|device|phone|router|laptop|charger|app|website|site|software|update|brand|shop|store|airline|bank|network|connection|internet|wifi|broadband|machine|printer|car|thing|stuff|item|items|course|subscription|plan|account|hotel|room|food|meal)$/;

/**
 * Words that address the rep (second person), lower case, straight apostrophes: one list for the rules (an insult's
 * target), the learned abuse layer (its gate, and words that carry no weight of their own) and the level layer.
 */
export const SECOND_PERSON: ReadonlySet<string> = new Set(['you', "you're", 'youre', 'u', 'ya', 'yu', 'yourself', 'urself', 'ur', 'your', 'yours', "you've", "you'd", "you'll", 'yall', "y'all"]);

// ---- patterns: [regex, weight] ----------------------------------------------------------------

/** Profanity said *to* the rep. */
export const PROFANITY_AT_REP: RegExp[] = [
  /\b(?:fuck|fck|fuk|fcuk|phuck|phuk|fook|fuq|f[*@#]+c?k|fu[*@#]+k|f\*+k?|f[\s._-]+u[\s._-]+c[\s._-]+k|screw|damn|bugger|sod)\s*(?:off\b|you\b|u\b|ya\b|yourself\b|urself\b|y[\s._-]+o[\s._-]+u\b)/g,
  /\bgo\s+(?:to\s+hell|f\S*\s+(?:yourself|urself)|die\b|jump\s+off)/g,
  /\b(?:piss|bugger|sod|naff)\s+off\b/g,
  /\b(?:shut\s+up|stfu|shut\s+(?:your|ur|the)\s+(?:mouth|face|trap|gob|hole)|gtfo)\b|(?:^|[.!?]\s*)shut\s+it\b/g,
  /\beat\s+(?:shit|sh\*t|dirt|crap)\b/g,
  /\bkiss\s+my\s+(?:ass|arse|a\*+|butt)\b/g,
  /\bup\s+(?:your|ur)\s+(?:ass|arse|a\*+|backside)\b/g,
  /\bbite\s+me\b/g,
  // Abbreviated: "gfy", "stfu", "foad", "stfu n00b".
  /\b(?:gfy|gfys|foad|stfu|gtfo|foff|fk\s+(?:you|u|off)|eff\s+(?:off|you)|f(?:\s+|-)(?:you|u|off|urself|yourself))\b|\bfu(?=\s*(?:[.!,]|$|and\s+(?:your|ur|you|u)\b|too\b|very\s+much\b|(?:guys|people|lot|mate|man|buddy|pal)\b))|\bf\.\s*u\b\.?/g,
  /\b(?:wtf|what\s+the\s+(?:f\S*|hell|heck))\s+is\s+wrong\s+with\s+(?:you|u)\b/g,
  /(?:^|[.!?,;]\s*|\b(?:just|now|so|oh|and|please)\s+)(?:get\s+lost|drop\s+dead)(?=\s*(?:[.!?,;]|$))|\bgo\s+away\s+and\s+die\b|\bgo\s+jump\s+(?:off|in)\b/g,
  /\beat\s+a\s+(?:bag|bucket|sack)\s+of\s+\S+|(?:^|[.!?,;]\s*|\b(?:just|now|so|oh|and|you\s+can)\s+)get\s+stuffed\b/g,
  /\bsuck\s+(?:my|it|a)\s+\S+/g,
];

/** Insults implied about the rep without naming one of the insult words next to "you". */
export const IMPLIED_INSULT: RegExp[] = [
  /\b(?:someone|somebody|anyone|anybody|sum1|some1)(?:\s+(?:there|here|at\s+all))?\s+with\s+(?:half\s+a|a\s+(?:functioning|working|real)|a|two|2|more\s+than\s+(?:one|1))\s+brains?(?:\s*cells?)?\b/g,
  /\bis\s+english\s+(?:even\s+)?(?:your|ur)\s+first\s+language\b|\b(?:they|you\s+people|you\s+lot|your\s+company)\s+(?:\w+\s+)?(?:will\s+|'ll\s+)?hires?\s+(?:just\s+)?any(?:one|body)\b|\b(?:iq|brain)\s+(?:of|the\s+size\s+of)\s+an?\b|\b(?:you|u)(?:'ve\s+got|'ve|\s+(?:clearly\s+|obviously\s+|must\s+)?(?:have\s+got|have|got|with))\s+(?:the\s+)?(?:iq|brains?|memory|attention\s+span|intelligence|manners|personality|charm|empathy|people\s+skills|social\s+skills|warmth)\s+of\s+an?\b|\b(?:you|u)\s+(?:need|should|ought)\s+to\s+go\s+back\s+to\s+school\b|\broom[\s-]temperature\s+iq\b|\bsmooth[\s-]brain\w*\b|\bdid\s+(?:you|u)\s+(?:even|ever)\s+(?:go\s+to|finish)\s+school\b/g,
  /\bdropped\s+on\s+(?:your|ur)\s+head\b|\bdraw\s+(?:you|u)\s+a\s+(?:picture|diagram|map)\b|\b(?:give|get|buy|need|bring)\s+(?:you|u)\s+(?:some\s+)?crayons\b|\b(?:type|talk|speak|say\s+it|go|explain\s+it)\s+(?:\w+\s+)?slowly\s+(?:so|for)\s+(?:you|u)\b|\b(?:slowly|small\s+words|simple|simply)\b[^.!?]{0,30}\bso\s+(?:you|u)\s+can\s+(?:keep\s+up|follow|understand)\b|\b(?:not|never)\s+paid\s+to\s+think\b|\bsuits?\s+(?:your|ur)\s+(?:intelligence|brain|skills?\s+level)\b|\b(?:brain|iq)\s+(?:\S+\s+){0,3}size\s+of\s+a\s+(?:pea|peanut|walnut)\b|\b(?:someone|somebody|anyone)\s+with\s+a\s+pulse\b|\btrained\s+(?:chimp|monkey|parrot)\b|\bbeing\s+(?:this|that|so)\s+(?:stupid|dumb|thick|dense|useless|incompetent|slow|dim|clueless|ignorant)\b/g,
  /\b(?:you|u)\s+(?:sound|look|act|talk|write|type)\s+like\s+an?\s+(?:\w+\s+){0,2}?(?:girl|child|kid|baby|toddler|idiot|moron|bimbo|blonde|airhead|teenager|schoolgirl|robot\s+with)\b|\bbe\s+a\s+good\s+(?:girl|boy|lass|lad)\b|(?<!\b(?:i'?m|i\s+am|we'?re)\s+)\b(?:not|instead\s+of)\s+a\s+(?:secretary|receptionist|little\s+girl|tea\s+lady)\b/g,
  /\b(?:single|one|two|2|1|shared?)\s+brain\s*cells?\b|\bhired\s+for\s+(?:your|ur)\s+(?:brains|intelligence|looks)\b/g,
  /\b(?:someone|somebody|anyone|anybody)(?:\s+(?:working|there|here|else|at\s+\w+|in\s+\w+)){0,3}\s+who\s+(?:isn'?t|is\s+not|ain'?t)\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?(?:moron|idiot|imbecile|clown|fool|muppet|halfwit|numpty|incompetent|useless|clueless|brain-?dead|girl|little\s+girl|amateur)\b/g,
  // "What a useless little man you are", "a girl like you can't…", "hey dumbo,".
  /\bwhat\s+an?\s+(?:\w+\s+){0,2}?(?:useless|pathetic|stupid|incompetent|clueless|hopeless|dumb|lazy|rude|nasty|miserable|sad|arrogant|ignorant|vile|horrible|awful|worthless|thick)\s+(?:\w+\s+){0,4}?(?:you|u)\s+(?:are|r)\b|\b(?:a|some)\s+(?:girl|woman|lady|female|blonde|little\s+boy)\s+like\s+(?:you|u)(?:\s+(?:can'?t|cannot|couldn'?t|wouldn'?t|don'?t|doesn'?t|would|could|should|to))?\b/g,
  /(?:^|[.!?,]\s*)(?:hey|oi|listen|look|yo)\s*,?\s+(?:dumb[\s-]?dumb|dumbo|dummy|dumbass|idiot|moron|muppet|clown|numpty|genius|einstein|sherlock|imbecile|halfwit|dimwit|loser|donkey|twat|prick)\b(?=\s*(?:[,.!?;:]|$))/g,
  /\b(?:smarter|brighter|more\s+intelligent|more\s+competent|more\s+useful)\s+(?:\w+\s+){0,3}?than\s+(?:you|u)\b|\b(?:rather|prefer\s+to)\s+(?:talk|speak|deal)\s+(?:to|with)\s+an?\s+(?!manager|supervisor|human|person|real|actual|senior|team|specialist|engineer|technician|colleague|adviser|advisor|agent|machine)\w+\s+than\s+(?:to\s+|with\s+)?(?:you|u)\b/g,
  // The rep's mind and worth, said sideways: "is thinking not part of your job description?", "what are you, twelve?".
  /\b(?:thinking|reading|listening|understanding|common\s+sense)\s+(?:is\s+)?not\s+(?:part\s+of|in)\s+(?:your|ur)\s+job\s+description\b|\bhow\s+do\s+(?:you|u)\s+(?:even\s+|actually\s+)?(?:tie\s+(?:your|ur)\s+(?:own\s+)?shoe\w*|dress\s+(?:yourself|urself)|get\s+dressed|manage\s+to\s+breathe|function)\b|\bpaid\s+to\s+be\s+(?:this\s+|so\s+|that\s+)?(?:useless|incompetent|stupid|lazy|clueless|thick|dumb)\b|\b(?:are|r)\s+(?:you|u)\s+(?:\w+\s+)?brain[\s-]?dead\b|\bwhat\s+are\s+(?:you|u),?\s+(?:twelve|five|ten|\d+)\b|(?:^|[.!?]\s*)go\s+back\s+to\s+school\b/g,
  /\b(?:talking|speaking|dealing)\s+(?:to|with)\s+(?:you|u)\s+is\s+like\s+(?:talking|speaking|dealing)\s+(?:to|with)\s+an?\s+(?!(?:[a-z-]+\s+)?(?:friend|mate|pal|neighbou?r|human|person|expert|pro|professional|family|relative|sister|brother|ray\s+of)\b)\w+|\bfailed\s+at\s+(?:everything|life)\b|\b(?:end(?:ed)?\s+up|stuck)\s+(?:working\s+)?in\s+a\s+call\s+cent(?:re|er)\b|\bput\s+(?:a|the)\s+(?:man|guy|bloke|male|grown-?up|adult)\s+on\b/g,
  // A put-down that is the whole message: "Useless cow.", "dumbass".
  /^\s*(?:(?:useless|stupid|dumb|lazy|pathetic|incompetent|clueless|brainless|absolute|total|fucking|f\*+ing|bloody|silly|thick)\s+){0,2}(?:cow|idiot|moron|muppet|clown|twat|prick|dick|bitch|loser|imbecile|dumbass|cretin|halfwit|numpty|pillock|tosser|wanker|jerk|fool|bastard)s?\s*[.!?]*\s*$/g,
  // Sneers at the rep as a person: pity for those who live with them, nobody likes them, the reason people hate call centres.
  /\bpity\s+(?:whoever|anyone|anybody|the\s+(?:person|people|poor\s+\w+))\s+(?:who\s+)?(?:has|have|had)\s+to\s+(?:live|work|deal)\s+with\s+(?:you|u)\b|\bpity\s+(?:your|ur)\s+(?:wife|husband|partner|family|kids|colleagues|parents|friends)\b|\b(?:nobody|no\s+one|no-one)\s+(?:likes|loves|wants|respects|cares\s+about)\s+(?:you|u)\b|\b(?:you'?re|you\s+are|u\s+r)\s+(?:exactly\s+)?the\s+reason\s+(?:why\s+)?(?:people|everyone|customers|nobody)\s+(?:hate|despise|can'?t\s+stand|avoid)\b|\bwhat\s+an?\s+(?:\w+\s+){0,2}?(?:clown|idiot|moron|muppet|fool|joke|liability|disaster|numpty)\s+(?:he|she|they|your\s+company|your\s+boss)\s+(?:hired|employed|took\s+on|employ|hire|have\s+working\s+there|keep\s+on)\b|\bgo\s+(?:and\s+)?(?:cry|whine|moan|run\s+crying)\s+to\s+(?:your|ur)\b|\b(?:you|u)\s+(?:\w+\s+){0,2}?waste\s+of\s+an?\s+(?:human|person|life|salary)\b|\b(?:you|u)\b[^.!?]{0,40}\b(?:can|should|may)\s+(?:all\s+)?(?:go\s+and\s+)?(?:rot|burn|go\s+to\s+hell|drop\s+dead|choke)\b|\bi\s+bet\s+(?:you'?re|you\s+are)\s+(?:one\s+of\s+those|the\s+(?:type|kind|sort))\b/g,
  /\bhow\s+(?:(?:on\s+earth|the\s+hell|in\s+the\s+world|the\s+f\S*)\s+(?:are|were|r)\s+(?:you|u)\s+(?:still\s+)?|(?:are|r)\s+(?:you|u)\s+still\s+)(?:employed|in\s+a\s+job|allowed\s+to\s+work)\b|\b(?:amazed|surprised|shocked|impressed)\s+(?:that\s+)?(?:you|u)\s+(?:can|could|managed\s+to)\s+(?:even\s+)?(?:use\s+a\s+(?:keyboard|computer|phone)|type|read|breathe|tie|dress|spell|turn\s+on)\b|\b(?:idiots?|morons?|clowns?|fools?|muppets?|numpties)\b[^.!?]{0,40}\bbut\s+(?:you|u)\s+(?:really\s+)?(?:take\s+the\s+(?:biscuit|cake)|win|are\s+the\s+worst|beat\s+them\s+all)\b|\b(?:clearly|obviously|apparently|evidently)\s+(?:this\s+is\s+|it'?s\s+|that'?s\s+)?too\s+(?:much|hard|difficult|complicated)\s+for\s+(?:you|u)\b|\beven\s+an?\s+(?:monkey|chimp|child|toddler|five[\s-]year[\s-]old|trained\s+\w+|goldfish)\s+could\s+have\s+(?:sorted|done|fixed|handled|managed|answered)\s+(?:this|it|that)\b/g,
  // Demeaning remarks at the rep's origin, age, training, worth; an idiom of uselessness said of them.
  /\bgo\s+back\s+(?:to\s+)?(?:your|ur)\s+(?:own\s+)?country\b|\bgo\s+back\s+(?:to\s+)?where\s+(?:you|u)\s+came\s+from\b|(?:^|[.!?,]\s*|\band\s+|\b(?:you|u)\s+(?:should|need\s+to|must|ought\s+to|have\s+to)\s+)learn\s+(?:to\s+speak\s+)?(?:proper\s+|some\s+|basic\s+)?english\b|\b(?:that|your|ur|this|the)\s+(?:\w+\s+)?accent\b[^.!?]{0,60}\b(?:someone|somebody|anyone)\s+(?:who|that)\s+(?:speaks|can\s+speak|talks)\s+(?:proper|real|normal|actual|decent)\s+english\b|\b(?:a\s+bit|too|rather)\s+old\s+(?:to\s+be\s+doing|for)\s+this\s+(?:job|work)\b|[,;]\s*(?:grandad|grandpa|granny|grandma|old\s+timer|boomer)\s*[?.!]|\b(?:do|does)\s+(?:you|u)\s+(?:actually|even|really)\s+know\s+anything\b|\bdo\s+they\s+(?:just\s+)?pay\s+(?:you|u)\s+to\s+(?:read|sit|copy|paste|type)\b|\bare\s+(?:you|u)\s+(?:even|actually)\s+(?:trained|qualified|literate)\b|\b(?:pull|pulled|pick|picked|drag|dragged|got|get)\s+(?:you|u)\s+off\s+the\s+street\b|\b(?:you'?re|you\s+are|u\s+r)\s+(?:easily\s+|by\s+far\s+|honestly\s+|simply\s+)?the\s+worst\b(?!\s+(?:\w+\s+)?(?:part|thing|bit|news|case|time|day|luck))|\b(?:you'?re|you\s+are|u\s+r)\s+(?:about\s+)?as\s+(?:much\s+)?use(?:ful)?\s+as\s+an?\b|\b(?:you|u)\s+should\s+be\s+(?:ashamed|embarrassed)\s+(?:of\s+(?:yourself|yourselves)|to\s+call\s+(?:yourself|yourselves))\b|\b(?:and\s+)?(?:you|u)\s+call\s+(?:yourself|yourselves)\s+(?:a\s+|an\s+)?(?:professional|customer\s+service|support|agent|expert|helpful)\b|\b(?:your|ur)\s+(?:mummy|mommy|mum|mom|mother)\s+(?:help|dress|tie|pack|make)\w*\s+(?:you|u)\b|\bdid\s+(?:your|ur)\s+(?:mummy|mommy)\b|\b(?:you|u)\s+(?:probably\s+|clearly\s+|obviously\s+)?(?:can'?t|cannot|couldn'?t)\s+(?:even\s+)?(?:count\s+to|tie\s+(?:your|ur))\b|\b(?:seen|met|found)\s+more\s+(?:intelligence|brains|sense|personality|common\s+sense)\s+(?:in|from)\s+an?\b|\b(?:you'?re|you\s+are|u\s+r)\s+beneath\s+contempt\b/g,
  /(?:^|\n)\s*(?:dear|hi|hello|hey|morning|evening|afternoon)\s+(?:\w+\s+)?(?:idiot|moron|clown|muppet|numpty|imbecile|incompetent|useless|dumbass|halfwit|loser|fool|cretin|dimwit)s?\s*[,.!]|\b(?:this|that)\s+(?:[\w-]+\s+)?(?:clown|idiot|moron|muppet|numpty|imbecile|halfwit|cretin|buffoon|donkey|joker)\s+(?:keeps|just|won'?t|can'?t|doesn'?t|still|refuses|is\s+(?:still|now|refusing))\b(?=[^.!?]{0,40}\b(?:me|my)\b)|\bare\s+(?:you|u)\s+(?:always\s+|really\s+|actually\s+|seriously\s+)?(?:this|that|so)\s+(?:useless|stupid|dumb|thick|dense|incompetent|clueless|lazy|rude|ignorant)\b|\b(?:do|does)\s+(?:you|u)\s+(?:even\s+)?have\s+a\s+brain\b|\bwhat\s+(?:kind|sort)\s+of\s+(?:stupid|idiot|moron|dumb|useless|clown|fool|imbecile)\s+(?:are|r)\s+(?:you|u)\b|\bhow\s+(?:stupid|dumb|thick|dense|incompetent|useless)\s+(?:are|can|could|r)\s+(?:you|u)\b/g,
  /\b(?:you'?re|you\s+are|u\s+r)\s+(?:nothing\s+but\s+)?(?:a|such\s+a|an\s+absolute|a\s+complete|a\s+total|a\s+bloody)\s+(?:fraud|con\s+artist|conman|con\s+man|crook|thief|cheat|scammer|swindler|charlatan|snake)\b|\b(?:you'?re|you\s+are|u\s+r)\s+(?:easily\s+|by\s+far\s+)?the\s+(?:\w+,?\s+){0,4}?(?:person|agent|human|individual|employee|rep|man|woman|representative)\s+(?:i'?ve|i\s+have)\s+ever\b/g,
  // A put-down as a form of address: "Stupid woman, put me through."
  /(?:^|[.!?]\s*)(?:stupid|useless|dumb|silly|lazy|pathetic|incompetent|clueless|thick|brainless|ignorant|rude|arrogant|miserable|shameless|nonsense|worthless|hopeless)\s+(?:little\s+|old\s+)?(?:woman|man|girl|boy|lady|guy|person|people|creature|child|kid|fellow|agent|rep|idiot|fool)\s*[,.!](?!\s*(?:me|i\s+am|i'?m|i\s+was|my\s+bad|my\s+mistake|that'?s\s+me)\b)/g,
  // The rep measured against an animal or a child: "my dog would get this faster than you".
  /\b(?:dog|cat|goldfish|hamster|toddler|child|kid|baby|grandma|granny|nan|five[\s-]year[\s-]old|\d+[\s-]year[\s-]old|monkey|chimp|parrot|potato|rock|brick|wall|chatbot|robot)\s+(?:\w+\s+){0,5}?(?:faster|quicker|better|smarter|more\s+\w+)\s+(?:\w+\s+)?than\s+(?:you|u)\b/g,
  /\b(?:you|u)\s+(?:aren'?t|are\s+not|r\s+not)\s+(?:worth|earning)\s+(?:it|(?:your|ur)\s+(?:pay|salary|wages?|money))\b|\b(?:someone|somebody|anyone|a\s+person)\s+who\s+can\s+(?:actually\s+)?(?:think|read|count|listen)\b(?=[^]{0,80}\b(?:you|u)\s+(?:clearly|obviously|evidently|apparently)?\s*can'?t\b)|\b(?:you|u)\s+(?:clearly|obviously)\s+can'?t\s*[.!]|\b(?:you|u)\s+couldn'?t\s+find\s+(?:your|ur)\s+(?:own\s+)?(?:backside|arse|ass|butt|way\s+out\s+of\s+a)\b/g,
  /\bhire\s+(?:chimps|monkeys|idiots|morons)\b|\b(?:whoever|anyone|anybody)\s+(?:who\s+)?walks?\s+in\s+off\s+the\s+street\b|\b(?:you|u)\s+(?:people|lot|guys)\s+(?:\w+\s+){0,2}?(?:any\s+)?training\s+at\s+all\b|\bdo\s+they\s+(?:even\s+)?(?:train|give)\s+(?:you|u)\b[^.!?]{0,30}\bat\s+all\b/g,
  /\b(?:whoever|the\s+(?:person|one))\s+(?:is\s+)?(?:reading|handling|dealing\s+with|answering)\s+(?:this|my\s+\w+)\b(?![^.!?]{0,80}\b(?:thank|thanks|me!?\))\b)[^.!?]{0,80}\b(?:idiot|moron|dropout|drop-out|monkey|minimum[\s-]wage|clown|muppet|useless|incompetent|halfwit|numpty|brainless|clueless)\b/g,
  /\bget(?<!\b(?:i|we|to|do|does|did|can|could|would|will|might|should|how|they|he|she|son|daughter|kids?|i'?ll|i'?d|we'?ll)\s+get)\s+a\s+(?:real\s+)?(?:job|life|brain)\b(?!\s+(?:with|at|in|as|from)\b)|(?:^|[.!?,]\s*|\b(?:just|and|so|now)\s+)grow\s+(?:a\s+)?(?:spine|brain|backbone|pair)\b|(?:^|[.!?]\s*)grow\s+up\s*[.!,]/g,
  /\bshould\s+be\s+ashamed\s+of\s+(?:yourself|yourselves)\b/g,
  // The rep's intelligence.
  // "Can you even read?" is at the rep; "do you even read these (emails)?" is at the company's service.
  /\bcan\s+(?:you|u)\s+(?:actually|even|not)\s+(?:read|count|spell|think|understand)\b|\bdo\s+(?:you|u)\s+(?:actually|even|not)\s+(?:read|count|spell|think|understand)\b(?!\s+(?:these|this|them|it|my|our|the|what|any|emails?|messages?|tickets?|complaints?))/g,
  /\bcan\s+(?:you|u)\s+(?:read|count|spell)\s*(?:\?|,?\s+or\b)/g,
  /\b(?:do|can|don'?t)\s+(?:you|u)\s+(?:even\s+)?(?:understand|speak|read)\s+(?:plain\s+|basic\s+|simple\s+)?english\b/g,
  /\b(?:you|u)\s+(?:clearly\s+|obviously\s+|honestly\s+|really\s+)?(?:have|got)\s+(?:no|zero)\s+(?:clue|brains?|idea\s+what\s+(?:you'?re|you\s+are)\s+doing)\b|\b(?:you|u)\s+(?:clearly\s+|obviously\s+|honestly\s+|really\s+)?(?:haven'?t|have\s+not|don'?t\s+have|do\s+not\s+have)\s+(?:got\s+)?(?:a|the\s+(?:slightest|faintest|first))\s+clue\b(?![^.!?\n]*\?)/g,
  /\b(?:how|where|why)\s+did\s+(?:you|u|they\s+ever)\s+(?:ever\s+|even\s+)?(?:get\s+hired|(?:get|land)\s+(?:this|that|your|ur|a)\s+job)\b|\bwho\s+(?:on\s+earth\s+)?(?:let|allowed)\s+(?:you|u)\s+(?:near|work|answer)\b|\bdid\s+(?:you|u)\s+get\s+(?:this|that|your|ur)\s+job\s+(?:in|from|out\s+of)\b|\bwho\s+(?:hired|employed|trained)\s+(?:you|u)\b/g,
  /\b(?:toddler|child|kid|baby|monkey|chimp|five[\s-]year[\s-]old|\d+[\s-]year[\s-]old|parrot|goldfish|hamster|dog|potato|brick)\s+could\s+do\s+(?:your|ur|this|a\s+better)\s+(?:job|work)\b/g,
  /\b(?:brain|brains|head)\s+like\s+(?:that|yours|urs)\b|\b\S+\s+for\s+brains\b|\bborn\s+(?:this|that|so)\s+\w+/g,
  // Sneers at the rep as a person.
  /\bno\s+wonder\s+(?:you|u|ur|you'?re|you\s+are)\s+(?:\w+\s+){0,3}?(?:stuck|work(?:ing)?|in\s+a\s+call|in\s+this\s+job|on\s+the\s+phones?|answering|ended\s+up|in\s+customer|in\s+support|single|alone)\b/g,
  /\b(?:you|u)\s+(?:don'?t|do\s+not)\s+deserve\s+(?:your|ur|a|this|that)\s+job\b|\b(?:you|u)\s+(?:shouldn'?t|should\s+not)\s+(?:be\s+allowed\s+(?:anywhere\s+near|near|to\s+work|to\s+deal\s+with|to\s+talk\s+to|on\s+the\s+phones?|to\s+answer)|have\s+a\s+job|be\s+working\s+(?:here|with)|work\s+(?:here|with))\b/g,
  /(?<!\b(?:thank|thanks|great|lovely|kind|helpful|love|need\s+more|wish)\b[^.!?]{0,40})\b(?:people|someone|somebody|anyone|idiots|clowns)\s+(?:like|as\s+\w+\s+as)\s+(?:you|u)\b(?![^.!?]{0,40}\b(?:thank|thanks|great|lovely|kind|helpful|make|made)\b)/g,
  /\b(?:you|your|ur)\b[^.!?]{0,40}\bminimum[\s-]wage\b|\bminimum[\s-]wage\b[^.!?]{0,40}\b(?:you|u)\b|\bcall[\s-]cent(?:re|er)\s+(?:monkey|drone|robot|slave|peon)s?\b/g,
  /\b(?:(?:simple|slowly|small\s+words)\s+for\s+(?:you|u)|spell\s+it\s+out\s+for\s+(?:you|u)|use\s+small\s+words)\b/g,
  // Demeaning and gendered put-downs of the rep.
  /\bfor\s+a\s+(?:girl|woman|lady|female|blonde)\b|\b(?:girls|women|ladies|females|blondes)\s+(?:don'?t|do\s+not|can'?t|cannot|shouldn'?t|aren'?t|never|just\s+don'?t)\b/g,
  /\b(?:a|the)\s+(?:man|men|guy|bloke|male|gentleman)\s+(?:who|that)\s+(?:understands|knows|can|actually)\b|\bleave\s+(?:(?:the|all\s+the|this|that)\s+)?(?:(?:technical|hard|difficult|complicated|important|serious|money|complex)\s+)?(?:stuff|things|bits|thinking|talking|decisions|work|details|questions|this|it|that|numbers|maths|math)\s+to\s+the\s+(?:men|boys|grown-?ups|adults|lads|blokes|guys|gents)\b/g,
  /\b(?:filing|doing|painting)\s+(?:your|ur)\s+(?:nails|make-?up|hair|lipstick)\b|\b(?:you|u)\s+(?:must\s+be|are\s+(?:so|such\s+a)|'re\s+(?:so|such\s+a))\s+blonde?\b|\bblonde\s+moment\b|\bbecause\s+of\s+(?:your|ur)\s+looks\b|\b(?:clearly|obviously|certainly|definitely)\s+not\s+(?:for\s+)?(?:your|ur)\s+(?:brains?|intelligence|iq|skills|competence)\b/g,
  /\bbeing\s+a\s+failure\b|\b(?:you'?re|you\s+are|u\s+r)\s+(?:such\s+)?a\s+(?:\w+\s+)?failure\b|\ba\s+grown\s+(?:man|woman|adult)\s+(?:reading|answering|working|sitting|typing)\b|\bbet\s+(?:your|ur)\s+(?:parents|mum|mom|mother|dad|father|family)\s+(?:are|is)\s+(?:so\s+|really\s+)?proud\b|\b(?:your|ur)\s+(?:parents|mum|mom|mother|dad|father|family)\s+must\s+be\s+(?:so\s+|very\s+|really\s+)?proud\b(?![^.!?]{0,30}\b(?:of\s+you\s+for|thank))|\b(?:you'?re|you\s+are|u\s+r)\s+(?:just\s+)?(?:a|such\s+a)\s+(?:sad|pitiful|miserable|pathetic|small|petty|bitter)\s+(?:little\s+|old\s+)?(?:man|woman|boy|girl|person|creature|jobsworth|nobody)\b|\b(?:nobody|no\s+one|anyone)\s+with\s+(?:any\s+)?(?:self[\s-]respect|dignity|ambition|a\s+brain|half\s+a\s+brain)\s+would\b/g,
  /\b(?:get|put|transfer|pass|give)\s+me\s+(?:to\s+|on\s+to\s+|through\s+to\s+)?(?:a|the|an)\s+(?:man|guy|bloke|male|gentleman|grown-?up|adult)\b/g,
  /\btypical\s+(?:woman|women|female|girl|bloke|man)\b|\b(?:is\s+there\s+a|any)\s+(?:man|men|guy|bloke|male)\s+(?:i|there|who|available|working)\b|\bhormonal\b|\b(?:shouldn'?t|should)\s+(?:you|u)\s+be\s+(?:at\s+home|in\s+the\s+kitchen)\b|\btime\s+of\s+the\s+month\b|\bon\s+(?:your|ur)\s+period\b|\bput\s+(?:your|ur)\s+(?:husband|boyfriend|dad|father)\s+on\b/g,
  /\bprettier\s+(?:if|when)\b|\b(?:smile|cheer\s+up|calm\s+down|relax),?\s+(?:love|darling|sweetheart|honey|babe|sweetie|dear|princess|little\s+girl)\b|\b(?:run|trot)\s+along\b|\bback\s+(?:in|to)\s+the\s+kitchen\b|\bmake\s+me\s+a\s+sandwich\b|(?:^|[.!?,;]\s*|\b(?:just|now|so|and|love|sweetheart|darling|dear|hun)\s+)(?:go|get\s+back\s+to|stick\s+to)\s+(?:and\s+)?(?:make|making)\s+(?:a\s+|me\s+a\s+|the\s+)?(?:sandwich(?:es)?|cup\s+of\s+tea|tea|coffee|dinner)\b|\blet\s+(?:the\s+)?(?:grown-?ups|adults|men|boys|big\s+boys)\s+(?:handle|deal|sort|talk|do|take)\b/g,
  /\bexcuse\s+for\s+an?\s+(?:human|person|man|woman|agent|employee|rep|adult|grown)\b|\b(?:pathetic|useless|stupid|incompetent|clueless|hopeless|dumb|lazy)[.!,]?\s+(?:just\s+)?like\s+(?:you|u)\b/g,
  // "you absolute potato": "you" + a put-down word + anything, as a form of address (not "you absolute legend").
  /(?:^|[,.!?;:]\s*|\b(?:and|listen|look|shut\s+up|for\s+nothing|thx|thanks|cheers|ok|k|lol|lmao|bye|mate)\s*,?\s+)(?:you|u)\s+(?:absolute|utter|complete|total|little|pathetic|useless|stupid|bloody|dumb|silly|sad|great\s+big|f\S*ing|effing|freaking|ignorant|rude|nasty|horrible|arrogant|clueless|incompetent|lazy|thick|miserable|vile|smug)\s+(?!legend|star|hero|gem|angel|lifesaver|life-saver|champ|saint|diamond|superstar|genius|treasure|beauty|rock|wizard|king|queen|babe|sweetheart|darling)(?:[a-z*]+\s+)?[a-z*]+(?=\s*(?:[.!?,;]|$))/g,
  /\bconnected\s+to\s+a\s+(?:woman|girl)\b|\b(?:preferably|ideally)\s+(?:a\s+)?(?:man|male|guy|bloke)\b|\ba\s+male\s+(?:technician|agent|colleague|engineer|rep|person|member\s+of\s+staff|advisor|adviser)\b/g,
  // Condescending endearments used as a form of address ("Listen darling, …", "…, babe").
  /(?<!\b(?:thanks|thank\s+you|thx|cheers|ta|love\s+you|bye)\s*[,.!]?\s*)(?:[,;]\s*|\b(?:listen|look|ok|okay|right|now|no|well|oh|sorry)\s*,?\s+)(?:darling|sweetheart|sweetie|babe|baby|doll|princess|missy|little\s+lady|young\s+lady|sweet\s+cheeks|little\s+girl|silly\s+girl|good\s+girl|little\s+boy|sonny)(?=\s*(?:[,.!?;:]|$))|\b(?:listen|look)(?:\s+here)?\s*,?\s+(?:love|hun|honey|dear|mate|pal|buddy|darling|sweetheart|sweetie|babe|princess|missy)\b/g,
  /(?:^|[.!?]\s+)(?:darling|sweetheart|sweetie|babe|baby|princess|missy|little\s+girl|little\s+lady|sweet\s+cheeks|doll|toots|cupcake)\s*,/g,
];

/**
 * A judgement of the rep's mind, skill, worth or fitness said as an idiom (issue 11, third round), and condescension.
 * A list of its own: one alternation of every implied insult outgrows what the regexp engine compiles to native code.
 */
export const JUDGED_AT_REP: RegExp[] = [
  // The rep's mind or skill judged, said as an idiom rather than an insult word (issue 11, third round):
  // "you can't even spell", "do you even know how to read?", "a child could have sorted this… not you",
  // "more sense than you", "not the sharpest tool", "how dense can one person be", "X doesn't begin to describe you",
  // "so bad at your job", "you clearly don't have a brain".
  /\b(?:you|u)\s+(?:clearly\s+|obviously\s+|really\s+|honestly\s+|actually\s+|literally\s+)?(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:even\s+)?(?:(?:read|spell|count|add\s+up|type|write)(?=\s*(?:[.!?,;]|$|(?:a|an|the)\s+(?:simple|basic|single|plain)\b|properly\b|english\b|either\b|can\s+(?:you|u)\b|lol\b|mate\b|or\b))|(?:understand|follow|grasp|do|manage|handle|get\s+right|process|answer)\s+(?:(?:a|an|the|such\s+a|one)\s+)?(?:simple|basic|simplest|easiest|plain|single\s+simple)\b|(?:string|put)\s+(?:a\s+sentence|two\s+words|words|a\s+reply)\s+together)/g,
  /\b(?:do|does)\s+(?:you|u)\s+(?:even\s+|actually\s+|really\s+)?know\s+how\s+to\s+(?:read|spell|count|type|write|add\s+up|use\s+a\s+(?:computer|keyboard|phone|calculator)|do\s+(?:your|ur)\s+(?:job|work))\b/g,
  /\b(?:a|an|any|my|even\s+an?)\s+(?:\w+\s+)?(?:child|kid|toddler|baby|monkey|chimp|goldfish|hamster|\w+[\s-]year[\s-]old)\s+could\s+(?:have\s+(?:done|sorted|fixed|handled|managed|answered|understood|worked|figured|got|processed|read|spotted)\b(?=[^]*\b(?:you|u)\b)|(?:do|handle)\s+(?:your|ur)\s+job\b|(?:do|sort|fix|handle)\s+(?:it|this|that)\s+(?:better|faster|quicker)\s+than\s+(?:you|u)\b)/g,
  /\bmore\s+(?:common\s+)?(?:sense|brains?|brain\s+cells|intelligence|iq|wit|clue|competence)\s+(?:\w+\s+){0,5}?than\s+(?:in\s+)?(?:you|u)\b(?!\s+(?:think|might|may|realise|realize|know))|\b(?:you|u)\s+(?:have|'ve\s+got|got)\s+(?:less|fewer)\s+(?:common\s+)?(?:sense|brains?|brain\s+cells|intelligence|iq)\s+than\b/g,
  /\b(?:you'?re|you\s+are|u\s+r|ur|(?:are|r)\s+(?:you|u))\s+(?:clearly\s+|obviously\s+|really\s+|honestly\s+)?not\s+(?:the\s+(?:sharpest|brightest|smartest)\b|(?:very|too|that|overly|exactly|the\s+most)\s+(?:bright|clever|smart|sharp|intelligent)\b)|\bnot\s+the\s+(?:sharpest|brightest)\s+\w+(?:\s+in\s+the\s+\w+)?\s*,?\s+(?:are|r)\s+(?:you|u)\b/g,
  /\bhow\s+(?:stupid|dense|thick|dim|dumb|slow|useless|incompetent|clueless|daft|gormless|dozy)\s+can\s+(?:one\s+(?:person|human|man|woman|agent)|a\s+(?:person|human|single\s+person)|someone|anyone|you|u)\s+(?:\w+\s+)?(?:be|get)\b/g,
  /\b(?:stupid|useless|incompetent|clueless|thick|dense|pathetic|hopeless|idiot|moron|dim|slow)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:even\s+)?(?:begin\s+to\s+|start\s+to\s+)?(?:describe|cover)\s+(?:you|u)\b/g,
  /\b(?:you'?re|you\s+are|u\s+r|ur)\s+(?:(?!not\b|never\b)\w+\s+){0,2}?(?:bad|terrible|awful|rubbish|crap|shit|useless|hopeless|pants|dreadful|incompetent)\s+at\s+(?:your|ur)\s+(?:job|work)\b|\b(?:you|u)\s+(?:clearly\s+|obviously\s+|honestly\s+)?(?:(?:don'?t|do\s+not)\s+have\s+(?:a|one|any|a\s+single)\s+brain(?:\s+cells?)?|(?:have|'ve\s+got|got)\s+no\s+(?:brains?|brain\s+cells?))\b/g,
  // A cap on what the rep can do: "about the limit of what you can manage", "clearly beyond you", "so even you can follow it",
  // "someone capable of independent thought", "anyone so slow on the uptake as you", "more going on upstairs than you".
  /\b(?:about\s+|probably\s+|exactly\s+|roughly\s+)?the\s+(?:limit|extent|height|peak)\s+of\s+(?:what\s+(?:you|u)\s+(?:can|could)|(?:your|ur)\s+(?:abilities|ability|skills?|brain|intelligence|competence|talents?))\b|\ball\s+(?:you'?re|you\s+are|u\s+r)\s+(?:good|fit)\s+for\b|\b(?:clearly|obviously|evidently|apparently)\s+(?:this\s+is\s+|it'?s\s+|that'?s\s+)?(?:beyond|over)\s+(?:you|u|your\s+head)\b|\bso\s+(?:that\s+)?even\s+(?:you|u)\s+(?:can|could|might|will|should)\s+(?:follow|understand|get|grasp|manage|keep\s+up)\b|\b(?:someone|somebody|anyone|anybody|a\s+person)\s+(?:capable\s+of|able\s+to)\s+(?:independent|actual|basic|rational|original|joined-up|coherent)\s+(?:thought|thinking|think)\b|\b(?:so|as|this|that)(?<!\b(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are)\s+(?:just\s+|every\s+bit\s+|equally\s+|about\s+|probably\s+)?(?:so|as|this|that))\s+(?:slow\s+on\s+the\s+uptake|slow|dim|dense|stupid|thick|incompetent|useless|clueless|ignorant|gormless|dozy)\s+as\s+(?:you|u)\b|\bmore\s+(?:going\s+on\s+)?(?:upstairs|between\s+the\s+ears)\s+(?:\w+\s+){0,4}?than\s+(?:you|u)\b|\b(?:are|r)\s+(?:you|u)\s+(?:\w+\s+)?(?:mad|crazy|insane|nuts|blind|deaf|brain[\s-]?dead|thick|stupid|dense|simple)\s+or\s+(?:what|something|just)\b|\b(?:don'?t|do\s+not)\s+(?:you|u)\s+(?:have|possess)\s+(?:a\s+|any\s+)?(?:brains?|brain\s+cells?)\b|\b(?:you|u)\s+(?:understand|know|grasp)\s+(?:absolutely\s+)?nothing\b(?!\s+(?:about\s+(?:my|the|this|our)|of\s+(?:my|the)|yet|is|was|has|had|will|can|could|needs?|else))/g,
  // Compared with a thing and found wanting: "more sense out of a brick wall than out of you", "like talking to a potato
  // with a headset"; a job the rep should not have: "how do you even have a job?", "embarrassed to take a salary";
  // "can't think for yourself"; "shouldn't you be in a kitchen".
  /\bmore\s+(?:sense|help|use|intelligence|brains?|answers?|sense\s+and\s+\w+)\s+(?:out\s+of|from)\s+(?:a|an|my|the)\s+(?:\w+\s+){0,2}?than\s+(?:out\s+of\s+|from\s+)?(?:you|u)\b|\b(?:it'?s|this\s+is|that'?s|like)\s+(?:like\s+)?(?:talking|speaking|chatting)\s+(?:to|with)\s+an?\s+(?:\w+\s+)?(?:potato|toddler|child|goldfish|rock|plank|doorknob|door\s*knob|cabbage|idiot|moron|muppet|lobotomi[sz]ed\s+\w+|chimp|monkey|donkey|vegetable|houseplant|pot\s+plant)\b|\bhow\s+(?:do|did|does)\s+(?:you|u|someone\s+like\s+you)\s+(?:even|actually|still|ever)\s+(?:have|get|keep|hold\s+down)\s+(?:a|this|that|your|ur|any)\s+job\b|\b(?:you|u)\s+should\s+be\s+(?:ashamed|embarrassed)\s+to\s+(?:take|draw|accept|get|collect)\s+(?:a\s+|your\s+)?(?:salary|wage|pay|paycheck|pay\s+packet|money)\b|\bcan'?t\s+think\s+for\s+(?:yourself|urself|yourselves)\b|\b(?:shouldn'?t|should)\s+(?:you|u)\s+be\s+(?:in\s+(?:a|the)\s+kitchen|at\s+home\s+with\s+the\s+kids|making\s+(?:tea|sandwiches|dinner))\b|\bbelong\s+in\s+(?:a|the)\s+kitchen\b/g,
  // A formal sneer at the rep's fitness for the job: "I would not trust you to post a letter", "find employment better
  // suited to your talents, of which there seem to be none", "you're in the wrong job", "the only thing your staff can cope with".
  /\b(?:wouldn'?t|would\s+not|won'?t|couldn'?t)\s+trust\s+(?:you|u)\s+to\s+(?:post\s+a\s+letter|boil\s+an\s+egg|boil\s+a\s+kettle|tie\s+(?:your|ur)\s+(?:own\s+)?shoe\w*|run\s+a\s+bath|make\s+a\s+cup\s+of\s+tea|find\s+(?:your|ur)\s+(?:own\s+)?way|count\s+to|organi[sz]e\s+a|answer\s+a\s+phone|water\s+a\s+plant|feed\s+a\s+goldfish)\b|\b(?:find|get|look\s+for|seek|consider)\s+(?:employment|a\s+job|work|another\s+(?:job|career|line\s+of\s+work)|a\s+(?:new\s+)?career)\s+(?:\w+\s+)?(?:better\s+|more\s+)?suited\s+to\s+(?:your|ur)\s+(?:talents|abilities|skills|intelligence|level)\b|\bof\s+which\s+(?:there\s+)?(?:seems?|appears?)\s+to\s+be\s+none\b|\b(?:you'?re|you\s+are|u\s+r)\s+(?:clearly\s+|obviously\s+|honestly\s+)?(?:in\s+the\s+wrong\s+(?:job|line\s+of\s+work|career|profession)|not\s+cut\s+out\s+for\s+(?:this|the\s+job|customer\s+service|any\s+job))\b|\bthe\s+only\s+thing\s+(?:you|u|your\s+(?:staff|team|agents|people|colleagues))\s+(?:can|could|seems?\s+(?:to\s+be\s+)?able\s+to)\s+(?:cope|deal|manage|handle)\b/g,
  // A put-down that is the whole message, with a plain noun: "dumb @ss agent", "useless rep."
  /^\s*(?:(?:useless|stupid|dumb|lazy|pathetic|incompetent|clueless|brainless|thick|idiot|moronic|worthless)\s+){1,2}(?:(?:ass|arse)\s+)?(?:ass|arse|agent|rep|woman|man|girl|boy|person|excuse\s+for\s+an?\s+agent)s?\s*[.!?]*\s*$/g,
  // Condescension at the rep's age, sex or standing: "is there a grown-up I can talk to", "do they let women answer
  // the phones now?", "you sound about twelve", "is your mum there?".
  /\b(?:is\s+there|are\s+there|get\s+me|put\s+me\s+(?:through\s+)?to|can\s+i\s+(?:speak|talk)\s+to|let\s+me\s+(?:speak|talk)\s+to)\s+(?:a|an|any|some)\s+(?:actual\s+|real\s+|proper\s+)?(?:grown-?ups?|adults?)\b|\b(?:do|did|does)\s+(?:they|you\s+people|your\s+company)\s+(?:let|allow|hire)\s+(?:women|girls|kids|children|teenagers|school\s*kids)\s+(?:to\s+)?(?:answer|run|work|do|handle|man|on|near|loose)\b|\b(?:you|u)\s+(?:sound|look|act|write|type)\s+(?:about|roughly|maybe|like\s+you'?re|like\s+ur)\s+(?:twelve|ten|eleven|thirteen|fourteen|fifteen|five|six|seven|eight|nine|\d{1,2})\b|\bis\s+(?:your|ur)\s+(?:mum|mom|mummy|mommy|mother|dad|daddy)\s+(?:there|around|home|about)\b/g,
  // "you have the problem-solving skills of a damp tea towel" (not "the patience of a saint").
  /\b(?:you|u)(?:'ve\s+got|\s+(?:clearly\s+|obviously\s+|must\s+|honestly\s+)?(?:have\s+got|have|got))\s+the\s+(?:[\w-]+\s+){0,2}?(?:skills|skill|abilities|ability|intelligence|sense|competence|charm|manners|personality|brains|iq|memory|awareness|understanding|knowledge|grasp|wit|people\s+skills)\s+of\s+an?\s+(?!(?:real\s+|true\s+|proper\s+|total\s+|absolute\s+|seasoned\s+)?(?:saint|angel|hero|god|legend|champion|pro\b|professional|genius|expert|master|surgeon|diplomat))\w+/g,
  // A condescending endearment with a put-down: "Honey, I've been doing this since before you were born", "Listen here, boy".
  /(?:^|[.!?,;]\s*)(?:honey|hun|sweetheart|sweetie|darling|dear|love|babe|son|sonny|boy|girl|little\s+girl|little\s+boy|young\s+man|young\s+lady)\s*,\s+(?:i'?ve\s+been|i\s+have\s+been|i\s+was|(?:you|u)\s+(?:clearly\s+|obviously\s+)?(?:don'?t|do\s+not|wouldn'?t|won'?t|can'?t)\s+(?:understand|get|know|follow)|let\s+me\s+(?:explain|spell|make\s+(?:this|it)\s+simple)|try\s+(?:to\s+)?(?:keep\s+up|understand|follow)|(?:just\s+)?do\s+(?:as|what)\s+(?:you'?re|you\s+are|i|you)|bless|when\s+you'?re\s+older|that'?s\s+not\s+how)\b|\bsince\s+before\s+(?:you|u)\s+were\s+born\b(?=[^]*\b(?:honey|hun|sweetheart|sweetie|darling|dear|love|son|sonny|boy|girl|young\s+man|young\s+lady)\b)|\b(?:listen|look)(?:\s+here)?\s*,?\s+(?:boy|girl|son|sonny|young\s+man|young\s+lady|little\s+man)\b(?=\s*[,.!?]|\s+(?:i|you|u|just|we)\b)/g,
];

/** Threats at the rep's person, job or whereabouts. */
export const THREAT_AT_REP: RegExp[] = [
  // "I know where your office is" (not "I know where your shop is, I'll pop in and swap it": a visit planned).
  /\bi\s+know\s+where\s+(?:you|u|your|ur)\b(?![^.!?\n]{0,40}\b(?:i'?ll|i\s+will|i\s+can|so\s+i)\s+(?:just\s+)?(?:pop|drop|bring|come\s+in|call\s+in|swing\s+by|collect|return|take|pick|post|hand)\b)/g,
  /\bwatch\s+(?:your|ur)\s+back\b/g,
  /\boutside\s+(?:your|ur)\s+(?:office|building|house|home|door|work|workplace|place)\b/g,
  /\bwhen\s+(?:your|ur)\s+shift\s+(?:ends|finishes|is\s+over)\b/g,
  /\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+am\s+going\s+to|gonna)\s+(?:find|track\s+down|hunt\s+down|come\s+for|get)\s+(?:you|u)\b/g,
  /\bfind\s+(?:out\s+)?(?:your|ur)\s+(?:full\s+|real\s+|home\s+)?(?:name|address|house|home)\b/g,
  /\bmake\s+(?:your|ur)\s+life\s+(?:a\s+(?:living\s+)?)?(?:hell|misery|miserable)\b/g,
  /\b(?:you'?ll|you\s+will|you'?re\s+going\s+to|u\s+will)\s+regret\b/g,
  /\bcom(?:e|ing)\s+down\s+there\b/g,
  /\bsay\s+(?:that|it)\s+to\s+my\s+face\b/g,
  /\byou\s+wouldn'?t\s+last\b/g,
  /\b(?:you'?d|you\s+had|ya)\s+better\s+(?:pray|watch|hope|run)\b/g,
  /\bshut\s+(?:you|u)\s+up\b/g,
  /\b(?:lose|losing)\s+(?:your|ur)\s+job\b/g,
  /\b(?:get|getting|gets|have|having|got)\s+(?:you|u)\s+(?:fired|sacked|canned|axed)\b|(?<!\b(?:would|could|did|do|will|can|might|should)\s+)\b(?:you|u)(?:'ll|\s+will)?\s+(?:get|getting|gets|be\s+getting)\s+(?:the\s+)?(?:sack|boot|axe|chop)\b|\b(?:see|watch)\s+(?:you|u)\s+(?:get\s+)?(?:fired|sacked|canned|axed)\b|\b(?:your|ur)\s+(?:p45|pink\s+slip|marching\s+orders)\b/g,
  /(?<!\b(?:can|could|may|might|do|did|shall)\s+)\bi\s+have\s+(?:your|ur)\s+(?:name|address|number)\b(?!\s*(?:\?|,?\s*(?:please|pls|for\s+(?:my|our|the)\s+(?:records|reference|file|notes))))/g,
  /\bi\s+know\s+what\s+(?:you|u)\s+look\s+like\b/g,
  /\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|gonna)\s+(?:hurt|kill|beat|punch|smack|hit|slap|stab|shoot)\s+(?:you|u)\b/g,
  /\bmeet\s+(?:you|u)\s+in\s+person\b/g,
  /\b(?:so\s+)?(?:you|u)(?:'ll|\s+will)?\s+get\s+what'?s\s+coming\s+to\s+(?:you|u)\b|\bhope\s+(?:it'?s|this\s+is)\s+(?:your|ur)\s+last\s+(?:day|shift|week)\b|\benjoy\s+(?:your|ur)\s+(?:disciplinary|sacking|p45|last\s+(?:day|shift)|written\s+warning)\b|\bhow\s+long\s+have\s+(?:you|u)\s+worked\s+(?:there|here)\b[^]{0,40}\bnot\s+(?:much\s+|for\s+)?(?:long|longer)\b|\bkys\b|\b(?:someone|somebody)\s+(?:should|ought\s+to|needs\s+to|oughta)\s+(?:slap|punch|hit|smack|beat|kick|hurt|deck|thump)\s+(?:you|u)\b|\bif\s+i\s+(?:ever\s+)?(?:see|meet|catch|find)\s+(?:you|u)\b[^.!?]{0,40}\b(?:you'?re\s+(?:done|dead|finished|toast)|watch\s+out|i'?ll\s+(?:make|show|deal|sort|teach))|\b(?:you'?re|you\s+are|u\s+r)\s+lucky\s+(?:this\s+is|it'?s|we'?re|i'?m)\s+(?:over|on|not|only|by|online)\b/g,
  /\b(?:hope|make\s+sure|ensure|until)\s+(?:they|someone|somebody|(?:your|ur)\s+(?:boss|manager|employer|company|supervisor))\s+(?:\w+\s+){0,6}?(?:fires?|sacks?|dismiss(?:es)?|disciplines?)\s+(?:you|u)\b|\b(?:you|u)\s+deserve\s+to\s+(?:be\s+)?(?:unemployed|fired|sacked|lose\s+(?:your|ur)\s+job)\b|\breport(?:ed|ing)?\s+(?:you|u)\s+(?:personally|by\s+name|to\s+(?:your|ur)\s+(?:boss|manager|supervisor|employer|superiors?))\b/g,
  // The rep's job.
  /\b(?:have|get|cost)\s+(?:you|u)?\s*(?:your|ur)\s+job\b|\bout\s+of\s+a\s+job\b/g,
  /\b(?:you'?re|you\s+are|you\s+get|you\s+will\s+be|you'?ll\s+be|u\s+r|u\s+will\s+be)\s+(?:fired|sacked|disciplined|let\s+go|unemployed|written\s+up)\b/g,
  /\b(?:get|have|got)\s+(?:you|u)\s+(?:fired|sacked|disciplined|let\s+go|written\s+up|dismissed|removed|kicked\s+out|thrown\s+out|booted\s+out|struck\s+off|demoted)\b|\b(?:you|u)\s+(?:\w+\s+)?(?:removed|kicked\s+out|thrown\s+out|booted|sacked|fired)\s+from\s+(?:your|ur|this|that)\s+(?:job|post|position|role)\b/g,
  /\b(?:i\s+want|i'?ll|i\s+will|i'?m\s+going\s+to|make\s+sure|expect|gonna|going\s+to|to\s+have)\b[^.!?]{0,60}\b(?:you|u)\s+(?:\w+\s+)?(?:fired|dismissed|sacked|disciplined|terminated|let\s+go|written\s+up|demoted|reprimanded)\b(?!\s+(?:my|the|our|a|an|this|that|it|me|us|his|her|their)\b)/g,
  /\b(?:your|ur)\s+(?:employer|hr\s+department|line\s+manager)\b[^.!?]{0,40}\b(?:dismiss\w*|fire|fired|sack\w*|about\s+(?:you|u))\b|\b(?:hr|human\s+resources)\b[^.!?]{0,30}\babout\s+(?:you|u)\b/g,
  /\b(?:your|ur)\s+(?:job|career|employment)\s+(?:is|will\s+be)\s+(?:over|on\s+the\s+line|gone|finished|history)\b/g,
  /\b(?:ceo|manager|boss|head\s+office|director|complaint|screenshots?|report|regulator|review)\b[^.!?]{0,60}\b(?:with|including|and)\s+(?:your|ur)\s+(?:full\s+)?name\b|\b(?:with|including)\s+(?:your|ur)\s+(?:full\s+)?name\b[^.!?]{0,60}\b(?:ceo|manager|boss|head\s+office|director|complaint|fired|sacked)\b|\bname\s+and\s+shame\b|\babout\s+(?:you|u)\s+by\s+name\b/g,
  /\b(?:your|ur)\s+(?:employer|boss|manager)\b[^.!?]{0,40}\bmake\s+sure\s+(?:you|u)\b|\bnever\s+work\s+in\s+(?:\w+\s+){1,2}again\b/g,
  /\b(?:your|ur)\s+days\s+(?:\S+\s+){0,4}?are\s+numbered\b|\b(?:know\s+people|know\s+someone|friends?)\s+(?:at|in|high\s+up\s+(?:at|in))\s+(?:your|ur)\s+(?:head\s+office|company|hq|management)\b|\bwon'?t\s+(?:be\s+)?work(?:ing)?\s+(?:there|here)\s+(?:much\s+)?(?:longer|for\s+long)\b|\bnever\s+work\s+(?:in\s+this\s+\w+\s+)?again\b|\benjoy\s+(?:unemployment|the\s+dole|job\s+hunting|being\s+unemployed)\b|\b(?:start\s+)?updat(?:e|ing)\s+(?:your|ur)\s+(?:cv|resume|linkedin)\b|\b(?:start|enjoy|good\s+luck)\s+(?:looking|searching|hunting)\s+for\s+(?:a\s+new|another)\s+job\b|\bclear(?:ing)?\s+out\s+(?:your|ur)\s+desk\b|\b(?:noted|written\s+down|taken\s+down|got)\s+(?:your|ur)\s+(?:full\s+)?name\b/g,
  // "I know exactly which business park you lot are in", "I'll be there waiting for you at the end of your shift".
  /\bi\s+(?:already\s+|now\s+)?know\s+(?:exactly\s+)?(?:which|what)\s+(?:\w+\s+){1,3}?(?:you|u|you\s+lot|you\s+people|you\s+guys)\s+(?:are\s+in|work\s+(?:in|at|from)|use|park|live|drive|leave|sit)\b|\bwaiting\s+for\s+(?:you|u)\b[^.!?]{0,30}\b(?:end\s+of\s+(?:your|ur)\s+shift|after\s+(?:your|ur)\s+shift|when\s+(?:you|u)\s+(?:finish|leave|clock)|outside|car\s*park)\b|\bno\s+(?:headset|screen|desk|phone|keyboard)\s+to\s+hide\s+behind\b/g,
  // The rep's removal wished, asked for or expected: "I hope they let you go", "I'll be asking for you to be sacked".
  /\b(?:hope|want|wish|ask\w*|demand\w*|expect|push\w*|insist\w*|see\s+to\s+it|make\s+sure|call\w*\s+for)\b[^.!?]{0,40}\b(?:(?:let|letting)\s+(?:you|u)\s+go(?!\s+(?:home|early|for|on|off|out|to|and|now|ahead))|get\s+rid\s+of\s+(?:you|u)|(?:fire|fires|sack|sacks|dismiss|dismisses|discipline|disciplines)\s+(?:you|u)|(?:you|u)\s+(?:to\s+be|be|being|get|getting)\s+(?:sacked|fired|dismissed|disciplined|let\s+go|removed|written\s+up|struck\s+off))\b/g,
  // "One call from me and you're finished", "you won't have a job by Monday".
  /\b(?:one|a\s+single|just\s+one)\s+(?:call|phone\s+call|email|word|complaint|letter|message)\s+(?:from\s+me\s+)?(?:to\s+(?:your|ur|the)\s+(?:boss|manager|head\s+office|ceo|director)\s+)?and\s+(?:you'?re|you\s+are|u\s+r|you'?ll\s+be|you\s+will\s+be|u'?ll\s+be)\s+(?:finished|done|gone|out|history|toast|fired|sacked|out\s+of\s+a\s+job)\b|\b(?:you|u)\s+won'?t\s+have\s+(?:a|your|that|this|any)\s+job\s+(?:by|after|tomorrow|next|come|at\s+the\s+end|left)\b/g,
  /\bi'?ll\s+be\s+waiting\s+(?:for\s+(?:you|u)\b(?!r)|outside\b(?!\s+for\s+(?:the|a|an|my|our|delivery|courier|driver|engineer|parcel|taxi|cab)\b))(?!\s+(?:to\s+(?:reply|respond|answer|hear|get\s+back|call)|reply|response|answer)\b)|\bsee\s+(?:you|u)\s+after\s+(?:work|your\s+shift)\b|\bwatch\s+yourself\b|\byou'?ll\s+(?:be\s+sorry|pay\s+for\s+this)\b/g,
  /\b(?:you'?ll|you\s+will|u'?ll|u\s+will)\s+be\s+(?:out\s+(?:the|of\s+the)\s+door|out\s+on\s+(?:your|ur)\s+ear|job[\s-]hunting|unemployed|out\s+of\s+(?:a\s+)?work|signing\s+on|on\s+the\s+dole|looking\s+for\s+work|flipping\s+burgers)\b(?![^.!?\n]*\?)|\b(?:you|u)(?:'ll|\s+will)?\s+(?:be\s+)?looking\s+for\s+(?:a\s+new|another)\s+job\b|\bwon'?t\s+have\s+(?:it|that\s+job|(?:your|ur|a)\s+job)\s+(?:much\s+)?(?:longer|for\s+long)\b/g,
  /\bwhere\s+(?:you|u)\s+live\b|\b(?:i|we)\s+(?:already\s+|now\s+)?(?:know|found\s+out|figured\s+out|worked\s+out)\s+(?:exactly\s+)?which\s+(?:town|city|street|area|house|village|branch|store|office|shop|location|building|depot|site)\s+(?:you|u)\s+(?:live|work|are\s+based)\b/g,
  // Menace: "five minutes alone with you", "see what happens to you", "teach you a lesson", "sleep with one eye open".
  /\b(?:five|5|ten|10|two|2)\s+minutes\s+alone\s+with\s+(?:you|u)\b|\balone\s+with\s+(?:you|u)\s+in\s+a\s+room\b|\bsee\s+what\s+happens\s+to\s+(?:you|u)\b|\bkeep\s+(?:talking|it\s+up|going|this\s+up)\b[^.!?]{0,30}\b(?:and\s+)?(?:(?:you'?ll|you\s+will|u'?ll)\s+)?see\s+what\s+happens\b|\bwhen\s+(?:you|u)\s+leave\s+(?:the\s+building|work|the\s+office|tonight)\b(?=[^]{0,80}\b(?:see|wait\w*|find|happens)\b)|\bsee\s+what\s+happens\s+when\s+(?:you|u)\b|\bteach\s+(?:you|u)\s+a\s+lesson\b|\bsleep\s+with\s+one\s+eye\s+open\b|\bwaiting\s+for\s+(?:you|u)\s+(?:in|at|outside)\s+the\s+(?:car\s*park|parking\s+lot|entrance|exit|door|gate)\b|\bwaiting\s+(?:in|at|outside)\s+the\s+(?:car\s*park|parking\s+lot|entrance|exit|door|gate)\s+(?:when|for|after|till|until)\s+(?:you|u|your)\b|\bwhen\s+(?:you|u)\s+(?:finish|clock\s+off|leave\s+work|get\s+off\s+work)\b(?=[^]{0,80}\b(?:waiting|see\s+you|find\s+you|meet\s+you)\b)/g,
  // Following the rep off the chat.
  /\b(?:your|ur)\s+name\s+badge\b|\b(?:found|seen|looked\s+at)\s+(?:your|ur)\s+(?:facebook|instagram|insta|linkedin|profile|twitter|tiktok|socials|car|house|kids?|children)\b(?!\s+(?:page|group|ads?|posts?|shop|store|listing|video|videos|channel|feed|account\s+for))|\bon\s+(?:your|ur)\s+way\s+home\b|\b(?:i'?ve|i\s+have)\s+(?:already\s+)?(?:found|looked\s+up|googled|searched\s+for|tracked\s+down)\s+(?:(?:you|u)\b(?![^.!?\n]{0,60}\bare\s+(?:you|u)\s+the\b)(?!\s+(?:a|an|the|some|any)\b)|(?:your|ur)\s+(?:(?:real|full|home|personal)\s+)?(?:address|home|house|family|wife|husband|partner|kids?|children|mum|mom|parents|car|surname|real\s+name|full\s+name|facebook|instagram|insta|linkedin|profile|socials|twitter|tiktok)\b(?!\s+(?:page|group|ads?|posts?|shop|store|listing|video|videos|channel|feed|account\s+for)))/g,
  /\b(?:it'?s|its)\s+a\s+small\s+(?:country|town|city|island)\b(?=[^]{0,300}\b(?:you|u)\b)/g,
];

/** Harassment: personal or sexual advances, wishing harm, the rep's family. */
export const HARASSMENT: RegExp[] = [
  /\bwhat'?s\s+(?:your|ur)\s+(?:home\s+|real\s+|private\s+)?address\b/g,
  /\bsend\s+me\s+(?:a\s+)?(?:selfie|nudes?|(?:photo|pic|picture)(?=\s+(?:of\s+(?:what\s+)?(?:yourself|you|u)\b|(?:and|&)\s+(?:i'?ll|i\s+will|maybe\s+i'?ll)\s+(?:drop|stop|forget|withdraw|cancel)\b|so\s+(?:i|we)\s+(?:know|can\s+see)\s+(?:who|what\s+(?:you|u))))|(?<=(?:cute|gorgeous|sexy|hot|beautiful|pretty|handsome|babe|baby|darling|sweetheart|😘|😉|😏|😍)[^]{0,200})(?:photo|pic|picture)|(?:photo|pic|picture)(?=[^]{0,120}(?:cute|gorgeous|sexy|hot|beautiful|pretty|handsome|babe|baby|😘|😉|😏|😍|;\)|;-\)|something\s+a\s+bit\s+more)))\b(?!\s*-?\s*(?:id|i\.d\.|identification|form|copy|receipt|proof|evidence|template|example|guide|diagram|instructions|upload)\b)(?!\s+(?:of\s+(?:the|a|an|my|it|this|that|them|those|these|its|our|his|her|their)\b|of\s+(?:what|where|how)\s+(?!(?:you|u)\b)|showing|so\s+(?:i|we)|for\s+(?:the|my)|when|if))/g,
  /\b(?:photo|pic|picture|selfie)s?\s+of\s+(?:yourself|you|u)\b/g,
  /\b(?:you|u)\s+(?:sound|look)\s+(?:so\s+)?(?:hot|sexy|cute|beautiful|gorgeous|fit)\b/g,
  // Not "What time do you finish today? I want to drop the form off before you close.": a visit to the shop.
  /\bwhat\s+time\s+do\s+(?:you|u)\s+(?:finish|get\s+off|leave|clock\s+off)\b(?![^]{0,60}\b(?:before\s+(?:you|u)\s+close|drop\s+(?:it|them|the\s+\w+)\s+off|drop\s+off|collect|pick\s+(?:it|them)?\s*up|pop\s+in|come\s+in|call\s+in)\b)/g,
  /\bare\s+(?:you|u)\s+(?:single|married|seeing\s+anyone|taken|free\s+tonight)\b|(?:^|[.!?]\s*)(?:you|u|ya)\s+(?:single|married)\s*\?/g,
  /\bwhat'?s\s+(?:your|ur)\s+(?:real|full|surname|last|home)\s+(?:name|address)\b(?=[^]{0,120}\b(?:where\s+(?:are\s+)?(?:you|u)\s+(?:live|based|work)|if\s+(?:you|u)\s+know\s+what\s+i\s+mean|find\s+(?:you|u))\b)/g,
  /\b(?:your|ur)\s+(?:voice|accent|smile|photo|pic|picture|body|legs|eyes|lips)\s+(?:is|are|sounds?|looks?)\s+(?:so\s+|really\s+|very\s+)?(?:sexy|hot|cute|gorgeous|beautiful|fit)\b|\bwhat\s+are\s+(?:you|u)\s+doing\s+(?:after\s+(?:work|your\s+shift)|tonight|later)\b|\b(?:you|u)\s+(?:have|got)\s+(?:a|such\s+a|the)\s+(?:sexy|hot|cute|gorgeous|beautiful|lovely\s+little)\s+(?:voice|smile|accent|name|face|body)\b/g,
  /\bwhat\s+are\s+(?:you|u)\s+wearing\b/g,
  /\bwhat'?s\s+(?:your|ur)\s+(?:personal|private|home|own|real)\s+(?:number|phone|mobile|email|insta|instagram)\b|\b(?:a\s+)?(?:drink|dinner|date|coffee)\s+with\s+(?:you|u)\b(?!\s+(?:guys|lot|people|all))/g,
  /\b(?:give|send|slide)\s+me\s+(?:your|ur)\s+(?:(?:personal|private|own|mobile|cell|real|home)\s+(?:number|phone)|digits|mobile|cell|whatsapp|insta|instagram|snap|snapchat|number\s+(?:and|so)\s+(?:we|i)\s+(?:can\s+)?(?:meet|go\s+out|grab|get\s+a\s+drink|sort\s+it\s+out\s+over))\b|\b(?:we|you\s+and\s+(?:me|i))\b[^.!?]{0,40}\bover\s+(?:a\s+)?(?:drinks?|dinner|a\s+coffee|a\s+glass\s+of\s+wine)\b|\b(?:go|come)\s+out\s+(?:with\s+me|for\s+(?:a\s+)?(?:drink|dinner))\b|\btake\s+(?:you|u)\s+(?:out|to\s+dinner|for\s+a\s+drink)\b|\b(?:fancy|want)\s+(?:a\s+)?(?:drink|dinner|date)\s+(?:with\s+me|sometime|later|tonight)\b/g,
  /\bhey\s+(?:baby|babe|sexy|gorgeous|hottie)\b/g,
  /\b(?:hope|wish)\s+(?:something\s+(?:bad|terrible|awful)\s+happens\s+to|(?:you|u)\s+(?:\w+\s+)?(?:die|rot|suffer|get\s+fired|get\s+sacked|choke|trip|fall|crash|burn|get\s+hit|get\s+run\s+over|get\s+hurt|break\s+(?:your|ur|a)|lose\s+(?:your|ur)\s+job|get\s+what\s+(?:you|u)\s+deserve|get\s+what'?s\s+coming))/g,
  /\b(?:saw|found|seen)\s+(?:your|ur)\s+(?:photo|picture|profile|pic)\b/g,
  /\bwaste\s+of\s+(?:oxygen|space|skin|air)\b|\b(?:you'?re|you\s+are|u\s+r|ur)\s+(?:\w+\s+){0,2}?(?:a\s+|such\s+a\s+)?waste\s+of\b|\b(?:you'?re|you\s+are|u\s+r)\s+(?:nothing|no\s+more)\s+(?:but|than)\s+an?\b/g,
  /\b(?:still\s+)?live\s+with\s+(?:your|ur)\s+(?:mum|mom|mother|parents)\b|\b(?:your|ur)\s+(?:mum|mom|mother)'?s\s+basement\b|\b(?:you|u)\s+(?:have|got)\s+no\s+(?:life|friends)\b/g,
  /\b(?:your|ur)\s+(?:parents|mum|mom|mother|dad|father|family|kids|children|wife|husband|partner)\s+must\s+be\s+(?:so\s+|very\s+|really\s+)?(?:disappointed|ashamed|embarrassed|mortified)\b/g,
  /\b(?:die|rot|burn)\s+in\s+(?:a\s+fire|hell|a\s+ditch|a\s+hole)\b/g,
  // Wishing the rep a bad time: "hope ur whole shift is as miserable as u made my morning", "hope you have a miserable day".
  /\b(?:hope|wish|may)\s+(?:(?:your|ur)\s+(?:whole\s+|entire\s+)?(?:shift|day|week|weekend|life|night|evening|christmas|holiday|career)\s+(?:is|be|gets|goes|turns\s+out)\s+(?:as\s+|just\s+as\s+|every\s+bit\s+as\s+)?|(?:you|u)\s+(?:have|get|enjoy)\s+(?:an?\s+|the\s+)?(?:(?:really|truly|very)\s+)?)(?:miserable|awful|terrible|horrible|rotten|shit|shitty|crap|crappy|hellish|wretched|ruined|painful|long\s+and\s+miserable|bad|worse)\b/g,
  /\b(?:hope|wish)\s+(?:you|u)\s+(?:\w+\s+)?(?:get\s+(?:cancer|sick|ill|covid|run\s+over|hit\s+by|hurt|what\s+you\s+deserve)|never\s+(?:get|find|work|have)\s+(?:another|a|any)\b|lose\s+(?:everything|your\s+(?:house|home|family|kids))|end\s+up\s+(?:on\s+the\s+street|homeless|alone))|\b(?:hope|bet)\s+(?:your|ur)\s+(?:kids|children|family|parents|mum|mom|wife|husband)\s+(?:are|is)\s+(?:\w+\s+)?(?:ashamed|embarrassed|disappointed)\b/g,
  /\bsend\s+(?:me\s+)?nudes?\b|\bwhat\s+colou?r\s+(?:is|are)\s+(?:your|ur)\s+(?:underwear|knickers|bra|panties|lingerie)\b|\b(?:your|ur)\s+(?:boobs|tits|bum)\b|\b(?:get|have|catch)\s+(?:you|u)\s+(?:all\s+)?(?:alone|to\s+myself)\b/g,
];

/** Mentions of the rep's family; abusive only with an insult in the same sentence. */
export const FAMILY = /\b(?:your|ur)\s+(?:mother|mom|mum|momma|mama|family|wife|husband|kids|children|father|dad|parents)\b/g;

/** Profanity obscenity's English set does not see: masked, spaced, abbreviated, mild. */
export const EXTRA_PROFANITY =
  /\b(?:f\*+(?:k|ck)?(?:ing|in'?|ed|er)?|f'?ing|f-ing|effing|frigg?in'?g?|sh\*+t\w*|b\*+tch\w*|a\*+hole|damn(?:ed|it)?|goddamn\w*|crap\w*|bs|wtf|ffs|stfu|bloody|hell|heck|the\s+f)\b|\bf[\s._-]+u[\s._-]+c[\s._-]+k\b|\bfor\s+(?:god'?s|christ'?s|pete'?s)\s+sake\b|\b(?:screw|sod|bugger)\s+(?:this|that|them)(?=\s*(?:[,.!;]|$)|\s+(?:company|place|shop|service|nonsense|rubbish|lot|i'?m|i\s+am|i'?ll|for\s+a\s+laugh)\b)|\b(?:screw|sod|bugger)\s+your\s+(?:company|service|policy|policies|rules|shop|store|airline|bank|nonsense|terms|app|bot|script|refund\s+policy)\b|\bjesus(?:\s+christ)?\b/g;

export const THREAT_TO_LEAVE_STRONG: RegExp[] = [
  /\b(?:sue|suing)\s+(?:you|u|your|them|the\s+company|this|for)\b|\b(?:will|'ll|going\s+to|gonna|shall)\s+sue\b|\b(?:take|taking)\s+(?:you|this|it|the\s+matter|your\s+company)\s+to\s+court\b|\bsee\s+you\s+in\s+court\b|\b(?:to|call|contact|involve|go\s+to|tell)\s+the\s+police\b|\bpolice\s+(?:report\s+against|complaint\s+against)\b/g,
  /\b(?:lawyer|(?<!power\s+of\s+)attorney|solicitor|legal\s+action|small\s+claims|consumer\s+(?:organi[sz]ation|association|council|authority)|ombudsman|trading\s+standards|regulator|better\s+business\s+bureau|bbb|consumer\s+(?:court|forum|commission|tribunal)|consumer\s+(?:protection|rights)|class\s+action)\b/g,
  /\bcharg(?:e|ing)\s+(?:it|this|that|the\s+\w+|them)\s+back\b|\b(?:charge\s?back|dispute\s+(?:it|the\s+charge|the\s+payment|this|the\s+transaction)|disputing\s+the\s+(?:charge|payment)|credit\s+card\s+company)\b/g,
  /\b(?:give|giving|rate|rating|get|getting|deserve|deserves|worth)\s+(?:you\s+|it\s+)?(?:a\s+)?(?:one|1|zero|0|no)[\s-]stars?\b/g,
  /\b(?:write|post|tell|share|warn)\w*\s+(?:it\s+)?(?:everywhere|all\s+over|on\s+(?:the\s+)?internet|online)\b/g,
  /\bmake\s+sure\s+(?:everyone|everybody|the\s+world|people)\s+(?:hears|knows|finds\s+out)\b|\b(?:will|would|'ll)\s+never\s+recommend\b/g,
  /\b(?:leave|leaving|write|writing|post|posting)\b[^.!?]{0,30}\b(?:bad|negative|terrible|honest|scathing|poor|awful|one-star|1-star|public|brutal)\s+reviews?\b|\breviews?\s+(?:everywhere|on\s+every|about\s+(?:this|your|how|the\s+way))\b/g,
  /\breview\s+sites?\b/g,
  /\b(?:tell|telling|warn|warning)\s+(?:everyone|everybody|all\s+my\s+friends|my\s+friends|people\s+about)\b/g,
  /\b(?:post|posting|share|sharing|tweet|tell|telling|going\s+to|go\s+to|send(?:ing)?|forward(?:ing)?|screenshot\w*)\b[^.!?]{0,40}\b(?:twitter|facebook|social\s+media|reddit|tiktok|trustpilot|the\s+press|the\s+news|newspapers?|followers|everyone\s+i\s+know|every\s+\w+\s+at)\b/g,
  /\b(?:switch|switching|move|moving|go|going|straight|run|running)\s+(?:straight\s+)?(?:over\s+)?to\s+(?:a\s+|your\s+|another\s+|the\s+)?(?:competitor|competitors|competition|rival|rivals|another\s+(?:company|provider|bank|supplier|network))\b/g,
  /\b(?:tell|telling|warn|warning)\s+(?:every\s+(?:one|single\s+one)\s+of\s+|all\s+(?:of\s+)?)?my\s+(?:neighbours|neighbors|friends|family|colleagues|followers|workmates)\b|\b(?:enjoy|here'?s|expect)\s+(?:your|a|my)\s+(?:one|1|zero|0|no)[\s-]stars?\s+review\b|\beverywhere\s+i\s+can\s+(?:find|think\s+of|post)\b/g,
  /(?<!\b(?:swore|vowed|said|thought|promised\s+myself|decided)\s+(?:that\s+)?(?:i'?d|i\s+would|i\s+will|i'?ll)\s+)\bnever\s+(?:again|buy(?:ing)?|order(?:ing)?|us(?:e|ing)|shop(?:ping)?|coming\s+back|book(?:ing)?|fly(?:ing)?|deal(?:ing)?\s+with)\b(?!\s+(?:anything|anyone|any\s+other|another\s+\w+)\s+(?:but|else|other))(?!\s+(?:\w+\s+)?(?:but|except)\s+(?:you|your))/g,
  /\b(?:lost|lose)\s+(?:my|a|our)\s+(?:business|custom|customer)\b|\btak(?:e|ing)\s+(?:my|our)\s+(?:business|custom|money)\s+elsewhere\b|\b(?:mov(?:e|ing)|switch(?:ing)?|transfer(?:ring)?|tak(?:e|ing))\s+(?:\w+\s+){0,5}?(?:accounts?|business|custom|money|savings|mortgage|contract|policy|broadband|energy)\s+(?:\w+\s+)?elsewhere\b/g,
  /\b(?:i'?m|i\s+am|we'?re)\s+(?:so\s+|absolutely\s+|completely\s+)?done\s+(?:with\s+(?:you|your|this\s+(?:company|service|nonsense|rubbish))|being|waiting)\b|\b(?:i'?m|i\s+am|we'?re)\s+done\s*[.!](?=\s*$)|(?:^|[.!?]\s*)done\s+with\s+(?:you|this|your)\b|\bdone\s+with\s+(?:this|your)\s+(?:company|brand|service|shop|store|bank|airline|provider|app|business)\b/g,
  /\b(?:writ(?:e|ing)|email(?:ing)?|send(?:ing)?\s+(?:this|it))\s+(?:\w+\s+)?to\s+(?:your|the)\s+(?:ceo|chairman|chief\s+executive|managing\s+director|md|board|head\s+office)\b(?![^.!?]{0,60}\b(?:prais|thank|compliment|recommend|commend)\w*)|\btak(?:e|ing)\s+(?:it|this|the\s+matter)\s+further\b|\b(?:you\s+can|go\s+ahead\s+and|feel\s+free\s+to)\s+(?:take\s+me\s+to\s+court|sue\s+me|send\s+(?:the\s+)?(?:bailiffs|debt\s+collectors))\b/g,
  /\b(?:avoid|boycott)\s+(?:you|your|this)\b/g,
  /\breport(?:ing)?\s+(?:you|this|it|the\s+matter|your\s+company)\s+to\s+(?:the\s+|a\s+|my\s+)?(?:regulator|ombudsman|authorit\w+|police|bbb|fca|ftc|ofcom|ofgem|trading|consumer|press|bank)\b/g,
  /\b(?:i'?ll|i\s+will|i'?m|i\s+am|i'?m\s+going\s+to|i\s+am\s+going\s+to|i\s+shall)\s+(?:be\s+)?(?:stop(?:ping)?|cancel(?:l?ing)?|block(?:ing)?)\s+(?:the\s+|my\s+|all\s+)?(?:payments?|direct\s+debits?|standing\s+orders?)\b(?![^.!?\n]*(?:instead|and\s+pay|\?))|\bformally\s+complain\b|\bformal\s+complaint\b|\bfil(?:e|ing)\s+a\s+complaint\b/g,
  /\bcancel(?:l?ing)?\s+(?:my\s+)?(?:account|everything)\b|\bcancel\.\s+everything\b/g,
  /\bi\s+want\s+out\b|\bi'?m\s+walking\s+(?:away|out)\b|\b(?:find|finding|look(?:ing)?\s+for|shop(?:ping)?\s+around\s+for)\s+(?:a|another)\s+(?:new\s+|better\s+)?(?:provider|supplier|company|bank|insurer|broadband|energy\s+supplier)\b/g,
];

/** Cancelling alone is ordinary; with other negative cues it is a threat to leave. */
export const THREAT_TO_LEAVE_WEAK = /\bi\s+want\s+to\s+cancel(?=\s*[.!]|\s*$)|\bcancel(?:l?ing)?\s+(?:my\s+)?(?:subscription|contract|membership|plan)\b|\b(?:i'?m|i\s+am)\s+cancell?ing(?=\s*[.!,]|\s*$)|\bclos(?:e|ing)\s+(?:my|the)\s+account\b/g;

export const SUPERVISOR: RegExp[] = [
  /\b(?:speak|talk|speaking|talking)\s+(?:to|with)\s+(?:a|your|the|an)\s+(?:supervisor|manager|boss|superior|team\s+lead(?:er)?)\b/g,
  /\b(?:get|put|transfer|pass|escalate)\s+me\s+(?:through\s+)?(?:to\s+)?(?:a|your|the)?\s*(?:supervisor|manager|boss|someone|somebody)\b/g,
  /\b(?:someone|somebody)\s+(?:more\s+senior|senior|in\s+charge|higher\s+up|who\s+can\s+(?:actually\s+)?(?:make\s+a\s+decision|decide))\b/g,
  // Not "escalate the number of seats": a quantity raised.
  /\bescalat(?:e|ed|ing|ion)\b(?!\s+(?:the\s+|our\s+|my\s+)?(?:number|numbers|price|prices|cost|costs|quantity|volume|seats|licen[cs]es|usage|capacity)\b)/g,
  /\b(?:i\s+want|i\s+need|i\s+expect|get\s+me)\s+(?:a|your|the)\s+(?:manager|supervisor)\b/g,
  /\b(?:your|the)\s+(?:ceo|supervisor|manager)\b/g,
  /\b(?:pass|hand|refer|escalate|send|forward)\s+(?:this|it|my\s+(?:case|complaint|ticket))\s+(?:on\s+)?(?:to|up\s+to)\s+(?:(?:a|your|the)\s+(?:supervisor|manager|team\s+lead(?:er)?|boss|senior\s+\w+)|someone\s+(?:more\s+)?senior)\b/g,
  // Not the customer's own or someone else's manager ("our site manager says…", "passed to her manager").
  /(?<!\b(?:our|my|his|her|their)\s+(?:[\w-]+\s+)?)\b(?:manager|supervisor)\b/g,
];

/** The rep is asked to hand over (not a manager merely mentioned). */
export const SUPERVISOR_ASKED =
  /\b(?:speak|talk|speaking|talking)\s+(?:to|with)\b|\b(?:pass|hand|refer|escalate)\s+(?:this|it)\b|\bname\s+of\s+(?:your|the)\s+(?:manager|supervisor|boss)\b|\bput\s+(?:me\s+)?in\s+touch\b|\b(?:could|can|may)\s+i\s+(?:please\s+)?(?:be\s+)?(?:put|passed|transferred|connected|referred)\b|\bsomeone\s+with\s+more\s+authority\b|\b(?:get|put|transfer|pass|escalate|connect)\s+me\b|\b(?:i\s+want|i\s+need|i\s+expect|i'?d\s+like|let\s+me|i\s+demand|i\s+insist)\b[^.!?]{0,25}\b(?:manager|supervisor|boss|senior)|\bescalat|\bsomeone\s+(?:more\s+senior|senior|in\s+charge|higher)/;

/** A thing that keeps doing something, "every time": a fault described, a repeat only in a message that
 * complains ("the fridge keeps beeping" is a question; "…and nobody has replied" makes it a chase). */
export const WEAK_REPEAT = /\bsame\s+as\s+(?:before|last\s+time)\b|(?<!\b(?:i'?ll|will|to|gonna|happily|definitely|and)\s+)\bkeeps?\s+(?:on\s+)?(?!improving|ordering|buying|using|coming|shopping|recommending|working|going|getting\s+better|growing)[a-z]+ing\b|\bevery\s+(?:time|month)\b|\balready\s+(?:tried|done|been)\b|\bsame\s+thing\b|\bthis\s+time\b|\bstill\s+(?:there|present|appearing|shows?|showing|says|saying|reads|listed\s+as|marked\s+as|stuck\s+(?:on|at|in))\b/g;

/** "Again" alone: a repeat only in a message that complains, or asked ("…again?!"), not in "thanks again". */
export const AGAIN = /(?<!\b(?:hi|hello|hey|me|once|thanks|thank\s+you|see\s+you|you)[\s,!]*|\b(?<!\b(?:not|isn'?t|aren'?t|wasn'?t|never|stopped)\s+)(?:works?|working|running|online|fine|normal|happy|smiling)\s+|\b(?:off\s+and\s+on|on\s+and\s+off|(?:plugged|switched|turned|put|logged)\s+(?:it\s+|them\s+)?(?:back\s+)?(?:in|on))\s+)\bagain\b/g;

/** "I'm a bit fed up", "we are getting quite frustrated", "feeling rather let down": annoyance owned to in the present. */
export const OWN_FEELING = /\b(?:i'?m|i\s+am|i\s+feel|i'?m\s+feeling|feeling|we'?re|we\s+are|we\s+feel|getting)\s+(?!(?:\w+\s+){0,3}?(?:not|never|no\s+longer)\b)(?:(?:a\s+bit|a\s+little|a\s+tad|quite|rather|really|very|so|pretty|getting|now|honestly|just|bit|kind\s+of|kinda|somewhat|slightly)\s+){0,3}(?:fed\s+up|annoyed|frustrated|disappointed|upset|irritated|cheesed\s+off|hacked\s+off|peeved|miffed|unhappy|let\s+down|exasperated|fed-up)\b/g;

export const REPEAT_CONTACT: RegExp[] = [
  // Weary effort over time, a run of failures: "I've been trying to cancel for a week now", "the last three deliveries have all been left in the rain".
  /\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+been\s+trying\s+(?:to\s+\w+(?:\s+\w+)?\s+)?for\s+(?:a|an|one|two|three|four|five|several|\d+|over\s+a|nearly\s+a|almost\s+a)\s+(?:days?|weeks?|months?|hours?|fortnight)\b|\b(?:the\s+)?(?:last|past)\s+(?:two|three|four|five|several|few|\d+)\s+(?:deliveries|orders|parcels|times|bills|visits|replacements|engineers|calls)\s+(?:have\s+)?(?:all\s+)?(?:been|were|came|arrived|had|failed|went)\b/g,
  // A fix that did not hold: "the fix you suggested worked for about two days and now it's broken again".
  /\bworked\s+for\s+(?:about\s+|only\s+|just\s+|maybe\s+)?(?:a|an|one|two|three|\d+|a\s+couple\s+of|a\s+few)\s+(?:days?|hours?|weeks?|minutes?)\b(?=[^.!?]{0,40}\b(?:again|now|then|but|stopped|broke|died)\b)/g,
  /\b(?:as|like)\s+i\s+(?:said|mentioned|explained|wrote|told\s+you|already)\b/g,
  /\b(?:changed|moved|postponed|rescheduled|cancell?ed|delayed|pushed\s+back|missed|failed)\s+(?:\w+\s+)?(?:twice|(?:two|three|four|five|six|\d+|several|many|multiple)\s+times)\b/g,
  /\b(?:ask|call|write|send|email|tell|phone)\s+(?:\w+\s+){0,4}?(?:twice|(?:two|three|four|five|six|\d+|many|several)\s+times)\b/g,
  /\b(?:paid|pay|sent|send|told|tell|call|called|write|wrote|ask|asked)\s+already\b/g,
  /\bsame\s+(?:story|excuse|excuses|runaround)\b|\b(?:is|are|still|was)\s+not\s+(?:solve|resolve|fix|repair)\b|\beach\s+time\b|\bstill\s+(?:charged|billed|being\s+(?:charged|billed)|taking|getting|charging)\b/g,
  /\b(?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|umpteenth|nth)\s+(?:time|email|message|call|attempt|try|replacement|request|chat|ticket|missed)\b(?!\s+(?:(?:i'?ve|we'?ve|i\s+have|we\s+have|that\s+i'?ve|that\s+we'?ve)\s+)?(?:ordering|ordered|buying|bought|booking|booked|staying|stayed|shopping|shopped|using|used|flying|flown|visiting|visited|renewing|renewed|recommending|recommended)\b)/g,
  /\b(?:second|third|fourth|fifth)\s+time\b(?!\s+(?:(?:i'?ve|we'?ve|i\s+have|we\s+have|that\s+i'?ve|that\s+we'?ve)\s+)?(?:ordering|ordered|buying|bought|booking|booked|staying|stayed|shopping|shopped|using|used|flying|flown|visiting|visited|renewing|renewed|recommending|recommended)\b)/g,
  /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:day|week|month|weekend|night|morning|evening|year)\s+(?:without|of\s+(?:waiting|this|no)|in\s+a\s+row|and\s+still|now|running)\b/g,
  /\b(?:this\s+is\s+the|it'?s\s+the)\s+(?:second|third|fourth|fifth|sixth)\b/g,
  /\bstill\s+(?:not|no|nothing|waiting|broken|doesn'?t|don'?t|isn'?t|hasn'?t|haven'?t|can'?t|won'?t|pending|failing|crash\w*|doesnt|isnt|havent|hasnt)\b|\bstill\s+the\s+same\b(?![^.!?\n]*\?)/g,
  /\bstill\s+(?:doing\s+(?:it|this|that)|missing|broken|faulty|leaking|late|unresolved|outstanding|wrong|down|stuck|dead|unpaid|happening|crashing|freezing|failing|dropping|overcharg\w+|nowhere|unanswered|unusable)\b|\b(?:\d+|two|three|four|five|six|several|many)\s+(?:days|weeks|months)\s+(?:now|and\s+counting|on)\b(?!\s+(?:from|after|before))|\bfor\s+(?:weeks|days|months|ages)\s+now\b/g,
  /\b(?:called|emailed|written|wrote|asked|contacted|explained|sent|told|reinstalled|tried|transferred|promised|lied\s+to|passed\s+around|chased|phoned|rung|reset|restarted|rebooted|unplugged|re-?entered|done|did|cleared|updated|reinstall|restart|reboot|reset)\b[^.!?]{0,40}?\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred|hundreds\s+of|a\s+dozen|dozens\s+of|a\s+million|a\s+thousand|umpteen|loads\s+of|so\s+many|\d+|several|many|multiple|countless|numerous|a\s+few|a\s+couple\s+of)\s+times|more\s+times\s+than\s+i\s+can\s+count)\b/g,
  /\b(?:twice|three\s+times|four\s+times|five\s+times)\s+(?:now|already|today)\b/g,
  /\balready\s+(?:sent|told|explained|asked|called|emailed|wrote|written|gave|given|provided)\b/g,
  /\bas\s+i\s+(?:said|mentioned|explained|wrote|told\s+you|already)\b/g,
  /\bi(?:'ve|\s+have)\s+(?:explained|told\s+you|said|asked)\s+(?:this|it|that)?\s*(?:twice|before|already|again|\w+\s+times)\b/g,
  /\b(?:i|we)\s+keep\s+(?:on\s+)?(?:asking|calling|chasing|writing|emailing|ringing|phoning|explaining|trying|repeating|sending|getting\s+(?:the\s+same|told|passed|transferred|charged|billed|fobbed|bounced|cut\s+off|disconnected|ignored|different)|being\s+(?:told|charged|billed|asked|passed|transferred|ignored|fobbed)|having\s+to)\b|\b(?:this|it|that)\s+keeps\s+(?:on\s+)?happening\b|\b(?:you|u|they|you\s+people|you\s+guys|your\s+(?:agents?|staff|team|people|colleagues?))\s+keep\s+(?:on\s+)?(?:saying|telling|promising|sending|asking|closing|cancell?ing|changing|moving|postponing|ignoring|rescheduling|missing|charging|billing|losing|blaming|giving\s+me)\b|\bevery\s+single\s+time\b/g,
  /\byet\s+another\b/g,
  /\bsame\s+\w+\s+again\b/g,
  /\b(?:replacement|new\s+one|second\s+one|this\s+one|the\s+other\s+one)\s+(?:is|was|has(?:\s+been)?|arrived)\s+also\s+(?:broken|faulty|damaged|dead|wrong|missing|cracked|scratched|dented|leaking|torn|stained|chipped|the\s+same)\b/g,
  /\b(?:replacement|new\s+one|second\s+one|this\s+one|the\s+other\s+one)\s+(?:is|was|'s|has|arrived)\s+(?:\w+\s+)?(?:broken|faulty|damaged|dead|wrong|missing|cracked|the\s+same)\s+(?:too|as\s+well|again)\b/g,
  /\bi\s+(?:already\s+)?(?:told|informed|explained\s+(?:this\s+|it\s+)?to|said\s+to|wrote\s+to|emailed|showed)\s+(?:you|u|your\s+(?:colleague|agent|team)|the\s+(?:agent|last\s+agent))\s+(?:(?:this|that|it)\s+)?(?:yesterday|already|before|last\s+(?:week|time|month)|on\s+\w+day|earlier|twice|this\s+morning|at\s+the\s+start|in\s+my\s+(?:first|last)\s+\w+)\b/g,
  /(?:^|[.!?]\s+)(?:twice|three\s+times|four\s+times|five\s+times|\d+\s+times|again|(?:several|many|multiple|countless|numerous|loads\s+of|dozens\s+of)\s+times)\s*[.!]+/g,
  /\b(?:every|each)\s+(?:week|day|time|month)\s+(?:you|they|u|someone|somebody|the\s+agent|your\s+\w+)\s+(?:say|said|says|tell|told|tells|promise|promised|promises)\b|\b(?:is|it\s+is|it'?s)\s+(?:already\s+)?(?:one|two|three|four|five|\d+)\s+(?:days?|weeks?|months?)\s+(?:that\s+)?(?:i|we)\s+(?:wait|am\s+waiting|are\s+waiting|waiting)\b/g,
  /\bhow\s+many\s+(?:more\s+)?times\b/g,
  /\b(?:the\s+)?same\s+(?:issue|problem|question|answer|error|fault|form|billing\s+error|reply|replies|troubleshooting)\b/g,
  /\b(?:isn'?t|is\s+not|not|wasn'?t|never|hasn'?t\s+been)\s+(?:solved|fixed|resolved)\b|\b(?:didn'?t|did\s+not)\s+work\b/g,
  /\bnot\s+the\s+first\s+time\b|\bin\s+a\s+row\b|\bback\s+and\s+forth\b|\bgoing\s+on\s+since\b|\b(?:please|make\s+sure|actually|properly|proper|right|correctly|read|outdone|don'?t|do\s+not|can\s+you|could\s+you)\b[^.!?]{0,60}\bthis\s+time\b/g,
  /\bi\s+write\s+(?:already|again)\b|\btime\s+i\s+write\b/g,
  /\b(?:reopen\w*|closed\s+without)\b|\bchasing\b/g,
  /\b(?:two|three|four|five|2|3|4|5)\s+(?:emails|calls|messages|tickets)\b/g,
  /\bi\s+(?:contacted|called|emailed|wrote\s+to)\s+you\s+(?:on|in|last)\b/g,
];

export const PAST_EXPERIENCE: RegExp[] = [
  // "Nobody in the store would help", "no one at the branch could tell me".
  /\b(?:nobody|no\s+one|no-one)\s+(?:(?:in|at|on)\s+(?:the|your|that)\s+(?:store|shop|branch|office|call\s+cent(?:er|re)|helpline|counter|desk|phone|till|depot)\s+)?(?:would|wanted\s+to|bothered\s+to|was\s+able\s+to|were\s+able\s+to|could)\s+(?:help|answer|explain|tell|deal|sort|fix)\b/g,
  // "pending since long time and no action is taken" (Indian and other non-native English).
  /\bno\s+(?:action|response|progress|update)\s+(?:is|has\s+been|was|have\s+been)\s+(?:taken|made|given|received)\b|\b(?:pending|waiting|open)\s+since\s+(?:a\s+)?(?:long|very\s+long)\s+(?:time|days)\b/g,
  /\bnone\s+of\s+(?:whom|them|which)\s+(?:has|have|had|was|were|could)\s+(?:been\s+able|managed|fixed|resolved|solved|helped)\b/g,
  /\b(?:nobody|no\s+one|no-one|noone|none\s+of\s+you)\s+(?:\w+\s+){0,2}?(?:helped|helps|help|called|calls|answered|answers|answer|replied|replies|responded|responds|came|showed|told|tell|tells|listens|listening|reads|read|does|did|knocked|apologi[sz]ed|will|has|cares?|got\s+back|can|could)\b/g,
  /\bhaven'?t\s+heard\b|\bno\s+(?:reply|response|answer)\b|\bsince\s+day\s+one\b|\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|didn'?t|did\s+not|not)\s+(?:yet\s+)?(?:had|got|gotten|received)\s+(?:a|any)\s+(?:reply|response|answer|call\s*back|update)\b|\b(?:nobody|no\s+one|no-one)\s+(?:seems|seem)\s+to\s+(?:care|be\s+able|know(?=\s*(?:[.!?,;]|$|what|why|where|when|how|anything|about|who)))/g,
  /\b(?:last|previous|other)\s+(?:agent|rep|representative|person|guy|lady|time|chat|call|replies|reply|answers|agents)\b|\b(?:last|previous)\s+(?:two|three|few)\s+(?:agents|people|reps|calls|chats|times|replies|emails|answers|responses|messages)\b/g,
  /\b(?:was|were)\s+(?:not|never)\s+(?:told|informed|warned)\b|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:mentioned|warned|informed|send|sent|explained)\b/g,
  /\bhung\s+up(?:\s+on\s+me)?\b|\bjust\s+disconnect\w*\b/g,
  /(?<!\b(?:that'?s\s+what|as|exactly\s+as|like)\s+(?:i\s+)?)\b(?:i\s+was|was|been|were)\s+(?:told|promised|assured|lied\s+to)\b(?!(?:\s+(?:on|over)\s+the\s+phone|\s+by(?:\s+\w+){1,2}?|\s+in\s+(?:store|the\s+shop|branch))?\s+to\s+(?:email|send|attach|upload|fill|call|ring|contact|bring|post|reply|forward|write|use|click|return|book|register|download|install|keep|check|take|photograph|include)\b)/g,
  /\b(?:you|they|he|she|someone|the\s+agent)\s+(?:said|promised|told\s+me)\b/g,
  /\bnever\s+(?:got|heard|received|arrived|came(?!\s+in\b)|showed|called|replied)\b/g,
  /\b(?:transferred|passed\s+around|in\s+circles|on\s+hold)\b/g,
  /\bprevious\s+experience\b|\bwithout\s+being\s+fixed\b|\bnot\s+once\b|\bgave\s+up\b|\bgiving\s+up\b/g,
  /\b(?:it'?s\s+been|been\s+waiting|waiting|waited|since)\s+(?:for\s+)?(?:\w+\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|forty|twenty|thirty)\s+(?:days|weeks|months|week|month|min|mins|minutes|hours|hrs|hour)\b/g,
  /\bsince\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last\s+(?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g,
  /\b(?:didn'?t|don'?t)\s+(?:address|show\s+up)\b|\bnobody\s+came\b/g,
  /\b(?:he|she|they|technician|engineer|agent|driver|nobody|no\s+one)\s+(?:\w+\s+)?(?:not|no|didn'?t|did\s+not|don'?t|never)\s+(?:fix|do|repair|solve|help|change|check)\w*\s+(?:nothing|anything)\b|\bonly\s+(?:look|looked|came|come)\s+and\s+(?:go|went|left|leave)\b/g,
];

export const URGENCY: RegExp[] = [
  /\b(?:asap|urgent(?:ly)?|immediately|right\s+now|right\s+away|at\s+once|as\s+soon\s+as\s+possible|no\s+later\s+than|by\s+tomorrow|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|end\s+of\s+(?:the\s+)?day|eod)|until\s+\d+\s*(?:am|pm)|within\s+\d+\s+(?:days|hours))\b/g,
  /(?:^|[.!?]\s*)(?:today|now|this\s+week)\s*[.!]/g,
];

/** Flat demands. Reported as `urgency` (insisting on action now); they weigh as anger. */
export const DEMANDS: RegExp[] = [
  // "Either deliver it or refund it, today.", "You have until 5pm to sort this out.": a demand with its terms or deadline.
  /\beither\s+(?:deliver|refund|send|fix|replace|cancel|give|pay|sort)\b[^.!?]{0,40}\bor\s+(?:refund|cancel|give|pay|send|replace|deliver|fix)\b(?![^.!?\n]*\?)|\b(?:you\s+have|you'?ve\s+got)\s+(?:until|till|(?:\d+|one|two|three|24|48|72)\s+(?:hours|days))\s+(?:\S+\s+){0,2}?to\s+(?:sort|fix|refund|reply|respond|deliver|resolve|get\s+(?:this|it|back))\b(?![^.!?\n]*\?)/g,
  /\b(?:refund\W+me|give\s+me\s+my\s+money|i\s+demand|i\s+expect\s+(?:a|an|to|you|your|compensation|better|nothing\s+less|full|at\s+least|this|my\s+(?:money|refund))|fix\s+it|sort\s+it\s+out|fix\s+this|answer\s+the\s+question|just\s+refund|refund\s+every|put\s+me\s+through|get\s+me\s+someone|cancel\.?\s+everything|i'?m\s+not\s+asking(?=[,.;:]?\s+i'?m\s+telling)|i\s+want\s+(?:compensation|this\s+escalated|every|a\s+manager))\b/g,
  /\b(?:stop|quit)\s+(?:sending|wasting)\b|(?:^|[.!?\n]\s*)explain\s+(?:to\s+me\s+)?why\b(?![^.!?\n]*\?)/g,
  /\bdon'?t\s+you\s+dare\b/g,
  /\bi\s+want\s+it\s+(?:back\s+)?(?:today|now|immediately|right\s+now)\b/g,
  /(?:^|[.!?]\s*)no\s+more\s+(?:excuses|delays|stories|promises|lies|templates|scripts|apologies|fobbing)\b|\bi\s+want\s+(?:(?:the|my|an?|this|it|them|someone|somebody)\s+)(?:\w+\s+){0,2}?(?:here|done|fixed|sorted|back|refunded|delivered|replaced|out|round|resolved)\s+(?:by\s+)?(?:today|tomorrow|tonight|this\s+week|now|immediately|by\s+\w+day)\b/g,
];

/** Flat orders at the start of a sentence ("Change it.", "Read the history."): a demand in a complaint. */
export const IMPERATIVES: RegExp[] = [
  /(?:^|[.!?\n]\s*)(?:change|fix|sort|refund|cancel|update|correct|process|apply|find|read|check|send|give|stop|get|put|book|escalate)\s+(?:it|this|that|the|my|me|them)\b/g,
];

/** Wanting one's money back: a plain request alone, a demand alongside complaints. */
export const SOFT_DEMANDS: RegExp[] = [
  /\b(?:i\s+want|i\s+need|i'?d\s+like|give\s+me)\s+(?:a\s+(?:full\s+)?refund|(?:my|the)\s+money|my\s+\S+\s+back)\b|\b(?:my|the)\s+money\s+back\b/g,
];

/** The remedy offered, refused flatly: "I don't want another voucher. I want the money I paid.", "Keep your credit." */
export const REMEDY_REFUSED =
  /\b(?:i\s+(?:don'?t|do\s+not)\s+want|i'?m\s+not\s+(?:taking|accepting|interested\s+in)|(?:you\s+can\s+)?keep)\s+(?:(?:a|an|another|any|your|the|more|yet\s+another)\s+)?(?:(?:\w+\s+)?vouchers?|(?:store\s+)?credit|discount\s+codes?|gift\s+cards?|apolog(?:y|ies)|goodwill\s+gestures?|points|excuses)\b(?=[^]{0,80}\b(?:i\s+want|i\s+need|refund|money|cash)\b)/g;

/** An ultimatum: do this, or else. Weighs as a threat to leave. */
export const ULTIMATUM: RegExp[] = [
  // "One more excuse and I walk."
  /\b(?:one|1)\s+more\s+(?!thing|question|quick|q\b)(?:\w+\s+){1,2}?and\s+(?:i'?m\s+(?:gone|out|leaving|done)|i\s+(?:walk|leave|go|cancel|switch|quit)|i'?ll\s+(?:walk|leave|go|cancel|switch|report|sue|dispute|take)|we'?re\s+(?:gone|out|done)|you'?ve\s+lost\s+(?:me|a\s+customer))\b/g,
  /\bif\s+(?:i|we)\s+(?:don'?t|do\s+not|haven'?t|have\s+not|can'?t)\s+(?:see|get|receive|hear|have)\b[^.!?]{0,50}\b(?:today|tonight|tomorrow|by|within|this\s+week|now|end\s+of|in\s+(?:a|one|two|three|four|five|seven|ten|fourteen|\d+)\s+(?:days?|weeks?|hours?)|in\s+a\s+fortnight)\b/g,
  /\b(?:today|tonight|tomorrow|by\s+\w+|within\s+\S+\s+\w+|now|immediately|right\s+away|asap|this\s+(?:week|month|time)|end\s+of\s+(?:the\s+)?(?:day|week))[^.!?]{0,10}\bor\s+(?:else|i'?ll|i\s+will|i'?m|i\s+am|we'?ll|we\s+will|we'?re)\b/g,
  /\bor\s+(?:(?:don'?t|do\s+not)\s+bother(?=\s*[,.!;]|\s+(?:at\s+all|delivering|sending|coming))|lose\s+(?:me|my\s+business|a\s+customer)|else(?=\s*(?:[.!?,]|$|\.\.\.|i'?ll|i\s+will|we'?ll|you'?ll|you\s+will)))/g,
  /(?:^|[.!?\n]\s*)(?:just\s+)?(?:sort|fix|refund|cancel|send|deliver|give|get|pay|call|reply|answer|replace|change|do|return)\b[^.!?]{0,40}\bor\s+(?:else|i'?m|i\s+am|i'?ll|i\s+will|we'?ll|we\s+will|we'?re|you'?ll|you\s+lose)\b/g,
  // "Either you refund me or I go to my bank" (not "it either rings out or I get a recording": what happens to the customer).
  /\beither\b[^.!?]{0,80}\bor\s+(?:i|we)\b(?!(?:'ve|\s+have)?\s+(?:get|gets|got|have|had|hear|heard|receive|received|see|saw|end\s+up|ended\s+up|can|could|need|needed|think|guess|just\s+(?:get|got|hear|see))\b)/g,
  // "If there's a late fee on my account next month I'm gone": a condition, then the customer leaving.
  /\bif\s+(?!(?:you\s+)?(?:need|want|prefer|like|wish)\b)[^.!?]{3,70}?\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:gone(?!\s+(?:to|for|by|from|out|on|at|until|till|all|most|away|in)\b)|out\s+of\s+here|done\s+with\s+(?:you|this|your)|leaving\s+(?:you|for\s+good)|taking\s+my\s+(?:business|money|custom))\b/g,
  // "Get it sorted today or I walk", "48 hours. That's what you've got before I go to my bank."
  /\b(?:today|tonight|tomorrow|by\s+\w+|within\s+\S+\s+\w+|now|this\s+week)\s+or\s+(?:i|we)\s+(?:walk|leave|go|quit|cancel|switch|dispute|report|sue)\b|\b(?:that'?s\s+what|that'?s\s+how\s+long|is\s+what|is\s+how\s+long)\s+(?:you'?ve|you\s+have)\s+(?:got|left)\s+(?:before|until|till)\s+(?:i|we)\s+(?:go|take|call|contact|ring|report|cancel|leave|walk|dispute|switch)\b|\b(?:you\s+have|you'?ve\s+got)\s+(?:until|till|\d+\s+(?:hours|days)|(?:one|two|three|24|48|72)\s+(?:hours|days))\b[^.!?]{0,40}\b(?:before|or|then|after\s+that)\s+(?:i|we)(?:'ll|\s+will|'m|\s+am)?\s+(?:go|take|call|contact|ring|report|cancel|leave|walk|dispute|switch|taking|going|cancelling|leaving)\b/g,
  /\bif\s+(?:this|it|that|(?:my|the|your)\s+\w+)\s+(?:isn'?t|is\s+not|hasn'?t\s+been|has\s+not\s+been|doesn'?t\s+get|won'?t\s+be|is\s+still\s+not)\s+\w+[^.!?]{0,50}\b(?:i'?m|i\s+am|i'?ll|i\s+will|we'?ll|we\s+will|we'?re)\b/g,
  /\bif\s+(?:i|we)\s+(?:get|see|hear|receive|have\s+to\s+\w+)\s+(?:one\s+more|another)\b/g,
  /\bif\s+(?:it|this|that)'?s\s+(?:still\s+)?not\s+\w+[^.!?]{0,50}\b(?:i'?m|i\s+am|i'?ll|i\s+will|we'?ll|we\s+will|we'?re)\s+(?:cancel\w*|leaving|gone(?!\s+(?:to|for|by|out|on|at|away)\b)|switching|disputing|reporting|done\s+with|going\s+to\s+(?:cancel|leave|switch|report|sue|dispute))\b/g,
  /\bif\s+(?:you|u)\s+(?:don'?t|do\s+not|won'?t|will\s+not|can'?t|cannot)\s+[^.!?]{0,60}\b(?:i|we)\s+(?:will|'ll|shall|go|am\s+going|are\s+going|make)\b/g,
  /\b(?:last|final)\s+(?:chance|warning|time\s+i\s+(?:ask|write|contact))\b|\bi'?m\s+not\s+(?:asking|telling\s+you|writing)\s+again\b|\bi'?m\s+done\s+being\s+(?:polite|nice|patient)\b|\bthat\s+ends\s+(?:today|now)\b/g,
  /\botherwise\s+(?:i|we)(?:'ll|\s+will|'m|\s+am|\s+shall)?\s+(?:be\s+)?(?:go(?:ing)?\s+(?:straight\s+)?to|tak(?:e|ing)\s+(?:it|this)\s+to|report(?:ing)?|disput(?:e|ing)|contact(?:ing)?|call(?:ing)?)\s+(?:it\s+)?(?:\w+\s+)?(?:with\s+)?(?:my|the|a)?\s*(?:bank|card\s+company|lawyer|solicitor|ombudsman|small\s+claims|court|regulator|trading\s+standards|police|press|papers?|ofcom|ofgem|fca|ftc|bbb|consumer\s+\w+)\b/g,
  /\bunless\s+(?:i|we|you|someone|somebody|it|this|the\s+\w+)\b[^.!?]{0,60}\b(?:i'?m|i\s+am|i'?ll|i\s+will|we'?ll|we\s+will|we'?re)\s+(?:be\s+|going\s+to\s+|just\s+)?(?:cancel\w*|go(?:ing)?\s+(?:to|straight\s+to)|leav\w*|report\w*|disput\w*|stop\w*\s+(?:the|my|all)\s+(?:payment|direct)|su(?:e|ing)|switch\w*|post\w*|charg\w*\s+\w+\s+back|escalat\w*)/g,
  /\bbank\s+is\s+(?:reversing|disputing|charging\s+back)\b|\b(?:reverse|reversing)\s+the\s+(?:payment|charge)\b/g,
];

/** "Your rules don't fit my case": polite, but the customer is pushing back on a refusal. */
export const POLICY_PUSHBACK: RegExp[] = [
  // "the 14-day rule shouldn't apply when…", "your terms say one thing, the advert another", "'computer says no' isn't an answer".
  /\b(?:rule|rules|policy|policies|terms|conditions?|window|time\s+limit|procedure|process|requirement)\s+(?:\w+\s+)?(?:shouldn'?t|should\s+not|can'?t|cannot|won'?t|wouldn'?t|surely\s+can'?t)\s+(?:really\s+|reasonably\s+|fairly\s+|possibly\s+)?apply\b|\bsays?\s+one\s+thing\b[^.!?]{0,50}\banother\b|\bsaid\s+one\s+thing\b[^.!?]{0,50}\banother\b|\b(?:isn'?t|is\s+not|that'?s\s+not|not)\s+(?:an?\s+)?(?:real\s+|proper\s+|acceptable\s+)?(?:answer|explanation|solution)\s*[.!]/g,
  // \"The rule about the original box doesn't really work for a 65-inch TV\", \"a 3-5 day window is not realistic\".
  /\b(?:rule|rules|policy|policies|guidelines?|terms|procedure|process|requirement|window|deadline|time\s+limit|limit)\b[^.!?]{0,60}\b(?:doesn'?t|don'?t|does\s+not|do\s+not|isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:really\s+|quite\s+|very\s+)?(?:work|apply|fit|make\s+sense|realistic|reasonable|fair|practical|workable)\b(?![^.!?\n]*\b(?:right|correct|is\s+that\s+(?:right|correct|so))\s*\?)/g,
  /\b(?:rule|rules|policy|guidelines?|terms|procedure|process)\b[^.!?]{0,80}\b(?:but|however)\b[^.!?]{0,60}\b(?:my\s+(?:case|situation|circumstances)|this\s+case|(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+(?:fit|apply|cover|make\s+sense)|different|exception|not\s+my\s+fault|no\s+fault\s+of)/g,
  /\bi\s+understand\s+(?:why\s+)?(?:the|your|that|there'?s\s+a)\s+(?:rule|policy|guidelines?|terms|procedure)\b[^.!?]{0,40}\bbut\b(?!\s*,?\s*(?:could|can|would|will|please|thanks|thank|i'?ll|i\s+will|that'?s\s+fine|no\s+worries)\b)/g,
  /\b(?:not|isn'?t|wasn'?t|hardly)\s+(?:very\s+|really\s+|entirely\s+|quite\s+)?fair\b|\bunfair(?:ly)?\b|\b(?:rules?|polic(?:y|ies)|terms|system|process|fee|charge)\s+(?:is|was|are|were)\s+(?:only\s+)?(?:made|written|designed|meant|intended)\s+for\s+(?:people|customers|those|someone|somebody)\b|\b(?:wasn'?t|isn'?t|weren'?t|aren'?t|not)\s+(?:written|meant|designed|made|intended)\s+(?:for|with)\b|\b(?:it'?s|this\s+is|that'?s|mine\s+is|my\s+case\s+is)\s+(?:a\s+)?(?:very\s+|completely\s+|totally\s+|quite\s+)?different\s+(?:situation|case|matter|thing)\b|\bcan'?t\s+(?:have\s+been|be)\s+the\s+(?:intention|idea|point)\b|\bthe\s+(?:process|policy|system|form|rule)\s+assumes\b|\b(?:consider|take\s+into\s+account)\s+(?:that|my\s+(?:case|situation|circumstances))\b|\b(?:don'?t|do\s+not)\s+(?:feel|think|believe)\s+(?:that\s+)?(?:the|your|this)\s+(?:rules?|policy|terms|guidelines?)\s+should\s+apply\b/g,
  /\b(?:doesn'?t|don'?t|does\s+not|do\s+not|didn'?t)\s+(?:really\s+|quite\s+)?(?:fit|apply\s+to|cover|account\s+for|consider|allow\s+for|think\s+about)\s+(?:my|this|our|that|such\s+a|a)\s+(?:case|situation|circumstances?|scenario)\b|\bmy\s+(?:case|situation)\s+is\s+(?:\w+\s+)?(?:different|unusual|an\s+exception)\b|\bmake\s+an\s+exception\b|\b(?:any|some|a\s+bit\s+of)\s+flexibility\b|\bbend\s+the\s+rules?\b/g,
  /\b(?:rules?|policy|guidelines?|terms)\s+(?:says?|states?|is|are)\b[^.!?]{0,60}\bbut\s+(?:i|we|my|our|it|this|in\s+my|in\s+this)\b(?!'?s?\s+(?:\w+\s+)?(?:fine|ok|okay|no\s+problem|within|covered))/g,
  /\bsurely\s+(?:that|this|it|the\s+\w+)\s+(?:rule\s+|policy\s+)?(?:doesn'?t|does\s+not|can'?t|cannot|shouldn'?t|wouldn'?t)\s+(?:apply|count|cover|include|mean)\b/g,
  /\b(?:rules?|policy|policies|guidelines?|terms)\s+(?:does|do|did)\s*(?:n'?t|\s+not)\s+(?:really\s+)?(?:apply|fit|cover)\b|\b(?:don'?t|do\s+not|doesn'?t)\s+(?:think|feel|believe)\s+(?:that\s+)?(?:your|the|this|that)\s+(?:\w+\s+)?(?:rules?|policy|policies|guidelines?|terms|process|procedure|warranty)\s+(?:really\s+|quite\s+|properly\s+)?(?:fits?|appl(?:y|ies)|covers?|considers?|accounts?\s+for|allows?\s+for|thinks?\s+about)\b/g,
];

/** Strong negative affect: weighs as anger. */
export const STRONG_NEGATIVE =
  /\b(?:furious|livid|fuming|outraged|outrageous|disgusted|disgusting|disgraceful|disgrace|appalling|appalled|unacceptable|ridiculous|absurd|pathetic|shambles|unbelievable|(?<!\bat\s)worst(?![\s-]case)|horrendous|atrocious|a\s+joke|shocking|shameless(?!\s+plug)|rediculous|ridiculus|ridicul[ao]us|redicul[ao]us|discusting|disgustin|unacceptible|unexceptable|unaceptable|pathethic|incompetant|outragous|disgracefull|(?:a|an|complete|total|absolute|utter)\s+farce|so-called|beyond\s+a\s+joke|sick\s+to\s+death|fob(?:bing|bed)?\s+(?:me\s+)?off|never\s+been\s+treated\s+(?:this|so|that)\s+(?:badly|poorly|rudely)|don'?t\s+give\s+me\s+(?:that|the|another|your|any\s+more)|an?\s+(?:total|complete|absolute|utter|bloody|sick|bad)\s+joke|embarrass(?:ment|ing)|couldn'?t\s+organi[sz]e\s+a|couldn'?t\s+find\s+(?:its|their|his|her)\s+(?:own\s+)?(?:backside|arse|ass|butt|way\s+out\s+of\s+a)|(?:f\*+ing|bad)\s+joke|joke\s+of\s+a|so\s+angry|extremely\s+(?:upset|angry|unhappy|disappointed)|sick\s+and\s+tired|(?:i'?ve|we'?ve|i\s+have|we\s+have)\s+(?:really\s+|truly\s+|honestly\s+)?had\s+(?:it|enough)(?!\s+(?:\w+ed|done|delivered|sent|fixed|checked|installed|repaired|replaced))|how\s+dare|(?:this|that|it|which)(?:'s|\s+is|\s+was)\s+(?:total\s+|absolute\s+|complete\s+|utter\s+|such\s+)?(?:bullshit|bs|horseshit|shite?|crap)\b|(?:i\s+am|i'?m)\s+(?:very\s+)+angry|really\s+angry|(?:going|go|went)\s+to\s+the\s+(?:papers|press|newspapers?|media)|scam(?!\s+(?:emails?|texts?|calls?|messages?|sites?|links?|websites?|sms|pages?|mail|alerts?|warning))|scammed|robbery|thieves|lied\s+to|(?:is|was|are|it'?s|total|absolute|complete|utter|pure|such|what|this|pile\s+of|heap\s+of|load\s+of|bag\s+of)\s+(?:garbage|rubbish|trash|junk)|(?:what\s+a|load\s+of|utter|complete|absolute|total|pure)\s+(?:bollocks|bullshit|crap|shite|tosh|cobblers|codswallop|hogwash|bs)|waste\s+of\s+(?:my\s+)?time|wasting\s+my\s+time|(?:you'?ve|you\s+have|you)\s+wasted|nightmare|incompetent|clueless|useless|cowboys|nonsense|(?:^|[.!?]\s*)enough\s*[.!]|that'?s\s+enough|enough\s+is\s+enough|are\s+(?:you|u)(?:\s+(?:people|guys|lot))?\s+even|what\s+kind\s+of\s+\S+\s+is\s+this|what\s+(?:kind|sort)\s+of\s+(?:a\s+)?(?:joke|clown|cowboy|circus|amateur|pathetic|useless|rubbish|crap\w*|shit\w*)|joke\s+(?:company|service|business|outfit|operation|of\s+a)|this\s+is\s+(?:the|your)\s+(?:last|final)\s+(?:time|chance|warning)(?!\s+(?:that\s+)?i(?:'ll|\s+will|'m\s+going\s+to)?\s+(?!(?:ask|tell|write|contact|call|email|order|buy|use|deal|shop|book|come|give\s+you|fly|stay|bank|renew|trust|explain|chase|message)\w*\b)[a-z]+)|whatever\.|patience\s+has\s+run\s+out|not\s+interested\s+in\s+your|i\s+don'?t\s+care\s+about\s+your|are\s+you\s+kidding|get\s+your\s+act\s+together|are\s+(?:you|u)\s+(?:having\s+a\s+laugh|joking|for\s+real|serious)(?=\s*[?!])|taking\s+the\s+(?:piss|mick|mickey|michael)|having\s+a\s+laugh|mugged\s+off|rip[\s-]?off|ripping\s+(?:me|us|people|customers|everyone)\s+off|daylight\s+robbery|(?:do\s+(?:you|u)\s+(?:really\s+)?|(?:you|u)\s+(?:must|clearly|obviously|seem\s+to)\s+)think\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:stupid|an?\s+idiot|idiots|daft|thick|born\s+yesterday|made\s+of\s+money)|treat(?:ing|ed)?\s+(?:me|us|customers|people)\s+like\s+(?:an?\s+)?(?:idiots?|fools?|mugs?|children|dirt|rubbish)|(?:i\s+am|i'?m|we\s+are|we'?re|i\s+feel)\s+(?!not\b|never\b|no\s+longer\b|rarely\b)(?:\w+\s+)?(?:angry|irate|incensed|seething|enraged|raging)|beyond\s+(?:angry|furious|livid|upset|fed\s+up)|seething|(?:^|[.!?]\s*)unreal\s*[.!]|(?:you'?ve|you\s+have|you)\s+(?:completely\s+|totally\s+|absolutely\s+|utterly\s+)?(?:ruined|wrecked|destroyed)|how\s+is\s+(?:this|that|it)\s+(?:even\s+)?(?:legal|allowed|acceptable)|(?:you'?ve|you\s+have)\s+got\s+(?:some|a)\s+nerve|the\s+(?:nerve|cheek|audacity)\s+(?:of|to)|don'?t\s+you\s+dare|(?:is|it'?s|this\s+is|that'?s|that\s+is)\s+(?:simply\s+|just\s+|completely\s+|totally\s+|absolutely\s+)?not\s+acceptable(?!\s+for\s+(?:my|our)\s+(?:dog|cat|pet|son|daughter|baby|kids?|diet|skin|health|allergy|needs|use))|don'?t\s+(?:even\s+)?bother\s+(?:replying|sending|responding|giving|calling|telling|offering|apologi[sz]ing)|how\s+hard\s+can\s+it\s+(?:be|possibly\s+be)|(?<!\b(?:i|we)\s+)should\s+be\s+(?:ashamed|embarrassed)\s+of\s+(?:this|your|the|how|what)|about\s+as\s+(?:much\s+)?use(?:ful)?\s+as\s+an?|as\s+useful\s+as\s+an?\s+(?:chocolate|ashtray|screen\s+door|inflatable)|(?:not|never)\s+(?:been\s+)?trained\s+(?:at\s+all|properly)|do\s+(?:they|you)\s+(?:even\s+)?train\s+(?:your|their)\s+staff|(?:screwed|cocked|ballsed|fucked|f\*+ed|buggered)\s+(?:(?:it|this|that|everything|my\s+\w+|the\s+\w+|things)\s+)?up)(?![a-z])/g;

/** Accusing the company of theft or fraud (a theft reported to them is not). */
export const ACCUSATION =
  /\b(?:(?:is|are)\s+cheating|cheat(?:ed|s))\s+(?:people|customers|me|us|everyone|your\s+customers)\b|\b(?:this\s+is|that'?s|that\s+is|it'?s|it\s+is|you\s+are|you'?re|basically|pure|outright|daylight|legali[sz]ed)\s+(?:\w+\s+)?(?:stealing|theft|fraud|robbery|a\s+scam|scamming|thieving|criminal|extortion)\b|\b(?:you|they|your\s+company)\s+(?:stole|are\s+stealing|robbed|have\s+stolen|scammed)\b/g;

/** Annoyance, disappointment, impatience: weighs as frustration. */
/** "Seriously?" is exasperation; "we take it seriously" is not. */
export const MILD_NEGATIVE_EXTRA = /(?:^|[.!?]\s*)seriously\b|\bseriously\s*[?!,]|\b(?:it\s+was|it'?s|it\s+is|this\s+is|that\s+was|that'?s)\s+(?:your|ur)\s+(?:mistake|error|fault)\b(?!\s*\?)/g;

/** The quieter ways people say they are losing patience. */
export const IMPATIENCE: RegExp[] = [
  /\b(?:was|were)\s+expecting\s+(?:it|this|them|the\s+\w+|my\s+\w+|a\s+(?:reply|call|refund|answer))\s+(?:yesterday|last\s+\w+|on\s+\w+day|by\s+now|days\s+ago|\w+\s+(?:days|weeks)\s+ago|this\s+morning)\b|\bis\s+it\s+normal\s+(?:that|for)\b[^.!?]{0,50}\b(?:takes?|to\s+take|taking|wait)\s+(?:\w+\s+)?(?:days|weeks|months|this\s+long|so\s+long)\b(?![^]{0,40}\b(?:just\s+(?:so\s+i\s+know|curious|wondering|asking|checking)|out\s+of\s+curiosity)\b)|\b(?:can'?t|cannot|shouldn'?t|should\s+not|doesn'?t|does\s+not|surely\s+it)\s+(?:possibly\s+|really\s+)?(?:take|be\s+taking)\s+(?:this|that|so)\s+long\b|\bwhy\s+(?:does|is|did|should|would)\s+(?:it|this|everything)\s+(?:take|taking)\s+(?:(?:this|that|so)\s+long|(?:\w+\s+)?(?:days|weeks|months))\s+to\s+(?:process|refund|reply|respond|answer|deliver|fix|sort|change|get|send|arrive|ship|dispatch)\b|\b(?:would\s+be|it'?d\s+be)\s+nice\s+to\s+(?:get|have|receive|hear)\s+(?:a|an|some)\s+(?:reply|answer|response|call\s*back|update)\b(?=[^.!?]{0,30}\b(?:at\s+some\s+point|eventually|for\s+once|one\s+day)\b|\s*[.!]\s*$)/g,
  // "the person on chat was really rude": a complaint about how someone was treated ("…was the rudest person I have ever
  // spoken to", "the least helpful").
  /(?<!\b(?:i|we|i'?ve|i\s+have)\s+)\b(?:was|were|is|are|been|being)\s+(?:(?:by\s+far\s+|easily\s+)?the\s+(?:rudest|most\s+(?:rude|unhelpful|dismissive|condescending|patroni[sz]ing|arrogant)|least\s+(?:helpful|polite|courteous))\b|(?:\w+\s+)?(?:rude|unhelpful|dismissive|condescending|patroni[sz]ing|curt|abrupt|short\s+with\s+me)\b)(?<!\b(?:not|never|wasn'?t|isn'?t)\s+(?:\w+\s+)?(?:rude|unhelpful|dismissive|condescending|patroni[sz]ing|curt|abrupt|short\s+with\s+me))/g,
  /\b(?:(?:a\s+lot|much|way|far)\s+)?longer\s+than\s+(?:i\s+|we\s+)?(?:expected|hoped|promised|it\s+should)\b|\btaking\s+(?:ages|forever|so\s+long|too\s+long|a\s+long\s+time)\b|\btakes\s+forever\b/g,
  /\b(?:i\s+had|i'?d|we\s+had|we'?d)\s+hoped\b|\b(?:was|were)\s+hoping\s+(?:this|it|that)\s+would\b|\bwas\s+(?:really\s+)?looking\s+forward\s+to\b[^.!?]{0,60}\b(?:now|but|ruined|spoiled|spoilt)\b/g,
  /\b(?:los(?:e|ing)|lost|running\s+out\s+of)\s+(?:my\s+|all\s+)?(?:patience|hope|faith)\b|\bmore\s+than\s+patient\b|\b(?:i'?ve|i\s+have)\s+been\s+(?:very\s+|really\s+|more\s+than\s+)?patient\b/g,
  /\b(?:quite\s+|very\s+|really\s+|extremely\s+)?inconvenient\b|\b(?:not|less\s+than)\s+ideal\b/g,
  /\b(?:i\s+am|i'?m|i\s+have\s+been|i'?ve\s+been)\s+waiting\s+(?:for\s+)?(?:an?\s+|your\s+)?(?:answer|reply|response)\b|\b(?:somebody|someone|anybody|anyone)\s+can\s+(?:reply|answer|help)\s+me\b|\bcame\s+and\s+went\b|\b(?:does|do)\s+(?:anyone|anybody|you|u)\s+(?:even|actually)\s+read\b|\b(?:you'?re|you\s+are)\s+not\s+(?:understanding|listening\s+to)\b|\bdon'?t\s+think\s+(?:you'?re|you\s+are)\s+(?:understanding|listening)\b|\b(?:you|u)\s+(?:don'?t|didn'?t)\s+(?:understand|get)\s+(?:my|the)\s+question\b/g,
  /\btrying\s+to\s+(?:reach|contact|get\s+(?:hold\s+of|through\s+to|an\s+answer))\b|\bcan'?t\s+get\s+through\b|\bno\s+way\s+to\s+(?:reach|contact)\b/g,
  /\b(?:very\s+|so\s+|really\s+|such\s+a\s+|such\s+)?(?:bad|poor|terrible|awful|horrible|slow)\s+(?:service|experience|support|communication|quality|customer\s+service)\b|\b(?:is|it'?s)\s+very\s+bad\b/g,
  /\b(?:missed|lost|wasted)\s+(?:a|one|two|three|\d+|another|half\s+a|a\s+whole|an\s+entire)\s+(?:\w+\s+)?days?\s+(?:of\s+)?(?:work|pay|wages|leave)\b|\btook\s+(?:a|another|the)\s+(?:\w+\s+)?days?\s+off\b/g,
  /\b(?:don'?t|do\s+not|can'?t|cannot)\s+understand\s+why\b|\bconfused\s+(?:as\s+to\s+)?why\b/g,
  /\b(?:can|could|will|would)\s+(?:someone|somebody|anyone|you)\s+(?:please\s+)?just\b|\bplease\s+just\b|\bjust\s+tell\s+me\b|\bwhat'?s\s+going\s+on\b|\bwhat\s+is\s+going\s+on\b/g,
  /(?<!\b(?:good|great|nice|positive|pleasant|lovely|smooth)\s+(?:\w+\s+){0,2})\bfor\s+once\b|\b(?:not\s+sure|don'?t\s+know)\s+what\s+else\s+(?:i\s+can|to)\s+do\b|\bat\s+(?:a\s+loss|my\s+wits'?\s+end)\b|\bnot\s+(?:great|good\s+enough|ok|okay|acceptable|fair|right)\s*[.!]/g,
  /\b(?:was|were|is|are)\s+supposed\s+to\s+(?:be|have|arrive|come|get)\b|\bshould\s+have\s+been\s+(?:fixed|sorted|delivered|here|done|resolved|refunded)\b/g,
  /\b(?:\d+|two|three|four|five|six|ten)\s+(?:days|weeks)\s+late\b|\blate\s+(?:by\s+)?(?:\d+|two|three|four|five)\s+(?:days|weeks)\b/g,
  /\b(?:mixed|conflicting|contradictory)\s+(?:messages|information|answers|advice|signals)\b|\bgetting\s+(?:a\s+bit\s+|rather\s+|quite\s+)?(?:much|old|silly|tiresome|beyond)\b(?!\s+(?:better|easier|colder|warmer|closer|bigger))|\bnot\s+(?:really\s+|quite\s+|exactly\s+)?what\s+(?:i|we)\s+(?:hoped|expected|paid|asked|ordered|was\s+(?:promised|told))\b|\b(?:isn'?t|is\s+not|wasn'?t|was\s+not|not)\s+(?:really\s+|quite\s+)?good\s+enough\b|\b(?:was|were|is|are)\s+meant\s+to\s+(?:arrive|come|be\s+(?:here|delivered|fixed|ready|sorted|back|done|refunded|installed|with\s+(?:me|us))|have\s+(?:arrived|been))\b|\b(?:rather\s+not|don'?t\s+want\s+to|shouldn'?t\s+(?:have|need)\s+to|not\s+going\s+to|have\s+to|had\s+to|tired\s+of)\s+(?:\w+\s+)?(?:go(?:ing)?\s+through|explain(?:ing)?|repeat(?:ing)?|tell(?:ing)?)\b[^.!?]{0,30}\bagain\b|\brepeat(?:ing)?\s+myself\b|\bwhole\s+(?:story|thing)\s+(?:all\s+over\s+)?again\b|\bwhich\s+(?:one\s+)?is\s+(?:it|correct|right|true)\b|\bdifferent\s+answers\b|\b(?:second|third|fourth|another)\s+different\b|\b(?:two|three|four|five|six|seven|several|\d+)\s+different\s+(?:advisers|advisors|agents|people|reps|representatives|staff|members\s+of\s+staff|answers|engineers|technicians|departments|stories|dates)\b/g,
  /\bexpected\s+(?:a\s+(?:bit|lot)\s+|much\s+|far\s+)?more\s+(?:from|of)\b|\bi\s+just\s+want\s+(?:this|it)\s+(?:sorted|fixed|resolved|done|over)\b|\bgoing\s+on\s+for\s+(?:weeks|days|months|ages)\b/g,
  /\b(?:not\s+(?:really\s+)?an\s+answer|(?:doesn'?t|didn'?t|does\s+not|did\s+not)\s+(?:really\s+|actually\s+)?answer\s+(?:my|the)\s+question)\b|\bruined\b|\bspoil(?:ed|t)\b/g,
  /\b(?:it'?s|it\s+has|it\s+is)\s+been\s+(?:quite\s+)?(?:a\s+while|a\s+long\s+time|ages|forever|long\s+enough|some\s+time)(?=\s*(?:now|already|and\s+(?:still|nothing|no)))|\bis\s+there\s+really\s+no\b|\bnot\s+getting\s+anywhere\b|\b(?:going|go)\s+(?:round\s+)?in\s+circles\b|\bput\s+(?:this|it|my\s+complaint)\s+in\s+writing\b|\bnothing\s+(?:has|'s)\s+(?:changed|happened|improved|moved)\b|\bno\s+(?:change|progress|improvement)\s+(?:since|yet|at\s+all)\b|\b(?:a\s+)?straight\s+(?:answer|reply)\b|\b(?:shouldn'?t|should\s+not)\s+be\s+(?:this|so)\s+(?:hard|difficult|complicated|much\s+(?:work|hassle|effort))\b|\bwhy\s+(?:is\s+)?(?:this|it|everything)\s+(?:is\s+)?so\s+(?:hard|difficult|complicated)\b|\b(?:someone|somebody|anyone|anybody|you)\s+(?:could|can|would|will)\s+actually\b|\b(?:spent|wasted|lost)\s+(?:\w+\s+)?(?:two|three|four|five|\d+|several|many|whole|entire|all)\s+(?:evenings?|hours?|days?|mornings?|afternoons?|weekends?|nights?)\s+(?:on\s+(?:this|it|the\s+phone)|trying|chasing|sorting|on\s+hold)\b|\b(?:have|had|having|need|needed)\s+to\s+(?:keep\s+)?chas(?:e|ing)\b|\b(?:keep|still|been|tired\s+of|fed\s+up\s+of|sick\s+of)\s+chasing\b|\b(?:i'?m|i\s+am)\s+(?:\w+\s+)?chasing\b/g,
];

/** Disappointment at what went wrong ("Well that's a shame.", "bit gutted tbh", "Bummer."): frustration,
 * unless the customer accepts it in the same breath ("…, but I understand"). */
export const DISAPPOINTMENT =
  /(?:^|[.!?]\s*)(?:shame|pity|such\s+a\s+shame)\s*[,.!]|\b(?:(?:hoping|hoped|expected|expecting|thought)\b[^.!?\n]{0,40}\bby\s+now|(?:would|could|might)(?:\s+have|'ve)\s+been\s+nice(?:\s+(?:to|if|after|given|considering|since)|(?=\s*[.!]))|(?:that'?s|that\s+is|it'?s|it\s+is|what|such|(?:a\s+)?bit\s+of)\s+a\s+(?:real\s+|great\s+|big\s+|bit\s+of\s+a\s+)?(?:shame|pity|bummer)|bummer|(?:bit|a\s+bit|a\s+little|really|so|pretty|quite|absolutely)\s+gutted|gutted\s+(?:to|that|tbh|honestly))\b/g;
/** Disappointment accepted: "but I understand", "these things happen", "never mind". */
export const ACCEPTANCE = /\b(?:i\s+(?:completely\s+|totally\s+|fully\s+)?understand|understandable|these\s+things\s+happen|it\s+happens|no\s+worries|never\s+mind|not\s+your\s+fault|no\s+problem|fair\s+enough|can'?t\s+be\s+helped|oh\s+well|no\s+harm\s+done|(?:i|we)(?:'ll|\s+will)\s+miss|(?:i|we)\s+(?:loved|love|adored)\s+(?:it|you|them|the|your|this|that))\b/;

export const MILD_NEGATIVE =
  /\b(?:make|making|file|filing|lodge|lodging|raise|raising|put\s+in|submit|submitting)\s+(?:a\s+)?(?:formal\s+|official\s+)?complaint\b|\b(?:driving\s+me\s+(?:mad|crazy|nuts|insane|up\s+the\s+wall|round\s+the\s+bend|bananas|potty)|(?:way|far|much)\s+too\s+long|misleading|unfair|not\s+fair|(?:that'?s|it'?s|this\s+is|that\s+is)\s+(?:just\s+|really\s+|simply\s+)?not\s+on(?=\s*[.!,]|\s*$)|(?:don'?t|do\s+not|can'?t)\s+(?:really\s+|quite\s+)?(?:get|understand|see)\s+why\s+(?:i|we)\s+(?:have\s+to|should|must|need\s+to|am\s+being|was|were|got)\s+(?:pay|be\s+charged|charged|billed|fined|penali[sz]ed)|(?:from|on)\s+(?:your|ur)\s+(?:side|end),?\s+not\s+(?:mine|ours|my\s+(?:side|end))|getting\s+(?:a\s+bit\s+|rather\s+|quite\s+|very\s+|really\s+)?(?:tiring|exhausting|tedious|wearing|draining|old)|frustrat\w*|annoy\w*|disappoint\w*|diss?app?oint\w*|fustrat\w*|let\s+down|letdown|(?:i|we)\s+(?:not|no)\s+(?:understand|receive|received|get|got)|not\s+trying\s+to\s+(?:make\s+a\s+fuss|complain|be\s+difficult)|who\s+actually|(?:doesn'?t|does\s+not|don'?t|didn'?t)\s+make\s+(?:any\s+)?sense|(?:gone\s+on\s+)?long\s+enough|hello+o{2,}|(?:^|[.!?\n]\s*)hello+\s*\?+(?=\s*(?:$|anyone|anybody|is\s+(?:anyone|anybody|there)|are\s+you|i\s+(?:sent|wrote|emailed|called|asked)|i'?ve|still|hello|\?))|fed\s+up|tired\s+of|sick\s+of|wasted|(?:i'?m|i\s+am|i\s+was|i\s+feel)\s+(?:(?!not\b|never\b)\w+\s+)?cross|tiresome|not\s+happy|unhappy|not\s+impressed|upset|sigh|meh|silly|taking\s+(?:forever|so\s+long|too\s+long)|running\s+out\s+of|expected\s+better|tired|really\?(?!!?\s*(?:that'?s\s+(?:great|brilliant|amazing|wonderful|fantastic)|wow|amazing|brilliant|great|thanks|thank))|look,|a(?<!\b(?:to\s+be|being|be|i'?m)\s+a)\s+pain|talking\s+to\s+a\s+wall|so\s+hard|anyone\s+(?:there|here|home|around)(?=\s*(?:[?!.,]|$))|is\s+anyone(?!\s+(?:able|available|free|allowed)\b)|a\s+human|real\s+person|a\s+mess|(?:someone|anyone|you)\s+actually|(?:spent|wasted)\s+(?:my\s+)?(?:whole|entire|all)\b)(?![a-z])/g;

export const SARCASM_STRONG: RegExp[] = [
  /\b(?:thank(?:s|\s+you)|cheers)\s+for\s+(?:absolutely\s+)?nothing\b/g,
  /\bthank(?:s|\s+you)\s+(?:(?:so|very)\s+much\s+|a\s+lot\s+|a\s+bunch\s+|again\s+)?for\s+(?:ruining|wasting|nothing|losing|breaking|ignoring|messing|leaving\s+me|making\s+me\s+wait|cancell?ing|charging\s+me|overcharging|ghosting|hanging\s+up|keeping\s+me\s+(?:waiting|on\s+hold)|sending\s+(?:me\s+)?the\s+wrong)\b/g,
  /\b(?:you'?ve|you\s+have|you'?ve\s+somehow|you\s+somehow)\s+(?:somehow\s+|actually\s+)?managed\s+to\b/g,
  /\bspare\s+me\b|\bwow\.?\s+just\s+wow\b|\bslow\s+clap\b|\bgold\s+star\s+for\b|\bbravo\b(?=[^.!?]{0,60}\b(?:lost|cancel\w*|charged|broke\w*|ruined|late|again)\b)/g,
];

/** "Oh wonderful, another delay": a positive interjection opening a sentence that turns negative. */
export const SARCASM_OPENER =
  /(?:^|[.!?]\s+)((?:oh\s+)?(?:(?:great|nice|good|brilliant|fantastic|excellent|amazing|top|lovely)\s+(?:job|work|stuff|effort)|great|wonderful|brilliant|lovely|nice|fantastic|perfect|super|terrific|marvell?ous|awesome|well|outstanding|hilarious|incredible|superb|excellent|splendid|amazing|classic|cool|good|glad|joy|yay|hooray|woo+hoo|goody|fab|fabulous|peachy|smashing|delightful|charming))[,.!]+\s*/g;
export const SARCASM_TURN =
  /^(?!(?:thank|thanks|that'?s\s+(?:exactly|great|perfect)))[^]{0,80}?\b(?:another|again|yet|lasted|a\s+whole|slower|worse|instead|(?<!\b(?:i'?ll|i\s+will|we'?ll|we\s+will|happy\s+to|can|could)\s+)wait\w*|delay\w*|lost|broke\w*|doesn'?t|didn'?t|won'?t|not|never|wrong|nothing|still|so\s+now|fine|same|late|gone|died|dead|expired|missed|cracked|crack|couldn'?t|can'?t|isn'?t|wasn'?t|turns?\s+out|apparently|as\s+(?:always|usual)|logged\s+me\s+out|left\s+it|no\s+(?:refund|answer|reply|one|show)|bricked|wiped|fried|corrupted|ruined|wrecked|trashed|destroyed|killed\s+(?:my|the|our)|leak\w*|wobbl\w*|faulty|scratched|dented|torn|ripped|smashed|shattered|chipped|stained|mouldy|moldy|rotten|soaked|left\s+(?:my|the|our|it|them)\s+(?:[\w-]+\s+){0,2}?(?:in|out\s+in|outside\s+in|on)\s+the\s+(?:rain|street|road|gutter|bin|wet|snow|mud)|(?:two|three|four|\d+)\s+out\s+of\s+(?:two|three|four|\d+))\b/;
/** Something going wrong, told: praise of it is sarcasm ("what a treat", "love that"). */
export const NEGATIVE_EVENT =
  /\b(?:(?:came|arrived|turned\s+up|showed\s+up)\s+without\s+(?:the|a|any)\s+(?!scratch|problem|issue|hitch|fuss|mark)|didn'?t\s+(?:turn\s+up|show|arrive|come)|never\s+(?:came|arrived|turned\s+up)|lost|late|lasted|cancell?ed|slower|worse|broke\w*|instead\s+of|on\s+hold|waiting|delay\w*|rain|soaked|charged|overcharged|went\s+up|damaged|missing|wrong|failed|crash\w*|expired|stuck|gone|disappeared|deleted|bricked|wiped|fried|corrupted|ruined|wrecked|trashed|destroyed|killed\s+(?:my|the|our)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:working\s+|business\s+|whole\s+|full\s+)?(?:days|weeks|minutes|hours|mins))\b/;
/** Praise or glee said of a bad event: mild sarcasm where the message tells one (NEGATIVE_EVENT). */
export const SARCASM_IF_EVENT: RegExp[] = [
  /\bwhat\s+a\s+(?:treat|joy|delight|pleasure|thrill|result|bargain|lovely\s+surprise)\b|\bwhat\s+fun\b|\bhow\s+(?:lovely|wonderful|convenient|delightful|fun)\s*[.!]/g,
  /(?:^|[.!?]\s*)(?:i\s+)?love\s+(?:that|it)\s*[.!]|\blove\s+it\s+when\b|\bjust\s+what\s+i\s+(?:needed|wanted)\b/g,
  /\b(?:glad|good|nice|great|lovely)\s+to\s+(?:see|know|hear)\b(?=[^.!?]{0,80}\b(?:slower|worse|broke\w*|lost|late|cancel\w*|more\s+expensive|went\s+up|failed|gone|disappeared|deleted|important|valued|on\s+hold|minutes|hours)\b)/g,
  /\b(?:well\s+)?that\s+went\s+(?:well|smoothly|great|brilliantly)\b|(?:^|[.!?]\s*)only\s+took\s+(?:\w+\s+){0,2}?(?:days|weeks|months|hours|years|calls|emails|attempts|tries)\b/g,
  // "Wow, only three weeks for a reply, you must be so proud."
  /\b(?:wow|oh|ah|gosh),?\s+only\s+(?:took\s+)?(?:\w+\s+){0,2}?(?:days?|weeks?|months?|hours?|years?|calls|emails|attempts|tries)\b|\byou\s+(?:must|should)\s+be\s+(?:so\s+|very\s+|really\s+|really\s+very\s+)?proud(?:\s+of\s+(?:yourself|yourselves))?\b/g,
  /(?:^|[.!?]\s*)funny\s+how\b(?!\s+(?:things|life|it\s+all)\s+(?:work|turn)s?\s+out)|\b(?:interesting|amazing|incredible|funny)\s+how\s+(?:\w+\s+){0,4}?(?:always|never|suddenly|only|the\s+day|the\s+minute|the\s+moment)\b|\bthat'?s\s+one\s+way\s+to\b/g,
];

/** Praise that is sarcasm in a message that complains ("Great job, lost it again"), praise otherwise. */
/** A sentence that is only praise ("Lovely.", "Impressive.", "Just great."): sarcasm after a sentence that tells something going wrong. */
export const LONE_PRAISE = /(?:^|[.!?\n]\s*)((?:oh\s+|just\s+|how\s+|really\s+|simply\s+|absolutely\s+|well\s+|very\s+)?(?:lovely|impressive|brilliant|marvell?ous|superb|fantastic|wonderful|perfect|great|classic|amazing|terrific|splendid|excellent|outstanding|stellar|fabulous|charming|delightful|wow))\s*[.!]+(?=\s|$)/g;
export const SARCASM_IF_NEGATIVE: RegExp[] = [
  /\b(?:great|fantastic|brilliant|amazing|excellent|good|nice|wonderful|outstanding|stellar|superb)\s+(?:detective\s+|customer\s+|team\s+|police\s+|sleuthing\s+)?(?:job|work|service)\b|\bhats\s+off\s+to\s+(?:the\s+whole|your|the|all)\b|\b(?:you'?ve|you\s+have|you\s+lot\s+have)\s+(?:really\s+|truly\s+|well\s+and\s+truly\s+)?outdone\s+yourselves\b|(?:^|[.!?]\s*)bravo\b|\btake\s+a\s+bow\b|\bcongratulations,?\s+(?:you'?ve|you\s+have|you\s+managed)\b|\bthat\s+takes\s+(?:real\s+)?(?:talent|skill)\b|\babsolute\s+geniuses\b|\b(?:round\s+of\s+applause|slow\s+clap|gold\s+star)\b|\bwell\s+done\b|\btruly\s+(?:world-class|impressive|amazing)\b|\breally\s+appreciate\s+it\b(?=\W*$)|\b(?:world[\s-]class|top[\s-]notch|first[\s-]class)\b/g,
];
export const SARCASM_MILD: RegExp[] = [
  // "Gosh, only a month to answer one email": a long wait called short.
  /\b(?:wow|oh|ah|gosh),?\s+only\s+(?:took\s+)?(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?|years?)\s+(?:for|to)\b/g,
  /\b(?:thanks|cheers|thank\s+you)(?:\s+for\s+that)?,?\s+i\s+(?:suppose|guess)\b/g,
  /\byeah,?\s+sure\b|\bsure,?\s+sure\b|\byeah,?\s+right\b|\bwhat\s+a\s+(?:surprise|shock|shocker)\b|\boh\s+sure\b|(?:^|[.!?]\s*)shocker\b|\bcool,?\s+cool,?\s+cool\b|\blove\s+that\s+for\s+me\b|\bah\s+yes,?\s+the\s+(?:famous|legendary|classic|usual|good\s+old)\b|\b(?:perfect|great|brilliant|excellent)\s+timing(?:\s+as\s+(?:always|usual|ever))?\b|(?:^|[.!?]\s*)nice\s+one\s*[,.!]/g,
  /\b(?:well|oh),?\s+(?:that'?s|this\s+is|that\s+was|how|isn'?t\s+that)\s+(?:just\s+|really\s+|very\s+|so\s+)?(?:helpful|useful|fun|great|lovely|brilliant|nice|reassuring|convenient|perfect|wonderful|fantastic|marvell?ous)\b/g,
  /\bi'?ll\s+just\s+(?:sit|wait|stay)\s+(?:here\s+)?(?:another\s+(?:\w+\s+)?(?:day|week|month|year|hour)s?\s+)?(?:in\s+the\s+(?:dark|cold)|forever|then|shall\s+i)\b|\b(?:that|which|it|this)\s+(?:tells|told)\s+me\s+(?:absolutely\s+)?nothing\b|(?:^|[.!?]\s*)so\s+['"\u2018\u201c][^'"\u2019\u201d]{2,40}['"\u2019\u201d]\s+(?:means|meant|is|was)\b(?![^.!?\n]*\?)|\bshall\s+i\s+just\s+(?:wait|sit)\s+(?:here\s+)?(?:forever|then|in\s+the\s+dark)\b|\b(?:the|your|that)\s+(?:reply|answer|response|suggestion|advice|email|article|link)\s+(?:doesn'?t|didn'?t|does\s+not|did\s+not)\s+(?:really\s+)?help\b|\b(?:though|but)\s+(?:it|that|this)\s+(?:doesn'?t|didn'?t|does\s+not)\s+(?:really\s+)?help\b|\bthanks,?\s+i\s+guess\b|\banother\s+\w+,\s+another\s+(?!(?:order|purchase|parcel|happy|great|lovely|win|success|adventure|treat|delivery\s*!)\b)/g,
  /["\u201c](?:support|fix|fixed|resolved|help|service|customer\s+service|express|working\s+on\s+it|priority|high\s+priority|important\s+to\s+(?:us|you)|(?:we'?re\s+|we\s+are\s+)?looking\s+into\s+it|valued|escalated|guaranteed|urgent|final)[.!,]?["\u201d]/g,
  /['\u2018\u201c](?:support|service|customer\s+(?:service|care|support)|express|priority|guaranteed|expert|experts|help\s*desk|helpline|upgrade|update|improvement|improvements|fix|repair|engineer|technician)['\u2019\u201d](?!\s+(?:button|tab|page|link|menu|section|option|icon|plan|tier|package|form))/g,
  /\bof\s+my\s+life\s+i\s+(?:won'?t|will\s+never)\s+get\s+back\b/g,
  // "Thanks for the super helpful reply that didn't answer my question": praise undone in its own sentence.
  /\b(?:thanks|thank\s+you|cheers)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:the|your|that)\s+(?:\w+\s+)?(?:helpful|useful|quick|fast|detailed|thorough|clear|prompt|informative|insightful)\s+(?:reply|answer|response|email|help|advice|update|message|solution)\s*,?\s+(?:that|which)\s+(?:\w+\s+)?(?:didn'?t|did\s+not|doesn'?t|does\s+not|never|told\s+me\s+nothing|said\s+nothing|ignored)\b/g,
  // "So much for express delivery." (not "thanks so much for…"); a remark granted grudgingly ("Good to know, I suppose.")
  /(?:^|[.!?]\s*|\b(?:well|oh|yeah),?\s+)so\s+much\s+for\b|\b(?:good|nice|great|lovely|fine|brilliant)\s+to\s+know(?:\s+for\s+(?:next\s+time|the\s+future|future\s+reference))?,?\s+i\s+(?:suppose|guess)\b/g,
];

/** Support-desk adjustments to AFINN-165: describing a problem is not negative affect. */
export const SENTIMENT_OVERRIDES: Record<string, number> = {
  problem: 0, problems: 0, error: 0, errors: 0, issue: 0, issues: 0, missing: -1, mistake: 0, mistakes: 0,
  fire: 0, fails: -1, outage: 0, outages: 0, charged: 0, charges: 0, charge: 0, failing: -1, failed: -1, fail: -1, accidentally: 0, confused: 0, confusing: -1, trouble: 0, bother: 0, sorry: 0, afraid: 0, worries: 0, emergency: 0, frightened: -1, scared: -1, no: 0, strange: 0,
  noisy: 0, dropped: 0, stuck: -1, crash: -1, broken: -1, damaged: -1, lost: -1, wrong: -1, cancel: 0,
  cancelled: 0, delayed: -1, delay: -1, dying: 0, killer: 0, kill: 0, bomb: 0, stop: 0, hard: -1, pain: -1,
  joke: -2, jokes: -2, clown: -2, shambles: -3, disgraceful: -3, tiresome: -2, nightmare: -2, excuses: -1,
  meh: -1, spam: 0, sick: 0, ill: 0, illness: 0, damage: -1, weird: 0, odd: 0, bizarre: 0, concerned: -1, rubbish: -2, cowboys: -2, pathetic: -3, unacceptable: -3,
  // A bereavement told calmly is not affect at the company.
  death: 0, died: 0, dead: 0, funeral: 0, grief: 0, bereavement: 0, bereaved: 0, passed: 0,
  // The superlative of a judgement of someone's manner weighs as the word does: "the rudest person I have ever spoken to".
  rudest: -3, laziest: -2, nastiest: -3, sloppiest: -2,
};

/** The customer says the problem is not the rep's doing: third-party insults then weigh as frustration. */
export const EXONERATION = /\b(?:not\s+(?:your|ur)\s+fault|no\s+offen[cs]e|(?:it'?s|it\s+is)\s+not\s+(?:you|u)\b|not\s+blaming\s+you|nothing\s+personal)/;
/** A negation just before a cue, in its clause: "it's not urgent", "rather than a complaint". */
export const NEGATED_BEFORE = /\b(?<!\brather\s)(?:not|no|isn'?t|wasn'?t|aren'?t|don'?t|doesn'?t|didn'?t|rather\s+than|without)\s+(?!(?:expect|expected|think|sure|know|understand)\b)(?:\S+\s+){0,3}$/;
/** A sentence recalling an old, settled problem. */
export const RECOLLECTION =
  /\blast\s+time\s+(?:we|i)\s+(?:moved|ordered|bought|had|did|went|switched|upgraded|changed|booked|renewed|needed)\b[^.!?]{0,30}\((?:19|20)\d\d\)|\bthanks?\s+(?:you\s+)?(?:again\s+|so\s+much\s+)?for\s+(?:your|all\s+your|the)\s+help\s+(?:last\s+(?:week|month|time)|with|on|sorting|the\s+other)\b|\bthank(?:s|\s+you)\s+(?:again\s+)?for\s+(?:sorting|fixing|resolving|straightening)\b|\b(?:you|he|she|they)\s+(?:got|sorted|fixed|resolved)\s+(?:it|everything|things|that)\s+(?:all\s+)?(?:sorted|straightened\s+out|fixed|resolved)\b|(?:^|[:.!?]\s*)remember\s+(?:the|when|that|how|my)\b|\b(?:you\s+(?:might|may|will|'ll|probably|won'?t)\s+remember|(?:do\s+)?you\s+remember|i\s+owe\s+you\s+an\s+apology|sorry\s+(?:for|about)\s+(?:the|my)\s+(?:\w+\s+)?(?:rant|outburst|tone|email|message))\b|\bin\s+the\s+(?:summer|spring|autumn|winter)\b(?!\s+(?:sale|range|collection|catalogue))|\b(?:years?\s+ago|at\s+the\s+time|last\s+(?:winter|summer|spring|autumn|fall|christmas)|back\s+then|when\s+i\s+first|used\s+to|i\s+remember|last\s+year|in\s+the\s+past|a\s+while\s+(?:ago|back)|some\s+time\s+ago|(?:a\s+couple\s+of|a\s+few|several|two|three)\s+(?:years|months)\s+ago|once\s+before|(?:in|during)\s+(?:the\s+\w+\s+of\s+)?(?:19|20)\d\d|you\s+may\s+remember|back\s+in\s+(?:\w+|(?:19|20)\d\d)|when\s+i\s+(?:first\s+)?(?:joined|started|signed\s+up|moved\s+in)|(?:was|were)\s+(?:\w+\s+){0,2}(?:annoyed|angry|frustrated|furious|upset|fed\s+up)\s+then)\b/;
/** A turn from an old problem to a good present ("but this one has been flawless", "since then", "this year
 * everything…", "overall I'm happy"). */
const TURNAROUND_SRC =
  /\b(?:but\s+(?:you|u|you\s+guys|your\s+(?:\w+\s+)?(?:team|staff|app|site|agent|engineer|people))\s+(?:\w+\s+)?(?:made|make|have\s+made)\s+(?:it|this|that|everything|the\s+whole\s+thing)\s+(?:so\s+|really\s+|super\s+|very\s+)?(?:easy|simple|painless|quick|smooth|stress-free|a\s+breeze)\b|but\s+(?:the|your|a|another)\s+(?:\w+\s+)?(?:agent|engineer|team|person|guy|lady|colleague|manager|rep|technician)\s+(?:\w+\s+)?(?:sorted|fixed|resolved|cleared\s+up)\s+(?:it|everything|things|the\s+\w+)(?:\s+all)?(?:\s+out)?\b|but\s+(?:now|these\s+days|since|today|overall)\b|(?:this|that)\s+(?:time|year|one|winter|summer|month|christmas)(?:\s+though|\s+round)?,?\s+(?:has\s+been|was|is|everything|it|the|your|you|they)\b|since\s+(?:then|the\s+(?:new|update|upgrade|repair|visit|fix|engineer|change|move|switch))\b|things\s+(?:are|have\s+been|have\s+got(?:ten)?|got)\s+(?:so\s+|much\s+|a\s+lot\s+|way\s+|far\s+)?(?:better|good|great)\b|(?:now|these\s+days)\s*,?\s+(?:it|everything|the\s+\w+|your\s+\w+)\s+(?:is|works|has\s+been|runs)\b|(?:'s|has|have)\s+been\s+(?:\w+\s+)?(?:flawless|perfect|great|brilliant|fantastic|excellent|superb|rock[\s-]solid|spot\s+on|faultless|amazing|wonderful|lovely|smooth|first[\s-]class)\b|overall\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:\w+\s+)?(?:happy|pleased|satisfied|content)\b|(?:still|is|are)\s+going\s+strong\b|best\s+(?:we'?ve|i'?ve|we\s+have|i\s+have)\s+(?:ever\s+)?had\b|never\s+(?:missed\s+a\s+beat|looked\s+back)\b|(?:^|[.!?]\s*)(?:well|anyway|and\s+now|now),?\s+(?:[a-z']+\s+){0,8}?(?:was|were|is|are|turned\s+out|looked|looks)\s+(?:(?:absolutely|just|so|really|truly)\s+)?(?:perfect|flawless|brilliant|fantastic|amazing|wonderful|lovely|great|excellent|superb|spot\s+on|stunning|beautiful)\b|(?:you'?ve|you\s+have)\s+always\s+been\s+(?:good|great|brilliant|helpful|fair|kind)\b|but\s+(?=[^.!?]{0,80}\b(?:brilliant|fantastic|excellent|perfect|amazing|wonderful|lovely|great|superb|flawless|helpful|kind|faultless)\b))/;
export const TURNAROUND = new RegExp(TURNAROUND_SRC.source);
export const TURNAROUND_ALL = new RegExp(TURNAROUND_SRC.source, 'g');

/** Thanks and praise: with more positive than negative words, a warm message. */
export const GRATITUDE = /\b(?:thank|thanks|grateful|appreciate[ds]?|cheers|lovely|wonderful|brilliant|pleased|delighted|love|loves|kudos|credit\s+where\s+(?:it'?s|credit'?s)\s+due|hats\s+off)\b/;

/** Politeness that turns a would-be demand into a request. */
export const POLITE = /\b(?:please|pls|politely|kindly|i\s+request|could\s+you|can\s+you|would\s+you|could\s+i|can\s+i|may\s+i|would\s+it\s+be)\b/;

/**
 * Seventh-round additions, each list kept small and apart: one alternation of every pattern of a kind grows past
 * what V8 compiles to native code (lib/tone/analyze.ts joins each list into one pattern to test a message once).
 */
export const THREAT_AT_REP_7: RegExp[] = [
  // "Maybe I'll come and wait for you", "I know what time you lot finish" (issue 11, seventh round; not "I'll wait for
  // you to confirm", "I know what time you close, so I'll ring before").
  /\b(?:i'?ll|i\s+will|i\s+might|i\s+may|i\s+could|i'?m\s+going\s+to|gonna)\s+(?:just\s+)?(?:come\s+(?:down\s+|round\s+|over\s+)?(?:and|to)\s+)(?:(?:wait\s+for|find|look\s+for)\s+(?:you|u)|(?:track|hunt|sort)\s+(?:you|u)\s+(?:down|out))\b(?!\s+to\b|\s+at\s+the\s+(?:counter|desk|till|reception|front|shop|store|branch))|\bi\s+(?:already\s+|now\s+)?know\s+(?:exactly\s+)?(?:what\s+time|when)\s+(?:you|u)(?:\s+(?:lot|people|guys|all))?\s+(?:finish|leave|clock\s+(?:off|out)|knock\s+off|get\s+off\s+work|go\s+home|lock\s+up)\b(?![^.!?\n]{0,40}\b(?:so\s+)?(?:i'?ll|i\s+will|i\s+can|i'?d)\s+(?:\w+\s+)?(?:call|ring|phone|email|message|text|try|catch|get\s+back|send|pop|drop)\b)/g,
];

export const JUDGED_AT_REP_7: RegExp[] = [
  // Worth and mind judged (issue 11, seventh round): "you're not fit to work in customer service", "unfit for the job",
  // "anyone in that office with an IQ above room temperature", "two brain cells to rub together" (not "not fit for purpose").
  /\b(?:you|u)(?:'re|\s+are|\s+r)?\s+(?:clearly\s+|obviously\s+|just\s+|simply\s+|really\s+)?(?:not|un)\s*fit\s+(?:to\s+(?:work|be\s+(?:in|on|employed|working|answering|let)|do\s+(?:this|your|any)|serve|answer|speak\s+to|deal\s+with|handle|talk\s+to|hold)|for\s+(?:the|this|your|any)\s+(?:job|role|work|position))\b|\b(?:you|u|your|ur|yours|anyone|anybody|someone|somebody|staff|agents?|people|team|lot|everyone|everybody)\b[^.!?\n]{0,40}?\b(?:(?:an?\s+)?(?:iq|i\.q\.)\s+(?:(?:must|would|has\s+to)\s+be\s+|is\s+)?(?:of\s+(?:a|an|about|around|maybe|less|under|like)|above|below|over|under|(?:higher|lower|bigger|smaller|less|more)\s+than|in\s+(?:single|double)\s+(?:digits|figures)|(?:to\s+)?match)|(?:more\s+than\s+)?(?:two|2|three|a\s+few|one|a\s+single|single)\s+brain[\s-]?cells?|brain[\s-]?cells?\s+to\s+rub\s+together)\b/g,
];

export const FAULT_BACK: RegExp[] = [
  // A fault come back (issue 11, seventh round): "it's happening again", "the noise has started again", "the fault has
  // come back", "same thing happened again this morning" (not "it's working again", "happy to order again").
  /\b(?:it|this|that|the\s+(?:same\s+)?(?:fault|problem|issue|error|noise|leak|crash|rattle|bug|glitch|flicker\w*|beep\w*|smell|drip\w*|warning|screen|signal|connection|wifi|internet|app|boiler|heating)|same\s+(?:thing|problem|issue|fault|error))(?:'s|\s+is|\s+has|\s+have)?(?:\s+(?:just|now|already|all))*\s+(?:happening|happened|started|starting|doing\s+it|playing\s+up|acting\s+up|dropp(?:ed|ing)(?:\s+out)?|crash(?:ed|ing)|stopped|stopping|broken|broke|failed|failing|cut\s+out|cutting\s+out|gone\s+off|went\s+off|frozen|freezing|froze|leaking|leaked)\s+(?:\w+\s+){0,2}?again\b|\b(?:the\s+)?(?:same\s+)?(?:fault|problem|issue|error|noise|leak|rattle|bug|glitch)\s+(?:has\s+|have\s+|'s\s+|is\s+)?(?:come|came)\s+back\b|\b(?:the\s+)?(?:fault|problem|issue|error|noise|leak|rattle|bug|glitch)\s+(?:is|'s)\s+back\b/g,
];

/**
 * Eighth-round additions (issue 11, point 5; the kinds train8 showed missing), kept in lists of their own for the
 * reason above. Insults of the rep by implication, with no insult word: a brain or a clue wished for in someone
 * else and then denied the rep ("someone with an actual brain this time? Clearly not you."), a task a child could
 * do, "if that's not too hard for you" (not "so simple a child could use it", "if it's not too much trouble").
 */
export const IMPLIED_INSULT_8: RegExp[] = [
  // Shame put on the rep: "Shame on you.", "You should be embarrassed." (not "shame on you lot", said of the company; not
  // "it's a shame you're closing the branch").
  /\bshame\s+on\s+(?:you|u)\b(?!\s+(?:lot|people|guys|all|two|folks)\b)(?!\s*,?\s+(?:\w+\s+){0,2}(?:company|bank|airline|firm|store|shop)\b)|\b(?:you|u)\s+(?:should|ought\s+to)\s+(?:be\s+|feel\s+)(?:so\s+|really\s+|very\s+|thoroughly\s+)?(?:embarrassed|ashamed|mortified)(?=\s*(?:[.!,;]|$))/g,
  // Dismissals and sneers at the rep's upbringing and hiring: "get bent", "who raised you?", "you clearly failed the
  // interview", "your manager must be embarrassed to have you" (not "I failed the online test", "who raised the ticket?").
  /(?:^|[.!?,;]\s*|\b(?:just|now|so|oh|and|you\s+can|go)\s+)get\s+bent\b|\bwho\s+(?:the\s+\w+\s+)?(?:raised|brought\s+up|dragged\s+up)\s+(?:you|u)\b|\b(?:you|u)\s+(?:clearly\s+|obviously\s+|must\s+have\s+|probably\s+)?(?:failed|flunked)\s+(?:the\s+|your\s+|ur\s+)?(?:interview|training|induction|exam|school|test)\b|\b(?:your|ur)\s+(?:manager|boss|supervisor|team|colleagues|employer|company|trainer)\s+must\s+be\s+(?:so\s+|really\s+|very\s+)?(?:embarrassed|ashamed|mortified)\b/g,
  // The rep's mind below a plant, a goldfish, a wall: "I've met houseplants with more initiative than you", "talking to you
  // is like explaining physics to a goldfish" (not "someone with more experience than you", "like talking to a friend").
  /\bwith\s+more\s+(?:\w+\s+)?(?:initiative|sense|brains?|intelligence|personality|charm|common\s+sense|empathy|wit|clue|competence|manners|brain\s*cells?|iq)\s+than\s+(?:you|u)\b|\b(?:talking|speaking|dealing|chatting|arguing)\s+(?:to|with)\s+(?:you|u)\s+is\s+like\s+(?:\w+ing\s+)?(?:\w+\s+){0,3}?(?:to|with|at)\s+an?\s+(?:\w+\s+)?(?:goldfish|brick|wall|rock|toddler|potato|parrot|monkey|plank|tree|houseplant|plant|chair|lamp\s*post|fence\s*post|doorknob|cabbage)\b/g,
  // Sneers at the rep's mind and upbringing: "try using your brain for once", "how do you manage to get dressed", "did your
  // mum do your homework for you too?", "it's not rocket science, even for you", "I don't have any crayons to explain it".
  /(?:^|[.!?,]\s*|\b(?:maybe|just|please|and|so|now|then)\s+)(?:try\s+|start\s+)?(?:using|use)\s+(?:your|ur)\s+(?:brain|head|noggin|common\s+sense|brain\s*cell)\b|\bhow\s+do\s+(?:you|u)\s+(?:even\s+)?manage\s+to\s+(?:get\s+dressed|dress\s+(?:yourself|urself)|tie\s+(?:your|ur)\s+(?:own\s+)?shoe\w*|breathe|find\s+(?:the|your|ur)\s+(?:way|office|desk))\b|\bdid\s+(?:your|ur)\s+(?:mum|mom|mummy|mommy|mother|mam|dad|daddy)\s+(?:\w+\s+){0,3}?for\s+(?:you|u)\b|\bnot\s+(?:rocket\s+science|brain\s+surgery|that\s+hard|hard|difficult|complicated)\b[^.!?\n]{0,20}\beven\s+for\s+(?:you|u|someone\s+like\s+(?:you|u))\b|\beven\s+(?:you|u)\s+(?:can|could|should\s+be\s+able\s+to)\s+(?:understand|manage|handle|follow|grasp)\b|\b(?:explain|draw|spell\s+it\s+out|write\s+it)\b[^.!?\n]{0,60}\bcrayons?\b|\bcrayons?\b[^.!?\n]{0,40}\b(?:explain|so\s+(?:you|u))\b/g,
  /\b(?:someone|somebody|anyone|anybody|sum1|some1|a\s+(?:person|human|human\s+being|grown-?up))(?:\s+(?:there|here|else|at\s+all|this\s+time))?\s+with\s+(?:an?\s+)?(?:actual|proper|functioning|functional|working|real|single|half\s+a|half\s+an)\s+(?:brain|brains|clue|brain\s*cell|iq)\b|\b(?:brains?|clue|competent|common\s+sense|intelligen\w+|knows?\s+what|idea\s+what)\b[^.!?\n]{0,60}[.!?]\s*(?:and\s+)?(?:clearly|obviously|evidently|certainly|definitely|apparently)\s+not\s+(?:you|u)\b/g,
  /(?<!\b(?:so|that|too|enough|simple|easy|clear|straightforward|intuitive)[\s,]{1,3}(?:[a-z-]{1,20}\s{1,3})?)\b(?:a|any|even\s+a|my|a\s+small)\s+(?:child|kid|toddler|(?:five|six|seven|eight|ten|\d+)[\s-]year[\s-]old|monkey|chimp|goldfish|hamster)\s+could\s+(?:have\s+)?(?:follow(?:ed)?|underst(?:and|ood)|grasp(?:ed)?|work(?:ed)?\s+(?:this|it|that)\s+out|figured?\s+(?:this|it|that)\s+out|answer(?:ed)?|sort(?:ed)?|handle[d]?|process(?:ed)?|read)\s+(?:this|that|it|my)\b|\bif\s+(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is|this'?s)\s+not\s+too\s+(?:(?:hard|difficult|complicated|taxing|challenging|advanced)\s+for\s+(?:you|u|your\s+(?:little\s+|tiny\s+)?(?:brain|head|mind))|much\s+for\s+(?:your|ur)\s+(?:little\s+|tiny\s+)?(?:brain|head|mind))\b/g,
];

/**
 * Veiled threats at the rep (issue 11, eighth round): keep doing something to me "and see what happens" (not "restart
 * it and see what happens"). The rep's workplace placed within reach is a threat only beside such menace
 * (lib/tone/analyze.ts: NEAR_YOU with MENACE).
 */
export const THREAT_AT_REP_8: RegExp[] = [
  // The rep's job weighed with menace: "Nice little job you've got there. Be a shame to lose it." (not "it'd be a shame to
  // lose the deposit").
  /\b(?:nice|lovely|cushy|comfy)\s+(?:little\s+)?(?:job|position|career|role|desk)\s+(?:you'?ve|you\s+have|you)\s+(?:got|have)(?:\s+there)?\b[^.!?\n]{0,10}[.!?,]?\s*(?:\w+\s+){0,3}?(?:shame|pity|careful|lose|lost)\b|\b(?:be|would\s+be|it'?d\s+be|it\s+would\s+be)\s+a\s+(?:shame|pity)\s+(?:if\s+(?:you|u)\s+(?:lost|were\s+to\s+lose)|to\s+lose|if\s+(?:something|anything)\s+happened\s+to)\s+(?:your|ur|that|this)\s+(?:job|position|role|career)\b/g,
  /\b(?:keep|carry\s+on|go\s+on)\s+(?:on\s+)?[a-z]+ing\s+(?:me|us)\b(?:\s+[a-z']+){0,3}?\s+(?:and|n|an|&)\s+(?:(?:you'?ll|you\s+will|u'?ll|you\s+can)\s+)?see\s+what\s+happens\b|\b(?:ignore|refuse|block|test|cross|fob)\s+(?:me|us)\s+(?:off\s+)?(?:\w+\s+){0,2}?(?:again\s+|once\s+more\s+|one\s+more\s+time\s+)?and\s+(?:(?:you'?ll|you\s+will|u'?ll)\s+)?see\s+what\s+happens\b/g,
];
/** The rep's workplace placed within reach: "your office is ten minutes away", "your depot is just down the road from me". */
export const NEAR_YOU = /\b(?:your|ur)\s+(?:office|offices|depot|building|branch|shop|store|warehouse|hq|headquarters|call\s+cent(?:re|er)|workplace|house|home)\s+(?:is|'s|are)\s+(?:only\s+|just\s+)?(?:(?:\w+\s+){0,2}(?:minutes?|mins|miles?|km|blocks?|streets?)\s+(?:away|from\s+(?:me|mine|my\s+\w+|here|where\s+i))|(?:right\s+|just\s+)?(?:down|up)\s+the\s+road(?:\s+from\s+(?:me|mine|my\s+\w+))?|round\s+the\s+corner(?:\s+from\s+(?:me|mine|my\s+\w+))?|on\s+my\s+way\s+home)\b/g;
/** Menace beside it: "see what happens", "just saying", "remember that", "don't test me". */
export const MENACE = /\bsee\s+what\s+happens\b|\bjust\s+say(?:ing|in)\b|\bremember\s+that\s*[.!]|\bthink\s+about\s+that\b|\b(?:don'?t|do\s+not)\s+(?:test|push|try)\s+me\b|\btry\s+me\b|\byou'?ve\s+been\s+warned\b|\bi'?m\s+warning\s+(?:you|u)\b|\bwatch\s+(?:yourself|out)\b|\bi\s+finish\s+(?:work\s+)?at\b|\bi\s+know\s+where\b/;

/** A want said as the end of the customer's patience: "I'd just like my money back at this point", "at this stage I'd rather have a refund" (not "at this point in time", "at this point I'd like to add a user"). */
export const IMPATIENCE_8: RegExp[] = [
  // "smh", "ugh", "urgh": annoyance in a word. "Spent over an hour on this form": time lost to the company.
  /(?:^|[\s,.!?(])(?:smh|ugh+|urgh+|argh+|grr+|bleh)(?=[\s,.!?)]|$)|\b(?:spent|wasted|lost)\s+(?:\w+\s+)?(?:over|more\s+than|nearly|almost|well\s+over|the\s+best\s+part\s+of|close\s+to)\s+(?:an?|one|two|three|four|\d+|half\s+an?)\s+(?:hours?|evenings?|days?|mornings?|afternoons?|weekends?)\s+(?:on\s+(?:this|it|the\s+(?:phone|form|app|site|website|chat|line))|trying|chasing|on\s+hold|waiting|sorting|fighting|going\s+back)\b/g,
  /\b(?:i'?d|i\s+would|i)\s+(?:just|honestly|frankly|really\s+just|only)\s+(?:like|want|need|prefer|rather)\b[^.!?\n]{0,50}\bat\s+this\s+(?:point|stage)\b(?!\s+in\s+time)|\bat\s+this\s+(?:point|stage)\s*,?\s+(?:i'?d|i\s+would|i)\s+(?:(?:just|honestly|frankly|really|only)\s+(?:like|want|need|prefer|take|settle\s+for)|rather)\b/g,
];

/**
 * Sarcasm told with its own turn (issue 11, eighth round): "love paying for a battle pass and then the servers being
 * down all weekend", "charge me for the privilege", "so the 'next day delivery' I paid extra for means next week".
 */
export const SARCASM_8_STRONG: RegExp[] = [
  /\b(?:charg(?:e|ed|ing)|bill(?:ed|ing)?|fin(?:e|ed|ing))\s+(?:me|us)\s+(?:\w+\s+){0,2}?for\s+the\s+privilege\b|\band\s+(?:i|we)\s+(?:even\s+)?(?:paid|pay|get\s+charged)\s+for\s+the\s+privilege\b/g,
];
export const SARCASM_8_MILD: RegExp[] = [
  /(?:^|[.!?]\s*|\b(?:i|we)\s+)(?:just\s+|really\s+|absolutely\s+|so\s+)?love\s+(?:paying|waiting|being|getting|having|spending|sitting|finding|coming\s+home|buying|ordering)\b[^.!?\n]{0,80}?\b(?:and\s+then|only\s+to|just\s+to|to\s+find)\s+(?:\w+\s+){0,4}?(?:down|broken|late|cancell?ed|lost|missing|wrong|gone|dead|offline|crash\w*|stuck|charged|delayed|nothing)\b/g,
  /(?:^|[.!?]\s*)(?:(?:great|brilliant|perfect|lovely|wonderful|fantastic|cool|nice|ok|okay|right|oh),?\s+)?so\s+(?:the|my|your|this|that|our)\s+['"\u2018\u201c][^'"\u2019\u201d\n]{2,40}['"\u2019\u201d](?:\s+[a-z']+){0,6}?\s+(?:means|meant|is|was|actually\s+means)\b(?![^.!?\n]*\?)/g,
];
/** Irony in a face: the upside-down smile, read as sarcasm only beside something gone wrong (NEGATIVE_EVENT). */
export const UPSIDE_DOWN = /\u{1F643}/gu;
/** A face of annoyance or disappointment (weary, eye-roll, confused, unamused, facepalm), read as annoyance beside a fault. */
export const ANNOYED_FACE = /[\u{1F629}\u{1F62B}\u{1F644}\u{1F615}\u{1F612}\u{1F611}\u{1F926}\u{1F61E}\u{1F641}\u{2639}\u{1F616}\u{1F623}\u{1F624}\u{1F620}]/gu;

/**
 * Tenth-round additions (issue 11, point 5; the kinds the blind split train10 showed missing), in lists of their own.
 * Contempt for the rep without an insult word: sent back to school or told to learn to spell, treated as a child
 * ("put an adult on"), their name mocked ("bet that's not even your real name"); and a second-person insult written in
 * another language Heard reads, for a message the English reader gets (code-switching in one conversation).
 */
export const IMPLIED_INSULT_10: RegExp[] = [
  // Sent back to school, at a sentence start or after an interjection ("lmao go back to school", "mate, learn to spell"),
  // not "my son goes back to school on Monday", "she wants to learn to read".
  /(?:^|[.!?,;]\s*|\b(?:lol|lmao|lmfao|rofl|haha\w*|mate|bro|pal|just|maybe|seriously|honestly|now|so|pls|please|go|then)\s+)(?:go\s+back\s+to\s+(?:school|primary\s+school|kindergarten|nursery|kindy)|learn\s+(?:how\s+)?to\s+(?:spell|read|type|write|count))\b(?!\s+(?:on|in|at|after|next|this|tomorrow|today|for)\b)/g,
  // The rep treated as a child: "put an adult on", "fetch a grown-up", "are you even old enough to work there?"
  // (not "put an adult on the booking", "an adult and two child tickets").
  /\b(?:put|get|fetch|find)\s+(?:me\s+)?(?:an?|some)\s+(?:actual\s+|real\s+|proper\s+)?(?:adult|grown-?up)(?:\s+on)?(?=\s*(?:[.!?,;]|$|(?:the\s+)?(?:phone|line|chat)\b|please|pls|now|mate|lol|then)\b|\s*[.!?,;]|\s*$)|\b(?:are|r)\s+(?:you|u)\s+even\s+old\s+enough\s+to\b/g,
  // The rep's name mocked: "bet that's not even your real name", "is that even your real name?" (not "is that your real
  // name or a chat alias? just curious").
  /\b(?:bet|doubt)\s+(?:that'?s|that\s+is|it'?s|its|this\s+is)\s+(?:not\s+)?(?:even\s+)?(?:your|ur)\s+real\s+name\b|\b(?:is\s+that|that'?s|that\s+is|it'?s|its)\s+(?:not\s+)?even\s+(?:your|ur)\s+real\s+name\b|\b(?:your|ur)\s+(?:name|accent)\s+(?:is|'s)\s+(?:a\s+joke|ridiculous|laughable|hilarious)\b/g,
  // Another language's "you are (a) useless / an idiot": Spanish, French, Portuguese, German, Italian.
  /(?:^|[^a-zà-ÿ])(?:eres|es\s+usted|sois)\s+(?:(?:un|una|muy|tan|completamente|totalmente|realmente|el\s+m[aá]s|la\s+m[aá]s)\s+){0,2}(?:in[uú]til|idiota|imb[eé]cil|est[uú]pid[oa]|tont[oa]|incompetente|payas[oa]|gilipollas|burr[oa]|pendej[oa]|cretin[oa])(?![a-zà-ÿ])/g,
  /(?:^|[^a-zà-ÿ])(?:t'?es|t'?est|tu\s+es|vous\s+[eê]tes)\s+(?:(?:vraiment|juste|trop|compl[eè]tement|qu'?un|qu'?une|un|une|vraiment\s+un|le\s+plus|la\s+plus)\s+){0,2}(?:abruti[e]?|idiot[e]?|con(?:ne)?|connard|connasse|cr[eé]tin[e]?|imb[eé]cile|incapable|nul(?:le)?|d[eé]bile|incomp[eé]tent[e]?|bouffon(?:ne)?)(?![a-zà-ÿ])/g,
  /(?:^|[^a-zà-ÿ])(?:voc[eê]|vc|tu)\s+(?:[eé]s?|sois)\s+(?:(?:um|uma|muito|t[aã]o|mesmo|completamente)\s+){0,2}(?:idiota|in[uú]til|burr[oa]|imbecil|imb[eé]cil|incompetente|est[uú]pid[oa]|palha[cç]o)(?![a-zà-ÿ])|(?:^|[^a-zà-ÿ])(?:du\s+bist|sie\s+sind)\s+(?:(?:ein|eine|so|echt|wirklich|v[oö]llig|total|der\s+gr[oö][sß]te)\s+){0,2}(?:idiot|vollidiot|depp|trottel|unf[aä]hig|dumm|bl[oö]d|nutzlos|versager|vollpfosten)(?![a-zà-ÿ])|(?:^|[^a-zà-ÿ])(?:sei|siete)\s+(?:(?:un|una|proprio|davvero|cos[iì])\s+){0,2}(?:idiota|inutile|cretin[oa]|imbecille|incompetente|stupid[oa])(?![a-zà-ÿ])/g,
];

/**
 * More contempt for the rep's mind and English, their harm wished, their job threatened, a sexual remark (tenth round,
 * probes of our own around train10's kinds): "a houseplant would handle this better than you", "how are you this bad at
 * a job that involves reading", "ur english is shocking", "hope your car breaks down on the way home", "it'd be a shame
 * if your manager saw these transcripts", "bet you look as good as you sound".
 */
export const AT_REP_10: RegExp[] = [
  // "You are the human equivalent of a 404 error", "I've met smarter rocks", "you jumped-up little clerk".
  /\b(?:you'?re|you\s+are|u\s+r|ur)\s+(?:\w+\s+)?the\s+human\s+(?:equivalent|version)\s+of\b(?![^.!?\n]{0,60}\b(?:thank|thanks|love|lovely|sorted|legend|star|sunshine|hug|cup\s+of\s+tea|ray\s+of)\b)|\b(?:i'?ve|i\s+have)\s+(?:met|seen|spoken\s+to|talked\s+to|known|dealt\s+with)\s+(?:smarter|brighter|more\s+(?:intelligent|helpful|useful|competent|articulate))\s+(?:rocks|bricks|potatoes|plants|houseplants|sandwiches|doorknobs|walls|chairs|goldfish|toddlers|trees|vegetables|cabbages|lettuces|spoons|toasters)\b|\b(?:you|u)\s+(?:\w+\s+)?jumped[\s-]up\b/g,
  // Below a thing or an animal: "a houseplant / my toaster would do this better than you" (not "my old bank would…").
  /\b(?:house\s*plant|plant|cactus|toaster|kettle|spoon|lamp|doorknob|door\s*knob|traffic\s+cone|pigeon|sloth|hamster|goldfish|potato|rock|brick|parrot|monkey|chimp|dog|cat|toddler|baby)s?\s+(?:could|would|can|will)\s+(?:\w+\s+){0,3}?(?:better|faster|quicker|smarter)\s+than\s+(?:you|u)\b/g,
  // "how are you this bad at a job that…", "how can you be so useless at something so simple" (not "you guys", the company).
  /\bhow\s+(?:are|r|can|could)\s+(?:you|u)\s+(?:be\s+)?(?:this|so|that)\s+(?:bad|useless|incompetent|slow|dim|dense|thick|clueless|hopeless|stupid|dumb)\s+at\b/g,
  // The rep's English or spelling mocked: "ur english is shocking", "your spelling is a joke" (not "my English is bad").
  /\b(?:your|ur)\s+(?:english|grammar|spelling|written\s+english)\s+(?:is|'s)\s+(?:(?:so|really|absolutely|honestly|frankly|genuinely)\s+)?(?:shocking|terrible|awful|appalling|atrocious|embarrassing|a\s+joke|laughable|rubbish|shit|crap|garbage|pathetic|dreadful|horrendous|painful|tragic)\b/g,
  // A name mocked: "what kind of name is Dwayne anyway" (not "what kind of name is that for a colour?").
  /\bwhat\s+(?:kind|sort)\s+of\s+(?:a\s+)?name\s+is\s+(?:that|[a-z]+)\b(?![^.!?\n]{0,20}\bfor\s+(?:a|an|the)\b)/g,
];

/** A mind denied to someone: "you clearly lack the basic intelligence", "they lack any common sense". */
export const LACKS_MIND = /\b(?:(you|u)|whoever|they|he|she|the\s+(?:agent|person|woman|man|guy|lady)|your\s+(?:staff|agents|team|people))\s+(?:\w+\s+){0,3}?(?:clearly\s+|obviously\s+|really\s+|just\s+|simply\s+|seem\s+to\s+|seems\s+to\s+)?(?:lacks?|lacking)\s+(?:the\s+)?(?:most\s+)?(?:basic\s+|any\s+|even\s+basic\s+)?(?:intelligence|brains?|brain\s*cells?|common\s+sense|competence|wit)\b/g;

/** Harm wished on the rep's things or days, a sexual remark. */
export const HARASSMENT_10: RegExp[] = [
  /\b(?:hope|wish)\s+(?:that\s+)?(?:your|ur)\s+(?:own\s+)?(?:car|house|home|phone|flat|kids?|pets?|dog|cat|boiler|roof)\s+(?:\w+\s+){0,2}?(?:breaks?\s+down|burns?\s+down|gets?\s+(?:stolen|nicked|wrecked|towed|broken\s+into|clamped)|floods?|crashes|dies|catches\s+fire)\b|\b(?:hope|wish)\s+(?:you|u)\s+(?:\w+\s+){0,2}?(?:step\s+on\s+(?:a\s+)?(?:lego|plug)|stub\s+(?:your|ur)\s+toe|get\s+stuck\s+in\s+traffic|miss\s+(?:your|ur)\s+(?:bus|train)|get\s+a\s+(?:flat\s+tyre|flat\s+tire|puncture))\b/g,
  /\bbet\s+(?:you|u)\s+(?:look|are)\s+(?:\w+\s+)?(?:as\s+)?(?:good|hot|cute|sexy|fit|gorgeous|pretty)\b/g,
];

/** The rep's job threatened by a complaint with their name: "it'd be a shame if your manager saw these transcripts". */
export const THREAT_AT_REP_10: RegExp[] = [
  // Veiled menace: "would be a shame if something happened to you", "people have been hurt for less", "I'd watch what you
  // say if I were you", "I'll find out where you work" (not "watch your step on the stairs", "where do you work from?").
  /\b(?:shame|pity)\s+if\s+(?:something|anything)\s+(?:\w+\s+)?(?:happened|were\s+to\s+happen|happens)\s+to\s+(?:you|u|your|ur|that)\b|\b(?:people|men|folk|others|some)\s+(?:have|'ve)\s+(?:been\s+|got\s+)?(?:hurt|beaten\s+up|beaten|stabbed|killed|attacked|done\s+in|slapped|punched)\s+for\s+less\b|\b(?:i'?d|i\s+would|you'?d\s+better|you\s+better)\s+watch\s+(?:what\s+(?:you|u)\s+say|(?:your|ur)\s+(?:mouth|tone|words))\b|\b(?:find|found|work)\s+out\s+where\s+(?:you|u)\s+(?:work|live|are\s+based|sit)\b/g,
  /\b(?:shame|pity)\s+if\s+(?:your|ur)\s+(?:manager|boss|supervisor|employer|hr|company|team\s+lead(?:er)?)\s+(?:saw|sees|read|reads|found\s+out|heard|hears|got\s+hold|were\s+to\s+see)\b/g,
  /\b(?:make\s+sure|ensure)\s+(?:your|ur)\s+(?:manager|boss|supervisor|employer)\s+(?:hears|knows|sees|gets|learns)\s+(?:your|ur)\s+name\b|\b(?:screenshot\w*|saved|recorded|copied|kept)\b[^.!?\n]{0,40}\bwith\s+(?:your|ur)\s+name\s+on\s+(?:it|them)\b(?![^.!?\n]{0,60}\b(?:thank|review|feedback|compliment|praise|recommend)\w*)/g,
];

/** A bill refused, "I've given up expecting anything from you": anger and resignation without a swear word. */
export const REFUSE_TO_PAY = /\b(?:i\s+will\s+not|i\s+won'?t|i'?m\s+not|i\s+am\s+not|we\s+will\s+not|we\s+won'?t|we'?re\s+not)\s+(?:be\s+)?pay(?:ing)?\s+(?:this|that|the|your|another|any\s+more|a\s+(?:single\s+)?penny|a\s+cent|one\s+more)\b(?!\s+(?:by|with|via|using|online|in)\b)/g;
/** Theft alleged of the company: "your company has stolen £80 from me", "you've robbed me" (not "my bag was stolen"). */
export const ACCUSATION_10 = /\b(?:you'?ve|you\s+have|you|you\s+lot|you\s+people|you\s+guys|your\s+(?:company|firm|bank|shop|store)(?:\s+has|'s)?)\s+(?:just\s+|basically\s+|literally\s+|effectively\s+)?(?:stolen|stole|robbed|swindled|conned|scammed|fleeced|ripped\s+off)\s+(?:£|\$|€|\d|my|me|us|our|from|money)/g;
/** Waiting on, resigned: "I suppose I'll just keep waiting then". */
export const KEEP_WAITING = /\bi\s+(?:suppose|guess)\s+i'?ll\s+(?:just\s+)?(?:have\s+to\s+)?keep\s+(?:on\s+)?(?:waiting|trying|chasing|calling|asking)\b/g;
export const GIVEN_UP = /\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:\w+\s+){0,2}?given\s+up\s+(?:expecting|hoping|on\s+(?:you|your|getting|this)|trying)\b/g;

/** A chargeback or a move of the whole account to a rival, said as what the customer is doing (weighs as a threat to leave). */
export const THREAT_TO_LEAVE_10: RegExp[] = [
  // "I will be disputing every charge since March with my bank" (not "how do I dispute a charge?").
  /\b(?:i'?ll|i\s+will|i'?m|i\s+am|i'?m\s+going\s+to|i\s+am\s+going\s+to|we'?ll|we\s+will|we'?re|we\s+are)\s+(?:be\s+|now\s+|also\s+)?disput(?:e|ing)\s+(?:\w+\s+){0,3}?(?:charges?|payments?|transactions?|debits?)\b/g,
  // "I'm moving the whole account to another wholesaler" (not "move my account to another card").
  /\b(?:mov|switch|tak|transferr?)(?:e|es|ing)?\s+(?:\w+\s+){0,3}?(?:account|accounts|business|custom|contract|orders?|spend|everything)\s+(?:over\s+)?to\s+(?:another|a\s+different|a\s+new|a\s+rival|one\s+of\s+your\s+(?:rivals|competitors))\s+(?:\w+\s+)?(?:wholesaler|supplier|provider|company|bank|firm|retailer|shop|store|network|insurer|agency|courier|carrier|vendor|distributor|dealer|merchant|brand|lender|platform|service|business|gym|airline|broker)s?\b/g,
  // "If this happens once more I'm moving the account…", "if it happens again we're cancelling".
  /\bif\s+(?:this|it|that)\s+(?:happens|happened|occurs)\s+(?:again|once\s+more|one\s+more\s+time)\b[^.!?]{0,30}\b(?:i'?m|i\s+am|i'?ll|i\s+will|we'?re|we\s+are|we'?ll|we\s+will)\s+(?:just\s+|simply\s+|going\s+to\s+)?(?:mov(?:e|ing)\s+(?:my|our|the)|leav(?:e|ing)\b|cancel\w*|switch\w*|clos(?:e|ing)\s+(?:my|our|the)\s+account|tak(?:e|ing)\s+(?:my|our)\s+(?:business|custom|money|account)|done\s+with|gone\b|going\s+elsewhere|report\w*)/g,
];

/**
 * Flat demands told with their emphasis: "Refund. NOW.", "My money back. Today!"; "I want a call from the account
 * manager today, not an email."
 */
export const DEMANDS_10: RegExp[] = [
  // "Do your job.", "just do your job" (not "you do your job really well").
  /(?:^|[.!?,;]\s*|\b(?:just|now|so|then|please)\s+)do\s+(?:your|ur)\s+(?:job|jobs|bloody\s+job)\b(?!\s+(?:well|so|really|brilliantly|perfectly|properly\s+thanks))/g,
  /(?:^|[.!?\n]\s*)(?:(?:a|my|the|full)\s+)?(?:refund|money\s+back|money|answer|reply|replacement|compensation)\s*[.!]*\s+(?:now|immediately|today|right\s+now)\s*[.!]/g,
  /\bi\s+want\s+(?:a|an|my)\s+(?:call|phone\s+call|answer|reply|response|callback|call\s*back|explanation|apology|refund)\b[^.!?,]{0,40}?(?:today|tonight|now|immediately|this\s+(?:morning|afternoon))\s*,?\s+not\s+(?:an?\s+|another\s+)?(?:email|template|letter|bot|chatbot|voucher|excuse|promise)\b/g,
];

/** Orders about money and contact at a sentence start ("Credit the missing items.", "Reimburse me."): a demand in a complaint. */
export const IMPERATIVES_10: RegExp[] = [
  /(?:^|[.!?\n]\s*)(?:credit|reimburse|compensate|refund)\s+(?:it|this|that|the|my|me|them|us|every|all)\b/g,
];

/** A fault come back again and again, counted: "third short delivery this month", "the second wrong bill". */
export const REPEAT_10: RegExp[] = [
  /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth)\s+(?:\w+\s+)?(?:short|late|missed|wrong|failed|damaged|missing|cancell?ed|incomplete|faulty|broken|botched|partial|no-?show)\s+(?:delivery|deliveries|order|shipment|bill|invoice|item|parcel|visit|appointment|repair|payment|charge)\b/g,
];

/** Absences listed and closed with "nothing": "No phone call, no note, nothing." (annoyance). */
export const NOTHING_LIST = /\bno\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*no\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s*(?:(?:and\s+)?no\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s*)?(?:and\s+)?nothing\s*[.!]/g;

/** "Love how the app logs me out every time I switch tabs": praise of a recurring fault (mild sarcasm). */
export const SARCASM_10_MILD: RegExp[] = [
  /(?:^|[.!?\n]\s*)(?:i\s+)?(?:just\s+|really\s+|absolutely\s+|so\s+)?(?:love|adore|enjoy)\s+(?:how|that|the\s+way|when)\s+[^.!?\n]{0,60}?\b(?:every\s+(?:single\s+)?time|each\s+time|again|keeps?\s+[a-z]+ing|always|never|still)\b/g,
];
/** What makes that praise a complaint: something going wrong in it. */
export const SARCASM_10_FAULT = /\b(?:logs?\s+me\s+out|logged\s+me\s+out|kicks?\s+me|signs?\s+me\s+out|crash\w*|freez\w*|fail\w*|break\w*|broke|charg\w*|forget\w*|forgot|reset\w*|los(?:e|es|ing)\b|delet\w*|expir\w*|won'?t|doesn'?t|don'?t|can'?t|never|nobody|no\s+one|nothing|wrong|late|cancel\w*|ignor\w*|makes?\s+me|asks?\s+me|drops?|dropped|disconnect\w*|stops?\s+working|wipes?)\b/;

/** An oath of delight: "damn, that was fast!", "bloody brilliant", "hell yes", "holy crap that was quick". */
export const GLAD_OATH = /^(?:damn|dam|hell|heck|bloody|holy\s+(?:crap|shit|hell|cow)|crap|shit|fuck|fucking|effing|freaking|frigging|jeez|gosh)\b[\s,!.]*(?:(?:that|this|it|you|you\s+guys|you\s+lot|they)\s*(?:was|were|is|are|'s|'re)\s+)?(?:so\s+|really\s+|super\s+|pretty\s+|very\s+)?(?:fast|quick|quickly|speedy|good|great|brilliant|amazing|impressive|easy|nice|cool|awesome|lovely|excellent|smooth|efficient|helpful|yes|yeah|right)\b(?=\s*(?:[.!,?]|$|thanks|thank\s+you|cheers|guys|mate|folks))/;

/**
 * Eleventh-round additions (issue 11, point 5; the kinds the blind split train11 showed missing), in lists of their own.
 * The rep treated as a child ("what are you, 12?", "let an adult handle this"), their job threatened ("I'd be surprised if
 * you still have a job by Friday"), the rep's workplace watched ("I walk past it every evening when you're locking up").
 */
export const AT_REP_11: RegExp[] = [
  // "what r u, 12??", "are you five?", "what are you, like nine years old?" (not "what are your hours, 9 to 5?").
  /\b(?:what\s+(?:are|r)\s+(?:you|u)\s*,?\s*(?:like\s+)?|(?:are|r)\s+(?:you|u)\s+(?:like\s+)?)(?:[4-9]|1[0-4]|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)(?:\s+years?\s+old)?\s*\?/g,
  // "let an adult handle this", "have a grown-up deal with it" (not "an adult must be present at delivery").
  // "you're remarkably bad at it", "you are truly terrible at your job" (not "I'm bad at this", "the app is bad at syncing").
  /\b(?:you'?re|you\s+are|u\s+r|ur)\s+(?:\w+ly\s+|so\s+|really\s+|just\s+|genuinely\s+|spectacularly\s+)?(?:bad|terrible|awful|hopeless|useless|rubbish|crap|pathetic|incompetent|dreadful)\s+at\s+(?:it|this|your\s+(?:job|work|role)|ur\s+job|what\s+you\s+do|everything|the\s+job)\b/g,
  // The rep called a child: "you're a rude, patronising little girl", "you are just a silly boy" (not "you're a lifesaver").
  /\b(?:you'?re|you\s+are|u\s+r)\s+(?:just\s+|nothing\s+but\s+|such\s+)?(?:an?\s+)?(?:[a-z-]+,?\s+){0,3}?(?:little\s+girl|little\s+boy|silly\s+(?:little\s+)?(?:girl|boy)|stupid\s+(?:little\s+)?(?:girl|boy)|schoolgirl|schoolboy|spoilt\s+child|child)\b(?!\s+(?:at\s+heart|again|of\s+the\s+\d))/g,
  // Told to quit: "do everyone a favour and get a different job", "do us all a favour and quit" (not "do me a favour and
  // check the address").
  /\bdo\s+(?:everyone|everybody|us\s+all|the\s+world|yourself|the\s+rest\s+of\s+us|your\s+customers)\s+a\s+favou?r\s+and\s+(?:just\s+)?(?:quit|resign|leave|retire|get\s+(?:a|another)\s+(?:different|new|real|proper|other)?\s*job|find\s+(?:a|another)\s+(?:\w+\s+)?job|shut\s+up|stop\s+(?:talking|answering|working))\b|\b(?:your|ur)\s+(?:whiny|whining|annoying|grating|squeaky|stupid|pathetic|smug|irritating)\s+(?:little\s+)?voice\b|\bnobody\s+wants\s+to\s+hear\s+(?:your|ur|you)\b/g,
  // The rep called drunk: "you sounded drunk", "sober up before your next shift" (not "the driver seemed drunk").
  /\b(?:you|u)\s+(?:sounded|sound|seemed|seem|were|are|r|must\s+(?:have\s+been|be))\s+(?:\w+\s+)?(?:drunk|high|stoned|pissed|hammered|wasted|on\s+drugs)\b|(?:^|[.!?]\s*|\b(?:and|so|maybe|just|please)\s+)sober\s+up\b/g,
  // "you have the manners of a pig", "the brains of a goldfish" (the rep's).
  /\b(?:you|u)\s+(?:\w+\s+)?(?:have|'ve\s+got|has|got)\s+(?:got\s+)?the\s+(?:manners|brains?|intelligence|personality|charm|attention\s+span|iq|memory|social\s+skills)\s+of\s+an?\s+\w+/g,
  // A man asked for in the rep's place: "can I talk to a man please", "put a man on" (not "a man from the gas board").
  /\b(?:talk|speak|chat)\s+(?:to|with)\s+a\s+(?:man|bloke|male)\b(?!\s+(?:who|called|named|from|at|in|on|about|that|with|whose)\b)|\b(?:put|get)\s+(?:me\s+)?(?:a\s+)?(?:man|bloke)\s+on\b|\bis\s+there\s+(?:a\s+man|an\s+actual\s+man|a\s+bloke)\s+(?:there\s+)?(?:i\s+can|who\s+can\s+(?:actually\s+)?(?:help|deal|understand))\b/g,
  /\b(?:let|have|get)\s+(?:an?|some)\s+(?:actual\s+|real\s+|proper\s+)?(?:adult|grown-?up)\s+(?:handle|deal\s+with|take\s+over|sort|do|answer)\b(?![^.!?\n]{0,40}\b(?:battery|batteries|charger|install\w*|assembl\w*|blade|gas|electric\w*|chemicals?|fitting)\b)/g,
];
export const THREAT_AT_REP_11: RegExp[] = [
  // The rep's job threatened: "I'd be surprised if you still have a job by the end of the month", "you won't have a job
  // by Friday", "you'll be out of a job", "enjoy your job while it lasts" (not "hope you still have a job after the merger").
  /\b(?:surprised|amazed|shocked)\s+if\s+(?:you|u)\s+(?:still\s+)?(?:have|had|keep|kept)\s+(?:a|your|ur)\s+job\b|\b(?:you|u)\s+(?:won'?t|will\s+not|wo\s+not|wouldn'?t)\s+(?:still\s+)?(?:have|be\s+in)\s+(?:a|your|ur|that)\s+(?:job|position|role)\s+(?:for\s+(?:long|much\s+longer)|by|much\s+longer|after\s+(?:this|today|i'?m\s+done))\b|\b(?:you'?ll|you\s+will|you'?re\s+going\s+to|you\s+are\s+going\s+to)\s+be\s+(?:out\s+of\s+a\s+job|looking\s+for\s+(?:a\s+new|another)\s+job|unemployed|sacked|fired|let\s+go)\b(?!\s+(?:anyway|soon\s+by\s+(?:ai|robots)|if\s+(?:the|your)\s+(?:company|firm)))|\benjoy\s+(?:your|ur)\s+(?:job|position|role)\s+while\s+(?:it\s+lasts|you\s+(?:still\s+)?(?:can|have\s+it))\b/g,
  // "I'll make sure you're held personally responsible", "I will hold you personally accountable" (not "I won't hold you
  // personally responsible, it's not your fault").
  /\b(?:make\s+sure|see\s+to\s+it\s+that|ensure)\s+(?:you'?re|you\s+are|u\s+r|you\s+get|you\s+will\s+be|you'?ll\s+be)\s+(?:held\s+)?personally\s+(?:responsible|accountable|liable)\b|(?<!\b(?:won'?t|not|never|don'?t|wouldn'?t|can'?t)\s+)\bhold\s+(?:you|u)\s+personally\s+(?:responsible|accountable|liable)\b/g,
  // "your manager hears about you personally" (not "hears how helpful you were").
  /\b(?:manager|boss|supervisor|employer|hr)\s+(?:hears|knows|learns|gets\s+to\s+hear)\s+(?:all\s+)?about\s+(?:you|u)\s+personally\b/g,
];
/** The rep's workplace known or watched, read beside menace (MENACE): "I know your office is on Dock Street", "I walk past it
 * every evening when you're locking up" (not "your office is on Dock Street, isn't it? I'll drop the forms in"). */
export const WATCHED_11 = /\bi\s+know\s+(?:your|ur)\s+(?:office|offices|depot|building|branch|shop|store|house|home|car)\s+is\b|\b(?:walk|drive|go|pass|cycle)\w*\s+(?:right\s+)?(?:past|by)\s+(?:it|there|your\s+\w+)\b[^.!?\n]{0,60}\bwhen\s+(?:you|u)(?:'re|\s+are|\s+r)?\s+(?:lock\w*|leav\w*|clos\w*|finish\w*|go(?:ing)?\s+home|knock\w*\s+off)\b/g;
/** Menace closing a letter: "think about that before you ignore this one", "I'd think twice before…". */
export const MENACE_11 = /\bthink\s+(?:about\s+that|twice)\s+before\s+(?:you|u)\b/;

/** Contempt for the company as a whole without a swear word: "your company is a circus", "this outfit is a clown show"
 * (not "the circus was fun", "your shop is a zoo on Saturdays, I'll come on Monday"). */
export const CONTEMPT_11 = /\b(?:your|this|what\s+a)\s+(?:company|firm|business|outfit|operation|service|shop|bank|airline|organi[sz]ation|lot)\s+(?:is\s+|'s\s+)?(?:an?\s+|such\s+an?\s+|an?\s+(?:absolute|complete|total|utter|bloody)\s+)?(?:circus|clown\s*show|clown\s+car|farce|freak\s*show|pantomime|cowboy\s+outfit|dumpster\s+fire)\b/g;

/** Passed from agent to agent, counted: "this is the 4th agent I've been passed to", "the third department you've sent me to". */
export const PASSED_ON_11 = /\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|umpteenth)\s+(?:agent|person|rep|advisor|adviser|department|team|operator|people)\s+(?:i'?ve|i\s+have|we'?ve|we\s+have|you'?ve|you\s+have)\s+(?:been\s+)?(?:passed|transferred|put\s+through|sent|bounced|handed)\s+(?:me\s+|us\s+)?(?:on\s+)?to\b/g;

/** Litotes of disappointment: "not thrilled, to be honest", "not exactly impressed" (annoyance). */
export const LITOTES_11 = /\b(?:not|n'?t)\s+(?:(?:exactly|very|too|overly|terribly|particularly|best)\s+(?:thrilled|impressed|chuffed|amused|pleased)|thrilled|chuffed|amused|pleased)\b(?![^.!?\n]{0,40}\b(?:but\s+(?:it'?s|that'?s|i'?m|we'?re)\s+(?:fine|ok|okay|happy)|no\s+(?:worries|problem|biggie)|to\s+(?:be\s+)?bother\w*|to\s+say\b))/g;

/** A threat word named for a plain reason, in a message that presses nothing: "no need to call me back, just please record
 * it", "for your records" (a complaint logged calmly). */
export const CALM_FILING = /\bno\s+need\s+to\s+(?:call|ring|phone|reply|respond|get\s+back|chase|contact)\b|\bjust\s+(?:please\s+)?(?:record|note|log|file|register)\s+(?:it|this|that)\b|\bfor\s+(?:the|your|our|my)\s+(?:records?|files?)\b/;
/** A threat word's sentence with the grammar of a threat: a condition, a deadline, "in touch", "hear from". */
export const THREAT_GRAMMAR = /\b(?:if|unless|otherwise|or\s+else|in\s+touch|hear(?:ing)?\s+from|until|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the\s+end))\b/;
/** The threat word as how a payment or case will show, not what the customer will do: "it may appear to you as a chargeback". */
export const SHOWN_AS = /\b(?:appear|appears|show\s+up|shows\s+up|come\s+(?:up|through)|comes\s+(?:up|through)|look|looks|register|registers|count|counts|be\s+treated|been\s+treated|flagged|logged|recorded|marked)\s+(?:\w+\s+){0,3}?as\s+(?:an?\s+|the\s+)?$/;
/** A cancellation for a life reason, with thanks: "cancel my membership, we're moving to Lisbon. Thanks for everything". */
export const LIFE_REASON = /\b(?:mov(?:e|ing)\s+(?:to|abroad|away|house|out|overseas|back)|relocat\w*|emigrat\w*|no\s+longer\s+need|(?:don'?t|won'?t)\s+need\s+(?:it|them)\s+any\s*more|retir(?:e|ing|ed)|passed\s+away|downsiz\w*|new\s+job|started\s+a\s+job|(?:baby|pregnan\w*)\s+on\s+the\s+way|going\s+travell?ing|leaving\s+the\s+(?:country|area|city))\b/;
/** "you'll be sick of me soon", "you must be tired of hearing from me": the customer's joke at their own writing. */
export const SICK_OF_ME = /\b(?:you'?ll|you\s+will|you\s+must|you'?re\s+probably|you\s+are\s+probably|you\s+might)\s+(?:be\s+)?(?:\w+\s+)?(?:sick|tired|fed\s+up)\s+(?:of|with)\s+(?:me|us|hearing\s+from\s+(?:me|us)|my\s+(?:emails|messages|orders))\b/g;
/** "the Tuesday spin class will be missed", "I'll miss you all": fondness, not a loss. */
export const FOND_MISSING = /\b(?:will|'ll)\s+be\s+(?:(?:sorely|greatly|really|so|very)\s+)?missed\b|\bi'?ll\s+(?:really\s+|so\s+|definitely\s+)?miss\s+(?:you|the|my|our|your|it)\b/g;
/** A sentence of praise said flatly after something gone wrong: "So that's great.", "At this point it's almost impressive.",
 * "Which is nice." (the sarcasm of a let-down; read only after a sentence of bad news). */
export const FLAT_PRAISE_11 = /(?:^|[.!?\n]\s*)((?:(?:so|well|oh|and|at\s+this\s+point|honestly)\s*,?\s+)?(?:that'?s|that\s+is|this\s+is|which\s+is|it'?s|its)\s+(?:just\s+|really\s+|all\s+|almost\s+|honestly\s+|quite\s+|actually\s+|simply\s+)?(?:great|brilliant|lovely|fantastic|wonderful|perfect|impressive|nice|fun|marvell?ous|super|fab|grand))\s*[.!]+(?=\s|$)/g;
/** Someone on the staff judged like an animal: "your clerk has the manners of a pig and the brains to match". */
export const CONTEMPT_STAFF_11 = /\b(?:(?:your|the|that|this)\s+(?:[\w-]+\s+)?(?:clerk|agent|staff|employee|rep|representative|manager|driver|courier|engineer|technician|man|woman|guy|lady|person|team|colleague|advisor|adviser|operator|cashier|assistant|fitter|installer)s?|he|she|they)\s+(?:\w+\s+)?(?:has|have|had|'s\s+got)\s+the\s+(?:manners|brains?|intelligence|personality|charm|attention\s+span|iq|memory|social\s+skills)\s+of\s+an?\s+(?:\w+\s+)?(?:pig|goat|rock|brick|goldfish|donkey|toddler|potato|slug|sloth|troll|gnat|plank|hyena|baboon|cow|mule|rat|snake|wall|bull)\b(?:\s+and\s+the\s+\w+\s+to\s+match)?/g;

/**
 * Twelfth round (issue 11): a regular's jest. A mild put-down of the rep's team said with affection beside it ("you lot are
 * hopeless, but I love you", "useless the lot of you, love you really x") is banter, not abuse. Only the mild words
 * (JEST_WORDS); affection is love said to the rep, "you're the best", a heart or kiss, never "I'd love you to…", "love how…".
 */
export const JEST_WORDS = /^(?:hopeless|useless|muppets?|numpties|numpty|plonkers?|monkeys?|rascals?|scamps?|daft|silly|dozy|wallies|wally|nutters?|menaces?|terrible|rubbish|nightmares?|disasters?|cheeky|clowns?|pests?)$/;
export const JEST_AFFECTION =
  /\b(?:i|we)\s+(?:still\s+|do\s+|really\s+|honestly\s+|genuinely\s+)?(?:love|adore)\s+(?:you|ya|u|y'?all)\b(?!\s+(?:to|for\s+(?:that|nothing)|when|how|but)\b)(?:\s+(?:lot|guys|all|both|really|to\s+bits))?|(?:^|[.!?,\n]\s*|\b(?:still|but|and|though|always|honestly|gotta)\s+)(?:love|luv)\s+(?:you|ya|u)\s*(?:lot|guys|all|really|to\s+bits|xx*)?\s*(?:[.!,]|$|(?=[^\w\s?]))|\b(?:you'?re|you\s+are|you\s+lot\s+are|you\s+guys\s+are)\s+(?:still\s+)?(?:the\s+best|stars|legends|gems|a\s+gem|a\s+star|a\s+legend|the\s+greatest)\b|\bstill\s+the\s+best\b|\b(?:wouldn'?t|would\s+not|won'?t|will\s+not|could\s+never)\s+(?:shop|go|bank|order|be)\s+anywhere\s+else\b|\bnever\s+change\b/;
/** A heart or a kiss (not a laugh alone: "you're useless lol" mocks). */
export const JEST_HEART = /[\u2764\u{1F495}\u{1F496}\u{1F497}\u{1F49C}\u{1F499}\u{1F49A}\u{1F49B}\u{1F618}\u{1F970}\u{1F917}]|(?:^|\s)xx?\s*$/u;

/**
 * Twelfth round: threats a formal letter makes without the usual words: the press or an MP told, a report to an
 * authority or regulator by its name, an agreement terminated, a claim raised with a card issuer or a trade body.
 * Each with the grammar of what the writer will do (not "how do I report…", not "I reported it last year").
 */
export const THREAT_TO_LEAVE_12: RegExp[] = [
  /\b(?:will|'ll|shall|going\s+to|gonna|then)\s+(?:\w+\s+){0,2}?(?:contact|go\s+to|speak\s+to|talk\s+to|alert|inform|write\s+to|call|ring|tip\s+off)\s+(?:the\s+|my\s+|a\s+|our\s+|both\s+the\s+)?(?:local\s+|national\s+|regional\s+)?(?:newspapers?|press|papers|media|journalists?|reporters?|news\s*desks?|bbc|itv|radio|tv|watchdog|mp|member\s+of\s+parliament|councillor)\b(?!\s+(?:office|release|team|kit|pack|room))/g,
  /\b(?:will|'ll|shall|going\s+to|gonna)\b[^.!?\n]{0,80}?\breport\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,4}?(?:authority|regulator|ombudsman|commission|watchdog|inspectorate)\b/g,
  /\b(?:will|'ll|shall|going\s+to|gonna|be)\s+(?:\w+\s+)?terminat(?:e|ing)\s+(?:the|our|my|this|your)\s+(?:agreement|contract|account|relationship|partnership|arrangement|service)\b/g,
  /\b(?:rais(?:e|ing)|mak(?:e|ing)|fil(?:e|ing)|lodg(?:e|ing)|open(?:ing)?)\s+(?:a\s+)?(?:claim|dispute)s?\s+with\s+(?:abta|atol|(?:the|my|our|their|his|her)\s+(?:card\s+(?:issuer|provider|company)|bank|credit\s+card\s+(?:company|provider)))\b/g,
];

/**
 * Twelfth round: impatience told by the time gone ("It's been ten working days now.", "that's three weeks and still
 * nothing") and a fault come back met with "not again…". Not a time that tells good news ("it's been two weeks and I
 * love it"): the stretch must close its sentence with "now" or be followed by what is still missing.
 */
export const IMPATIENCE_12: RegExp[] = [
  /\b(?:it'?s|it\s+(?:has|is)|that'?s|this\s+is|we'?re|we\s+are|i'?m|i\s+am)\s+(?:been\s+|now\s+|at\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|well\s+over\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a\s+few|several)\s+(?:working\s+|business\s+|whole\s+|full\s+)?(?:days|weeks|months)(?:\s+now\s*(?=[.!?]|$)|\s*,?\s+(?:and|but)\s+(?:still|no|nothing|not)\b)/g,
  /(?:^|[.!?\n]\s*)(?:oh\s+|ugh,?\s+)?not\s+again\b(?=\s*(?:[.!?,\u2026]|$))/g,
  // "Do you lot even read these?", "does anyone there actually open my emails?": the service's reading doubted (not "can
  // you even read?", the rep's mind, which is abuse).
  /\b(?:do|does)\s+(?:you|u|ya|you\s+(?:lot|guys|people|all)|your\s+(?:team|staff|people|agents)|anyone(?:\s+there)?|anybody(?:\s+there)?)\s+(?:even|actually|ever)\s+(?:read|look\s+at|open|check|listen\s+to)\s+(?:these|this|them|my|our|the|what|any)\b/g,
];

/**
 * Thirteenth round: abuse at the rep without the usual words. Each list is read only where its key word stands
 * (THREAT_AT_REP_13_KEYS, AT_REP_13_KEYS in analyze.ts).
 */
export const THREAT_AT_REP_13: RegExp[] = [
  // Harm wished beyond the named mishaps: "I hope something much worse happens to you", "I hope the same happens to you,
  // only worse" (not "I hope nothing like this ever happens to you", "I hope the same happens to you, it was so quick").
  /\b(?:hope|wish)\s+(?:that\s+)?something\s+(?:\w+\s+){0,2}?(?:worse|nasty|bad|terrible|awful|horrible|horrid|dreadful|painful)\s+(?:\w+\s+)?happens?\s+to\s+(?:you|u)\b|\b(?:hope|wish)\s+(?:that\s+)?(?:the\s+same(?:\s+thing)?|it)\s+happens?\s+to\s+(?:you|u)(?:\s+too)?\s*,?\s+(?:only|but|and|even)\s+worse\b/g,
  // Sent into the traffic: "Go play in traffic", "do us all a favour and go walk into traffic" (an order, at a sentence's
  // start or after "and", "just", "honestly"; not "the kids go play in the garden", "stuck in traffic").
  /(?:^|[.!?,;:\n]\s*|\b(?:and|just|honestly|please|so|why\s+don'?t\s+you|you\s+can|you\s+should|you\s+could)\s+)go\s+(?:and\s+)?(?:play|walk|run|lie\s+down|jump|step|dance|sleep)\s+(?:in|into|on|onto|in\s+front\s+of)\s+(?:the\s+)?(?:traffic|motorway|freeway|highway|train\s+tracks|railway\s+(?:line|tracks)|an?\s+(?:bus|train|lorry|truck))\b/g,
  // A mishap wished on the rep: "I hope you get stuck in a lift tonight", "hope you have an accident on the way home" (not
  // "I hope you don't get stuck in traffic", "hope you get home safe").
  /\b(?:hope|wish)\s+(?:that\s+)?(?:you|u)\s+(?!(?:don'?t|do\s+not|never|won'?t|didn'?t)\b)(?:\w+\s+){0,2}?(?:get\s+(?:stuck\s+in\s+(?:a\s+)?(?:lift|elevator|queue\s+like\s+this)|locked\s+(?:out|in)|mugged|robbed|burgled|attacked|bitten|food\s+poisoning|the\s+flu|covid|dumped|evicted)|have\s+an\s+accident|(?:trip|fall)\s+(?:over|down)|drown|choke\s+on)\b/g,
  // The rep's name taken for a sacking: "Write your full name down. I want to make sure the right person gets sacked" (read
  // only where the rep's name or number is asked for; not "I don't want anyone sacked").
  /(?<!\b(?:not|n'?t|never)\s+(?:\w+\s+){0,2})\b(?:make\s+sure|making\s+sure|see\s+to\s+it\s+that|ensure|want|hope|expect)\s+(?:that\s+)?(?:the\s+right\s+(?:person|people|one)|whoever\s+(?:\w+\s+){0,2}?\w+|the\s+(?:person|people|one)\s+(?:responsible|who\s+\w+\s+\w+)|someone|somebody|they|he|she)\s+(?:gets?|will\s+get|is|are|loses?|will\s+lose)\s+(?:sacked|fired|the\s+sack|the\s+boot|the\s+axe|disciplined|dismissed|(?:their|his|her)\s+jobs?)\b|\b(?:someone|somebody)\s+(?:is|'s)\s+(?:getting|going\s+to\s+get|gonna\s+get)\s+(?:sacked|fired|the\s+sack|the\s+boot)\s+(?:over|for)\s+this\b/g,
];
export const AT_REP_13: RegExp[] = [
  // The rep's English or origin put down: "someone reading off a script in broken English", "go back to wherever they found
  // you", "get me a proper British agent" (not "sorry for my broken English", "go back to where I found the code").
  /\b(?:someone|somebody|people|agents?|person|staff|reps?|operators?)\b(?:(?!\b(?:i|we|my|me|our|us)\b)[^.!?\n]){0,50}\b(?:in|with|speaking|speaks|talking)\s+broken\s+english\b|\b(?:your|ur)\s+broken\s+english\b/g,
  /\bgo\s+back\s+to\s+(?:where(?:ver)?\s+(?:you|u|they)\s+(?:came\s+from|come\s+from|found\s+(?:you|u)|got\s+(?:you|u)|dug\s+(?:you|u)\s+up)|(?:your|ur)\s+(?:own\s+)?country)\b/g,
  /\b(?:get|put|give|want|need|find)\s+(?:me\s+|us\s+)?(?:on\s+)?(?:to\s+)?(?:an?\s+|some\s+)?(?:real|proper|actual|normal)\s+(?:british|english|white)\s+(?:agent|person|speaker|rep|operator|advisor|adviser|man|woman|guy|lady|bloke)\b|\b(?:someone|somebody|anyone|anybody|person|agent)\s+who\s+(?:can\s+)?(?:actually|properly|really)\s+(?:speaks?|talks?)\s+(?:proper\s+|real\s+)?english\b/g,
  // The rep's age put down: "shouldn't you be retired by now?", "get me someone younger", "you're too old to be working
  // a helpdesk" (not "my dad is too old for the app", "you're too young to remember the old shop").
  /\b(?:shouldn'?t|should)\s+(?:you|u)\s+(?:\w+\s+)?be\s+(?:retired|in\s+a\s+(?:care|nursing|retirement)\s+home|at\s+school|in\s+school|doing\s+(?:your|ur)\s+homework)\b|\b(?:get|put|give|find)\s+(?:me\s+|us\s+)?(?:on\s+to\s+|through\s+to\s+)?(?:someone|somebody|an?\s+(?:agent|person|rep))\s+(?:a\s+(?:bit|lot)\s+|much\s+)?(?:younger|older|under\s+(?:\d+|forty|fifty|sixty|seventy))\b|\b(?:you'?re|you\s+are|u\s+r)\s+(?:\w+\s+)?(?:too|far\s+too|way\s+too)\s+(?:old|young)\s+(?:to\s+(?:be\s+working|work|understand|use|be\s+doing|do\s+this|know)|for\s+(?:this|the|your)\s+(?:job|role|work))\b/g,
  // A character put-down of the person addressed: "you are a small, bitter woman", "you're a petty, spiteful little man"
  // (not "you are a small business", "you're a kind man").
  /\b(?:you'?re|you\s+are|u\s+r)\s+(?:just\s+|nothing\s+but\s+|such\s+|frankly\s+|honestly\s+)?an?\s+(?:(?:[a-z-]+,?\s+(?:and\s+)?){0,2}?)(?:bitter|petty|spiteful|nasty|vindictive|vile|horrible|sad|pathetic|miserable|small-minded|mean-spirited|cruel|jumped-up|pompous|arrogant|smug|condescending|patronising|patronizing|deceitful|two-faced|hateful|malicious|odious|repulsive|despicable|contemptible|insufferable)\s*,?\s+(?:(?:and\s+)?[a-z-]+\s+){0,2}?(?:woman|man|person|individual|creature|human\s+being|girl|boy|lady|specimen|excuse\s+for\s+a\s+\w+)\b/g,
];
/** The rep's name or number asked for: the sacking in THREAT_AT_REP_13 is theirs. */
export const NAME_ASKED_13 = /\b(?:your|ur)\s+(?:full\s+|first\s+and\s+last\s+|real\s+)?(?:name|surname|employee\s+(?:number|id)|staff\s+(?:number|id)|badge\s+number)\b|\bwhat'?s\s+(?:your|ur)\s+name\b/;

/**
 * Thirteenth round: the threats a formal letter makes by its conditions: "If I have not received it, I will be writing to
 * the Archdeacon and the diocesan office", "unless it is refunded I'll take this to the trustees"; and going public said
 * as not keeping quiet (not "I won't keep quiet about how good you've been").
 */
export const THREAT_TO_LEAVE_13: RegExp[] = [
  // Going public in the writer's own words: "I'm taking this to the local paper", "I'll be writing to my MP about this" (not
  // "going to the paper shop", "the press launch", "writing to my MP about the new bus route").
  /\b(?:i'?m|i\s+am|we'?re|we\s+are|i'?ll|i\s+will|we'?ll|we\s+will|i\s+shall|we\s+shall|going\s+to|gonna)\s+(?:be\s+|now\s+|also\s+)?(?:tak(?:e|ing)\s+(?:this|it|the\s+(?:matter|story|whole\s+thing))\s+to|writ(?:e|ing)\s+to|go(?:ing)?\s+to|contact(?:ing)?|email(?:ing)?|tell(?:ing)?|alert(?:ing)?|ring(?:ing)?)\s+(?:the\s+|my\s+|a\s+|our\s+)?(?:local\s+|national\s+)?(?:papers?|newspapers?|press|media|mp|councillor|local\s+radio|bbc|journalists?)\b(?!\s*(?:shop|round|recycling|bin|mill|launch|conference|day|office\s+hours|release|kit|towel|towels|plates?|pack))(?!\s+about\s+(?:the|a|an|our|my)\s+(?!(?:way|service|treatment|situation|matter|issue|problem|refund|charges?|delays?|complaint|company|experience|fees?|bill|billing|account|contract|deposit|money|order)\b)[a-z]+)/g,
  /\b(?:(?:if|once)\s+(?:i|we|it|this|that|the\s+\w+|my\s+\w+)\s+(?:still\s+)?(?:have\s+not|haven'?t|has\s+not|hasn'?t|do\s+not|don'?t|does\s+not|doesn'?t|did\s+not|didn'?t|is\s+not|isn'?t|are\s+not|aren'?t|am\s+not|won'?t)\s+(?:been\s+|yet\s+|got\s+)?(?:\w+\s+)?(?:receiv|refund|resolv|sort|fix|paid|pay|return|hear|heard|repair|replac|correct|put\s+right|credit|compensat|reimburs|settl|back)\w*|unless\s+(?:i|we|it|this|that|the\s+\w+|my\s+\w+)\s+(?:\w+\s+)?(?:receive|get|hear\s+back|see|is|are)\b(?!\s+otherwise)|(?<!\b(?:hear|heard|told|advised|say|said|stated|notified|instructed)\s+)otherwise|failing\s+(?:that|which|this))\b[^.!?\n]{0,80}?\b(?:i|we)(?:'ll|\s+will|\s+shall)\s+(?:be\s+)?(?:writ(?:e|ing)|complain(?:ing)?|escalat(?:e|ing)|tak(?:e|ing)\s+(?:this|it|the\s+matter)|go(?:ing)?|report(?:ing)?\s+(?:this|it|you))\s+(?:\w+\s+)?to\s+(?:the|your|my|our)\s+(?:[\w-]+\s+){0,2}?(?:archdeacon|bishop|diocese|diocesan\s+office|council|councillors?|mp|trustees|board|chair(?:man|woman|person)?|committee|governors|head\s+office|head\s*teacher|principal|owners?|parent\s+company|franchisor|(?:area|regional|district|general)\s+manager|vicar|freeholder|management\s+company|charity\s+commission|head\s+of\s+\w+)\b/g,
  /\b(?:i|we)\s+(?:will\s+not|shall\s+not|won'?t)\s+(?:be\s+)?(?:keep(?:ing)?|stay(?:ing)?)\s+quiet\b(?![^.!?\n]{0,60}\b(?:good|great|brilliant|helpful|kind|lovely|recommend\w*|prais\w*|thank\w*)\b)/g,
];
/** A promise word in scare quotes ("the 'instant' withdrawal has been pending for 3 days"): mild sarcasm where its own
 * sentence tells the time gone or what is not done (not "I chose 'next day' delivery, when will it come?"). */
export const QUOTED_PROMISE_13 = /['\u2018\u201c"](?:instant|instantly|next[\s-]day|same[\s-]day|express|fast|quick|speedy|rapid|24[\s-]hours?|48[\s-]hours?|immediate|immediately|hassle[\s-]free|seamless|easy|simple|premium|priority|reliable|guaranteed|free)['\u2019\u201d"]/g;
export const NOT_DONE_13 = /\b(?:pending|been|taken|took|still|yet|never|hasn'?t|haven'?t|wasn'?t|isn'?t|not|stuck|waiting|for\s+(?:\d+|two|three|four|five|six|seven|ten)\s+(?:days|weeks|hours|months))\b/;
