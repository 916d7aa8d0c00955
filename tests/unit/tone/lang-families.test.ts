import { describe, expect, it } from 'vitest';
import { analyzeMessageIn } from '@/lib/tone/langs/route';

// Families of phrasing natives use, written for these tests (not taken from the corpora in
// tests/fixtures/tone/<lang>/): insults at the rep, threats to the person, and calm look-alikes.
const level = (text: string, lang: 'es' | 'fr' | 'de' | 'pt'): string => analyzeMessageIn(text, lang).level;

describe('French', () => {
  it.each([
    "J'ai fermé la fenêtre et redémarré la box.",
    "Je comprends la règle, mais c'est vous qui avez fermé la salle pour travaux.",
    'Ferme la porte du lave-linge et relance, c’est ce que le manuel dit ?',
  ])('"fermé la …" / "ferme la porte" is not "ferme-la": %s', (t) => expect(level(t, 'fr')).toBe('calm'));
  it.each([
    'Ferme-la et passe-moi ton chef.',
    'Bon, ferme la, toi.',
    'T’es vraiment qu’une grosse merde.',
    'Espèce de sous-doué, relis mon message.',
    'Bande de bras cassés, et toi le premier.',
    'Mange tes morts.',
    'T’es un boloss.',
    'Vous êtes une quiche.',
    'Crétin des Alpes !',
    'Vous êtes complètement à la ramasse.',
    'T’as un pois chiche à la place du cerveau.',
    'Tabarnak, t’es ben épais!',
    'Je vais te démonter la gueule.',
    'Je vais te pourrir sur les réseaux avec ta photo.',
    'vtff',
    'Mange d’la marde, estie de cave.',
    'Osti de chien sale.',
    'T’es un gros colon.',
    'Espèce de zinneke.',
    'Sot que tu es !',
    'Vous allez voir ce qui va vous arriver.',
    'Je viens au magasin te régler ton compte.',
    'Vous êtes la honte de votre métier.',
    'T’es une merde.',
    'Vous êtes un déchet.',
    'Quel abruti ce conseiller.',
  ])('abusive: %s', (t) => expect(level(t, 'fr')).toBe('abusive'));
  it.each(['Est-ce une arnaque, ce SMS qui me demande ma carte ?', 'J’ai reçu un mail « VOTRE COMPTE EST SUSPENDU », c’est une arnaque ?', 'Merci de régler votre compte client dans les paramètres ?', 'Ce conseiller est un vrai professionnel, merci.'])(
    'asking whether a message is a scam, settling one\'s account: calm: %s',
    (t) => expect(level(t, 'fr')).toBe('calm'),
  );
  it('"c\'est une arnaque" said, not asked, is still angry; a band of clowns at the company is not abuse of the rep', () => {
    expect(level('C’est une arnaque, vous m’avez volé 50 euros !', 'fr')).toBe('angry');
    expect(level('Votre service client est une bande de guignols, je veux mon argent.', 'fr')).toBe('angry');
  });
});

describe('German', () => {
  it.each([
    'Sie sind ja wohl der dümmste Mitarbeiter, den ich je hatte.',
    'Sie Knalltüte!',
    'Mit Ihnen rede ich nicht mehr, Sie Dummschwätzer.',
    'Gopferdammi, sind Sie e Tubel?',
    'Sie Sauhund.',
    'Pass bloß auf, ich finde raus, wer du bist.',
    'Du Hornochse, lies doch die Mail.',
  ])('abusive: %s', (t) => expect(level(t, 'de')).toBe('abusive'));
  it.each(['Ich habe die Tür geschlossen und das Gerät neu gestartet.', 'Das Display zeigt FEHLER 23 an.'])('calm: %s', (t) =>
    expect(level(t, 'de')).toBe('calm'),
  );
});

describe('Portuguese', () => {
  it.each([
    'Vocês atendentes são uns otários, e tu és o pior.',
    'Sua jumenta, leia o que eu escrevi.',
    'vai bardamerda, ó morcão',
    'vai levar no cu',
    'Te pego lá fora.',
    'Vou acabar com a tua raça.',
    'Vou descobrir onde você mora.',
    'És um camelo, pá.',
    'Burro pra caramba esse atendente.',
  ])('abusive: %s', (t) => expect(level(t, 'pt')).toBe('abusive'));
  it.each(['Te pego o número do pedido já, um momento.', 'Bom dia, fechei a conta ontem e queria confirmar o estorno.', 'A mensagem diz ERRO E21 na máquina de lavar.'])(
    'calm: %s',
    (t) => expect(level(t, 'pt')).toBe('calm'),
  );
});

