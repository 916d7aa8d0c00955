import { familiesIn } from './level-families';

// Probe families for German customer tone (issue 15), eighth round, from the kinds of miss a blind split written for look-alikes and
// for abuse inside long factual letters (train10) showed: the rep's wits doubted, slowness as their nature, a man demanded instead of
// the woman on the phone, the rep's home found, their job ended by the writer, harm wished at length; and on the calm side an error
// text or a device label in capitals with "jedes Mal" in a plain bug report, an old escalation told as over, a recovery wished.
// Each family has near misses beside it. Every sentence is written for these tests (none is taken from a corpus).
// Wanted levels: a level, '!abusive' (anything but abusive), '!calm' (anything but calm), 'hot' (angry or abusive),
// 'quiet' (calm or frustrated).
const family = familiesIn('de');

family('N1 the rep\'s wits doubted: "ob Sie überhaupt bis drei zählen können", "muss man Ihnen das erst aufmalen" (abusive)', [
  ['abusive', 'Ehrlich gesagt frage ich mich, ob Sie überhaupt bis drei zählen können.'],
  ['abusive', 'Ich bezweifle, dass du bis zehn zählen kannst.'],
  ['abusive', 'Man fragt sich langsam, ob Sie eigentlich lesen können.'],
  ['abusive', 'Muss man Ihnen das erst aufmalen?'],
  ['abusive', 'Muss ich dir das vorbuchstabieren, oder kapierst du es so?'],
  ['abusive', 'Soll ich Ihnen das etwa noch aufmalen?'],
  ['abusive', 'Ich habe die Zählernummer dreimal geschickt. Muss man Ihnen eigentlich alles vorkauen?'],
  [
    'abusive',
    'Sehr geehrter Herr Brandt,\n\nzu Ihrer Abrechnung vom 4. März: Die Grundgebühr ist doppelt berechnet, der Rabatt fehlt, und die Zählernummer stimmt nicht. Das habe ich Ihnen bereits im Januar geschrieben. Ich frage mich wirklich, ob man Ihnen das erst aufmalen muss.\n\nBitte schicken Sie mir eine korrigierte Rechnung.\n\nMit freundlichen Grüßen\nPetra Lenz',
  ],
]);

family('N1n near misses: drawing offered, counting by a child, the writer\'s own reading, a delivery date asked (never abusive)', [
  ['calm', 'Ich kann Ihnen den Weg zur Garage gern aufmalen, wenn das hilft.'],
  ['calm', 'Können Sie prüfen, ob Sie bis Freitag liefern können?'],
  ['calm', 'Mein Sohn kann jetzt bis zehn zählen und wollte unbedingt die Bestellnummer vorlesen.'],
  ['calm', 'Soll ich Ihnen eine Skizze vom Anschluss schicken?'],
  ['calm', 'Ich frage mich, ob Sie auch Ratenzahlung anbieten können.'],
  ['calm', 'Bitte buchstabieren Sie mir den Namen des Technikers.'],
  ['!abusive', 'Ich weiß nicht, ob ich das richtig lesen kann, die Schrift auf der Rechnung ist winzig.'],
]);

family('N2 slowness as the rep\'s nature: "Sind Sie von Natur aus so langsam?" (abusive)', [
  ['abusive', 'Sind Sie eigentlich von Natur aus so langsam, oder gibt es dafür eine Schulung?'],
  ['abusive', 'Bist du von Natur aus so begriffsstutzig?'],
  ['abusive', 'Sind Sie von Geburt an so umständlich?'],
  ['abusive', 'Seid ihr wirklich so lahm, oder lernt man das bei euch in einem Kurs?'],
  ['abusive', 'Sind Sie immer so langsam, oder gibt\'s dafür bei Ihnen ein Training?'],
]);

family('N2n near misses: the app or the router slow, the writer\'s own nature, kindness by nature, a course asked for (never abusive)', [
  ['quiet', 'Ist die App von Natur aus so langsam, oder liegt es an meinem Handy?'],
  ['!abusive', 'Ich bin von Natur aus etwas ungeduldig, entschuldigen Sie die vielen Mails.'],
  ['calm', 'Sind Sie von Natur aus so freundlich? Vielen Dank für die Hilfe!'],
  ['quiet', 'Ist der Router immer so langsam, oder gibt es dafür ein Update?'],
  ['calm', 'Gibt es dafür eine Schulung? Ich würde gern lernen, wie man die Software bedient.'],
]);

