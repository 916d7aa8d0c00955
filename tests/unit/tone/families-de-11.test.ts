import { familiesIn } from './level-families';

// Probe families for German customer tone (issue 15), eleventh round: the kinds of error a blind general-mix split with hard edges
// showed (train12: abuse without swear words, in dialect, inside polite letters). Every sentence is written for these tests (none is
// taken from a corpus); each family has near misses that must keep their level.
const family = familiesIn('de');

family('Q1 the rep put down for their origin: someone "born here" asked for, their name or accent as the explanation (abusive)', [
  ['abusive', 'Geben Sie meine Mail bitte an jemanden weiter, der hier geboren ist.'],
  ['abusive', 'Verbinden Sie mich mit einem Kollegen, der in Deutschland geboren wurde.'],
  ['abusive', 'Bei Ihrem Namen wundert mich gar nichts mehr.'],
  ['abusive', 'Bei Ihrem Akzent war ja klar, dass das nichts wird.'],
  ['abusive', 'Bei deinem Namen hätte ich mir das denken können.'],
  ['abusive', 'Ich möchte mit jemandem sprechen, der hier geboren ist.'],
]);

family('Q1 near misses: a name, a birthplace or a hand-over said plainly', [
  ['calm', 'Bei Ihrem Namen bin ich unsicher: Schreibt man ihn mit y oder mit i?'],
  ['!abusive', 'Bei Ihrem Namen zeigt die App einen Fehler, er wird falsch geschrieben.'],
  ['calm', 'Mein Sohn ist hier geboren, braucht er trotzdem eine Meldebescheinigung?'],
  ['calm', 'Können Sie die Mail an jemanden weiterleiten, der für Bayern zuständig ist?'],
  ['!abusive', 'Bei Ihrem Service wundert mich gar nichts mehr.'],
  ['!abusive', 'Ich bin hier geboren und wohne seit 40 Jahren in derselben Straße, warum fehlt die Adresse?'],
  ['calm', 'Bei Ihrem Namen war mir gleich klar, dass Sie aus Bayern kommen 😊 Danke für die schnelle Hilfe!'],
]);

family('Q2 the rep put down for being a woman: women not to be trusted with the task, the male colleagues asked for (abusive)', [
  ['abusive', 'Man hätte eine Frau eben nicht mit meinem Kredit betrauen sollen.'],
  ['abusive', 'Frauen können halt nicht rechnen. Geben Sie mich an einen Kollegen weiter.'],
  ['abusive', 'Dafür haben Sie doch Ihre männlichen Kollegen, geben Sie die Sache an die weiter.'],
  ['abusive', 'Ich hätte wissen müssen, dass man einer Frau keine Zahlen anvertrauen kann.'],
  ['abusive', 'Eine Frau sollte man mit so was nicht betrauen.'],
]);

family('Q2 near misses: women, wives and male staff named plainly', [
  ['calm', 'Meine Frau hat das Konto eröffnet, sie ist auch bevollmächtigt.'],
  ['calm', 'Ihre Kollegin hat mir sehr geholfen, eine Frau mit viel Fachwissen!'],
  ['!abusive', 'Können Sie mich mit einem männlichen Arzt verbinden? Es geht um ein urologisches Thema.'],
  ['!abusive', 'Die Versicherung zahlt nicht, weil meine Frau nicht als Fahrerin eingetragen war.'],
  ['calm', 'Meine Tochter kann super rechnen, sie hilft mir mit der Abrechnung.'],
  ['calm', 'Wir Frauen können halt nicht rechnen 😄 Können Sie mir den Tarif noch einmal erklären?'],
]);

family('Q3 harm wished on the rep in a long sentence: stranded, a loved one buried without them (abusive)', [
  ['abusive', 'Ihnen persönlich wünsche ich, dass Sie eines Tages am Flughafen festsitzen, während Ihre Mutter beerdigt wird.'],
  ['abusive', 'Und Ihnen, der diese Absage unterschrieben hat, wünsche ich, dass Sie einmal drei Tage am Bahnhof feststecken.'],
  ['abusive', 'Ich wünsche Ihnen, dass Sie die Beerdigung Ihres Vaters verpassen, dann verstehen Sie mich.'],
  ['abusive', 'Ich hoffe, du sitzt auch mal zwei Tage irgendwo fest, ganz allein.'],
  ['abusive', 'Ich wünsche Ihnen, dass Ihr Flug auch mal gestrichen wird und Sie die Hochzeit Ihrer Tochter verpassen.'],
]);