describe('Spanish', () => {
  it.each(['m i e r d a para ti', 'Eres el peor agente que me ha tocado.'])('abusive: %s', (t) => expect(level(t, 'es')).toBe('abusive'));
  it.each(['Mi hijo dice que el juego es una mierda, pero solo quiero la factura.', 'El error dice "FALLO CRÍTICO 500", ¿qué hago?'])('calm: %s', (t) =>
    expect(level(t, 'es')).toBe('calm'),
  );
});

describe('calm look-alikes: someone else\'s insult passed on, one\'s own slip, kindness, labels', () => {
  it.each([
    ['Mi marido dice que sois unos ladrones, pero yo creo que es un malentendido. ¿Me explican el cargo?', 'es'],
    ['Hostia, se me ha caído el móvil y se ha roto la pantalla, ¿lo cubre el seguro?', 'es'],
    ['Mein Mann meint, Sie seien Betrüger, aber ich glaube, es ist ein Missverständnis.', 'de'],
    ['Keine Sorge, Sie können nichts dafür, das war der Paketbote.', 'de'],
    ['Die Fehlermeldung lautet ZUGRIFF VERWEIGERT.', 'de'],
    ['Meu marido diz que vocês são uns ladrões, mas acho que é um mal-entendido. Podem explicar a cobrança?', 'pt'],
    ['Porra, deixei o celular cair e a tela quebrou, o seguro cobre?', 'pt'],
  ] as const)('calm: %s', (t, lang) => expect(level(t, lang)).toBe('calm'));
  it.each([
    ['Joder, perdí la paciencia con vosotros.', 'es'],
    ['Porra, perdi a paciência com vocês, três semanas sem internet!', 'pt'],
    ['Sie können gar nichts, echt.', 'de'],
  ] as const)('still hot: %s', (t, lang) => expect(['angry', 'abusive']).toContain(level(t, lang)));
  it('a threat passed on is still a threat; an insult said by the writer still counts', () => {
    expect(level('Ich sage Ihnen, Sie sind ein Idiot.', 'de')).toBe('abusive');
    expect(level('Eres un inútil, te lo digo yo.', 'es')).toBe('abusive');
  });
});

describe('Portuguese families: Brazil, Portugal, Angola and Mozambique', () => {
  it.each([
    'Vai pó caralho.',
    'Vai pró caralho, ó chavalo.',
    'Incompetente do caralho.',
    'Seu burro do caralho.',
    'Tu és um parolo.',
    'Seu matumbo.',
    'Vocês são uns xiconhocas.',
    'Se eu te encontrar na rua, você apanha.',
    'Você merece apanhar.',
    'Vou te fazer engolir essa resposta.',
    'Vou-te dar uma tareia.',
    'Vou-te dar uma lição que nunca mais esqueces, ouviste?',
    'Vou te dar umas porradas.',
    'Vou te meter a mão na cara.',
    'Fica esperto comigo.',
    'Sei quem você é e onde trabalha.',
    'Queria era te comer, isso sim.',
    'Manda foto tua, linda.',
  ])('abusive: %s', (t) => expect(level(t, 'pt')).toBe('abusive'));
  it.each([
    'Vou te dar um feedback: o app melhorou muito.',
    'Vou te dar uma ideia: ponham um botão de cancelar no app.',
    'Vou te dar o número do pedido: 44871.',
    'O aplicativo CAIXA TEM mostra erro 403.',
    'Se eu te encontrar o número do protocolo, mando já.',
    'O meu filho merece levar uma bronca, gastou 200 reais no jogo sem eu saber. Dá para estornar?',
    'Sei onde fica a loja, só queria saber o horário.',
    'O meu cão é um bandido, roeu o cabo do carregador. Vendem cabos?',
    'O filme "Vai Pro Inferno" está disponível?',
    'Essa atualização está matando o meu fluxo de trabalho, dá para reverter?',
    'Eu é que sou uma idiota, esqueci a senha. Podem reenviar?',
    'Boa tarde, vocês trabalham com o banco BAI em Luanda?',
  ])('calm: %s', (t) => expect(level(t, 'pt')).toBe('calm'));
});

