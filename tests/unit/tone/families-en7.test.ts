/**
 * Issue 11, point 5, tenth round: probe families for the edges between the heated levels, written for these tests (not
 * taken from any corpus) around what the fresh blind split train10 showed missing (abusive recall 25 of 30 before this
 * round): contempt for the rep without an insult word (sent back to school, told to learn to spell, treated as a child,
 * their name mocked), an insult spelled with spaces, an insult in another language; anger without swearing (a chargeback
 * or the account moved to a rival, a flat "Refund. NOW."), sarcastic frustration ("love how it logs me out every time"),
 * a weary face beside a parcel not come; and the calm look-alikes: an oath of delight, a manager told of praise in a long
 * letter, a child going back to school, an adult ticket, initials in capitals, a charge asked about. Each family of
 * look-alikes stands beside the real thing, which must keep its level.
 */
import { runFamilies, type Family } from './families-en-run';

const FAMILIES: Family[] = [
  {
    name: 'sent back to school, told to learn to spell',
    level: 'abusive',
    texts: [
      'lol go back to school mate, you wrote "recieved" twice',
      "you can't even spell the product name. go back to school",
      'Honestly, learn to spell before you answer customers.',
      'mate learn to read, I said the 14th not the 4th',
      'seriously, go back to primary school. I asked for a refund not a voucher',
      'haha learn how to type, your reply makes no sense',
    ],
  },
  {
    name: 'school, reading and spelling told plainly',
    level: 'calm',
    texts: [
      'My son goes back to school on Monday, can the delivery come on Saturday instead?',
      'We need the uniform before the kids go back to school on the 3rd. Will it arrive in time?',
      'Does the tablet come with the learn to read app? My daughter is five.',
      "I'm trying to learn to type faster, do you sell a keyboard with bigger keys?",
      "I'm going back to school in September so please pause my membership until then.",
    ],
  },
  {
    name: 'the rep treated as a child, their name mocked',
    level: 'abusive',
    texts: [
      'put an adult on please',
      'Can you fetch a grown-up? This is clearly beyond you.',
      'are you even old enough to work there?',
      "'Jessica'. sure. bet that's not your real name",
      'Is that even your real name? Put someone else on.',
      'Your accent is a joke, put me through to someone else.',
    ],
  },
  {
    name: 'an adult ticket, a real name asked kindly',
    level: 'calm',
    texts: [
      'Please put an adult on the booking as well as the two children.',
      'Can I get an adult and a child ticket for the Saturday show?',
      "Is that your real name or a chat alias? Just curious, it's a lovely name!",
      'Could you put an adult ticket on my account for the 12th?',
      'Thanks Priya, what a lovely name. Could you resend the invoice?',
    ],
  },
  {
    name: 'an insult spelled with spaces',
    level: 'abusive',
    texts: [
      'you are an i d i o t',
      'u r a m o r o n honestly',
      "read it again you m o r o n, I said the blue one",
      "you're such a t w a t, just refund me",
    ],
  },
  {
    name: 'initials and codes spelled with spaces',
    level: 'calm',
    texts: [
      'My initials are J D M S, could you update the name on the card?',
      'The code on the box reads A B C D 1 2, is that the serial number?',
      'Our flat is entrance B, floor C, door D. Could the driver ring the bell?',
    ],
  },
  {
    name: 'an insult in another language, at the rep',
    level: 'abusive',
    texts: [
      'eres un idiota, no sabes hacer nada',
      'Vous êtes vraiment incompétent, je veux un responsable.',
      "T'es qu'un abruti",
      'du bist so ein Idiot',
      'você é um inútil, passa para outra pessoa',
      'sei proprio un incompetente',
    ],
  },
  {
    name: 'kind words in another language',
    level: 'calm',
    texts: [
      'Eres muy amable, gracias por la ayuda.',
      'Vous êtes très gentil, merci beaucoup !',
      'Du bist ein Schatz, danke!',
      'Você é um anjo, obrigado!',
    ],
  },
  {
    name: 'a chargeback or the account moved to a rival, said as done',
    level: 'angry',
    texts: [
      "I'm disputing the payments with my card provider. Consider the account closed.",
      'We will be disputing all three charges with our bank.',
      'If this happens again we are cancelling the whole contract.',
      "Fourth late delivery this month. I'm moving the account to another supplier.",
      'I am switching my business to a different provider as of today, three outages in a week is not acceptable.',
    ],
  },
  {
    name: 'a charge asked about, an account moved for a plain reason',
    level: 'calm',
    texts: [
      "How do I dispute a charge on my statement? I don't recognise it.",
      'Could you move my account to another email address?',
      'Please transfer my account to another card, the old one expired.',
      "If this happens again I'll just restart the router, is that ok?",
      'Third delivery this month and all perfect, thanks!',
      "We're moving the office to another building next month; please update the delivery address.",
    ],
  },
  {
    name: 'flat demands with their emphasis',
    level: 'angry',
    texts: [
      'Refund. NOW.',
      'My money back. Today!',
      'Answer. Now!',
      'I want a call from a manager today, not another email.',
      'I want a refund today, not a voucher.',
    ],
  },
  {
    name: 'a refund or a call asked for kindly',
    level: 'calm',
    texts: [
      'Refund now showing in my account, thanks so much!',
      "I'd like a call today rather than an email, if that's ok.",
      'Now that the refund is through, can I place the order again?',
    ],
  },
  {
    name: 'praise of something that keeps going wrong',
    level: 'frustrated',
    texts: [
      'Love how the app logs me out every time I switch tabs. Anyway, can you reset my password?',
      'Just love that the checkout crashes every single time I add a voucher. Can you look into it?',
      'Really enjoy how my password expires again every week. How do I stop that?',
    ],
  },
  {
    name: 'praise of something that keeps going right',
    level: 'calm',
    texts: [
      'I love how the app remembers my basket every time I log in. Quick question: can I add a second card?',
      'Love that you always include a handwritten note, thank you!',
      'Love how quick delivery always is. Could I order two more of the same?',
    ],
  },
  {
    name: 'an oath of delight',
    level: 'calm',
    texts: [
      'Damn, that was quick! The card came today. How do I activate it?',
      'bloody brilliant, the new app is so easy. Where do I find my statements?',
      'Holy crap that was fast, order arrived this morning. Can I order another?',
      'hell yes, it works now. Is there a manual for the timer?',
    ],
  },
  {
    name: 'an oath at something gone wrong (the real thing)',
    level: 'angry',
    texts: ['damn, that was fast, it broke within a day!', 'Damn it, the replacement is broken too.'],
  },
  {
    name: 'a weary face beside a parcel not come',
    level: 'frustrated',
    texts: [
      "tracking says delivered 📦 but it's not here 😩 what do I do",
      'parcel still not here 🙄 it was due Monday',
    ],
  },
  {
    name: 'a weary face at one’s own plans',
    level: 'calm',
    texts: ["I won't be home on Friday 😩 so could you deliver on Saturday instead?"],
  },
  {
    name: 'praise passed on to a manager in a long letter',
    level: 'calm',
    texts: [
      'Hello, could you please pass this on to the store manager? Last Saturday my father, who is 84, came in to replace his hearing aid batteries and got confused about the new packaging. A young man called Tom went far beyond his job: he sat with him, checked every size, walked him to the bus stop and even rang me to say he was on his way home. My dad talked about it all weekend. We shop with you a lot and this was the kindest thing anyone has done for him in a long while. I would like the manager to know his name. Best wishes, Helen Ward',
      'Could you forward this to the branch manager please? I had a fall outside the shop in March and a member of staff called Ade stayed with me until the ambulance came, kept my shopping safe and phoned my daughter. It was a frightening afternoon and he made it bearable. I never got to thank him properly at the time. Please make sure the manager knows his name and how much it meant. Kind regards, Margaret Lowe',
    ],
  },
  {
    name: 'the rep below a thing, bad at reading, their English mocked, a letter starred out',
    level: 'abusive',
    texts: [
      'I genuinely think a houseplant would handle this better than you.',
      'my toaster could do your job better than u',
      'how are you this bad at a job that involves reading',
      'How can you be so useless at something this simple?',
      'ur english is shocking, put someone on who can understand me',
      'Your spelling is a joke. Is anyone there literate?',
      'what kind of name is Dwayne anyway lol',
      'st*pid woman',
      'you are so us*less',
      'You clearly lack the common sense for this job.',
    ],
  },
  {
    name: 'a thing, one’s own English, a name admired',
    level: 'calm',
    texts: [
      'My old bank would handle this differently, but no matter. Could you send the form?',
      'Sorry, my English is terrible, I hope you understand. I need to change the address.',
      'Your English is excellent by the way! Could you also send the invoice?',
      'What kind of name is that for a colour? "Moonlit grey" lol. I will take two anyway.',
      'Thanks Sam, you do your job really well.',
      'The new model lacks the intelligence of the old one, is there a setting to change?',
    ],
  },
  {
    name: 'harm wished, a sexual remark, the rep’s job threatened with their name',
    level: 'abusive',
    texts: [
      'hope your car breaks down on the way home',
      'I hope you step on a plug every morning for the rest of your life.',
      'bet you look as good as you sound 😉',
      'It would be a real shame if your manager saw these transcripts.',
      'Keep this up and I will make sure your boss hears your name.',
      "I've screenshotted this whole chat with your name on it. Your manager will love it.",
    ],
  },
  {
    name: 'a car, a manager, a name on a chat, told plainly',
    level: 'calm',
    texts: [
      "I hope your car didn't get caught in that storm, the driver looked soaked! Parcel arrived fine.",
      'I saved the chat with your name on it so I can mention you in my review, you were great.',
      'Could your manager confirm the discount in writing? I need it for my records.',
    ],
  },
  {
    name: 'a previous agent put down as the worst of all, in a polite letter (angry, not at the rep)',
    level: 'angry',
    texts: [
      'Dear Sir or Madam, I am writing about order 5521, which arrived damaged. I have attached photographs as requested and would be grateful for a replacement. I must also say that the agent I spoke to yesterday is without doubt the most brainless individual I have ever had the misfortune to speak with. Kind regards, P. Hughes',
      'Thank you for your reply. I have attached the receipt. Frankly, whoever wrote your last email should be kept well away from customers, they clearly lack the basic intelligence for it. Please process the refund.',
    ],
  },
  {
    name: 'a bill refused, a flat "do your job"',
    level: 'angry',
    texts: [
      'I will not be paying this bill. You can take it up with my bank.',
      "We won't be paying another penny until the heating works.",
      'nobody asked for your opinion, just do your job',
    ],
  },
  {
    name: 'paying another way, a job done well',
    level: 'calm',
    texts: [
      "I won't be paying by card this time, can I pay by bank transfer?",
      "I'm not paying online, is there a branch where I can pay in cash?",
    ],
  },
  {
    name: 'patience given up on, said quietly',
    level: 'frustrated',
    texts: [
      "I've given up expecting anything from you, honestly. Just let me know when it ships.",
      "We have pretty much given up hoping the app will be fixed. Is there a web version?",
    ],
  },
  {
    name: 'veiled menace at the rep',
    level: 'abusive',
    texts: [
      'Would be a shame if something happened to that nice office of yours.',
      'You know, people have been hurt for less than this.',
      "I'd watch what you say to me if I were you.",
      "I'm going to find out where you work and wait for you.",
      'you better watch your mouth',
    ],
  },
  {
    name: 'a step, an office, a wait told plainly',
    level: 'calm',
    texts: [
      'Please ask the driver to watch his step, the path is icy. Thanks!',
      'Could you tell me where your office is? I would like to drop the form off in person.',
      "I'd be happy to wait for you to check with the warehouse, no rush.",
      "It would be a shame if the offer ended before payday, will it run until the 30th?",
    ],
  },
  {
    name: 'contempt said as a comparison, in chat shorthand',
    level: 'abusive',
    texts: [
      'You are the human equivalent of a 404 error.',
      "I've met smarter rocks.",
      'Get back in your box, you jumped up little clerk.',
      'k thx for nothing u absolute melt',
      'cheers u absolute clown',
    ],
  },
  {
    name: 'a comparison or thanks that praises',
    level: 'calm',
    texts: [
      'thanks you absolute legend, that fixed it',
      "You're the human version of a cup of tea, thank you for sorting it!",
      "I've met friendlier people at the post office, joking! You were lovely. One more question: do you ship to Jersey?",
    ],
  },
  {
    name: 'theft alleged of the company (angry)',
    level: 'angry',
    texts: ['Your company has stolen £80 from me and I want it back.', "You've robbed me blind with these fees."],
  },
  {
    name: 'a theft told of someone else',
    level: 'calm',
    texts: ['My bag was stolen on the train, could you cancel my card?', 'Someone stole my parcel from the porch, can you send another?'],
  },
  {
    name: 'waiting on, resigned',
    level: 'frustrated',
    texts: ["I suppose I'll just keep waiting then. Let me know.", "I guess I'll have to keep chasing. Any news on the refund?"],
  },
  {
    name: 'a word asked about, owning to not knowing',
    level: 'calm',
    texts: [
      'What the heck is a "Nano SIM"? Sorry, I\'m new to this. Which one do I need?',
      'Honestly the worst part of moving house was choosing broadband, but you made it easy. Thank you!',
    ],
  },
  {
    name: 'the same oath at something gone wrong (the real thing)',
    level: 'angry',
    texts: ['what the hell is a "service fee" and why am I paying it??', 'wtf is a "convenience charge", never agreed to that'],
  },
];

runFamilies(FAMILIES);
