import { describe, expect, it } from 'vitest';
import { analyzeMessageIn } from '@/lib/tone/langs/route';
import { familiesIn } from './level-families';
import type { ToneSignalKind } from '@/lib/tone/types';

// Probe families for the STRUCTURAL reading of German abuse (issue 15 point 3): abuse is a judgement of
// the person addressed (du/Sie/ihr …) joined to a word that judges worth, mind, competence or looks, in
// any order within a clause; negation and a thing as the subject keep it quiet. Each family has hits and
// near misses. Every sentence is written for these tests (not taken from the corpora).
// Wanted levels: a level, or '!abusive' (angry at most, the guideline leaves the rest open), 'hot'
// (angry or abusive), 'quiet' (calm or frustrated).
const family = familiesIn('de');

family('D1 the rep + sein + a judgement of mind or competence, either order (abusive)', [
  ['abusive', 'Sie sind wirklich unfähig.'],
  ['abusive', 'Sie sind ja komplett inkompetent.'],
  ['abusive', 'Du bist echt so dämlich.'],
  ['abusive', 'du bist so daemlich'],
  ['abusive', 'Ihr seid alle total unfähig da drüben.'],
  ['abusive', 'Sind Sie eigentlich völlig hirnlos?'],
  ['abusive', 'Bist du wirklich so begriffsstutzig?'],
  ['abusive', 'Unfähig sind Sie, nichts anderes.'],
  ['abusive', 'Dumm bist du, richtig dumm.'],
  ['abusive', 'Sie sind, mit Verlaub, strohdumm.'],
  ['abusive', 'Sie sind wohl etwas minderbemittelt.'],
  ['abusive', 'Sie wirken ziemlich inkompetent, muss ich sagen.'],
  ['abusive', 'Du scheinst echt zu blöd zu sein.'],
  ['abusive', 'Sie sind dümmer als mein Toaster.'],
  ['abusive', 'Sie sind der unfähigste Berater, den ich je hatte.'],
  ['abusive', 'Ihr seid ein Haufen inkompetenter Versager.'],
  ['abusive', 'Sie sind lernresistent, oder?'],
  ['abusive', 'Sie sind so unfahig, unglaublich.'],
  ['abusive', 'Sie sind so blod.'],
  ['abusive', 'Sie sind echt nutzlos.'],
  ['abusive', 'Sie sind wertlos für diese Firma.'],
  ['abusive', 'du bist einfach nur lächerlich'],
  ['abusive', 'Seid ihr eigentlich alle so bescheuert?'],
  ['abusive', 'Sie sind so was von ahnungslos.'],
]);

family('D1n near misses: negation, oneself, a thing, "they", praise (not abusive)', [
  ['!abusive', 'Sie sind nicht dumm, das weiß ich, also erklären Sie mir bitte die Rechnung.'],
  ['!abusive', 'Ich weiß, Sie sind nicht unfähig, aber das System ist es.'],
  ['calm', 'Ich bin zu blöd für diese App, können Sie mir helfen?'],
  ['calm', 'Ich bin doch nicht dumm, ich habe das Formular schon ausgefüllt. Was fehlt noch?'],
  ['!abusive', 'Das Produkt ist Schrott.'],
  ['!abusive', 'Ihre App ist echt dumm programmiert.'],
  ['!abusive', 'Die Kuriere sind unfähig, das Paket lag im Regen.'],
  ['!abusive', 'Ihr System ist komplett nutzlos.'],
  ['!abusive', 'Die Anleitung ist wertlos, da steht nichts drin.'],
  ['calm', 'Sie sind wirklich sehr hilfsbereit, vielen Dank.'],
  ['calm', 'Sie sind nicht schuld, das weiß ich. Können Sie den Termin verschieben?'],
  ['!abusive', 'Es ist dumm gelaufen, das Paket kam zu spät.'],
  ['!abusive', 'Ist der Stick nutzlos, wenn ich kein WLAN habe?'],
  ['!abusive', 'Der Techniker war unfähig, das Gerät läuft immer noch nicht.'],
  ['calm', 'Sie sind so schnell, danke!'],
  ['!abusive', 'Die Regel ist doch dumm, finden Sie nicht?'],
  ['calm', 'Sie sind ja wahnsinnig nett, danke für die Hilfe!'],
  ['!abusive', 'Wie dumm von mir, ich habe die falsche Adresse angegeben.'],
]);

family('D2 compound insults by a productive head or a judging prefix (abusive)', [
  ['abusive', 'Sie Vollpfosten.'],
  ['abusive', 'Du Hohlbirne, lies die Mail.'],
  ['abusive', 'Sie sind ein Totalversager.'],
  ['abusive', 'Du Riesenidiot!'],
  ['abusive', 'Sie Hotline-Trottel, verbinden Sie mich weiter.'],
  ['abusive', 'Du Supportaffe.'],
  ['abusive', 'Sie sind echt ein Vollhorst.'],
  ['abusive', 'Hör zu, du Dummbrot.'],
  ['abusive', 'Du Hohlnuss, das Paket ist NICHT angekommen.'],
  ['abusive', 'Sie Telefonidiot!'],
  ['abusive', 'Was bist du für ein Oberdepp.'],
  ['abusive', 'Du Schwachmat, mach deinen Job.'],
  ['abusive', 'Sie Dreckschwein.'],
  ['hot', 'Ihr Chaotenhaufen von Servicedeppen!'],
  ['abusive', 'Du bist ein Vollversager.'],
  ['abusive', 'Sie Erzdepp, ehrlich.'],
  ['abusive', 'Du Megatrottel.'],
  ['abusive', 'Sie sind eine Flachpfeife.'],
  ['abusive', 'Danke für nix, du Hirnakrobat.'],
  ['abusive', 'Du Spatzenhirn!'],
]);

