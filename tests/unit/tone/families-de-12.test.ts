import { familiesIn } from './level-families';

// Probe families for German customer tone (issue 15), twelfth round: the kinds of error a blind general-mix split with hard edges
// showed (train13: abuse without swear words, veiled threats, put-downs of the rep's age or language inside polite letters; calm
// letters quoting someone else's strong word or filing a complaint for a plain reason). Every sentence is written for these tests
// (none is taken from a corpus); each family has near misses that must keep their level.
const family = familiesIn('de');

family('R1 a strong word quoted from someone else (a review, a neighbour) in a friendly letter is calm', [
  ['calm', 'Eine Freundin hat mir eine Bewertung gezeigt, in der jemand Ihren Laden als „Drecksladen" bezeichnet. Das sehen wir ganz anders, wir kommen gern wieder!'],
  ['calm', 'Auf Google nennt Sie jemand „Abzocker", das fand ich unfair. Bei uns lief alles bestens, danke!'],
  ['calm', 'Mein Nachbar hat Ihre Werkstatt neulich einen „Saftladen" genannt, ich kann das nicht bestätigen. Wann hätten Sie im Mai einen Termin frei?'],
  ['calm', 'Falls es hilft, schreibe ich gern eine eigene Bewertung. Wir waren sehr zufrieden.'],
  ['calm', 'Ich schreibe Ihnen gern eine positive Bewertung auf Google, Sie waren super!'],
]);

family('R1 near misses: the writer\'s own strong word about the service, or a bad review threatened, stays hot', [
  ['hot', 'Ihr seid ein Drecksladen, das schreibe ich auch in meine Bewertung.'],
  ['hot', 'Was für ein Saftladen! Seit drei Wochen kein Paket.'],
  ['hot', 'Wenn das nicht bis Freitag erledigt ist, schreibe ich eine Ein-Stern-Bewertung.'],
]);

family('R2 a formal complaint filed for a plain reason, with no anger, is calm', [
  ['calm', 'Hiermit reiche ich eine formelle Beschwerde beim Vorstand ein. Es geht um die Lärmzeiten in der Anlage, ich verstehe mich mit allen gut und möchte das nur ordentlich klären.'],
  ['calm', 'Hiermit lege ich formell Beschwerde gegen den Bescheid vom 3. März ein. Die Begründung reiche ich bis Monatsende nach.'],
  ['calm', 'Hiermit reiche ich eine offizielle Beschwerde bei der Hausverwaltung ein, damit der Vorgang dokumentiert ist. Fotos liegen bei.'],
]);

family('R2 near misses: a complaint threatened, or filed in anger, stays hot', [
  ['hot', 'Ich werde eine formelle Beschwerde bei der Verbraucherzentrale einreichen.'],
  ['hot', 'Wenn bis Montag nichts passiert, reiche ich eine offizielle Beschwerde ein.'],
  ['hot', 'Hiermit reiche ich eine formelle Beschwerde ein. Ihr Verhalten ist eine Frechheit!'],
  ['hot', 'Hiermit lege ich Beschwerde ein. Seit sechs Wochen warte ich auf mein Geld, das ist inakzeptabel.'],
]);

family('R3 the writer apologising for their own repeated mails is calm', [
  ['calm', 'Sorry, das ist schon meine dritte Mail heute 🙈 aber jetzt hab ich endlich alle Unterlagen beisammen.'],
  ['calm', 'Entschuldigung, ich weiß, das ist meine zweite Nachricht diese Woche – hier noch das fehlende Formular.'],
  ['calm', 'Ich weiß, meine vierte Mail, tut mir leid! Ich hatte die Anlage vergessen.'],
]);

family('R3 near misses: the same count said as a complaint stays frustrated or worse', [
  ['!calm', 'Das ist jetzt meine dritte Mail diese Woche und ich habe immer noch keine Antwort.'],
  ['!calm', 'Sorry, aber das ist meine dritte Mail und niemand meldet sich.'],
  ['!calm', 'Meine vierte Nachricht zu diesem Thema. Warum antwortet niemand?'],
]);

