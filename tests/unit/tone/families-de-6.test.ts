import { familiesIn } from './level-families';

// Probe families for German customer tone (issue 15), sixth round, from the kinds of false alarm a blind look-alike split
// (train8) showed: calm messages that merely contain strong words. Each family reads the grammar (whose feeling, about what,
// told or own, over or ongoing), and has near misses beside it: the same words where the writer is angry, which must keep their
// level. Every sentence is written for these tests (none is taken from a corpus).
// Wanted levels: a level, '!abusive' (anything but abusive), '!calm' (anything but calm), 'hot' (angry or abusive),
// 'quiet' (calm or frustrated).
const family = familiesIn('de');

family('K1 a swear word as praise, praise exclaimed verb-first ("Verdammt, ging das schnell!", "ist das Sofa bequem!") (calm)', [
  ['calm', 'Verdammt, ging das schnell! Danke an das ganze Team.'],
  ['calm', 'Verdammt, war das schnell da! Großes Lob 👍'],
  ['calm', 'Heilige Scheiße, ist das Paket schnell angekommen! Gestern bestellt, heute da.'],
  ['calm', 'Heilige Scheiße, das ging fix! Gestern bestellt, heute schon da.'],
  ['calm', 'Verflucht gut, euer neues Müsli. Bitte mehr davon!'],
  ['calm', 'Verdammt lecker, die neuen Kekse. Gibt es die auch ohne Nüsse?'],
  ['calm', 'Boah, verdammt, ist das Sofa bequem! Danke für die schnelle Lieferung.'],
  ['calm', 'Scheiße, war der Kuchen lecker. Kann man die Torte auch für 20 Personen bestellen?'],
  ['calm', 'Krass, war das schnell erledigt. Vielen Dank!'],
  ['calm', 'Wahnsinn, das ging ja fix. Großes Lob ans Lager!'],
]);

family('K1n near misses: the same swearing where something broke fast, or at a wait (never calm)', [
  ['hot', 'Verdammt, war das Paket schnell kaputt! Nach zwei Tagen!'],
  ['hot', 'Scheiße, ging das schnell kaputt. Ich will mein Geld zurück.'],
  ['hot', 'Verdammt, das dauert ja ewig! Wo bleibt mein Paket?'],
  ['hot', 'Verdammt nochmal, wo ist mein Geld?!'],
  ['hot', 'Verdammt, wieso dauert das so lange?!'],
  ['!calm', 'Das war nicht schnell. Drei Wochen für ein Paket!'],
]);

family('K2 someone else\'s anger told or apologised for: a husband, a mother, a colleague (never hot)', [
  ['calm', 'Mein Mann war gestern am Telefon etwas laut, das tut mir leid. Ist die Erstattung inzwischen durch?'],
  ['calm', 'Mein Kollege war gestern ziemlich sauer am Telefon, sorry dafür. Wann kommt der Techniker?'],
  ['calm', 'Entschuldigen Sie bitte meinen Mann, er war am Telefon unverschämt. Können Sie mir die Rechnung schicken?'],
  ['calm', 'Mein Vater hat sich gestern bei Ihrer Hotline ziemlich aufgeregt, das tut mir leid. Er ist 84. Wann kommt der Techniker?'],
  ['calm', 'Meine Frau war gestern am Telefon etwas ungehalten, entschuldigen Sie bitte. Können Sie mir den Rückruf bestätigen?'],
  ['quiet', 'Meine Mutter war am Telefon sehr wütend, das war nicht in Ordnung. Ich entschuldige mich für sie. Was braucht ihr noch von uns?'],
  ['quiet', 'Mein Mann ist sauer, weil der Techniker nicht kam. Können Sie bitte einen neuen Termin machen?'],
  ['quiet', 'Meine Tochter ist ziemlich wütend auf die App, sie findet den Knopf nicht. Wo ist die Einstellung für Untertitel?'],
]);

