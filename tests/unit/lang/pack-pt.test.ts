import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { compile, firedRuleIds, lint as lintPacks, runPackTests } from '@/lib/guidance/engine';
import { parsePack, type Pack } from '@/lib/guidance/schema';
import { defaultPack } from '@/lib/guidance/default-pack';
import { detectPromisesIn } from '@/lib/callbacks/promise-intl';
import { lintDraft, setPacksInForce } from '@/entrypoints/background/guidance';
import type { ThreadMessage } from '@/lib/adapters/types';

const TEXT = readFileSync(resolve(import.meta.dirname, '../../../assets/packs/heard-pt.json'), 'utf8');
const parsed = parsePack(TEXT);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const pt: Pack = parsed.pack;
const alone = compile([pt]);

/** As the background lints: the draft's language chosen by detection, the packs in force for it. */
const lint = (draft: string, thread: ThreadMessage[] = []) => lintDraft({ draft, thread, site: 'demo', ticket: null, dismissed: new Set() });
/** Every rule that fired on the draft, with the Portuguese pack alone (cards and the rules folded into them). */
const fired = (draft: string, thread: ThreadMessage[] = []) => firedRuleIds(lintPacks(alone, { draft, thread, context: {} })).sort();
const customer = (text: string): ThreadMessage[] => [{ role: 'customer', text }];

afterEach(() => setPacksInForce([defaultPack]));

test('the Portuguese pack (assets/packs/heard-pt.json): valid, locale pt (Brazil and Portugal), at least 20 rules with 3 + 3 cases each, all passing', () => {
  expect(pt.locale).toBe('pt');
  expect(pt.locales).toEqual(['pt-BR', 'pt-PT']);
  expect(pt.foldAccents).toBe(true);
  expect(pt.rules.length).toBeGreaterThanOrEqual(20);
  for (const r of pt.rules) {
    expect(r.tests.shouldMatch.length, r.id).toBeGreaterThanOrEqual(3);
    expect(r.tests.shouldNotMatch.length, r.id).toBeGreaterThanOrEqual(3);
    expect(r.advice.length, r.id).toBeGreaterThan(20);
    expect(r.why.length, r.id).toBeGreaterThan(20);
  }
  expect(runPackTests(pt).filter((x) => !x.ok)).toEqual([]);
});

test("one catalogue: the rules use the English pack's ids, and only the Portuguese-only rule has its own", () => {
  const english = new Set(defaultPack.rules.map((r) => r.id));
  expect(pt.rules.map((r) => r.id).filter((id) => !english.has(id))).toEqual(['gerundismo']);
  const ids = pt.rules.map((r) => r.id);
  for (const id of ['dont-know', 'promise-no-time', 'promise-with-time', 'no-without-alternative', 'you-should-have', 'draft-tone-risk', 'as-i-said',
    'policy-only-reason', 'policy-after-objection', 'supervisor-request', 'calm-down', 'minimizing', 'not-my-department', 'asks-to-repeat',
    'corporate-speak', 'vague-hope']) expect(ids).toContain(id);
  const examples = pt.rules.flatMap((r) => r.examples).join(' ');
  // você, o senhor / a senhora, tu (and Portugal's enclisis: "ligo-lhe", "dou-lhe").
  for (const form of [/(?<!\p{L})você(?!\p{L})/u, /\bo senhor\b|\ba senhora\b/, /\bte\b|\btu\b/, /-lhe\b/]) expect(examples).toMatch(form);
});

describe('how Portuguese is typed, in Brazil and in Portugal', () => {
  test('"não sei" with or without accents, "sei lá", "não faço ideia"', () => {
    for (const d of ['Não sei.', 'Nao sei.', 'NÃO SEI.', 'Sei lá.', 'Sei la, viu.', 'Não faço ideia.', 'Nao faco ideia.', 'Não lhe sei dizer.', 'Desconheço.']) {
      expect(fired(d), d).toContain('dont-know');
    }
  });

  test('the same idea in Brazil and in Portugal', () => {
    expect(fired('Fique calmo, senhor.')).toContain('calm-down');
    expect(fired('Acalme-se, por favor.')).toContain('calm-down');
    expect(fired('Te retorno assim que tiver novidades.')).toContain('promise-no-time');
    expect(fired('Entro em contacto consigo assim que souber.')).toContain('promise-no-time');
    expect(fired('Ligo-lhe amanhã às 15h.')).toEqual(['promise-with-time']);
    expect(fired('Você tem que reiniciar o roteador.')).toContain('you-need-to');
    expect(fired('Tens de reiniciar o router.')).toContain('you-need-to');
  });

  test('"aguardo o seu retorno" is the customer\'s reply awaited, not a promise; "retorno em até 2 horas" is one', () => {
    expect(fired('Aguardo o seu retorno em breve.')).not.toContain('promise-no-time');
    expect(fired('Retorno em até 2 horas com a confirmação.')).toEqual(['promise-with-time']);
    expect(fired('Retorno assim que possível.')).toEqual(['promise-no-time', 'vague-hope']);
  });

  test('gerundismo, Brazil only', () => {
    expect(fired('Vou estar verificando o seu pedido.')).toContain('gerundismo');
    expect(fired('Estou verificando o seu pedido.')).not.toContain('gerundismo');
    expect(fired('Estou a verificar a sua encomenda.')).not.toContain('gerundismo');
  });
});