family('D2n compound near misses: literal words, praise and nouns that only look like insults (not abusive)', [
  ['calm', 'Der Zaunpfosten ist beim Aufbau abgebrochen, gibt es Ersatz?'],
  ['calm', 'Ich habe ein Sparschwein bestellt, wann kommt es?'],
  ['calm', 'Das Vollkornbrot war leider schon abgelaufen. Bekomme ich eine Gutschrift?'],
  ['calm', 'Mein Sohn möchte den Plüschaffen in Blau, ist der noch da?'],
  ['calm', 'Sie Glückspilz, Sie haben gewonnen? Nein, ich! Danke für den Gutschein.'],
  ['calm', 'Ist der Riesenteddy noch lieferbar?'],
  ['calm', 'Können Sie mir die Vollmacht noch einmal zuschicken?'],
  ['calm', 'Ich arbeite Vollzeit und kann erst ab 17 Uhr.'],
  ['calm', 'Die Torpfosten für den Garten sind angekommen, danke.'],
  ['calm', 'Bei uns heißt der Hund Trottel, ist das Halsband in M noch da?'],
  ['calm', 'Ich suche das Spiel "Idiotentest", haben Sie das?'],
  ['calm', 'Wann kommt die Wildschwein-Salami wieder rein?'],
  ['!abusive', 'Der Obertrottel aus der Serie ist mein Lieblingscharakter, gibt es die DVD noch?'],
]);

family('D3 judged by a verb phrase: no idea, good for nothing, too stupid to … (abusive)', [
  ['abusive', 'Sie haben keine Ahnung von Ihrem Job.'],
  ['abusive', 'Du hast null Ahnung von nix.'],
  ['abusive', 'Sie haben doch keinen Plan von gar nichts.'],
  ['abusive', 'Sie taugen zu nichts.'],
  ['abusive', 'Du taugst nichts.'],
  ['abusive', 'Sie sind zu blöd zum Lesen.'],
  ['abusive', 'Du bist zu dumm, um eine Mail zu lesen.'],
  ['abusive', 'Sind Sie zu blöd, eine Nummer einzutippen?'],
  ['abusive', 'Sie sind zu nichts zu gebrauchen.'],
  ['abusive', 'Ihr kriegt ja gar nix gebacken, ihr Nullen.'],
  ['abusive', 'Sie haben echt nichts in der Birne.'],
  ['abusive', 'Bei Ihnen ist echt Hopfen und Malz verloren.'],
  ['abusive', 'Du hast doch nichts im Kopf.'],
  ['abusive', 'Sie haben von Tuten und Blasen keine Ahnung.'],
]);

family('D3n near misses: no idea about a fact, "zu dumm" about a situation (not abusive)', [
  ['calm', 'Ich habe keine Ahnung, wo das Paket ist. Können Sie nachsehen?'],
  ['!abusive', 'Sie haben keine Ahnung, wie sehr mich das ärgert.'],
  ['calm', 'Keine Ahnung, ob das hilft, aber hier ist die Nummer: 4471.'],
  ['calm', 'Haben Sie eine Ahnung, wann der Techniker kommt?'],
  ['!abusive', 'Das ist zu dumm, dass der Termin nicht klappt.'],
  ['calm', 'Zu blöd, jetzt habe ich den Code verlegt. Können Sie ihn nochmal schicken?'],
  ['calm', 'Taugt der Adapter auch für ältere Geräte?'],
  ['!abusive', 'Der Adapter taugt nichts.'],
  ['calm', 'Mein Sohn hat keine Ahnung von Technik, deshalb frage ich für ihn.'],
]);

family('D4 worth of the person: not worth the pay, a disgrace, a nothing (abusive)', [
  ['abusive', 'Sie sind das Geld nicht wert, das man Ihnen zahlt.'],
  ['abusive', 'Du bist keinen Cent wert.'],
  ['abusive', 'Sie sind Ihr Gehalt nicht wert.'],
  ['abusive', 'Sie sind eine Zumutung.'],
  ['abusive', 'Sie sind eine Fehlbesetzung.'],
  ['abusive', 'Du bist ein Witz.'],
  ['abusive', 'Sie sind eine Schande für Ihren Beruf.'],
  ['abusive', 'Sie sind ein Armutszeugnis für diese Firma.'],
  ['abusive', 'Sie sind eine absolute Null.'],
  ['abusive', 'Du bist ein Nichts.'],
  ['abusive', 'Sie sind die Pest.'],
]);

family('D4n near misses: the thing is not worth it (not abusive)', [
  ['!abusive', 'Das Gerät ist das Geld nicht wert.'],
  ['!abusive', 'Ihr Angebot ist keinen Cent wert.'],
  ['!abusive', 'Ihr Service ist eine Zumutung.'],
  ['!abusive', 'Diese Lieferzeit ist eine Schande.'],
  ['calm', 'Sind Sie die richtige Ansprechpartnerin für Rechnungen?'],
  ['calm', 'Ist die Versicherung ihr Geld wert? Was deckt sie ab?'],
]);

family('D5 obfuscated spellings fold (abusive)', [
  ['abusive', 'Du A****.'],
  ['abusive', 'Sie A-loch!'],
  ['abusive', 'Du Arschl0ch.'],
  ['abusive', 'Sie Vollidi0t.'],
  ['abusive', 'du Id!ot'],
  ['abusive', 'Du bist ein I.d.i.o.t.'],
  ['abusive', 'Ar$chloch.'],
  ['abusive', 'Sie sind ein Betruger.'],
  ['abusive', 'Du bist so bloed.'],
  ['abusive', 'Sie sind ein Vollpf0sten.'],
  ['abusive', 'Du Sp@st.'],
  ['abusive', 'Sie sind so unfaehig.'],
]);

