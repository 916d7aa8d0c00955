import { familiesIn } from './level-families';

// Probe families for German customer tone (issue 15), seventh round, from the kinds of miss a blind split of the heated levels
// (train9) showed: a man talked down to ("Hör zu, Kleiner"), the rep's mind too small for the matter ("Ist das zu hoch für Sie?"),
// respect refused, the rep's job said to need no schooling, harm wished with nobody to help, Bavarian insults, a superlative for the
// product, an ultimatum to go through the bank. Each family has near misses beside it: the same words about a thing, a child, a
// price or the writer, which must keep their level. Every sentence is written for these tests (none is taken from a corpus).
// Wanted levels: a level, '!abusive' (anything but abusive), '!calm' (anything but calm), 'hot' (angry or abusive),
// 'quiet' (calm or frustrated).
const family = familiesIn('de');

family('M1 a man talked down to: "Kleiner", "Freundchen", "Bürschchen", "Jungchen" as a form of address (abusive)', [
  ['abusive', 'Pass mal auf, Freundchen. So redest du nicht mit mir.'],
  ['abusive', 'Hör gut zu, Kleiner: Ich will mein Geld, und zwar heute.'],
  ['abusive', "Jetzt hör mal zu, mein Kleiner, ich erklär's dir ein letztes Mal."],
  ['abusive', 'Na, Bürschchen, schon wach? Meine Bestellung fehlt immer noch.'],
  ['abusive', 'Das Paket fehlt immer noch, Jungchen!'],
  ['abusive', 'Hey, Kleiner. Wo bleibt die Gutschrift?'],
  ['abusive', 'Freundchen, so nicht. Ich will den Vertrag sehen.'],
]);

family('M1n near misses: "kleiner" as a size or a hint, "mein Kleiner" as the writer\'s child (never abusive)', [
  ['calm', 'Kleiner, aber feiner Unterschied: Ich wollte Größe M, nicht L.'],
  ['calm', 'Kleiner Hinweis: Die Rechnung hat einen Tippfehler.'],
  ['calm', 'Gibt es die Jacke auch eine Nummer kleiner?'],
  ['calm', 'Mein Kleiner hat das Tablet fallen lassen, ist das von der Garantie gedeckt?'],
  ['calm', 'Hallo, mein Kleiner schläft endlich, jetzt habe ich Zeit für die Rücksendung.'],
  ['calm', 'Geht es auch eine Stufe kleiner, also 50 Mbit statt 100?'],
  ['!abusive', 'Der Bildschirm ist leider kleiner als beschrieben. Ich will ihn zurückgeben.'],
]);

family('M2 the rep\'s mind too small for the matter: "zu hoch für Sie", "übersteigt Ihren Horizont" (abusive)', [
  ['abusive', 'Ist das zu hoch für Sie?'],
  ['abusive', 'Das ist wohl zu hoch für dich, was?'],
  ['abusive', 'Ist Ihnen das etwa zu kompliziert?'],
  ['abusive', 'Eine simple Erstattung übersteigt offenbar Ihren Horizont.'],
  ['abusive', 'Ist das zu hoch für Ihr Spatzenhirn?'],
  ['abusive', 'Ich will eine Rechnung mit Mehrwertsteuer. Oder ist das schon zu kompliziert für euch?'],
  ['abusive', 'Kapierst du überhaupt, was ich will, oder ist das zu hoch für dich?'],
]);

family('M2n near misses: a thing or a price too high, the writer\'s budget, an offer of help (never abusive)', [
  ['calm', 'Ist das Regal zu hoch für Ihren Transporter?'],
  ['quiet', 'Der Preis ist zu hoch für mich, gibt es einen Rabatt?'],
  ['calm', 'Ist Ihnen der Preis zu hoch? Ich kann auch in Raten zahlen.'],
  ['calm', 'Falls das zu kompliziert für Sie ist, schicke ich Ihnen gern Fotos.'],
  ['calm', 'Ist das Paket zu schwer für Sie? Dann hole ich es selbst ab.'],
  ['calm', 'Das übersteigt leider mein Budget.'],
  ['!abusive', 'Die Rechnung ist viel zu hoch für einen Monat! Das kann nicht stimmen.'],
]);

