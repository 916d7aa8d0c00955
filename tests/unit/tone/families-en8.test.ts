/**
 * Issue 11, point 5, eleventh round: probe families written for these tests (not taken from any corpus) around what the
 * fresh blind split train11 showed missing (3 calm messages read angry, abusive recall 25 of 30 before this round): calm
 * look-alikes (an error code in capitals, old trouble recalled inside thanks, a lawyer, a complaint or a chargeback named
 * for a plain reason, a cancellation for a life reason, a joke at one's own many orders) and abuse with no swear word or
 * a starred one (the rep treated as a child, a sexist put-down, the rep's job threatened, the rep's workplace watched);
 * contempt for the company, a litotes of disappointment, being passed from agent to agent. Each family of look-alikes
 * stands beside the real thing, which must keep its level.
 */
import { runFamilies, type Family } from './families-en-run';

const FAMILIES: Family[] = [
  {
    name: 'an error code in capitals, with its hex number',
    level: 'calm',
    texts: [
      'Getting ERROR 0x80004005 UNSPECIFIED ERROR when I open the backup tool. Any idea what to try?',
      'The installer stops with 0x8007000E OUT OF MEMORY on my laptop, it has 16GB. What should I check?',
      'Windows Update shows 0x800F081F SOURCE FILES NOT FOUND. Is there an offline installer I can use?',
      'My printer panel says ERROR 0x61011BED CARTRIDGE PROBLEM even with a new cartridge. Could you advise?',
    ],
  },
  {
    name: 'the same capitals shouted at the company (the real thing)',
    level: 'angry',
    texts: [
      'ERROR 0x80004005 AGAIN. I AM SICK OF THIS, FIX IT NOW.',
      'Third day of 0x8007000E and NOBODY HAS CALLED ME BACK. THIS IS A JOKE.',
    ],
  },
  {
    name: 'old trouble recalled inside thanks',
    level: 'calm',
    texts: [
      'Thanks so much for last week! After the nightmare we had in March with the lost shipments I was dreading this order, but it all came on time. You guys have really turned it around.',
      'Just a quick thank you. After all the trouble last year with the billing I nearly left, but the new account page is brilliant and the invoice was spot on.',
      'Lovely service today, thank you. After the mess we had in January with the wrong sofa I was nervous, but the fitters were great.',
    ],
  },
  {
    name: 'old trouble come back (the real thing)',
    level: 'angry',
    texts: [
      "After the nightmare in March I swore I'd never order again and here we are AGAIN",
      'After the mess we had in January I was promised this would never happen again. It has. I want a full refund today.',
    ],
  },
  {
    name: 'a lawyer, a complaint or a chargeback named for a plain reason',
    level: 'calm',
    texts: [
      'FYI our lawyer asked us to request a copy of the signed contract for our files. No rush, whenever you have a moment.',
      'Our solicitors have asked us to obtain the completion statement. Could you send it over? Thanks.',
      "I'd like to register a formal complaint about the noise from the building work on Saturday. No need to call me back, just please note it.",
      'Please log this as a formal complaint for your records, the lift was out of order all Tuesday morning. No need to reply.',
      "My card company reversed the payment by mistake, so it may show up as a chargeback on your side. It wasn't me, I'm happy with the order. How can I pay again?",
      'The bank flagged my payment as possible fraud and blocked it. Could you send me a new payment link?',
    ],
  },
  {
    name: 'a lawyer, a complaint or a chargeback threatened (the real thing)',
    level: 'angry',
    texts: [
      "my lawyer will be in touch if this isn't fixed by Friday",
      "If the parcel is not here by Monday you will be hearing from my lawyer. I've had enough.",
      'I am filing a formal complaint and disputing the charge with my bank. This is theft.',
      'Refund me today or I go to my card company for a chargeback.',
    ],
  },
  {
    name: 'a cancellation for a life reason, with thanks',
    level: 'calm',
    texts: [
      "Hi, I'd like to cancel my membership from the end of this month, we're moving to Lisbon. Thanks for everything, the Tuesday spin class will be missed!",
      "Could you cancel my subscription please? We're relocating to Canada in May. Thank you, it's been great.",
      "Please cancel my contract when it ends, I'm retiring and won't need the work phone. Thanks for all the help over the years.",
    ],
  },
  {
    name: 'a cancellation in anger (the real thing)',
    level: 'angry',
    texts: [
      'Cancel my membership. Three months of wrong charges and nobody answers. Disgusting.',
      "I'm cancelling my subscription, the app has been broken for weeks and your support is useless.",
    ],
  },
  {
    name: "a joke at one's own many orders",
    level: 'calm',
    texts: [
      'hi again! third order this month, you\'ll be sick of me soon 😄 same address as usual pls',
      'Me again! You must be tired of hearing from me, but could I add two more mugs to the order? Thanks!',
      "Another order from me, you're probably sick of my emails by now 😂 Same card as last time.",
    ],
  },
  {
    name: 'sick of it, said of the company (the real thing)',
    level: 'frustrated',
    texts: ["I'm sick of chasing this refund. Could someone please look at it?", "Honestly I'm tired of being told to wait. When will the engineer come?"],
  },
  {
    name: 'the rep treated as a child',
    level: 'abusive',
    texts: [
      'what r u, 12?? let an adult handle this 🙄',
      'What are you, like nine years old? Let a grown-up deal with it.',
      'are you five? get me someone competent',
      'Let an adult handle this please, you clearly cannot.',
      "Well, dear, let me tell you, you're a rude, patronising little girl who should not be working with the public.",
      'You are a child. Put a manager on.',
    ],
  },
  {
    name: 'adults and ages told plainly',
    level: 'calm',
    texts: [
      'An adult must sign for the parcel, so could it come after 6pm?',
      'My son is 12, is the bike the right size for him?',
      'For safety, let an adult handle the battery replacement. Does the kit include gloves?',
      'What are your opening hours, 9 to 5?',
      "You're a big kid at heart like me! Could I order the dinosaur lamp too?",
    ],
  },
  {
    name: 'a sexist or starred put-down of the rep',
    level: 'abusive',
    texts: ['useless cow. transfer me.', 'stupid cow, put me through to someone else', 'lol ok dipsh*t, whatever you say', 'sure thing m*ron, read my message again', 'yeah whatever, a**hole. Just refund me.'],
  },
  {
    name: 'a cow, a farm and a starred word told plainly',
    level: 'calm',
    texts: [
      'The cow-print rug arrived today, love it. Could I order the matching cushion?',
      'Our farm shop needs a new card reader, the old one was chewed by a cow. Which model do you recommend?',
      'The game says "you f*iled the level" on screen, is that a known typo? Funny though.',
    ],
  },
  {
    name: "the rep's job threatened",
    level: 'abusive',
    texts: [
      "I've noted your name and I'll be making sure your manager hears about you personally. I'd be surprised if you still have a job by the end of the month.",
      "You won't have a job by Friday once I'm done with this.",
      "Keep talking like that and you'll be out of a job.",
      'Enjoy your job while it lasts.',
    ],
  },
  {
    name: 'jobs, managers and names told kindly',
    level: 'calm',
    texts: [
      "I'd like to make sure your manager hears how helpful you were today. Thank you!",
      'Good luck with the new role, hope you enjoy your job there! The router works perfectly.',
      'Is the engineer who came yesterday still with you? I would love to send him a thank-you card.',
    ],
  },
  {
    name: "the rep's workplace watched",
    level: 'abusive',
    texts: [
      "I'd like my deposit back. I know your office is on Dock Street, by the way. I walk past it every evening around six when you're locking up. Think about that before you ignore this one.",
      "I know where your branch is. I drive past it when you're closing up. Think twice before you ignore me again.",
    ],
  },
  {
    name: 'an office visited for a plain reason',
    level: 'calm',
    texts: [
      'I know your office is on Dock Street, could I drop the signed forms there instead of posting them?',
      "I walk past your branch every evening, is it open after six? I'd rather hand the papers in.",
    ],
  },
  {
    name: 'contempt for the company, anger without swearing',
    level: 'angry',
    texts: [
      'Your company is a circus. Cancel my contract and send me written confirmation.',
      'What a farce this company is. I want my deposit back today.',
      'This outfit is a clown show. Three engineers, zero fixes.',
    ],
  },
  {
    name: 'a circus, a farce told plainly',
    level: 'calm',
    texts: ['We took the kids to the circus last weekend, could I change the delivery to Tuesday?', 'Do you sell the clown costume in a size 8? It is for a school play.'],
  },
  {
    name: 'litotes of disappointment, passed from agent to agent',
    level: 'frustrated',
    texts: [
      'Not thrilled, to be honest. I paid for express and it took six days. Could you refund the difference please?',
      "Not exactly impressed that the box came open. Could you send a replacement lid?",
      'Ok so this is the 4th agent I have been passed to. Could you please read the history before asking me to restart the router again.',
      "This is the third department I've been transferred to today. Can someone please just check my order?",
    ],
  },
  {
    name: 'not thrilled but fine, passed on kindly',
    level: 'calm',
    texts: ["Not thrilled about the colour but it's fine, no worries. Could you send the receipt?", 'The second agent I spoke to was lovely and sorted it. Thanks!'],
  },
  {
    name: 'flat praise right after a let-down (sarcasm)',
    level: 'frustrated',
    texts: [
      "I asked for the freeze in August and I've been charged for September and October anyway. So that's great. Could you refund both months?",
      'Each month someone credits it back and the next bill has the same charge again, like clockwork. At this point it\'s almost impressive. Can it be removed for good?',
      'The engineer did not turn up for the third time. Well, that\'s just lovely. When can you rebook?',
      'My order was sent to the wrong address again. Which is nice. Can you redirect it please?',
    ],
  },
  {
    name: 'the same praise for good news',
    level: 'calm',
    texts: [
      "Fast forward to today and the new one arrived in a day. So that's great, thanks!",
      'The parcel came this morning, a day early. That is brilliant.',
      'It broke last week but the replacement is already working fine. So that is great, cheers.',
      "Fast forward to today and the boiler has been perfect. It's great. Thanks for the service visit.",
    ],
  },
  {
    name: 'a crime by a stranger reported, anger denied',
    level: 'calm',
    texts: [
      "Someone opened an account in my name using a fake passport. I've reported it to the police and Action Fraud. I'm not cross with you at all. Could you close the account and send me a letter?",
      'A scammer used my card details on your site last week. I have already reported it to my bank. How do I get the order cancelled?',
      "I'm not cross, honestly, these things happen. Could you resend the code?",
    ],
  },
  {
    name: 'fraud alleged of the company, anger owned (the real thing)',
    level: 'angry',
    texts: ['You sold me a fake and now you refuse a refund. This is fraud.', "I'm really cross. You charged me twice and nobody answers. Refund me today."],
  },
  {
    name: 'a man asked for in place of the rep, the rep held personally responsible',
    level: 'abusive',
    texts: [
      'Bless your heart, you really tried. Can I talk to a man please.',
      'Is there a man there I can speak to? This is too technical for you.',
      "I've made a note of your name and I'll make sure you're held personally responsible.",
      'I will hold you personally accountable if the boiler is not fixed by Friday.',
    ],
  },
  {
    name: 'a man named plainly, responsibility waived',
    level: 'calm',
    texts: [
      'Can I talk to a man from the installation team about where the gas meter goes?',
      "I'd like to speak with a man called Dave who came out last week, he left his torch here.",
      "I won't hold you personally responsible, it's not your fault at all. Thanks for trying.",
    ],
  },
  {
    name: "a lawyer at plain work, a rival put down beside praise of us",
    level: 'calm',
    texts: [
      "Our lawyer is reviewing the new terms before we sign, I'll get back to you next week. Thanks!",
      'My solicitor is checking the lease now, so please hold the flat until Friday if you can.',
      "I had to take my previous energy supplier to the ombudsman last year, so I always keep records. Please could you confirm my meter readings in writing?",
      "I cancelled with Sky because they were useless, and honestly you've been much better. Can I upgrade my speed?",
      'My old provider was useless but you are far better, thanks. Could I add a second line?',
    ],
  },
  {
    name: 'a lawyer set on us, a rival named with us (the real thing)',
    level: 'angry',
    texts: [
      'Our lawyer is reviewing the contract and we will be taking action against you.',
      'I took my old bank to the ombudsman and I will do the same to you if this is not sorted by Friday.',
      'My old provider was useless and your company is just as bad. I want to cancel today.',
    ],
  },
  {
    name: 'terse orders that name their reference',
    level: 'calm',
    texts: [
      'Cancel order 4471. Refund to card.',
      'Cancel booking 55120. Send confirmation to my email.',
      'Move delivery 8812 to Friday. Leave with neighbour at 14.',
      'Close account 300417. Send final bill to the new address.',
    ],
  },
  {
    name: 'bare orders at the rep (the real thing)',
    level: 'angry',
    texts: ['Cancel order 4471. Refund me. Now.', 'Read my email. Fix the bill. Stop sending templates.', "Don't transfer me again. Just refund it."],
  },
  {
    name: 'the rep told they are bad at the job',
    level: 'abusive',
    texts: [
      "Hi Dana, I've now been charged for both. Can you sort that? Honestly, for someone paid to do this you're remarkably bad at it. Thanks",
      'You are truly terrible at your job.',
      "you're so useless at this, put someone else on",
    ],
  },
  {
    name: 'bad at it said of oneself or a thing',
    level: 'calm',
    texts: [
      "I'm terrible at this sort of thing, sorry! Could you walk me through the reset?",
      'The app is bad at syncing my steps, is there a setting I am missing?',
      'The field was full of cows so the courier left the parcel at the gate. Could he use the side door next time?',
    ],
  },
  {
    name: 'a long fault report whose only cue is when it began, offering help',
    level: 'calm',
    texts: [
      "Hello, a fault report for our shop's card terminal (merchant ID 554120). Since Monday morning the terminal prints a blank receipt after every contactless payment. Chip and PIN receipts print fine. We have changed the paper roll twice and restarted the unit. The firmware version shown is 4.2.17. The problem happens on both of our terminals. I'm happy to run any other test you want, we're open 9 to 5 every day. Regards, Priya",
      "Hi team, since the update on Thursday the app on my tablet crashes when I open the calendar tab. It works on my phone. The tablet is a Galaxy Tab S7 on Android 13. I have cleared the cache and reinstalled the app. Other tabs work normally. I can send a screen recording if that helps. Could you let me know if this is a known issue? Thanks, Marek",
      "Hello, since Sunday the heating in flat 3 only comes on for about ten minutes at a time. The boiler display shows F28 briefly, then resets itself. The pressure gauge reads 1.4 bar. We have bled the radiators and checked the thermostat batteries. The tenant is in most days, so if the engineer needs access she can let him in. Let me know what else you need. Best, Tom",
    ],
  },
  {
    name: 'a fault report that complains (the real thing)',
    level: 'angry',
    texts: [
      "Hello, since Monday morning the card terminal prints a blank receipt after every contactless payment. We have changed the paper roll twice and restarted it. It is still doing it. Honestly this is getting ridiculous, we have customers queuing and no receipts. Nobody has called us back. I can send photos but I need someone out today. Regards, Priya",
    ],
  },
  {
    name: 'a fault report chased again (the real thing)',
    level: 'frustrated',
    texts: [
      "Hi, since Thursday the app crashes every time I open the calendar. I have reinstalled it three times. I have already reported this twice and nothing has changed. Same thing happened in March. I rely on this for work. Please escalate it.",
      "since 3 days my router is not working, I have restarted it and checked the cables. Can you send someone?",
    ],
  },
  {
    name: 'a warm letter recalling a grim time, an awkward ask, a fake look feared',
    level: 'calm',
    texts: [
      "Dear Sam, you may not remember us, you fixed our boiler three winters ago when we had no hot water for a fortnight. That whole time was miserable, we rang again and again. Anyway, we've moved and would love the same service plan at the new house. Could you send the details? Thanks again for back then, Ruth",
      "This is a slightly awkward one: could I change the name on the booking to my sister's?",
      'Bit of an odd question, but do you deliver to houseboats? Thanks!',
      'Can I mention the engineer by name in a review without it looking fake? He was brilliant.',
    ],
  },
  {
    name: 'a grim time still going, awkwardness from the company (the real thing)',
    level: 'frustrated',
    texts: [
      "This is getting awkward, I've asked three times and still no refund.",
      'You fixed the boiler three winters ago and it has been miserable again since Monday, that whole week was freezing. Please send someone.',
    ],
  },
  {
    name: "someone else's insult, quoted",
    level: 'calm',
    texts: [
      "My neighbour shouted 'you useless idiot' at the delivery van, sorry about him! The driver was lovely. Could you pass on my apologies?",
      'My dad yelled "stupid thing" at the remote again, bless him. Could you send a simpler one?',
      "The kids keep saying 'you big idiot' to the robot hoover, it's hilarious. Do you sell spare brushes?",
    ],
  },
  {
    name: 'the insult in the customer\'s own words beside a quotation (the real thing)',
    level: 'abusive',
    texts: ["You told me 'it will be fixed' and it wasn't, you useless idiot.", "My husband said 'leave it', but no, you're a useless idiot and I'm telling you so."],
  },
  {
    name: "a regulator or a complaint named as one's work, study or history, or with the threat denied",
    level: 'calm',
    texts: [
      'My daughter is studying consumer rights law at uni and used your returns policy as a good example! Anyway, could I return these boots?',
      "I work for Trading Standards and we're running a survey of local shops. Would you be happy to take part?",
      "I made a formal complaint last year and it was handled brilliantly, so I'm back as a customer. Could you set up my new account?",
      "Thank you for the refund. For context, I only mentioned the ombudsman because I was told that's the process, not as a threat. Have a good weekend.",
    ],
  },
  {
    name: 'the same words as a threat ahead (the real thing)',
    level: 'angry',
    texts: [
      'I made a formal complaint last year and I will make another one if this happens again.',
      "This is not a threat, but if it isn't fixed by Friday I'm going to the ombudsman.",
      'I am reporting you to Trading Standards today.',
    ],
  },
  {
    name: "told of a promise, not of a process (near misses)",
    level: 'frustrated',
    texts: ["I was told it would arrive on Monday. It's Thursday. Could you check please?", "I was told that's the process, but it's been three weeks and still no refund. Could you check?"],
  },
  {
    name: 'one sentence of abuse in a long, polite letter: told to quit, called drunk, judged like an animal',
    level: 'abusive',
    texts: [
      "Dear team, I hope you are well. I've attached the photos of the damaged fence panel and the delivery note. The driver was helpful. I would like a replacement panel next week if possible. Also, if it was you on the phone yesterday: nobody wants to hear your whiny little voice, do everyone a favour and get a different job. Kind regards, Helen",
      'Morning. The part arrived. I have fitted it. It works. Also, you sounded drunk on the phone yesterday. Sober up before your next shift.',
      'Thanks for the refund. Honestly, you have the manners of a goat. Do us all a favour and quit.',
    ],
  },
  {
    name: 'favours, drink and manners told plainly',
    level: 'calm',
    texts: [
      'Do me a favour and check the address again? Thanks!',
      'Our dog has the manners of a pig at dinner, so we need the spill-proof bowl. Do you stock it?',
      "I'm trying to sober up my spending this year, so please cancel the premium add-on. Thanks",
      'The wine club box arrived, we were a bit tipsy by the end of the tasting, ha! Could I reorder the red?',
    ],
  },
  {
    name: 'a staff member judged like an animal, in the third person',
    level: 'angry',
    texts: ['Payment was made on the 12th, proof attached. Frankly, your accounts clerk has the manners of a pig and the brains to match.', 'The driver had the intelligence of a brick. He left my parcel in the rain.'],
  },
];

runFamilies(FAMILIES);
