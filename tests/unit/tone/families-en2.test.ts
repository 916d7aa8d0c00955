/**
 * Issue 11, point 5, second round: probe families for the English tone reading, written for these tests
 * (not taken from any corpus) around the kinds of miss a fifth blind split (train5) showed: oaths of delight
 * and at one's own slip, troubleshooting "again", loyal repeats, weary repeated effort, disappointment,
 * hedged put-downs of someone else, mild sarcasm, deadlines and "otherwise" ultimatums, and abuse at the
 * rep said in new ways. Each family of hits has near misses that must stay at their level.
 */
import { analyzeMessage } from '@/lib/tone/analyze';
import type { ToneLevel } from '@/lib/tone/types';

interface Family {
  name: string;
  level: ToneLevel;
  texts: string[];
}

const FAMILIES: Family[] = [
  {
    name: "an oath of delight in a glad message",
    level: 'calm',
    texts: [
      "damn that was fast!! ordered last night, parcel was on the doorstep at 9am. cheers guys",
      "Holy crap, that was quick! Thanks so much, the kids love it.",
      "f*** me that was fast, cheers",
      "Hell yes, it works now! Thanks a million.",
      "bloody hell that's a good price, cheers, ordering two",
      "damn, you lot are quick. thanks!",
    ],
  },
  {
    name: "an oath venting about what went wrong (near misses of the oath of delight)",
    level: 'angry',
    texts: [
      "damn it, the parcel's late AGAIN!!",
      "bloody hell, how hard is it to deliver a parcel?!",
      "Holy crap, three weeks and still nothing!!",
      "For god's sake, your driver dropped it in a puddle and it's ruined.",
    ],
  },
  {
    name: "an oath at one's own slip",
    level: 'calm',
    texts: [
      "Bloody hell, I've only gone and dropped my phone in the bath 🤦‍♀️ Does my insurance cover water damage? Policy no. INS-448210",
      "Bloody hell, I've only gone and dropped my phone in the bath. Does my insurance cover water damage?",
      "Oh shit, I've just realised I ordered the wrong size. Can I swap it for a medium?",
      "Damn, I typed my email address wrong at checkout. Can you change it to the right one?",
      "F***ing hell, I left my card in the ATM. Can you freeze it please?",
      "ffs, my son has gone and deleted the app again 🙈 how do I get my saved cards back?",
    ],
  },
  {
    name: "turning it off and on again, told as troubleshooting",
    level: 'calm',
    texts: [
      "Our printer shows PAPER JAM even with no paper inside. We've opened every tray and turned it off and on again. Could it be a sensor?",
      "I switched the router off and on again and now it works. Just letting you know, you can close the ticket.",
      "Unplugged it and plugged it back in again, still showing ERR_42. Any ideas what to try next?",
      "I switched it off and on again twice, now it's fine! Thanks.",
      "I've restarted it twice and now it works perfectly, thanks!",
    ],
  },
  {
    name: "turned off and on again, and still broken (near misses)",
    level: 'frustrated',
    texts: [
      "Turned it off and on again like you said. Still broken.",
      "I've turned it off and on again five times now and it still won't connect.",
    ],
  },
  {
    name: "a repeat told of things going right: a loyal customer",
    level: 'calm',
    texts: [
      "Third time ordering from you and third time it's come early! Do you sell replacement filters?",
      "Third time ordering from you and third time it's come early 😄 Anyway, do you sell replacement filters for the AQ-20 purifier?",
      "Second time buying this kettle, first one lasted ten years. Do you have it in black?",
      "This is the fourth time I've stayed with you and it's always lovely. Could I book the same room for June?",
      "I've ordered from you dozens of times and never had a problem. Quick question about sizes.",
    ],
  },
  {
    name: "a repeat of a fault (near misses of the loyal customer)",
    level: 'frustrated',
    texts: [
      "Third time ordering and third time it's arrived damaged. Can you look into your packing?",
      "This is the third time I've ordered and it's late again. Where is it?",
      "Second time I've had to ask about this refund. Any news?",
    ],
  },
  {
    name: "the same thing tried many times, said wearily",
    level: 'frustrated',
    texts: [
      "Fine, I'll try restarting it again, but I've literally done that about twenty times already.",
      "Already tried that. Several times. Same result.",
      "I've reset it like fifty times now, it still won't pair.",
      "OK, I'll reinstall it again, but honestly I've done that more times than I can count.",
      "cleared the cache a dozen times already, the page still won't load",
    ],
  },
  {
    name: "disappointment at what went wrong",
    level: 'frustrated',
    texts: [
      "Well that's a shame. Was really looking forward to using it this weekend. When's the replacement due?",
      "That's a pity, I was hoping to wear it to the wedding on Saturday. Any chance of getting it sooner?",
      "Bit gutted to be honest, it was meant to be a birthday present. What are my options?",
      "Bummer. I needed it for Friday. When will the next one ship?",
      "Oh that's disappointing. I'd planned the whole weekend around the install.",
    ],
  },
  {
    name: "disappointment accepted, or sadness that is not at the company",
    level: 'calm',
    texts: [
      "It's a shame the event was cancelled, but I understand. How do I get the refund?",
      "What a shame, never mind. Can I order the blue one instead?",
      "Shame about the weather but the delivery was spot on, thanks!",
      "What a shame your Leeds shop is closing, we loved it. Will the online store stay open?",
      "It's a pity I missed the sale, but no worries. Do you have any codes coming up?",
    ],
  },
  {
    name: "a hedged put-down of someone else in a cooperative message",
    level: 'frustrated',
    texts: [
      "the guy on chat yesterday was pretty useless tbh, just kept sending me FAQ links. can you actually look at my account? it's 0045-7720",
      "the guy on chat yesterday was pretty useless tbh, just kept sending me links. can you look at my account?",
      "your last agent was a bit clueless, no offence. could you check the order properly?",
      "the driver was kind of useless, left it at the wrong door. Could you redeliver?",
    ],
  },
  {
    name: "an outright put-down of someone else (near misses of the hedged one)",
    level: 'angry',
    texts: [
      "the guy on chat yesterday was absolutely useless. Sort my account out.",
      "Your courier is a complete idiot, he threw my parcel over the fence.",
      "Whoever designed this app is clueless and it's cost me a whole day.",
    ],
  },
  {
    name: "praise that stays praise (near misses of the hedged put-down)",
    level: 'calm',
    texts: [
      "the courier was pretty quick tbh, thanks",
      "the new guy was pretty helpful actually, cheers",
    ],
  },
  {
    name: "mild sarcasm about a promise not kept",
    level: 'frustrated',
    texts: [
      "Great, so \"next day delivery\" means next week. Good to know, I suppose. Can you refund the express fee?",
      "So much for express shipping. It's been five days. Could you at least refund the difference?",
      "Well, so much for \"priority support\". Any update on my ticket?",
      "Lovely, so I'm charged for a month I couldn't use. Can you sort a credit please?",
      "Hi,\n\nGreat, so the 'next day delivery' I paid an extra £6.95 for turns out to mean next week. Good to know for future reference, I suppose. The order (ORD-601247) was placed at 10am on Monday, well before the cut-off, and the confirmation email clearly said Tuesday.\n\nCould you at least refund the express delivery charge, since it wasn't express?\n\nThanks,\nLaura",
    ],
  },
  {
    name: "a glad remark, sincerely (near misses of the mild sarcasm)",
    level: 'calm',
    texts: [
      "Thanks so much for sorting it out!",
      "Thank you so much for all your help last week.",
      "Great, so it arrives Tuesday? Perfect, thanks.",
      "Good to know, thanks for explaining!",
      "Lovely, so the engineer comes Monday. See you then!",
    ],
  },
  {
    name: "an ultimatum with a deadline or an 'otherwise'",
    level: 'angry',
    texts: [
      "If I don't get my money back in 14 days I'm going to my bank.",
      "If the refund isn't in my account in a week, I'll be disputing it with my card company.",
      "Refund me within 7 days, otherwise I go to the ombudsman.",
      "Sort this by Friday, otherwise I'm taking it to small claims.",
      "I want the full £1,450 refunded. I'm not waiting until November and I'm not taking a voucher. If I don't see the money in ten days, I'm going to my bank.",
    ],
  },
  {
    name: "an 'if \u2026 / otherwise' that is a plan or a question (near misses of the ultimatum)",
    level: 'calm',
    texts: [
      "If I don't hear back within 3 days I'll assume it's all fine and close the ticket.",
      "If I don't get the code in 10 minutes, should I request another one?",
      "If the parcel isn't here in a week, what should I do?",
      "Please send it by Friday, otherwise I'll just collect it from the store.",
      "Otherwise I'll go to the bank tomorrow and pay it in person, no problem.",
    ],
  },
  {
    name: "abuse at the rep: obfuscated, intelligence, sneers, gendered, job threats",
    level: 'abusive',
    texts: [
      "ur a useless cnut",
      "stfu and just process the refund you muppet",
      "gfy, seriously",
      "kys",
      "go f yourself and your policy",
      "shut ur mouth and do ur job",
      "you're a f***ing waste of space",
      "fcuk off with your scripts",
      "you absolute m0r0n",
      "what a pr!ck you are",
      "are u brain dead or what",
      "did you even finish school? a child could do this",
      "you must have been dropped on your head as a baby",
      "do you even have a brain in there?",
      "how do you tie your own shoelaces in the morning",
      "I've met smarter houseplants than you",
      "you're too thick to understand a simple question",
      "honestly how did you get this job, your mum apply for you?",
      "you're pathetic. a pathetic little man behind a screen",
      "imagine being paid to be this incompetent, must be nice",
      "you people are subhuman",
      "typical female, can't handle anything technical",
      "sweetie, go back to the kitchen and let a man sort this",
      "is there a man there I can talk to? women don't understand engines",
      "shouldn't you be at home looking after kids instead of pretending to work",
      "love, you haven't got a clue, put your boss on",
      "I'll have your job for this",
      "I'm going to make sure you lose your job",
      "enjoy the dole queue, because that's where you're heading",
      "I know people at your head office, you'll be out by Friday",
      "I'll find out where you live",
      "you'd better watch your back",
      "I hope you get hit by a bus",
      "hope you lose your job and your house",
      "nice voice, what are you wearing",
      "send me a pic and I'll drop the complaint",
      "Hi,\n\nI have been a customer for six years and I have always paid on time. Last month I was charged twice for the same bill and I have the bank statement to prove it. I called on Monday and was told it would be refunded in 3-5 days. It has now been nine days.\n\nI've attached the statement again. Please refund the duplicate £64.20.\n\nAnd to whoever read my last email and closed it without doing anything: you are a lazy, useless idiot and you should be ashamed.\n\nDavid",
      "Hello,\n\nI'm writing about order 55821. The dining table arrived with a deep scratch across the top and one leg that does not fit the bracket. I have photos of both. I would like either a replacement top and leg, or a partial refund.\n\nI'd also like to say that the woman who answered the phone this morning, which I assume was you, is the rudest, thickest person I have ever had the misfortune to speak to. Get back in the kitchen, love.\n\nRegards,\nK. Morris",
    ],
  },
];

describe.each(FAMILIES)('$name ($level)', ({ level, texts }) => {
  test.each(texts)('%s', (text) => {
    const read = analyzeMessage(text);
    expect(read.level).toBe(level);
    // A reading above calm says why: at least one signal, each pointing at words of the message.
    if (level !== 'calm') {
      expect(read.signals.length).toBeGreaterThan(0);
      for (const s of read.signals) expect(text.slice(s.start, s.end).trim()).not.toBe('');
    }
  });
});