family('M3 respect refused to the rep: "Respekt hast du dir nicht verdient", "du verdienst kein Sie" (abusive)', [
  ['abusive', 'Respekt haben Sie sich nicht verdient, so wie Sie mit Kunden umgehen.'],
  ['abusive', 'Ein Sie hast du dir längst verspielt.'],
  ['abusive', 'Du verdienst keinen Respekt, ehrlich.'],
  ['abusive', 'Sie haben sich keinen Respekt verdient.'],
  ['abusive', 'Ich duz dich jetzt, Respekt hast du dir nämlich nicht verdient.'],
]);

family('M3n near misses: respect as praise, a rest deserved, asking to use "du" (calm)', [
  ['calm', 'Respekt, das haben Sie sich wirklich verdient! Danke für die Hilfe.'],
  ['calm', 'Sie haben sich Ihren Feierabend verdient, danke für die Geduld!'],
  ['calm', 'Ich duze dich einfach mal, ist ja lockerer so. Wo ist mein Paket?'],
  ['calm', 'Darf ich Sie duzen? Ich hätte eine Frage zur Rechnung.'],
  ['calm', 'Großen Respekt an Ihr Team, das ging schnell.'],
]);

family('M4 the rep\'s job said to need no schooling or brains, the rep as the proof (abusive)', [
  ['abusive', 'Fürs Callcenter braucht man wohl keinen Schulabschluss, oder?'],
  ['abusive', 'Für den Hotline-Job braucht man offenbar kein Hirn.'],
  ['abusive', 'Bei euch braucht man wohl keine Ausbildung, um Kunden abzuwimmeln.'],
  ['abusive', 'Im Support braucht man anscheinend keinen Verstand. Merkt man Ihnen deutlich an.'],
  ['abusive', 'Für so einen Job braucht man wohl kein Abitur. Merkt man bei dir.'],
]);

family('M4n near misses: what a course, a job offer or an app needs, asked plainly; patience praised (calm)', [
  ['calm', 'Man braucht keinen Schulabschluss für den Kurs, oder?'],
  ['calm', 'Für den Minijob braucht man keinen Abschluss, richtig? Ich würde mich gern bewerben.'],
  ['calm', 'Für die App braucht man kein Konto, oder?'],
  ['calm', 'Für diesen Job braucht man viel Geduld. Merkt man bei Ihnen, danke!'],
  ['calm', 'Braucht man für die Ausleihe einen Ausweis oder reicht die Karte?'],
]);

family('M5 sickness or helplessness wished on the rep, nobody to help them (abusive)', [
  ['abusive', 'Ich hoffe, Sie liegen mal genauso krank im Bett und keiner hilft Ihnen.'],
  ['abusive', 'Ich wünsche dir, dass du mal genauso krank bist und keiner dir hilft.'],
  ['abusive', 'Hoffentlich werden Sie mal krank und niemand kümmert sich um Sie.'],
  ['abusive', 'Ich hoffe, du liegst irgendwann hilflos da.'],
  ['abusive', 'Ich hoffe, Sie stehen auch mal hilflos da und keiner hilft Ihnen.'],
]);

family('M5n near misses: the rep\'s health hoped for, the writer\'s own illness, nobody helping the writer (never abusive)', [
  ['calm', 'Ich hoffe, Sie waren nicht krank. Wann kommt mein Paket?'],
  ['calm', 'Ich hoffe, Sie sind bald wieder gesund! Die Rechnung eilt nicht.'],
  ['calm', 'Ich hoffe, Ihnen geht es besser, ich war letzte Woche selbst krank und konnte nicht zahlen.'],
  ['quiet', 'Ich hoffe, Sie können mir helfen, denn keiner hilft mir.'],
  ['calm', 'Ich hoffe, Sie sind nicht auch mal so krank wie ich im Moment.'],
  ['quiet', 'Ich hoffe, Sie finden eine Lösung, bei meiner Bank hilft mir keiner.'],
]);

family('M6 Bavarian and Austrian insults at the rep: "du Hirsch", "du Rindviech", "du Hammel", "du Zipfelklatscher" (abusive)', [
  ['abusive', 'Du Hammel, kannst du nicht lesen?'],
  ['abusive', 'Sie Rindviech, das war die falsche Adresse!'],
  ['abusive', 'Du damischer Depp, wo ist mein Geld?'],
  ['abusive', 'Geh weida, du Zipfelklatscher!'],
  ['abusive', 'Du Hirsch! Wie oft soll ich das noch sagen?'],
  ['abusive', 'Ihr Haderlumpen habt mir zu viel abgebucht!'],
]);