describe('Portuguese families, second pass', () => {
  it.each([
    'Tu és uma nódoa.',
    'Você é um zé ninguém.',
    'Zé mané, resolve aí.',
    'Que atendente mais mongo.',
    'Que gente burra.',
    'Fala sério, sua lerda.',
    'Tu és uma desgraça.',
    'Que se foda você e essa empresa.',
    'Vai cagar.',
    'Vai dar o cu.',
    'Mete no cu.',
    'Chupa.',
    'Filha de uma égua.',
    'Sua égua.',
    'Cabra safado.',
    'Seu pau no cu.',
    'Sua gorda.',
    'Volta pra tua terra.',
    'Só podia ser mulher mesmo.',
    'Você não passa de uma atendente de telemarketing frustrada.',
    'Vou ligar pro teu chefe e pedir tua cabeça.',
    'Vou fazer de tudo pra você perder o emprego.',
    'Cuidado com o que diz, eu sei onde é a loja.',
    'Se fosse comigo já te tinha partido a cara.',
    'Reza pra eu não te encontrar.',
    'Tu não sabes com quem te estás a meter.',
    'Você não sabe com quem está falando.',
    'Vou-te foder a vida.',
    'Tu vais-te arrepender de ter nascido.',
    'Atende de calcinha?',
    'Quero te ver pelada.',
  ])('abusive: %s', (t) => expect(level(t, 'pt')).toBe('abusive'));
  it.each([
    'O erro diz "acesso negado, vai à merda" — parece hack, é golpe?',
    'Na app aparece ERRO AO PROCESSAR PAGAMENTO.',
    'Não consegui processar o pagamento com o cartão, podem ajudar?',
    'Preciso falar com o gerente da agência sobre um empréstimo, qual o contato?',
    'Sei onde fica a loja, só queria saber o horário.',
    'O livro "Cala a Boca e Dança" chegou rasgado.',
    'Minha mãe vai me matar se eu perder esse voo kkk, dá pra remarcar?',
    'Sou um burro com tecnologia, podem me explicar passo a passo?',
    'Puta que pariu, que rápido! Valeu!',
    'Obrigada! Vocês são demais!',
    'O Procon disse que eu devia falar com vocês primeiro. Podem ajudar?',
    'Boa noite, o meu advogado pediu uma cópia do contrato. Podem enviar?',
  ])('calm: %s', (t) => expect(level(t, 'pt')).toBe('calm'));
  it('"fala" or "disse" alone is not reported speech: the insult after it is the writer\'s', () => {
    expect(level('Disse três vezes o número, sua anta.', 'pt')).toBe('abusive');
    expect(level('O meu marido acha que vocês são uns ladrões, mas eu só quero perceber a fatura.', 'pt')).toBe('calm');
  });
});

describe('German families: Swiss and Austrian forms, ss for ß, umlauts typed ae/oe/ue', () => {
  it.each([
    'Ich sagte doch schon, Sie Idiot.',
    'Wie ich schon sagte, du Vollpfosten.',
    'Sie Gschaftlhuber.',
    'Du Gstörter.',
    'Du Kasperl.',
    'Du Hampelmann.',
    'Sie sind das Letzte.',
    'Ihr seid echt unter aller Sau.',
    'Ich sorge dafür, dass du deinen Job verlierst.',
    'Ich sorge dafuer, dass Sie Ihren Job verlieren.',
    "Pass auf, was du sagst, sonst knallt's.",
    'Gehen Sie sterben.',
    'Zeig mal deine Titten.',
    'Geile Stimme, Süße, was hast du an?',
    'Du 4rschl0ch',
    'Sie sind zu bloede fuer diesen Job.',
  ])('abusive: %s', (t) => expect(level(t, 'de')).toBe('abusive'));
  it.each([
    'Sch***e, ich habe die falsche Groesse bestellt. Kann ich umtauschen?',
    'Mein Sohn sagt, das Spiel ist scheisse, aber ich brauche nur die Rechnung.',
    'Das Update killt meinen Workflow, kann man zurueck auf die alte Version?',
    'Ich bestelle den BOSCH SERIE 6 Geschirrspüler, ist der lieferbar?',
    'Grüezi, ich hätte gern eine Rechnung. Merci vielmal.',
    'Servus, wann kommt mein Packerl? Danke!',
    'Ich bin so ein Depp, ich habe das falsche Passwort eingegeben. Koennen Sie es zuruecksetzen?',
    'Die Meldung lautet: ZAHLUNG ABGELEHNT. Was soll ich tun?',
  ])('calm: %s', (t) => expect(level(t, 'de')).toBe('calm'));
  it('"they are the worst" about the couriers is not abuse of the rep', () => {
    expect(level('Die sind halt das Letzte, die Paketboten, aber Sie können ja nichts dafür.', 'de')).not.toBe('abusive');
  });
});