family('K2n near misses: the writer\'s own anger, or an apology that opens an objection (never calm)', [
  ['hot', 'Ich bin stinksauer, mein Mann übrigens auch! Der Techniker kam wieder nicht!'],
  ['hot', 'Mein Mann und ich sind stinksauer, das Paket ist schon wieder weg!'],
  ['hot', 'Meine Frau hat sich entschuldigt, aber euer Service ist eine Frechheit!'],
  ['hot', 'Mein Mann war laut, das tut mir leid, aber Ihr Service ist eine Frechheit!'],
  ['hot', 'Mein Nachbar ist genauso sauer wie ich, das ist eine Zumutung!'],
  ['hot', 'Ich bin echt sauer, dass das Paket schon wieder nicht da ist!'],
]);

family('K3 the writer\'s own boss or role, a program called "Manager" (calm)', [
  ['calm', 'Muss ich den Prozess im Task-Manager abschießen, oder gibt es einen besseren Weg?'],
  ['calm', 'Im Geräte-Manager steht beim Drucker ein gelbes Ausrufezeichen. Was muss ich tun?'],
  ['calm', 'Kann ich die Passwörter aus meinem Passwort-Manager importieren?'],
  ['calm', 'Wie öffne ich den Download-Manager in der App?'],
  ['calm', 'Mein Chef braucht die Rechnung bis Freitag, können Sie sie mir als PDF schicken?'],
  ['calm', 'Meine Chefin möchte wissen, ob Sie auch Rechnungen mit ausgewiesener MwSt. schicken.'],
  ['calm', 'Meine Vorgesetzte hat die Bestellung freigegeben. Wann wird geliefert?'],
  ['calm', 'Unser Geschäftsführer möchte wissen, ob wir einen Rahmenvertrag bekommen können.'],
  ['calm', 'Ich bin Teamleiterin in einer Kita und möchte 20 Rucksäcke bestellen.'],
  ['calm', 'Ich bin Abteilungsleiter bei einer Schule und möchte 30 Tablets bestellen.'],
  ['calm', 'Unsere Teamleitung hat mir gesagt, ich soll die Bestellung über Sie machen.'],
]);

family('K3n near misses: the rep\'s supervisor asked for or demanded (never calm)', [
  ['!calm', 'Ich will sofort Ihren Vorgesetzten sprechen!'],
  ['!calm', 'Ich will Ihren Chef sprechen, und zwar sofort!'],
  ['!calm', 'Könnte ich bitte mit Ihrer Teamleiterin sprechen? Mein Problem ist seit zwei Wochen offen.'],
  ['!calm', 'Kann ich bitte mit Ihrem Vorgesetzten sprechen? Das zieht sich jetzt schon lange.'],
  ['!calm', 'Verbinden Sie mich mit dem Manager.'],
]);

family('K4 a surname or a product\'s title that is a mood or an insult word ("Felix Sauer", "das Spiel Dumme Gans") (calm)', [
  ['calm', 'Hallo, hier ist Monika Sauer. Ich bin die Betreuerin meines Sohnes Felix Sauer. Welche Unterlagen brauchen Sie?'],
  ['calm', 'Bitte schicken Sie das Paket an Familie Sauer, Gartenstraße 4.'],
  ['calm', 'Ich heiße Peter Sauer und habe eine Frage zu meinem Tarif.'],
  ['calm', 'Mein Name ist Jana Sauer, Kundennummer 44821. Ich möchte meine Adresse ändern.'],
  ['calm', 'Die Rechnung bitte an Tobias Sauer-Lange, Lindenweg 7.'],
  ['calm', 'Die Rechnung läuft auf meinen Mann, Thomas Sauer. Kann ich sie auf mich umschreiben lassen?'],
  ['calm', 'Ich rufe für meinen Opa Heinz Sauer an. Er braucht einen neuen Notrufknopf.'],
  ['calm', 'Mein Sohn hat das Spiel Dumme Gans bestellt, es fehlen zwei Karten. Könnt ihr die nachschicken?'],
  ['calm', 'Habt ihr die Sauce Wilde Sau noch auf Lager? Die war so lecker.'],
]);

family('K4n near misses: the same words as the writer\'s mood, in capitals or after an adverb (never calm)', [
  ['hot', 'Ich bin Sauer! Wo bleibt mein Paket?!'],
  ['hot', 'Echt Sauer bin ich. Schon wieder nichts!'],
  ['!calm', 'Total Sauer, weil das Paket immer noch nicht da ist.'],
  ['hot', 'Ich bin stinksauer. Drei Wochen und nichts!'],
  ['hot', 'Sauer bin ich, richtig sauer! Wo ist mein Geld?'],
  ['hot', 'ICH BIN SAUER, DAS PAKET IST WEG!'],
]);

