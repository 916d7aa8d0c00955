import { familiesIn } from './level-families';

// Probe families for German customer tone (issue 15 point 3), fifth round, from the kinds of miss a blind split (train7) showed:
// the rep's job threatened without a threat word, menace veiled in care or in what only a stalker knows, the rep's mind said to be
// missing or compared down, a masked order to shut up, strong words about one's own life said calmly (must stay calm), frustration
// said without a feeling word, and anger said without swearing. Each family has hits in several wordings and near misses. Every
// sentence is written for these tests (none is taken from a corpus).
// Wanted levels: a level, '!abusive' (anything but abusive), '!calm' (anything but calm), 'hot' (angry or abusive),
// 'quiet' (calm or frustrated).
const family = familiesIn('de');

family('H1 the rep\'s job threatened in veiled words: enjoy it while it lasts, you want to keep it, not here much longer, your HR (abusive)', [
  ['abusive', 'Genießen Sie Ihren Job, solange Sie ihn noch haben.'],
  ['abusive', 'Freu dich über deinen Arbeitsplatz, solange du ihn noch hast. Die Beschwerde ist raus.'],
  ['abusive', 'Ich nehme an, Sie möchten Ihren Job gern behalten. Dann buchen Sie mir das bis morgen um.'],
  ['abusive', 'Sie wollen doch sicher Ihren Job behalten, oder? Also erstatten Sie mir das Geld.'],
  ['abusive', 'Wenn Ihnen Ihr Job lieb ist, schalten Sie meinen Anschluss heute noch frei.'],
  ['abusive', 'Wenn du deinen Posten behalten willst, kümmerst du dich jetzt darum.'],
  ['abusive', 'Ich werde dafür sorgen, dass Sie bald nicht mehr hier arbeiten.'],
  ['abusive', 'Ich kümmere mich darum, dass du nie wieder am Telefon sitzt.'],
  ['abusive', 'Sie arbeiten hier nicht mehr lange, das verspreche ich Ihnen.'],
  ['abusive', 'Das Protokoll geht noch heute an Ihre Personalabteilung.'],
]);

family('H1n near misses: the rep\'s job spoken of kindly, one\'s own job, a job application (never abusive)', [
  ['!abusive', 'Ich hoffe, Sie dürfen Ihren Job trotz der Umstrukturierung behalten. Danke für alles!'],
  ['calm', 'Ich werde dafür sorgen, dass Sie nicht mehr so viel arbeiten müssen: Ich schicke alle Unterlagen auf einmal.'],
  ['calm', 'Können Sie meine Bewerbung an Ihre Personalabteilung weiterleiten? Ich interessiere mich für die Ausbildung.'],
  ['calm', 'Genießen Sie Ihren Feierabend! Danke für die schnelle Hilfe.'],
  ['!abusive', 'Ich will meinen Job behalten, deshalb brauche ich den Laptop bis Montag.'],
  ['calm', 'Arbeiten Sie morgen auch noch? Dann rufe ich Sie direkt an.'],
]);

family('H2 menace veiled: the way home, the rep\'s car and hours known, a meeting where the writer "will not be polite", harm foretold (abusive)', [
  ['abusive', 'Pass gut auf dich auf, wenn du heute Feierabend machst. Nur so ein Tipp.'],
  ['abusive', 'Passen Sie gut auf sich auf, wenn Sie heute das Büro verlassen.'],
  ['abusive', 'Ich weiß inzwischen, welches Auto Sie fahren.'],
  ['abusive', 'Ich weiß genau, wann du morgens auf den Parkplatz kommst.'],
  ['abusive', 'Ich kenne übrigens Ihr Kennzeichen.'],
  ['abusive', 'Das können wir gern persönlich klären, dann bin ich nicht mehr so höflich.'],
  ['abusive', 'Wir regeln das draußen, dann werde ich nicht so nett sein.'],
  ['abusive', 'Und wenn Ihnen irgendwann etwas passiert, wundern Sie sich nicht.'],
  ['abusive', 'Wenn dir mal was zustößt, ist das Karma.'],
  ['abusive', 'Ihnen könnte leicht etwas passieren.'],
]);