family('M6n near misses: the animal itself, "damisch" of the writer, a dish (never abusive)', [
  ['calm', 'Auf dem Karton ist ein Hirsch abgebildet, ist das das richtige Modell?'],
  ['calm', 'Wir haben einen Hirsch im Garten, der die Lampe umgeworfen hat. Gibt es Ersatzteile?'],
  ['calm', 'Mir ist seit der Impfung ganz damisch, deshalb melde ich mich erst heute.'],
  ['!abusive', 'Das Hammelfleisch kam verdorben an, bitte erstatten Sie den Betrag.'],
  ['calm', 'Haben Sie die Tasse mit dem Hirsch auch in Blau?'],
  ['calm', 'Gibt es den Kalender mit dem Hund auch für 2027? Sie hatten ihn letztes Jahr.'],
]);

family('M7 a superlative for the product, an ultimatum to go through the bank (angry)', [
  ['hot', 'Euer Router ist der größte Mist, den ich je gekauft habe.'],
  ['hot', 'Das ist der schlimmste Saftladen, den ich kenne.'],
  ['hot', 'Eure App ist der größte Schrott, den ich je installiert habe.'],
  ['hot', 'Das Geld ist bis Montag zurück, sonst geht es an die Bank.'],
  ['hot', 'Ich erwarte die Gutschrift bis Freitag, ansonsten wende ich mich an meine Bank.'],
]);

family('M7n near misses: a joy or a disaster of fate as a superlative, "sonst geht es mir gut", a question about paying (calm)', [
  ['calm', 'Die größte Freude war das Geschenk, danke!'],
  ['calm', 'Das Hochwasser war die schlimmste Katastrophe im Ort, deshalb kann ich erst jetzt zahlen.'],
  ['calm', 'Sonst geht es mir gut, danke der Nachfrage.'],
  ['calm', 'Ich zahle per Überweisung, sonst geht das auch über die Bank?'],
  ['calm', 'Das war der größte Fehler meines Lebens 🙈 Ich habe die falsche Adresse angegeben.'],
]);

family('M8 the rep found worse than a colleague already insulted (abusive)', [
  ['abusive', 'Ihre Kollegin war ja schon unfähig, aber Sie toppen das noch.'],
  ['abusive', 'Der Typ gestern war ein Idiot, und du bist noch schlimmer.'],
  ['abusive', 'Ihr Vorgänger war schon ahnungslos, aber Sie übertreffen das locker.'],
]);

family('M8n near misses: a colleague praised and topped, a thing getting worse (never abusive)', [
  ['calm', 'Ihre Kollegin war super, und Sie toppen das noch! Danke!'],
  ['calm', 'Das Wetter war schon schlecht, aber es wird noch schlimmer. Kommt der Bote trotzdem?'],
  ['!abusive', 'Die App war schon unbrauchbar, und das Update ist noch schlimmer.'],
  ['!abusive', 'Der erste Techniker war unfähig, aber Sie haben alles gerettet. Danke!'],
]);

family('M9 the rep\'s boss wished to throw them out; the job as a failure of their life (abusive)', [
  ['abusive', 'Ich hoffe, dein Chef schmeißt dich raus.'],
  ['abusive', 'Hoffentlich setzt Ihr Chef Sie vor die Tür.'],
  ['abusive', 'Hoffentlich werden Sie gefeuert.'],
  ['abusive', 'Hoffentlich verlieren Sie Ihren Job.'],
  ['abusive', 'Sie sind ja nur hier, weil Sie nichts anderes gefunden haben.'],
  ['abusive', 'Wer so einen Job macht, hat im Leben nichts erreicht.'],
]);

