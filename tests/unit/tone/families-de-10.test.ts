import { familiesIn } from './level-families';

// Probe families for German customer tone (issue 15), tenth round: the kinds of error a blind general-mix split showed (train11).
// Every sentence is written for these tests (none is taken from a corpus); each family has near misses that must stay quiet.
const family = familiesIn('de');

family('P1 acronyms joined by a hyphen name a part, not shouting (calm)', [
  ['calm', 'Die DSL-LED leuchtet dauerhaft, die WLAN-LED blinkt alle paar Sekunden. Was kann ich noch probieren?'],
  ['calm', 'Am Router blinkt die LTE-LED rot und die WPS-LED gar nicht. Brauchen Sie die Seriennummer?'],
  ['calm', 'Das Ladegerät hat einen USB-C-Stecker, die alte Box hatte USB-A. Passt das trotzdem?'],
  ['calm', 'Ich habe die neue SIM-PIN bekommen, die PUK-TAN aber nicht. Können Sie die nochmal schicken?'],
  ['calm', 'Die DSL-LED leuchtet, die WLAN-LED blinkt. Einen RESET habe ich gestern gemacht.'],
]);

family('P1 near misses: real shouting beside a device name stays hot', [
  ['hot', 'Die DSL-LED blinkt SEIT DREI WOCHEN und NIEMAND kommt vorbei!'],
  ['hot', 'Das ist eine FRECHHEIT, ich will SOFORT mein GELD zurück!'],
  ['hot', 'ICH WARTE SEIT EINEM MONAT, die WLAN-LED ist immer noch aus!'],
]);

family('P2 a count as a label value ("Ergebnis: NULL") is a tally, not a name (never abusive)', [
  ['!abusive', 'Ich habe fünfmal angerufen. Ergebnis: NULL.'],
  ['!abusive', 'Drei Mails geschrieben, Reaktion bisher: null.'],
  ['!abusive', 'Rückmeldung von Ihrer Seite: Null. Wann meldet sich jemand?'],
  ['!abusive', 'Der Zähler zeigt: 0. Verbrauch laut App: null.'],
]);

family('P2 near misses: a zero said of the rep stays abusive', [
  ['abusive', 'Sie sind eine absolute Null!'],
  ['abusive', 'Du bist eine totale Null, echt.'],
  ['abusive', 'Sie Null, können Sie überhaupt irgendwas?'],
]);

family('P3 "Sagen Sie, …" asks the rep; it is not someone else\'s words (insult stays abusive)', [
  ['abusive', 'Sagen Sie, sind Sie ein Idiot?'],
  ['abusive', 'Ja sagen Sie, sind Sie ein kompletter Vollkoffer?'],
  ['abusive', 'Sagen Sie mal, sind Sie ein Vollidiot oder tun Sie nur so?'],
  ['abusive', 'Sagen Sie ehrlich: Sind Sie ein Trottel?'],
]);

family('P3 near misses: reported words and plain questions after "sagen Sie"', [
  ['!abusive', 'Im Forum sagen die Leute, der Support sei ein Witz. Stimmt das?'],
  ['calm', 'Sagen Sie, ist das Paket schon unterwegs?'],
  ['calm', 'Sagen Sie mal, gibt es den Tarif auch ohne Mindestlaufzeit?'],
  ['!abusive', 'Meine Nachbarn sagen, der Laden ist ein Saustall. Kann ich trotzdem bestellen?'],
]);

family('P4 misfortune wished on the rep, verb first ("Ich hoffe, dir passiert mal dasselbe") is abusive', [
  ['abusive', 'Ich hoffe, dir passiert mal genau dasselbe, und zwar mit deinen Kindern.'],
  ['abusive', 'Ich hoffe, Ihnen passiert irgendwann das Gleiche. Verdient hätten Sie es.'],
  ['abusive', 'Hoffentlich widerfährt Ihnen mal so was, dann wissen Sie, wie das ist.'],
  ['abusive', 'Ich wünsche dir, dass dir das auch mal passiert.'],
]);