family('N3 a man demanded instead of the woman on the phone, also in dialect (abusive)', [
  ['abusive', 'Geh zurück an die Kasse und hol an Mann ans Telefon, der sich auskennt.'],
  ['abusive', 'Gib mir einen Mann ans Telefon!'],
  ['abusive', 'Verbinden Sie mich mit einem Mann, der Ahnung hat.'],
  ['abusive', 'Hol mir an Mann an die Strippe.'],
  ['abusive', 'Geben Sie mir bitte einen Mann. Mit Frauen kann man über Technik nicht reden.'],
]);

family('N3n near misses: the writer\'s husband, a man to carry things, a named colleague (calm)', [
  ['calm', 'Mein Mann holt das Paket morgen in der Filiale ab.'],
  ['calm', 'Können Sie einen Mann schicken, der die Waschmaschine in den Keller trägt?'],
  ['calm', 'Geben Sie mir bitte einen Termin, an dem mein Mann zu Hause ist.'],
  ['calm', 'Verbinden Sie mich bitte mit dem Techniker, der gestern da war.'],
  ['calm', 'Holen Sie bitte den Herrn ans Telefon, mit dem ich gestern gesprochen habe.'],
]);

family('N4 the rep\'s home found and said to them (abusive)', [
  ['abusive', 'Übrigens: Ihr Wohnort war in zwei Minuten gefunden. Denken Sie mal darüber nach.'],
  ['abusive', 'Deine Privatadresse hab ich längst gegoogelt.'],
  ['abusive', 'Ich habe herausgefunden, wo Sie wohnen.'],
  ['abusive', 'Ihre private Handynummer habe ich auch, Frau Berger.'],
  ['abusive', 'Ihr Heimatort ist ja schnell ermittelt, wenn man Ihren Namen kennt.'],
  [
    'abusive',
    'Sehr geehrte Frau Lorenz,\n\nmein Antrag vom 2. Mai (Kundennummer 55-1920) ist seit sieben Wochen unbearbeitet. Alle Unterlagen liegen Ihnen vor, die Bestätigung Ihres Kollegen habe ich angehängt.\n\nIhre Privatadresse habe ich übrigens inzwischen, Frau Lorenz. Nur damit Sie es wissen.\n\nIch erwarte eine Entscheidung bis Freitag.\n\nH. Vogt',
  ],
]);

family('N4n near misses: the shop\'s address found, the writer\'s own home, a form asking for it (calm)', [
  ['calm', 'Ihre Filiale habe ich auf der Karte gefunden, ich komme morgen vorbei.'],
  ['calm', 'Mein Wohnort hat sich geändert, bitte passen Sie die Rechnungsadresse an.'],
  ['calm', 'Ihre Adresse habe ich auf der Website gefunden, dahin schicke ich die Rücksendung.'],
  ['calm', 'Ich habe Ihre Privatadresse nicht, deshalb schreibe ich an das Büro.'],
  ['calm', 'Welchen Wohnort soll ich im Formular angeben, den alten oder den neuen?'],
]);

family('N5 the rep\'s job ended by the writer: "dafür sorgen, dass Sie nicht mehr hier arbeiten" (abusive)', [
  ['abusive', 'Ich werde persönlich dafür sorgen, dass Sie nächsten Monat nicht mehr hier arbeiten.'],
  ['abusive', 'Ich sorge dafür, dass du nie wieder in einem Callcenter arbeitest.'],
  ['abusive', 'Verlassen Sie sich drauf: Ich sorge schon dafür, dass Sie keinen Tag länger bei dieser Firma angestellt sind.'],
  ['abusive', 'Ich werde dafür sorgen, dass Sie, Herr Kramer, nicht mehr lange beschäftigt sind.'],
  [
    'abusive',
    'Sehr geehrter Herr Otto,\n\nam 12. Juni wurde mein Konto ohne Grund gesperrt. Seitdem kann ich weder Miete noch Strom überweisen. Ihre Kollegin hat die Freigabe für den 14. zugesagt, passiert ist nichts.\n\nSie persönlich haben mich gestern zweimal aus der Leitung geworfen. Ich werde dafür sorgen, dass Sie in dieser Bank nicht mehr arbeiten.\n\nIch erwarte die Freigabe heute.\n\nR. Adler',
  ],
]);

