import { describe, expect, it } from 'vitest';
import { analyzeMessageIn } from '@/lib/tone/langs/route';

// Abuse written the ways people type it (misspelled, abbreviated, masked, youth slang, regional),
// written for these tests, not taken from the corpora; and the everyday words these insults share
// (a cow, a dog, bacon, rubbish bins) that must stay calm.
type L = 'es' | 'fr' | 'de' | 'pt';
const level = (text: string, lang: L): string => analyzeMessageIn(text, lang).level;

describe('abuse as people type it', () => {
  it.each([
    ['fr', 'conar'],
    ['fr', 'T’es qu’un connar.'],
    ['fr', 'pov con'],
    ['fr', 'Sale merde'],
    ['fr', 'Grosse vache'],
    ['fr', 'Gros lard'],
    ['fr', 'Sac à foutre'],
    ['de', 'Wichsa'],
    ['de', 'Du Hund'],
    ['de', 'Du Lauch'],
    ['de', 'Dreckiger Lügner'],
    ['de', 'Sie haben sie nicht mehr alle'],
    ['de', 'Drecks-Bot.'],
    ['de', 'Scheiß Roboter!'],
    ['pt', 'vai tomar no c*'],
    ['pt', 'p0rr@ de atendente'],
    ['pt', 'Vê se te enxergas, pá.'],
    ['pt', 'És um cromo, pá.'],
    ['pt', 'Merda de robô.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
});

describe('the same words in everyday sentences stay calm', () => {
  it.each([
    ['fr', 'La vache, c’est rapide ! Merci beaucoup.'],
    ['fr', 'Le lard fumé est en rupture de stock ?'],
    ['fr', 'J’ai commandé de la dinde pour Noël, elle arrive quand ?'],
    ['fr', 'J’ai un gros tas de cartons à renvoyer, vous passez les chercher ?'],
    ['de', 'Mein Hund hat das Ladekabel zerbissen, kann ich ein neues bestellen?'],
    ['de', 'Der Hund der Nachbarn bellt, deshalb habe ich den Anruf verpasst.'],
    ['de', 'Die Schuhe waren nach dem Wandern dreckig, kann ich sie trotzdem umtauschen?'],
    ['de', 'Sie haben sie doch schon verschickt, oder?'],
    ['pt', 'Vi o cromo da moto no catálogo, ainda têm?'],
    ['pt', 'O lixo de papel é recolhido às terças?'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
  it('swearing at a thing is anger, not abuse of the rep', () => {
    expect(level('Cette sale merde de box ne marche plus, c’est la troisième fois !', 'fr')).toBe('angry');
  });
});

describe('put-downs and threats said without a swear word', () => {
  it.each([
    ['es', 'Aprende a hablar español antes de trabajar aquí.'],
    ['fr', 'Apprenez le français avant de travailler ici.'],
    ['de', 'Lern erst mal richtig Deutsch, bevor du hier arbeitest.'],
    ['pt', 'Aprende a falar português antes de trabalhar aqui.'],
    ['es', 'Usted no sabe ni contar hasta tres.'],
    ['de', 'Sie können nicht mal bis drei zählen.'],
    ['pt', 'Você não sabe nem contar até três.'],
    ['es', 'Vuelve al colegio.'],
    ['es', 'Qué clase de imbécil contesta así.'],
    ['fr', 'Quel genre d’abruti répond comme ça.'],
    ['pt', 'Que tipo de idiota responde assim.'],
    ['fr', 'Vous êtes la personne la plus incompétente à qui j’aie parlé.'],
    ['de', 'Mit dir rede ich nicht, Frau. Hol einen Mann.'],
    ['es', 'Parce, usted es un güevón.'],
    ['fr', 'Je sais où est votre agence. Faites attention.'],
    ['de', 'Ich weiß, wo Ihre Filiale ist. Passen Sie auf.'],
    ['es', 'Sé dónde está tu oficina. Ten cuidado.'],
    ['fr', 'Si je te trouve, je te tue.'],
    ['fr', 'Je te mettrais bien une baffe.'],
    ['es', 'Te daría una hostia.'],
    ['pt', 'Te dava uma porrada.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
  it.each([
    ['es', 'Mi hijo tiene que volver al colegio el lunes, ¿llegará la mochila antes?'],
    ['fr', 'Mon fils retourne à l’école lundi, le cartable arrivera-t-il avant ?'],
    ['pt', 'O meu filho volta para a escola segunda, a mochila chega antes?'],
    ['es', 'Estoy aprendiendo a hablar español, perdón por los errores.'],
    ['fr', 'J’apprends le français, désolé pour les fautes.'],
    ['de', 'Ich lerne noch Deutsch, entschuldigen Sie die Fehler.'],
    ['fr', 'Je sais où est votre agence, je passerai demain.'],
    ['de', 'Ich weiß, wo Ihre Filiale ist, ich komme morgen vorbei.'],
    ['pt', 'Sei onde fica a vossa loja, passo lá amanhã.'],
    ['fr', 'Quel genre de câble faut-il pour la box ?'],
    ['pt', 'Que tipo de cabo preciso para o router?'],
    ['de', 'Mein Sohn kann schon bis zehn zählen, sucht aber ein Lernspiel.'],
  ] as [L, string][])('look-alikes stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('insults and slurs curated from the naughty-words lists', () => {
  it.each([
    ['es', 'Eres un asno.'],
    ['es', 'Hijoputa, contesta.'],
    ['es', 'Kapullo.'],
    ['fr', 'Espèce de branleur.'],
    ['fr', 'Sale pédale.'],
    ['de', 'Du Schwanzlutscher!'],
    ['de', 'Halt die Klappe, Kanake.'],
    ['pt', 'Seu veado.'],
    ['pt', 'És um bastardo.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
  it.each([
    ['fr', 'La pédale de frein du vélo grince, vous la remplacez sous garantie ?'],
    ['pt', 'Vi um veado perto da estrada e o carro travou, o seguro cobre?'],
    ['es', 'El asno de la granja escuela es precioso, ¿hacéis visitas?'],
  ] as [L, string][])('the same words in everyday sentences stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('Swiss, Austrian, Québec, Swiss French and French slang insults', () => {
  it.each([
    ['de', 'Sie Schofseckel.'],
    ['de', 'Sie Lappi, lueged Sie doch emal.'],
    ['de', 'Du Plagöri.'],
    ['de', 'Gang doch go schiisse.'],
    ['de', 'Du Gfrast.'],
    ['de', 'Du Beidl.'],
    ['de', 'Sie Fetzenschädel.'],
    ['de', 'Du Bauerntrampel.'],
    ['fr', 'Mangeux de marde.'],
    ['fr', 'T’es un bobet.'],
    ['fr', 'Espèce de nouille.'],
    ['fr', 'T’es qu’un tocard.'],
    ['fr', 'T’es un clampin.'],
    ['fr', 'Vous êtes un amateur.'],
    ['fr', 'Vous êtes une blague.'],
    ['fr', 'Tu pues la merde.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
  it.each([
    ['fr', 'Vous êtes un amateur de vin ? Je cherche un cadeau.'],
    ['fr', 'Les nouilles chinoises sont en rupture ?'],
    ['fr', 'Ma batterie est naze, elle est sous garantie ?'],
    ['fr', 'C’était une blague, tout va bien, merci !'],
  ] as [L, string][])('look-alikes stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('Brazilian and European Portuguese insults', () => {
  it.each([
    ['pt', 'Seu fuleiro.'],
    ['pt', 'Baitola.'],
    ['pt', 'Sua pamonha, resolve isso.'],
    ['pt', 'Seu cara de pau.'],
    ['pt', 'És um nabo.'],
    ['pt', 'Tu és um totó.'],
    ['pt', 'Ô seu sem-vergonha, devolve meu dinheiro.'],
    ['pt', 'Não prestas para nada.'],
    ['pt', 'Você é um abestado.'],
    ['pt', 'Você é um lixo humano.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
  it.each([
    ['pt', 'Comprei nabos e cenouras na loja online, a entrega é amanhã?'],
    ['pt', 'O bolo de pamonha chegou frio, mas tudo bem, obrigado.'],
    ['pt', 'O produto não presta para nada molhado? Quero saber se é à prova d’água.'],
  ] as [L, string][])('look-alikes stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('veiled insults: reading, schooling, intelligence, a screw loose', () => {
  it.each([
    ['de', 'Ich frage mich, ob Sie überhaupt lesen können.'],
    ['de', 'Haben Sie Ihren Abschluss im Lotto gewonnen?'],
    ['de', 'Sind Sie wirklich so begriffsstutzig oder tun Sie nur so?'],
    ['de', 'Ihre Unfähigkeit ist grenzenlos.'],
    ['de', 'Ich habe selten so einen unfähigen Menschen erlebt.'],
    ['de', 'Mit Ihrer Intelligenz hätten Sie besser Parkplatzwächter werden sollen.'],
    ['de', 'Wer hat Ihnen denn den Job gegeben, Ihre Mama?'],
    ['de', 'Bei Ihnen piept’s wohl.'],
    ['de', 'Denken ist wohl nicht Ihre Stärke.'],
    ['fr', 'Je me demande si vous savez lire.'],
    ['fr', 'Votre incompétence dépasse l’entendement.'],
    ['fr', 'Je n’ai jamais vu quelqu’un d’aussi incompétent.'],
    ['fr', 'Jamais vu un tel branquignol.'],
    ['fr', 'Avec votre intelligence, vous auriez dû être gardien de parking.'],
    ['fr', 'Vous êtes tombé sur la tête ?'],
    ['fr', 'Réfléchir, ce n’est pas votre fort.'],
    ['fr', 'Il vous manque une case.'],
    ['es', 'Me pregunto si sabes leer.'],
    ['es', 'Nunca he visto a alguien tan incompetente.'],
    ['es', 'A usted le falta un tornillo.'],
    ['es', 'Pensar no es lo tuyo.'],
    ['pt', 'Me pergunto se você sabe ler.'],
    ['pt', 'Com a sua inteligência devia era estar a varrer a rua.'],
    ['pt', 'Falta-te um parafuso.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
  it.each([
    ['es', 'Al mueble le falta un tornillo, ¿me lo podéis enviar?'],
    ['pt', 'Ao móvel falta-lhe um parafuso, podem enviar?'],
    ['fr', 'Il vous manque une case à cocher dans le formulaire, je crois.'],
    ['fr', 'Je me demande si vous savez quand le stock revient.'],
    ['de', 'Ich frage mich, ob Sie mir helfen können.'],
    ['de', 'Noch nie so einen netten Mitarbeiter erlebt, danke!'],
    ['pt', 'Com a sua ajuda resolvi, obrigado.'],
  ] as [L, string][])('look-alikes stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});

describe('sexual harassment of the rep', () => {
  it.each([
    ['es', 'Con esa voz seguro que estás buenísima.'],
    ['es', 'Pásame tu Instagram, bombón.'],
    ['es', 'Me pones mucho, atiéndeme tú.'],
    ['fr', 'Avec une voix pareille t’es sûrement bonne.'],
    ['fr', 'Tu m’excites, continue à parler.'],
    ['de', 'Mit der Stimme bist du bestimmt heiß.'],
    ['de', 'Du machst mich an, red weiter.'],
    ['pt', 'Com essa voz você deve ser gostosa.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
  it.each([
    ['es', 'Me pones mucho trabajo con tanto formulario, pero gracias.'],
    ['es', 'Los bombones llegaron derretidos, ¿me devolvéis el dinero?'],
    ['fr', 'Tu es bonne pour un remboursement, m’a dit ta collègue ?'],
    ['fr', 'Vous êtes canon pour la réactivité, merci !'],
    ['de', 'Sie sind heiß begehrt, Ihre Produkte sind immer ausverkauft!'],
    ['de', 'Das Gerät ist heiß geworden, ist das normal?'],
  ] as [L, string][])('look-alikes stay calm, %s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
});