describe('French families: Québec and Belgium', () => {
  it.each([
    'Va donc chier, mon tabarnak.',
    'Maudit niaiseux.',
    'Gros twit.',
    'Mon hostie de crisse de câlisse.',
    'Décâlisse.',
    'Ta yeule.',
    'Farme ta yeule.',
    'Espèce de babelutte.',
    'Vous êtes une grosse tête de cochon.',
    'Quelle bande de zièvereirs.',
    'Klet, va.',
    'Je vais faire en sorte que tu perdes ton emploi.',
    'Attends que je te croise.',
    "Si je te croise, t'es mort.",
    'Tu suces ?',
    'Retourne dans ton pays.',
    'Sale arabe.',
    "T'es une grosse vache.",
  ])('abusive: %s', (t) => expect(level(t, 'fr')).toBe('abusive'));
  it.each([
    'Câlisse, le colis est pas arrivé. Vous pouvez vérifier ?',
    'Cette mise à jour tue mon flux de travail, peut-on revenir en arrière ?',
    "J'ai commandé le SAMSUNG GALAXY S24 ULTRA, il est livré quand ?",
    "Je suis con, j'ai payé deux fois. Vous pouvez rembourser une fois ?",
    'Bonjour, pouvez-vous m’envoyer la facture ? Bonne journée, à tantôt.',
    'Ma blonde dit que vous êtes des voleurs, mais moi je veux juste comprendre la facture.',
    'Le film s’appelle « Ta gueule ! », il est dispo ?',
    'Dégager la neige devant la porte ? Le livreur demande ça.',
  ])('not abusive: %s', (t) => expect(level(t, 'fr')).not.toBe('abusive'));
  it('a band of amateurs at the company is anger, not abuse of the rep', () => {
    expect(level("Quelle bande d'amateurs dans cette boîte. Je vais tout raconter sur Facebook.", 'fr')).toBe('angry');
  });
});

describe('Spanish families: Rioplatense voseo, Mexican, Caribbean', () => {
  it.each([
    'Dice que no, y vos sos un boludo.',
    'Dije tres veces el número, pedazo de idiota.',
    'Sos un pelotudo.',
    'Andá a cagar.',
    'La concha de tu madre.',
    'Coño de tu madre.',
    'Eres un comemierda.',
    'Mamagüevo.',
    'Chinga tu madre.',
    'Vete a la verga.',
    'G1l1poll4s',
    'Gracias por nada, boludo.',
    'Sé dónde trabajas.',
    'Voy a hacer que te echen.',
    'Cuidate, sé quién sos.',
    'Te quiero coger.',
    'Mandame una foto tuya, mamita.',
    'Vuelve a tu país.',
    'Sos un negro de mierda.',
    'Sudaca.',
    'Ojalá te despidan.',
  ])('abusive: %s', (t) => expect(level(t, 'es')).toBe('abusive'));
  it.each([
    'Boludo, gracias, me salvaste.',
    'Güey, ya llegó, gracias.',
    'No mames, qué rápido llegó, gracias.',
    'Che, ¿me ayudás con la factura? Gracias, genio.',
    'Mi esposo dice que son unos ladrones, pero yo solo quiero entender la factura.',
    'La pantalla dice ERROR DE CONEXIÓN.',
    'Compré el SAMSUNG GALAXY A54 y no enciende.',
    'Esta actualización me está matando el flujo de trabajo, ¿se puede volver atrás?',
    'Mierda, se me olvidó la contraseña. ¿Me la reenvían?',
    'El juego se llama "Hijo de Puta Simulator", ¿tienen reembolso?',
    '¿Me pasás el número de seguimiento?',
  ])('calm: %s', (t) => expect(level(t, 'es')).toBe('calm'));
});