family('D5n obfuscation near misses: codes and models (calm)', [
  ['calm', 'Fehler A-1000 beim Start, was bedeutet das?'],
  ['calm', 'Die Nummer lautet A****-4471, der Rest ist verdeckt.'],
  ['calm', 'Mein Passwort ist ******, ich kann mich nicht anmelden.'],
  ['calm', 'Der Router V1D10T zeigt eine rote Lampe.'],
]);

family('D6 threats to the rep’s job or person as a structure (abusive)', [
  ['abusive', 'Ich sorge dafür, dass Sie Ihren Job verlieren.'],
  ['abusive', 'Ich werde mich persönlich über Sie bei Ihrem Chef beschweren, dann sind Sie weg.'],
  ['abusive', 'Ich habe Ihren Namen notiert und gebe ihn an Ihren Vorgesetzten weiter.'],
  ['abusive', 'Ich melde dich, dann fliegst du raus.'],
  ['abusive', 'Das kostet Sie Ihren Job.'],
  ['abusive', 'Ich zeige Sie persönlich an.'],
  ['abusive', 'Ich zeig dich an.'],
  ['abusive', 'Ich finde heraus, wo du wohnst.'],
  ['abusive', 'Ich werde dafür sorgen, dass du gefeuert wirst.'],
  ['abusive', 'Ihr Chef wird erfahren, wie unfähig Sie sind.'],
  ['abusive', 'Ich schreibe Ihrem Chef, dass man Sie entlassen sollte.'],
  ['abusive', 'Freu dich schon mal auf deine Abmahnung.'],
]);

family('D6n near misses: complaints to a boss or a body, names for praise (not abusive)', [
  ['!abusive', 'Ich beschwere mich bei Ihrem Vorgesetzten.'],
  ['calm', 'Ich habe mir Ihren Namen notiert, damit ich beim nächsten Anruf wieder nach Ihnen fragen kann. Danke!'],
  ['calm', 'Darf ich Ihren Namen notieren, falls ich noch Fragen habe?'],
  ['!abusive', 'Ich werde mich bei der Verbraucherzentrale beschweren.'],
  ['calm', 'Verraten Sie mir Ihren Namen? Dann kann ich Sie loben.'],
  ['!abusive', 'Ich habe Ihrem Chef schon geschrieben, wie toll Sie mir geholfen haben.'],
  ['calm', 'Finde ich heraus, wo meine Sendung ist, wenn ich die Nummer eingebe?'],
  ['calm', 'Ich möchte Ihre Filiale besuchen, wann haben Sie geöffnet?'],
  ['!abusive', 'Ich zeige das der Verbraucherzentrale.'],
  ['calm', 'Ihre Abmahnung vom 3. Mai habe ich erhalten, die Zahlung ist unterwegs.'],
  ['calm', 'Freuen Sie sich auf Ihren Urlaub? Ich melde mich danach wieder.'],
]);

family('D7 sexist put-downs of the rep (abusive)', [
  ['abusive', 'Hör mal zu, Mädchen, ich erkläre es dir ganz langsam.'],
  ['abusive', 'Schätzchen, holen Sie mir einen Techniker.'],
  ['abusive', 'Süße, das verstehst du eh nicht.'],
  ['abusive', 'Kleine, gib mir mal deinen Kollegen.'],
  ['abusive', 'Na, junge Dame, sind wir heute etwas langsam?'],
  ['abusive', 'Frauen und Technik, das passt halt nicht.'],
  ['abusive', 'Sie als Frau verstehen das eh nicht.'],
  ['abusive', 'Holen Sie mir einen Mann ans Telefon.'],
  ['abusive', 'Lass das mal die Männer regeln, Kleines.'],
  ['abusive', 'Fräulein, jetzt passen Sie mal auf.'],
  ['abusive', 'Mädel, das ist mir zu blöd mit dir.'],
]);

family('D7n near misses: girls, daughters, wives and sweets (calm)', [
  ['calm', 'Ich habe ein Kleid für ein Mädchen bestellt.'],
  ['calm', 'Meine Kleine hat Geburtstag, kommt das Paket bis Freitag?'],
  ['calm', 'Ist das Fahrrad auch für Mädchen geeignet?'],
  ['calm', 'Meine Frau hat die Bestellung aufgegeben, ich frage nur nach.'],
  ['calm', 'Die Süße der Kirschen war toll, danke!'],
  ['calm', 'Danke, Frau Meier, das hat super geklappt.'],
  ['calm', 'Das Geschenk ist für die Kleine meiner Schwester.'],
  ['calm', 'Gibt es die Schuhe auch in Größe 30 für Mädchen?'],
  ['calm', 'Ein Mann von Ihrem Team war gestern da, sehr nett.'],
]);