family('N5n near misses: papers arranged, less work wished, the writer\'s own job, a question about the branch (never abusive)', [
  ['calm', 'Ich sorge dafür, dass Sie die Unterlagen bis Freitag haben.'],
  ['!abusive', 'Ich hoffe, Ihr Chef sorgt dafür, dass Sie nicht mehr so lange arbeiten müssen. Danke für Ihre Geduld!'],
  ['quiet', 'Bitte sorgen Sie dafür, dass ich nicht mehr angerufen werde.'],
  ['calm', 'Arbeiten Sie nicht mehr in der Filiale am Markt? Ich habe Sie dort vermisst.'],
  ['calm', 'Mein Arbeitgeber sorgt dafür, dass ich nicht mehr am Wochenende arbeite, deshalb ändere ich den Liefertag.'],
]);

family('N6 harm wished on the rep at length: a night in the emergency room, no heating, their own skin (abusive)', [
  ['abusive', 'Ich wünsche Ihnen von Herzen, dass Sie selbst einmal mit Ihrem Kind nachts in der Notaufnahme sitzen und niemand Ihnen hilft.'],
  ['abusive', 'Ich hoffe, Sie landen irgendwann selbst im Krankenhaus und keiner kümmert sich.'],
  ['abusive', 'Ich wünsche dir, dass du das alles einmal am eigenen Leib erlebst.'],
  [
    'abusive',
    'Sehr geehrte Damen und Herren,\n\nseit dem 3. Januar ist unsere Heizung ausgefallen. Der Techniker war zweimal da, das Ersatzteil ist immer noch nicht bestellt.\n\nIch wünsche Ihnen, dass Sie auch einmal eine Woche mit zwei kleinen Kindern ohne Heizung ausharren müssen.\n\nBitte melden Sie sich bis morgen.\n\nM. Krüger',
  ],
]);

family('N6n near misses: recovery wished, a hospital in the writer\'s own story, kindness at the holidays (never abusive)', [
  ['calm', 'Ich hoffe, Sie haben sich von Ihrer Krankheit gut erholt.'],
  ['calm', 'Ich hoffe, Sie sind nach dem Unfall wieder gesund.'],
  ['!abusive', 'Ich wünsche Ihnen, dass Sie nie in der Notaufnahme sitzen müssen, es war furchtbar.'],
  ['calm', 'Ich hoffe, Sie verstehen, dass ich wegen meiner Krankheit nicht früher anrufen konnte.'],
  ['calm', 'Ich wünsche Ihnen und Ihrer Familie schöne Feiertage und dass Sie vom Krankenhaus verschont bleiben.'],
  ['calm', 'Ich hoffe, Ihr Kind ist aus dem Krankenhaus wieder zu Hause. Die Rechnung kann warten.'],
  ['calm', 'Mein Vater lag drei Wochen im Krankenhaus, und ich hoffe, Sie verstehen, dass die Zahlung deshalb später kam.'],
]);

family('N7 "jedes Mal" and capitals in a plain bug report: an error text or a device label, not shouting (calm)', [
  ['calm', 'Hallo, die App zeigt "FEHLER 503 DIENST NICHT VERFÜGBAR" jedes Mal, wenn ich die Abrechnung öffne. Können Sie das prüfen?'],
  ['calm', 'Beim Login kommt jedes Mal FEHLER 401 – NICHT AUTORISIERT. Liegt das an meinem Passwort?'],
  ['calm', 'Der Drucker zeigt jedes Mal PAPIERSTAU an, obwohl kein Papier drin ist. Was kann ich tun?'],
  ['calm', 'Mein Handy startet jedes Mal neu, wenn ich die Kamera öffne. Gibt es dafür ein Update?'],
  ['calm', 'Das Display zeigt jedes Mal wieder die Meldung SPEICHER VOLL. Wie lösche ich alte Daten?'],
  ['calm', 'Mein Router zeigt die Meldung KEINE VERBINDUNG ZUM SERVER. Was bedeutet das?'],
]);

