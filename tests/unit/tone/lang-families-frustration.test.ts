import { describe, expect, it } from 'vitest';
import { analyzeMessageIn } from '@/lib/tone/langs/route';

// Families written for these tests (not taken from the corpora in tests/fixtures/tone/<lang>/):
// being fed up said the ways people say it (verb forms, idioms, regional words), being sent round,
// hedged annoyance, emoji, a thanks that only closes a complaint, asking how to leave, insults with a
// swearing tail, formal complaints. Each family has calm look-alikes that must stay calm.
type L = 'es' | 'fr' | 'de' | 'pt';
const level = (text: string, lang: L): string => analyzeMessageIn(text, lang).level;

describe('fed up, said the ways people say it: frustrated, not calm and not angry', () => {
  const cases: [L, string][] = [
    ['es', 'Ya me cansé de esperar, la verdad.'],
    ['es', 'Me estoy cansando de vuestras respuestas automáticas.'],
    ['es', 'Qué embole tener que llamar cada día.'],
    ['es', 'Estoy chato de que no me den solución.'],
    ['es', 'Me dejaron botado con la instalación a medias.'],
    ['es', 'El técnico me dejó plantado toda la mañana.'],
    ['es', 'Esto no puede seguir así, necesito que alguien me lo resuelva.'],
    ['es', 'Estoy esperando desde las 9 y nadie viene.'],
    ['es', 'Me parece muy poco serio.'],
    ['es', 'Tengo la paciencia al límite.'],
    ['es', 'Ando con mil cosas y ahora esto, me tienen loco.'],
    ['es', 'Me tienen dando vueltas de un departamento a otro.'],
    ['fr', 'Franchement c’est relou de devoir tout renvoyer.'],
    ['fr', 'Ça me saoule, l’appli plante encore.'],
    ['fr', 'Je suis tanné d’attendre après vous.'],
    ['fr', 'J’suis à boutte avec cette histoire de facture.'],
    ['fr', 'On me fait tourner en rond.'],
    ['fr', 'On m’a laissé en plan avec un compteur à moitié installé.'],
    ['fr', 'J’ai l’impression de parler à un mur.'],
    ['fr', 'Je ne sais plus quoi faire, aidez-moi svp.'],
    ['fr', 'Chaque conseiller me dit quelque chose de différent.'],
    ['fr', 'C’est le troisième mail que j’envoie.'],
    ['fr', 'Pfff, l’appli a encore planté.'],
    ['de', 'Ich kann es langsam nicht mehr hören.'],
    ['de', 'Ich hab echt keinen Bock mehr auf diese Warterei.'],
    ['de', 'Ich werde hier von A nach B geschickt.'],
    ['de', 'Der Techniker hat mich einfach sitzen lassen.'],
    ['de', 'Von Ihnen kommt einfach nichts.'],
    ['de', 'Ich weiß nicht mehr weiter, bitte helfen Sie mir.'],
    ['de', 'Mir wurde eine Gutschrift versprochen, passiert ist nichts.'],
    ['de', 'Jeder Mitarbeiter sagt mir etwas anderes, ich blicke nicht mehr durch.'],
    ['de', 'Vor 15 Tagen habe ich die Rücksendung beantragt und höre nichts.'],
    ['de', 'Das ist jetzt echt blöd gelaufen.'],
    ['pt', 'Que saco, tenho que ligar todo dia.'],
    ['pt', 'Estão me enrolando desde o começo.'],
    ['pt', 'Vocês estão a empurrar com a barriga.'],
    ['pt', 'Ninguém consegue me dizer onde está o pacote.'],
    ['pt', 'O técnico me deixou na mão.'],
    ['pt', 'Parece que estou falando com uma parede.'],
    ['pt', 'Estou um pouco desapontado, confesso.'],
    ['pt', 'Estou meio bolado com isso.'],
    ['pt', 'Cada atendente me diz uma coisa diferente, já não entendo nada.'],
    ['pt', 'Estou sendo jogado de um setor para outro há dias.'],
    ['pt', 'Pedi a devolução há 15 dias e não sei de nada.'],
    ['pt', 'A encomenda ainda não chegou, isso já está a ficar chato.'],
  ];
  it.each(cases)('%s: %s', (lang, t) => expect(level(t, lang)).toBe('frustrated'));
});