family('R4 satisfaction recalled only to set against a let-down now is frustrated, not calm', [
  ['frustrated', 'Schade. Bisher war ich immer zufrieden, aber diesmal kam der Kaffee völlig zerdrückt an. Können Sie da etwas machen?'],
  ['!calm', 'Eigentlich bin ich sonst sehr zufrieden, aber diesmal fehlen zwei Teile.'],
  ['!calm', 'Bis jetzt war ich immer zufrieden, doch diesmal ist die Lieferung eine Woche zu spät.'],
]);

family('R4 near misses: satisfaction that holds, or a plain question, stays calm', [
  ['calm', 'Bisher war ich immer zufrieden, und auch diesmal hat alles geklappt. Danke!'],
  ['calm', 'Ich war immer zufrieden mit Ihnen. Kann ich meine Adresse ändern?'],
  ['calm', 'Ich war bisher sehr zufrieden und bestelle gern wieder. Haben Sie das Holz auch in Buche?'],
  ['calm', 'Bisher war ich immer zufrieden, aber diesmal möchte ich etwas Neues ausprobieren. Haben Sie Eichenholz?'],
]);

family('R5 a cold ultimatum or a dismissal of the rep\'s excuses, without swearing, is angry', [
  ['hot', 'Erstatten Sie mir die 59 € bis Montag. Sonst buche ich über meine Bank zurück.'],
  ['hot', 'Überweisen Sie das Geld bis Freitag. Sonst buche ich den Betrag bei der Kreditkarte zurück.'],
  ['hot', 'Sparen Sie sich Ihre Ausreden. Ich will mein Geld.'],
  ['hot', 'Sparen Sie sich die Floskeln und liefern Sie endlich.'],
  ['hot', 'Ich will eine Lösung, keine Entschuldigung. Heute.'],
  ['hot', 'Weitere Ausreden brauche ich nicht. Zahlen Sie.'],
]);

family('R5 near misses: a refund asked for, saving money, a booking reversed by one\'s own mistake', [
  ['calm', 'Ich habe aus Versehen doppelt bezahlt, buche ich das über meine Bank zurück oder machen Sie das?'],
  ['calm', 'Wie kann ich bei Ihnen Geld sparen? Gibt es einen günstigeren Tarif?'],
  ['calm', 'Sparen Sie sich die Mühe mit dem Versandkarton, ich hole die Ware selbst ab. Danke!'],
  ['quiet', 'Könnten Sie mir die 59 € bis Ende des Monats erstatten? Vielen Dank.'],
  ['calm', 'Ich brauche keine Entschuldigung, es ist ja alles gut gegangen. Danke für die schnelle Lieferung!'],
  ['calm', 'Sparen Sie sich die Entschuldigungen, es ist ja nichts passiert 😊'],
]);

family('R6 the rep put down for their age in an even voice: overwhelmed "in Ihrem Alter", ripe for retirement (abusive)', [
  ['abusive', 'In Ihrem Alter ist man mit E-Mails wohl einfach überfordert.'],
  ['abusive', 'Vielleicht sollten Sie die Buchhaltung jemandem überlassen, der noch nicht reif für die Rente ist.'],
  ['abusive', 'Sie sind doch längst reif für die Rente.'],
  ['abusive', 'In deinem Alter kapiert man so was halt nicht mehr.'],
  ['abusive', 'Mit Ihren Jahren sollten Sie die Technik lieber den Jungen überlassen.'],
]);

