import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { compile, firedRuleIds, lint as lintPacks, runPackTests } from '@/lib/guidance/engine';
import { parsePack, type Pack } from '@/lib/guidance/schema';
import { defaultPack } from '@/lib/guidance/default-pack';
import { detectPromisesIn } from '@/lib/callbacks/promise-intl';
import { lintDraft, setPacksInForce } from '@/entrypoints/background/guidance';
import type { ThreadMessage } from '@/lib/adapters/types';

const TEXT = readFileSync(resolve(import.meta.dirname, '../../../assets/packs/heard-fr.json'), 'utf8');
const parsed = parsePack(TEXT);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const fr: Pack = parsed.pack;
const alone = compile([fr]);

/** As the background lints: the draft's language chosen by detection, the packs in force for it. */
const lint = (draft: string, thread: ThreadMessage[] = []) => lintDraft({ draft, thread, site: 'demo', ticket: null, dismissed: new Set() });
/** Every rule that fired on the draft, with the French pack alone (cards and the rules folded into them). */
const fired = (draft: string, thread: ThreadMessage[] = []) => firedRuleIds(lintPacks(alone, { draft, thread, context: {} })).sort();
const customer = (text: string): ThreadMessage[] => [{ role: 'customer', text }];

afterEach(() => setPacksInForce([defaultPack]));

test('the French pack (assets/packs/heard-fr.json): valid, locale fr, at least 20 rules with 3 + 3 cases each, all passing', () => {
  expect(fr.locale).toBe('fr');
  expect(fr.foldAccents).toBe(true);
  expect(fr.rules.length).toBeGreaterThanOrEqual(20);
  for (const r of fr.rules) {
    expect(r.tests.shouldMatch.length, r.id).toBeGreaterThanOrEqual(3);
    expect(r.tests.shouldNotMatch.length, r.id).toBeGreaterThanOrEqual(3);
    expect(r.advice.length, r.id).toBeGreaterThan(20);
    expect(r.why.length, r.id).toBeGreaterThan(20);
  }
  expect(runPackTests(fr).filter((x) => !x.ok)).toEqual([]);
});