describe('frustration said without a feeling word', () => {
  const cases: [L, string][] = [
    ['es', '¿Tan difícil es enviar un paquete a tiempo?'],
    ['es', 'Soy cliente desde hace 10 años y nunca me había pasado algo así.'],
    ['es', 'Pedí el día libre en el trabajo para nada, el técnico no vino.'],
    ['es', 'En fin. A ver si esta vez lo arregláis.'],
    ['es', 'No entiendo cómo puede tardar tanto una transferencia.'],
    ['es', 'A estas alturas ya no sé a quién preguntar.'],
    ['es', 'Esperaba otra cosa, sinceramente.'],
    ['es', 'Pagué el envío urgente y llegó tarde igualmente.'],
    ['fr', 'C’est si compliqué que ça de livrer à l’heure ?'],
    ['fr', 'Je suis client depuis 10 ans et c’est la première fois que ça m’arrive.'],
    ['fr', 'J’ai posé une journée pour rien, le technicien n’est pas venu.'],
    ['fr', 'Bref. J’espère que cette fois ce sera réglé.'],
    ['fr', 'Je ne comprends pas comment un virement peut prendre autant de temps.'],
    ['fr', 'J’ai payé la livraison express et le colis est arrivé en retard quand même.'],
    ['de', 'Ist es wirklich so schwer, ein Paket pünktlich zu liefern?'],
    ['de', 'Ich bin seit 10 Jahren Kunde und so etwas ist mir noch nie passiert.'],
    ['de', 'Niemand hat mir Bescheid gesagt, dass die Filiale geschlossen ist.'],
    ['de', 'Ich bin umsonst in die Filiale gefahren.'],
    ['de', 'Ich hänge seit einer Stunde am Telefon und keiner geht ran.'],
    ['de', 'Ich habe den Expressversand bezahlt und das Paket kam trotzdem zu spät.'],
    ['pt', 'É assim tão difícil entregar um pacote a tempo?'],
    ['pt', 'Sou cliente há 10 anos e nunca me aconteceu isso.'],
    ['pt', 'Tirei o dia de folga à toa, o técnico não veio.'],
    ['pt', 'Não entendo como uma transferência pode demorar tanto.'],
    ['pt', 'Paguei o envio expresso e chegou atrasado mesmo assim.'],
  ];
  it.each(cases)('%s: %s', (lang, t) => expect(level(t, lang)).toBe('frustrated'));
  it.each([
    ['es', 'Soy cliente desde hace 10 años y quería ampliar mi plan.'],
    ['es', 'No es para nada urgente, cuando podáis.'],
    ['es', 'No entiendo cómo se configura el router, ¿me ayudáis?'],
    ['fr', 'Je suis client depuis 10 ans et je voudrais passer à l’offre supérieure.'],
    ['de', 'Ist der Versand umsonst, wenn ich zwei bestelle?'],
    ['de', 'Ich bin seit 10 Jahren Kunde und möchte meinen Tarif erweitern.'],
    ['pt', 'Sou cliente há 10 anos e queria mudar de plano.'],
  ] as [L, string][])('the same shapes in a calm message stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('time gone by and impatience', () => {
  it.each([
    ['es', 'Ya pasó una semana y el pedido sigue en preparación.'],
    ['es', 'Desde el día 3 estoy sin teléfono.'],
    ['es', 'Hasta hoy nada de nada.'],
    ['es', '¿Cuándo me lo van a solucionar de una vez?'],
    ['es', 'Tres semanas para un cambio de tarifa, de verdad.'],
    ['es', 'Esto se está alargando demasiado.'],
    ['fr', 'Ça fait déjà une semaine et la commande est toujours en préparation.'],
    ['fr', 'Depuis le 3, je n’ai plus de téléphone.'],
    ['fr', 'Jusqu’à aujourd’hui, rien.'],
    ['fr', 'Quand est-ce que ce sera enfin réglé ?'],
    ['fr', 'Ça s’éternise.'],
    ['de', 'Seit dem 3. habe ich kein Telefon.'],
    ['de', 'Bis heute nichts.'],
    ['de', 'Wann wird das endlich gelöst?'],
    ['de', 'Drei Wochen für einen Tarifwechsel, also wirklich.'],
    ['pt', 'Já passou uma semana e o pedido continua em preparação.'],
    ['pt', 'Desde o dia 3 estou sem telefone.'],
    ['pt', 'Até hoje nada.'],
    ['pt', 'Quando é que isso vai ser resolvido de vez?'],
    ['pt', 'Isso está se arrastando demais.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('frustrated'));
  it.each([
    ['es', 'Me voy tres semanas para un viaje a Japón, ¿qué tarifa me recomendáis?'],
    ['es', 'Ya pasó una semana desde la instalación y va genial, gracias.'],
    ['fr', 'Je pars trois semaines pour un voyage au Japon, quel forfait me conseillez-vous ?'],
    ['fr', 'Depuis le 3, j’ai la fibre et tout marche, merci !'],
    ['de', 'Ich bin drei Wochen für einen Urlaub weg, können Sie die Lieferung verschieben?'],
    ['de', 'Bis heute keine Probleme, danke für den tollen Service.'],
    ['pt', 'Vou viajar três semanas para um congresso, que plano recomendam?'],
    ['pt', 'Já faz uma semana que instalaram e está tudo ótimo, obrigado.'],
  ] as [L, string][])('look-alikes stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('a hedge makes a strong word annoyance', () => {
  it.each([
    ['es', 'Estoy un poco harta de tener que explicar lo mismo cada vez.'],
    ['fr', 'Je suis un peu dégoûté, le colis est arrivé abîmé.'],
    ['de', 'Ich bin ein bisschen sauer, ehrlich gesagt.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('frustrated'));
  it('without the hedge the word is still anger', () => {
    expect(level('Estoy harta de vuestras excusas.', 'es')).toBe('angry');
    expect(level('Ich bin stinksauer.', 'de')).toBe('angry');
  });
});

describe('emoji: an eye roll is annoyance, a red face anger, the finger abuse', () => {
  it.each([
    ['es', 'Hola 🙄 otra semana sin el paquete.'],
    ['es', 'Gracias... supongo 😒'],
    ['fr', 'Bonjour 🙄 encore une semaine sans colis.'],
    ['de', 'Hallo 🙄 wieder eine Woche ohne Paket.'],
    ['pt', 'Obrigado... né 😒'],
  ] as [L, string][])('frustrated, %s: %s', (lang, t) => expect(level(t, lang)).toBe('frustrated'));
  it('a red face is anger, the finger is abuse', () => {
    expect(level('Toujours pas de colis 😡', 'fr')).toBe('angry');
    expect(level('Eres un inútil 🖕', 'es')).toBe('abusive');
    expect(level('Aqui tens 🖕', 'pt')).toBe('abusive');
  });
  it.each([
    ['fr', 'Ah mince, j’ai oublié le code promo 🤦 vous pouvez l’appliquer ?'],
    ['es', 'Me llegó el paquete, gracias 😊'],
    ['pt', 'O meu cão comeu o cabo 😔 vendem só o cabo?'],
  ] as [L, string][])('own slip or a glad face stays calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('a thanks that only closes a complaint does not make it warm', () => {
  it.each([
    ['fr', 'Bonjour, la box se déconnecte sans arrêt et j’ai déjà redémarré plusieurs fois. C’est un peu pénible car je télétravaille. Pouvez-vous m’envoyer un technicien ? Merci beaucoup.'],
    ['es', 'Hola, el router se desconecta cada poco. Es bastante molesto porque trabajo desde casa. ¿Me pueden mandar un técnico? Muchas gracias.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('frustrated'));
  it.each([
    ['fr', 'Merci beaucoup, c’est réglé, dommage juste pour le délai.'],
    ['es', 'Qué pena que no tengáis la talla, pero muchas gracias por avisar, sois muy amables.'],
    ['de', 'Schade, dass es nicht mehr da ist. Danke trotzdem für die nette Hilfe!'],
  ] as [L, string][])('a warm message with one regret stays calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('asking how to leave is a request, not a threat', () => {
  it.each([
    ['es', '¿Cómo cancelo la suscripción? Me mudo al extranjero y ya no la voy a usar.'],
    ['es', 'Hola, ¿dónde me doy de baja? Gracias.'],
    ['de', 'Wie kann ich kündigen? Ich ziehe ins Ausland.'],
    ['de', 'Wo kann ich den Vertrag kündigen?'],
    ['fr', 'Comment je fais pour résilier ? Je déménage à l’étranger.'],
    ['pt', 'Como faço para cancelar o plano? Vou me mudar para o exterior.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
  it('leaving said, not asked, still counts', () => {
    expect(level('Ich kündige. Reicht jetzt.', 'de')).toBe('angry');
    expect(level('Cancelo la suscripción.', 'es')).toBe('angry');
  });
});

describe('wanting to leave, said plainly, is a request', () => {
  it.each([
    ['es', 'Quiero cancelar mi suscripción.'],
    ['es', 'Quiero darme de baja.'],
    ['fr', 'Je veux résilier mon abonnement.'],
    ['de', 'Ich will meinen Vertrag kündigen.'],
    ['pt', 'Quero cancelar a minha assinatura.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
  it.each([
    ['es', 'Me doy de baja.'],
    ['de', 'Mies. Mies. Mies. Ich kündige.'],
    ['pt', 'Quero o cancelamento HOJE. Não amanhã, HOJE.'],
    ['fr', 'Je veux résilier. Point final.'],
  ] as [L, string][])('said flatly, with capitals or a full stop on it, it is still anger, %s: %s', (lang, t) => expect(level(t, lang)).toBe('angry'));
});

describe('asking whether something is a scam is not anger', () => {
  it.each([
    ['es', '¿Esto es una estafa? Me llegó un SMS pidiendo mis datos.'],
    ['de', 'Ist das Betrug? Ich habe eine SMS bekommen, die nach meinen Daten fragt.'],
    ['de', 'Ist das Abzocke?'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
  it.each([
    ['es', '¡Esto es una estafa! Me habéis cobrado dos veces.'],
    ['de', 'Das ist Abzockerei!'],
    ['de', 'Das ist Betrug, Sie haben mir zu viel berechnet.'],
  ] as [L, string][])('said, it is anger, %s: %s', (lang, t) => expect(level(t, lang)).toBe('angry'));
});

describe('an insult with a swearing tail is still said to the rep', () => {
  it.each([
    ['fr', 'T’es vraiment un incapable de merde.'],
    ['fr', 'connard de merde'],
    ['fr', 'Enculé de ta race.'],
    ['fr', 'Abruti de robot de mes deux.'],
    ['es', 'Tonta del culo, léete mi mensaje.'],
    ['es', 'Inútil de mierda.'],
    ['pt', 'Cabrão de merda.'],
    ['pt', 'Robô imbecil do caralho.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
  it.each([
    ['fr', 'Je suis incapable de me connecter depuis hier, pouvez-vous m’aider ?'],
    ['es', 'Soy incapaz de encontrar la factura, ¿me ayudáis?'],
  ] as [L, string][])('"unable to" stays calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('formal complaints and switching: anger', () => {
  it.each([
    ['fr', 'Je vais faire une réclamation officielle et je change d’opérateur.'],
    ['de', 'Ich lege offiziell Beschwerde ein und wechsle den Anbieter.'],
    ['de', 'Wenn das morgen nicht gelöst ist, gehe ich zum Anwalt.'],
    ['pt', 'Vou fazer uma reclamação formal e mudar de operadora.'],
    ['pt', 'Vocês estão de brincadeira comigo?'],
    ['es', 'Estoy hasta el moño de vuestras excusas.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('angry'));
  it.each([
    ['fr', 'Comment déposer une réclamation officielle ?'],
    ['de', 'Wo kann ich eine Beschwerde einreichen?'],
    ['pt', 'Onde posso fazer uma reclamação formal?'],
  ] as [L, string][])('asking where to complain stays calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('one\'s own slip again is not a repeat contact', () => {
  it.each([
    ['es', 'Se me olvidó otra vez la contraseña, ¿me la podéis resetear?'],
    ['pt', 'Esqueci a senha de novo, podem me mandar o link?'],
    ['de', 'Ich hab das Passwort schon wieder vergessen 🙄 können Sie es zurücksetzen?'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
  it('the service failing again still is', () => {
    expect(level('Otra vez sin luz, es la tercera vez esta semana.', 'es')).toBe('frustrated');
  });
});

describe('strong words that are not anger at the service', () => {
  it.each([
    ['es', 'Me quiero morir de la vergüenza, puse mal mi dirección, ¿se puede cambiar?'],
    ['fr', 'J’ai honte, j’ai mis la mauvaise adresse, on peut la changer ?'],
    ['pt', 'Que vergonha, pus a morada errada, dá para mudar?'],
    ['de', 'Wie peinlich, ich habe die falsche Adresse angegeben, kann man das ändern?'],
    ['pt', 'Tive um problema horrível com a encomenda anterior, mas já está tudo resolvido, obrigada.'],
    ['es', 'Tuve un problema horrible con el pedido anterior, pero ya está todo resuelto, gracias.'],
    ['es', 'Jajaja me mata de risa vuestro anuncio, ¿el descuento sigue vigente?'],
    ['es', 'Mi vecino es un pesado y me tapa el buzón, ¿pueden dejar el paquete en conserjería?'],
  ] as [L, string][])('one\'s own slip, a trouble that is over, a laugh, a neighbour: calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
  it.each([
    ['es', '¡Qué vergüenza de empresa! Tercera vez que me cobran de más.'],
    ['pt', 'Que vergonha, vocês cobraram duas vezes!'],
    ['es', 'Esto es de risa, tercera vez que falla.'],
    ['es', 'El repartidor es un inútil, tiró el paquete por encima de la valla.'],
  ] as [L, string][])('the same words about the service are still anger, %s: %s', (lang, t) => expect(level(t, lang)).toBe('angry'));
});

describe('praise and requests that borrow complaint words', () => {
  it.each([
    ['pt', 'É um absurdo de bom esse produto kkk'],
    ['pt', 'Não recebi a fatura, será que podem mandar de novo?'],
    ['es', 'No me llegó el correo, ¿me lo podéis enviar otra vez?'],
    ['de', 'Die Ware ist Mist geworden, weil ich sie falsch gewaschen habe, kann man da was machen?'],
    ['pt', 'Pqp que rápido, valeu demais!'],
    ['de', 'Geil, passt perfekt, danke!'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
  it.each([
    ['pt', 'Isso é um absurdo, cobraram duas vezes!'],
  ] as [L, string][])('the complaint itself is still anger, %s: %s', (lang, t) => expect(level(t, lang)).toBe('angry'));
});

describe('anger said as an idiom', () => {
  it.each([
    ['de', 'Das ist doch nicht Ihr Ernst!'],
    ['de', 'Geht’s noch?'],
    ['de', 'Ich glaub, es hackt!'],
    ['de', 'Jetzt reicht’s aber!'],
    ['de', 'Mir platzt gleich der Kragen.'],
    ['de', 'Ich bin außer mir vor Wut.'],
    ['de', 'Das ist die Höhe!'],
    ['de', 'Sie haben mich jetzt dreimal angelogen!'],
    ['de', 'Das lasse ich mir nicht gefallen!'],
    ['fr', 'J’hallucine !'],
    ['fr', 'C’est le comble !'],
    ['fr', 'Je suis vert de rage.'],
    ['fr', 'Ça ne va pas se passer comme ça !'],
    ['fr', 'Vous m’avez menti trois fois !'],
    ['es', '¡Manda huevos!'],
    ['es', 'Estoy que echo humo.'],
    ['es', '¡Esto no se va a quedar así!'],
    ['es', '¡Me habéis mentido tres veces!'],
    ['pt', 'Isso é o cúmulo!'],
    ['pt', 'Não há direito!'],
    ['pt', 'Estou fulo da vida.'],
    ['pt', 'Isto não vai ficar assim!'],
    ['pt', 'Estou puto com vocês.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('angry'));
  it.each([
    ['de', 'Geht’s noch heute raus? Wäre super.'],
    ['de', 'Das ist die Höhe der Rechnung für März, oder? Danke.'],
    ['fr', 'C’est le comble du chic, ce canapé, merci !'],
  ] as [L, string][])('look-alikes stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('threats to leave: a named competitor, the last time, another company, the networks', () => {
  it.each([
    ['es', 'Si esto sigue así me voy a Movistar.'],
    ['es', 'Es la última vez que compro aquí.'],
    ['es', 'Mañana mismo me paso a otra compañía.'],
    ['es', 'Voy a denunciarlo en redes para que todo el mundo lo sepa.'],
    ['fr', 'Si ça continue je pars chez Free.'],
    ['fr', 'Je vais vous mettre une étoile sur Google.'],
    ['fr', 'Dès demain je passe à la concurrence.'],
    ['de', 'Wenn das so weitergeht, wechsle ich zu Vodafone.'],
    ['de', 'Ab morgen bin ich bei der Konkurrenz.'],
    ['de', 'Ich werde das überall im Netz posten.'],
    ['pt', 'Se continuar assim vou para a Vivo.'],
    ['pt', 'É a última vez que compro aqui.'],
    ['pt', 'Amanhã mesmo mudo de operadora.'],
    ['pt', 'Vou expor vocês nas redes sociais.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('angry'));
  it.each([
    ['fr', 'Je passe chez Orange demain pour récupérer la box, c’est bon ?'],
    ['fr', 'J’ai vu votre pub sur les réseaux, l’offre est encore valable ?'],
    ['de', 'Morgen wechsle ich zu Tarif M, bitte bestätigen Sie das.'],
    ['de', 'Wie wechsle ich zu einem anderen Tarif?'],
    ['es', 'Vi vuestro anuncio en las redes y quería saber si sigue la oferta.'],
    ['es', '¿Cómo me paso a otra tarifa más barata?'],
    ['pt', 'Vi a promoção nas redes sociais, ainda vale?'],
  ] as [L, string][])('look-alikes stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('calm look-alikes', () => {
  it.each([
    ['pt', 'Você é chato demais, sabia?'],
  ] as [L, string][])('"chato" said of the rep is still an insult, %s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
  it.each([
    ['fr', 'Bon, je fais quoi maintenant ? Je clique sur Valider ?'],
    ['pt', 'Que saco de dormir vocês recomendam para o inverno?'],
    ['es', 'No es ningún problema, puedo esperar hasta el lunes.'],
    ['de', 'Das ist doch kein Problem, ich warte gern.'],
    ['pt', 'Não tem problema nenhum, eu espero.'],
    ['es', 'Quisiera saber cómo darme de baja del boletín, por favor.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});