family('H2n near misses: care for the rep, a visit time, the weather, a friendly goodbye (never abusive)', [
  ['calm', 'Pass gut auf dich auf, wenn du heute nach Hause fährst, es soll glatt werden!'],
  ['calm', 'Danke für die Hilfe! Passen Sie gut auf sich auf, wenn Sie heute Feierabend machen.'],
  ['calm', 'Schönen Feierabend und pass auf dich auf!'],
  ['calm', 'Ich weiß, wann Sie kommen, der Techniker hat mir 10 Uhr bestätigt.'],
  ['calm', 'Ich weiß nicht, welches Auto Sie mir empfehlen würden. Was passt zu einer Familie mit drei Kindern?'],
  ['calm', 'Können wir das persönlich klären? Ich komme gern in die Filiale.'],
  ['calm', 'Ich hoffe, Ihnen ist bei dem Sturm nichts passiert. Wann kommt der Techniker?'],
  ['calm', 'Kann bei der Rücksendung etwas passieren, wenn ich das Paket nicht versichere?'],
]);

family('H3 the rep\'s mind said to be missing, an adult asked for, the rep compared down to a child or an intern (abusive)', [
  ['abusive', 'Offenbar fehlt Ihnen dafür schlicht der Verstand.'],
  ['abusive', 'Ihnen fehlt wohl jeglicher Verstand.'],
  ['abusive', 'Dir fehlen echt ein paar Gehirnzellen.'],
  ['abusive', 'Fehlt Ihnen eigentlich das Hirn dafür?'],
  ['abusive', 'Verbinden Sie mich bitte mit einem Erwachsenen.'],
  ['abusive', 'Ich möchte mit einem Erwachsenen sprechen, nicht mit Ihnen.'],
  ['abusive', 'Hol mir einen Erwachsenen ans Telefon.'],
  ['abusive', 'Selbst ein Praktikant am ersten Tag hätte das schneller kapiert als Sie.'],
  ['abusive', 'Sogar mein Hund versteht mehr von Verträgen als du.'],
  ['abusive', 'Jedes Kind wäre kompetenter als Sie.'],
  ['abusive', 'Ich frage mich, warum so jemand überhaupt Kunden beraten darf.'],
]);

family('H3n near misses: one\'s own mind, a missing document, a child\'s contract, comparing things or oneself (never abusive)', [
  ['calm', 'Mir fehlt für solche Formulare einfach der Verstand 😅 Können Sie mir helfen?'],
  ['calm', 'Fehlt Ihnen noch die Unterschrift auf Seite zwei?'],
  ['calm', 'Ihnen fehlt noch die Kopie meines Ausweises, richtig?'],
  ['calm', 'Mein Sohn ist 16. Muss ein Erwachsener den Vertrag unterschreiben?'],
  ['calm', 'Sogar meine Oma findet die neue App besser als die alte!'],
  ['calm', 'Mein Hund mag das neue Futter mehr als ich, danke für den Tipp.'],
  ['calm', 'Selbst ein Kind versteht die Anleitung, super gemacht.'],
]);

family('H4 a masked order to shut up (abusive)', [
  ['abusive', 'Halt einfach die F***e und buch das Geld zurück.'],
  ['abusive', 'Halt die K***e und mach deinen Job.'],
  ['abusive', 'Jetzt reicht es, halt endlich die F***e!'],
  ['abusive', 'Haltet doch die F***e und liefert endlich.'],
]);

family('H4n near misses: a masked swear word that vents, "halt" as a particle (never abusive)', [
  ['!abusive', 'Ist halt die Sch***e mit dem WLAN, können Sie helfen?'],
  ['!abusive', 'Das ist halt die K***e mit Paketdiensten.'],
  ['calm', 'Halten Sie die Tür bitte offen, der Bote kommt gleich.'],
]);