describe('installed beside the English pack', () => {
  test('a Portuguese draft gets the Portuguese rules only; an English draft the English ones', () => {
    setPacksInForce([defaultPack, pt]);
    const out = lint('Não sei o que aconteceu com o seu pedido. Fique calmo, por favor.');
    expect(out.lang).toMatchObject({ draft: 'pt', guidance: true });
    expect(out.hints.map((h) => h.id).sort()).toEqual(['heard-pt/calm-down', 'heard-pt/dont-know']);
    expect(lint("I don't know what happened to your order.").hints.map((h) => h.packId)).toEqual([defaultPack.id]);
  });

  test('a promise with a time is an info card to log it, and the Portuguese promise parser reads its due time', () => {
    setPacksInForce([defaultPack, pt]);
    const draft = 'Olá Ana, te ligo amanhã às 15h com o código de rastreio.';
    const out = lint(draft);
    expect(out.hints.map((h) => h.ruleId)).toEqual(['promise-with-time']);
    expect(out.hints[0]?.actions).toEqual(['log-callback']);
    expect(detectPromisesIn('pt', draft)[0]).toMatchObject({ channel: 'call', dueText: 'amanhã às 15h' });
  });

  test("the conversation rules read the customer's Portuguese", () => {
    setPacksInForce([defaultPack, pt]);
    const asked = lint('Entendo. Vou verificar o seu pedido de novo.', customer('Chega, quero falar com o supervisor agora.'));
    expect(asked.hints.map((h) => h.ruleId)).toEqual(['supervisor-request']);
    const offered = lint('Pedi à minha supervisora para rever o seu caso e ela liga para você hoje até as 17h.', customer('Quero falar com o gerente.'));
    expect(offered.hints.map((h) => h.ruleId)).not.toContain('supervisor-request');
    const policy = lint('Desculpe, é o procedimento: o reembolso é feito no cartão original.', [
      { role: 'agent', text: 'O reembolso é feito no cartão usado na compra.' },
      { role: 'customer', text: 'O meu caso é diferente, esse cartão foi cancelado pelo banco.' },
    ]);
    expect(policy.hints.map((h) => h.ruleId)).toContain('policy-after-objection');
    expect(policy.hints.find((h) => h.ruleId === 'policy-after-objection')?.also?.map((a) => a.ruleId)).toContain('policy-only-reason');
  });
});