family('K5 back again gladly, a repeat purchase, a plain "nachfragen" (calm)', [
  ['calm', 'Ich wollte nur nachfragen, ob die Gutschrift schon durch ist.'],
  ['calm', 'Ich wollte mal kurz nachfragen: Ist meine Bestellung schon raus?'],
  ['calm', 'Darf ich nachfragen, wann die Rechnung kommt?'],
  ['calm', 'Ich möchte kurz nachfragen, ob der Tisch auch in Eiche lieferbar ist.'],
  ['calm', 'Ich schon wieder 😂 dritte Bestellung diesen Monat. Gibt es den Gutschein auch als Karte?'],
  ['calm', 'Hallo zusammen,\n\nich schon wieder. Könnt ihr mir die Rechnung als PDF schicken? Danke!'],
  ['calm', 'Da bin ich schon wieder 😅 Ich hätte gern noch zwei Tassen dazu bestellt. Geht das?'],
  ['calm', 'Hallo, ich mal wieder! Ich möchte noch eine Decke nachbestellen.'],
  ['calm', 'Servus, da bin ich wieder! Ich hätte noch gern die passende Hülle dazu.'],
  ['calm', 'Zum dritten Mal bestelle ich diese Lampe, weil sie so schön ist 😊 Gibt es sie auch in Weiß?'],
  ['calm', 'Ich möchte meinen Vertrag kündigen, weil ich ins Ausland gehe. Bis wann muss ich das tun?'],
]);

family('K5n near misses: back again because nothing happened, having to ask again (never calm)', [
  ['!calm', 'Ich schon wieder, weil mein Paket immer noch nicht da ist.'],
  ['!calm', 'Hallo, ich schon wieder. Der Router ist schon wieder ausgefallen.'],
  ['!calm', 'Hallo, schon wieder ich. Und schon wieder ist das Paket nicht gekommen.'],
  ['!calm', 'Warum muss ich eigentlich ständig nachfragen? Wo bleibt die Gutschrift?'],
  ['!calm', 'Ich muss schon wieder nachfragen, weil sich niemand meldet.'],
  ['!calm', 'Jede Woche muss ich wieder nachfragen. Wann kommt das Geld?'],
  ['!calm', 'Ich frage jetzt zum dritten Mal nach: Wo ist meine Gutschrift?'],
  ['!calm', 'Bis wann muss ich denn noch warten?'],
]);

family('K6 an old trouble told as over, the thing now running well (calm)', [
  ['calm', 'Liebes Team, letzten Winter habe ich Ihnen bestimmt fünf Mal geschrieben, weil die Heizung ständig ausfiel. Damals war ich ziemlich verzweifelt. Seit der Reparatur läuft sie ohne einen einzigen Ausfall. Kann ich die Wartung wieder bei Ihnen buchen?'],
  ['calm', 'Vor zwei Jahren war ich mit Ihrem Service ziemlich unzufrieden, das Gerät ging dreimal kaputt. Seitdem läuft es aber problemlos. Jetzt brauche ich ein zweites. Gibt es Rabatt für Bestandskunden?'],
  ['calm', 'Letztes Jahr habe ich mich hier zweimal beschwert, weil das Internet ständig weg war. Seit dem neuen Router läuft alles tadellos. Ich möchte jetzt auf 500 Mbit wechseln.'],
  ['calm', 'Damals war ich echt genervt, weil das Paket dreimal falsch kam. Inzwischen läuft alles reibungslos, danke! Heute eine andere Frage: Liefert ihr auch nach Österreich?'],
]);

family('K6n near misses: the trouble back now, or not running smoothly (never calm)', [
  ['!calm', 'Damals lief alles reibungslos, aber jetzt kommt das Paket schon zum dritten Mal falsch.'],
  ['!calm', 'Vor zwei Jahren lief es problemlos. Jetzt ist der Router schon wieder ausgefallen.'],
  ['!calm', 'Es läuft nicht problemlos, der Drucker stürzt ständig ab.'],
  ['!calm', 'Letzten Winter habe ich fünf Mal geschrieben, weil die Heizung ständig ausfiel. Jetzt ist sie schon wieder kaputt.'],
]);

