/**
 * Issue 11, point 5, thirteenth round: probe families written for these tests (not taken from any corpus) around what the
 * fresh blind general-mix split train13 showed missing (0.840 before this round): harm wished on the rep beyond the named
 * mishaps, a xenophobic put-down of the rep's English or origin, the rep's job threatened through "the right person",
 * a character put-down of the addressed person inside a polite letter; and on the calm side, a lawyer or a regulator named
 * for a plain reason (or a regulator that is a valve), a manager asked for to hear praise told in the next sentence.
 * Each family stands beside its near misses, which must keep their level.
 */
import { runFamilies, type Family } from './families-en-run';

const FAMILIES: Family[] = [
  {
    name: 'harm wished on the rep: worse than the named mishaps, or sent into the traffic',
    level: 'abusive',
    texts: [
      "I hope your own car gets clamped. Then I hope something much worse happens to you.",
      "I hope something far worse happens to you one day.",
      "Hope your own house floods next winter.",
      "Go play in traffic.",
      "Honestly, go play on the motorway.",
      "Do us all a favour and go walk into traffic.",
      "I hope the same happens to you, only worse.",
      "I hope something nasty happens to you on the way home tonight.",
    ],
  },
  {
    name: 'hopes and traffic that wish nobody harm (near misses)',
    level: 'calm',
    texts: [
      "I hope nothing like this ever happens to you, it was quite a day! Thanks for sorting it.",
      "I hope my car doesn't get clamped while I wait in your car park, is there visitor parking?",
      "Hope you have a lovely weekend!",
      "Our kids love to play in the garden, so could the swing set come on Saturday?",
      "The van got stuck in traffic but the driver rang ahead, which was kind. All arrived fine.",
    ],
  },
  {
    name: "a xenophobic put-down of the rep: their English, or sent back where they came from",
    level: 'abusive',
    texts: [
      "I'm not doing this with someone reading off a script in broken English.",
      "Go back to wherever they found you and put a proper British agent on.",
      "I'm not talking to someone in broken English, put someone else on.",
      "Get me a real English person on the line, not you.",
      "Go back to where you came from and let someone local deal with this.",
      "Can I get somebody who actually speaks English instead of you?",
    ],
  },
  {
    name: "English and origin named plainly: the writer's own, a relative's, a language asked for (near misses)",
    level: 'calm',
    texts: [
      "Sorry, my English is broken. Is there someone who speaks Polish?",
      "My mum's English isn't great, could someone call her back in Urdu?",
      "Could I go back to the page where I found the discount code?",
      "Do you have any agents who speak Welsh? My gran prefers it.",
      "Is this the British site or the American one? The prices look different.",
      "Go back to the home screen and tap Orders, is that right?",
    ],
  },
  {
    name: "the rep's job threatened through their name and \"the right person\" losing it",
    level: 'abusive',
    texts: [
      "Write your full name down for me. I want to make sure the right person gets sacked.",
      "Tell me your name so I can make sure whoever did this loses their job.",
      "What's your name? Someone is getting fired over this and it won't be me.",
      "Give me your employee number. I'll be making sure the right person gets the sack.",
    ],
  },
  {
    name: 'a name asked for beside a sacking not wished, or thanks meant (near misses)',
    level: 'calm',
    texts: [
      "Can I have your name? I want to make sure the right person gets thanked.",
      "Could I take your name? I don't want anyone getting sacked, I'd just like it noted that it's sorted.",
    ],
  },
  {
    name: 'a name asked for, a job lost told plainly (near misses)',
    level: 'calm',
    texts: [
      "Could you tell me your name so I can thank you properly in the survey?",
      "My brother got sacked last month, so we need a cheaper plan. Which one would suit us?",
      "What's your name please, in case I need to call back about the order?",
      "I don't want anyone to get sacked over this, it was an honest mistake and it's sorted now.",
    ],
  },
  {
    name: 'a character put-down of the addressed person, even inside a polite letter',
    level: 'abusive',
    texts: [
      "Dear Mrs Hale,\n\nPlease take this as notice that we are leaving the allotment society at the end of the season. Thank you to the volunteers on Saturdays, who have been wonderful.\n\nI will say one more thing. You are a small, bitter woman who should never have been put in charge of anything, and everyone on the site knows it.\n\nRegards,\nJune",
      "You're a petty, spiteful little man and everybody here knows it.",
      "Frankly you are a nasty, vindictive person.",
      "You are a sad, bitter old man and I pity your staff.",
    ],
  },
  {
    name: 'the same words said of a thing, of the company or kindly (near misses)',
    level: 'calm',
    texts: [
      "The coffee was a bit bitter, could you send the medium roast next time?",
      "You are a small business, so I understand if this takes a little while.",
      "You're a lovely person, thank you for being so patient with me.",
      "You are a kind man and I won't forget it. Thanks again for the lift.",
    ],
  },
  {
    name: 'a lawyer named for a plain reason: the customer\'s own, at routine work',
    level: 'calm',
    texts: [
      "Good afternoon. My solicitor is handling my late aunt's estate and needs a closing statement for her account. What do you need from him?",
      "Our patent attorney has asked us to confirm a few points in writing before we upload the files: is your NDA covered by the portal terms?",
      "My lawyer is dealing with my mother's affairs now, could I add her name to the account?",
      "Our family solicitor needs copies of last year's invoices, could you email them over?",
    ],
  },
  {
    name: 'a regulator that is a part: a gas, pressure or CO2 regulator',
    level: 'calm',
    texts: [
      "Damn, that was quick! The CO2 regulator came this morning. Does it need a separate solenoid?",
      "Does the gas regulator come with the barbecue or is it sold separately?",
      "The pressure regulator on the espresso machine hisses a little when it heats up. Is that normal?",
    ],
  },
  {
    name: 'a lawyer or regulator as a threat, or a lawyer at work against us (near misses)',
    level: 'angry',
    texts: [
      "My solicitor will be in touch if this isn't refunded by Friday.",
      "I've spoken to my lawyer and she says you're in breach of contract.",
      "I'll be reporting this to the regulator.",
      "My lawyer is now handling this, so expect a letter.",
      "I've complained to the gas regulator about you.",
    ],
  },
  {
    name: 'a manager asked for to hear praise told in the next sentence',
    level: 'calm',
    texts: [
      "Could you pass this to a manager? Tom on your broadband line spent an hour with my dad on Monday and was so patient.",
      "Can I speak to a supervisor? I'd like them to know Aisha was brilliant with me today.",
      "Please pass this to someone senior. Your driver Ken carried everything upstairs for my gran, he was a star.",
    ],
  },
  {
    name: 'a manager asked for with a complaint in the next sentence (near misses)',
    level: 'frustrated',
    texts: [
      "Could you pass this to a manager? Nobody has answered my emails about the refund for two weeks.",
      "Can I speak to a supervisor please? The agent yesterday hung up on me.",
    ],
  },
  {
    name: 'mild sarcasm: a word of praise opening a sentence that tells a second fault',
    level: 'frustrated',
    texts: [
      "Oh great, the piano stool you sent has a wobbly leg too. That's two out of two. Happy to send photos if that helps.",
      "Oh great, the kettle you sent leaks as well. Could you send a return label?",
      "Brilliant, the replacement lamp arrived with a chipped base too.",
      "Lovely, the new cover came stained like the first one. Can I swap it in store?",
    ],
  },
  {
    name: "praise of a job done badly: the courier's or the engineer's work",
    level: 'angry',
    texts: [
      "Great job, your courier left my fridge in the rain",
      "Nice work, your driver left the sofa out in the street overnight.",
      "Fantastic job, your fitter left the old carpet in the road for the council to find.",
    ],
  },
  {
    name: 'praise that opens good news or a thing done as asked (near misses)',
    level: 'calm',
    texts: [
      "Oh great, it arrived a day early!",
      "Great job, the courier left it in the porch like I asked.",
      "Brilliant, the new lamp works a treat. Could you send the matching shade?",
      "Nice work on the new app, the dark mode is lovely.",
    ],
  },
  {
    name: "a promise word in scare quotes, its sentence telling it unkept",
    level: 'frustrated',
    texts: [
      "Not to be that person, but the 'instant' withdrawal has been pending for 3 days. Any idea when it'll go through?",
      "My \"next day\" delivery has taken a week so far. Is there any news?",
      "The 'express' repair is still not back after a fortnight, could you check on it?",
      "So the \"hassle-free\" return still hasn't been collected. What's the next step?",
    ],
  },
  {
    name: 'a promise word quoted as a label, asked about (near misses)',
    level: 'calm',
    texts: [
      "I picked 'next day' delivery, will it come tomorrow?",
      "Is the 'express' option available for Highland addresses?",
      "Where do I find the 'instant' transfer button in the app?",
    ],
  },
  {
    name: 'a formal threat by its condition: a higher body written to if the remedy does not come',
    level: 'angry',
    texts: [
      "I want the hire fee refunded by the end of the month. If I have not received it, I will be writing to the Archdeacon and the diocesan office.",
      "If the deposit isn't returned by Friday I will be writing to the trustees.",
      "Unless I receive a full refund this week, I'll be taking this to the parish council.",
      "Please return the fee. Failing that, we will be complaining to the head office of your franchise.",
      "I will not be keeping quiet about this in the village either.",
      "I'm taking this to the local paper if I don't get my deposit back.",
      "I'll be writing to my MP about this.",
      "We are contacting the local press about the way my father was treated.",
    ],
  },
  {
    name: 'a higher body named for a plain reason, or praise not kept quiet (near misses)',
    level: 'calm',
    texts: [
      "If you need the booking form signed, I will write to the committee to confirm it.",
      "Unless I hear otherwise, I'll write to the trustees to say the hall is booked for the 17th.",
      "I won't keep quiet about how helpful Dan was, thank you!",
      "I'm going to the paper shop later, can I collect the parcel from there?",
      "I'm writing to my MP about the new bus route too, could you send the timetable leaflet?",
      "We're taking it to the press launch on Friday, could it arrive by Thursday?",
    ],
  },
  {
    name: '"still" asked about a rule: whether a thing is still billed, still sold',
    level: 'calm',
    texts: [
      "Could you tell me whether the farrier visits are included or still billed separately?",
      "Do you know if the blue one is still made, or has it been replaced?",
      "I'd like to know whether the lessons are still charged by the term.",
    ],
  },
  {
    name: '"still" of a charge that should have stopped (near misses)',
    level: 'frustrated',
    texts: [
      "Why am I still billed for the old line?",
      "I cancelled in March and I'm still being charged.",
    ],
  },
  {
    name: 'the time since a routine visit, in a message that books the next one',
    level: 'calm',
    texts: [
      "Good morning, could Mr Adeyemi come back to tune our piano? It's been about eight months and the top notes have gone a bit flat. Any Tuesday suits.",
      "Could Jo come back to service the boiler? It's been about a year since the last one.",
      "Can we book another window clean? It's been six weeks and the spring pollen is everywhere.",
      "It's been about three months, so could you book the next tuning for us? Any Friday is fine.",
    ],
  },
  {
    name: 'a stretch of time whose sentence goes on to praise what came (the lead\'s probe)',
    level: 'calm',
    texts: [
      "two weeks now and the new mattress is fantastic",
      "It's been two weeks now and the new mattress is fantastic, thank you",
      "It's been a month and I love the new sofa, could you send the matching cushions?",
      "It's been a fortnight and no problems with the new router so far.",
    ],
  },
  {
    name: 'the time gone beside something still missing, or a visit come back to a fault (near misses)',
    level: 'frustrated',
    texts: [
      "It's been eight months and my refund still hasn't come through.",
      "Could the engineer come back? It's been two weeks and the boiler is broken again.",
      "It's been three weeks since I was promised a callback, can someone come back to me?",
      "It's been two weeks now and the fantastic offer still hasn't been applied.",
      "It's been three weeks and the great deal you promised isn't on my bill.",
    ],
  },
  {
    name: 'an alarming intensifier before a word of praise',
    level: 'calm',
    texts: [
      "hi again! you lot are dangerously cheap 😅 could you add a second spool to my order?",
      "These slippers are ridiculously comfy, do you do them in a size 9?",
      "Your brownies are scarily moreish. Can I order a box for Friday?",
    ],
  },
  {
    name: 'the same intensifier before a fault (near misses)',
    level: 'frustrated',
    texts: [
      "Delivery is ridiculously slow these days, it's been 10 days.",
    ],
  },
  {
    name: "a mishap wished on the rep, or their age put down",
    level: 'abusive',
    texts: [
      "I hope you get stuck in a lift tonight.",
      "Hope you have an accident on the way home.",
      "I hope you get mugged on your way out.",
      "Shouldn't you be retired by now? Get me someone younger who understands computers.",
      "Put me through to somebody younger, you clearly can't work the system.",
      "You're far too old to be working a helpdesk.",
      "Shouldn't you be at school doing your homework instead of answering phones?",
    ],
  },
  {
    name: 'hopes for the rep, ages told plainly, a language asked for (near misses)',
    level: 'calm',
    texts: [
      "I hope you don't get stuck in traffic on the way, the roads are awful today! See you at 3.",
      "Hope you get home safe in this snow, thanks for staying late.",
      "My dad is too old for the app, could you post his statements instead?",
      "Is the kids' bike suitable for someone younger than six?",
      "I'm sorry for writing to you in broken English, can you check my order?",
      "Please send someone, I speak in broken English.",
      "I need an English speaker for my mum's appointment.",
      "If it isn't possible, I'll write to the committee to change the date.",
      "If that's not available, I'll take the blue one instead.",
      "I will not be keeping quiet about how lovely your staff were!",
    ],
  },
  {
    name: "someone's manner judged in the superlative: the rudest, the least helpful",
    level: 'frustrated',
    texts: [
      "The woman on your phone line was the rudest person I have ever spoken to.",
      "Your staff were by far the least helpful I've met.",
      "The man at the depot was the most condescending person I've dealt with all year. Can I collect from a different depot?",
      "Hello,\n\nThanks for getting back to me about the boiler. The engineer arrived on time and was polite, and the new part seems to be working.\n\nOne thing though: the woman on your phone line on Monday was the rudest person I have ever spoken to. I'd rather not deal with her again.\n\nCould you confirm the invoice has been cancelled as agreed?\n\nBest,\nNina",
    ],
  },
  {
    name: 'the same words denied, owned or said of a pet (near misses)',
    level: 'calm',
    texts: [
      "The driver wasn't rude at all, just in a hurry.",
      "I was the rudest customer ever yesterday, sorry about that!",
      "My cat is the rudest, she knocked the parcel off the step 😂 all fine though, thanks!",
    ],
  },
  {
    name: "a wish for this time's order in a glad message, nothing told wrong",
    level: 'calm',
    texts: [
      "Third order this month, I love these candles 😄 could you use the gift wrap this time?",
      "Back again, your coffee is too good! Could you send the decaf this time please?",
    ],
  },
  {
    name: '"this time" after a thing done wrong, or asked to be done right (near misses)',
    level: 'frustrated',
    texts: [
      "Could you get the address right this time? 🙄",
      "Please actually read my email this time.",
      "Third order this month 😂 could you pack it properly this time, the last two arrived smashed?",
      "Back again, your coffee arrived cold. Could you send the decaf this time please?",
    ],
  },
];

runFamilies(FAMILIES);