family('D8 calm German that must stay calm: capitals, quoted reviews, formal letters, cancelling', [
  ['calm', 'Ich habe das SAMSUNG GALAXY TAB gekauft und möchte wissen, ob die Hülle passt.'],
  ['calm', 'Die App zeigt KEINE VERBINDUNG ZUM SERVER an, was kann ich tun?'],
  ['calm', 'Welche Farben gibt es beim Modell TRAVEL LINE PREMIUM?'],
  ['calm', 'Auf dem Display steht FEHLER E-17 PUMPE BLOCKIERT.'],
  ['calm', 'In einer Bewertung schrieb jemand „Scheißteil, totaler Mist“, stimmt das? Ich überlege zu bestellen.'],
  ['calm', 'Laut Bewertung ist der Sauger "ein absoluter Dreck", bei mir läuft er aber super. Gibt es Ersatzfilter?'],
  ['calm', 'Ein Kunde schrieb, eure Hotline sei voller Idioten. Ich fand Sie sehr nett. Wann kommt mein Paket?'],
  ['!abusive', 'Ich setze Ihnen hiermit eine Frist bis zum 15.12. Danach übergebe ich die Sache meinem Anwalt.'],
  ['!abusive', 'Sehr geehrte Damen und Herren, ich fordere Sie auf, den Betrag binnen 14 Tagen zu erstatten. Andernfalls behalte ich mir rechtliche Schritte vor.'],
  ['calm', 'Ich möchte kündigen. Bitte bestätigen Sie mir den Termin.'],
  ['calm', 'Hallo, ich möchte meinen Vertrag zum nächstmöglichen Zeitpunkt kündigen. Danke!'],
  ['calm', 'Mein Anwalt hat mir geraten, die Kündigung schriftlich zu schicken. Reicht eine E-Mail?'],
  ['calm', 'Gibt es den Rasenmäher POWER CUT 4000 auch mit Akku?'],
]);

family('D9 the rep named between commas, worth nouns, a future cut short, misfortune wished (abusive)', [
  ['abusive', 'Und Sie, Herr Krause, sind schlicht unfähig.'],
  ['abusive', 'Sie, Frau Yilmaz, sind wirklich die Inkompetenz in Person und total ahnungslos.'],
  ['abusive', 'Du, Kevin, bist echt zu blöd für alles.'],
  ['abusive', 'Sie sind ein Niemand.'],
  ['abusive', 'Sie sind doch nur eine Sprechpuppe.'],
  ['abusive', 'Du bist eine Marionette ohne Hirn.'],
  ['abusive', 'Ich werde herausfinden, in welcher Filiale Sie sitzen.'],
  ['abusive', 'Ich krieg schon raus, wo du wohnst.'],
  ['abusive', 'Dann sind Sie die längste Zeit dort gewesen.'],
  ['abusive', 'Ich hoffe, du hast irgendwann genau so einen Scheißtag wie ich.'],
  ['abusive', 'Ich wünsche Ihnen, dass Ihnen das Gleiche passiert.'],
  ['abusive', 'Hoffentlich fallen Sie mal richtig auf die Schnauze.'],
  ['abusive', 'Ich hoffe, Sie haben mal so richtig Pech im Leben.'],
]);

family('D9n near misses: names in a calm letter, wishes of a good day, finding a branch (not abusive)', [
  ['calm', 'Und Sie, Herr Krause, sind ab Montag mein Ansprechpartner?'],
  ['calm', 'Sie, Frau Yilmaz, waren sehr freundlich, danke.'],
  ['calm', 'Ich hoffe, Sie haben einen schönen Tag!'],
  ['calm', 'Ich wünsche Ihnen frohe Weihnachten und einen guten Rutsch.'],
  ['calm', 'Ich hoffe, Sie hatten kein Pech mit dem Wetter im Urlaub, danke nochmal für die Hilfe!'],
  ['calm', 'Ich werde herausfinden, in welcher Filiale das Gerät vorrätig ist.'],
  ['calm', 'Wie finde ich heraus, wo meine Sendung gerade ist?'],
  ['calm', 'Ist die Puppe auch als Sprechpuppe lieferbar?'],
  ['calm', 'Sind Sie schon lange dort beschäftigt? Sie kennen sich super aus.'],
  ['calm', 'Ich hoffe, Ihnen passiert so etwas nie, danke für Ihr Verständnis.'],
]);

family('D10 the mind put down by verb, idiom or comparison (abusive)', [
  ['abusive', 'Sie spinnen doch!'],
  ['abusive', 'Spinnst du?'],
  ['abusive', 'Du tickst doch nicht ganz richtig.'],
  ['abusive', 'Stellen Sie sich doch nicht dümmer an, als Sie sind.'],
  ['abusive', 'Sie sind wohl nicht die hellste Kerze auf der Torte.'],
  ['abusive', 'Sie haben echt den IQ eines Toastbrots.'],
  ['abusive', 'Denken ist nicht so Ihr Ding, oder?'],
  ['abusive', 'Sie sind echt der Inbegriff von Inkompetenz.'],
  ['abusive', 'Du bist echt ein hoffnungsloser Fall.'],
  ['abusive', 'Sie sind eine Beleidigung für jeden Kundenberater.'],
  ['abusive', 'Mein Hund versteht mehr von Technik als Sie.'],
  ['abusive', 'Meine Oma kapiert das schneller als du.'],
  ['abusive', 'Für so eine Antwort muss man wirklich dumm sein.'],
  ['abusive', 'Ich habe selten mit jemandem so Unfähigem gesprochen.'],
  ['abusive', 'Verbinden Sie mich mit jemandem, der kein kompletter Vollpfosten ist.'],
  ['abusive', 'Ich will einen Mitarbeiter, der nicht total inkompetent ist.'],
  ['abusive', 'Sie armes Würstchen.'],
  ['abusive', 'du kleiner wichtigtuer'],
  ['abusive', 'Was bilden Sie sich eigentlich ein, Sie unverschämte Person?'],
]);

