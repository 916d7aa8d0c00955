/**
 * Families of ways people write one thing in a reply draft (issue 11, points 2 and 4), written by hand
 * for the third round of tuning. Since the eval's headline measure is "shown" (a rule's own card, or
 * its title folded into another card as "also: …"), these check what the rep SEES: a quiet rule must
 * be neither a card nor folded into one. None is taken from the labelled corpus.
 */
import { compile, firedRuleIds, lint } from '../../../lib/guidance/engine';
import { lintContext } from '../../../lib/guidance/context';
import { defaultPack } from '../../../lib/guidance/default-pack';
import * as helpers from './helpers';

const c = compile([defaultPack]);
/** Every rule the rep sees on a draft (own card or "also: …"); "draft || the customer's message" when the rule reads the thread. */
const shown = (text: string, channel: 'email' | 'chat' = 'email'): string[] => {
  const [draft = '', customer] = text.split(' || ');
  const thread = customer ? [{ role: 'customer' as const, text: customer }] : [];
  return firedRuleIds(lint(c, { draft, thread, context: lintContext({ draft, site: 'test', channel, thread }) }));
};

/** Near misses of blame: what they should already have had from us, what we should have done, "if you should have any questions". */
const SHOULD_HAVE_HAD = [
  "You should have got the refund by now.",
  "You should've been offered a replacement straight away.",
  "We should have told you about the fee.",
  "You should have heard from the courier by now.",
  "If you should have any questions, just ask.",
  "You should have gotten an email from us on Monday.",
  "Honestly you should have been given a loan car.",
  "You must have been so worried.",
  "You should have received two emails.",
  "You were right to call us.",
];

