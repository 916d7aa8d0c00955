import { describe, expect, it } from 'vitest';
import { detectPromisesIn } from '@/lib/callbacks/promise-intl';
import type { Lang } from '@/lib/lang/langs';

type Yes = [draft: string, words: string, channel: 'call' | 'email' | 'chat', due: string | undefined];

const CASES: Record<Exclude<Lang, 'en'>, { yes: Yes[]; no: string[] }> = {
  es: {
    yes: [
      ['Le llamo mañana a las 15:00.', 'Le llamo', 'call', 'mañana a las 15:00'],
      ['Le escribo antes del viernes con la respuesta.', 'Le escribo', 'email', 'antes del viernes'],
      ['Me pongo en contacto con usted a lo largo del día.', 'Me pongo en contacto', 'email', 'a lo largo del día'],
      ['Vamos a llamarle en un plazo de 2 horas.', 'Vamos a llamarle', 'call', 'en un plazo de 2 horas'],
      ['Gracias, Ana. Te aviso en cuanto llegue el paquete.', 'Te aviso', 'email', undefined],
      ['Le devuelvo la llamada antes de que termine el día.', 'Le devuelvo la llamada', 'call', 'antes de que termine el día'],
    ],
    no: ['¿Quiere que le llame mañana?', 'No le puedo llamar hoy.', 'El repartidor le llamará mañana.', 'Llámenos cuando quiera.'],
  },
  fr: {
    yes: [
      ['Je vous rappelle avant la fin de la journée.', 'Je vous rappelle', 'call', 'avant la fin de la journée'],
      ["Je reviens vers vous d'ici vendredi.", 'Je reviens vers vous', 'email', "d'ici vendredi"],
      ['Nous allons vous envoyer un e-mail sous 48 heures.', 'Nous allons vous envoyer un e-mail', 'email', 'sous 48 heures'],
      ['Je vous tiens au courant dans la journée.', 'Je vous tiens au courant', 'email', 'dans la journée'],
      ['Merci ! Je vous appelle demain à 9h30.', 'Je vous appelle', 'call', 'demain à 9h30'],
    ],
    no: ['Voulez-vous que je vous rappelle demain ?', 'Je ne vous rappellerai pas avant lundi.', 'Le livreur vous appellera demain.', 'Rappelez-nous quand vous voulez.'],
  },
  de: {
    yes: [
      ['Ich melde mich bis Freitag um 9.', 'Ich melde mich', 'email', 'bis Freitag um 9'],
      ['Ich rufe Sie morgen um 15 Uhr zurück.', 'Ich rufe Sie morgen um 15 Uhr zurück', 'call', 'morgen um 15 Uhr'],
      ['Morgen früh rufe ich Sie zurück.', 'rufe ich Sie zurück', 'call', 'Morgen früh'],
      ['Wir schreiben Ihnen bis Feierabend eine E-Mail.', 'Wir schreiben Ihnen', 'email', 'bis Feierabend'],
      ['Ich gebe Ihnen noch heute Bescheid.', 'Ich gebe Ihnen noch heute Bescheid', 'email', 'noch heute'],
    ],
    no: ['Soll ich Sie morgen zurückrufen?', 'Ich melde mich nicht vor Montag.', 'Der Fahrer meldet sich bei Ihnen.', 'Rufen Sie uns gern an.'],
  },
  pt: {
    yes: [
      ['Retorno em até 2 horas.', 'Retorno', 'email', 'em até 2 horas'],
      ['Te ligo amanhã às 15h.', 'Te ligo', 'call', 'amanhã às 15h'],
      ['Vou te dar um retorno ainda hoje.', 'Vou te dar um retorno', 'email', 'ainda hoje'],
      ['Entro em contato até sexta-feira.', 'Entro em contato', 'email', 'até sexta-feira'],
      ['Obrigada, Lúcia! Te mando um e-mail no fim do dia.', 'Te mando um e-mail', 'email', 'no fim do dia'],
    ],
    no: ['Aguardo seu retorno.', 'Não vou ligar hoje.', 'Quer que eu te ligue amanhã?', 'A transportadora vai te ligar amanhã.'],
  },
};

for (const [lang, { yes, no }] of Object.entries(CASES) as [Exclude<Lang, 'en'>, (typeof CASES)['es']][]) {
  describe(`promises in ${lang}`, () => {
    it.each(yes)('%s', (draft, words, channel, due) => {
      const [p, ...rest] = detectPromisesIn(lang, draft, { defaultChannel: 'email' });
      expect(rest).toEqual([]);
      expect(p, draft).toBeDefined();
      expect(draft.slice(p!.start, p!.end)).toBe(words);
      expect(p!.channel).toBe(channel);
      expect(p!.dueText).toBe(due);
    });
    it.each(no)('not a promise: %s', (draft) => {
      expect(detectPromisesIn(lang, draft)).toEqual([]);
    });
  });
}

it('English keeps the English detector', () => {
  expect(detectPromisesIn('en', "I'll call you back tomorrow at 3.")[0]?.channel).toBe('call');
});