describe('Portuguese families, third pass: a bot insulted, comparisons, veiled threats, sexist put-downs', () => {
  it.each([
    'Você é um robô burro.',
    'Se és um bot, és um bot estúpido. Se não és, pior ainda.',
    'Esse robozinho inútil não entende nada.',
    'Bot de merda.',
    'Merda de atendente.',
    'Um macaco treinado faria melhor o teu trabalho.',
    'Até uma porta é mais inteligente que você.',
    'Meu cachorro atende melhor que você.',
    'Tenho mais inteligência no dedo mindinho do que você na cabeça inteira.',
    'Seria uma pena se alguma coisa te acontecesse.',
    'Eu sei a que horas você sai do trabalho.',
    'Irei pessoalmente à vossa loja tratar do assunto consigo, cara a cara.',
    'Ainda nos vamos encontrar.',
    'A gente ainda vai se ver.',
    'Conheço gente que te pode fazer uma visita.',
    'Tenho amigos que sabem onde trabalhas.',
    'Exmos. Senhores, a V. Exa. é uma incompetente e uma mal-educada.',
    'Mulher burra.',
    'Tinha de ser uma gaja.',
    'Mulher não devia trabalhar com isso.',
    'tmnc',
  ])('abusive: %s', (t) => expect(level(t, 'pt')).toBe('abusive'));
  it.each([
    'Caralho, que serviço top! Valeu demais!',
    'Isto está do caraças, adorei. Obrigada!',
    'Falei com um robô antes, mas prefiro uma pessoa. Pode ajudar?',
    'O robô de limpeza que comprei é burro demais, não desvia dos móveis. Tem atualização?',
    'Tratei disso com a vossa colega cara a cara na loja, só falta o recibo.',
    'A gente ainda vai se ver no evento de lançamento? Quero muito ir!',
    'Sei a que horas a loja abre, mas queria saber se tem estacionamento.',
  ])('calm: %s', (t) => expect(level(t, 'pt')).toBe('calm'));
});

describe('German and Spanish: a bot insulted, comparisons, veiled threats, sexist put-downs', () => {
  it.each([
    'Blöder Roboter.',
    'Scheiss Mitarbeiter.',
    'Mein Hund wäre kompetenter als Sie.',
    'Sogar eine Kartoffel ist schlauer als du.',
    'Wäre schade, wenn Ihnen etwas passiert.',
    'Ich weiß, wann Sie Feierabend haben.',
    'Wir sehen uns noch.',
    'Man sieht sich immer zweimal im Leben.',
    'Ich kenne Leute, die Ihnen mal einen Besuch abstatten.',
    'Typisch Frau.',
    'Geben Sie mir einen Mann.',
  ])('abusive (de): %s', (t) => expect(level(t, 'de')).toBe('abusive'));
  it.each(['Wir sehen uns noch auf der Messe, oder?', 'Heilige Scheiße, das ging schnell! Danke!'])('calm (de): %s', (t) => expect(level(t, 'de')).toBe('calm'));
  it.each([
    'Robot de mierda.',
    'Mierda de agente.',
    'Hasta una piedra es más inteligente que tú.',
    'Mi perro atiende mejor que usted.',
    'Sería una pena que te pasara algo.',
    'Sé a qué hora sales del trabajo.',
    'Ya nos veremos las caras.',
    'Conozco gente que te puede hacer una visita.',
    'Tenías que ser mujer.',
    'Pásame con un hombre.',
    'Eres un care monda.',
  ])('abusive (es): %s', (t) => expect(level(t, 'es')).toBe('abusive'));
  it.each([
    '¡Qué chimba, llegó rapidísimo! Gracias parce.',
    'La aspiradora robot es tonta, choca con todo. ¿Hay actualización?',
    'Nos vemos en la tienda el sábado para la entrega, ¿verdad?',
  ])('calm (es): %s', (t) => expect(level(t, 'es')).toBe('calm'));
});

describe('French: a bot insulted, comparisons, veiled threats, sexist put-downs', () => {
  it.each([
    'Vous êtes un robot débile.',
    'Bot de merde.',
    'Conseiller de merde.',
    'Même une huître est plus intelligente que vous.',
    'Mon chien ferait mieux votre travail.',
    "Ce serait dommage qu'il vous arrive quelque chose.",
    'Je sais à quelle heure tu sors du boulot.',
    'On se reverra.',
    'On va se voir en personne, vous et moi.',
    'Je connais des gens qui pourraient vous rendre une petite visite.',
    "Typique d'une femme.",
    'Passez-moi un homme.',
  ])('abusive: %s', (t) => expect(level(t, 'fr')).toBe('abusive'));
  it.each(["On se reverra au salon, j'espère ! Merci.", "Putain, c'est rapide ! Merci !"])('calm: %s', (t) => expect(level(t, 'fr')).toBe('calm'));
});

describe('short words in capitals after a lowercase article are names, not shouting', () => {
  it('Portuguese operator names', () => {
    expect(level('Bom dia, estou a comparar o pacote MEO TOTAL com o NOS SUPER. Qual inclui SPORT TV?', 'pt')).toBe('calm');
  });
  it('shouting with capital articles still shouts', () => {
    expect(level('O SENHOR NÃO ME RESPONDE', 'pt')).toBe('angry');
    expect(level('NO ME DA LA GANA, YA', 'es')).toBe('angry');
  });
});