family('R6 near misses: one\'s own age, a relative\'s, a device\'s, or a friendly word on retirement', [
  ['calm', 'In meinem Alter ist man mit E-Mails manchmal überfordert, bitte schicken Sie mir einen Brief.'],
  ['calm', 'Mein Vater ist reif für die Rente, er hört nächsten Monat auf. Können wir das Konto umschreiben?'],
  ['calm', 'In Ihrem Alter hatte ich auch noch so viel Energie 😊 Danke für die schnelle Hilfe!'],
  ['!abusive', 'Der Drucker ist reif für die Rente, ich brauche einen neuen.'],
  ['calm', 'Ich bin jetzt 67 und reif für die Rente, bitte ändern Sie meinen Tarif.'],
]);

family('R7 harm wished on the rep with a plain verb: stranded, broken down, left in the rain (abusive)', [
  ['abusive', 'Ich wünsch Ihnen, dass Sie mal selber mit so einer Karre auf der Autobahn liegen bleiben.'],
  ['abusive', 'Ich wünsche dir, dass du mal nachts im Regen an der Raststätte stehst und keiner kommt.'],
  ['abusive', 'Ich hoffe, Sie bleiben auch mal mit einer Panne im Tunnel liegen.'],
  ['abusive', 'Ich wünsche Ihnen, dass Ihre Heizung im Januar ausfällt.'],
]);

family('R7 near misses: kind wishes, the writer\'s own breakdown, a wish that it never happens', [
  ['calm', 'Ich wünsche Ihnen, dass Sie nie mit so einer Panne liegen bleiben.'],
  ['!abusive', 'Ich bin gestern mit dem Wagen auf der Autobahn liegen geblieben. Ich hoffe, Sie können mir den Abschleppdienst erstatten.'],
  ['calm', 'Ich wünsche Ihnen eine gute Fahrt und schöne Feiertage!'],
  ['calm', 'Ich hoffe, Ihre Heizung hält durch, bei uns ist es eiskalt 😊'],
  ['quiet', 'Ich hoffe, Sie können den Wagen reparieren, bevor er wieder liegen bleibt.'],
  ['!abusive', 'Ich hoffe, Sie können heute noch kommen, bevor die Heizung ganz ausfällt.'],
  ['calm', 'Ich hoffe, Sie mussten gestern nicht lange im Regen warten.'],
]);

family('R8 contempt for the rep\'s mind without swearing: talking to a fence, can\'t count on their fingers, a compost heap has more in its head (abusive)', [
  ['abusive', 'Mit Ihnen zu schreiben ist wie mit einem Gartenzaun zu reden.'],
  ['abusive', 'Mit dir zu reden ist wie gegen eine Wand zu reden.'],
  ['abusive', 'Rechnen können Sie ja offensichtlich nicht einmal mit den Fingern.'],
  ['abusive', 'Lesen kannst du ja anscheinend nicht mal.'],
  ['abusive', 'Mein Komposthaufen hat mehr im Kopf als Sie.'],
  ['abusive', 'Ich frage mich ernsthaft, wer Sie zum Kassier gewählt hat.'],
]);

family('R8 near misses: a machine, a form, one\'s own counting, a vote asked about', [
  ['!abusive', 'Mit Ihrer Hotline zu telefonieren ist wie gegen eine Wand zu reden.'],
  ['calm', 'Rechnen kann ich leider nicht gut, können Sie mir den Betrag bestätigen?'],
  ['calm', 'Lesen können Sie den Vertrag auch online, im Kundenportal.'],
  ['calm', 'Mit Ihnen zu arbeiten ist wie Urlaub, danke für alles!'],
  ['!abusive', 'Rechnen können Sie nicht mal ansatzweise so schnell wie ich, haha. Wie viel macht das jetzt?'],
  ['calm', 'Wer hat Sie denn zum Kassier gewählt? Ich war bei der Versammlung leider krank. Herzlichen Glückwunsch!'],
]);