test("one catalogue: the rules use the English pack's ids, and only the French-only rule has its own", () => {
  const english = new Set(defaultPack.rules.map((r) => r.id));
  expect(fr.rules.map((r) => r.id).filter((id) => !english.has(id))).toEqual(['tu-vous-mix']);
  const ids = fr.rules.map((r) => r.id);
  for (const id of ['dont-know', 'promise-no-time', 'promise-with-time', 'no-without-alternative', 'you-should-have', 'draft-tone-risk', 'as-i-said',
    'policy-only-reason', 'policy-after-objection', 'supervisor-request', 'calm-down', 'minimizing', 'not-my-department', 'asks-to-repeat',
    'corporate-speak', 'vague-hope']) expect(ids).toContain(id);
  // Where the same rule takes examples, they are given in both forms of address.
  const examples = fr.rules.flatMap((r) => r.examples).join(' ');
  expect(examples).toMatch(/\bvous\b/);
  expect(examples).toMatch(/\btu\b|\bt['’]|\bte\b/);
});

describe('how French is typed', () => {
  test('"je ne sais pas" in every spelling a rep types', () => {
    for (const d of ['Je ne sais pas.', 'Je sais pas.', "J'sais pas.", 'J’sais pas.', 'Chais pas.', 'On ne sait pas.', 'Nous ne savons pas.', "Je n'en sais rien.", 'J’en sais rien.']) {
      expect(fired(d), d).toContain('dont-know');
    }
  });

  test('accents and the cedilla typed or not, capitals, dashes or spaces', () => {
    expect(fired('Ca ne depend pas de moi.')).toContain('not-my-department');
    expect(fired('CALMEZ VOUS.')).toContain('calm-down');
    expect(fired('Detendez-vous, ce n’est qu’un retard.')).toEqual(expect.arrayContaining(['calm-down', 'minimizing']));
    expect(fired('Comme je vous l’ai deja dit, le colis est parti.')).toContain('as-i-said');
    expect(fired('Aucune idee.')).toContain('dont-know');
  });

  test('"je vous rappelle" is a callback, "je vous rappelle que" a reminder', () => {
    expect(fired('Je vous rappelle dès que possible.')).toContain('promise-no-time');
    expect(fired('Je vous rappelle demain à 10 h.')).toEqual(['promise-with-time']);
    expect(fired('Je vous rappelle que le délai de retour est de 30 jours.')).toEqual([]);
    expect(fired('Je te rappelle la procédure : il suffit de cliquer sur « Retour ».')).toEqual([]);
  });
});

describe('installed beside the English pack', () => {
  test('a French draft gets the French rules only; an English draft the English ones', () => {
    setPacksInForce([defaultPack, fr]);
    const out = lint('Je ne sais pas ce qui est arrivé à votre commande. Calmez-vous, s’il vous plaît.');
    expect(out.lang).toMatchObject({ draft: 'fr', guidance: true });
    expect(out.hints.map((h) => h.id).sort()).toEqual(['heard-fr/calm-down', 'heard-fr/dont-know']);
    expect(lint("I don't know what happened to your order.").hints.map((h) => h.packId)).toEqual([defaultPack.id]);
  });

  test('a promise with a time is an info card to log it, and the French promise parser reads its due time', () => {
    setPacksInForce([defaultPack, fr]);
    const draft = 'Bonjour Claire, je vous rappelle demain à 15 h avec le numéro de suivi.';
    const out = lint(draft);
    expect(out.hints.map((h) => h.ruleId)).toEqual(['promise-with-time']);
    expect(out.hints[0]?.actions).toEqual(['log-callback']);
    expect(detectPromisesIn('fr', draft)[0]).toMatchObject({ channel: 'call', dueText: expect.stringMatching(/demain/) });
  });

  test("the conversation rules read the customer's French", () => {
    setPacksInForce([defaultPack, fr]);
    const asked = lint('Je comprends. Je vérifie de nouveau votre commande.', customer('Ça suffit, je veux parler à un responsable tout de suite.'));
    expect(asked.hints.map((h) => h.ruleId)).toEqual(['supervisor-request']);
    const offered = lint('J’ai demandé à ma responsable de reprendre votre dossier ; elle vous appelle aujourd’hui avant 17 h.', customer('Je veux parler à un responsable.'));
    expect(offered.hints.map((h) => h.ruleId)).not.toContain('supervisor-request');
    const policy = lint('Je suis désolée, mais c’est la procédure : le remboursement se fait sur la carte d’origine.', [
      { role: 'agent', text: 'Le remboursement se fait sur la carte utilisée pour la commande.' },
      { role: 'customer', text: 'Mon cas est différent, cette carte a été clôturée par ma banque.' },
    ]);
    expect(policy.hints.map((h) => h.ruleId)).toContain('policy-after-objection');
    expect(policy.hints.find((h) => h.ruleId === 'policy-after-objection')?.also?.map((a) => a.ruleId)).toContain('policy-only-reason');
  });
});

describe('whole drafts', () => {
  const GOOD_VOUS = `Bonjour Madame Lefèvre,

Merci pour votre message et pour les photos du carton abîmé. Je suis désolée que votre commande soit arrivée dans cet état, surtout pour un cadeau.

J'ai lancé l'envoi d'un nouvel article aujourd'hui, en livraison express : vous le recevrez d'ici jeudi. Vous n'avez pas besoin de nous renvoyer le premier.

Je vous écris jeudi matin pour vérifier que tout est bien arrivé.

Bien cordialement,
Camille`;
  const GOOD_TU =
    "Salut Hugo ! Merci pour ta capture, c'est super clair. Le bug vient de chez nous : le code promo ne s'appliquait pas aux articles en précommande. Je t'ai remboursé les 12 € de différence, tu les verras sur ton compte sous 3 jours ouvrés. Si jamais ça ne s'affiche pas, réponds simplement ici et je regarde.";
  const NOT_YET = `Bonjour Monsieur Nguyen,

Je ne sais pas encore pourquoi le prélèvement a eu lieu deux fois, mais j'ai ouvert une demande auprès de notre service facturation. Je vous tiens au courant avant demain 12 h, et si le double débit est confirmé, le remboursement partira le jour même.

Cordialement,
Julien`;
  const REFUSAL_WITH_OPTION =
    "Bonjour,\n\nNous ne pouvons pas échanger un article porté, mais je peux vous proposer un avoir du montant total, valable un an sur tout le site. Dites-moi si cela vous convient et je le crée tout de suite.\n\nBelle journée,\nInès";
  const POLICY_WITH_REASON =
    'Bonjour Paul, au-delà de 500 €, c’est la procédure : nous demandons une pièce d’identité, afin que personne d’autre ne puisse toucher cet argent à votre place. Vous pouvez l’envoyer en réponse à ce message, et je valide le remboursement dans l’heure.';

  /** More everyday replies, formal and informal: none should get a warning or a suggestion. */
  const EVERYDAY = [
    'Bonjour Monsieur Petit, merci d’avoir patienté. Votre box sera remplacée demain entre 8 h et 12 h ; le technicien vous appellera trente minutes avant d’arriver. Si le créneau ne vous convient pas, répondez à ce message et je le déplace.',
    'Bonjour Nadia, je comprends votre inquiétude. Le colis est bien parti de notre entrepôt lundi, mais il est bloqué au centre de tri de Lyon. J’ai ouvert une enquête auprès du transporteur ce matin ; je vous écris demain avant 18 h avec leur réponse, même s’ils n’ont pas encore retrouvé le colis.',
    'Salut Jules, merci pour ton retour ! Effectivement, la réduction ne s’est pas appliquée. Je viens de te rembourser la différence (8,40 €), tu la verras d’ici 2 à 3 jours. Bonne soirée !',
    'Bonjour Madame Roux, vous avez raison : nous aurions dû vous prévenir du retard. C’est notre erreur. Je vous offre les frais de port, et votre commande partira vendredi. Je vous envoie le numéro de suivi dès qu’il est créé, au plus tard vendredi midi.',
    'Bonjour, malheureusement ce modèle n’est plus fabriqué. En revanche, le modèle qui le remplace est compatible avec votre support et je peux vous l’envoyer au même prix. Voulez-vous que je le réserve ?',
    'Bonjour Éric, je ne peux pas annuler la commande car elle est déjà chez le transporteur, mais vous pourrez la refuser à la livraison : le remboursement sera automatique à son retour chez nous, en général sous une semaine.',
    'Bonjour Mme Diallo, votre dossier est complet, merci. Le remboursement sera effectué sous 5 jours ouvrés sur la carte utilisée lors de l’achat. N’hésitez pas à revenir vers moi si vous ne le voyez pas d’ici là.',
    'Coucou Sarah ! Ta commande est bien partie ce matin 🙂 Tu devrais la recevoir jeudi. Je te laisse le lien de suivi ici : https://example.com/suivi/123',
    'Bonjour Monsieur Lambert, je suis désolé pour ce double prélèvement. J’ai vérifié : le second paiement a bien été annulé hier, et la somme vous sera restituée sous 48 h. Je reste joignable ici si besoin.',
    'Bonjour, je vous confirme la résiliation de votre abonnement à compter du 1er janvier. Vous ne serez plus prélevé après cette date. Merci pour ces trois années avec nous !',
  ];

  test('good replies, formal and informal, get no warning and no suggestion (only the note to log a timed promise)', () => {
    setPacksInForce([defaultPack, fr]);
    for (const d of [GOOD_VOUS, GOOD_TU, NOT_YET, REFUSAL_WITH_OPTION, POLICY_WITH_REASON, ...EVERYDAY]) {
      const out = lint(d, customer('Bonjour, ma commande est arrivée abîmée, que faire ?'));
      expect(out.lang.draft, d).toBe('fr');
      expect(out.hints.filter((h) => h.severity !== 'info').map((h) => h.ruleId), d).toEqual([]);
    }
  });

  test('a bad reply gets the right hints', () => {
    setPacksInForce([defaultPack, fr]);
    const BAD = `Cher client,

Nous accusons bonne réception de votre courrier. Comme je vous l'ai déjà dit, c'est la politique de l'entreprise : nous ne remboursons pas les articles soldés. Malheureusement, ce n'est pas possible. Nous nous excusons pour la gêne occasionnée.

Cordialement`;
    expect(firedRuleIds(lint(BAD).hints).sort()).toEqual(
      ['as-i-said', 'corporate-speak', 'generic-greeting', 'no-without-alternative', 'policy-only-reason', 'stock-apology'].sort(),
    );
    const CHAT = 'Calmez-vous, ce n’est qu’un retard de deux jours. Je sais pas quand il arrivera, voyez directement avec le transporteur.';
    expect(firedRuleIds(lint(CHAT).hints).sort()).toEqual(['calm-down', 'dont-know', 'minimizing', 'not-my-department']);
    const VAGUE = 'Salut Léa, je reviens vers toi dès que j’ai des nouvelles de l’entrepôt. Normalement ça devrait arriver cette semaine.';
    expect(firedRuleIds(lint(VAGUE).hints).sort()).toEqual(['promise-no-time', 'vague-hope']);
    const MIXED = 'Bonjour Léa, je vous envoie le lien de suivi. Tu peux vérifier ce soir ?';
    expect(firedRuleIds(lint(MIXED).hints)).toEqual(['tu-vous-mix']);
  });
});
