import { family } from './lang-families-run';

// Calm look-alikes in Spanish, French and Portuguese (issue 15 point 3: no calm message read angry or abusive),
// written for these tests, not taken from the corpora: a crime against the customer told as reported to the
// police, a surname that is a word of feeling; beside them the company accused of theft, a complaint
// threatened, a feeling said of oneself, which keep their level. One case per line: [language, level, text].

family('a crime against the customer, reported to the police (calm)', [
  ['es', 'calm', 'Hola, me robaron la tarjeta en el metro y ya lo denuncié a la policía. ¿Me podéis enviar una nueva?'],
  ['es', 'calm', 'Nos entraron a robar en casa el sábado; tenemos la denuncia de la Guardia Civil. ¿Cómo doy de baja el router robado?'],
  ['es', 'calm', 'Alguien suplantó mi identidad para contratar una línea. Puse la denuncia en comisaría, os adjunto el número.'],
  ['fr', 'calm', "Bonjour, on m'a volé ma carte et j'ai porté plainte à la police. Pouvez-vous m'en envoyer une nouvelle ?"],
  ['fr', 'calm', "Notre appartement a été cambriolé, nous avons déposé plainte au commissariat. Comment suspendre l'abonnement de la box volée ?"],
  ['pt', 'calm', 'Olá, roubaram o meu cartão e já fiz queixa na polícia. Podem enviar-me um novo?'],
  ['pt', 'calm', 'Assaltaram-me na rua e levaram o telemóvel; apresentei queixa na PSP. Como bloqueio o cartão SIM?'],
]);

family('the company accused, a complaint threatened (angry)', [
  ['es', 'angry', 'Me habéis robado 50 euros con ese cargo, voy a poner una denuncia.'],
  ['es', 'angry', 'Ustedes me han estafado con la permanencia.'],
  ['es', 'angry', 'Si no me devolvéis el dinero, voy a poner una denuncia en consumo.'],
  ['es', 'angry', 'Me robaron la tarjeta y vosotros no la bloqueasteis a tiempo, ya puse la denuncia. Es una vergüenza.'],
  ['fr', 'angry', "Vous m'avez volé 50 euros, je vais porter plainte."],
  ['pt', 'angry', 'Vocês roubaram-me 50 euros, vou fazer queixa.'],
]);

family('a surname or a name that is a word of feeling (calm)', [
  ['es', 'calm', 'Buenos días, Sra. Rabia, gracias por la llamada. La dirección ya está bien.'],
  ['es', 'calm', 'Hola, soy Julián Bravo. Mi pedido ha llegado bien, gracias.'],
  ['fr', 'calm', "Bonjour, je m'appelle Paul Colère. Ma commande est bien arrivée, merci."],
  ['pt', 'calm', 'Bom dia, o meu nome é Ana Raiva. A encomenda chegou, obrigada.'],
]);