family('M9n near misses: an app that throws "you" out, the writer\'s own boss, a kind wish, stock not found (never abusive)', [
  ['!abusive', 'Die App schmeißt dich ständig raus, sobald man das Passwort eingibt.'],
  ['!abusive', 'Das WLAN wirft dich alle zehn Minuten raus.'],
  ['calm', 'Werfen Sie bitte die alte Karte raus, ich brauche sie nicht mehr.'],
  ['!abusive', 'Mein Chef schmeißt mich raus, wenn die Lieferung nicht bis Montag da ist!'],
  ['calm', 'Hoffentlich werden Sie bald wieder gesund!'],
  ['calm', 'Hoffentlich werden Sie das Problem schnell finden.'],
  ['calm', 'Haben Sie nichts anderes gefunden? Dann nehme ich das blaue Modell.'],
  ['calm', 'Wer so einen Job macht, hat meinen Respekt. Danke für die Geduld!'],
]);

family('M10 harm hoped for the rep, or violence said to be deserved (abusive)', [
  ['abusive', 'Ich hoffe, dir fällt mal was Schweres auf den Kopf.'],
  ['abusive', 'Ich hoffe, du brichst dir das Genick.'],
  ['abusive', 'Ich hoffe, du brichst dir was.'],
  ['abusive', 'Dich hätte man abtreiben sollen.'],
  ['abusive', 'Man sollte euch alle einsperren.'],
]);

family('M10n near misses: the same verbs negated or kind, the writer\'s own accident, criminals (never abusive)', [
  ['calm', 'Ich hoffe, Sie brechen sich bei dem Glatteis nichts.'],
  ['calm', 'Ich hoffe, Sie verlieren nicht die Geduld mit mir.'],
  ['calm', 'Ich hoffe, Ihnen fällt bald eine Lösung ein.'],
  ['calm', 'Mir ist der Fernseher auf den Kopf gefallen, zum Glück nur leicht. Ist das ein Garantiefall?'],
  ['calm', 'Man sollte Sie mal loben, danke!'],
  ['!abusive', 'Man sollte die Betrüger einsperren, die meine Karte benutzt haben. Können Sie die Karte sperren?'],
  ['calm', 'Sie werden sich wundern, wie gut der Kuchen schmeckt!'],
]);

family('M11 disgust at the rep as a person: "Sie widern mich an", "du kotzt mich an", "ich spuck auf euch" (abusive)', [
  ['abusive', 'Sie widern mich an.'],
  ['abusive', 'Du kotzt mich echt an.'],
  ['abusive', 'Ihr kotzt mich alle nur noch an.'],
  ['abusive', 'Sie sind zum Kotzen.'],
  ['abusive', 'Ich spuck auf euch.'],
]);

family('M11n near misses: disgust at a thing or a situation vents (angry, never abusive)', [
  ['hot', 'Die App kotzt mich an, sie stürzt dauernd ab!'],
  ['!abusive', 'Das ist echt zum Kotzen, schon wieder kein Paket.'],
  ['!abusive', 'Es widert mich an, wie mit Kunden umgegangen wird.'],
  ['calm', 'Die Paketboten? Sie parken immer in der Einfahrt. Können Sie das weitergeben?'],
  ['!abusive', 'Ich scheiß auf euren Gutschein, ich will mein Geld.'],
]);

family('M12 women said to be unfit for the rep\'s job (abusive)', [
  ['abusive', 'Frauen sollten keine Technik-Hotline machen.'],
  ['abusive', 'Frauen gehören an den Herd, nicht ans Telefon.'],
]);

family('M12n near misses: women and technology in a friendly sentence (calm)', [
  ['calm', 'Frauen sollten keine Angst vor Technik haben – toller Workshop!'],
  ['calm', 'Frauen gehören in jede Führungsetage, finde ich. Gibt es das Buch noch?'],
]);

family('M13 an errand to the bank after "ansonsten" is no threat; leaving after "sonst" still is', [
  ['calm', 'Ansonsten gehe ich morgen zur Bank und hole Bargeld.'],
  ['calm', 'Falls das nicht klappt, zahle ich bar, ansonsten gehe ich in die Filiale.'],
  ['hot', 'Ansonsten gehe ich zur Verbraucherzentrale.'],
  ['hot', 'Sonst gehe ich zur Konkurrenz.'],
]);

