import { describe, expect, it } from 'vitest';
import { lintDraft } from '@/entrypoints/background/guidance';
import type { ThreadMessage } from '@/lib/adapters/types';
import { threadLangs, toneInput } from '@/lib/lang/thread';
import { analyzeThread } from '@/lib/tone/analyze';
import { analyzeMessageIn, readMessageIn } from '@/lib/tone/langs/route';
import type { ToneSignalKind } from '@/lib/tone/types';

// Sentences written for these tests (not taken from the corpora in tests/fixtures/tone/fr/).
const level = (text: string): string => analyzeMessageIn(text, 'fr').level;
const kinds = (text: string): ToneSignalKind[] => analyzeMessageIn(text, 'fr').signals.map((s) => s.kind);
const words = (text: string, kind: ToneSignalKind): string[] =>
  analyzeMessageIn(text, 'fr')
    .signals.filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));

describe('French tone: calm stays calm', () => {
  it.each([
    'Bonjour, pourriez-vous me dire quand ma commande n° 88213 sera expédiée ? Merci d’avance.',
    'Je voudrais être remboursée, le pull ne me va pas. Bonne journée !',
    'Bonjour, je souhaite résilier mon abonnement car je pars vivre au Canada. Pouvez-vous me confirmer la date ?',
    'Vous êtes très aimable, merci beaucoup pour votre patience.',
    'Bravo à votre équipe pour la rapidité, service impeccable !',
  ])('polite requests, thanks and calm cancellations: %s', (t) => expect(level(t)).toBe('calm'));

  it('a review reported without quotation marks is someone else’s words too', () => {
    expect(level('Sur un forum quelqu’un a écrit que vos techniciens sont des guignols, moi j’ai toujours été bien reçu. Je voudrais un rendez-vous.')).toBe('calm');
  });
  it('a quoted review with swearing is someone else’s words', () => {
    expect(level('Sur un forum quelqu’un a écrit « service de merde, bande de voleurs » mais chez moi tout s’est bien passé. Je voulais juste un devis.')).toBe('calm');
    expect(level('Mon voisin dit que votre technicien est un "vrai guignol" mais je n’y crois pas, il a été parfait avec moi.')).toBe('calm');
  });
  it('swearing at one’s own slip, or out of delight, does not vent', () => {
    expect(level('Ah mince, merde, j’ai oublié de cocher l’emballage cadeau, c’est encore possible ?')).toBe('calm');
    expect(level('Putain c’est rapide, colis reçu en 24h, merci !')).toBe('calm');
  });
  it('capitalised product names, plans and error codes are not shouting', () => {
    expect(level('Le boîtier affiche ERREUR SYSTÈME E-45 CONTACTER SAV depuis ce matin, que dois-je faire ?')).toBe('calm');
    expect(level('La carte VISA PREMIER inclut-elle l’assurance annulation pour le forfait ZEN PLUS ?')).toBe('calm');
  });
  it('legal and insurance words in a calm letter are not threats', () => {
    expect(level('Mon avocat m’a demandé une copie du contrat pour la succession de mon père, pouvez-vous me l’envoyer ?')).toBe('calm');
    expect(level('Je vous écris au sujet de la catastrophe naturelle reconnue par arrêté, mon dossier porte le n° 4431.')).toBe('calm');
    expect(level('J’ai perdu ma carte hier soir, dois-je faire opposition par téléphone ?')).toBe('calm');
  });
  it('a cheerful "encore moi" is not repeat contact', () => {
    expect(level('Rebonjour, c’est encore moi 😊 j’ai une dernière question sur la livraison en point relais.')).toBe('calm');
  });
});

describe('French tone: frustrated', () => {
  it.each([
    'C’est la troisième fois que je vous écris à ce sujet, pourriez-vous regarder ?',
    'Toujours rien reçu, je commence à perdre patience.',
    'Je suis assez déçue, on m’avait promis un rappel hier.',
    'Y a quelqu’un ?? Ça fait vingt minutes que j’attends.',
    'Est-ce que je pourrais parler à un responsable, s’il vous plaît ? Ça traîne depuis des semaines.',
  ])('%s', (t) => expect(level(t)).toBe('frustrated'));
});