family('H5 strong words about one\'s own life or a blow of fate said calmly (calm)', [
  ['calm', 'Nach dem Wasserrohrbruch ist unser Keller eine einzige Katastrophe. Übernimmt die Hausratversicherung das?'],
  ['calm', 'Die letzten Wochen waren für mich eine Katastrophe, mein Vater ist gestorben. Deshalb melde ich mich erst jetzt wegen der Rechnung.'],
  ['calm', 'Mein Deutsch ist eine Katastrophe, sorry. Ich möchte meinen Vertrag ändern.'],
  ['calm', 'Meine Handschrift ist katastrophal, hoffentlich können Sie das Formular lesen.'],
  ['calm', 'Ich bin total fassungslos, dass ich gewonnen habe! Wie bekomme ich den Gutschein?'],
  ['calm', 'Unsere Wohnung ist seit dem Umzug eine Katastrophe, deshalb finde ich die Rechnung nicht. Können Sie sie nochmal schicken?'],
  ['calm', 'Nach dem Hochwasser war alles eine Katastrophe. Ich möchte jetzt meine Adresse ändern.'],
  ['calm', 'Mein Orientierungssinn ist eine Katastrophe 🙈 In welcher Straße ist die Filiale?'],
  ['calm', 'Mein Handy ist mir ins Klo gefallen, so ein Mist! Was kostet ein Ersatzgerät?'],
  ['calm', 'Die Brille ist mir gestern runtergefallen, verdammt. Deckt die Versicherung das?'],
  ['calm', 'Meine Tochter hat die Bestellung aus Versehen dreimal abgeschickt, sorry! Bitte zwei stornieren.'],
  ['calm', 'Ich habe versehentlich zweimal bezahlt, können Sie eine Zahlung zurückbuchen?'],
]);

family('H5n near misses: the same strong words at the service, or with a reason that blames it (never calm)', [
  ['hot', 'Ihr Service ist eine Katastrophe.'],
  ['hot', 'Für mich ist Ihr Service eine einzige Katastrophe.'],
  ['hot', 'Mein Tag war eine Katastrophe, weil Ihr Techniker nicht kam.'],
  ['hot', 'Die Lieferung war eine Katastrophe!'],
  ['hot', 'Ich bin fassungslos über Ihre Antwort.'],
  ['!calm', 'Das ist für mich eine Katastrophe, ich brauche das Gerät morgen!'],
  ['hot', 'Die letzten Wochen mit Ihrem Support waren eine Katastrophe.'],
  ['!calm', 'Sie haben mir aus Versehen dreimal abgebucht, das ist eine Frechheit!'],
  ['!calm', 'Ihr Bote hat das Paket versehentlich zweimal zurückgeschickt. Schon wieder!'],
]);

family('H6 frustration said without a feeling word: patience at its end, nothing happening, nobody came or called, a promise\'s day passed, a previous agent clueless (frustrated or more, never calm)', [
  ['!calm', 'Ich bin langsam am Ende meiner Geduld. Wann kommt das Paket?'],
  ['!calm', 'Meine Geduld ist so langsam erschöpft. Gibt es schon einen Termin?'],
  ['!calm', 'Antrag gestellt am 3. März, nachgefragt am 20. März, und es tut sich: nichts.'],
  ['!calm', 'Der Techniker sollte zwischen 8 und 12 kommen, jetzt ist es 14 Uhr und keiner da.'],
  ['!calm', 'Paket sollte heute kommen. Niemand ruft an, niemand schreibt. Kommt es noch?'],
  ['!calm', 'Sie schrieben, Sie melden sich in zwei Tagen. Das war am Montag. Heute ist Freitag.'],
  ['!calm', 'Ihre Kollegin gestern war leider ziemlich ahnungslos. Können Sie mir sagen, wie ich die Nummer mitnehme?'],
  ['!calm', 'Der Mitarbeiter an der Hotline hatte offensichtlich keine Ahnung. Wer kann mir helfen?'],
  ['!calm', 'Ihr Berater wirkte etwas überfordert mit meiner Frage. Vielleicht klappt es schriftlich?'],
]);

family('H6n near misses: a neutral visit note, one\'s own colleague, a kind word about an agent (calm)', [
  ['calm', 'Falls keiner da ist, geben Sie das Paket bitte beim Nachbarn ab.'],
  ['calm', 'Meine Kollegin war etwas überfordert mit dem Formular. Können Sie mir sagen, was in Feld 4 gehört?'],
  ['calm', 'Ihr Kollege gestern war sehr freundlich und hat mir super geholfen.'],
  ['calm', 'Mein Kollege hatte keine Ahnung, dass wir das Abo noch haben. Können Sie es kündigen?'],
  ['calm', 'Es tut sich was! Das Paket ist unterwegs, danke.'],
]);