family('Q3 near misses: the same words wishing it away or telling one\'s own loss', [
  ['!abusive', 'Ich wünsche Ihnen, dass Sie nie an einem Flughafen festsitzen müssen.'],
  ['calm', 'Ich hoffe, Sie sitzen bei dem Streik nicht auch irgendwo fest.'],
  ['calm', 'Ich hoffe, Sie verpassen wegen des Streiks nicht die Hochzeit Ihrer Tochter.'],
  ['calm', 'Ich wünsche Ihnen und Ihrer Familie frohe Weihnachten.'],
  ['!abusive', 'Meine Mutter wurde letzte Woche beerdigt, deshalb habe ich die Frist verpasst. Ich wünsche Ihnen einen schönen Tag.'],
  ['!abusive', 'Wir saßen zwei Tage am Flughafen fest. Ich hoffe, Sie können mir die Hotelkosten erstatten.'],
]);

family('Q4 wondering how the rep got through a test, the training or the probation (abusive)', [
  ['abusive', 'Ich frage mich, wie Sie alle durch den Einstellungstest gekommen sind.'],
  ['abusive', 'Muss man bei Ihnen eigentlich einen Test bestehen? Und wenn ja, wie sind Sie da durchgekommen?'],
  ['abusive', 'Wie haben Sie eigentlich die Probezeit überstanden?'],
  ['abusive', 'Mich würde interessieren, wie du die Ausbildung bestanden hast.'],
]);

family('Q4 near misses: tests, storms and exams without a put-down', [
  ['calm', 'Wie sind Sie durch den Schneesturm gekommen? Hoffentlich gut!'],
  ['calm', 'Ich habe den Einstellungstest bei Ihnen bestanden und fange im Mai an. Wohin schicke ich die Unterlagen?'],
  ['calm', 'Glückwunsch, Sie haben die Prüfung bestanden! Wie haben Sie das geschafft?'],
  ['calm', 'Wie kommt mein Sohn durch den Test für die Ausbildung bei Ihnen?'],
  ['!abusive', 'Ich frage mich, wie Ihr Techniker durch die Prüfung gekommen ist.'],
]);

family('Q5 put-downs of the mind in dialect (Berlin, Bavarian, Swiss) are abusive', [
  ['abusive', 'Dir hamse doch als Baby zu heiß jebadet, oder wat?'],
  ['abusive', 'Dich hamse wohl zu heiß jebadet!'],
  ['abusive', "Bist du uff'n Kopp jefallen?"],
  ['abusive', "Du hast doch 'nen Knall!"],
  ['abusive', 'Sie ham doch an Vogel!'],
  ['abusive', 'Bisch du eigentlich bireweich?'],
]);

family('Q5 near misses: the same dialect words about a bath, a child, a bird', [
  ['!abusive', 'Ick hab jebadet und dabei is det Handy ins Wasser jefallen, wat mach ick nu?'],
  ['quiet', 'Dit Wasser war zu heiß, der Boiler spinnt. Könnt ihr wen schicken?'],
  ['!abusive', "Mein Kleener is uff'n Kopp jefallen, aba allet jut. Wann kommt det Paket?"],
  ['!abusive', 'Beim Anschluss hat es einen Knall gegeben, seitdem geht der Router nicht mehr.'],
  ['calm', 'Haben Sie einen Vogel im Sortiment? Ich suche einen Wellensittich für meine Tochter.'],
  ['!abusive', 'Haben Sie nen Knall gehört? Bei uns ist gerade der Router durchgebrannt.'],
]);

family('Q6 the rep put down for their age: sent into retirement, "since the invention of the telephone" (abusive)', [
  ['abusive', 'Gehen Sie endlich in Rente und lassen Sie Jüngere ran.'],
  ['abusive', 'Vielleicht sollten Sie langsam Platz machen für Leute, die sich mit Smartphones auskennen.'],
  ['abusive', 'Ihrer Stimme nach machen Sie den Job seit der Erfindung des Telefons.'],
  ['abusive', 'Kümmern Sie sich lieber um Ihren Schrebergarten.'],
  ['abusive', 'Sind Sie nicht langsam zu alt für diesen Job?'],
]);