family('K7 strong words about someone outside the service: a match, a fraudster, a grumbling neighbour, a teased brother or pet (never hot)', [
  ['calm', 'Gestern hat der HSV so eine Scheiße gespielt, ich brauche Trost 😄 Aber zur Sache: Wann kommt das Trikot?'],
  ['calm', 'Der Schiri war gestern eine Katastrophe, aber egal. Ist das Trikot noch in L da?'],
  ['calm', 'Unser Verein hat gestern verloren, so ein Mist. Gibt es die Fanschals noch?'],
  ['calm', 'Das Derby gestern war grottenschlecht, aber die Trikots sind super. Habt ihr die auch für Kinder?'],
  ['calm', 'Ein Betrüger hat mich am Telefon reingelegt und meine Daten bekommen. Bitte sperren Sie mein Konto.'],
  ['calm', 'Auf Google hat jemand geschrieben, ihr wärt Betrüger. Ich glaube das nicht, aber wie lange dauert die Erstattung normalerweise?'],
  ['quiet', 'Mein Nachbar schimpft ständig über euren Kundenservice, ich hatte nie Probleme. Ich brauche nur eine neue SIM.'],
  ['calm', 'Mein Bruder, der Idiot, hat mein Passwort geändert 😂 Wie setze ich es zurück?'],
  ['calm', 'Der Hund hat das Ladekabel zerbissen, der kleine Mistkerl 😅 Kann ich ein neues bestellen?'],
  ['calm', 'Meine Mitbewohnerin hat mir die letzte Kerze geklaut, die kleine Diebin 😂 Habt ihr noch welche?'],
]);

family('K7n near misses: the same words at the service, its stream or its courier, or at the rep (never calm)', [
  ['hot', 'Ihr habt mir das Derby-Ticket storniert, eine Frechheit!'],
  ['hot', 'Der Stream ist beim Elfmeter abgebrochen, das ist eine Frechheit!'],
  ['hot', 'Euer Bundesliga-Abo ist der letzte Schrott, ich kündige!'],
  ['hot', 'Eure Lieferung war eine Katastrophe, das Trikot kam zerrissen an!'],
  ['hot', 'Euer Chef ist ein Betrüger!'],
  ['hot', 'Das ist ein Laden voller Betrüger!'],
  ['hot', 'Ihr seid ein Haufen Betrüger.'],
  ['hot', 'Ihr Betrüger habt mich reingelegt!'],
  ['hot', 'Der Fahrer hat mein Paket beim Nachbarn gelassen, der Idiot 😂 Ich will das nicht nochmal erleben!'],
  ['abusive', 'Mein Bruder lacht sich kaputt 😂 weil du so ein Idiot bist.'],
]);

family('K8 a child\'s or a relative\'s verdict passed on, one\'s own embarrassment, a chargeback from one\'s own bank\'s mistake (calm)', [
  ['calm', 'Mein Sohn (15) hat beim Zocken gesagt, eure Server sind Schrott 😂 Ich glaube eher, unser WLAN ist schuld. Wie kann ich das testen?'],
  ['calm', 'Meine Tochter hat gestern erzählt, der Fahrer sei ein Idiot gewesen, weil er so schnell fuhr 😄 Ich fand ihn nett. Kann ich ihm Trinkgeld geben?'],
  ['calm', 'Unser Hund hat den Postboten gebissen, das ist uns furchtbar unangenehm. An wen wenden wir uns wegen der Versicherung?'],
  ['calm', 'Mir ist das sehr unangenehm, ich habe die Rechnung zweimal bezahlt. Können Sie mir eine Zahlung erstatten?'],
  ['calm', 'Ich habe die Abbuchung bei meiner Bank zurückgeholt, weil es ein Fehler meiner Bank war. Wie zahle ich jetzt nach?'],
  ['calm', 'Meine Bank hat die Zahlung aus Versehen zurückgebucht. Das tut mir leid, ich überweise es heute. Reicht das?'],
]);