family('M14 veiled menace: the rep\'s car or family watched, harm to them "a pity", the door to lock at night, "on my list" (abusive)', [
  ['abusive', 'Ich weiß, wie Ihr Auto aussieht.'],
  ['abusive', 'Ich weiß genau, wo Ihre Kinder zur Schule gehen.'],
  ['abusive', 'Es wäre schade, wenn Ihrer Familie etwas zustößt.'],
  ['abusive', 'Wäre doch schade, wenn Ihnen nach Feierabend was passiert.'],
  ['abusive', 'Sie sollten nachts gut abschließen.'],
  ['abusive', 'Ihr Name steht jetzt auf meiner Liste.'],
]);

family('M14n near misses: the product, a form or the shop known; a pity about a customer; advice about a bike (never abusive)', [
  ['calm', 'Ich weiß nicht, wie Ihr Formular aussieht. Können Sie es mir schicken?'],
  ['calm', 'Ich weiß, wie Ihr Produkt funktioniert, aber die App zeigt einen Fehler.'],
  ['calm', 'Ich weiß, wo Ihre Filiale ist, ich komme morgen vorbei.'],
  ['quiet', 'Es wäre schade, wenn Ihnen dadurch ein Kunde verloren geht.'],
  ['calm', 'Sollte ich das Fahrrad nachts abschließen, damit die Versicherung zahlt?'],
  ['quiet', 'Es wäre schade, wenn Ihnen bei dem Glatteis etwas passiert. Die Lieferung kann warten.'],
  ['calm', 'Ihr Name steht auf meiner Liste für die Weihnachtskarten, danke für alles!'],
]);

family('M15 the rep\'s job taken: the last working day, a warning from the boss arranged, no job again hoped for (abusive)', [
  ['abusive', 'Ich sorge dafür, dass das Ihr letzter Arbeitstag war.'],
  ['abusive', 'Ich schreibe Ihrem Vorgesetzten, damit Sie eine Abmahnung bekommen.'],
  ['abusive', 'Ich hoffe, Sie bekommen nie wieder einen Job.'],
  ['abusive', 'Ich hoffe, du findest nie mehr eine Stelle.'],
]);

family('M15n near misses: the customer\'s own cancellation, a long day hoped over, a joke at oneself (never abusive)', [
  ['calm', 'Ich schreibe Ihnen, damit Sie die Kündigung rechtzeitig bekommen.'],
  ['calm', 'Ich hoffe, Sie müssen nie wieder so lange arbeiten wie heute. Danke!'],
  ['calm', 'Ich hoffe, Sie bekommen nie wieder so einen schwierigen Kunden wie mich 😅 Danke für die Geduld.'],
]);

family('M16 advances by the voice (abusive)', [
  ['abusive', 'Deine Stimme macht mich ganz wuschig.'],
  ['abusive', 'Du klingst am Telefon richtig sexy.'],
  ['abusive', 'Ihre Stimme macht mich richtig an.'],
]);

family('M16n near misses: a tired voice, the heat (calm)', [
  ['calm', 'Du klingst am Telefon richtig müde, alles okay?'],
  ['calm', 'Die Hitze macht mich ganz wuschig, deshalb habe ich die falsche Größe bestellt.'],
]);

family('M17 not the brightest, clueless in a clause of its own, people like the rep as time wasted (abusive)', [
  ['abusive', 'Sie sind echt nicht der Schärfste.'],
  ['abusive', 'Du bist nicht gerade der Hellste, oder?'],
  ['abusive', 'Sie sind wohl nicht die hellste Kerze auf der Torte.'],
  ['abusive', 'Man merkt, dass Sie keine Ahnung haben.'],
  ['abusive', 'Mit Leuten wie Ihnen ist jede Minute verschwendet.'],
]);

family('M17n near misses: not the first, not the fastest; information lacking; people like the rep praised (never abusive)', [
  ['calm', 'Sie sind nicht der Erste, der mir das sagt. Danke trotzdem.'],
  ['!abusive', 'Sie sind nicht gerade die Schnellsten, aber freundlich.'],
  ['calm', 'Ich weiß, dass Sie keine Ahnung haben können, wann das Paket kommt.'],
  ['!abusive', 'Schade, dass Sie keine Ahnung haben, wann der Techniker kommt.'],
  ['calm', 'Mit Leuten wie Ihnen arbeite ich gern zusammen!'],
]);

