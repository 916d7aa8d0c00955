/**
 * German tone lexicon (Germany, Austria, Switzerland). Written in folded form (lib/tone/langs/fold.ts):
 * lowercase, umlauts as people type them without the keys (ä → ae, ö → oe, ü → ue, ß → ss), so
 * "Grüße", "Gruesse" and the Swiss "Grüsse" all read "gruesse". Formal "Sie"/"Ihr" address the rep
 * only with their capital (lowercase "sie" is "they", "she").
 */
import type { ToneLexicon } from './engine';

/** Insult adjectives with their endings (dumm, dumme, dummer, dummen, dummes, dummem). */
const ADJ = String.raw`(?:dumm|bloed|doof|bescheuert|behindert|unfaehig|inkompetent|nutzlos|daemlich|hirnlos|beschraenkt|bekloppt|verbloedet|minderbemittelt|strunzdumm|saudumm|dusselig|armselig|erbaermlich|unterbelichtet|gestoert|debil|idiotisch|hohl|beknackt|bleed|bleede|deppert|tepperet|dubbel|gaga)(?:e|er|en|es|em)?`;
const NOUN = String.raw`(?:idiot|idioten|idiotin|vollidiot|vollidioten|trottel|volltrottel|depp|deppen|arschloch|arschloecher|wichser|hurensohn|hurensoehne|penner|spast|spasti|mongo|vollpfosten|pfeife|pfeifen|lappen|kuh|ziege|sau|schwein|schweine|drecksau|mistkerl|dummkopf|vollhonk|honk|pisser|spacko|versager|versagerin|nichtsnutz|betrueger|betruegerin|luegner|luegnerin|dieb|diebe|diebin|stuemper|clown|clowns|witzfigur|knallkopf|dumpfbacke|schlampe|fotze|hure|missgeburt|bloedmann|affe|esel|wicht|heini|flasche|trantuete|pappnase|hohlkopf|hohlbirne|doedel|dussel|armleuchter|schwachkopf|schwachmat|zicke|tussi|trulla|loser|hampelmann|kasper|nulpe|niete|lusche|spinner|abschaum|drecksack|arsch|bastard|dreckskerl|bratze|hackfresse|gauner|halsabschneider|schmarotzer|parasit|null|nullen|amateur|amateure|dilettant|dilettanten|laie|faulpelz|faulenzer|stinkstiefel|giftzwerg|blindgaenger|tollpatsch|lump|schuft|halunke|kretin|depperl|koffer|oarschloch|tschumpel|gopf|saftsack|wurst|pfosten|honks)`;