family('K8n near misses: the service\'s own people quoted before the writer\'s exclamation, a chargeback against the company (never calm)', [
  ['hot', 'Ihr Kollege hat mir gestern gesagt, das wird erledigt, was für eine Frechheit, dass nichts passiert ist!'],
  ['hot', 'Ihr Kollege hat mir gesagt, das wird erledigt, was für eine Frechheit, dass nichts passiert ist!'],
  ['hot', 'Der Techniker hat am Telefon gesagt, er kommt um 8, und dann kam niemand. Eine Frechheit!'],
  ['hot', 'Die Hotline hat mir dreimal gesagt, das Geld kommt. Das ist Betrug!'],
  ['hot', 'Ich habe die Lastschrift zurückgeholt, weil Sie doppelt abgebucht haben!'],
  ['hot', 'Ich lasse die Abbuchung über meine Bank zurückbuchen, das war\'s mit euch.'],
  ['hot', 'Mir ist das total unangenehm, aber euer Service ist eine Zumutung!'],
]);

family('K9 strong words as praise or as the weather: slang intensifiers, a comparative of help, a joking "kill" in praise (calm)', [
  ['calm', 'Huere guet, die neue Jacke! Gibt es die auch in Grün?'],
  ['calm', 'Euer Kundendienst ist affengeil, vielen Dank für die schnelle Hilfe.'],
  ['calm', 'Es ist arschkalt draußen, kann der Bote das Paket bitte in die Garage legen?'],
  ['calm', 'Scheißkalt heute! Kann der Techniker trotzdem kommen oder lieber morgen?'],
  ['calm', 'Saukalt heute, bitte legt das Paket in die Garage.'],
  ['calm', 'Brutal gut, euer neues Brot! Gibt es das auch glutenfrei?'],
  ['calm', 'Sie sind der Wahnsinn, so schnell hat mir noch niemand geholfen!'],
  ['calm', 'So freundlich hat mich bisher keiner informiert, danke!'],
  ['calm', 'Ich bring euch um, so gut ist der Kuchen 😂 Bitte mehr davon!'],
  ['calm', 'Ich bringe Sie um 10 Uhr zur Tür, wenn Sie den Zähler ablesen.'],
  ['calm', 'Bring ich die Jacke zurück oder schicke ich sie?'],
]);

family('K9n near misses: nobody helped, a threat to kill, a cold meal complained of (never calm)', [
  ['!calm', 'Bis jetzt hat mir noch niemand geholfen.'],
  ['abusive', 'Ich bring dich um, wenn das Paket nicht kommt.'],
  ['abusive', 'Wenn das nicht klappt, bringe ich Sie um.'],
  ['abusive', 'Ich bring euch alle um!'],
  ['hot', 'Das Essen kam eiskalt an, eine Frechheit!'],
  ['hot', 'Scheiße, das Essen ist schon wieder kalt. Ich will mein Geld zurück!'],
]);

family('K10 anger at a former provider or the competition as the reason for coming here, a review or complaint disowned (calm)', [
  ['calm', 'Mein alter Anbieter war eine Katastrophe, deshalb wechsle ich zu Ihnen. Wie läuft die Rufnummernmitnahme?'],
  ['calm', 'Bei meinem alten Stromanbieter war der Service unterirdisch. Deshalb bin ich jetzt bei Ihnen. Wann kommt der erste Abschlag?'],
  ['calm', 'Die Konkurrenz ist echt Abzocke, bei euch ist alles fair. Kann ich noch einen zweiten Vertrag abschließen?'],
  ['calm', 'Mein bisheriger Vermieter hat mich betrogen, deshalb ziehe ich um. Wie melde ich den Umzug bei Ihnen?'],
  ['calm', 'Meine frühere Bank war eine Zumutung. Wie richte ich bei Ihnen einen Dauerauftrag ein?'],
  ['calm', 'Ich wollte eigentlich 5 Sterne geben, habe aber aus Versehen 1 Stern geklickt 🙈 Wie kann ich das ändern?'],
  ['calm', 'Gibt es bei Ihnen eine Stelle für Beschwerden? Ich möchte mich nicht beschweren, sondern einen Mitarbeiter loben.'],
  ['calm', 'Ich möchte mich ausdrücklich NICHT beschweren, im Gegenteil: Frau Yilmaz war großartig!'],
  ['calm', 'Ich habe bei der Telekom gekündigt und möchte zu euch wechseln. Was brauche ich dafür?'],
]);