family('M18 a gang named by an insult, said to the rep: "Ihr Affenbande!", "Ihr Clownsverein" (abusive); of a courier (angry)', [
  ['abusive', 'Ihr Affenbande!'],
  ['abusive', 'Ihr Clownsverein, bucht endlich das Geld zurück.'],
  ['abusive', 'Was für ein Idiotenhaufen seid ihr eigentlich?'],
  ['hot', 'Die Affenbande vom Lieferdienst hat das Paket in den Müll geworfen.'],
]);

family('M18n near misses: clubs and toys (calm)', [
  ['calm', 'Der Sportverein bestellt 20 Trikots, geht das bis Mai?'],
  ['calm', 'Unser Hundeverein braucht eine Rechnung für die Futterspende.'],
  ['calm', 'Mein Kind hat die Affenbande-Figuren bestellt, sind die schon versandt?'],
]);

family('M19 the same canned answer again, counted (frustrated or more); a count of successes is no repeat (calm)', [
  ['!calm', 'Schon die dritte automatische Antwort. Ich will einen Menschen.'],
  ['!calm', 'Die zweite Standardantwort heute. Können Sie bitte meine Frage lesen?'],
  ['!calm', 'Das ist jetzt die vierte gleiche Mail von Ihnen, und mein Problem ist immer noch da.'],
  ['!calm', 'Ich habe schon zweimal angerufen!'],
  ['calm', 'Das hat zweimal gut geklappt, aber heute kam keine SMS. Muss ich etwas einstellen?'],
  ['calm', 'Die Überweisung hat bisher dreimal problemlos funktioniert. Heute fragt die App nach einer TAN, wo finde ich die?'],
  ['calm', 'Das ist die zweite Antwort, die ich heute bekomme, danke, jetzt ist alles klar!'],
]);

family('M20 "das Letzte" as a verdict (angry at a thing, abusive at the rep); as the last thing or the last parcel (never hot)', [
  ['hot', 'Ihr Service ist das Letzte!'],
  ['hot', 'Das ist echt das Allerletzte.'],
  ['abusive', 'Sie sind das Letzte.'],
  ['calm', 'Die Rechnung ist das Letzte, was ich noch brauche, dann ist der Antrag vollständig.'],
  ['quiet', 'Das letzte Paket kam nicht an. Können Sie nachsehen?'],
  ['quiet', 'Das Letzte, was ich will, ist Ärger. Wann kommt der Techniker?'],
]);

family('M21 meeting the rep as menace; vulgar idioms of an empty head; a degree from the tree nursery; "Sie Analphabet" (abusive)', [
  ['abusive', 'Isch schwöre, wenn isch disch sehe, gibt es Ärger.'],
  ['abusive', "Ich schwöre, ich komm vorbei und dann knallt's."],
  ['abusive', 'Wenn ich Sie treffe, können Sie was erleben.'],
  ['abusive', 'Sie hören von meinem Anwalt, Frau Schulz. Ich weiß, wo ich Sie finde.'],
  ['abusive', 'Hat man Ihnen ins Hirn geschissen?'],
  ['abusive', 'Ich wette, Sie haben Ihren Abschluss in der Baumschule gemacht.'],
  ['abusive', 'Ich lass mich doch nicht von einer Aushilfe abwimmeln, die nicht mal bis drei zählen kann.'],
  ['abusive', 'Sie Analphabet.'],
  ['abusive', 'Für dich würde ich sogar länger in der Warteschleife bleiben, Hübsche 😉'],
]);

family('M21n near misses: a visit with thanks, a gardener\'s degree, the writer who cannot read, a signature (never abusive)', [
  ['calm', 'Wenn ich Sie sehe, gibt es einen Kuchen als Dank!'],
  ['calm', 'Wenn ich Sie sehe, bedanke ich mich persönlich.'],
  ['calm', 'Ich weiß, wo ich Sie finde, falls ich noch Fragen habe.'],
  ['calm', 'Ich komme morgen vorbei und bringe das Gerät.'],
  ['calm', 'Mein Sohn hat seinen Abschluss an der Baumschule gemacht, er ist Gärtner. Haben Sie Obstbäume?'],
  ['calm', 'Ich bin leider Analphabet, kann mir jemand die Rechnung vorlesen?'],
  ['!abusive', 'Die Anleitung ist für Analphabeten geschrieben, so schlecht ist sie.'],
  ['calm', 'Vielen Dank und schöne Grüße, Ihre Hübsche Hanna'],
]);