family('H7 anger said without swearing at the rep: fed up in every wording, "Eine Schande!", refusing to pay, leaving as a consequence, sarcasm about losing a customer, an insult at a courier (angry or more)', [
  ['hot', 'Ich hab die Schnauze gestrichen voll von euch.'],
  ['hot', 'Ich habe die Nase sowas von voll. Seit Wochen kein Internet.'],
  ['hot', 'Vier Wochen ohne Heizung. Eine Schande!'],
  ['hot', 'Seit zwei Monaten kein Warmwasser. Ich zahle keine Miete mehr, bis das repariert ist.'],
  ['hot', 'Wir zahlen ab sofort keine Raten mehr für dieses kaputte Gerät.'],
  ['hot', 'Wenn der Server bis heute Abend nicht läuft, kündigen wir.'],
  ['hot', 'Glückwunsch, ihr habt es geschafft, einen treuen Kunden zu vergraulen.'],
  ['hot', 'Kurier ist Idiot, Paket liegt im Regen vor der Tür!'],
  ['hot', 'Eure Statusseite zeigt „alles in Ordnung“, was kompletter Bullshit ist. Wir kommen seit heute früh nicht rein.'],
  ['hot', 'Das mit der Gutschrift ist doch kompletter Bullshit, ich warte seit drei Wochen!'],
  ['hot', 'Ihre Begründung ist totaler Schwachsinn.'],
]);

family('H7n near misses: the same words asked about, about oneself or as praise (calm or frustrated)', [
  ['quiet', 'Muss ich nach dem Umzug keine Miete mehr an Sie zahlen?'],
  ['calm', 'Meine Nase ist seit Tagen voll, ich bin erkältet. Können wir den Termin verschieben?'],
  ['calm', 'Wir haben es geschafft, den Router anzuschließen, danke für die Anleitung!'],
  ['quiet', 'Wenn der Techniker nicht kommen kann, verschieben wir den Termin einfach, kein Problem.'],
  ['calm', 'Der Kurier war super nett und hat das Paket sogar hochgetragen.'],
  ['quiet', 'Mein Mann sagt, das sei kompletter Quatsch, aber ich frage lieber nach: Gilt die Garantie auch im Ausland?'],
  ['calm', 'Meine erste Steuererklärung war kompletter Murks, haha. Wo finde ich die Jahresbescheinigung?'],
]);

family('H8 menace veiled in luck, caution or advice: distance as the rep\'s luck, careful what you say, not alone to the car, friends who will visit (abusive)', [
  ['abusive', 'Sie können von Glück reden, dass ich nicht vor Ort bin.'],
  ['abusive', 'Du kannst froh sein, dass zwischen uns ein Telefon ist.'],
  ['abusive', 'Seien Sie froh, dass Sie so weit weg sind.'],
  ['abusive', 'Ihr habt Schwein, dass ich nicht in eurer Nähe wohne.'],
  ['abusive', 'Sie sollten besser vorsichtig sein, was Sie sagen.'],
  ['abusive', 'Du solltest lieber aufpassen, mit wem du dich anlegst.'],
  ['abusive', 'Ich würde an Ihrer Stelle heute nicht allein zum Auto gehen.'],
  ['abusive', 'An deiner Stelle würde ich nachts nicht mehr alleine nach Hause gehen.'],
  ['abusive', 'Ich habe Freunde, die Sie gern mal besuchen würden.'],
  ['abusive', 'Ich kenne da Jungs, die dich gern kennenlernen würden.'],
]);

family('H8n near misses: relief, a safety tip about a device, advice about a trip, friends as customers (never abusive)', [
  ['calm', 'Ich bin froh, dass ich nicht vor Ort sein muss, danke für den Online-Termin.'],
  ['calm', 'Zum Glück bin ich nicht vor Ort, der Techniker hat einen Schlüssel.'],
  ['calm', 'Sie sollten vorsichtig sein, das Netzteil wird sehr heiß. Ist das normal?'],
  ['calm', 'An Ihrer Stelle würde ich das Paket heute noch abschicken, morgen ist Feiertag.'],
  ['calm', 'Ich habe Freunde, die Ihren Tarif auch nutzen. Gibt es einen Empfehlungsbonus?'],
  ['calm', 'Ich kenne Leute, die bei Ihnen bestellt haben, und alle waren zufrieden.'],
]);