family('D10n near misses: spinning wool, clocks, grandmas and kind names (calm)', [
  ['calm', 'Die App spinnt seit dem Update, können Sie helfen?'],
  ['calm', 'Spinnen Sie die Wolle auch selbst? Ich suche Merino.'],
  ['calm', 'Meine Uhr tickt nicht mehr richtig, ist das ein Garantiefall?'],
  ['calm', 'Mein Hund versteht mehr, als man denkt 😄 Haben Sie das Spielzeug in Blau?'],
  ['calm', 'Ich habe selten so einen freundlichen Menschen am Telefon gehabt, danke!'],
  ['calm', 'Jemand, der nicht so viel Zeit hat, kann das auch online machen?'],
  ['calm', 'Sie kleines Genie, das hat funktioniert! Danke!'],
  ['calm', 'Sie armer Mensch, bei so vielen Anfragen. Danke trotzdem für die Antwort.'],
  ['calm', 'Du kleiner Schatz, danke für die schnelle Hilfe!'],
  ['calm', 'Meine Oma ist schneller als die Post, sie hat das Paket selbst abgeholt 😄'],
]);

family('D11 told to read, to get another job, explained to as a child (abusive)', [
  ['abusive', 'Lern erstmal lesen, bevor du hier antwortest.'],
  ['abusive', 'Lernen Sie erst mal Deutsch.'],
  ['abusive', 'Sie sollten lieber Regale einräumen.'],
  ['abusive', 'Geh doch Burger braten, da kannst du nichts kaputt machen.'],
  ['abusive', 'Vielleicht sollten Sie sich einen anderen Job suchen, für den man kein Hirn braucht.'],
  ['abusive', 'Such dir einen anderen Job.'],
  ['abusive', 'Ich frage mich echt, wie Sie Ihren Job bekommen haben.'],
  ['abusive', 'Haben Sie überhaupt eine Ausbildung? Das bezweifle ich stark.'],
  ['abusive', 'Ich erkläre es Ihnen gerne noch einmal ganz langsam, damit auch Sie es verstehen.'],
  ['abusive', 'Muss ich es Ihnen erst aufmalen?'],
  ['abusive', 'Kann man mit Ihnen auch wie mit einem erwachsenen Menschen reden?'],
]);

family('D11n near misses: learning to read, a bigger model advised, training asked about (calm)', [
  ['calm', 'Ich muss erst lesen lernen, wie man die Anleitung versteht 😅 Gibt es ein Video?'],
  ['calm', 'Mein Sohn lernt gerade lesen, haben Sie Bücher für Erstleser?'],
  ['calm', 'Sie sollten lieber das größere Modell nehmen, hat mir Ihr Kollege gesagt. Stimmt das?'],
  ['calm', 'Wie haben Sie Ihren Job bekommen? Ich möchte mich auch bewerben 😊'],
  ['calm', 'Haben Sie eigentlich eine Ausbildung als Techniker? Sie kennen sich super aus!'],
  ['!abusive', 'Ich suche einen anderen Job, deshalb kündige ich mein Firmenhandy.'],
]);

family('D12 the rep exposed, known, met after work; advances (abusive)', [
  ['abusive', 'Ich werde Ihren Namen überall im Netz veröffentlichen.'],
  ['abusive', 'Ich poste Ihren Namen und Ihr Foto auf Facebook, damit jeder sieht, wer hier arbeitet.'],
  ['abusive', 'Ich kenne Ihre Adresse.'],
  ['abusive', 'Ich weiß, wie Sie aussehen.'],
  ['abusive', 'Warten Sie ab, bis ich Sie nach der Arbeit treffe.'],
  ['abusive', 'Vielleicht komm ich einfach mal vorbei und wir klären das persönlich, Sie und ich.'],
  ['abusive', 'Man sollte Sie entlassen.'],
  ['abusive', 'Ihre Stimme ist echt sexy, wissen Sie das?'],
  ['abusive', 'Sind Sie eigentlich Single?'],
  ['abusive', 'Hast du eigentlich einen Freund?'],
  ['abusive', 'Wann haben Sie denn Feierabend? 😉 Dann könnten wir das bei einem Wein besprechen.'],
  ['abusive', 'Schick mal ein Bild, dann reden wir weiter 😏'],
  ['abusive', 'Sie sind doch bestimmt blond, oder?'],
]);

family('D12n near misses: addresses for returns, hours, photos of damage, meetings at the branch (calm)', [
  ['calm', 'Ich kenne Ihre Adresse nicht, wohin soll ich das Paket schicken?'],
  ['calm', 'Ich habe Ihre Adresse aus der Rechnung, ich schicke das Gerät morgen zurück.'],
  ['calm', 'Ich weiß, wer Sie sind, Sie haben mir letzte Woche schon so gut geholfen!'],
  ['calm', 'Ihre Stimme ist sehr angenehm, man versteht Sie gut am Telefon. Danke!'],
  ['calm', 'Sind Sie eigentlich auch am Samstag erreichbar?'],
  ['calm', 'Wann haben Sie Feierabend? Ich würde gern noch heute anrufen.'],
  ['calm', 'Schick mal ein Foto vom Schaden, hat der Techniker gesagt. Hier ist es.'],
  ['calm', 'Sie sind doch bestimmt zuständig für Rechnungen, oder?'],
  ['calm', 'Ich treffe Sie dann morgen in der Filiale, wie besprochen.'],
  ['calm', 'Wollen wir das persönlich klären? Ich komme gern in die Filiale.'],
  ['calm', 'Mein Mann und ich würden das gern bei einem Kaffee in der Filiale besprechen. Geht das?'],
  ['calm', 'Ich poste gern eine gute Bewertung mit Ihrem Namen, darf ich?'],
  ['calm', 'Sie sind doch der Kollege von Frau Maier, oder? Sie hatte mir geholfen.'],
]);