describe('Portuguese: insults put as a guess or a comparison', () => {
  it.each([
    'Pareces atrasada.',
    'Deves ser burro.',
    'Só pode ser burro.',
    'Tu deves ser a pessoa mais estúpida do mundo.',
    'Nunca vi ninguém tão burro como você.',
    'Você parece uma criança de 5 anos.',
    'Vai-te encher de moscas.',
  ])('abusive: %s', (t) => expect(level(t, 'pt')).toBe('abusive'));
  it.each([
    'Deve ser burrice minha, mas onde vejo a fatura?',
    'Parece que o estafeta está perdido, o GPS mostra outra rua.',
    'O meu filho parece uma criança de 5 anos quando perde no jogo, haha. Há controlo parental?',
  ])('calm: %s', (t) => expect(level(t, 'pt')).toBe('calm'));
});

describe('Portuguese: the insult turned round, "é burro ou quê?", not caring about the rep', () => {
  it.each([
    'Idiota é você, que não sabe fazer o seu trabalho.',
    'Burro é você.',
    'Palhaço és tu.',
    'Estou farto desta empresa de ladrões e de atendentes burros como tu.',
    'A senhora é mesmo uma mal-educada, vou fazer queixa.',
    'O senhor está a gozar comigo? É parvo ou quê?',
    'Caguei pra você e pro seu protocolo.',
    'Tô cagando pra você.',
    'Tu é doido, é? Vai te tratar.',
    'Vai se tratar, seu doente.',
  ])('abusive: %s', (t) => expect(level(t, 'pt')).toBe('abusive'));
  it.each([
    'Você é doida por promoções como eu? Haha. Quando começa a Black Friday?',
    'Meu marido está doente, posso remarcar a visita do técnico?',
    'É normal ou é defeito? A tampa não fecha.',
  ])('calm: %s', (t) => expect(level(t, 'pt')).toBe('calm'));
});

describe('Spanish: Rioplatense, Mexican and Caribbean insults and threats', () => {
  it.each([
    'Te voy a cagar a trompadas.',
    'Vas a ver lo que te pasa.',
    'Te voy a hacer echar, forra.',
    'Sos un chanta.',
    'Sos un gil.',
    'Gil de goma.',
    'Eres un naco.',
    'No seas pendejo.',
    'Eres un singao.',
    'Tremendo pariguayo eres.',
    'Eres un palomo.',
    'Mamabicho.',
    'Pendeja de mierda.',
  ])('abusive: %s', (t) => expect(level(t, 'es')).toBe('abusive'));
  it.each([
    'No sea que se pierda el paquete, ¿lo pueden enviar certificado?',
    '¿Me pueden mandar la factura a nombre de Juan Gil?',
    '¡De puta madre, ya funciona! Gracias.',
    'Me cago en la leche, qué bien ha quedado. ¡Gracias!',
    'Qué vaina, se me cayó el teléfono. ¿Lo cubre el seguro?',
    'Tengo el plan FIBRA 1GB + MÓVIL ILIMITADO, ¿puedo añadir otra línea?',
    'Este bug me está matando, ¿hay alguna solución?',
  ])('calm: %s', (t) => expect(level(t, 'es')).toBe('calm'));
});

describe('German: Austrian and Swiss insults, threats to the person, shut-up forms', () => {
  it.each([
    'Sie Vollkoffer.',
    'Du Gschissener.',
    'Sie Lööli.',
    'Du Totsch.',
    'Sie Halbschuh.',
    'Schleich di.',
    'Fresse halten.',
    'Ich reiss dir den Kopf ab.',
    'Du kriegst gleich eine.',
    'Sie werden sich noch wundern.',
    'Ich mach Sie fertig.',
    'Sie sind saublöd.',
    'Bist du behindert oder was?',
  ])('abusive: %s', (t) => expect(level(t, 'de')).toBe('abusive'));
  it.each([
    'Der Zugang ist behindert durch eine Baustelle, wo soll der Fahrer parken?',
    'Hau ab dem Preis bitte den Gutschein ab, danke.',
    'Ich habe mich saublöd angestellt und das falsche Modell bestellt. Umtausch möglich?',
    'Mein Sohn ist behindert, gibt es einen barrierefreien Zugang?',
  ])('calm: %s', (t) => expect(level(t, 'de')).toBe('calm'));
});
