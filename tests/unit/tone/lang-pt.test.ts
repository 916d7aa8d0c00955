import { describe, expect, it } from 'vitest';
import { lintDraft } from '@/entrypoints/background/guidance';
import type { ThreadMessage } from '@/lib/adapters/types';
import { threadLangs, toneInput } from '@/lib/lang/thread';
import { analyzeThread } from '@/lib/tone/analyze';
import { analyzeMessageIn, readMessageIn } from '@/lib/tone/langs/route';
import type { ToneSignalKind } from '@/lib/tone/types';

// Sentences written for these tests (not taken from the corpora in tests/fixtures/tone/pt/).
const level = (text: string): string => analyzeMessageIn(text, 'pt').level;
const kinds = (text: string): ToneSignalKind[] => analyzeMessageIn(text, 'pt').signals.map((s) => s.kind);
const words = (text: string, kind: ToneSignalKind): string[] =>
  analyzeMessageIn(text, 'pt')
    .signals.filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));

describe('Portuguese tone: calm stays calm', () => {
  it.each([
    'Bom dia, poderiam me dizer quando o pedido nº 88213 será enviado? Obrigada.',
    'Gostaria de trocar a jaqueta, ficou pequena. Tenham um bom dia!',
    'Olá, quero cancelar o plano porque vou morar em Portugal. Podem confirmar a data?',
    'O senhor é muito gentil, obrigado pela paciência.',
    'Parabéns à equipe, excelente atendimento e entrega rapidíssima.',
  ])('polite requests, thanks and calm cancellations: %s', (t) => expect(level(t)).toBe('calm'));

  it('a review reported without quotation marks is someone else’s words too', () => {
    expect(level('No Google alguém escreveu que os técnicos de vocês são uns palhaços, mas comigo foram ótimos. Queria marcar uma visita.')).toBe('calm');
  });
  it('a quoted review with swearing is someone else’s words', () => {
    expect(level('No Reclame Aqui alguém escreveu "empresa de merda, bando de ladrões", mas comigo foi tudo ótimo. Queria só um orçamento.')).toBe('calm');
  });
  it('swearing at one’s own slip or out of delight does not vent', () => {
    expect(level('Porra, esqueci de marcar embrulho para presente. Ainda dá?')).toBe('calm');
    expect(level('Caramba, que rapidez! Chegou em um dia, obrigado.')).toBe('calm');
  });
  it('capitalised product names and error codes are not shouting', () => {
    expect(level('O aparelho mostra ERRO DE SISTEMA E-45 CONTATE A ASSISTÊNCIA, o que faço?')).toBe('calm');
    expect(level('O plano FIBRA MAX PLUS inclui o roteador WIFI 6?')).toBe('calm');
  });
  it('accents left out read the same', () => {
    expect(level('Estou esperando ha tres semanas pelo reembolso, estou perdendo a paciencia.')).toBe('frustrated');
  });
});

describe('Portuguese tone: frustrated', () => {
  it.each([
    'É a terceira vez que escrevo sobre isso, podem verificar?',
    'Ainda não recebi nada e já se passaram duas semanas.',
    'Estou bem decepcionada, me prometeram uma ligação ontem.',
    'Tem alguém aí?? Estou esperando há vinte minutos.',
    'Poderia falar com um supervisor, por favor? Isso está demorando demais.',
  ])('%s', (t) => expect(level(t)).toBe('frustrated'));
});

describe('Portuguese tone: angry, not abusive', () => {
  it.each([
    'É UMA VERGONHA, ESTOU HÁ UMA SEMANA SEM ÁGUA QUENTE',
    'Devolvam meu dinheiro. Agora.',
    'Se até sexta eu não tiver resposta, vou ao Procon e ao Reclame Aqui.',
    'Vou expor tudo nas redes sociais e dar uma estrela.',
    'Vocês estão brincando com a minha cara, é a terceira vez que mandam o produto errado.',
    'Essa porra de roteador caiu de novo!!',
    'Obrigado por nada.',
    'Ótimo, atrasou de novo, excelente atendimento 👏',
    'Vou pedir o estorno no cartão.',
  ])('%s', (t) => expect(level(t)).toBe('angry'));

  it('venting at the company or a third party is angry, not abuse of the rep', () => {
    expect(level('O suporte de vocês é um bando de incompetentes, quero meu dinheiro.')).toBe('angry');
    expect(level('O entregador é um idiota, jogou a caixa por cima do portão.')).toBe('angry');
    expect(kinds('O entregador é um idiota, jogou a caixa por cima do portão.')).not.toContain('insult-at-rep');
  });
});

describe('Portuguese tone: abusive (aimed at the rep)', () => {
  it.each([
    'Você é um inútil.',
    'Vocês são todos uns incompetentes.',
    'Seu idiota, não sabe ler?',
    'Cala a boca e me passa pro seu chefe.',
    'b0ç4l',
    'Vai tomar no cu.',
    'Me passa alguém com cérebro.',
    'Te pagam pra não fazer nada?',
    'fdp',
  ])('insults, obfuscated or not: %s', (t) => expect(level(t)).toBe('abusive'));

  it.each([
    'Vou fazer você ser demitida, pode esperar.',
    'Sei onde você trabalha, te espero na saída.',
    'Vou quebrar a sua cara.',
    'Tomara que você seja demitido amanhã.',
    'Que voz linda, vamos sair um dia?',
  ])('threats to the rep’s person or job, advances: %s', (t) => expect(level(t)).toBe('abusive'));

  it('points at the words in the original text, accents and all', () => {
    const t = 'Sinceramente, você é um imbecil.';
    expect(words(t, 'insult-at-rep').join(' ')).toMatch(/imbecil/);
  });
  it('"que burro eu" is about oneself', () => {
    expect(level('Que burro eu, coloquei o CEP errado. Dá pra mudar?')).toBe('calm');
  });
});

describe('Portuguese customer in a thread: read in Portuguese, shown in the panel', () => {
  const c = (text: string): ThreadMessage => ({ role: 'customer', text });
  it('toneInput keeps Portuguese messages and says which reader reads them', () => {
    const thread = [c('Olá, meu pacote ainda não chegou e é a terceira vez que pergunto.')];
    const input = toneInput(thread, threadLangs(thread));
    expect(input.unread).toBeNull();
    expect(input.langs[0]).toMatchObject({ lang: 'pt' });
    expect(analyzeThread(input.thread, input.langs, readMessageIn).level).toBe('frustrated');
  });
  it('the panel gets a tone for a Portuguese customer', () => {
    const out = lintDraft({
      draft: 'Entendo, vou verificar o seu caso agora mesmo.',
      thread: [c('É UMA VERGONHA, TRÊS SEMANAS SEM AQUECIMENTO. Quero uma resposta agora.')],
      site: 'demo',
      ticket: null,
      dismissed: new Set(),
    });
    expect(out.tone?.level).toBe('angry');
    expect(out.lang.toneUnread).toBeNull();
  });
});