family('D13 calm stays calm: words a source says, one’s own slips, a review described, not renewing said calmly', [
  ['calm', 'Im Forum steht, euer Support sei unter aller Sau – kann ich mir nicht vorstellen, ihr wart immer super. Frage: gibt es Ersatzteile?'],
  ['calm', 'In den Bewertungen stand, die Fahrer seien Chaoten, bei mir lief alles glatt. Kann ich einen Termin buchen?'],
  ['calm', 'Auf Trustpilot nennt euch einer eine Abzockerbande, ich bin aber sehr zufrieden 😊 Gibt es die Jacke noch in L?'],
  ['calm', 'Verdammt, ich hab den Schlüssel im Auto eingeschlossen 🤦‍♀️ Haben Sie einen Notdienst?'],
  ['calm', 'Mist, Bestellung doppelt abgeschickt 🤦 Eine davon bitte stornieren, danke!'],
  ['calm', 'Scheiße, hab das Handy im Zug liegen lassen. Können Sie die SIM sperren?'],
  ['calm', 'Die Bewertung auf Google "Finger weg! Betrüger!" war nicht von mir, falls Sie das denken. Ich bin zufrieden.'],
  ['calm', 'Ich möchte meinen Vertrag nicht verlängern. Bitte zum Ende der Laufzeit beenden.'],
  ['calm', 'Ich werde das Abo nicht mehr verlängern, weil ich umziehe. Danke für die schöne Zeit!'],
  ['calm', 'Meine Tochter hat auf TikTok geschrieben, eure Schuhe seien "mega scheiße" 😂 ich find sie toll. Gibt es Größe 38?'],
  ['calm', 'Das Display zeigt »E-ERROR: STOP« und dann startet es neu. Ist das normal?'],
  ['calm', 'Mein Anwalt hat die Vollmacht unterschrieben, ich sende sie Ihnen zu.'],
  ['calm', 'Hiermit widerrufe ich den Kaufvertrag vom 02.11. fristgerecht. Bitte bestätigen Sie den Eingang.'],
  ['calm', 'Die Rechnung ist doppelt abgebucht worden. Bitte einmal zurückbuchen. Danke.'],
  ['calm', 'Können Sie den Betrag bitte zurückbuchen? Ich habe doppelt bezahlt.'],
  ['calm', 'Bitte den Betrag von 20 Euro zurückbuchen, die Bestellung wurde storniert.'],
]);

family('D13n still hot: leaving as a threat, a review threatened, swearing that vents (angry)', [
  ['angry', 'Wenn das so weitergeht, verlängere ich den Vertrag nicht mehr! Seit Wochen kein Internet!'],
  ['angry', 'Ich schreibe eine Bewertung auf Google, und zwar keine gute. Drei Wochen kein Rückruf!'],
  ['angry', 'Verdammt nochmal, seit drei Wochen kein Internet! Wann kommt endlich der Techniker?'],
  ['angry', 'Scheiß Service, ich warte seit einer Stunde in der Warteschleife!'],
  ['angry', 'Wenn bis Freitag nichts passiert, buche ich die Zahlung über meine Bank zurück!'],
  ['angry', 'Ich mache einen Chargeback bei meiner Kreditkarte, das reicht mir jetzt.'],
]);

family('D14 more of the same structures: dialect copulas, "was für", understanding nothing, warnings and consequences (abusive)', [
  ['abusive', 'Sie san a Wappler.'],
  ['abusive', 'Was seid ihr eigentlich für Pfeifen?'],
  ['abusive', 'Was bist du nur für ein Trottel.'],
  ['abusive', 'Sie kapieren echt gar nichts, oder?'],
  ['abusive', 'Checkst du eigentlich überhaupt nix?'],
  ['abusive', 'Haben Sie überhaupt ein Hirn?'],
  ['abusive', 'Wie dumm kann ein Mensch sein?'],
  ['abusive', 'Du Dummerchen.'],
  ['abusive', 'Sie sind unterste Schublade.'],
  ['abusive', 'F u c k you'],
  ['abusive', 'STFU'],
  ['abusive', 'Pass auf, was du sagst, ich kenne Leute.'],
  ['abusive', 'Das wird Konsequenzen für Sie persönlich haben.'],
  ['abusive', 'Ihre Tage in dieser Firma sind gezählt.'],
  ['abusive', 'Ich sorge dafür, dass Sie nie wieder in diesem Beruf arbeiten.'],
  ['abusive', 'Ich mache Ihnen das Leben zur Hölle.'],
  ['abusive', 'Sie werden sich noch wünschen, nie mit mir gesprochen zu haben.'],
  ['abusive', 'Du wirst dafür bezahlen.'],
  ['abusive', 'Ich kenn deinen Namen. Pass bloß auf dich auf.'],
  ['abusive', 'Ich weiß, wo Ihr Büro ist. Passen Sie auf sich auf.'],
]);

family('D14n near misses: oneself understanding nothing, people one knows, hopes and costs (not abusive)', [
  ['calm', 'Ich verstehe nichts von Technik, können Sie mir das erklären?'],
  ['calm', 'Ich kenne Leute, die das Gerät auch haben, und die sind zufrieden. Ich bestelle auch eins.'],
  ['calm', 'Ich hoffe, dass Sie nie wieder so lange arbeiten müssen 😊 Danke für die Hilfe am Abend!'],
  ['calm', 'Sie werden dafür bezahlen müssen? Ich dachte, die Reparatur ist kostenlos.'],
  ['calm', 'Was ist das für ein Kabel, das in der Box lag?'],
  ['calm', 'Die Tage werden kürzer, ist die Lampe mit Timer noch da?'],
  ['calm', 'Passen Sie auf sich auf, und danke für die Hilfe!'],
  ['calm', 'Danke für alles und passen Sie gut auf sich auf!'],
  ['calm', 'Gute Besserung an Ihre Kollegin, pass auf dich auf!'],
  ['calm', 'Haben Sie ein Spiel für Gehirnjogging für Senioren?'],
]);