family('P4 near misses: the same words wishing it away (never abusive)', [
  ['!abusive', 'Ich hoffe, Ihnen passiert so etwas nie.'],
  ['!abusive', 'Ich hoffe, Ihnen passiert nicht dasselbe wie mir mit diesem Gerät.'],
  ['calm', 'Ich hoffe, Ihnen passiert bei dem Sturm nichts. Mein Paket kann warten.'],
  ['!abusive', 'Hoffentlich passiert das keinem anderen Kunden, ich warte seit Wochen.'],
  ['calm', 'Hoffentlich passiert Ihnen mal so was Schönes wie mir heute, danke für den tollen Service!'],
  ['!abusive', 'Ich wünsche Ihnen, dass Ihnen das nie passiert. Aber mein Router ist seit Tagen tot.'],
]);

family('P5 the case handed to the press or a lawyer if nothing happens is angry', [
  ['hot', 'Wenn bis Freitag nichts passiert, geht die ganze Geschichte an die Lokalzeitung.'],
  ['hot', 'Falls ich bis Montag keine Antwort habe, landet der Fall bei meinem Anwalt.'],
  ['hot', 'Sollte das Geld nicht kommen, geht alles an die Verbraucherzentrale.'],
  ['hot', 'Zahlen Sie endlich, sonst geht die Sache an meinen Anwalt.'],
]);

family('P5 near misses: papers passed on in the ordinary way stay quiet', [
  ['calm', 'Die Rechnung geht an meinen Anwalt, der kümmert sich um die Steuer.'],
  ['quiet', 'Wenn Sie nichts dagegen haben, geht die Vollmacht an meine Anwältin.'],
  ['quiet', 'Wenn ich nicht erreichbar bin, geht die Post an meinen Anwalt.'],
  ['calm', 'Wenn nichts dazwischenkommt, geht der Artikel über Ihr Projekt an die Lokalzeitung.'],
]);

family('P6 a visit missed again, a help that is none, doubt the next try holds (frustrated, not calm)', [
  ['!calm', 'Wieder kein Techniker gekommen. Wann ist der nächste Termin?'],
  ['!calm', 'Schon wieder ist niemand erschienen, obwohl der Termin bestätigt war.'],
  ['!calm', 'Zum zweiten Mal ist kein Monteur aufgetaucht. Bitte einen neuen Termin.'],
  ['!calm', 'Ihre App ist leider keine große Hilfe, ich finde die Rechnung nicht.'],
  ['!calm', 'Die FAQ waren wirklich keine Hilfe. Wo finde ich die Kündigungsfrist?'],
  ['!calm', 'Der Bot versteht mich einfach nicht. Kann ich mit einem Menschen sprechen?'],
  ['!calm', 'Ihr Assistent versteht meine Frage überhaupt nicht. Wo stelle ich den Tarif um?'],
  ['!calm', 'Der nächste Termin ist Dienstag? Kommt dann auch wirklich jemand?'],
  ['!calm', 'Sie haben es neu eingerichtet. Klappt es diesmal wirklich?'],
]);

family('P6 near misses: visits, help and questions without a complaint stay calm', [
  ['calm', 'Es ist wieder kein Fehler aufgetreten, danke!'],
  ['calm', 'Der Techniker ist gekommen und alles läuft wieder.'],
  ['calm', 'Das ist kein Problem, danke für die Hilfe!'],
  ['calm', 'Sie waren mir eine große Hilfe, vielen Dank!'],
  ['calm', 'Keine Hilfe nötig, es hat sich erledigt.'],
  ['calm', 'Mein Vater versteht das Menü nicht, können Sie es ihm erklären?'],
  ['calm', 'Kommt der Techniker dann vormittags?'],
  ['calm', 'Funktioniert das wirklich mit meinem alten Router?'],
]);