family('N7n near misses: "jedes Mal" about the service, with heat, or real shouting (not calm)', [
  ['!calm', 'Jedes Mal, wenn ich bei der Hotline anrufe, werde ich vertröstet.'],
  ['!calm', 'Jedes Mal heißt es, das Problem sei behoben, und jedes Mal stürzt die App wieder ab.'],
  ['!calm', 'Zum dritten Mal stürzt die App ab, und jedes Mal verliere ich meine Eingaben!'],
  ['!calm', 'Jedes Mal das gleiche Theater mit Ihrer Lieferung.'],
  ['!calm', 'Jedes Mal, wenn ich den Support anschreibe, bekomme ich eine andere Antwort.'],
  ['!calm', 'ICH WARTE SEIT DREI WOCHEN AUF MEIN GELD. WANN KOMMT ES ENDLICH?'],
]);

family('N8 an old escalation told as over: a regulator or a lawyer long ago, settled (calm)', [
  ['calm', 'Kurz vorab: Ich hatte letztes Jahr eine Beschwerde bei der Schlichtungsstelle eingereicht, die Sache ist längst erledigt. Jetzt möchte ich nur meinen Zählerstand melden: 48213 kWh.'],
  ['calm', 'Vor zwei Jahren habe ich mich wegen einer Rechnung an die Verbraucherzentrale gewandt, das wurde gut gelöst. Heute geht es nur um eine neue Bankverbindung.'],
  ['calm', 'Damals hatte ich wegen des Umzugs einen Anwalt eingeschaltet, alles längst geklärt. Können Sie mir die Vertragsnummer schicken?'],
]);

family('N8n near misses: an escalation now, last week, or to come (hot)', [
  ['hot', 'Ich habe letzte Woche Beschwerde bei der Bundesnetzagentur eingereicht.'],
  ['hot', 'Ich werde mich an die Schlichtungsstelle wenden, wenn das bis Freitag nicht erledigt ist.'],
  ['hot', 'Letztes Jahr habe ich schon Beschwerde bei der Schlichtungsstelle eingereicht, und jetzt reiche ich sie wieder ein.'],
]);

family('N9 a chargeback told as what the bank did, or a refund asked for: no threat (not hot)', [
  ['calm', 'Kurze Frage: Meine Bank hat die Lastschrift zurückgebucht, weil das Konto gewechselt hat. Wie zahle ich jetzt?'],
  ['calm', 'Die Sparkasse hat die Abbuchung zurückgebucht, weil ich die neue IBAN noch nicht gemeldet hatte. Können Sie es noch einmal abbuchen?'],
  ['quiet', 'Ich bitte nur um eine schriftliche Bestätigung zum 30.06. und die Rückbuchung des Juli-Beitrags.'],
  ['quiet', 'Wir bitten höflich um Rückbuchung der doppelt abgebuchten 29,90 €.'],
]);

family('N9n near misses: the writer taking the money back through the bank (hot)', [
  ['hot', 'Ich lasse die Lastschrift über meine Bank zurückgehen.'],
  ['hot', 'Sonst buche ich den Betrag zurück.'],
  ['hot', 'Dann mache ich eben eine Rückbuchung.'],
  ['hot', 'Ich veranlasse die Rückbuchung des Betrags über meine Bank.'],
]);

family('N10 leaving said as the company\'s loss or as being done with it, also in dialect (hot)', [
  ['hot', 'Dann können Sie sich einen neuen Kunden suchen.'],
  ['hot', 'Wenn das nicht bis Montag geklärt ist, könnt ihr euch einen anderen Kunden suchen.'],
  ['hot', 'Des zahl i ned. Und dann könnt\'s euch an neuen Kunden suchen.'],
  ['hot', 'Wir sind mit euch fertig.'],
  ['hot', 'Mir ham mit euch fertig, endgültig.'],
  ['hot', 'Ich bin mit Ihnen fertig.'],
]);