export const de: ToneLexicon = {
  fold: 'de',
  // Lowercase "sie"/"ihnen" mid-sentence are "they"/"them": not the rep in phrases ("sie sind unfähig").
  they: /\b(?:sie|ihnen)\b/g,
  shortCaps: new Set(
    'ich du sie wir ihr es das ist und nie was wie wer ja nein so mal nur mir mich ein den der die dem zum seit mehr noch doch aber hier weg geld heut wann bis vor auf aus bei mit von zu nun gar kein alle euch uns hat habe bin sind war wird will muss soll kann tag jahr mein ihre dein eure jetzt'.split(' '),
  ),
  insultNoun: new RegExp(`^${NOUN}$`),
  insultAdj: new RegExp(`^${ADJ}$`),
  second: /^(?:du|dich|dir|bist|bisch|biste|euch|seid|sidd|bischt|dia|di)$/,
  formal: /^(?:sie|ihnen|ihr)$/,
  possessive: /^(?:dein|deine|deinen|deinem|deiner|deines|euer|eure|euren|eurem|eurer|eures|ihre|ihren|ihrem|ihrer|ihres|mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer)$/,
  thirdParty:
    /^(?:er|sie|es|ihr|das|dies|dieser|diese|dieses|diesen|man|jemand|der|fahrer|fahrerin|paketdienst|paketbote|kundenservice|kundendienst|service|firma|laden|saftladen|unternehmen|app|techniker|technikerin|mitarbeiter|mitarbeiterin|mitarbeitern|kollege|kollegin|kollegen|chef|chefin|system|bank|hotline|support|zusteller|zustellerin|bote|post|dhl|hermes|dpd|ups|gls|verein|konzern|abteilung|callcenter|vorgaenger|berater|beraterin|verkaeufer|verkaeuferin|leute|typ|kerl|frau|herr|nachbar|nachbarin|vermieter|hausverwaltung|handwerker|monteur|kunde|kunden|website|webseite|seite|programm|software|produkt|geraet|router|box|ding|teil|laden|shop|filiale|team|vertrieb|management|geschaeftsfuehrung|spediteur|spedition|lieferdienst|lieferant|bewertung|kommentar|bot|chatbot|roboter)$/,
  self: /^(?:ich|mich|mir|ick|i)$/,
  vocative:
    /(?:\bdu|\bsie|\bihr|\bdu\s+\w+|\bdu\s+\w+\s+\w+|\bsie\s+\w+|\bihr\s+\w+|^\s*(?:ey|eh|hey|hallo|na|danke|tschuess|ja)\s*,?\s*|^\s*(?:so\s+ein|so\s+eine|was\s+fuer\s+ein|was\s+fuer\s+eine)\s+(?:\w+\s+)?)$/,
  vocativeAfter: /^(?:du|ey|eh|oder|echt|hier|da|ihr)$/,
  shows: /\b(?:zeigt|zeigte|anzeige|meldung|fehlermeldung|fehler|code|steht|status|bildschirm|display|taste|knopf|button|menue|option|lampe|leuchte|sagt|heisst|namens|tarif|modell|paket|produkt)\s*:?\s*$/,
  atRep: [
    // Profanity said to the rep.
    /\bfick\s+(?:dich|euch|sie)\b|\bf\*+k\s+dich\b|\bverpiss\s+(?:dich|euch)\b|\bverzieh\s+(?:dich|euch)\b|\bhau\s+ab\b|\bhaut\s+ab\b|\bgeh\s+(?:sterben|kacken|scheissen|zum\s+teufel)\b|\bfahr\s+zur\s+hoelle\b|\bscheiss\s+(?:auf|an)\s+(?:dich|euch|sie)\b|\bleck\s+mich\b|\bleckt\s+mich\b|\blmaa\b|\bl\.m\.a\.a\b/,
    /\bhalt(?:s|'s|et|en\s+sie)?\s+(?:die|dein|ihr|das|den)?\s*(?:fresse|klappe|maul|schnauze|mund|gosch|goschn|rand)\b|\bhaltet\s+(?:die|eure)\s+(?:fresse|klappe|maul|schnauze)\b|(?:^|[.!?,]\s*)(?:schnauze|fresse|klappe|maul|ruhe\s+jetzt)\s*(?:[.!]|$)|\b(?:du|ihr|sie)\s+(?:kannst|koennt|koennen)\s+mich\s+(?:mal|alle\s+mal|kreuzweise|gernhaben)\b|\bkoennt\s+mich\s+alle\b/,
    /\bhurensohn\b|\bhurensoehne\b|\bmissgeburt\b|\bdeine\s+(?:mutter|mudda|mutti)\b|\bdeine\s+(?:alte|olle)\b|\bwixxer\b|\bwichser\b/,
    // Implied insults: the rep's brain, reading, language, job.
    /\b(?:jemand(?:en|em)?|wen|einen?\s+(?:mitarbeiter|menschen|kollegen))\s+(?:mit|der|die)\s+(?:hirn|verstand|grips|ahnung|einem\s+hirn|(?:ein|zwei)\s+(?:gehirnzellen|hirnzellen))\b|\bjemand(?:en|em)?,?\s+(?:der|die)\s+(?:kein|nicht)\s+(?:idiot|trottel|depp|vollidiot|so\s+(?:dumm|bloed|unfaehig))\b|\bder\s+(?:bis\s+drei\s+zaehlen|lesen)\s+kann\b/,
    /\b(?:verstehst|verstehen|sprichst|sprechen|verstehsch|kannst|koennen)\s+(?:du|sie|ihr)\s+(?:kein|nicht|ueberhaupt\s+kein|etwa\s+kein)\s*(?:deutsch|lesen|rechnen|zaehlen)\b|\b(?:kannst|koennen|koennt)\s+(?:du|sie|ihr)\s+(?:(?:nicht|ueberhaupt|etwa|eigentlich|denn|wirklich|echt|auch|kein)\s+){1,3}(?:lesen|deutsch|zaehlen|rechnen)\b|\blesen\s+lernen\b|\bzurueck\s+in\s+die\s+schule\b|\b(?:ein|jedes)\s+(?:kind|kleinkind|affe|schimpanse|achtjaehriger|fuenfjaehriger|\w+jaehriger|grundschueler|hamster)\b[^.!?]{0,40}\b(?:besser|schneller|kapiert|verstanden|hinbekommen|geschafft)\b/,
    /\b(?:zu|so)\s+(?:dumm|bloed|doof|bescheuert|bekloppt|daemlich|unfaehig|hohl|beschraenkt)\s*,?\s+(?:um|zum|fuer|drei|zwei|einen|eine|das)\b|\bzu\s+(?:nix|nichts)\s+zu\s+gebrauchen\b|\b(?:bezweifle|zweifle|glaube\s+kaum),?\s+dass\s+(?:sie|du)\b[^.!?]{0,60}\b(?:verstehen|verstehst|kapieren|kapierst|begreifen|begreifst|lesen|liest)\b|\b(?:sie|du)\s+(?:sind|bist|seid)\s+(?:nichts\s+(?:weiter\s+)?als|nur|bloss|echt\s+nur|doch\s+nur)\s+(?:ein|eine|einer)\b|\bwer\s+hat\s+(?:dich|sie|euch)\s+(?:eigentlich\s+|denn\s+)?(?:eingestellt|angestellt|ausgebildet)\b|\bwo\s+hat\s+man\s+(?:dich|sie|euch)\s+(?:denn\s+)?(?:ausgegraben|aufgegabelt|gefunden)\b|\bfuers?\s+(?:nichtstun|rumsitzen)\s+bezahlt\b|\b(?:keine|null)\s+ahnung\s+von\s+(?:deinem|ihrem|eurem)\s+(?:job|beruf|arbeit)\b/,
    new RegExp(
      String.raw`\b(?:du\s+bist|bist\s+du|bisch\s+du|du\s+bisch|biste|sie\s+sind|sind\s+sie|ihr\s+seid|seid\s+ihr|du\s+warst)\s+(?:(?:echt|wirklich|total|voll|komplett|so|zu|eigentlich|einfach|doch|ja|halt|ganz|vielleicht|eigentlich|ueberhaupt|alle|wohl|der|die|das|allergroesste|groesste|der\s+groesste|die\s+groesste|ein|eine|einer|nur|ne|n)\s+)*(?:${ADJ}|${NOUN}|witz|schande|zumutung|katastrophe|lachnummer|peinlich)\b(?!\s+(?:zu|fuer\s+(?:mich|uns)))`,
    ),
    // Put-downs: gendered, condescending address.
    /\b(?:schaetzchen|suesse|maeuschen|kleine|junge\s+dame|maedchen|puppe|schatzi|herzchen)\b(?=\s*[,.!?]|\s+(?:du|sie)\b)|\b(?:geben|verbinden)\s+sie\s+mich\s+(?:mit\s+)?(?:einem|einen)\s+(?:mann|maennlichen)\b|\bzurueck\s+an\s+den\s+herd\b|\bein\s+mann,?\s+der\s+(?:sich\s+auskennt|ahnung\s+hat|was\s+versteht)\b/,
  ],
  threatAtRep: [
    /\bich\s+weiss,?\s+wo\s+(?:du|sie|ihr)\s+(?:wohnst|wohnen|wohnt|arbeitest|arbeiten|arbeitet|sitzt|sitzen)\b|\bich\s+kenn(?:e)?\s+(?:deinen|ihren)\s+(?:namen|nachnamen|wohnort|arbeitsplatz)\b|\bich\s+hab(?:e)?\s+(?:deinen|ihren)\s+(?:namen|adresse|wohnort)\b/,
    /\bpass\s+(?:bloss|ja|gut|lieber|besser)?\s*auf\s+dich\s+auf\b|\bpassen\s+sie\s+(?:bloss|ja|gut|lieber)?\s*auf\s+sich\s+auf\b|\bdas\s+(?:wirst\s+du|werden\s+sie|werdet\s+ihr)\s+(?:noch\s+)?bereuen\b|\b(?:du|sie)\s+(?:wirst|werden)\s+(?:es\s+)?(?:noch\s+)?bereuen\b|\bdu\s+wirst\s+schon\s+sehen\b|\bwarte\s+nur\b/,
    /\bich\s+(?:komm|komme|werde)\s+(?:dich|sie|euch|mal|persoenlich)\b[^.!?]{0,40}\b(?:abholen|besuchen|vorbei|finden|holen)\b|\b(?:persoenlich|mal)\s+(?:vorbeischau\w*|vorbeikomm\w*|vorbei\s+komm\w*)\b|\bnach\s+feierabend\b[^.!?]{0,40}\b(?:dich|sie|abholen|warten|treffen)\b|\bich\s+(?:finde|find|krieg|kriege|erwisch\w*)\s+(?:dich|sie|euch)\b|\bich\s+mach\s+(?:dich|euch)\s+(?:fertig|kalt|platt)\b|\b(?:auf\s+die\s+fresse|aufs\s+maul|eine\s+reinhauen|eine\s+verpassen|eins\s+auf\s+die\s+muetze|eine\s+schmieren|die\s+fresse\s+polieren)\b|\bvor\s+(?:deiner|ihrer)\s+(?:tuer|haustuer|wohnung|arbeit|filiale)\b/,
    /\b(?:sorge|sorgen|werde)\b[^.!?]{0,30}\bdass\s+(?:du|sie)\s+(?:\w+\s+){0,3}(?:gefeuert|entlassen|rausgeschmissen|rausgeworfen|gekuendigt|abgemahnt)\b|\b(?:deinen|ihren)\s+job\s+(?:los|verlieren|kosten)\b|\b(?:du|sie)\s+(?:bist|sind)\s+(?:deinen|ihren|den)\s+job\s+los\b|\bkostet\s+(?:dich|sie)\s+(?:den|deinen|ihren)\s+job\b|\barbeitslos\s+(?:machen|werden)\b/,
    /\b(?:auf|bei)\s+(?:linkedin|facebook|instagram|xing)\s+gefunden\b|\b(?:dein|ihr)\s+(?:standort|wohnort|buero|arbeitsplatz)\s+ist\s+(?:gar\s+)?nicht\s+(?:so\s+)?weit\b|\bjemand,?\s+der\s+(?:auch\s+)?(?:mal\s+)?persoenlich\b/,
  ],
  harassment: [
    /\b(?:sexy|suesse|geile|heisse|erotische)\s+(?:stimme|fotos?|bilder?)\b|\b(?:du\s+bist|sie\s+sind)\s+(?:echt\s+|so\s+|ganz\s+schoen\s+)?(?:sexy|heiss|geil|suess|huebsch)\b/,
    /\b(?:treffen|sehen)\s+wir\s+uns\b(?!\s+(?:vor\s+gericht|beim\s+anwalt|vor\s+dem))|\bwollen\s+wir\s+uns\s+(?:nicht\s+)?(?:mal\s+)?treffen\b|\bauf\s+einen\s+(?:drink|kaffee|wein|absacker)\b|\b(?:bist\s+du|sind\s+sie)\s+(?:noch\s+)?(?:single|vergeben)\b|\b(?:deine|ihre)\s+(?:private\s+)?(?:handynummer|nummer)\b|\bwas\s+hast\s+du\s+an\b|\bschick\s+mir\s+(?:ein|mal\s+ein)\s+(?:foto|bild)\b/,
    /\bhoffentlich\s+(?:wirst\s+du|werden\s+sie|werdet\s+ihr|verlierst\s+du|verlieren\s+sie|stirbst|krepierst|verreckst)\b|\b(?:verreck|krepier|stirb)\b|\bich\s+hoffe,?\s+(?:du|sie)\s+(?:\w+\s+){0,3}(?:gefeuert|entlassen|stirbst|sterben|verreckst|krepierst)\b/,
  ],
  profanity:
    /\b(?:scheisse|scheiss\w*|schei\*+e|sch\*+sse|verdammt\w*|verflucht\w*|kacke|kack\w+|mist|mistding|dreck|drecks\w+|verarsch\w*|verfickt\w*|fuck\w*|shit|zum\s+kotzen|kotzt|arsch|im\s+arsch|am\s+arsch|herrgott|himmel\s*herrgott|zefix|sakra|gopferdammi|gopfertami|gottverdammt\w*|bloedsinn|schwachsinn|quatsch|mistladen|mistfirma)\b/,
  leave: [
    /\b(?:sonst|ansonsten|andernfalls)\s+(?:kuendige|wechsle|wechsel|gehe|storniere|bin\s+ich\s+weg|ziehe?\s+ich|schalte|melde|hole|gehe|bin\s+ich)\b|\bzur\s+konkurrenz\b|\bnie\s+(?:wieder|mehr)\s+(?:bei\s+(?:euch|ihnen)|bestell\w*|kauf\w*|kunde)\b|\b(?:sie|ihr)\s+(?:haben|habt)\s+(?:gerade\s+)?(?:einen|eine)\s+kund(?:en|in)\s+verloren\b|\bnicht\s+(?:mehr\s+)?verlaengern\b|\bfristlos\s+kuendig\w*\b|\bich\s+kuendige\s+alles\b/,
    /\banwalt\w*\s+(?:einschalten|einschalte|nehmen|kontaktieren|beauftragen|uebergeben|weiterleiten)\b|\b(?:ueber|durch)\s+(?:meinen|einen)\s+(?:rechts)?anwalt\b|\b(?:mein|meine)\s+(?:rechts)?anwalt\w*\s+wird\s+sich\b|\b(?:werde|sonst|andernfalls|ansonsten|naechster\s+schritt|bleibt\s+mir\s+nichts\s+(?:anderes\s+)?uebrig)\b[^.!?]{0,60}\b(?:rechts)?anwa(?:lt|elt)\w*\b|\bvor\s+gericht\b|\bgerichtlich\w*\b|\b(?:verklagen|verklage|klage\s+einreichen|klagen\s+werde)\b|\brechtliche\s+schritte\b|\bstrafanzeige\b|\banzeige\s+(?:erstatten|erstatte|machen)\b|\bverbraucherzentrale\b|\bverbraucherschutz\w*\b|\bkonsumentenschutz\b|\bstiftung\s+warentest\b|\barbeiterkammer\b|\bschlichtungsstelle\w*\b|\bombuds(?:mann|stelle|frau)\b|\bbundesnetzagentur\b|\bbafin\b|\bmahnverfahren\b|\brechtsschutz\w*\b|\bschlichtung\b|\bbeschwer\w*\s+(?:ich\s+mich\s+)?bei\s+der\s+(?:aufsicht|bafin|arbeiterkammer|verbraucherzentrale|schlichtungsstelle|bundesnetzagentur)\b|\bkassensturz\b|\bsachverstaendig/,
    /\b(?:lastschrift|abbuchung|zahlung|kreditkartenzahlung|betrag)\w*\s+(?:\w+\s+){0,3}(?:zurueckgehen|zurueckbuchen|rueckbuchen|zurueckholen|widerrufen|stornieren\s+lassen)\b|\b(?:rueckbuch\w*|zurueckbuch\w*|chargeback|rueckbelastung|lastschriftwiderruf)\b|\bzurueckgehen\s+lassen\b/,
    /\b(?:poste|posten|teile|teilen|schreibe|schreiben|erzaehle|erzaehlen|stelle|stellen|veroeffentliche|veroeffentlichen|verbreite|verbreiten|mache\s+oeffentlich)\b[^.!?]{0,60}\b(?:facebook|instagram|twitter|tiktok|youtube|x|linkedin|presse|zeitung|bild|medien|trustpilot|google|bewertung\w*|internet|foren|forum|elterngruppen|gruppen|netz|social\s+media)\b|\b(?:ueberall|allen)\s+(?:herum)?erzaehlen\b|\bherumerzaehlen\b|\b(?:schlechte|negative|vernichtende)\s+bewertung\w*\b|\b(?:einen|1|null|0)\s+stern(?:e)?\b|\bpresse\s+(?:einschalten|informieren|kontaktieren)\b|\b(?:an|die)\s+(?:die\s+)?(?:presse|medien|zeitung|bild)\b/,
    /\bwenn\b[^.!?]{0,90}\b(?:bis|binnen|innerhalb)\b[^.!?]{0,50}\b(?:nicht|kein\w*)\b[^.!?]{0,60},\s*(?:dann\s+)?(?:werde|wechsle|kuendige|schalte|gehe|beschwere|lasse?|lass|hole|poste|stelle|melde|ziehe|sehen|zahle|hoeren)\b|\bletzte\s+(?:chance|frist|warnung|mahnung)\b/,
  ],
  leaveWeak: [
    /\bich\s+(?:werde\s+|will\s+|moechte\s+|muss\s+)?(?:kuendige|kuendigen|storniere\s+alles|wechsle|wechseln)\b(?!\s+nicht)|\b(?:anbieter|bank|tarif|versicherung)\s+wechseln\b|\bich\s+bin\s+(?:dann\s+)?weg\b|\bkonto\s+(?:aufloesen|schliessen|kuendigen)\b|\bvertrag\s+kuendigen\b/,
  ],
  praiseIfNegative: [
    /\b(?:toller|super|klasse|spitzen|erstklassiger|vorbildlicher|hervorragender|grossartiger|ausgezeichneter)\s+(?:service|kundenservice|kundendienst|support|job|arbeit|leistung)\b|\bgute\s+arbeit\b|\bhut\s+ab\b|\brespekt\b|\bglueckwunsch\b|\bgratuliere\b|\bganz\s+grosses\s+kino\b|\bweiter\s+so\b|\bbravo\b/,
  ],
  insultExcept: /^(?:null|nullen)\s+(?:euro|franken|eur|chf|prozent|uhr|komma|punkt)|^(?:wurst|koffer|affe|sau|kuh|arsch)\b/,
  demands: [
    /\b(?:antworten|rufen|erstatten|ueberweisen|geben|schicken|liefern|machen|kuemmern|reparieren|stornieren|melden|zahlen|entsperren|antworte|gib|mach|schick|ruf|zahl)\s+(?:sie|du|ihr)?\s*(?:mir|mich|uns|das|es|den|die|endlich)?\b[^.!?\n]{0,40}[.!,\s]+(?:und\s+zwar\s+)?(?:jetzt|sofort|umgehend|unverzueglich|auf\s+der\s+stelle|heute\s+noch|noch\s+heute|augenblicklich|subito|gleich)\s*[.!]/,
    /(?:^|[.!?]\s*)(?:jetzt|sofort|umgehend|aber\s+dalli|zackig|und\s+zwar\s+sofort|aber\s+sofort|aber\s+zackig)\s*[.!]+/,
    /(?:^|[.!?,]\s*)punkt\s*[.!]|\bich\s+(?:verlange|fordere)\b|\bich\s+erwarte\b[^.!?]{0,50}\b(?:sofort|umgehend|unverzueglich|bis\s+(?:morgen|heute|spaetestens|montag|dienstag|mittwoch|donnerstag|freitag))\b|\bes\s+reicht\s*(?:jetzt)?\s*[.!]|\bschluss\s+jetzt\b|\bletzte\s+aufforderung\b/,
  ],
  softDemands: [
    /\bich\s+will\s+(?:mein(?:e|en)?\s+(?:geld|paket|erstattung|rueckerstattung|ware|kohle)|(?:das|mein)\s+geld\s+zurueck|eine\s+antwort|eine\s+erklaerung)\b|\bgeld\s+zurueck\b|\bmacht\s+endlich\s+(?:was|etwas)\b|\btun\s+sie\s+(?:endlich\s+)?(?:was|etwas)\b|\bmachen\s+sie\s+(?:endlich\s+)?(?:ihren\s+job|ihre\s+arbeit|was)\b|\bmacht\s+(?:euren\s+job|eure\s+arbeit)\b/,
  ],
  strong: [
    /(?:^|[.!?]\s*)(?:mies|miserabel|unterirdisch|armselig|erbaermlich|laecherlich|peinlich|katastrophal|unverschaemt|frechheit|unmoeglich|skandaloes|null\s+punkte)\s*(?:[.!]|$)/,
    /\b(?:frechheit|unverschaemt\w*|sauerei|schweinerei|skandal\w*|zumutung|inakzeptabel|unakzeptabel|nicht\s+akzeptabel|unzumutbar|katastroph\w*|ist\s+(?:doch\s+|ja\s+|echt\s+)?ein\s+witz|witzlos|laecherlich|abzocke\w*|abzocken|abgezockt|abzocker|betrug|betrueger\w*|betruegen|betrogen|halsabschneider|wucher|saftladen|drecksladen|scheissladen|scheissverein|chaotenverein|verarsche|verarschen|verarscht|wollt\s+ihr\s+mich|wollen\s+sie\s+mich\s+(?:eigentlich\s+)?(?:veraeppeln|verarschen|fuer\s+dumm)|fuer\s+dumm\s+verkauf\w*|wuetend|stinksauer|sauer|fassungslos|empoert|es\s+reicht|mir\s+reicht(?:'?s|\s+es)|(?:die|meine)\s+nase\s+(?:gestrichen\s+)?voll|schnauze\s+voll|haufen\s+(?:stuemper|idioten|unfaehiger|amateure|dilettanten|chaoten|versager)|stuemper\w*|dilettant\w*|unfaehige[rn]?\s+(?:haufen|verein|laden|firma)|pfuscher\w*|pfusch|bodenlos\w*|das\s+letzte|zum\s+kotzen|kann\s+doch\s+nicht\s+wahr\s+sein|das\s+darf\s+(?:doch\s+)?nicht\s+wahr\s+sein|unehrlich\w*|gelogen|luegen|sie\s+luegen|ihr\s+luegt|dreist\w*|unverfroren\w*|schaem\w*\s+(?:euch|sie\s+sich)|unglaublich\w*(?=[^.?]{0,20}!)|(?:ist|sind)\s+(?:eine?\s+)?(?:einzige\s+)?(?:katastrophe|schande|witz|lachnummer|zumutung)|geht\s+gar\s+nicht|hallo\s*\?\s*!)\b/,
  ],
  sarcasmStrong: [
    /\bdanke\s+fuer\s+(?:gar\s+)?nichts\b|\b(?:vielen\s+)?dank\s+auch\s*[.!]|\bdanke\s+auch\s*[.!]|\bganz\s+(?:toller|grosser|super)\s+(?:service|laden|job|kundenservice)\b|\bechte?\s+(?:spitzenleistung|glanzleistung|meisterleistung)\b|\b(?:spitzen|glanz|meister)leistung\b(?=[^.!?]{0,20}(?:!|👏|🙄|\.\.\.))/,
  ],
  sarcasmMild: [
    /(?:^|[.!?]\s*)(?:klasse|toll|super|prima|wunderbar|grossartig|perfekt|herrlich|spitze|na\s+toll|na\s+super|na\s+klasse|na\s+prima|na\s+wunderbar|sehr\s+schoen|wie\s+schoen)\s*[.!,]+\s*(?=[^]{0,80}\b(?:wieder|schon\s+wieder|noch|nicht|kein\w*|immer\s+noch|erneut|ausfall|verspaetung|nichts|nie)\b)|(?:^|[.!?]\s*)na\s+(?:toll|super|klasse|prima|bravo)\b|\bnaja\b|\bna\s+ja\b|\bjaja\b|\bja\s+ja\b|\bschon\s+klar\b|\bwer'?s\s+glaubt\b|\bwie\s+(?:immer|ueblich)\b|\bmal\s+wieder\b|\bhab\s+ich\s+(?:letzte\s+woche\s+|auch\s+|schon\s+)+gehoert\b/,
  ],
  repeat: [
    /\bzum\s+(?:zweiten|dritten|vierten|fuenften|sechsten|zehnten|x-ten|n-ten|wiederholten|\d+\.)\s+mal\b|\b(?:zwei|drei|vier|fuenf|sechs|zehn|x|mehrere|etliche|\d+)\s*(?:-\s*)?mal\s+(?:angerufen|geschrieben|gemeldet|nachgefragt|probiert|versucht|erklaert|geschickt|gesagt|reklamiert)\b|\b(?:zweimal|dreimal|viermal|fuenfmal|mehrmals|mehrfach|x-mal|zigmal|hundertmal|\d+x)\b|\bzum\s+wiederholten\s+male?\b/,
    /\b(?:immer\s+noch|noch\s+immer)\s+(?:nicht|kein\w*|nichts|gesperrt|kaputt|defekt|offen|da|dasselbe)\b|\bimmer\s+noch\b|\bnoch\s+immer\b|(?<!\bich\s)\bschon\s+wieder\b|\bich\s+(?:nochmal|noch\s*mal|schon\s+wieder)\b(?=[^]{0,40}\b(?:immer\s+noch|nicht|kein\w*|nichts)\b)|\berneut\s+(?:nicht|kein\w*|nichts|ein\s+fehler|ausgefallen|falsch|kaputt)\b|\bwie\s+(?:bereits|schon)\s+(?:gesagt|geschrieben|erwaehnt|mitgeteilt|erklaert)\b|\b(?:hab|habe)\b[^.!?]{0,30}\b(?:schon|bereits)\s+(?:\w+\s+){0,3}(?:geschickt|geschrieben|gesagt|angerufen|erklaert|gemeldet|mitgeteilt|hochgeladen)\b|\bkeine\s+(?:antwort|rueckmeldung|reaktion)\b|\b(?:keiner|niemand)\s+(?:hat\s+)?(?:geantwortet|reagiert|zurueckgerufen|gemeldet|meldet\s+sich)\b|\bnachhaken\b|\bnachfragen\b|\bwieder\s+(?:eine\s+zusage|nichts|ausgefallen|kaputt|falsch|defekt)\b/,
  ],
  again: /\bwieder(?=\s*(?:[?!]|\.\.\.))|\berneut(?=\s*[?!])/,
  past: [
    /\b(?:beim\s+letzten\s+mal|letztes\s+mal|letzte\s+woche)\s+(?:hiess\s+es|wurde\s+(?:mir\s+)?(?:gesagt|versprochen|zugesagt))\b|\bhiess\s+es\b|\bwurde\s+mir\s+(?:\w+\s+)?(?:versprochen|zugesagt|garantiert|gesagt)\b|\bversprochene[rn]?\s+(?:rueckruf|termin|erstattung|gutschrift)\b|\b(?:niemand|keiner)\s+(?:hat\s+)?(?:mich\s+)?(?:zurueckgerufen|angerufen|informiert|geholfen|benachrichtigt)\b|\bjedes\s+mal\b|\bjedem\s+(?:neuen\s+)?mitarbeiter\b|\bvon\s+vorne\s+(?:erklaeren|anfangen)\b|\bwarteschleife\b|\bweiterverbunden\b|\baufgelegt\b|\bweggedrueckt\b|\babgewimmelt\b|\bvertroestet\b|\bvon\s+einem\s+zum\s+anderen\b/,
  ],
  mild: [
    /\b(?:enttaeuscht|enttaeuschend|enttaeuschung|aergerlich|veraergert|aergert\s+mich|genervt|nervig|nervt|frustriert|frustrierend|frust|unzufrieden|nicht\s+(?:gerade\s+|sehr\s+|besonders\s+)?(?:zufrieden|professionell|kundenfreundlich|toll|optimal|okay|ok|in\s+ordnung|nachvollziehbar|schoen)|unprofessionell|schade|zieht\s+sich|dauert\s+(?:ewig|zu\s+lange|so\s+lange|ganz\s+schoen)|ziemlich\s+(?:lang|lange|aergerlich|nervig|mies)|(?:schon\s+)?(?:sehr\s+)?lange\s+genug|langsam\s+(?:reicht|nervt|ungeduldig|sauer|genervt)|ungeduldig|geduld\s+(?:ist\s+)?(?:am\s+ende|verlier\w*|langsam)|warte\s+seit|warten\s+seit|wartet\s+seit|seit\s+(?:\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|zehn|vierzehn|mehreren|vielen)\s+(?:tagen|wochen|monaten|minuten|stunden)|hallo\s*\?|jemand\s+da|(?:sind\s+sie|bist\s+du|seid\s+ihr)\s+(?:noch\s+)?da|echt\s+jetzt|im\s+ernst|ernsthaft|muehsam|umstaendlich|unverstaendlich|(?:verstehe|versteh)\s+(?:ich\s+)?nicht,?\s+warum|nicht\s+nachvollziehbar|unklar|verwirrend|komisch|seltsam|hmm+\.{2,}|wo\s+bleibt|wann\s+(?:kommt|passiert)\s+(?:denn\s+)?(?:endlich|jetzt)|endlich|bitte\s+endlich|leider\s+(?:schon\s+wieder|immer\s+noch|wieder)|wieder\s+nicht|klappt\s+(?:immer\s+noch\s+|schon\s+wieder\s+)?nicht|funktioniert\s+(?:immer\s+noch\s+|schon\s+wieder\s+)?nicht|geht\s+(?:immer\s+noch|schon\s+wieder)\s+nicht|problematisch|nicht\s+hilfreich|wenig\s+hilfreich|bringt\s+mir\s+nichts|sorge|besorgt|verunsichert|genug|satt|es\s+satt|unangenehm|leid\s+(?:bin|sein)|bin\s+es\s+leid)\b/,
  ],
  supervisor:
    /\b(?:vorgesetzte[nr]?|teamleit(?:er|erin|ung)|abteilungsleit(?:er|erin|ung)|geschaeftsfuehr(?:er|erin|ung)|chef|chefin|manager|managerin|verantwortliche[nr]?|zustaendige[nr]?\s+(?:vorgesetzte|chef)|supervisor|ihre[nm]?\s+vorgesetzten)\b/,
  supervisorDemanded:
    /\bich\s+(?:will|verlange|fordere)\s+(?:sofort\s+|jetzt\s+)?(?:einen|den|ihren|euren|deinen)\s+(?:vorgesetzten|chef|teamleiter|manager|verantwortlichen)\b|\b(?:holen|geben|verbinden)\s+sie\s+mich\s+(?:sofort\s+)?(?:mit\s+)?(?:ihrem|ihren|dem|den)\s+(?:vorgesetzten|chef|teamleiter|manager)\b(?![^.!?]*bitte)/,
  polite:
    /\b(?:bitte|bitteschoen|danke\s+im\s+voraus|vielen\s+dank|koennten\s+sie|koennen\s+sie|wuerden\s+sie|waeren\s+sie\s+so|ich\s+moechte|ich\s+haette\s+gern|ich\s+wuerde\s+gerne?|duerfte\s+ich|koennte\s+ich|freundliche[nr]?\s+gruesse|mit\s+freundlichen|danke)\b/,
  warm: /\b(?:danke|dankeschoen|vielen\s+dank|super|toll|perfekt|klasse|prima|spitze|wunderbar|genial|zufrieden|freundlich|lieben\s+dank|top|hervorragend|freue\s+mich|gerne|bestens)\b/,
  negatedBefore: /(?:\bnicht|\bkein\w*|\bnie|\bohne|\bstatt|\banstatt|\bniemals)\s+(?:\S+\s+){0,2}$/,
  exoneration:
    /\bnicht\s+(?:ihre|deine|eure)\s+schuld\b|\bnichts\s+persoenliches\b|\bnicht\s+persoenlich\s+gemeint\b|\b(?:sie|du|ihr)\s+(?:koennen|kannst|koennt)\s+ja\s+nichts\s+dafuer\b|\bliegt\s+nicht\s+an\s+(?:ihnen|dir|euch)\b|\bgegen\s+(?:sie|dich)\s+persoenlich\b/,
  mishap:
    /\b(?:hab(?:e)?\s+(?:ich\s+)?(?:vergessen|mich\s+vertan|mich\s+verklickt|verschusselt|verlegt|verbockt|verpeilt|falsch\s+eingegeben|geloescht)|mein\s+fehler|meine\s+schuld|ich\s+(?:depp|trottel|idiot|dussel|esel|schussel|dummkopf)|selber\s+schuld|selbst\s+schuld|war\s+ich\s+(?:selbst|selber))\b/,
  signOff:
    /(?:^|\n)[ \t]*(?:mit\s+freundlichen\s+gru(?:e)?(?:ss|ß)en|mit\s+freundlichem\s+gru(?:e)?(?:ss|ß)|mit\s+besten\s+gru(?:e)?(?:ss|ß)en|(?:freundliche|viele|liebe|beste|herzliche|schone|schoene)\s+gru(?:e)?(?:ss|ß)e|mfg|lg|vg|gru(?:e)?(?:ss|ß)e?|danke|vielen\s+dank|besten\s+dank|servus|ciao|tschu(?:e)?ss|mit\s+dem\s+ausdruck[^\n]*)(?:[ \t]+\S+){0,2}[ \t]*[,.!]?[ \t]*(?=\n)/,
};