describe('French tone: angry, not abusive', () => {
  it.each([
    'C’EST INADMISSIBLE, JE N’AI PLUS D’EAU CHAUDE DEPUIS UNE SEMAINE',
    'Remboursez-moi. Tout de suite.',
    'Si je n’ai pas de réponse d’ici vendredi, je saisis la DGCCRF et le médiateur.',
    'Je vais tout raconter sur les réseaux sociaux, vous allez voir votre réputation.',
    'C’est du foutage de gueule, ça fait trois fois que je demande la même chose.',
    'Cette saloperie de routeur a encore planté !!',
    'Merci pour rien, vraiment.',
    'Bravo, encore un retard, service impeccable 👏',
    'Je fais opposition sur le prélèvement dès demain.',
  ])('%s', (t) => expect(level(t)).toBe('angry'));

  it('venting at the company or a third party is angry, not abuse of the rep', () => {
    expect(level('Votre service client est une bande de guignols, je veux mon argent.')).toBe('angry');
    expect(level('Ce livreur est un abruti fini, il a jeté le colis par-dessus le portail !')).toBe('angry');
    expect(level('VOUS ÊTES INCAPABLES DE LIVRER UN COLIS À L’HEURE')).toBe('angry');
    expect(kinds('Ce livreur est un abruti fini, il a jeté le colis par-dessus le portail !')).not.toContain('insult-at-rep');
  });
  it('a calm cancellation in a complaint is a threat to leave', () => {
    expect(level('Encore une panne, la quatrième ce mois-ci. Je résilie.')).toBe('angry');
  });
});

describe('French tone: abusive (aimed at the rep)', () => {
  it.each([
    'T’es vraiment qu’un gros naze.',
    'Vous êtes tous des incapables et des branleurs.',
    'Espèce d’enc*lé, rends-moi mon fric',
    'c.o.n.n.a.r.d',
    'Ferme-la et passe-moi ton supérieur.',
    'Je vous emmerde, vous et votre boîte.',
    'Va te faire foutre avec ton remboursement',
    'Vous êtes payée à rien foutre ou quoi ?',
    'Retourne à l’école, tu sais même pas lire un bon de commande.',
    'Vous êtes une honte pour votre métier, un vrai incompétent.',
    'Bouffon va',
  ])('insults, obfuscated or not: %s', (t) => expect(level(t)).toBe('abusive'));

  it.each([
    'Je vais te faire virer, compte sur moi.',
    'Je sais où se trouve ton agence, je vais venir te voir à la fermeture.',
    'Tu mériterais une bonne claque.',
    'J’espère que tu vas crever.',
    'T’as quel âge ma jolie ? On pourrait se voir ce soir.',
  ])('threats to the rep’s person or job, advances: %s', (t) => expect(level(t)).toBe('abusive'));

  it('points at the words in the original text, accents and all', () => {
    const t = 'Franchement, vous êtes un imbécile.';
    expect(words(t, 'insult-at-rep').join(' ')).toMatch(/imbécile/);
  });
  it('"vous" of politeness is not an insult on its own, and "je suis bête" is about oneself', () => {
    expect(level('Je suis bête, j’ai tapé la mauvaise adresse. Vous pouvez la corriger ?')).toBe('calm');
  });
});

describe('French customer in a thread: read in French, shown in the panel', () => {
  const c = (text: string): ThreadMessage => ({ role: 'customer', text });
  it('toneInput keeps French messages and says which reader reads them', () => {
    const thread = [c('Bonjour, mon colis n’est toujours pas arrivé, c’est la troisième fois que je relance.')];
    const input = toneInput(thread, threadLangs(thread));
    expect(input.unread).toBeNull();
    expect(input.thread[0]!.text).toBe(thread[0]!.text);
    expect(input.langs[0]).toMatchObject({ lang: 'fr' });
    expect(analyzeThread(input.thread, input.langs, readMessageIn).level).toBe('frustrated');
  });
  it('a short obfuscated insult told as another language is read in the customer’s language too', () => {
    const thread = [c('Bonjour, je n’ai toujours pas reçu mon remboursement depuis trois semaines.'), c('M e r d e à toi')];
    const input = toneInput(thread, threadLangs(thread));
    expect(analyzeThread(input.thread, input.langs, readMessageIn).level).toBe('abusive');
  });
  it('the panel gets a tone for a French customer, and no "tone not read" notice', () => {
    const out = lintDraft({
      draft: 'Je comprends, je regarde votre dossier tout de suite.',
      thread: [c('C’EST INADMISSIBLE, TROIS SEMAINES SANS CHAUFFAGE. Je veux une réponse maintenant.')],
      site: 'demo',
      ticket: null,
      dismissed: new Set(),
    });
    expect(out.tone?.level).toBe('angry');
    expect(out.lang.toneUnread).toBeNull();
  });
});