family('N10n near misses: finished with a task, a question whether all is done, a new customer welcomed (not hot)', [
  ['calm', 'Sind wir mit Ihnen fertig, oder brauchen Sie noch etwas?'],
  ['calm', 'Wir sind mit dem Umzug fertig und brauchen den Router in der neuen Wohnung.'],
  ['calm', 'Ich bin mit Ihnen fertig, danke für die Geduld, der Rest klappt.'],
  ['calm', 'Meine Schwester möchte auch Kundin werden. Können Sie ihr ein Angebot schicken?'],
  ['calm', 'Ich bin mit dem Formular fertig und schicke es Ihnen gleich.'],
]);

family('N11 one sentence of abuse inside a long factual letter: likened, told off as a woman, menaced after work, a name at the end (abusive)', [
  ['abusive', 'Sehr geehrter Herr Wolf,\n\ndie Gutschrift über 84,20 € für die Bestellung 77-310 fehlt seit dem 2. April. Ich habe Ihnen den Kontoauszug am 9. April geschickt.\n\nSie haben das Hirn einer Amöbe.\n\nBitte überweisen Sie den Betrag bis Freitag.\n\nA. Roth'],
  ['abusive', 'Du hast echt den Verstand eines Toasters.'],
  ['abusive', 'Sehr geehrte Frau Kern,\n\nder Techniker kam am 3. nicht, am 10. auch nicht. Frauen wie Sie sollten lieber Kaffee kochen, statt Termine zu vergeben.\n\nIch erwarte einen neuen Termin.\n\nB. Haas'],
  ['abusive', 'Mädels wie du gehören nicht an die Hotline.'],
  ['abusive', 'Wenn ich Sie auf der Straße treffe, können Sie was erleben.'],
  ['abusive', 'Man sollte Ihnen das Telefon wegnehmen.'],
  ['abusive', 'Ich hoffe, Ihr Chef liest das und wirft Sie raus.'],
  ['abusive', 'Ich weiß inzwischen, in welchem Ort Sie wohnen.'],
  ['abusive', 'Von Ihnen lasse ich mir gar nichts mehr sagen, Sie Witzfigur.'],
]);

family('N11n near misses: a good memory praised, women praised, meeting at the shop, the writer\'s own boss, advice one accepts (never abusive)', [
  ['calm', 'Sie haben das Gedächtnis eines Elefanten, danke!'],
  ['calm', 'Frauen wie Sie machen mir Mut, danke!'],
  ['calm', 'Wenn ich Sie morgen in der Filiale treffe, bringe ich die Quittung mit.'],
  ['calm', 'Ich weiß inzwischen, in welcher Filiale Sie arbeiten, ich komme morgen vorbei.'],
  ['!abusive', 'Mein Chef liest das und wirft mich raus, wenn die Lieferung nicht kommt.'],
  ['calm', 'Ich lasse mir von meinem Anwalt nichts anderes sagen, er meint, der Vertrag gilt.'],
  ['calm', 'Meine Tochter hat das Hirn einer Rechenmaschine, sie hat den Fehler in der Rechnung gefunden.'],
]);

family('N12 a capital word hyphened into a term\'s name is no deadline shouted (calm)', [
  ['calm', 'SOFORT-KÜNDIGUNG ist ein Begriff aus Ihren AGB, den ich nicht verstehe. Was bedeutet das genau?'],
  ['calm', 'In der App gibt es den Knopf JETZT-BEZAHLEN. Wird dann sofort abgebucht oder erst am Monatsende?'],
  ['calm', 'Ihr Tarif heißt SOFORT-START. Ab wann läuft die Mindestlaufzeit?'],
]);

family('N12n near misses: the deadline shouted on its own (hot)', [
  ['hot', 'Ich will mein Geld zurück. SOFORT.'],
  ['hot', 'Rufen Sie mich an. SOFORT!'],
  ['hot', 'Die Gutschrift will ich HEUTE sehen.'],
]);

family('N13 a lawyer needed long ago, a review someone else wrote: told, not threatened (calm)', [
  ['calm', 'Hallo,\n\nletztes Jahr musste ich wegen einer falschen Abrechnung einen Anwalt einschalten. Das ist erledigt und ich bin wieder zufrieden. Jetzt eine Frage: Kann ich meinen Abschlag auf 80 € senken?\n\nGruß\nTim'],
  ['calm', 'Vor drei Jahren wollte ich mich schon bei der Verbraucherzentrale beschweren, dann hat Ihr Kollege alles geklärt. Heute nur eine Frage zur neuen Preisliste.'],
  ['calm', 'In einer Bewertung auf Google schreibt jemand, Ihr Versand sei langsam. Bei mir kam alles nach zwei Tagen, danke!'],
  ['calm', 'Laut einer Bewertung bei Trustpilot steht, dass Sie auch nach Österreich liefern. Stimmt das?'],
]);