const FAMILIES: Record<string, { rule: string; fires: string[]; quiet: string[] }> = {
  // The catch-all "Read it once as the customer" says nothing where a named rule already speaks on the
  // same words; it still speaks on tone no named rule covers.
  'draft-tone-risk: quiet under a named rule on the same words': {
    rule: 'draft-tone-risk',
    fires: [
      'Good luck with that.',
      'You could have just read the email.',
      'You were told twice already.',
      'Well good luck with that then.',
      'No.',
    ],
    quiet: [
      'As I said, the refund takes five days.',
      'Like I told you, the store is closed on Sundays.',
      'As I mentioned, the courier can divert it to a locker.',
      'As previously stated, the fee is fixed.',
      'Per my last email, the fee stands.',
      'I already explained that the fee is fixed.',
      'You should have read the terms before you bought it.',
      'You were told to keep the receipt.',
      'If you had read the instructions you would know where the reset button is.',
      'You should have registered the warranty within 28 days.',
      // What we told them, recounted, and what they could not have avoided: not blame.
      'You were told on that call that there would be no fee to cancel within 30 days.',
      "You were told it would arrive on Monday, and it didn't.",
      'You were promised a call back yesterday and nobody rang.',
      "You were assured by our engineer that the fault was fixed.",
      "Going overdrawn in that window isn't something you could have avoided, so I've refunded the fee.",
      "There's nothing you could have done differently here.",
      'Honestly there was no way you could have known about the change.',
      "You were told each time that the meter would update itself, and it clearly hasn't.",
      // A refusal or words that talk down: no-without-alternative and condescending speak there.
      "We don't do that.",
      "We don't do refunds on sale items.",
      'Obviously the charger is in the box.',
      "It's very simple: press reset.",
      // "You" as the object: "the notice to you should have gone out" is our miss, not blame.
      "The notice to you should have gone out at the same time, and it didn't.",
    ],
  },
  // How reps promise with a concrete time (a day, a clock time, a window in hours), in many registers: each one is a
  // promise to log. Without a time, or a time that is not the rep's promise (opening hours, what happened, a general
  // window, a thing's schedule, a mistake owned), it is not.
  'promise-with-time: with and without a concrete time': {
    rule: 'promise-with-time',
    fires: [
      "I'll call you back at 4.",
      "I'll give you a ring tomorrow around 10.",
      'Expect a call from me before lunch tomorrow.',
      "I'll be in touch by end of day Friday.",
      "You'll hear from me first thing Monday.",
      "I'll update this ticket by 5pm.",
      "I'll send the invoice over by close of business today.",
      "I'll have the refund processed by Wednesday.",
      'I will confirm the new date with you by Thursday at the latest.',
      "We'll ship the replacement out on Tuesday.",
      'The engineer will be with you Thursday between 8 and 12.',
      "I've booked a callback for 3pm tomorrow.",
      "I've scheduled a call for Monday at 11am.",
      'A technician is booked for Friday morning.',
      "I'll chase the courier first thing tomorrow and update you by noon.",
      "I'll check back with you on Monday to make sure it's working.",
      "I'll follow up with you next Tuesday.",
      'I will email you the quote by tomorrow evening.',
      'Our team will call you on Wednesday afternoon.',
      'Someone from billing will phone you tomorrow before 12.',
      "I'm going to look into this today and get back to you tonight.",
      "I'll get this sorted by the end of the week.",
      "I'll message you again in 2 hours with an update.",
      "Let me check with the warehouse and I'll come back to you within the hour.",
      "I'll personally make sure it's dispatched today.",
      "I'll send you the tracking number later today.",
      "I'll reply by 3 pm today.",
      'We will credit your account by the 15th.',
      "I'll ring you back in 20 minutes.",
      "Give me until tomorrow morning and I'll have an answer for you.",
      'I should have an update for you by Monday.',
      'I aim to have this resolved by Friday.',
      "I'll keep you posted and update you no later than Thursday.",
      "I'll be back in touch within 48 hours.",
      "we'll get back to u by tmrw",
      'will call u back at 5',
      "I'll drop you an email on Monday with the new schedule.",
      "I've asked the manager to call you before 6 pm today.",
      'My colleague Dan will call you at 2:30 this afternoon.',
      'I will post the documents to you on Monday.',
      "I'll put the credit on your account this afternoon.",
      "I'll have the paperwork ready for you by Thursday.",
      'Next update from me: tomorrow at 9.',
      "I'm checking with the depot now and will update you within 30 minutes.",
      "I'll look at the logs tonight and get back to you tomorrow morning.",
      'I can call you tomorrow at 10 if that works.',
      "I'll arrange the collection for Monday.",
      'Your new card will be posted today and should arrive in 3 to 5 working days.',
    ],
    quiet: [
      "I'll get back to you soon.",
      "We'll update you shortly.",
      "I'll call you back later.",
      "I'll be in touch in due course.",
      "I'll let you know as soon as I hear anything.",
      "I'll email you when it ships.",
      'Someone will contact you.',
      "I'll look into it and follow up.",
      "We'll keep you posted.",
      "I'll check and let you know asap.",
      "I'll reply as soon as I can.",
      "I'll get back to you once the team has checked.",
      'I should have checked that on Monday, sorry.',
      'I should have told you about the fee yesterday.',
      'The shop is open until 6 pm today.',
      'Your parcel was delivered on Monday at 2pm.',
      'Our office hours are 9 to 5, Monday to Friday.',
      "I'm sorry the engineer didn't come on Tuesday.",
      'The outage started at 7am today.',
      "We're sending refunds within 5 working days to everyone affected.",
      'You should see the refund in 3 to 5 working days.',
      'The next update from the courier is usually in the evening.',
      'I aim to please!',
      'We aim to reply to every email within 2 working days.',
      "I'm sending the new charger out today.",
      'The fix goes out in the update on Thursday.',
    ],
  },
  // Arguing back, blunt or polite: insisting we did it, that it was done right, that our people behaved, that the product
  // was fine, waving the complaint away. Near misses: owning it, believing the customer, praising what they did, asking.
  'defensive-reply: arguing back, and near misses': {
    rule: 'defensive-reply',
    fires: [
      'Our driver did knock, the GPS shows he was at your door for two minutes.',
      "We delivered it on time, so I don't see what the problem is.",
      "There's no way the parcel was left outside, our drivers always hand it over.",
      'The item was in perfect condition when we shipped it.',
      'Everything on our end was done correctly.',
      'You agreed to this when you signed the contract.',
      'The charge is valid and will not be refunded.',
      "I think you'll find the email was sent on the 3rd.",
      "That's simply how it works, there's nothing wrong with the product.",
      'Our team did exactly what they were supposed to do.',
      "We've done everything we can and we did it properly.",
      'The agent gave you the correct information.',
      "I've listened to the call and the agent was polite throughout.",
      "The delay is the courier's fault, not ours.",
      'I have to disagree with your version of events.',
      'With all due respect, the product works as described.',
      'Nobody here was rude to you.',
      'Our staff were not rude, they were following procedure.',
      "I'd like to correct a few points in your email.",
      'The fault lies with your router, not our network.',
      'We are not at fault here.',
      'Your claim that we ignored you is not accurate.',
      'We did reply to you, on the 5th.',
      'Actually, we did send the email on Monday.',
      "That's not what our records show.",
      "I'm not sure why you think we overcharged you, the price was on the website.",
      'Not sure where you got that idea, the price has always been £20.',
    ],
    quiet: [
      "Our driver says he knocked, but I believe you, and I've asked the depot to redeliver tomorrow.",
      "You're right, the agent should have been more polite, and I'm sorry.",
      "I'll make sure the engineer follows the procedure this time.",
      "If the item wasn't in perfect condition when it arrived, send me a photo and I'll replace it.",
      "I've checked and the new router is working as intended on our side; could you restart yours once more?",
      "We did send the wrong size, and that's our mistake.",
      'I can see the form was done correctly on your side, so the delay is ours.',
      "I think you're right about the date.",
      "Please don't worry, you did everything correctly.",
      "Was the agent polite throughout the call? I'd like to know so I can feed back.",
      "I don't see any problem with moving the date, I've done it now.",
      "The fix is simple: here's how it works in three steps.",
      'Could you check whether the item was in good condition when it arrived?',
      'I have corrected the address on your account.',
      "Nothing wrong with asking, it's a good question.",
    ],
  },
  // A bare no, said many ways (a weak "alternative" word after it, like "the closest store", does not save it). Near
  // misses: a no followed by what is still possible (the nearest thing, the best option left, a new offer, what stays
  // usable, an offer waiting on one thing from them, who can decide), and negative words that refuse nothing.
  'no-without-alternative: a bare no, and a no with somewhere to go': {
    rule: 'no-without-alternative',
    fires: [
      "We can't refund a used ticket.",
      'Sorry, that size is sold out.',
      "Unfortunately we don't deliver on Sundays.",
      "That's not something we offer.",
      'The discount has ended, sorry.',
      "We don't do cash refunds on gift cards. The closest store is in Leeds.",
      "I'm afraid the fee can't be waived. It is possible that the bank charged you too.",
      "No, we can't change the name on the booking. A new one would need a new payment.",
      "We can't extend the trial, the system doesn't allow it.",
      "Refunds are not possible after 30 days, that's the rule.",
      'nope cant do that sorry',
      "I'm unable to cancel the order now it's been dispatched.",
    ],
    quiet: [
      "We can't refund a used ticket. That said, you can transfer it to a friend for free in the app.",
      'Unfortunately the 10 am slot has gone. The earliest I have is 2 pm tomorrow, shall I book it?',
      "I'm not able to waive the fee myself, so I've passed your request to my team lead, who can; she'll reply by Friday.",
      "We don't ship to PO boxes. If you give me a street address or a parcel locker, I'll update the order.",
      "The sale price can't be applied after purchase. If you return it unopened within 14 days, you can rebuy it at the sale price.",
      "That model isn't available in red any more. The closest is the burgundy, which is the same price.",
      "We can't change the name on the ticket, the airline doesn't allow it. Your best option is to cancel within 24 hours for a full refund.",
      "Refunds aren't possible on digital downloads. Happy to help you get it working though, could you tell me what error you see?",
      "I can't give out another customer's details. What I can do is pass your message on to them.",
      "We're unable to offer a refund for the missed class, but we've added a free make-up class to your account.",
      "Sadly that discount has ended. There's a new one starting on the 1st that gives 15% off.",
      "Sorry, we don't do cash refunds for gift cards. The balance stays on the card for 5 years and works online and in store.",
      "I'm afraid we can't deliver on Sunday. Saturday before noon is possible, or you can collect from the depot any day.",
      "The contract can't be cancelled without the fee. Your other option is to transfer it to someone else for free.",
      "It's not possible to extend the trial. You could switch to the monthly plan and cancel any time.",
      "We can't reinstate the old price, but I've applied a 20% loyalty discount for the next 12 months.",
      "No, we can't hold the room past 6 pm. You can pay the first night now to guarantee it.",
      "We don't offer price matching. Our price promise page lists the weekly deals instead.",
      "That's outside the return window, I'm afraid. The manufacturer's warranty still covers it, though, and here's their claims page.",
      "We won't be able to refund the delivery charge. However, your next delivery is free.",
      "You don't need to do anything else.",
      "There's no charge for this.",
      "You won't be charged for the replacement.",
      'No problem at all, happy to help.',
      "It's not your fault at all.",
      'No need to send the old one back.',
      "That won't affect your credit score.",
      "It doesn't cost anything to change the date.",
      "You don't have to return the faulty one.",
      "This won't happen again, I've fixed the setting.",
      "I couldn't find any record of a second charge, so you've only paid once.",
      'Nothing else is needed from you.',
      "There's nothing to pay.",
      "Your account isn't affected by the outage.",
      'Your data is not shared with anyone.',
      'The outage is not related to your account.',
      "This doesn't mean your account is closed.",
      'You no longer need the old password.',
      "The late fee doesn't apply because you paid on time.",
      "Your booking is not cancelled, it's just moved to 3 pm.",
      "The warranty doesn't end when you move house.",
      "There's no limit on how many times you can change it.",
      "You won't lose your points.",
      "The engineer doesn't need access to the flat.",
      "No, you haven't been charged twice, the second line is a pending hold that drops off in 2 days.",
      "We didn't receive any payment from you, so nothing has been taken.",
      "I haven't been able to reach the courier yet, so I'll try again at 2 pm and message you after.",
      "That isn't a problem, I've changed it now.",
    ],
  },
  // A mistake told with nobody making it (the passive, a thing, a machine). Near misses: owned, a case, not a mistake.
  'mistakes-were-made: hits and near misses': {
    rule: 'mistakes-were-made',
    fires: [
      'An error was made with your order.',
      'Mistakes were made during processing.',
      'Your order was sent to the wrong address.',
      'The refund was processed incorrectly.',
      'Your booking was accidentally cancelled.',
      'It appears the wrong item was packed.',
      'The charge was applied in error.',
      'There was a mix-up with your delivery.',
      'Your account was incorrectly flagged.',
      'The invoice went out with the wrong amount.',
      'It seems your request fell through the cracks.',
      'Your email was overlooked.',
      'Unfortunately the wrong size was dispatched.',
      'The payment was taken twice due to a glitch.',
      'A technical issue caused your order to be cancelled.',
      'Your application was not processed due to an oversight.',
      'The appointment was booked for the wrong day.',
      'Somehow your case got closed by mistake.',
      'The parcel was mislabelled at the warehouse.',
      'It looks like there was an error on the system.',
    ],
    quiet: [
      "We booked your appointment for the wrong day, and that's our mistake. I've moved it to Tuesday.",
      'I sent the invoice out with the wrong amount, sorry. The corrected one is attached.',
      'If the parcel went to the wrong address, the courier will bring it back to us.',
      'The error on the screen means the card reader needs a restart.',
      'Your parcel went to the depot this morning.',
    ],
  },
  // Sending the customer elsewhere, or saying it is not ours. Near misses: the rep takes it on, or the words mean something else.
  'not-my-department: hits and near misses': {
    rule: 'not-my-department',
    fires: [
      "That's not my department.",
      "I only handle billing, so I can't help with delivery.",
      "You'll need to contact the courier directly.",
      "That's a question for the manufacturer.",
      "We don't deal with refunds here, please call the bank.",
      "You'll have to take that up with the airline.",
      "I'm just the chat team, I can't see orders.",
      "That's handled by another team, you'll need to email them.",
      'Please contact our sales team for that.',
      "Sorry, that's not something I can help with, try the shop where you bought it.",
      'You would need to speak to your landlord about that.',
      'This falls under the warranty provider, not us.',
      "That's the courier's responsibility, please raise it with them.",
      'You need to reach out to your bank.',
      'Try calling the store instead.',
    ],
    quiet: [
      "I've taken that up with the airline for you, and they'll reply by Friday.",
      "I'm just the person to help with that, let's sort it now.",
      "I'm only the second person you've spoken to, and I'll keep this case from here.",
      'If the courier asks you to take it up with us, send them to me.',
    ],
  },
  // Asking them to tell it all again, in many forms. Near misses: the rep reads it again, walks them through steps, sums it up.
  'asks-to-repeat: hits and near misses': {
    rule: 'asks-to-repeat',
    fires: [
      'Could you explain the issue again from the start?',
      'Can you tell me again what happened?',
      'Please resend all the details of your complaint.',
      'Can you describe the problem again?',
      'Could you go over what happened once more?',
      'Please provide a full description of the issue.',
      'Can you start from the beginning?',
      'Would you mind telling me the whole story again?',
      'Please send us your original email again.',
      'Can you walk me through it again?',
      'Please re-explain the problem.',
      'Could you summarise your issue for me?',
    ],
    quiet: [
      "I've gone through your messages again and I have everything I need.",
      'Let me walk you through the steps again: first, open Settings.',
      "You won't need to explain it all again, I've read the whole thread.",
      "I'll go over the bill again with the billing team this afternoon.",
      "Here's a quick summary of your issue as I understand it: the card was charged twice on 3 May.",
    ],
  },
  // Closing the ticket on them. Near misses: kept open, closed only once they confirm, a shop that is closed.
  'closes-ticket: hits and near misses': {
    rule: 'closes-ticket',
    fires: [
      "I'll close this ticket now.",
      "I'm marking this as resolved.",
      'This ticket has been closed.',
      "I'll go ahead and close the case.",
      'Closing this one out, thanks!',
      "I'll mark the case as solved.",
      'Your ticket will be closed in 24 hours.',
      'This conversation is now closed.',
      "I've resolved your ticket.",
      "I'll consider this resolved then.",
      "I'll set your ticket to solved.",
      'I have closed the case on our side.',
    ],
    quiet: [
      "I'll keep this case open until the refund lands.",
      "I'll close this ticket once you confirm the replacement works, and if anything is still wrong just reply here.",
      'The store is now closed for the holidays, but online orders still ship.',
      "I won't close this one until you're happy.",
    ],
  },
  // A greeting to a category, not a person, as the first line: 'Dear Valued Patient', 'Dear traveller'. Near misses: a name.
  'generic-greeting (third round)': {
    rule: 'generic-greeting',
    fires: [
      "Dear Valued Patient,\n\nYour appointment is on Tuesday at 9:20.",
      "Dear valued member,\n\nYour renewal is due on 1 May.",
      "Dear traveller,\n\nYour flight now leaves at 14:05.",
      "Dear player,\n\nThe servers are back up.",
      "Dear homeowner,\n\nThe survey is booked for Friday.",
    ],
    quiet: [
      "Dear Ms Patel,\n\nYour appointment is on Tuesday at 9:20.",
      "Hi Tom,\n\nYour renewal is due on 1 May.",
      "Dear Mr Lee,\n\nYour flight now leaves at 14:05; the valued part of your booking, the lounge pass, is still on it.",
    ],
  },
  // Orders. Near misses: a question ('what did you need to know?'), sending them elsewhere (not-my-department's card says it), the customer's own need, a reason given.
  'you-need-to (third round)': {
    rule: 'you-need-to',
    fires: [
      "You need to restart the router.",
      "You must send the form by Friday.",
      "You'll have to wait until the refund clears.",
      "You need to update the app first.",
    ],
    quiet: [
      "What did you need to know about the loan?",
      "Sorry if you were upset. What did you need to change on the booking?",
      "That's not my department, you'll need to contact billing about that.",
      "If you need to change it, just reply here.",
      "You'll need to restart the router, because the update only applies after a restart.",
    ],
  },
  // Hedging about what will happen. Near misses: a hedged diagnosis of what already happened ('that's probably why you ran out early').
  'vague-hope (third round)': {
    rule: 'vague-hope',
    fires: [
      "It should be fine, hopefully.",
      "Fingers crossed it arrives this week.",
      "It'll probably be sorted soon.",
      "We'll get to it in due course.",
    ],
    quiet: [
      "Those imports ran three times, which is probably why you ran out early.",
      "It's probably because the card expired last month.",
      "The bank holiday is most likely why the payment was late.",
      "That error is probably due to an old version of the app, so I've sent the update link.",
    ],
  },
  // Promising what you can't control. Near misses: the name of a scheme ('our guaranteed standards').
  'overpromise (third round)': {
    rule: 'overpromise',
    fires: [
      "I guarantee it will arrive tomorrow.",
      "This will never happen again.",
      "It's 100% fixed now.",
      "I promise the courier will be on time.",
    ],
    quiet: [
      "You're eligible for a £30 payment under our guaranteed standards, which I've applied today.",
      "Under the Guaranteed Standards of Performance you're owed £40 for the missed appointment.",
      "I can't guarantee a window seat, but I've linked your bookings.",
    ],
  },
  // Asking them to start over, said as 'run me through'. Near misses: the rep runs through it.
  'asks-to-repeat (third round)': {
    rule: 'asks-to-repeat',
    fires: [
      "Can you run me through everything from the start?",
      "Could you take me through it from the beginning?",
      "Please run us through what happened from the start.",
    ],
    quiet: [
      "Let me run you through the steps from the start: first, open Settings.",
      "I'll take you through the new bill from the start on our call tomorrow at 10.",
    ],
  },
  // Talking down about where the information was. Near misses: owning that it was not clear.
  'condescending (third round)': {
    rule: 'condescending',
    fires: [
      "This is clearly explained on page 4, which is very easy to find.",
      "The fee is clearly explained in the terms.",
      "It's really easy to find, it's on the first screen.",
    ],
    quiet: [
      "The fee wasn't clearly explained on the page, and that's on us.",
      "I've made the fee easier to find on the page now.",
      "Here's where the fee is explained: page 4, section 2.",
    ],
  },
  // Arguing back, said firmly: 'I want to be clear that our app did not delete your invoices', 'not down because of us', 'like we're supposed to'.
  'defensive-reply (third round)': {
    rule: 'defensive-reply',
    fires: [
      "I want to be clear that our app did not delete your invoices.",
      "Your broadband is not down because of us.",
      "We reported it on Monday like we're supposed to.",
      "We are not criminals or liars.",
      "Our system didn't lose your order, it was never placed.",
    ],
    quiet: [
      "Our system didn't send the reminder, which was our mistake.",
      "I want to be clear about what happens next: the engineer comes on Friday.",
      "To be clear, you don't need to do anything else.",
    ],
  },
  // Sending them elsewhere. Near miss: saying whose fault a fault is ('the fault is with the cabinet, which belongs to Openreach, not us'), which is arguing, not a handover.
  'not-my-department (third round)': {
    rule: 'not-my-department',
    fires: [
      "You'll need to contact Openreach about the cabinet.",
      "That's Openreach's job, not us, take it up with them.",
    ],
    quiet: [
      "The fault is with the cabinet on your street, which belongs to Openreach, not us, and we reported it on Monday.",
      "The delay was caused by the courier, not us.",
    ],
  },
  // Not knowing, with nothing after it. Near misses: followed at once by what the rep can do, or a sharp opener that is not about knowing.
  'dont-know (third round)': {
    rule: 'dont-know',
    fires: [
      "I honestly couldn't say why it's happening.",
      "No idea when it'll reopen, sorry.",
      "We can't say when the tariff will reopen.",
    ],
    quiet: [
      "We can't say when the tariff will reopen. What I can do is add you to the notification list, so you get an email the moment it does.",
      "I can't say when it'll be back in stock. I'll add you to the notification list so you hear the moment it is.",
      "Not sure what else you expect us to do, the numbers match the raw data.",
    ],
  },
  // A promise without a time. Near misses: a second act folded into a contact already timed ('I'll send the steps when I write back').
  'promise-no-time (third round)': {
    rule: 'promise-no-time',
    fires: [
      "I'll send you the steps.",
      "We'll get back to you about the refund.",
      "Someone will call you.",
    ],
    quiet: [
      "I'll email you by 2pm tomorrow with what they find. I'll send you the steps for replaying the tasks when I write back.",
      "I'll call you at 4 today, and I'll go through the new plan with you when I call you.",
      "You'll get the label by 5 pm, and I'll add the return address in the same email.",
    ],
  },
  // A timed promise whose time is said loosely ('in about 10 minutes'), given to someone else to keep, or a document with a time ('the credit note by tomorrow').
  'promise-with-time (third round)': {
    rule: 'promise-with-time',
    fires: [
      "She'll join this chat in about 10 minutes.",
      "I'll call you back in around 20 minutes.",
      "You will receive the credit note by email by tomorrow.",
      "You'll get the receipt by Friday.",
    ],
    quiet: [
      "It usually takes about 10 minutes for the email to arrive.",
      "The credit note is attached.",
      "Your receipt is in the app.",
    ],
  },
  // A no. Near misses: who else can help there ('the gate staff can often swap seats').
  'no-without-alternative (third round)': {
    rule: 'no-without-alternative',
    fires: [
      "Seats together are not available on this flight.",
      "We can't seat you together.",
    ],
    quiet: [
      "If seats together are still not available then, the gate staff can often swap once boarding starts.",
      "Seats together aren't available now, but the desk can often move people at check-in.",
    ],
  },
  // Internal codes. Near misses: sums of money in currency codes.
  'jargon (third round)': {
    rule: 'jargon',
    fires: [
      "The PAC was rejected by the MNP gateway after a CSR mismatch.",
      "Your RMA is waiting on the L2 team for a BSS check.",
    ],
    quiet: [
      "That's 600 EUR per passenger, 2,400 EUR in total, paid within 14 days.",
      "The refund of 45 USD and the fee of 10 GBP are both on the statement.",
    ],
  },
  // Form-letter wording. Near misses: 'as per our policy / the terms', where the policy rules speak on the same words.
  'corporate-speak (third round)': {
    rule: 'corporate-speak',
    fires: [
      "As per your request, I've changed the address.",
      "Please be advised that the store is closed.",
      "Kindly revert at the earliest.",
      "We regret to inform you that the item is discontinued.",
      "Going forward, invoices will be emailed.",
    ],
    quiet: [
      "As per our policy, refunds take 14 days.",
      "Date changes are not possible on this fare type, as per company policy.",
      "As per our terms and conditions, the fee applies.",
      "As per the rental agreement, the deposit is held for 10 days.",
    ],
  },
  // Something left open with no step after it. Near misses: a bare no (no-without-alternative's card asks for what can be done; one card, not two titles).
  'no-next-step (third round)': {
    rule: 'no-next-step',
    fires: [
      "Sorry, the technician marked the job as complete at 14:20.",
      "I've checked and the fee was added when the trial ended.",
      "Ok noted.",
    ],
    quiet: [
      "Sorry, is not possible to change the day after the dispatch.",
      "We don't do refunds on sale items.",
      "Unfortunately we don't offer student discounts.",
      "Sorry, but we can't deliver to PO boxes, it's our policy.",
      "As previously stated, vouchers cannot be used on sale items.",
    ],
  },
  // More registers of a timed promise: what they will have and when, our act said as its result, a hold or a callback
  // put in, a visit, a chat "will revert by", an aim. Near misses: the customer's deadline, a thing's schedule, a window
  // they have, a callback that was missed, a shop's hours.
  'promise-with-time (more registers)': {
    rule: 'promise-with-time',
    fires: [
      "You'll have it by Thursday.",
      "Expect it by Friday at the latest.",
      "It will be done by 5pm today.",
      "We'll have it fixed by tomorrow morning.",
      "Your refund will be processed by Friday.",
      "I'll keep the booking open until Friday.",
      "I've put a hold on the room until 5pm Monday.",
      "We will revert by EOD.",
      "Let me get back to you in 2 hrs.",
      "Kindly expect the callback tomorrow between 10 and 11.",
      "I've set a reminder to check on this Friday morning.",
      "I'm going to follow up with the courier tomorrow.",
      "By Monday you'll have the replacement.",
      "First thing tomorrow I'll call the depot and then ring you.",
      "I'll sort it before 3.",
      "I'll update you at 9 sharp.",
      "Our engineer Tom will come round on Saturday morning.",
      "A refund of £20 will be issued to your card within 24 hours.",
      "We're aiming to have you back online by 6pm.",
      "I'll do it first thing tomorrow.",
      "Tomorrow morning I will send you the contract.",
      "We'll be in touch on the 14th.",
      "I've escalated it and the team will reply within 48 hours.",
      "Someone will be out to you on Thursday.",
      "Your order will ship tomorrow.",
      "Send me the photo so I can book the repair for tomorrow at 10.",
    ],
    quiet: [
      "You'll have 14 days to return it.",
      "Please reply by Friday so I can book it.",
      "The fix is scheduled for Thursday.",
      "Expect delays on Monday because of the bank holiday.",
      "You'll have the same options in the app.",
      "Your parcel was ready for collection on Monday.",
      "You had the callback booked for Tuesday but we missed it, and I'm sorry.",
      "The shop will be closed on Monday.",
      "If you'd like, you'll have the option to pay monthly.",
      "The app will update by tonight.",
      "GCash payments take up to 24 hours to reflect.",
    ],
  },
  // A promise to get back with no time. Near misses: a time in the sentence, a time anchored to one just given ("I'll call
  // you that morning"), "the next half hour", an automatic message, assurances and notes that are not a follow-up.
  'promise-no-time (anchored and automatic)': {
    rule: 'promise-no-time',
    fires: [
      "I'll check with the warehouse and get back to you.",
      "I'll look into it and let you know.",
      "Someone will call you about the refund.",
      "We'll email you with an update.",
      "The engineer comes on Friday. I'll call you about the slot.",
      "i'll check n get back 2 u",
      "We will revert with the details.",
      "Let me find out and I'll come back to you.",
    ],
    quiet: [
      "I'll check with the warehouse and email you by 3 pm.",
      "The engineer comes on Friday. I'll call you that morning to confirm the slot.",
      "I've asked the courier for an update. I'll pass it on as soon as I have it, and by Thursday at the latest.",
      "You'll get a confirmation email once the refund is processed.",
      "We'll make sure it doesn't happen again.",
      "I'll let the team know you called.",
      "I'll pass your feedback on to the store manager.",
      "I'll note that on your account.",
      "I'll add a note so the next agent sees it.",
      "If you need anything else, I'll be happy to help.",
      "I'll be here until 6 if you have any questions.",
      "I'll stay on the chat while you try it.",
      "I'll wait while you restart it.",
      "Once it's back in stock we'll email you automatically.",
      "I will forward the invoice now.",
      "Next week I'll call you to check the new router is working.",
      "Our team will review it on Monday and I'll email you the outcome the same day.",
      "I'll call you back in the next half hour.",
      "You'll receive your refund within 5 working days.",
    ],
  },
  // Hoping about the fix. Near misses: social and advice hedges ("hope this helps", "hopefully see you at the next event",
  // "it's probably worth keeping the receipt", "it should be fine to travel with it"), and estimates with their window.
  'vague-hope (social and advice hedges)': {
    rule: 'vague-hope',
    fires: [
      "Hopefully it'll be fixed soon.",
      "It should be fine, fingers crossed.",
      "It'll probably arrive at some point next week.",
      "I'm hoping the courier turns up this time.",
      "It should sort itself out in a day or two.",
      "It might be back up later, we'll see.",
    ],
    quiet: [
      "I hope you had a lovely holiday.",
      "Hope this helps!",
      "I hope that's useful.",
      "Hopefully see you at the next event!",
      "You'll probably find it easier in the app.",
      "It's probably worth keeping the receipt.",
      "If you get a chance, could you send the photo?",
      "I'll reply as soon as possible, and by 5 pm today at the latest.",
      "Shortly after you sign, the contract starts.",
      "Your refund should show in 3 to 5 working days.",
      "The parcel should arrive tomorrow.",
      "I think it should be fine to travel with it, the airline allows 100 ml.",
      "The fix should be live by Thursday.",
      "I suppose the easiest is to reset it.",
      "Hope you're well!",
      "I hope that clears it up.",
      "We're hoping to see you again soon.",
      "Enjoy the rest of your week, hopefully with better weather!",
    ],
  },
  // Internal codes. Near misses: the codes the customer reads every day (order and tracking numbers, error codes,
  // payment and file names, a flight and its airports, a booking reference).
  'jargon (codes people read every day)': {
    rule: 'jargon',
    fires: [
      "Your RMA is waiting on the L2 team for a BSS check.",
      "The PAC was rejected by the MNP gateway after a CSR mismatch.",
      "Flight BA117 was moved, the SLA for the RMA is 5 days and QA is on it.",
      "The ONT lost sync with the OLT, so the CPE reset.",
      "Your ticket is in the L2 queue pending RCA.",
    ],
    quiet: [
      "Your order number is AB12345 and the tracking code is RM123456789GB.",
      "The error code E04 means the filter needs cleaning.",
      "You can pay by BACS or by card.",
      "Your IBAN and BIC are on the statement.",
      "The flight is BA 117 from LHR to JFK.",
      "I've sent the PDF and the CSV to your email.",
      "Your postcode SW1A 1AA is covered by FTTP.",
      "Press the WPS button on the router.",
      "The TV needs HDMI 2.1 for 4K at 120Hz.",
      "Your NHS number and GP surgery are on the letter.",
      "The API returns a 429 when you exceed the rate limit.",
      "Your MOT is due in May and the DVLA will write to you.",
      "Booking ref: XJ4K2P, seat 14C, gate B22.",
    ],
  },
  // The customer came back about the same problem, said many ways (the draft answers without saying so). Near misses: a
  // delay alone ("it still hasn't arrived"), pushback in the same conversation ("I already told you…"), and a draft that
  // acknowledges it.
  'repeat-contact-ack: back again, or only late': {
    rule: 'repeat-contact-ack',
    fires: [
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || This is the third time I'm writing about this parcel.",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || Nobody replied to my last email, so here I am again.",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || I already told your colleague all of this on the phone.",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || I wrote last week and still no answer.",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || How many times do I have to ask where my parcel is?",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || I've contacted you twice already and nothing has happened.",
    ],
    quiet: [
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || My parcel still hasn't arrived, it was due Monday. Where is it?",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || I still haven't received my order from last week.",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || The parcel is still not arrived and I need it for Friday.",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || I already told you I never got the return label, that's why I'm late sending it back.",
      "I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || Hi, where is my parcel? It was due yesterday.",
      "I'm sorry you've had to write again about this. I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || This is the third time I'm writing about this parcel.",
      "I'm sorry you've had to write again about this. I've checked your order and the parcel is at the local depot; it goes out for delivery tomorrow morning. || Nobody replied to my last email, so here I am again.",
    ],
  },
  // Asking again for what the customer gave, as part of "describe it / go through it all again". Near misses: asking
  // about something else, asking with what the rep already has said beside it, or when nothing was given.
  'asks-for-given-info: asked again inside a start-over': {
    rule: 'asks-for-given-info',
    fires: [
      "Could you please describe the problem again from the beginning, including when you bought it and the serial number? || My tablet, order 48213, has a flickering line. Serial TP11-40021.",
      "Could you go through everything again for me: the amounts, the dates and the card? || There are 3 payments on my card ending 7781 I didn't make: £49.99 on 2 May, £120 on 3 May.",
      "Can you run me through it again with the order number and the serial? || My tablet, order 48213, has a flickering line. Serial TP11-40021.",
      "Could you please send me your order number so I can check? || My tablet, order 48213, has a flickering line. Serial TP11-40021.",
    ],
    quiet: [
      "Sorry about that. Could you describe what the noise sounds like and when it started? || My washing machine, order 48213, is making a noise.",
      "Could you list the dates you were away so I can check the usage? || My account number is 55123, the bill is too high.",
      "Could you tell me which model you have? || My order 48213 arrived broken.",
      "I can see order 48213 and serial TP11-40021. Could you describe when the line appears? || My tablet, order 48213, has a flickering line. Serial TP11-40021.",
      "Could you please describe the problem again, including the serial number? || My tablet has a flickering line.",
    ],
  },
  // The rule cited again after the customer said it does not fit, with the rule named another way ("the fare rules",
  // "conditions of carriage", "no exceptions", "applies to all"). Near misses: no objection, or the objection taken up.
  'policy-after-objection: the rule named another way': {
    rule: 'policy-after-objection',
    fires: [
      "The fare rules say the ticket is non-refundable. || I understand the fare rules but this is a bereavement.",
      "We are not able to make exceptions to the conditions of carriage. || My father passed away, surely you can make an exception?",
      "These rules apply to all passengers equally. || That rule doesn't apply to me, the flight was cancelled by you.",
      "The ticket is non-refundable under the fare conditions accepted at booking. || I know the ticket says non-refundable but this is a bereavement.",
    ],
    quiet: [
      "The fare rules allow one free change, so I've moved you to Friday. || Can I change my flight?",
      "The fare rules say it's non-refundable, but in a case like this I've asked my manager to make an exception, and she'll reply by 3 pm. || This is a bereavement, surely the rule doesn't apply.",
      "The fare rules say the ticket is non-refundable.",
    ],
  },
  // Shouting. Near misses: names, codes and labels the customer sees on a screen or a bill ("tap RESET NETWORK", "the
  // error says ACCESS DENIED", "the TOTAL DUE line", a brand, a voucher code).
  'all-caps: shouting, not labels': {
    rule: 'all-caps',
    fires: [
      "PLEASE READ THE EMAIL BEFORE WRITING AGAIN.",
      "I TOLD YOU ALREADY, THE REFUND IS DONE.",
      "YOU NEED TO SEND THE FORM.",
      "The refund is DONE and there is NOTHING else to do.",
      "IMPORTANT: NO CHANGES CAN BE MADE AFTER 3 PM.",
    ],
    quiet: [
      "Your IKEA order ships with DHL on Monday.",
      "The TOTAL DUE line on the bill is what you owe.",
      "Go to Settings and tap RESET NETWORK.",
      "The code is SUMMER20 and works until Sunday.",
      "Your booking ref is XJ4K2P.",
      "PS: the NOW TV box needs a restart too.",
      "The error says ACCESS DENIED because the password changed.",
      "Type STOP to 0800 123 to opt out.",
      "The BBC iPlayer app needs an update.",
      "The button marked CANCEL ORDER is at the bottom.",
      "I've added the FREE DELIVERY voucher to your account.",
      "Your BMW X5 is booked in at 9.",
    ],
  },
  // Blame for what they did. Near misses: what they should already have had from us ("you should have heard from the
  // courier by now"), what we should have done, "if you should have any questions".
  'you-should-have: blame, or what they should have had': {
    rule: 'you-should-have',
    fires: [
      "You should have kept the box.",
      "Had you contacted us, we would have helped.",
      "You should have read the terms first.",
      "You really should've checked the size chart.",
      "If you'd registered it, this wouldn't have happened.",
    ],
    quiet: SHOULD_HAVE_HAD,
  },
  // The catch-all stays quiet on the same near misses.
  'draft-tone-risk: blame, or what they should have had': {
    rule: 'draft-tone-risk',
    fires: [
      "Good luck with that.",
      "You could have just read the email.",
    ],
    quiet: SHOULD_HAVE_HAD,
  },
  // What should already have happened is not a promise to log.
  'promise-with-time: what should already have happened': {
    rule: 'promise-with-time',
    fires: [
      "You'll get an email from us by Monday.",
      "You'll hear back from us by Friday midday.",
    ],
    quiet: [
      "You should have gotten an email from us on Monday.",
      "You should have heard back from us by Friday, and I'm sorry you didn't.",
      "You should've had a text from us yesterday.",
    ],
  },
  // Not knowing, said the informal ways people type it. Near misses: with a plan and a time in the sentence or the next
  // (also a plan under way or said without a subject: "I'm calling the courier now and will update you within the hour"),
  // polite openers, the customer's own doubt.
  'dont-know: informal, and with the fix': {
    rule: 'dont-know',
    fires: [
      "no clue tbh",
      "Honestly not sure, sorry.",
      "I couldn't tell you why that happened.",
      "That's beyond me, I'm afraid.",
      "Not a clue where it went.",
      "I have no idea when it'll be back.",
      "Dunno why it did that.",
      "I'm not really sure what happened there.",
      "Can't say for sure when it'll ship.",
      "I wouldn't know about that, sorry.",
      "Your guess is as good as mine.",
      "Not sure why it was declined.",
      "It's hard to say when the engineer will be free.",
      "I don't have any info on that yet.",
      "We've got no visibility on the courier's side.",
      "I'm not certain what caused it.",
      "No idea mate.",
      "Not 100% sure on that one.",
      "Haven't got a clue, sorry.",
      "I'm unsure when it will be back in stock.",
    ],
    quiet: [
      "No clue yet, but I've asked the depot and I'll message you by 4 pm.",
      "I'm not sure why it was declined, so I've asked the payments team and I'll email you tomorrow morning.",
      "Not sure if you've seen the new tracking page, it shows every scan.",
      "I don't know if this helps, but the receipt is in the app too.",
      "If you're not sure which plan you're on, it's on the first page of the bill.",
      "I can't say enough how sorry I am about this.",
      "Hard to say exactly, so I've booked an engineer for Thursday between 8 and 12 to check it.",
      "I don't have an update yet. I'm calling the courier now and will update you within the hour.",
      "You might not know this, but the warranty covers the battery too.",
      "I'm not sure I follow, could you tell me which order you mean?",
    ],
  },
  // An apology for how they feel, including "sorry you were unhappy with…". Near misses: sorry for what happened to them.
  'non-apology: sorry for their feelings': {
    rule: 'non-apology',
    fires: [
      "Sorry you were unhappy with the service.",
      "I'm sorry you're disappointed with the repair.",
      "We're sorry you were frustrated by the wait.",
      "I'm sorry you feel that way.",
      "Sorry if you were upset by the call yesterday.",
      "We apologise if you felt let down.",
    ],
    quiet: [
      "I'm sorry you were left waiting.",
      "I'm sorry you had to chase us.",
      "I'm so sorry, I can see why you're upset: we sent the wrong size.",
      "I'm sorry we didn't call back when we said we would.",
      "Sorry for the wait on our side.",
    ],
  },
  // Promising what someone else controls. Near misses: a booking or a price held for them, which we control.
  'overpromise: a booking held is not a promise': {
    rule: 'overpromise',
    fires: [
      "It's guaranteed to arrive tomorrow.",
      "I guarantee the courier will be on time.",
      "Delivery is guaranteed by Friday.",
      "This will never happen again, I promise.",
    ],
    quiet: [
      "I've asked the hotel to flag the booking so the room is guaranteed.",
      "Your seat is now guaranteed on the 9:15.",
      "Your table is guaranteed until 8 pm.",
      "The price stays guaranteed for 12 months on this plan.",
    ],
  },
  // Internal jargon, and the customer's own term (unlessCustomerSaid): a word the customer used in the thread ("RMA
  // 30044", "backend", "KYC") is not jargon to them.
  'jargon: the customer\'s own words are not jargon': {
    rule: 'jargon',
    fires: [
      "Thanks for your message about RMA 30044. || Where is my laptop? I sent it in on the 5th.",
      "Business adds SSO with Okta, Azure AD or Google, and the SLA is 99.9%. || We need single sign-on.",
      "Your ticket is in the L2 queue pending RCA. || My app keeps crashing.",
      "Our backend had a sync issue with the CRM. || Why did my order vanish?",
    ],
    quiet: [
      "Thanks for your message about RMA 30044. The repair is due back Thursday. || I sent my laptop in for repair (RMA 30044) on the 5th.",
      "The backend is fine; the delay is on the courier's side. || Is your backend down? The app won't load my orders.",
      "Your KYC check passed this morning, so the account is open. || Has my KYC check gone through yet?",
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_name, family) => {
  test.each(family.fires.map((t) => [t]))('shown: %s', (draft) => {
    expect(shown(draft)).toContain(family.rule);
  });
  test.each(family.quiet.map((t) => [t]))('not shown: %s', (draft) => {
    expect(shown(draft)).not.toContain(family.rule);
  });
});

// An abusive customer gets the boundary, not "acknowledge how they feel first" (not even folded into
// the boundary card); an angry one still gets it.
describe('acknowledge-feelings: angry, not abusive', () => {
  const DRAFTS = [
    'I have looked at the order and the refund went out today.',
    'Your replacement ships tomorrow by tracked courier and will arrive on Thursday.',
    'The engineer is booked for Tuesday between 8 and 12.',
  ];
  const ABUSIVE = [
    'you useless idiot, where is my f***ing refund, you people are thieves',
    "You are a pathetic excuse for a human being, get me someone who isn't a moron.",
  ];
  const ANGRY = ["This is the THIRD time I've asked, I am absolutely furious, where is my refund?!"];
  test.each(DRAFTS.flatMap((d) => ABUSIVE.map((m) => [d, m])))('abusive: boundary only: %s', (draft, customer) => {
    const ids = shown(`${draft} || ${customer}`);
    expect(ids).toContain('abuse-boundary');
    expect(ids).not.toContain('acknowledge-feelings');
  });
  test.each(DRAFTS.flatMap((d) => ANGRY.map((m) => [d, m])))('angry: asked to acknowledge: %s', (draft, customer) => {
    expect(shown(`${draft} || ${customer}`)).toContain('acknowledge-feelings');
  });
});

describe('structure kind: unlessCustomerSaid (a declarative condition)', () => {
  test('needs "when"; accepted with it', async () => {
    const { parsePack } = await import('../../../lib/guidance/schema');
    const base = { schemaVersion: 1, id: 't', name: 'T', version: '1.0.0', author: 'a', description: 'd', locale: 'en', updated: '2025-01-01' };
    const rule = { id: 'r', kind: 'structure', title: 'T', severity: 'suggest', advice: 'A.', why: 'W.', examples: [], tests: { shouldMatch: [], shouldNotMatch: [] } };
    expect(parsePack({ ...base, rules: [{ ...rule, when: { phrases: ['backend'] }, unlessCustomerSaid: true }] }).ok).toBe(true);
    const bad = parsePack({ ...base, rules: [{ ...rule, minWords: 1, unlessCustomerSaid: true }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.errors)).toMatch(/unlessCustomerSaid/);
  });
  test('drops only the matches whose whole words the customer used', () => {
    const { rule, pack } = helpers;
    const cc = compile([pack('t', [rule({ id: 'r', kind: 'structure', when: { phrases: ['backend', 'RMA'] }, unlessCustomerSaid: true })])]);
    const run = (draft: string, customer: string) =>
      lint(cc, { draft, thread: [{ role: 'customer', text: customer }], context: {} }).flatMap((h) => h.ranges.map((r) => draft.slice(r.start, r.end)));
    expect(run('The backend sent your RMA.', 'Is the backend down?')).toEqual(['RMA']);
    expect(run('The backend sent your RMA.', 'My backends are fine.')).toEqual(['backend', 'RMA']);
    expect(run('The backend sent your RMA.', 'backend and RMA both')).toEqual([]);
  });
});