family('R9 menace veiled as a meeting to come: watch out when I see you, your car will look different (abusive)', [
  ['abusive', 'Pass gut auf, wenn ich dich das nächste Mal auf dem Parkplatz seh.'],
  ['abusive', 'Passen Sie auf, wenn ich Sie das nächste Mal treffe. Dann reden wir nicht über Geld.'],
  ['abusive', 'Dein schöner Wagen sieht danach auch anders aus.'],
  ['abusive', 'Wenn ich dich erwische, dann reden wir nicht mehr über Vorfahrt.'],
]);

family('R9 near misses: taking care, meeting again, a car repaired', [
  ['calm', 'Pass gut auf dich auf, und danke für die Stunden!'],
  ['calm', 'Wenn ich Sie das nächste Mal sehe, bringe ich Ihnen einen Kuchen mit 😊'],
  ['calm', 'Nach der Reparatur sieht mein Wagen ganz anders aus, danke!'],
  ['!abusive', 'Passen Sie auf, die Adresse hat sich geändert, das nächste Mal bitte an die neue liefern.'],
]);

family('R10 a sneer at the rep\'s German (abusive)', [
  ['abusive', 'Man merkt, dass Deutsch nicht Ihre Muttersprache ist.'],
  ['abusive', 'Man merkt, dass Deutsch nicht deine Muttersprache ist.'],
  ['abusive', 'Merkt man gleich, dass Sie nicht von hier sind.'],
  ['abusive', 'Ist Deutsch überhaupt Ihre Muttersprache? Ihre Antwort liest sich nicht so.'],
]);

family('R10 near misses: the writer\'s own German, a language asked about kindly', [
  ['calm', 'Deutsch ist nicht meine Muttersprache, bitte entschuldigen Sie die Fehler.'],
  ['calm', 'Ist Deutsch Ihre Muttersprache? Sonst schreibe ich gern auf Englisch.'],
  ['calm', 'Man merkt, dass Ihnen der Kundenservice am Herzen liegt. Danke!'],
  ['calm', 'Man merkt, dass Sie nicht von hier sind, oder? Ihr Dialekt ist so schön!'],
  ['!abusive', 'Man merkt, dass Deutsch nicht Ihre Muttersprache ist, aber Sie haben sich super bemüht.'],
  ['calm', 'Man merkt, dass meine Tochter nicht von hier ist, sie spricht noch kaum Deutsch. Gibt es das Formular auf Englisch?'],
]);

family('R11 "Oma,"/"Opa," is a put-down only said to the rep', [
  ['abusive', 'Opa, das verstehen Sie eh nicht.'],
  ['abusive', 'Hören Sie zu, Oma, ich erkläre es nur einmal.'],
  ['calm', 'Oma, Opa und ich waren gestern im Laden, ist die Bestellung schon da?'],
  ['calm', 'Meine Oma, die Sie ja schon kennen, hat nächste Woche Geburtstag. Haben Sie noch einen Termin frei?'],
  ['calm', 'Oma, die Kinder und ich danken Ihnen für das schöne Wochenende!'],
]);

family('R12 a count told gladly (visits, stays, each time happy) is no repeat contact', [
  ['calm', 'Wir waren jetzt dreimal bei Ihnen im Hotel und jedes Mal begeistert.'],
  ['calm', 'Unser Kater war schon zweimal in Ihrer Pension und kam jedes Mal zufrieden nach Hause.'],
  ['calm', 'Meine Tochter war viermal bei Ihnen im Feriencamp, jedes Mal kam sie glücklich heim. Gibt es im Juli noch Plätze?'],
]);

family('R12 near misses: a count of contacts or a let-down, or praise said in sarcasm, stays frustrated or worse', [
  ['!calm', 'Ich war dreimal bei Ihnen im Laden und nie war jemand da.'],
  ['!calm', 'Dreimal angerufen, aber keiner weiß Bescheid.'],
  ['!calm', 'Jedes Mal dasselbe, ganz toll.'],
  ['hot', 'Dreimal habe ich geschrieben, super Service.'],
  ['!calm', 'Dreimal habe ich geschrieben, ich bin ja so zufrieden.'],
]);