family('Q6 near misses: retirement, old devices and gardens said plainly', [
  ['calm', 'Ich gehe nächsten Monat in Rente, bitte stellen Sie meinen Vertrag um.'],
  ['calm', 'Gehen Sie bald in Rente? Dann schon mal alles Gute!'],
  ['calm', 'Mein Vater ist 84 und kommt mit der App nicht klar, können Sie ihm helfen?'],
  ['calm', 'Mein Schrebergarten braucht einen Stromanschluss, machen Sie das auch?'],
  ['!abusive', 'Ihr Router ist doch von vorgestern, der ist zu alt für diesen Job.'],
  ['calm', 'Machen Sie bitte Platz für Leute mit Kinderwagen, der Eingang ist zu eng.'],
  ['calm', 'Sie sind seit der Erfindung des Telefons unser Anbieter, und wir sind zufrieden.'],
]);

family('Q7 a lawyer or the police threatened in learner German, without the article (angry)', [
  ['hot', 'Wenn Geld nicht kommt, ich gehe zu Anwalt!'],
  ['hot', 'Wenn bis Freitag keine Antwort, ich gehe zu Polizei und Anwalt.'],
  ['hot', 'Falls Sie nicht zahlen, ich gehe zu Gericht!'],
]);

family('Q7 near misses: a lawyer or the police for a plain reason', [
  ['quiet', 'Ich gehe zu Anwalt wegen Testament, brauche Kopie von Vertrag bitte.'],
  ['calm', 'Mein Sohn ist Anwalt, er hilft mir mit Formular. Wann kommt Rechnung?'],
  ['quiet', 'Wenn ich Zeit habe, ich gehe zu Polizei wegen Fahrrad, brauche ich dafür Rechnung?'],
]);

family('Q8 a one-star rating given as contempt (angry)', [
  ['hot', 'Ein Stern, und selbst der ist noch zu viel.'],
  ['hot', 'Bewertung geschrieben: ein Stern, den habt ihr euch nicht mal verdient.'],
  ['hot', 'Ein Stern. Mehr gibt es für diesen Service nicht.'],
]);

family('Q8 near misses: stars given gladly or by mistake', [
  ['calm', 'Fünf Sterne, die habt ihr euch verdient!'],
  ['calm', 'Ich habe aus Versehen nur einen Stern gegeben, kann ich das ändern?'],
  ['quiet', 'Ein Stern ist von der Weihnachtsdeko abgebrochen, bitte schicken Sie Ersatz.'],
]);

family('Q9 orders repeated gladly ("zum dritten Mal diese Woche bestellt 😂") are calm', [
  ['calm', 'Zum dritten Mal diesen Monat bestellt, ich liebe eure Socken 😂 Geht ein Sammelversand?'],
  ['calm', 'Schon zum zweiten Mal diese Woche bei euch eingekauft, ich kann nicht widerstehen 😄'],
]);

family('Q9 near misses: a repeat that is a complaint stays frustrated or worse', [
  ['!calm', 'Zum dritten Mal diese Woche bestellt und wieder ist nichts angekommen.'],
  ['!calm', 'Zum dritten Mal diese Woche angerufen, und keiner weiß Bescheid.'],
]);

family('Q10 the Nth bill or delivery with the same fault, a Swiss "scho wieder", "was stimmt denn jetzt", "ich verstehe nicht mehr" (frustrated, not calm)', [
  ['!calm', 'Das ist jetzt schon die zweite Mahnung mit dem falschen Betrag. Bitte prüfen.'],
  ['!calm', 'Heute kam die vierte Lieferung mit der falschen Größe.'],
  ['!calm', 'Grüezi, d Rächnig isch scho wieder falsch. Chönd Sie das aaluege?'],
  ['!calm', 'In der App steht storniert, am Telefon heißt es aktiv. Was stimmt denn nun?'],
  ['!calm', 'Die Filiale schickt mich zur Hotline, die Hotline zur Filiale. Ich verstehe langsam nicht mehr, wer hier zuständig ist.'],
]);

family('Q10 near misses: a second bill, "wieder" working, a plain question stay calm', [
  ['calm', 'Das ist die zweite Rechnung mit der neuen Adresse, jetzt passt alles, danke!'],
  ['calm', 'Das ist jetzt meine dritte Bestellung bei Ihnen, ich bin sehr zufrieden.'],
  ['calm', 'Es funktioniert scho wieder, merci vielmal!'],
  ['calm', 'Was stimmt denn nicht mit meiner Adresse? Können Sie mir das sagen?'],
  ['calm', 'Ich verstehe nicht mehr so gut, bitte schreiben Sie mir lieber eine Mail.'],
]);

