import { familiesIn } from './level-families';

// Probe families for German customer tone (issue 15), ninth round: the rep named with a kind or pitying noun ("Sie Glücklicher",
// "du Arme") beside a real complaint. A name called at the rep is how many German insults are said ("Sie Schnarchzapfen"), so the
// learned second opinion (lib/tone/langs/learned-de.ts) must keep these apart; its trainer keeps its threshold above every
// non-abusive sentence of these files. Every sentence is written for these tests (none is taken from a corpus).
const family = familiesIn('de');

family('O1 near misses: the rep named kindly or with pity beside a complaint (never abusive)', [
  ['!abusive', 'Sie Glücklicher haben schon Wochenende, ich warte immer noch auf meine Rückerstattung!'],
  ['!abusive', 'Du Arme musst dir das bestimmt den ganzen Tag anhören, aber mein Paket ist seit zwei Wochen weg.'],
  ['!abusive', 'Sie Armer, bei dem Chaos möchte ich nicht tauschen. Trotzdem: Wo bleibt meine Gutschrift?'],
  ['!abusive', 'Sie Engel, endlich jemand, der zurückschreibt! Die Rechnung ist aber immer noch falsch.'],
  ['!abusive', 'Du Glückliche hast wenigstens Feierabend, ich sitze hier ohne Internet.'],
  ['!abusive', 'Sie Ärmster, Sie können ja nichts dafür, aber das ist jetzt die dritte falsche Lieferung!'],
  ['!abusive', 'Sie Held, Sie sind der Erste, der überhaupt antwortet. Wann kommt denn nun der Techniker?'],
  ['!abusive', 'Sie Beneidenswerte haben sicher bald Urlaub, ich warte seit einem Monat auf mein Geld.'],
]);

family('O2 near misses: the rep addressed beside anger at a thing, the company or someone else (never abusive; moved here from learned-de.test.ts so the trainer keeps its threshold above them)', [
  ['!abusive', 'Ihr Laden ist ein einziger Saustall, seit Wochen keine Antwort!'],
  ['!abusive', 'Euer Kundendienst besteht offenbar aus Amateuren, das ist eine Frechheit!'],
  ['!abusive', 'Können Sie Ihrem Chef sagen, dass ich seit drei Wochen warte? Eine Zumutung!'],
  ['!abusive', 'Sie haben mir dreimal etwas anderes erzählt, ich bin stinksauer!'],
  ['!abusive', 'Warum hast du mir nicht gesagt, dass der Vertrag verlängert wird? Ich bin echt sauer!'],
  ['!abusive', 'Der Fahrer ist ein Idiot, er hat das Paket in den Regen gestellt. Können Sie das bitte klären?'],
  ['!abusive', 'Ich fühle mich von Ihnen komplett verarscht, seit Wochen passiert nichts!'],
  ['!abusive', 'Sie Ärmste müssen sich das sicher ständig anhören, aber ich warte seit einem Monat auf mein Geld!'],
  ['!abusive', 'Sie Glückspilz haben wenigstens Feierabend, ich warte seit drei Wochen auf mein Geld!'],
  ['!abusive', 'Du, das ist jetzt schon das dritte Mal, dass die Lieferung ausfällt, echt ärgerlich!'],
  ['!abusive', 'Verstehen Sie, wie ärgerlich das ist? Seit zwei Wochen kein Internet!'],
  ['!abusive', 'Ich bin echt sauer. Warum haben Sie mich nicht zurückgerufen?'],
  ['!abusive', 'Ich weiß, dass Sie das nicht persönlich zu verantworten haben, aber es nervt gewaltig.'],
  ['!abusive', 'Sind Sie noch da? Ich warte seit einer Stunde im Chat!'],
  ['!abusive', 'Können Sie Bescheid geben? Seit drei Wochen warte ich, das ist eine Frechheit!'],
  ['!abusive', 'Sie, Herr Maier, haben mir das versprochen! Unverschämt!'],
  ['!abusive', 'Die App ist der letzte Mist, können Sie mir bitte sagen, wann das behoben wird?'],
]);