family('K10n near misses: the same words about this service, or leaving it (never calm)', [
  ['hot', 'Mein alter Anbieter war super, ihr seid eine Katastrophe!'],
  ['hot', 'Bei der Konkurrenz wäre das nie passiert, euer Service ist unterirdisch!'],
  ['hot', 'Meine letzte Bestellung war eine Katastrophe, das Paket kam zerrissen an!'],
  ['hot', 'Ich wechsle zur Konkurrenz, euer Service ist eine Frechheit!'],
  ['hot', 'Mein alter Anbieter war schon schlecht, aber ihr seid echt eine Frechheit!'],
  ['hot', 'Ich gebe euch einen Stern, eine Frechheit ist das!'],
  ['hot', 'Ich möchte mich beschweren, und zwar über Ihren Techniker, der ist eine Zumutung!'],
  ['!calm', 'Ich möchte mich über den Fahrer beschweren, er hat das Paket geworfen.'],
]);

family('K11 whose anger, and is it over: a stranger\'s or a relative\'s anger told, the writer\'s own anger settled by a colleague (never hot)', [
  ['quiet', 'Er war am Telefon ziemlich wütend, weil er warten musste. Das tut mir leid. Können Sie ihn zurückrufen?'],
  ['calm', 'Die Frau vor mir in der Filiale war total sauer, die Arme. Bei mir ging alles schnell. Danke!'],
  ['calm', 'Der Kunde vor mir hat rumgebrüllt, Ihr Mitarbeiter blieb ruhig. Respekt! Ich wollte das nur loben.'],
  ['calm', 'Meine Katze war stinksauer, als der Staubsauger ankam 😂 Gibt es einen leiseren Aufsatz?'],
  ['calm', 'Ich war gestern echt wütend, aber Ihr Kollege hat alles geregelt. Danke!'],
  ['calm', 'Ich war zuerst sauer, aber jetzt ist alles geklärt. Vielen Dank für die Geduld.'],
  ['calm', 'Anfangs war ich stinksauer, aber Ihre Kollegin hat sich super gekümmert. Danke!'],
]);

family('K11n near misses: the writer angry too, or nothing settled (never calm)', [
  ['hot', 'Er ist stinksauer und ich auch! Wo bleibt das Geld?'],
  ['hot', 'Ich bin sauer, aber Ihr Kollege hat gar nichts geregelt!'],
  ['hot', 'Ich bin stinksauer, aber Ihr Kollege hat sich nicht gekümmert!'],
  ['hot', 'Ich bin wütend! Er war auch wütend, und das zu Recht!'],
  ['hot', 'Erst war ich nur genervt, jetzt bin ich stinksauer!'],
  ['!calm', 'Ich war sauer und bin es immer noch, das Paket ist nicht da.'],
]);

family('K12 a lawyer, a court or a police report for a plain reason: a copy asked for, an estate, a witness, a theft reported (calm)', [
  ['calm', 'Mein Anwalt meint, ich habe Anspruch auf eine Kopie meiner Daten. Können Sie mir die schicken?'],
  ['calm', 'Mein Anwalt hat mir gesagt, ich brauche für die Scheidung eine Aufstellung aller Zahlungen. Geht das?'],
  ['calm', 'Meine Anwältin kümmert sich um den Nachlass meiner Mutter und braucht eine Kündigungsbestätigung.'],
  ['calm', 'Mein Anwalt ist informiert, dass ich umziehe, und braucht die neue Vertragsnummer. Wie lautet die?'],
  ['calm', 'Ich muss vor Gericht als Zeugin aussagen und kann am Dienstag nicht zu Hause sein. Können wir den Termin verschieben?'],
  ['calm', 'Als Schöffe bin ich montags vor Gericht. Kann der Techniker am Dienstag kommen?'],
  ['calm', 'Ich habe Strafanzeige gegen Unbekannt gestellt, weil mein Konto gehackt wurde. Brauchen Sie das Aktenzeichen?'],
  ['calm', 'Mein Fahrrad wurde gestohlen, die Strafanzeige ist gestellt. Zahlt die Versicherung auch den Korb?'],
  ['calm', 'Unsere Rechtsschutzversicherung will eine Rechnungskopie für einen Streit mit dem Vermieter. Können Sie mir die schicken?'],
]);