family('P7 money back promised in someone\'s words is not a demand (not hot); a demand stays hot', [
  ['quiet', 'Sie haben mir geschrieben, ich bekomme das Geld zurück. Wann kommt es denn? Ich warte schon drei Wochen.'],
  ['quiet', 'Am Telefon hieß es, ich bekomme mein Geld zurück in zehn Tagen. Jetzt sind es zwei Monate, ich habe zweimal geschrieben.'],
  ['hot', 'Ich will mein Geld zurück, und zwar sofort!'],
  ['hot', 'Seit drei Wochen keine Antwort, zweimal angerufen. Ich will mein Geld zurück!'],
  ['hot', 'Ich verlange eine Gutschrift, und zwar heute noch.'],
  ['hot', 'Ich fordere die Erstattung der 80 Euro, und zwar umgehend!'],
]);

family('P7 near misses: "und zwar" that explains, or a wish that is not a demand', [
  ['calm', 'Ich will den Vertrag verlängern, und zwar sofort, wenn das geht. Was muss ich tun?'],
  ['calm', 'Ich möchte zwei Sachen ändern, und zwar die Adresse und die Bankverbindung.'],
  ['calm', 'Ich will den Tarif wechseln, und zwar zum 1. Mai.'],
]);

family('P8 the rep called the worst of all, with an adverb between ("Sie sind mit Abstand das inkompetenteste …") is abusive', [
  ['abusive', 'Sie sind mit Abstand der unfähigste Mitarbeiter, mit dem ich je gesprochen habe.'],
  ['abusive', 'Du bist wirklich die dümmste Person in dieser ganzen Firma.'],
  ['abusive', 'Sie sind bei weitem das Allerinkompetenteste, was mir je untergekommen ist.'],
]);

family('P8 near misses: a ranking of things, someone else, or a denial (never abusive)', [
  ['!abusive', 'Das ist mit Abstand das schlechteste Update, das Ihre App je hatte.'],
  ['!abusive', 'Sie sind nicht der Unfähigste hier, Ihr Kollege war viel schlimmer. Danke trotzdem.'],
  ['calm', 'Sie sind mit Abstand die Beste, die mir hier je geholfen hat!'],
  ['!abusive', 'Mein Vorgänger beim Vertrag war mit Abstand der unfähigste Berater, den ich kenne.'],
]);

family('P9 anger from last week or an earlier mail, told as over in a thankful message (calm)', [
  ['calm', 'Ich hatte letzte Woche geschrieben, dass ich wütend bin. Das hat sich erledigt, Ihr Kollege hat alles geklärt. Danke!'],
  ['calm', 'Letzte Woche war ich ziemlich sauer wegen der Rechnung, aber Ihre Kollegin hat das super gelöst. Vielen Dank!'],
  ['calm', 'In meiner letzten Mail war ich etwas ungehalten, sorry. Inzwischen ist alles angekommen, danke!'],
]);

family('P9 near misses: the trouble from last week still going on or back again (not calm)', [
  ['!calm', 'Letzte Woche kam der Techniker nicht, und er ist immer noch nicht da. Danke.'],
  ['!calm', 'Ich habe letzte Woche schon geschrieben und immer noch keine Antwort. Danke.'],
  ['hot', 'Letzte Woche war ich stinksauer, und jetzt ist es schon wieder passiert! Danke für nichts.'],
  ['!calm', 'Vorige Woche war ich wütend und bin es bis heute. Danke.'],
]);

family('P10 praise with a thanks passed on ("… war großartig!!! Richten Sie ihr meinen Dank aus") is calm', [
  ['calm', 'Ihre Kollegin Frau Yilmaz war großartig!!! Bitte richten Sie ihr meinen Dank aus.'],
  ['calm', 'Der Techniker war fantastisch!!! Geben Sie ihm bitte unseren Dank weiter.'],
  ['calm', 'Großartige Beratung am Telefon, bitte richten Sie Herrn Brandt meinen Dank aus!'],
]);

family('P10 near misses: "großartig" said of a failure stays a complaint', [
  ['!calm', 'Großartig, schon wieder ist das Paket beim falschen Nachbarn gelandet!!!'],
  ['!calm', 'Ganz großartig, seit drei Wochen kein Internet und keiner ruft zurück.'],
]);

family('P11 the rep called a hypocrite ("Sie Heuchler") is abusive', [
  ['abusive', 'Sie lügen doch, sobald Sie den Mund aufmachen, Sie Heuchler.'],
  ['abusive', 'Du bist so ein elender Heuchler!'],
  ['abusive', 'Sie sind eine Heuchlerin, erst versprechen und dann nichts tun.'],
]);