family('D15 formal letters: the rep’s mind as what is lacking, the job missed, obfuscated forms (abusive)', [
  ['abusive', 'Es ist erstaunlich, mit wie wenig Kompetenz man in Ihrem Job durchkommt.'],
  ['abusive', 'Ich bezweifle, dass Sie auch nur eine Zeile meiner Mail verstanden haben.'],
  ['abusive', 'Offenbar ist Lesen nicht Ihre Stärke.'],
  ['abusive', 'Es ist mir ein Rätsel, wie jemand mit Ihrer Auffassungsgabe in den Kundenservice kommt.'],
  ['abusive', 'Mit Ihrer geistigen Kapazität sollten Sie vielleicht keine Kunden beraten.'],
  ['abusive', 'Ihnen fehlt offensichtlich jegliche Intelligenz.'],
  ['abusive', 'Ihnen fehlt es an jeglichem Verstand.'],
  ['abusive', 'Ich habe schon mit Toastern gesprochen, die mehr Verstand hatten als Sie.'],
  ['abusive', 'Man fragt sich ernsthaft, wofür Sie eigentlich bezahlt werden.'],
  ['abusive', 'Sie haben Ihren Beruf verfehlt.'],
  ['abusive', 'Sie gehören nicht in den Kundendienst, sondern in eine Baumschule.'],
  ['abusive', 'Sie sind als Mensch eine einzige Enttäuschung.'],
  ['abusive', 'Sie sind das Paradebeispiel für Inkompetenz.'],
  ['abusive', 'Ihre Arbeitsweise ist ebenso erbärmlich wie Ihre Person.'],
  ['abusive', 'Sie sind geistig wohl nicht ganz auf der Höhe.'],
  ['abusive', 'Ich frage mich, ob Sie überhaupt einen Schulabschluss haben.'],
  ['abusive', 'Fck dich'],
  ['abusive', 'du hurns0hn'],
  ['abusive', 'Du Arschl*ch.'],
  ['abusive', 'Sch**ß auf dich, du Penner'],
]);

family('D15n near misses: a mind praised, one’s own weak points, authority lacking (not abusive)', [
  ['calm', 'Mit Ihrer Auffassungsgabe haben Sie mein Problem sofort verstanden, danke!'],
  ['calm', 'Rechnen ist nicht meine Stärke, können Sie mir die Rechnung erklären?'],
  ['calm', 'Mir fehlt leider der Verstand für solche Technik 😅 Können Sie mir helfen?'],
  ['quiet', 'Ihnen fehlt leider die Berechtigung, das zu entscheiden, oder? Dann bitte an die Fachabteilung weiterleiten.'],
  ['calm', 'Sie haben mehr Ahnung als ich, was würden Sie empfehlen?'],
  ['calm', 'Wofür werden die 5 Euro Servicegebühr eigentlich berechnet?'],
  ['calm', 'Mein Sohn hat seinen Bus verfehlt, kann er die Karte trotzdem nutzen?'],
]);

family('D16 talking to an animal (abusive); a rule that does not fit one’s case (frustrated); "was zum Teufel" vents (angry)', [
  ['abusive', 'Hätte ich gewusst, dass ich hier mit einem Schimpansen chatte, hätte ich Bananen mitgebracht.'],
  ['abusive', 'Rede ich hier eigentlich mit einem Affen?'],
  ['hot', 'Was zum Teufel ist bei eurer Firma eigentlich los?'],
  ['hot', 'Wie zur Hölle kann ein Paket drei Wochen unterwegs sein?'],
  ['frustrated', 'Ich verstehe die Regel schon, aber bei mir passt sie halt nicht: Das Gerät war nie in Benutzung.'],
  ['frustrated', 'In meinem Fall greift die Frist nicht, weil die Ware später ankam. Bitte prüfen Sie das nochmal.'],
  ['frustrated', 'Danke für die Antwort, aber ich sehe das etwas anders.'],
  ['frustrated', 'Allerdings passt diese Regel aus meiner Sicht nicht auf meinen Fall, die Ware kam ja erst später.'],
]);

family('D16n near misses: a monkey at the zoo, a wall, a book title, sizes and colours that do not fit (not abusive)', [
  ['calm', 'Mein Sohn hat im Zoo mit einem Affen gespielt, haben Sie das Foto-Paket noch?'],
  ['quiet', 'Ich rede hier gegen eine Wand.'],
  ['calm', 'Haben Sie das Buch "Zum Teufel mit der Diät"?'],
  ['calm', 'Bei mir passt die Größe nicht, ich schicke die Hose zurück.'],
  ['calm', 'Die Farbe passt nicht zu meinem Sofa, kann ich umtauschen?'],
  ['calm', 'Gilt die Regel auch bei mir, wenn ich Student bin?'],
  ['calm', 'Trifft das auch auf mich zu?'],
]);

family('D17 advances: dates, the body, what the rep wears, a flirting emoji with the private sphere, pet names (abusive)', [
  ['abusive', 'Du klingst echt süß, hast du heute Abend Zeit?'],
  ['abusive', 'Wie siehst du eigentlich aus? Schick mal ein Bild 😏'],
  ['abusive', 'Ich würde dich gern mal persönlich kennenlernen 😘'],
  ['abusive', 'Bist du auch so hübsch wie deine Stimme?'],
  ['abusive', 'Gib mir deine Nummer, Süße.'],
  ['abusive', 'Wollen wir nicht lieber privat weiterschreiben? 😉'],
  ['abusive', 'Du hast bestimmt einen tollen Körper.'],
  ['abusive', 'Was trägst du gerade?'],
  ['abusive', 'Ich stell mir gerade vor, wie du aussiehst 😏'],
  ['abusive', 'Sie haben so eine erotische Stimme, Frau Meier.'],
  ['abusive', 'Hast du Lust, mit mir essen zu gehen? Dann vergesse ich die Beschwerde.'],
  ['abusive', 'Für ein Date mit dir verzichte ich auf die Erstattung 😘'],
  ['abusive', 'Sie sind bestimmt eine ganz Süße.'],
  ['abusive', 'Na, Hübsche, wie geht\'s?'],
  ['abusive', 'Hallo Schnucki, ich hab da ein Problem.'],
  ['abusive', 'Du bist heiß.'],
  ['abusive', 'Ich wette, du bist total sexy.'],
  ['abusive', 'Komm doch mal bei mir vorbei, dann zeig ich dir was 😏'],
  ['abusive', 'Haben Sie heute Abend schon was vor? 😉'],
]);