describe('whole drafts', () => {
  const GOOD_BR_FORMAL = `Olá, Sra. Fernanda,

Obrigada pela mensagem e pelas fotos da caixa amassada. Sinto muito que o seu pedido tenha chegado assim, ainda mais sendo um presente.

Já pedi o envio de um novo produto hoje, por entrega expressa: a senhora recebe até quinta-feira. Não precisa devolver o primeiro.

Atenciosamente,
Camila`;
  const GOOD_BR_INFORMAL =
    'Oi Hugo! Valeu pelo print, ficou bem claro. O erro foi nosso: o cupom não estava sendo aplicado nos itens em pré-venda. Já te reembolsei os R$ 12 de diferença, você vai ver no extrato em até 3 dias úteis. Se não aparecer, é só responder aqui que eu vejo.';
  const NOT_YET_PT = `Bom dia, Sr. Nunes,

Ainda não sei porque é que a cobrança foi feita duas vezes, mas já abri um pedido junto da nossa equipa de faturação. Dou-lhe notícias até amanhã às 12h e, se a cobrança duplicada se confirmar, o reembolso é feito no mesmo dia.

Com os melhores cumprimentos,
Joana`;
  const REFUSAL_WITH_OPTION =
    'Olá,\n\nNão conseguimos trocar um produto usado, mas posso oferecer um vale-compras no valor total, válido por um ano em todo o site. Me diga se serve e eu crio agora mesmo.\n\nAbraço,\nInês';
  const POLICY_WITH_REASON =
    'Olá Paulo, acima de 500 euros é o procedimento: pedimos um documento de identificação, para que ninguém mais consiga receber esse dinheiro no seu lugar. Pode enviá-lo em resposta a esta mensagem e aprovo o reembolso na hora.';

  /** More everyday replies, formal and informal: none should get a warning or a suggestion. */
  const EVERYDAY = [
    'Olá Sr. Pedro, obrigada por aguardar. O seu modem será trocado amanhã entre 8h e 12h; o técnico liga 30 minutos antes de chegar. Se o horário não for bom, responda a esta mensagem que eu remarco.',
    'Oi Nadia, entendo a sua preocupação. O pacote saiu do nosso centro na segunda, mas está parado no centro de distribuição de Campinas. Abri uma reclamação com a transportadora hoje de manhã; te escrevo amanhã até as 18h com a resposta deles, mesmo que ainda não tenham encontrado o pacote.',
    'Oi Júlio, valeu pelo retorno! Realmente o desconto não foi aplicado. Acabei de te reembolsar a diferença (R$ 8,40), deve aparecer em 2 a 3 dias. Boa noite!',
    'Bom dia, Sra. Rosa. Tem toda a razão: devíamos tê-la avisado do atraso. O erro foi nosso. Ofereço-lhe os portes de envio e a encomenda segue na sexta-feira. Envio-lhe o número de seguimento assim que for criado, o mais tardar na sexta ao meio-dia.',
    'Olá, infelizmente este modelo saiu de linha. Por outro lado, o modelo que o substitui é compatível com o seu suporte e posso enviar pelo mesmo preço. Quer que eu reserve?',
    'Olá Érico, não consigo cancelar o pedido porque ele já está com a transportadora, mas você pode recusar a entrega: o reembolso é automático quando ele voltar para nós, normalmente em uma semana.',
    'Olá Sra. Diana, o seu cadastro está completo, obrigado. O reembolso será feito em até 5 dias úteis no cartão usado na compra. Se não aparecer até lá, é só me chamar por aqui.',
    'Oi Sarah! O seu pedido saiu hoje de manhã 🙂 Você deve receber na quinta. Segue o link de rastreio: https://example.com/rastreio/123',
    'Bom dia, Sr. Lamberto. Peço desculpa pela cobrança em duplicado. Verifiquei: o segundo pagamento foi anulado ontem e o valor volta à sua conta em 48 horas. Fico por aqui se precisar.',
    'Olá, confirmo o cancelamento da sua assinatura a partir de 1º de janeiro. Não haverá mais cobranças depois dessa data. Obrigado por esses três anos com a gente!',
  ];

  test('good replies, Brazil and Portugal, formal and informal, get no warning and no suggestion (only the note to log a timed promise)', () => {
    setPacksInForce([defaultPack, pt]);
    for (const d of [GOOD_BR_FORMAL, GOOD_BR_INFORMAL, NOT_YET_PT, REFUSAL_WITH_OPTION, POLICY_WITH_REASON, ...EVERYDAY]) {
      const out = lint(d, customer('Olá, o meu pedido chegou danificado, o que faço?'));
      expect(out.lang.draft, d).toBe('pt');
      expect(out.hints.filter((h) => h.severity !== 'info').map((h) => h.ruleId), d).toEqual([]);
    }
  });

  test('a bad reply gets the right hints', () => {
    setPacksInForce([defaultPack, pt]);
    const BAD = `Prezado cliente,

Venho por meio deste informar que, conforme informado anteriormente, é a política da empresa: não reembolsamos produtos em promoção. Infelizmente não é possível. Pedimos desculpas pelo transtorno causado.

Atenciosamente`;
    expect(firedRuleIds(lint(BAD).hints).sort()).toEqual(
      ['as-i-said', 'corporate-speak', 'generic-greeting', 'no-next-step', 'no-without-alternative', 'policy-only-reason', 'stock-apology'].sort(),
    );
    const CHAT = 'Calma, é só um atraso de dois dias. Não sei quando chega, procure a transportadora.';
    expect(firedRuleIds(lint(CHAT).hints).sort()).toEqual(['calm-down', 'dont-know', 'minimizing', 'not-my-department']);
    const VAGUE = 'Oi Léa, te retorno assim que tiver notícias do armazém. A princípio deve chegar esta semana. Vou estar verificando.';
    expect(firedRuleIds(lint(VAGUE).hints).sort()).toEqual(['gerundismo', 'promise-no-time', 'vague-hope']);
  });
});