family('K12n near misses: the lawyer, the court or a report turned on the company (never calm)', [
  ['hot', 'Mein Anwalt meint, ich habe Anspruch auf Schadensersatz, und den werde ich durchsetzen.'],
  ['hot', 'Mein Anwalt ist informiert und wird sich bei Ihnen melden.'],
  ['hot', 'Mein Anwalt ist bereits informiert.'],
  ['hot', 'Mein Anwalt kümmert sich darum.'],
  ['hot', 'Wir sehen uns vor Gericht.'],
  ['hot', 'Ich erstatte Strafanzeige gegen Ihre Firma wegen Betrug!'],
]);

family('K13 a blow of fate told calmly: an accident, a storm, a break-in, a scam, a death (calm)', [
  ['calm', 'Das war ein furchtbarer Unfall, das Auto ist Schrott, aber uns geht es gut. Wie melde ich den Schaden?'],
  ['calm', 'Der Hagel hat unser Dach zerstört, eine Katastrophe. Wann kann Ihr Dachdecker kommen?'],
  ['calm', 'Nach dem Sturm ist der Gartenzaun Schrott. Verkaufen Sie auch Ersatzteile?'],
  ['calm', 'Der Einbruch war ein Schock für uns, aber zum Glück ist niemand verletzt. Wie sperre ich die gestohlene Karte?'],
  ['calm', 'Es war ein Albtraum, die Wohnung stand unter Wasser. Jetzt brauche ich eine neue Waschmaschine. Liefern Sie auch in den Keller?'],
  ['calm', 'Ich bin auf einen Betrüger reingefallen, der sich als Ihr Mitarbeiter ausgegeben hat. Wie kann ich das melden?'],
  ['calm', 'Mein Mann ist leider verstorben, es ist eine schreckliche Zeit. Wie kann ich seinen Vertrag übernehmen?'],
]);

family('K13n near misses: the same words about the service\'s product or people (never calm)', [
  ['hot', 'Euer Router ist Schrott, seit dem Unwetter geht nichts mehr!'],
  ['hot', 'Der Router ist Schrott seit dem Sturm, und ihr tut nichts!'],
  ['hot', 'Das neue Dach ist Schrott, der Sturm hat alles abgedeckt, Ihr Dachdecker hat gepfuscht!'],
  ['hot', 'Ihr Gerät ist Schrott, eine Frechheit!'],
  ['hot', 'Bei dem Regen lässt euer Bote das Paket draußen liegen, eine Frechheit!'],
  ['hot', 'Seit dem Unwetter ist eure Leitung tot, verdammt nochmal!'],
]);

family('K14 what only a stalker would say, said for a plain reason: the rep\'s hours respected, the rep\'s name seen or forgotten (calm)', [
  ['calm', 'Ich weiß, wann Sie Feierabend haben, deshalb schreibe ich lieber morgen früh. Danke!'],
  ['calm', 'Ich habe Ihren Namen auf LinkedIn gesehen, Sie haben mir letztes Jahr so gut geholfen. Danke nochmal!'],
  ['calm', 'Ich habe Ihren Namen leider vergessen, waren Sie die Dame von gestern?'],
  ['calm', 'Sie sind doch die Dame von gestern, oder? Sie haben mir so nett geholfen!'],
]);

family('K14n near misses: the same words as menace (abusive)', [
  ['abusive', 'Ich habe Ihren Namen. Und Ihre Adresse finde ich auch noch.'],
  ['abusive', 'Ich habe deinen Namen, pass auf.'],
  ['abusive', 'Ich weiß, wann Sie Feierabend haben.'],
  ['abusive', 'Ich weiß, wann du Feierabend machst. Bis später.'],
]);