family('Q11 more of the same kinds in other wordings: sent back where they came from, "Opa," as a name, harm wished with "möge", wits lacking for the simplest thing (abusive)', [
  ['abusive', 'Gehen Sie doch dahin zurück, wo Sie herkommen.'],
  ['abusive', 'Opa, Sie sollten das Telefon lieber Ihren Enkeln überlassen.'],
  ['abusive', 'Wie lange brauchen Sie denn noch, Oma?'],
  ['abusive', 'Möge Ihnen dasselbe passieren.'],
  ['abusive', 'Sie können ja nicht mal eine einfache Rechnung lesen.'],
  ['abusive', 'Ich rede nicht mehr mit Ihnen, Sie sind unter meinem Niveau.'],
  ['abusive', 'Du Tattergreis findest ja nicht mal den Einschaltknopf.'],
]);

family('Q11 near misses: going back, grandparents, wishes and reading said plainly', [
  ['calm', 'Ich gehe morgen dahin zurück, wo ich das Gerät gekauft habe. Brauche ich den Kassenbon?'],
  ['calm', 'Meine Oma hat mir das Handy geschenkt, wie richte ich es ein?'],
  ['calm', 'Opa hat den Vertrag unterschrieben, kann ich ihn trotzdem ändern?'],
  ['calm', 'Möge Ihnen das neue Jahr viel Glück bringen! Danke für alles.'],
  ['calm', 'Ich hoffe, Ihnen wird nicht dasselbe passieren wie mir mit dem alten Router.'],
  ['!abusive', 'Sie können ja nicht mal die Rechnung lesen, weil die PDF kaputt ist. Bitte neu schicken.'],
  ['calm', 'Die Preise sind unter meinem Budget, super! Ich bestelle gleich.'],
]);

family('Q12 a postscript after the signature is the writer\'s own words again (its put-down counts)', [
  ['abusive', 'Guten Tag,\nbitte korrigieren Sie die Rechnung.\nMit freundlichen Grüßen\nHelga Brandt\n\nPS: Geben Sie das ruhig an jemanden weiter, der hier geboren ist.'],
  ['abusive', 'Hallo,\ndie Adresse stimmt nicht.\nViele Grüße\nTom\nP.S. Sie sind wirklich ein hoffnungsloser Fall.'],
]);

family('Q12 near misses: a name with initials, a friendly postscript stay calm', [
  ['calm', 'Hallo,\ndanke für die schnelle Hilfe.\nViele Grüße\nP. S. Sauer'],
  ['calm', 'Sehr geehrte Frau Idrizi,\nvielen Dank für Ihre Hilfe.\nMit freundlichen Grüßen\nPeter Sauer\n\nPS: Ihr Kollege war auch sehr nett.'],
]);

family('Q13 put-downs in a polite letter\'s even voice: the simplest tasks too much, hired for looks, how little they achieve, a job without customers (abusive)', [
  ['abusive', 'Liebe Frau Schmitt, danke für die Antwort. Sie meinen es sicher gut, aber offenbar sind Sie mit den einfachsten Aufgaben überfordert.'],
  ['abusive', 'Sehr geehrte Frau Novak, ich frage mich, ob Sie bei Ihrer Einstellung nur nach dem Aussehen ausgewählt wurden.'],
  ['abusive', 'Sehr geehrter Herr Braun, ich hoffe für Sie, dass Ihr Arbeitgeber nie merkt, wie wenig Sie leisten.'],
  ['abusive', 'Bei der Gelegenheit: Suchen Sie sich doch einen Job ohne Kundenkontakt.'],
]);

family('Q13 near misses: overwhelmed with work, looks of a product, an excuse, a job search', [
  ['calm', 'Sie sind bestimmt mit den vielen Anfragen überfordert, ich kann gern warten.'],
  ['calm', 'Ich bin mit den einfachsten Einstellungen am Handy überfordert 😅 Können Sie helfen?'],
  ['calm', 'Ich weiß, wie wenig Sie dafür können, trotzdem danke fürs Weiterleiten.'],
  ['calm', 'Haben Sie das Sofa nur nach dem Aussehen ausgewählt? Ich suche eins, das bequem ist.'],
  ['calm', 'Mein Sohn sucht einen Job ohne Kundenkontakt, haben Sie Stellen im Lager?'],
]);
