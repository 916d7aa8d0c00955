/**
 * Families of ways people write one thing in a reply draft (issue 11, points 2 and 4): for each rule, drafts
 * it must give its own card on, and near misses (the fix already there, another meaning of the words) on
 * which it must stay quiet. Written by hand, not taken from the labelled corpus: a rule that passes here
 * has learnt the shape, not a sentence.
 */
import { compile, lint } from '../../../lib/guidance/engine';
import { lintContext } from '../../../lib/guidance/context';
import { defaultPack } from '../../../lib/guidance/default-pack';

const c = compile([defaultPack]);
/** The rules with their own card on a draft (a rule folded into another card does not count). */
/** A case is a draft, or "draft || the customer's message" when the rule reads the thread. */
const cards = (text: string): string[] => {
  const [draft = '', customer] = text.split(' || ');
  const thread = customer ? [{ role: 'customer' as const, text: customer }] : [];
  return lint(c, { draft, thread, context: lintContext({ draft, site: 'test', channel: 'email', thread }) }).map((h) => h.ruleId);
};

const FAMILIES: Record<string, { fires: string[]; quiet: string[] }> = {
  "defensive-reply": {
    fires: [
      "I can assure you that the email was sent on the 3rd.",
      "With respect, our engineer did attend at 10 am as booked.",
      "Our system shows the parcel was delivered, so there is nothing wrong on our end.",
      "The charge is legitimate and was clearly shown at checkout.",
      "That simply isn't the case, the driver knocked twice.",
      "I have to disagree, the item was working perfectly when it left our warehouse.",
      "That's not what our agent said on the call, we have the recording.",
      "Our staff would never say that to a customer.",
      "The fault is not on our side, it's your router.",
      "This is not a fault with our product.",
      "Our technician handled it correctly and followed procedure.",
      "To be clear, we never promised next-day delivery.",
      "Actually, we did send you a reminder on the 1st.",
      "The delay was not caused by us.",
      "We are not at fault here, the courier is.",
      "There is no error on our side and the bill stands.",
      "The tracking clearly shows it was delivered to your address.",
      "I've listened to the call and the agent did nothing wrong.",
      "Our records are accurate, so the fee remains.",
      "You agreed to these terms when you signed up.",
      "We did not make an error here.",
      "We didn't make a mistake, the address was entered at checkout.",
      "No mistake was made on our side.",
      "The part wasn't on the booking, so he could not have brought it.",
      "Our driver couldn't have known the gate code.",
    ],
    quiet: [
      "You're right, that's not what should have happened.",
      "If our records are wrong, I'll correct them today.",
      "Our records show it was delivered on Tuesday; let's find out where it went.",
      "I can assure you I'll call at 3 pm.",
      "Our engineer did attend, but he left without fixing it, which isn't good enough.",
      "The fault is on our side, and I'm sorry.",
      "That's not how it should work, and I'm sorry it did.",
      "To be clear, you won't be charged for the second delivery.",
      "The tracking shows delivered, but you say it isn't there, so I've opened a claim.",
      "It wasn't your fault at all.",
      "The photo clearly shows the crack, so I've approved the replacement.",
      "Your statement clearly shows two payments, and I've refunded the second.",
      "I'm sorry, the fault is on our side and we'll fix it today.",
      "You've done nothing wrong here: the form hid the field.",
      "You did nothing wrong, it was our mistake.",
      "If that isn't the case, let me know and I'll look again.",
      "The email that says your account is closed is not true, and I've reopened it.",
      "With respect to your second question, the warranty runs for two years.",
      "We never promised this and we should have been clearer, so I've refunded the fee.",
      "That isn't the case for your order, because it shipped before the change.",
      "Our drivers will never leave a parcel outside without a photo, so I've asked the depot to check.",
      "We made a mistake here and I'm sorry.",
      "You couldn't have known the code had changed, so I've sent the new one.",
      "If we made an error, I'll refund it today.",
    ],
  },
  "not-my-department": {
    fires: [
      "You'd need to take this up with the courier.",
      "This is a matter for your bank.",
      "Please raise this with the retailer you bought it from.",
      "Best to contact the manufacturer directly about warranty.",
      "You should contact Royal Mail about this.",
      "Your bank is the one to speak to about the chargeback.",
      "I'd suggest getting in touch with the airline.",
      "Only the courier can help with that, sorry.",
      "That's a question for our sales team, you can email sales@shop.com.",
      "You'll want to contact the store where you purchased it.",
      "Try contacting your internet provider instead.",
      "We're just the marketplace, the seller handles returns.",
      "I don't deal with billing, you can call them on 0800 123 456.",
      "The landlord is responsible for repairs, so you'll have to speak to them.",
      "Please reach out to the seller directly.",
      "That would be one for the courier to answer.",
      "Unfortunately I only handle technical issues.",
      "That's not something our team can help with, try the council.",
      "no idea tbh, the dev team handles purchases not us",
      "Billing handles that, not us.",
      "The courier deals with lost parcels, not us.",
    ],
    quiet: [
      "I've contacted the courier for you and they'll reply by noon.",
      "I've passed this to billing; they'll email you today.",
      "I'll ask the seller for you and update you tomorrow.",
      "Our billing team handles this, so I've forwarded it with your details.",
      "The courier handles redelivery, and I've already booked it for Friday.",
      "I've reached out to the seller directly and will update you by 5 pm.",
      "If the seller doesn't reply by Friday, I'll refund you myself.",
      "Your bank may show it as pending for a day.",
      "Please contact us again if the parcel hasn't arrived by Friday.",
      "You can also call the courier on 0300 123 4567 to pick a new day.",
      "Please ask the driver to leave it with a neighbour if you're out.",
      "If you'd prefer, you can take it to any of our stores for a swap.",
      "Please check with the rest of the household whether anyone signed for it.",
      "Our returns team will email you the label today.",
      "The team will call you tomorrow morning.",
      "Please try restarting the router and then check the lights.",
      "Please speak to the front desk when you arrive and they'll have your key ready.",
      "You'd need to bring the receipt to the store, but I've emailed it to you so you have it.",
      "I'd suggest contacting your bank only if the refund isn't there by Friday.",
      "Please call me back on this number if it cuts out again.",
      "I've asked the courier to call you before they deliver.",
      "Please reply to this email with the photos.",
      "The engineer is responsible for testing the line before he leaves, and he'll text you when he's done.",
      "I'm not able to lift the ban myself; only the Fair Play team can review it, and I've sent them your appeal.",
      "Once money has left your account, only the receiving bank can send it back. What we can do is send a recall request today.",
      "It's not us who sets the price, but I've asked the supplier for a discount for you.",
      "Only the airline can change the name on a ticket. I've sent them your request and they'll reply within 24 hours.",
      "Only the bank can reverse a card payment. What we can do is give you the letter they need.",
    ],
  },
  "jargon": {
    fires: [
      "Your meter reads were flagged as EST because the AMR unit is in a comms-fail state, so the MPAN shows no actuals.",
      "The CRC count is high and the SNR margin drops at night, so the DLM banded your profile.",
      "We've logged it as a P1 with the NOC and they'll post an RCA once the OLT is stable.",
      "Your claim is with L2 under the SLA, pending an RMA from the OEM.",
      "The PNR was split by the GDS, so the ETKT wasn't reissued.",
      "Your APR changed after the BACS file failed the AML check.",
      "The NIC couldn't get a DHCP lease, so the DNS lookups time out.",
    ],
    quiet: [
      "Your order HB-77812 and invoice INV-2290 were both updated, and the PDF is attached.",
      "We ship across the UK and the EU, and you'll get an SMS with the tracking link.",
      "Your VAT number GB 123 4567 89 is now on the invoice.",
      "IMPORTANT: DO NOT REPLY TO THAT EMAIL, IT IS AN AUTOMATED ADDRESS.",
      "The XL and XXL sizes are back in stock, and the LED version ships on Monday.",
      "Your new PIN arrives by post, separately from the card, within 5 working days.",
      "I've booked the Samsung QE55 repair with DPD collection on Tuesday.",
      "Please use 2 GB or less per photo, and name the files with your order ID.",
    ],
  },
  "promise-no-time": {
    fires: [
      "Sorry for the wait. We'll look into it and get back to you.",
      "We will revert shortly.",
      "Kindly wait for our response.",
      "The team will check and update you.",
      "We are checking on this and will update.",
      "Someone from our side will be contacting you.",
      "I'll look into it and revert.",
      "We'll be in touch in due course.",
      "I will inform you once I have news.",
      "let me check on it and i will message u",
      "We'll look into it and follow up.",
      "I'll get someone to look at it and come back to you.",
      "Leave it with me and I'll sort something out.",
      "We will investigate further and be in touch.",
      "I'll chase the warehouse and let you know.",
      "We'll keep an eye on it and update you.",
    ],
    quiet: [
      "You're right, I said we'd look into the fee and then we didn't come back to you.",
      "Nobody got back to you last week, and that's on us.",
      "I'm sorry we never followed up with you after the visit.",
      "We will revert by 5 pm today.",
      "The team will check it tonight and update you by 9 am tomorrow.",
      "Let me see what I can do. I've now rebooked you for Tuesday at 10 am.",
      "Leave it with me: I've already called the depot and they'll deliver today.",
      "I'll keep an eye on it and check again at 4 pm today.",
      "I'll make sure nothing like this ever happens to your family again.",
      "We'll make sure it doesn't happen again.",
      "I'll call you at 3 pm today.",
      "If it's still not there by Friday, reply here and I'll chase it.",
    ],
  },
  "all-caps": {
    fires: [
      "Your refund has been APPROVED and it is FINAL.",
      "PLEASE DO NOT call the store again.",
    ],
    quiet: [
      "The payment to TRVL-GLOBAL was raised on the 2nd.",
      "Your reference is ACME-SUPPORT/REFUNDS.",
    ],
  },
  "minimizing": {
    fires: [
      "These things take time, I'm afraid.",
      "It's only a couple of quid, so it's not worth worrying about.",
      "Honestly, a two-day delay isn't the end of the world.",
      "It's a tiny scratch, you'll hardly notice it.",
      "Most customers don't even notice the difference.",
      "It's just a cosmetic issue.",
      "That's normal, nothing to worry about really.",
      "Look on the bright side, at least it arrived.",
      "You're lucky it was only one day.",
      "It's really not a big problem.",
    ],
    quiet: [
      "It's only available in the app for now, and I've sent you the link.",
      "Even if it's only a small thing, I want it fixed for you today.",
      "It's not a small thing to lose a morning, and I'm sorry.",
      "The scratch shouldn't be there, so I've sent a replacement.",
    ],
  },
  "corporate-speak": {
    fires: [
      "We wish to bring to your attention that the policy has changed.",
      "Your query has been duly escalated to the relevant stakeholders.",
      "We would like to take this opportunity to thank you.",
      "Please do not hesitate to contact us should you require any further assistance.",
      "We apologise for any inconvenience this may have caused and assure you of our best services at all times.",
      "Your feedback has been taken on board and actioned accordingly.",
      "We have taken note of your concerns.",
    ],
    quiet: [
      "Thanks for telling us, I've changed the setting for you.",
      "If you need anything else, just reply here.",
    ],
  },
  "vague-hope": {
    fires: [
      "Fingers crossed it works this time.",
      "It should be back up soon, hopefully.",
      "With a bit of luck it'll arrive tomorrow.",
      "I reckon it'll sort itself out overnight.",
      "It might be fixed by the weekend, we'll see.",
      "Give it a day or two and it should be fine.",
      "Hopefully it arrives this week.",
      "It's probably just a glitch, it should sort itself out.",
      "We'll fix it as soon as possible.",
      "I guess it'll be back in stock at some point.",
      "It should hopefully be back up soon.",
      "We're hoping to have stock in the next few weeks.",
    ],
    quiet: [
      "It will be back up by 3 pm; I'll message you when it is.",
      "I hope you have a great weekend!",
      "I hope this helps.",
      "This is probably caused by the old filter, so I've sent you a new one today.",
      "It's probably the router, so I've booked an engineer for Thursday morning.",
      "We'll get this sorted as quickly as possible, and I'll update you by 5 pm either way.",
      "I'll call you back shortly, within the next 15 minutes.",
      "I'm sorry this is not the answer you were hoping for.",
      "I know you'd hoped to have it by Saturday, so I've upgraded the delivery.",
      "That's not the outcome you were hoping for, I know.",
    ],
  },
  "overpromise": {
    fires: [
      "I guarantee this will never happen again.",
      "It'll be with you tomorrow, 100% guaranteed.",
    ],
    quiet: [
      "I've switched off auto-renew, so it won't happen again.",
      "I've removed the old card from your account so this can't happen again.",
    ],
  },
  "dont-know": {
    fires: [
      "I'm not sure why the charge doubled.",
      "No idea what went wrong there, sorry.",
      "We don't have a date from the supplier.",
      "Not sure tbh, maybe try again later?",
      "Honestly, I'm clueless on this one.",
      "I am not having idea about this.",
      "Sorry, I don't know about this matter.",
      "no clue on that one sorry",
      "I'm not too sure to be honest.",
      "Unfortunately I have no information regarding the delivery date.",
      "I cannot tell when it will be fixed.",
      "Nobody here seems to know why.",
      "That I don't know.",
      "couldn't say, sorry",
      "Can't say, sorry.",
      "Honestly, why the rate changed is above my pay grade.",
      "That one's a bit over my head, to be honest.",
      "I'm out of my depth with this one.",
      "We're not privy to the courier's schedule.",
      "no idea mate",
      "Not a clue why that happened.",
      "I've got no idea when it'll be back.",
      "Search me, it's never done that before.",
    ],
    quiet: [
      "I'm not sure why the charge doubled, but I've asked billing and I'll email you by 4 pm.",
      "No idea yet what went wrong. I'm on the phone to the depot now and will call you back within the hour.",
      "I couldn't say off-hand, so let me check with the warehouse; you'll hear from me this afternoon.",
      "Honestly, I don't know yet. I'll find out from the engineers and update you tomorrow morning.",
      "We don't have a date from the supplier yet; I'm chasing them today and will message you by Friday.",
      "I'm unsure what caused it, so I've booked an engineer for Thursday between 8 and 12.",
      "I know this has been frustrating.",
      "You'll know it's working when the light turns green.",
      "Not sure how else to explain this, but the courier can divert to a locker.",
      "I couldn't say it better myself.",
      "I can't say I blame you.",
      "I don't know yet, so I've asked the warehouse and I'll message you by 4 pm today.",
      "Not sure if you saw, but the tracking link is now live.",
    ],
  },
  "you-should-have": {
    fires: [
      "Unfortunately you didn't select the insured option at checkout.",
      "It would have helped if you had read the confirmation email.",
      "Had you contacted us sooner, we could have stopped the parcel.",
      "As you did not return it within 30 days, the refund isn't possible.",
      "This happened because you entered the wrong card number.",
      "You should have double-checked your address before confirming the order.",
      "You should have reread the email before paying.",
      "You should have logged the fault when it first happened.",
      "You should have insured the parcel.",
      "You should have backed up your files first.",
      "You should have let us know sooner.",
    ],
    quiet: [
      "Next time, the size guide on each product page shows how the boots fit.",
      "If you didn't get the confirmation email, I can resend it now.",
      "It wasn't your fault: the form didn't save your address.",
      "You should have the refund by Friday.",
      "You should have received the quote last week, and you didn't, so I've chased it myself.",
      "You should have got a text from the courier this morning.",
      "You should have been told about the fee, and I'm sorry you weren't.",
      "You should have heard from us by now, and I'm sorry.",
    ],
  },
  "closes-ticket": {
    fires: [
      "I'll mark this as solved now.",
      "I'm going to close this off now, thanks.",
      "This ticket will now be marked as complete.",
      "Your case has been resolved and closed.",
      "We'll consider the matter closed.",
      "Closing this out, have a good day.",
    ],
    quiet: [
      "I'll keep the case open until the engineer has been.",
      "Once the refund shows, I'll close the case; if anything's still wrong, just reply and it reopens.",
      "The shop closes at 6 pm on Sundays.",
    ],
  },
  "mistakes-were-made": {
    fires: [
      "An error was made when the refund was submitted.",
      "Your order was sent to the wrong address.",
      "The wrong item was dispatched.",
      "Your payment was processed twice due to a system issue.",
      "The appointment was cancelled in error.",
      "Somehow the booking got deleted.",
      "Your details were entered incorrectly.",
    ],
    quiet: [
      "We sent your order to the wrong address, and that's our mistake.",
      "I entered your details incorrectly, I'm sorry.",
      "If a payment is missed, we'll remind you by text.",
      "The payment was matched to the wrong account. That's our error, and I've moved it today.",
      "It was sent to the wrong queue and sat there. That was our mistake.",
    ],
  },
  "generic-greeting": {
    fires: [
      "Dear Valued Customer,\n\nThank you for contacting us.",
      "Hello Sir,\nYour order is on its way.",
      "Hi there,\n\nThanks for your message.",
      "Dear Customer Care User, thanks for writing.",
    ],
    quiet: [
      "Hi Jess,\n\nThanks for your message.",
      "Hello Mr Okafor, thanks for writing.",
      "Hi! Quick update on your order.",
    ],
  },
  "asks-for-given-info": {
    fires: [
      "Can you confirm the email address on the account? || Hi, I can't log in, my email is priya.n@mailbox.com.",
      "Could you let me know your booking reference? || My booking ref is XK92LP and the hotel has no record of it.",
      "To look into this, I'll need the order number. || Order 558812 never arrived.",
      "Please send a photo of the damage so I can log it. || The lamp arrived cracked, photos attached.",
      "What's the serial number on the back of the unit? || The serial number is SN-4471-22 and it won't switch on.",
      "Could you send me your postcode and date of birth? || My postcode is LS6 2AB and my date of birth is 3/4/1980.",
      "Please provide the tracking number. || Tracking number 1Z999AA10123456784 says delivered but nothing came.",
      "Can I take your phone number? || Please call me back on 07700 900123.",
      "So that I can find your account, please could you reply with your account number? || Please update the address on my account (account number 6612 0043 1187) to 9 Kestrel Close.",
      "Could you please reply with your order number and a photo of the damaged item? || Order #CW-44190 arrived smashed. I've attached three photos of the box and the vase.",
      "Can you pop your order number in a reply so I can find it? || My order 58213 hasn't arrived.",
      "What's your booking reference? || My booking ref is HB-77812 and I need to change the dates.",
    ],
    quiet: [
      "Thanks for the order number, I've found it and the refund goes out today. || Order 558812 never arrived.",
      "Could you also send the invoice number? || Order 558812 never arrived.",
      "I can see the photos you attached, thank you. || The lamp arrived cracked, photos attached.",
      "Thanks for the order number, I've found it. The refund goes out today. || My order 58213 hasn't arrived.",
    ],
  },
  "repeat-contact-ack": {
    fires: [
      "Thank you for your email. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "Hi, the refund was processed today and takes 3 to 5 days. || I've emailed you twice already about the refund.",
      "Please allow 5 to 7 working days for the refund to arrive. || Still waiting on my refund, this is my 4th message.",
      "Your refund request has been received and the refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
    ],
    quiet: [
      "I can see this has dragged on for weeks, and I'm sorry. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "You shouldn't have had to write in again. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "I've read your earlier emails, so no need to go over it again. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "I'm sorry nobody came back to you. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "Thanks for bearing with us through all of this. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "You've been more than patient. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "Apologies for the runaround. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "I'm sorry we let this slip. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "I'm sorry it's taken three emails to get here. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "Sorry it took two requests to get this to me.",
      "I'm sorry this is your third email about it.",
      "Apologies that it has taken several messages to get an answer.",
      "Sorry for making you chase this three times.",
      "Sorry it took two requests to get this to me. I've refunded the fee today. || I've asked twice now to speak to a manager about the cancellation fee.",
      "I'm sorry this is your third email about it. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "Apologies that it has taken several messages to get an answer. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "Sorry for making you chase this three times. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
      "I'm sorry you've had to get in touch so many times. The refund went out this morning. || This is the third time I am writing about my refund and nobody has replied.",
    ],
  },
  "policy-only-reason": {
    fires: [
      "It's company policy, I'm afraid.",
      "Per our policy, we can't accept returns after 14 days.",
      "Those are the rules, sorry.",
      "That's just how our policy works.",
      "Our policy doesn't allow refunds on sale items.",
    ],
    quiet: [
      "It's our policy to ask for ID on refunds, so nobody else can take money from your account.",
      "Company policy is to post refunds to the original card, which protects you if the card is stolen.",
      "Per our policy, opened headphones can't be resold for hygiene reasons, but I can offer an exchange.",
      "As per the terms, cancellations need 24 hours' notice, as that's when we pay the driver.",
    ],
  },
  "you-need-to": {
    fires: [
      "You need to send the form back before we can do anything.",
      "You must return the item in its original packaging.",
    ],
    quiet: [
      "If you need to change the date, just reply here.",
      "All you need to do is tap Confirm.",
      "You'll need to bring photo ID, because the parcel is signed for.",
      "You must have been so worried.",
    ],
  },
  "no-without-alternative": {
    fires: [
      "I can't approve it.",
      "That's outside what I can approve, sorry.",
      "We don't do repairs.",
      "We don't do exchanges on sale items.",
      "Refunds are not given after 30 days.",
      "That's not something we're able to do.",
      "There's nothing further we can do on this claim.",
      "The booking cannot be changed.",
      "Your request to waive the fee has been declined.",
      "Annual memberships cannot be cancelled before the end of the term.",
      "Sadly we're unable to accept returns on personalised items.",
      "I'm not authorised to issue refunds over £50.",
      "We won't be refunding the delivery charge.",
      "Date changes aren't permitted on this fare.",
      "The fee can't be waived.",
      "This is a non-refundable fare, so no refund is due.",
      "Vouchers cannot be used on sale items.",
      "That's a no from us, I'm afraid.",
    ],
    quiet: [
      "I can't approve it myself, but my manager can, and I've sent it to her this morning.",
      "That's outside what I can do; our complaints team can review it, and I've passed it on.",
      "We don't do repairs ourselves, though the manufacturer does them free under warranty on 0800 123 456.",
      "I'm not able to change the booking, but the hotel can, and I've emailed them to ask.",
      "We can't refund it from here. The airline can, and their form is at the link below.",
      "It's not possible to cancel online; a colleague in our accounts team will do it when you call, and I've added a note so you won't need to explain.",
      "I can't refund the ticket. Here's what I can do: move it to any date this year for free.",
      "That's not possible on this plan, but let me tell you what we can do.",
      "We can't change the name. This is what I can do for you: issue a new ticket at no charge.",
      "The fee can't be waived. What I can do, though, is split it over three months.",
      "Refunds aren't possible after 30 days. What we can do: store credit for the full amount.",
      "We can't reverse the payment ourselves. What we can do is send a recall request to the receiving bank today.",
      "I'm not able to lift the ban myself, but I've put your appeal to the Fair Play team, who can.",
      "The booking can't be changed online; if you call the hotel directly, they can move it for a £10 fee.",
      "We can't waive the fee, but we can split it over three months.",
      "The fee can't be waived. Instead, I've added a £10 credit to your next bill.",
      "I can't cancel it from here, so I've asked our billing team to do it and they'll confirm by 5 pm.",
      "Unfortunately the blue is sold out. The navy is in stock and ships today.",
      "That fare isn't refundable, though you can move it to another date for free.",
      "We're unable to deliver on Sunday, so I've booked the first Monday slot, 8 to 10 am.",
      "I'm not authorised to approve it, so I've passed it to my manager, who can, and she'll reply today.",
      "We can't offer a refund; the most we can do is a 20% voucher, which I've attached.",
      "It isn't possible to combine vouchers, but your gift card works on the sale.",
      "We can't do next-day to Jersey. Standard delivery there takes 3 days and I've upgraded it to tracked for free.",
      "I've checked and we can't find the parcel, so I've sent a replacement today.",
    ],
  },
  "calm-down": {
    fires: [
      "I need you to calm down before we continue.",
      "Please don't get so worked up over a delivery.",
      "There's no need to be so aggressive.",
      "Let's keep this civil and stop the shouting.",
      "You need to relax, it's only a parcel.",
    ],
    quiet: [
      "I can hear how upsetting this is.",
      "The relaxing music plays while you hold.",
      "There's no need to get so worried about the form; I've filled it in for you.",
      "No need to worry, your money is safe and back on your card today.",
      "There's no need to be so apologetic, it happens to all of us!",
      "Please don't get so stressed about the deadline, I've extended it to Friday.",
    ],
  },
  "asks-to-repeat": {
    fires: [
      "Could you walk me through what happened from the start?",
      "Please explain the issue again in full.",
      "Can you tell me again what the problem is?",
      "Please open a new ticket with all the details.",
      "Please send us a full written account of what happened from the beginning.",
      "Can you explain the whole issue again from the start?",
      "Please describe everything that happened again, in detail.",
    ],
    quiet: [
      "I've read your notes, so there's no need to explain it again.",
      "Can you tell me which light is flashing now?",
      "I've read everything from the beginning, so you won't need to explain it again.",
      "Could you tell me what the light on the router shows now?",
    ],
  },
  "promise-with-time": {
    fires: [
      "She will phone you by Wednesday at 5pm.",
      "Our specialist will ring you back before noon tomorrow.",
      "Tom from our billing team will phone you at 10 am.",
      "I'll check on your appeal on Friday and let you know where it stands if you haven't heard by then.",
      "I'll call you at 4 pm if you haven't had the email by then.",
    ],
    quiet: [
      "We will not be able to dispatch your order before Saturday.",
      "We won't be charging you for the delivery on Friday.",
      "I will not be in the office tomorrow.",
      "We will never share your details with anyone, today or later.",
    ],
  },
  "as-i-said": {
    fires: [
      "As previously stated, vouchers cannot be used on sale items.",
      "Like I said before, the refund takes five days.",
      "As mentioned in my last email, the fee is fixed.",
    ],
    quiet: [
      "Sorry, but as stated in section 4.2 of the membership agreement, annual memberships cannot be cancelled early.",
      "As set out in clause 7 of your contract, the notice period is 30 days.",
      "As explained in paragraph 3 of the terms, refunds go to the original card.",
    ],
  },
  "supervisor-request": {
    fires: [
      "I understand. Let me check your order again. || I want to speak to a manager.",
      "I understand. Let me check your order again. || Get me your supervisor now.",
      "I understand. Let me check your order again. || I want this escalated to a manager today.",
      "I understand. Let me check your order again. || Can I talk to someone more senior please?",
      "I understand. Let me check your order again. || Manager. Now.",
      "I understand. Let me check your order again. || put me through to ur manager",
    ],
    quiet: [
      "I've sent the quote to you now. || Hi, I'm the IT manager at Clearwater Dental and our renewal is due on 30 June.",
      "The refund went out today. || My manager at work needs the invoice for expenses.",
      "Your account is updated. || I'm the office manager here, can you update our address?",
    ],
  },
  "condescending": {
    fires: [
      "It's honestly hard to miss.",
      "The button is right there on the My Box page, you can't miss it.",
      "I'm sure you're very busy, but the setting is on the first page.",
      "It's clearly labelled on the front of the box.",
      "If you look at the top of the page, it's in big letters.",
    ],
    quiet: [
      "It's on the My Box page, under the green button.",
      "The label is on the front of the box, next to the barcode.",
      "I know you're busy, so I've done it for you.",
    ],
  },
  "no-next-step": {
    fires: [
      "The suspension covers calls, texts and data. Your number is kept and isn't lost.",
      "Thank you for your message. There are no reported outages in your area at the moment.",
      "Hi Sam, the charge is the annual renewal for your plan. Regards, Jo",
      "Ok noted.",
      "noted, thanks",
      "Thanks for your email. Unfortunately the fee was added when the trial ended.",
    ],
    quiet: [
      "We do! Shipping to Ireland is €6.95, or free over €60, and it takes 3–5 working days.",
      "Hi, yes that one's genuine, there's £12.40 import duty to pay on the link in the email.",
      "Yes, the Pro plan includes two extra seats at no cost.",
      "Exchanges are free, so just use the returns portal and pick the size 39 option.",
      "Hold the power button on the back for 10 seconds until the light flashes.",
      "Yep, it works with the older model too.",
      "It does, the charger is in the box under the tray.",
      "Restart the app and it'll pick up the new settings.",
      "Just tap Forgot password on the login screen and a reset code comes by text.",
      "Correct, the discount applies to every item in the basket.",
      "Absolutely, the offer runs until Sunday midnight.",
      "Turn off 5G under Settings > Mobile Data to keep the connection stable.",
    ],
  },
  "policy-after-objection": {
    fires: [
      "Sorry, but as stated in section 4.2 of the membership agreement, annual memberships cannot be cancelled early. || I know it's an annual contract but this is a medical reason, not me changing my mind.",
      "Per clause 7.2 of your contract, the notice period is 30 days. || I understand there's a notice period, but I'm moving abroad for work and can't use the gym.",
      "Our terms say refunds are only given within 14 days. || I get that it's past 14 days, but it broke on day 16 and it's clearly a defect.",
      "The minimum term is 12 months, so the exit fee applies. || I realise I signed for a year, but the service has been down for weeks.",
      "As per our returns policy, opened items can't be returned. || Yes I opened it, how else would I find out it doesn't work?",
      "Our policy is 30 days from delivery. || That rule shouldn't apply to me, my parcel was stuck in customs for three weeks.",
    ],
    quiet: [
      "I'm sorry, you're right that a faulty item is different. I've booked a collection for Friday. || I know it's past 30 days, but it's faulty.",
      "Our policy is 30 days from delivery. || How long do I have to send it back?",
      "The notice period is 30 days, so your last payment is on 1 June. || Can I cancel my membership?",
      "You're right that the terms weren't written for a case like this. I'll take it to my manager and reply by Thursday. || I know your policy says no cash refunds on gift cards, but the shop in my city closed.",
      "I understand this is a different case, so I've asked my supervisor to look at the contract today. || I know it's a 12-month contract but I've been in hospital for two months.",
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (rule, family) => {
  test.each(family.fires.filter(Boolean).map((t) => [t]))('fires: %s', (draft) => {
    expect(cards(draft)).toContain(rule);
  });
  test.each(family.quiet.filter(Boolean).map((t) => [t]))('quiet: %s', (draft) => {
    expect(cards(draft)).not.toContain(rule);
  });
});


// A problem buried mid-way in a long, otherwise good email is still found, and nothing else raises a warning.
const OPEN = 'Hi Priya,\n\nThanks for your email about order 48213 and for the photos of the box, they made it easy to see what happened.\n\n';
const MID = 'I have looked at the tracking history. The parcel left our warehouse on Monday, reached the local depot on Tuesday morning and was marked as delivered at 14:10 on Wednesday. ';
const CLOSE = '\n\nI have refunded the delivery charge of £4.95 to your card today, and you will see it within 3 to 5 working days.\n\nBest wishes,\nTom';
const longEmail = (planted: string): string => `${OPEN}${MID}${planted} ${MID.replace('Monday', 'Thursday')}${CLOSE}`;
const BURIED: [string, string][] = [
  ['dont-know', "Why the driver left it at the side gate I honestly couldn't tell you."],
  ['no-without-alternative', 'We are not able to send a second replacement for this order.'],
  ['not-my-department', "For the missing items you'd need to take it up with the courier directly."],
  ['defensive-reply', 'With respect, our driver did nothing wrong here and followed procedure.'],
  ['you-should-have', 'You should have checked the box before signing for it.'],
  ['minimizing', "A dented corner is purely cosmetic and you'll hardly notice it."],
  ['corporate-speak', 'We wish to bring to your attention that your concerns have been duly noted.'],
  ['vague-hope', 'Hopefully the rest of your order turns up soon.'],
  ['as-i-said', 'As mentioned in my last email, the courier has 48 hours to respond.'],
  ['condescending', "The delivery note is right there on the front of the box, it's hard to miss."],
  ['promise-no-time', "I'll chase the depot and let you know what they say."],
  ['overpromise', 'I guarantee this will never happen again.'],
  ['jargon', 'The POD shows a GPS mismatch, so the DSP has raised it with the RTS team.'],
  ['mistakes-were-made', 'Unfortunately the parcel was incorrectly labelled at the depot.'],
];

describe('buried in a long email', () => {
  const warns = (draft: string) =>
    lint(c, { draft, thread: [], context: lintContext({ draft, site: 'test', channel: 'email', thread: [] }) })
      .filter((h) => h.severity === 'warn')
      .map((h) => h.ruleId);
  test('the email without a planted problem gets no hint', () => {
    expect(cards(longEmail(''))).toEqual([]);
  });
  test.each(BURIED)('%s: found mid-email, and no other warning', (rule, planted) => {
    const draft = longEmail(planted);
    expect(cards(draft)).toContain(rule);
    expect(warns(draft).filter((r) => r !== rule)).toEqual([]);
  });
});

// Replies a skilled rep would send (emails and chat), each close to a rule with the fix in it: no warning and no suggestion.
const GOOD_REPLIES = [
  "Hi Sam, I'm sorry the engineer didn't turn up on Tuesday. I've rebooked him for Thursday between 8 and 10 am, and he'll text you when he's on his way.",
  "Hi Ana, I don't know yet why the payment failed, but I've asked our payments team and I'll email you by 3 pm today.",
  "Hello Mr Osei, we can't refund an opened item, but I can offer an exchange or store credit; which would you prefer?",
  "Hi Priya, you're right, we charged you twice. I've refunded the second payment today and it'll show within 3 to 5 working days.",
  "Hi Leo, the blue is sold out, but the navy is in stock and can ship today if you'd like it.",
  "Hi Jess, that's not something our team can change, so I've passed it to billing with all the details and they'll reply by tomorrow noon.",
  "Hi Tom, thanks for your patience while I checked. The parcel is at the depot and will be delivered tomorrow before 6 pm.",
  "Hi Nadia, I'm sorry you had to write again. I've refunded the £35 fee today; it'll be on your account by tomorrow morning.",
  "Hi Chris, I've asked my team lead, Grace, to review your case, and she'll call you at 2 pm today.",
  "Hi Mia, it isn't possible to change the name on the ticket, but the airline can do it for £20 at the desk, and I've added a note to your booking.",
  "Hello Ms Reid, I'm so sorry to hear you've been in hospital. Given that, I've asked my manager to waive the exit fee, and I'll confirm by Friday.",
  "Hi Ben, I can see why that's frustrating. The locker code is in the text from the courier; if it hasn't arrived, reply here and I'll resend it straight away.",
  "Hi Kai, your membership runs until 31 August; because it's a 12-month contract, the last payment is on 1 August. If you'd like, I can freeze it for the summer instead.",
  "Hi Grace, unfortunately the print won't be ready before Saturday. What I can do is send a gift card today so your dad has something to open, and the print will follow next week.",
  "Hi Owen, the fee was added when the trial ended. I've removed it as a one-off, and I've switched off auto-renew so it won't happen again.",
  "Hi Lily, gift vouchers can be used on sale items; the code you had was a discount code, which can't. I've applied your voucher to the order now.",
  "Hi Sunita, I'm really sorry the cake had the wrong name on it, on such an important day. I've refunded it in full and passed your photos to the bakery manager.",
  "Hi Raj, I'm not able to reverse the transfer myself, but I've sent a recall request to the receiving bank this morning, and our fraud team will call you by 4 pm tomorrow.",
  "Hi Dana, I'm sorry the glass top arrived smashed. We're out of stock until the 20th, so I've reserved one for you from that delivery and refunded the delivery charge.",
  "Hi Alex, thanks for the photos. The crack is covered by the warranty, so a replacement is on its way today by tracked post.",
  "np! your order's out for delivery today, should be with you by 6",
  "yep that's the right link, it'll ask for your postcode first",
  "Done! I've moved you to the 2 pm slot tomorrow.",
  "Sure, I've resent the code, it can take a minute or two to come through.",
  "Got it, I've cancelled the second order and refunded it just now.",
  "no worries, the voucher works on everything except gift cards",
  "Thanks Jo! Your new card is on its way and should arrive by Thursday.",
  "I'm sorry about that. I've switched your delivery to the locker at the station, and you'll get the code by text.",
  "ah sorry, my mistake, the fee is £4 not £40. I've corrected the invoice.",
  "Yes, you can bring it to any store with the receipt and they'll swap it.",
  "It's the annual fee for your Plus plan. If you'd rather go monthly, I can switch you over now.",
  "Hi Mark, the charge is a pre-authorisation and it drops off within 3 days; you won't be charged twice.",
];

describe('good replies', () => {
  test.each(GOOD_REPLIES.map((t) => [t]))('only notes, if anything: %s', (draft) => {
    const hints = lint(c, { draft, thread: [], context: lintContext({ draft, site: 'test', channel: 'email', thread: [] }) });
    expect(hints.filter((h) => h.severity !== 'info').map((h) => h.ruleId)).toEqual([]);
  });
});