family('D17n near misses: a pleasant voice, a visit to the branch, an evening free for a call, a wink with thanks (calm)', [
  ['calm', 'Sie haben eine sehr angenehme Telefonstimme, danke für die Geduld!'],
  ['calm', 'Ich würde gern persönlich in die Filiale kommen, geht das ohne Termin?'],
  ['calm', 'Können wir privat per Mail weitermachen? Ich habe kein WhatsApp.'],
  ['calm', 'Wie sieht das Gerät eigentlich aus? Gibt es ein Bild?'],
  ['calm', 'Ich habe heute Abend Zeit für den Rückruf, ab 18 Uhr.'],
  ['calm', 'Die Jacke ist super heiß, meine Frau liebt sie! Gibt es die auch in Blau?'],
  ['calm', 'Ich bin heute Abend zu Hause, der Techniker kann ab 18 Uhr kommen 😉'],
  ['calm', 'Heute Abend bin ich erreichbar 😉'],
  ['calm', 'Danke dir, hat geklappt 😉'],
  ['calm', 'Ich frage privat, nicht für die Firma 😉 Gibt es Rabatt für Studenten?'],
  ['calm', 'Ich komme morgen in der Filiale vorbei 😉 Bis dann!'],
]);

family('D18 menace said other ways: whereabouts known, "Sie werden schon sehen", "seien Sie froh, dass ich nicht vor Ort bin", trouble arranged, harm wished (abusive)', [
  ['abusive', 'Ich weiß, wo Sie parken.'],
  ['abusive', 'Sie werden schon sehen, was passiert.'],
  ['abusive', 'Das wird ein Nachspiel haben – für Sie persönlich.'],
  ['abusive', 'Ich habe Sie auf Xing gefunden, Frau Becker.'],
  ['abusive', 'Ich weiß, in welcher Stadt Sie wohnen.'],
  ['abusive', 'Seien Sie froh, dass ich nicht vor Ort bin.'],
  ['abusive', 'Sei froh, dass ich nicht neben dir stehe.'],
  ['abusive', 'Ein Anruf von mir und Sie sind raus.'],
  ['abusive', 'Ich kenne Ihren Chef persönlich, und ich werde ihm sagen, dass Sie gefeuert gehört.'],
  ['abusive', 'Ich weiß, wann du Schicht hast.'],
  ['abusive', 'Ich warte vor dem Gebäude auf Sie.'],
  ['abusive', 'Wir sehen uns, Herr Klein. Verlassen Sie sich drauf.'],
  ['abusive', 'Ich finde dich, verlass dich drauf.'],
  ['abusive', 'Überlegen Sie gut, was Sie jetzt schreiben.'],
  ['abusive', 'Noch so eine Antwort und ich sorge persönlich dafür, dass Sie Ärger bekommen.'],
  ['abusive', 'Ich hoffe, dir passiert mal was.'],
  ['abusive', 'Dir wünsche ich die Pest an den Hals.'],
]);

family('D18n near misses: a view to be seen, a day off, thanks found on Xing, a meeting booked, a tariff to think over (calm)', [
  ['calm', 'Sie werden schon sehen, das Gerät ist wirklich kaputt. Ich schicke Fotos.'],
  ['calm', 'Seien Sie froh, dass Sie heute frei haben 😄 Ich melde mich morgen nochmal.'],
  ['calm', 'Ich habe Sie auf Xing gefunden und wollte mich für die tolle Beratung bedanken!'],
  ['calm', 'Wir sehen uns am Montag beim Termin, Herr Klein. Danke!'],
  ['calm', 'Überlegen Sie sich gerne in Ruhe, welcher Tarif besser passt, und melden Sie sich.'],
]);

describe('every structural hit shows its evidence', () => {
  const ev = (text: string, kind: ToneSignalKind): string[] =>
    analyzeMessageIn(text, 'de')
      .signals.filter((s) => s.kind === kind)
      .map((s) => text.slice(s.start, s.end));
  it('the addressee and the judgement are in the signal', () => {
    expect(ev('Sie sind wirklich unfähig.', 'insult-at-rep').join(' ')).toMatch(/Sie.*unfähig/);
    expect(ev('Unfähig sind Sie, nichts anderes.', 'insult-at-rep').join(' ')).toMatch(/Unfähig.*Sie/);
    expect(ev('Sie sind das Geld nicht wert, das man Ihnen zahlt.', 'insult-at-rep').join(' ')).toMatch(/Sie.*wert/);
  });
  it('a compound insult shows the whole word', () => {
    expect(ev('Du Hohlbirne, lies die Mail.', 'insult-at-rep').join(' ')).toContain('Hohlbirne');
  });
  it('a threat to the job shows the threat', () => {
    expect(ev('Ich sorge dafür, dass Sie Ihren Job verlieren.', 'threat-at-rep').join(' ')).toMatch(/Job verlieren/);
  });
});