family('H9 condescension without a swear word: who let the rep loose, can the rep be exchanged, talked to like a toddler, explained slowly (abusive)', [
  ['abusive', 'Wer hat Sie denn auf die Menschheit losgelassen?'],
  ['abusive', 'Wer hat dich eigentlich auf die Kundschaft losgelassen?'],
  ['abusive', 'Kann man Sie eigentlich irgendwo umtauschen?'],
  ['abusive', 'Kann man dich irgendwo reklamieren?'],
  ['abusive', 'Mit Ihnen rede ich wie mit einem Kleinkind, vielleicht verstehen Sie es dann.'],
  ['abusive', 'Dir erkläre ich das jetzt wie mit einem Fünfjährigen.'],
  ['abusive', 'Ich erkläre es Ihnen ganz langsam, zum Mitschreiben.'],
  ['abusive', 'Ich schreibe es dir nochmal langsam, damit du es auch verstehst.'],
]);

family('H9n near misses: an exchange asked for, a slow explanation asked for, a child (calm)', [
  ['calm', 'Kann man die Schuhe irgendwo umtauschen? Sie sind zu klein.'],
  ['calm', 'Kann man sie auch in der Filiale zurückgeben?'],
  ['calm', 'Können Sie mir das bitte ganz langsam erklären? Ich bin nicht so technikaffin.'],
  ['calm', 'Mein Sohn ist drei, ich rede mit ihm wie mit einem Kleinkind eben. Gibt es die App auch für Kinder?'],
  ['calm', 'Wer hat den Hund auf die Straße gelassen? Spaß, ich wollte nur den Tarif wechseln.'],
]);

family('H10 frustration said plainly: nothing works, calling every day to make something happen, "Was soll ich davon halten?", "endlich", the same old game, too long "for me" (never calm)', [
  ['!calm', 'Irgendwie klappt bei Ihnen gar nichts. Wann kommt mein Geld?'],
  ['!calm', 'Seit dem Update funktioniert überhaupt nichts mehr. Können Sie helfen?'],
  ['!calm', 'Muss ich jetzt jeden Tag anrufen, damit etwas passiert?'],
  ['!calm', 'Muss man bei Ihnen erst dreimal schreiben, damit sich was tut?'],
  ['!calm', 'Das Paket ist seit einer Woche in Zustellung. Was soll ich davon halten?'],
  ['!calm', 'Ich hätte gern endlich eine verbindliche Antwort.'],
  ['!calm', 'Ich möchte jetzt bitte endlich wissen, wann der Techniker kommt.'],
  ['!calm', 'Jede Woche das gleiche Spiel mit Ihrer App.'],
  ['!calm', 'Immer wieder dasselbe Theater mit der Rechnung.'],
  ['!calm', 'Das dauert mir zu lange, ehrlich.'],
  ['!calm', 'Die Bearbeitung dauert uns wirklich viel zu lange.'],
]);

family('H10n near misses: the same words in calm requests (calm)', [
  ['calm', 'Ich möchte das gleiche Spiel nochmal bestellen, es war ein Geschenk.'],
  ['calm', 'Was soll ich bei der Rücksendung angeben? Danke!'],
  ['calm', 'Endlich ist das Paket da, vielen Dank!'],
  ['calm', 'Die Lieferung dauert wie lange? Ich brauche es bis Freitag.'],
  ['calm', 'Ich muss morgen anrufen, damit der Termin bestätigt wird, oder reicht eine Mail?'],
]);

family('H11 anger said without swearing at the rep: how customers are treated, the service called pathetic, "der letzte Dreck", "die Faxen dicke", boiling mad, lied to again, taken for a ride, money demanded at once (angry or more)', [
  ['hot', 'Unfassbar, wie man so mit Kunden umgeht!'],
  ['hot', 'Es ist eine Schande, wie Sie Ihre Kunden behandeln.'],
  ['hot', 'Der Service bei euch ist einfach nur noch peinlich.'],
  ['hot', 'Ihre Hotline ist mittlerweile erbärmlich.'],
  ['hot', 'Eure Firma ist der letzte Dreck.'],
  ['hot', 'Ich habe die Faxen dicke!'],
  ['hot', 'Ich bin stinkwütend.'],
  ['hot', 'Ihr habt mich jetzt zum dritten Mal angelogen.'],
  ['hot', 'Ich glaube, ihr wollt mich verschaukeln.'],
  ['hot', 'Wollen Sie mich eigentlich veräppeln?'],
  ['hot', 'Das lasse ich mir nicht länger bieten.'],
  ['hot', 'Ich will sofort mein Geld zurück, und zwar komplett!'],
  ['hot', 'Ich verlange umgehend die Erstattung.'],
]);