family('N13n near misses: the lawyer or the review to come (hot)', [
  ['hot', 'Ich schreibe eine Bewertung auf Google.'],
  ['hot', 'Dann gibt es eine Bewertung auf Google, und zwar eine ehrliche.'],
  ['hot', 'Letztes Jahr musste ich schon einen Anwalt einschalten, und jetzt mache ich das wieder.'],
  ['hot', 'Wenn das so weitergeht, muss ich einen Anwalt einschalten.'],
]);

family('N14 put-downs without a swear word: the mind left at the door, back to school, parents ashamed, a bad day wished (abusive)', [
  ['abusive', 'Haben Sie Ihren Verstand beim Pförtner abgegeben?'],
  ['abusive', 'Hast du dein Hirn heute zu Hause gelassen?'],
  ['abusive', 'Bei Ihrem Gehalt würde ich mich auch nicht anstrengen, aber ein bisschen Hirn könnten Sie trotzdem einschalten.'],
  ['abusive', 'Lesen ist nicht so Ihr Ding, oder?'],
  ['abusive', 'Vielleicht sollten Sie wieder zurück in die Grundschule.'],
  ['abusive', 'Sie sind der Grund, warum Menschen Kundenservice hassen.'],
  ['abusive', 'Ihre Eltern müssen sehr enttäuscht von Ihnen sein.'],
  ['abusive', 'Mit jemandem wie Ihnen rede ich nicht, holen Sie Ihren Chef.'],
  ['abusive', 'Ich hoffe, Sie haben heute einen richtig beschissenen Tag.'],
]);

family('N14n near misses: the writer\'s own brain, a router switched on, the writer\'s own dislikes, a child at school, praise (never abusive)', [
  ['calm', 'Ich habe mein Hirn heute zu Hause gelassen 😅 Die Bestellnummer ist 4471.'],
  ['calm', 'Schalten Sie bitte den Router ein und warten Sie zwei Minuten.'],
  ['calm', 'Kochen ist nicht so mein Ding, deshalb bestelle ich bei Ihnen.'],
  ['calm', 'Meine Tochter geht wieder in die Grundschule, bitte ändern Sie die Lieferadresse.'],
  ['calm', 'Sie sind der Grund, warum ich wieder bei Ihnen bestelle!'],
  ['calm', 'Ihre Mutter ist sicher stolz auf Sie, Sie waren super hilfsbereit!'],
  ['calm', 'Mit jemandem wie Ihnen rede ich gern, danke!'],
  ['!abusive', 'Ich hatte einen beschissenen Tag, sorry für den Ton. Wo ist mein Paket?'],
  ['calm', 'Ich hoffe, Sie haben heute keinen so miesen Tag wie ich.'],
]);

family('N15 the rep watched or their career ended, said inside a factual letter (abusive)', [
  ['abusive', 'Sehr geehrter Herr Brückner,\n\nseit dem 1. Juni warte ich auf die Erstattung von 412 € (Buchung RT-5521). Ihre Kollegin hat die Zahlung bestätigt, eingegangen ist nichts.\n\nIch weiß, dass Sie jeden Abend um sechs das Büro verlassen.\n\nIch erwarte die Zahlung bis Ende der Woche.\n\nS. Falk'],
  ['abusive', 'Ich kenne Leute in Ihrer Stadt, Herr Brückner.'],
  ['abusive', 'Ihre Kinder gehen doch in die Grundschule am Marktplatz, oder?'],
  ['abusive', 'Ich sorge dafür, dass Sie in dieser Branche nie wieder einen Fuß auf den Boden bekommen.'],
  ['abusive', 'Ich weiß genau, wann du dein Auto auf dem Parkplatz abstellst.'],
]);