family('P11 near misses: a hypocrite somewhere else (never abusive)', [
  ['!abusive', 'Der Politiker im Fernsehen ist ein Heuchler, aber das nur am Rande. Wann kommt mein Paket?'],
  ['!abusive', 'Ich will kein Heuchler sein: Ihr Service war früher besser, heute ist er okay.'],
]);

family('P12 a praise opener with an intensifier before a complaint ("Ganz toll, seit drei Wochen …") is not calm', [
  ['!calm', 'Ganz toll, seit drei Wochen kein Internet und keiner ruft zurück.'],
  ['!calm', 'Echt super, die Lieferung ist schon wieder nicht gekommen.'],
  ['!calm', 'Wirklich klasse, niemand meldet sich bei mir.'],
]);

family('P12 near misses: a real thanks with an intensifier stays calm', [
  ['calm', 'Echt super, danke! Mehr brauche ich nicht.'],
  ['calm', 'Ganz toll, vielen Dank für die schnelle Hilfe!'],
  ['calm', 'Wirklich prima. Ich melde mich, falls noch etwas ist.'],
]);

family('P13 asking whether anyone there has a working brain is abusive', [
  ['abusive', 'Ist bei Ihnen eigentlich jemand mit einem funktionierenden Gehirn angestellt?'],
  ['abusive', 'Gibt es in Ihrem Laden irgendjemanden mit intaktem Verstand?'],
  ['abusive', 'Kann mir mal jemand mit Hirn antworten?'],
]);

family('P13 near misses: asking for someone who knows the subject (never abusive)', [
  ['!abusive', 'Gibt es bei Ihnen jemanden mit Erfahrung bei Glasfaseranschlüssen?'],
  ['!abusive', 'Mein Arzt sagt, die Operation am Gehirn ist gut verlaufen, deshalb bitte ich um Stundung.'],
]);

family('P14 meeting the rep outside, said as a warning, is a threat (abusive)', [
  ['abusive', 'Passen Sie bloß auf, wenn ich Sie mal auf der Straße sehe.'],
  ['abusive', 'Wenn ich dich in die Finger kriege, dann gute Nacht.'],
  ['abusive', 'Wehe, wenn ich Sie jemals privat treffe.'],
]);

family('P14 near misses: meeting the rep in the ordinary way stays calm', [
  ['calm', 'Wenn ich Sie morgen in der Filiale sehe, bringe ich die Unterlagen mit.'],
  ['calm', 'Wenn ich Sie am Telefon nicht erreiche, schreibe ich eine Mail.'],
  ['calm', 'Wenn ich Sie draußen am Stand sehe, sage ich kurz Hallo, danke für die Hilfe!'],
]);

family('P14 near misses: seeing the rep outside with a greeting (the same words as an old threat rule, now quiet)', [
  ['calm', 'Wenn ich Sie nach Feierabend draußen sehe, winke ich Ihnen zu. Danke nochmal!'],
]);

family('P14 the old rule still reads the menace without a greeting', [
  ['abusive', 'Ich kriege raus, wo Sie arbeiten, und wenn ich Sie draußen auf dem Parkplatz sehe, dann knallt es.'],
]);

family('P15 calls or trouble the writer puts down to themself ("das lag an mir") are not a complaint (calm)', [
  ['calm', 'Ich habe dreimal angerufen, aber das lag an mir, ich hatte die falsche Nummer. Jetzt passt alles, danke!'],
  ['calm', 'Ich musste zweimal schreiben, es lag aber allein an mir, weil ich die Kundennummer vergessen hatte.'],
]);

family('P15 near misses: the fault put on the company, or denied for oneself, stays a complaint', [
  ['!calm', 'Ich habe dreimal angerufen, und es lag nicht an mir, sondern an Ihrer Hotline. Immer noch keine Lösung.'],
  ['!calm', 'Ich habe schon zum dritten Mal geschrieben, an mir liegt es sicher nicht. Wann kommt endlich eine Antwort?'],
]);
