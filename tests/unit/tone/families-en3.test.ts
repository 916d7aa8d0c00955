/**
 * Issue 11, point 5, third round: probe families for the English tone reading, written for these tests (not
 * taken from any corpus), around STRUCTURE rather than phrases: a judgement of the person addressed (their
 * mind, skill, worth) joined to a second-person marker, denied judgements, threats to the rep's job said as a
 * consequence, condescending endearments, sarcasm by a lone word of praise, ultimatums with a deadline.
 * Each family of hits has near misses that must stay at their level.
 */
import { runFamilies, type Family } from './families-en-run';

const FAMILIES: Family[] = [
  {
    name: 'the rep judged by a word of ability denied or a word-form of stupidity',
    level: 'abusive',
    texts: [
      "You're honestly the least competent person I've ever dealt with.",
      'you are the least intelligent agent i have ever spoken to',
      'Honestly ur a half-wit.',
      'you pea-brained muppet, read my email',
      "you're a complete bonehead, it's on the invoice",
      'You lot are the thickest bunch I have ever had to deal with.',
      'you are genuinely incapable of doing the simplest task',
      'Your team are a bunch of amateurs and morons.',
      'you absolute dimwit',
      'How are you this dense? It is written right there.',
      'are you dense or just lazy?',
      'You are the least capable person in that whole building.',
      'you lot are a bunch of amateurs',
      'u bird-brained clown',
    ],
  },
  {
    name: 'the same words said of a thing, of oneself, or of someone else (near misses)',
    level: 'calm',
    texts: [
      'The fog was so dense this morning the courier couldn\'t find us, no worries though. Can you rebook for Friday?',
      'This is the least complicated form I have filled in all year, thanks!',
      'I am probably the least technical person ever, so please bear with me: where is the reset button?',
      'The cream is quite dense, is that normal for this batch?',
      'My brother calls me a bird-brain because I forget passwords. Can you reset mine?',
      'I was incapable of finding the settings page, sorry. Where is it?',
      'Our new hire is a bit of an amateur at ordering, so could you double-check the quantities on PO 4471?',
    ],
  },
  {
    name: 'the rep judged by an idiom of their mind or skill',
    level: 'abusive',
    texts: [
      "You can't even read a simple postcode, can you.",
      'you cant even spell',
      "Do you even know how to read? It's in the first line.",
      'do you actually know how to do your job',
      'A child could have sorted this in five minutes. Apparently not you.',
      'My five-year-old could do your job.',
      "I've met houseplants with more sense than you.",
      'There is more common sense in my little finger than in you.',
      "You're not the sharpest tool in the box, are you?",
      'not the brightest bulb in the pack, are you',
      "you're not very bright, are you",
      'Honestly, how dense can one person be?',
      'how stupid can you get',
      'Incompetent doesn\'t even begin to describe you.',
      'useless does not begin to describe u',
      'You are so bad at your job it is almost impressive.',
      "you're honestly terrible at your job",
      'You clearly don\'t have a brain.',
      'u have no brain cells',
      "You can't even follow a simple instruction.",
      "you can't string a sentence together",
    ],
  },
  {
    name: 'the same idioms that judge nobody (near misses)',
    level: 'calm',
    texts: [
      'You can\'t even imagine how relieved I am. Thank you!',
      'Do you know how to reset the router? The manual doesn\'t say.',
      'Can you even do same-day delivery to Leeds?',
      'Do you even sell replacement lids for the blender?',
      'A child could use this app, it\'s so simple. Love it.',
      'The setup is so easy a child could do it. Great product.',
      'You are so good at your job, honestly. Thank you.',
      'I think you\'re brilliant at what you do.',
      'Not the sharpest photo, but it shows the dent. Can I get a replacement?',
      'The screen isn\'t very bright, is there a setting for that?',
      'My son knows more about this than me, so he\'ll call you back.',
      'Smarter people than me have tried, so I\'ll just ask: how do I change my address?',
      'You\'re not bad at your job at all, this one is just tricky. Take your time.',
    ],
  },
  {
    name: 'a judgement of the rep denied',
    level: 'calm',
    texts: [
      "You're not stupid, the form is just confusing, don't worry.",
      "I don't think you're incompetent at all, the system just lets you down.",
      "you're not useless, I know you're trying your best",
      "I never said you were an idiot, I said the form was unclear.",
      "You aren't dumb for missing it, the button is tiny.",
      "Don't worry, you're not an idiot, it happens to everyone.",
    ],
  },
  {
    name: 'a judgement of the rep denied before a "but": still a complaint, not abuse',
    level: 'frustrated',
    texts: [
      "I'm not saying you're incompetent, but this has taken three weeks.",
      "Not saying you're useless, but I have asked the same question four times.",
      "I don't think you're stupid, but nobody has answered my actual question.",
    ],
  },
  {
    name: 'a judgement of the rep that a negation does not take back',
    level: 'abusive',
    texts: [
      "You're not just stupid, you're lazy too.",
      "aren't you a useless one",
      "you're not only incompetent but rude",
      "Stupid, aren't you?",
    ],
  },
  {
    name: 'the rep named as the one handling the message',
    level: 'abusive',
    texts: [
      "The agent I've got is thick as mince.",
      'The person answering these emails is clearly a simpleton.',
      'Whoever is reading this is a halfwit.',
      'whoever is handling my case is an absolute moron',
      'the guy dealing with this is an idiot',
      'The one replying to my emails is useless.',
    ],
  },
  {
    name: 'the rep named as the one handling the message, without a put-down (near misses)',
    level: 'calm',
    texts: [
      'The person answering these emails has been very kind.',
      'Whoever is reading this: thank you, the new charger works.',
      'The agent I\'ve got today is lovely, thank you.',
      'whoever is handling my case, could you add the new tracking number?',
    ],
  },
  {
    name: 'a condescending endearment with a put-down',
    level: 'abusive',
    texts: [
      "Honey, I've been doing this since before you were born, so just process it.",
      'Listen here, boy, I want the money today.',
      "Sweetheart, you clearly don't understand how refunds work.",
      'look son, just do what I tell you',
      "Darling, let me explain this slowly.",
      'love, try to keep up',
      "Listen here, young lady, I want my refund.",
      "I was buying from you since before you were born, sweetheart, so don't tell me the rules.",
    ],
  },
  {
    name: 'an endearment that is warm (near misses)',
    level: 'calm',
    texts: [
      'Thanks love, you\'re a star.',
      'Cheers hun, that\'s sorted then.',
      'My little girl loves the toy, thank you!',
      'Thanks sweetheart x',
      'Honey, the jar of honey arrived broken, could you send another?',
      'My son has been a customer since before you launched the app! Can he use my discount?',
      'I\'ve been a member since before the shop moved. Is my card still valid?',
      'Listen, I just need to know when it will arrive. Thanks.',
    ],
  },
  {
    name: "a threat to the rep's job as a consequence",
    level: 'abusive',
    texts: [
      'Mark my words, you won\'t have a job by Monday.',
      'One call from me and you\'re finished.',
      'one email to your manager and you\'re out of a job',
      'A single complaint from me and you will be sacked.',
      'you won\'t have that job next week, I promise you',
      'Give me your name so I can report you to your manager.',
      "I'll see to it that you're fired.",
      "I'm going to make sure you get disciplined for this.",
    ],
  },
  {
    name: 'jobs, names and whereabouts said without a threat (near misses)',
    level: 'calm',
    texts: [
      'Can I have your name for my records, please?',
      'Could I get your name so I can thank you properly in the review?',
      'I know where your office is, I\'ll drop the form in tomorrow.',
      'I know where your store is, I\'ll just pop in and swap it.',
      'One call from me to the bank and the payment will be sorted, so no worries.',
      'Good luck in the new job next week, you\'ve been so helpful!',
    ],
  },
  {
    name: 'a lone word of praise after something gone wrong: mild sarcasm',
    level: 'frustrated',
    texts: [
      'Oh great, another delay. Lovely.',
      'Wow, two weeks for a reply. Impressive.',
      'The parcel is lost again. Brilliant.',
      'Charged twice this month. Fantastic.',
      'The engineer didn\'t turn up. Again. Marvellous.',
      'Three weeks waiting for a refund. Just great.',
      'Thanks for the super helpful reply that didn\'t answer my question.',
      'thanks for the quick response which didn\'t solve anything',
    ],
  },
  {
    name: 'a lone word of praise after good news (near misses)',
    level: 'calm',
    texts: [
      'Arrived in two days. Impressive!',
      'Sorted in five minutes. Brilliant.',
      'The engineer came early and fixed it. Perfect.',
      'It was late but the driver rang ahead and apologised, thanks. Lovely.',
      'Thanks for the quick reply, that answered everything.',
    ],
  },
  {
    name: 'an ultimatum with a deadline',
    level: 'angry',
    texts: [
      'Fix it by Friday or I\'m gone.',
      'Sort this out by Monday or I\'ll charge it back.',
      'Either the replacement arrives tomorrow or I cancel.',
      'Get it sorted today or I walk.',
      '48 hours. That\'s what you\'ve got before I go to my bank.',
      'You have until Friday, then I\'m going to the ombudsman.',
      'you have 24 hours before I cancel the direct debit',
      'Refund me by the end of the week or I\'m done with you.',
      'Last chance: deliver it by Thursday or I\'m leaving for good.',
    ],
  },
  {
    name: 'a deadline that is a plan, not an ultimatum (near misses)',
    level: 'calm',
    texts: [
      'If it arrives by Friday that\'s perfect, otherwise I\'ll just collect it in store.',
      'You have until Friday to send the form back, according to the letter? Just checking.',
      'I\'ll be home today or tomorrow, whichever suits the driver.',
      'Either Tuesday or Wednesday works for the engineer, thanks.',
    ],
  },
  {
    name: 'a long calm story with one soft angry sentence: frustrated at most',
    level: 'frustrated',
    texts: [
      "Hello, I ordered a garden bench on the 3rd for my mother's birthday. It was meant to arrive on the 10th. The tracking said it was out for delivery, then it said delivery failed, but nobody knocked and my mother was in all day. This is honestly unacceptable. I rang on the 11th and was told it would be redelivered on the 12th. It is now the 14th. Could you please tell me where the bench actually is and when it will arrive? Thank you, Joan",
      "Hi, I'm writing about my broadband. Since Monday the connection drops every evening around 8pm and comes back after twenty minutes or so. I've restarted the router, checked the cables and tried a different socket. It's ridiculous!! My son has online classes in the evening so this matters. I've attached screenshots of the speed tests from the last three nights. Could you check the line from your side and let me know if an engineer is needed? Thanks, Omar",
    ],
  },
  {
    name: 'a long message whose anger is sustained or rests on a hard cue (near misses)',
    level: 'angry',
    texts: [
      "Hello. I ordered a sofa in March. It was meant to arrive in April. It is now June and I have had four delivery dates, none kept. Nobody calls me back. I have taken three days off work to wait in. If the sofa is not here by Friday I will be disputing the payment with my bank and leaving a review on every site I can find. I expect a call today. Regards, Helen Park",
      "Your delivery service is a disgrace. I ordered the cot six weeks ago. It has been 'on its way' for five of them. My baby is due next week. I have called seven times. Every time I get a different story and a promise of a call back that never comes. This is absolutely appalling. I am disgusted with how I've been treated. Sort it out. Today.",
    ],
  },
  {
    name: 'a long warm message recalling old problems',
    level: 'calm',
    texts: [
      "Hi team, just wanted to say thank you. Two years ago I had a nightmare with a washing machine from you: it leaked, the first engineer never came and I was absolutely furious at the time. I wrote some pretty angry emails back then. This time everything was different. The fridge arrived a day early, the drivers were lovely and took the old one away. It's been running perfectly for a month. I'll definitely be ordering from you again. Warm regards, Pat",
      "Hello! I've been a customer for nine years. There were bumps along the way, like the billing mess in 2021 that took three months to sort and the router that died twice. Honestly I nearly left back then. But the last couple of years have been great and your new app is so much easier. I'm writing because I'd like to upgrade to the faster plan. Could someone call me on Thursday afternoon? Thanks so much, Dev",
    ],
  },
  {
    name: 'a long message with one abusive sentence: abuse is never averaged away',
    level: 'abusive',
    texts: [
      "Hi, I've been patient for a month now. I ordered a dishwasher on the 2nd, it arrived with a dented door, I sent photos the same day as asked. Then I waited. I chased on the 9th and the 16th. Each time I was told someone would call. Nobody did. I've explained all of this twice already in this chat. Honestly, you're the least competent person I have ever dealt with. Please pass me to someone else. Thanks.",
    ],
  },
  {
    name: "wishing the rep a bad shift, day or life",
    level: 'abusive',
    texts: [
      "hope your shift is as miserable as my week has been",
      "I hope you have a miserable day, you deserve it.",
      "hope ur whole weekend is ruined like my holiday was",
      "May your shift be long and miserable.",
      "I hope your day is as awful as this call.",
      "Hope your christmas is as rotten as your service.",
    ],
  },
  {
    name: "wishing the rep well (near misses)",
    level: 'calm',
    texts: [
      "Hope your day is going well! Quick question about my order.",
      "hope you have a lovely weekend, thanks for your help",
      "Hope your shift isn't too busy today. Can you check my refund?",
      "I hope your week gets better, you sound tired. Thanks for sorting it.",
    ],
  },
  {
    name: "a bad week told of oneself, in a chase (near miss)",
    level: 'frustrated',
    texts: [
      "I hope your week is better than mine has been, this is the third time I've had to chase.",
    ],
  },
  {
    name: "a cap on what the rep can do, or a question about their mind",
    level: 'abusive',
    texts: [
      "Reading a screen is about the limit of what you can manage, isn't it.",
      "Copying and pasting is all you're good for.",
      "Clearly this is beyond you. Get me someone else.",
      "I'll type slowly so even you can follow.",
      "Put me through to someone capable of independent thought.",
      "I have never met anyone as slow on the uptake as you.",
      "Never dealt with anyone so clueless as you.",
      "More going on upstairs in my goldfish than you.",
      "Are you blind or what? The photo is right there.",
      "are you thick or just pretending",
      "Don't you have brains? I told you the postcode.",
      "You understand nothing.",
    ],
  },
  {
    name: "limits, speed and brains that judge nobody (near misses)",
    level: 'calm',
    texts: [
      "Is this beyond your control? If so who can I ask?",
      "I know this is above your pay grade, could you pass it on?",
      "Explain it slowly please, I'm not very technical.",
      "Are you open or closed on Sunday?",
      "Do you have brains for the dog food? Ha, I mean brands.",
    ],
  },
  {
    name: "'you understand nothing' about a situation (near miss): frustration, not abuse",
    level: 'frustrated',
    texts: [
      "You understand nothing about my situation, I've explained it twice.",
    ],
  },
  {
    name: "'you understand nothing is wrong' (near miss)",
    level: 'calm',
    texts: [
      "You understand nothing is wrong with the meter then? Great, thanks.",
    ],
  },
  {
    name: "knowing which place the rep is in, or waiting for them after work",
    level: 'abusive',
    texts: [
      "I know exactly which office you lot work in.",
      "I know which car park you use.",
      "I'll be waiting for you at the end of your shift.",
      "waiting for u outside when u finish",
    ],
  },
  {
    name: "waiting, said without menace (near misses)",
    level: 'calm',
    texts: [
      "I'll be waiting for your call at the end of the day.",
      "I'm waiting for you to confirm the delivery slot.",
    ],
  },
  {
    name: "a condition that ends in the customer leaving, the competition, telling everyone, a one-star review",
    level: 'angry',
    texts: [
      "If the price goes up again I'm gone.",
      "If I get one more late fee we're done with you.",
      "if this happens again I'm taking my business elsewhere",
      "I'll be switching straight over to the competition.",
      "I'm telling all my friends about this.",
      "Enjoy your one-star review.",
      "I'll post it everywhere I can find.",
    ],
  },
  {
    name: "a condition, the competition or friends, said without a threat (near misses)",
    level: 'calm',
    texts: [
      "If you need anything else from me I'm around all day.",
      "If it's easier I'm happy to call in.",
      "If the engineer comes early I'm gone to work by 9, so please ring first.",
      "My friends told me about you, so I switched from the competition!",
      "Hi, I saw the competition on your page, how do I enter?",
    ],
  },
  {
    name: "bare orders in a row: flat demands",
    level: 'angry',
    texts: [
      "Stop sending me the same link. Read my email. Refund me.",
      "Don't close this ticket. Don't send another survey. Fix it.",
      "Listen to me. Answer the question I asked.",
      "Just fix it. Just send the engineer.",
    ],
  },
  {
    name: "orders softened, practical or single (near misses)",
    level: 'calm',
    texts: [
      "Don't worry about the old address. Use the new one: 14 Hill Rd.",
      "Read the note on the box, it says fragile. Can you send a new one? Thanks.",
      "Stop the renewal please. Cancel the old card too, thanks.",
      "Don't rush. Sort it whenever you can, thanks.",
      "Don't ring before 10. Leave it with the neighbour at no. 4.",
    ],
  },
  {
    name: "praise of bad news: strong sarcasm",
    level: 'angry',
    texts: [
      "Two weeks to tell me it's lost. Brilliant work, really, well done to the whole team.",
      "Nine days to reply to say you can't find my parcel. Stellar service, hats off to the whole warehouse.",
    ],
  },
  {
    name: "praise of good news and kept promises (near misses)",
    level: 'calm',
    texts: [
      "Delivered in two days, great service, hats off to the whole team!",
      "It arrived in three days. Great work, thanks.",
      "The engineer was brilliant and came back exactly when he said he would.",
      "She rang me back just as she promised, and kept her word about the refund. Could you pass on my thanks?",
    ],
  },
  {
    name: "a promise told as broken (near miss of the kept promise)",
    level: 'frustrated',
    texts: [
      "He said he would ring back. He didn't.",
    ],
  },
  {
    name: "a troubleshooting step tried a couple of times, told as what was tried",
    level: 'calm',
    texts: [
      "Hi, I've reset the router twice and unplugged it. What should I try next?",
      "I restarted it a couple of times and tried another cable. Any other ideas?",
    ],
  },
  {
    name: "a step tried again and again, or still broken (near misses)",
    level: 'frustrated',
    texts: [
      "I've reset it twice and it's still not working.",
      "Restarted it twenty times, nothing.",
    ],
  },
  {
    name: "levels one off: polite disagreement about a charge, a fix that did not hold, weariness, a chase",
    level: 'frustrated',
    texts: [
      "Sorry, I don't really get why I have to pay the delivery fee, the delay was on your side, not mine?",
      "I don't understand why I was charged twice? Can you explain please",
      "The fix you gave me worked for about two days and now it's broken again.",
      "It's getting a bit tiring to be honest, this is the third time.",
      "Hello, I write again because the problem is not solved. Now it is two weeks and still nothing.",
    ],
  },
  {
    name: "warm letters recalling an old problem: a thanks for a past fix, a dated recollection",
    level: 'calm',
    texts: [
      "Thanks again for your help last month with that awful billing mess, you got it all sorted. Now I'd like to add a line.",
      "Last time we moved (2019) it was a bit of a nightmare, so I'm getting ahead of it this time! Can we book the move for the 14th?",
    ],
  },
];

runFamilies(FAMILIES);