family('N15n near misses: opening hours known, a reason to write now, people in the trade, a child\'s school for a product, a job found (never abusive)', [
  ['calm', 'Ich weiß, dass Sie jeden Abend um sechs schließen, deshalb komme ich morgen früh.'],
  ['calm', 'Ich weiß, dass Sie um 18 Uhr nach Hause gehen, deshalb schreibe ich jetzt schon.'],
  ['calm', 'Ich kenne Leute in Ihrer Branche, die sehr zufrieden mit Ihnen sind.'],
  ['calm', 'Ihre Tochter geht in die Grundschule? Dann passt das Lernset 2.'],
  ['calm', 'Ich sorge dafür, dass Sie einen Job finden, ich bin Personalvermittlerin.'],
]);

family('N16 a numbered or PS line of abuse in a factual letter: dismissal deserved, cleverer animals, "Sie persönlich", how one can be so stupid (abusive)', [
  ['abusive', 'Sehr geehrte Damen und Herren,\n\nich beziehe mich auf meinen Vertrag 8812-44 und Ihre Rechnung vom 3. Mai:\n\n1. Der Grundpreis wurde doppelt berechnet.\n2. Die Gutschrift vom April fehlt.\n3. Wer so arbeitet wie Sie, gehört entlassen.\n\nBitte korrigieren Sie die Rechnung bis zum 20. Mai.\n\nMit freundlichen Grüßen\nH. Sander'],
  ['abusive', 'Sie gehören fristlos gefeuert.'],
  ['abusive', 'Ich habe schon Hunde getroffen, die klüger waren als Sie.'],
  ['abusive', 'Sogar ein Goldfisch wäre kompetenter als du.'],
  ['abusive', '3. Sie persönlich sind eine Zumutung.'],
  ['abusive', '(Ich frage mich ernsthaft, wie man so dämlich sein kann.)'],
]);

family('N16n near misses: a driver deserving it, a dog cleverer than the app, children cleverer than we think, the writer\'s own slip, praise (never abusive)', [
  ['!abusive', 'Der Fahrer gehört entlassen, er hat das Paket geworfen.'],
  ['calm', 'Mein Hund ist klüger als die App, ehrlich.'],
  ['calm', 'Kinder sind oft klüger als wir denken, meine Tochter hat den Fehler gefunden.'],
  ['!abusive', 'Ich frage mich, wie man so dumm sein kann wie ich, das Passwort zu vergessen 😅'],
  ['calm', 'Sie persönlich sind sehr hilfsbereit, danke!'],
  ['calm', 'Sie persönlich sind nicht gemeint, der Ärger gilt der Firma.'],
  ['calm', 'Gehören Sie zum Team Nord oder Süd?'],
]);

family('N17 names and idioms for the rep without a swear word: dropped on the head, "du Lappen" before the verb, "HDF", a mocking comparison (abusive)', [
  ['abusive', 'Sind Sie als Kind auf den Kopf gefallen?'],
  ['abusive', 'Dich hat man wohl als Kind zu oft fallen lassen.'],
  ['abusive', 'Du Lappen kriegst nix hin.'],
  ['abusive', 'HDF und mach deinen Job.'],
  ['abusive', 'Verp*ss dich.'],
  ['abusive', 'Sie sind so hell wie ein schwarzes Loch.'],
  ['abusive', 'Sie sind so hilfreich wie ein Loch im Kopf.'],
  ['abusive', 'Warum haben Sie Trottel das nicht gelesen?'],
]);

family('N17n near misses: praise "so hilfreich wie immer", an HDF board, a child who fell, products asked about after "Haben Sie" (calm)', [
  ['calm', 'Sie sind so hilfreich wie immer, danke!'],
  ['calm', 'Sie sind so freundlich wie Ihre Kollegin, vielen Dank.'],
  ['calm', 'Die Rückwand ist aus HDF, die Schrauben fehlen.'],
  ['calm', 'Mein Sohn ist als Kind auf den Kopf gefallen, deshalb brauche ich den Helm in Größe M.'],
  ['calm', 'Haben Sie Flaschen zurückgenommen?'],
  ['calm', 'Verkaufen Sie Pfeifen aus Holz?'],
  ['calm', 'Haben Sie Pfeifen nicht mehr im Sortiment?'],
]);