family('H11n near misses: the same words about oneself, as praise, or a payment offered (calm)', [
  ['calm', 'Ich will sofort bezahlen, geht das per PayPal?'],
  ['calm', 'Mir ist das total peinlich, ich habe mich vertippt.'],
  ['calm', 'Das ist echt peinlich, aber ich finde die Rechnung nicht mehr.'],
  ['calm', 'Unglaublich, wie schnell Sie mir geholfen haben!'],
  ['calm', 'Der Hund hat die Faxen gemacht, deshalb kam ich nicht ans Telefon. Können Sie zurückrufen?'],
]);

family('H12 calm messages with a loaded word: praise that stuns, a family member\'s slip, stock back "schon wieder", care for the rep in the snow (calm)', [
  ['calm', 'Ich bin fassungslos, wie gut Ihr Service ist!'],
  ['calm', 'Ehrlich, ich bin fassungslos, wie freundlich Ihre Kollegin war. Danke!'],
  ['calm', 'Mein Sohn hat schon wieder sein Passwort vergessen 🙄 Können Sie es zurücksetzen?'],
  ['calm', 'Meine Frau hat die Rechnung verlegt, schon wieder. Schicken Sie sie bitte nochmal?'],
  ['calm', 'Ist das Gerät schon wieder lieferbar?'],
  ['calm', 'Sind die Sneaker schon wieder verfügbar in Größe 42?'],
  ['calm', 'Es wäre schade, wenn Ihnen etwas passiert – fahren Sie vorsichtig bei dem Schnee!'],
]);

family('H12n near misses: the same words with a complaint or a menace (never calm)', [
  ['hot', 'Ich bin fassungslos, wie schlecht Ihr Service ist!'],
  ['!calm', 'Der Fehler ist schon wieder da.'],
  ['abusive', 'Es wäre schade, wenn Ihnen etwas passiert. Denken Sie darüber nach.'],
  ['!calm', 'Mein Mann hat das Paket verloren, das ist eine Katastrophe, weil Ihr Bote es einfach vor die Tür gelegt hat!'],
]);

family('H13 the rep put down by level or place: their level fit for shelf-stacking, not fit for a phone, talked down to as staff, no idea what they say, their German, told to learn their job (abusive)', [
  ['abusive', 'Mit Ihrem Niveau sollten Sie Regale einräumen.'],
  ['abusive', 'Mit deinem Horizont solltest du lieber Pakete sortieren.'],
  ['abusive', 'Sie gehören nicht an ein Telefon.'],
  ['abusive', 'Du gehörst echt nicht in den Kundenservice.'],
  ['abusive', 'Ich rede nicht mit Angestellten wie Ihnen.'],
  ['abusive', 'Ich diskutiere nicht mehr mit Leuten wie dir.'],
  ['abusive', 'Sie haben doch keine Ahnung, wovon Sie reden.'],
  ['abusive', 'Du hast null Ahnung, was du da erzählst.'],
  ['abusive', 'Ihr Deutsch ist so schlecht wie Ihr Service.'],
  ['abusive', 'Lernen Sie erst mal Ihren Job.'],
  ['abusive', 'Lern lieber deinen Beruf, bevor du Kunden berätst.'],
]);

family('H13n near misses: the same words as praise, as one\'s own doubt, or about someone else (never abusive)', [
  ['calm', 'Mit Ihrem Niveau an Service bin ich sehr zufrieden.'],
  ['calm', 'Ich habe keine Ahnung, wovon Sie reden, können Sie das erklären?'],
  ['!abusive', 'Sie haben keine Ahnung, was mit meinem Paket passiert ist? Schade.'],
  ['calm', 'Ihr Deutsch ist wirklich gut, wo haben Sie das gelernt?'],
  ['calm', 'Wir brauchen mehr Mitarbeiter wie Sie, danke!'],
  ['calm', 'Mein Sohn will Mechatroniker werden, wo kann er den Beruf lernen?'],
  ['calm', 'Sie gehören nicht zu den Kunden mit Sonderkündigungsrecht, oder?'],
]);
