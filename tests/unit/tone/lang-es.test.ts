import { describe, expect, it } from 'vitest';
import { lintDraft } from '@/entrypoints/background/guidance';
import type { ThreadMessage } from '@/lib/adapters/types';
import { threadLangs, toneInput } from '@/lib/lang/thread';
import { analyzeThread } from '@/lib/tone/analyze';
import { analyzeMessageIn, readMessageIn } from '@/lib/tone/langs/route';
import type { ToneSignalKind } from '@/lib/tone/types';

// Sentences written for these tests (not taken from the corpora in tests/fixtures/tone/es/).
const level = (text: string): string => analyzeMessageIn(text, 'es').level;
const kinds = (text: string): ToneSignalKind[] => analyzeMessageIn(text, 'es').signals.map((s) => s.kind);
const words = (text: string, kind: ToneSignalKind): string[] =>
  analyzeMessageIn(text, 'es')
    .signals.filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));

describe('Spanish tone: calm stays calm', () => {
  it.each([
    'Buenos días, ¿podrían decirme cuándo sale mi pedido n.º 88213? Muchas gracias.',
    'Quisiera devolver la chaqueta, no me queda bien. ¡Que tengan buen día!',
    'Hola, quiero darme de baja del gimnasio porque me mudo a Valencia. ¿Me confirman la fecha?',
    'Es usted muy amable, gracias por la paciencia.',
    'Enhorabuena al equipo, excelente servicio y entrega rapidísima.',
  ])('polite requests, thanks and calm cancellations: %s', (t) => expect(level(t)).toBe('calm'));

  it('a review reported without quotation marks is someone else’s words too', () => {
    expect(level('En Google alguien escribió que vuestros técnicos son unos payasos, pero conmigo fueron muy atentos. Quería pedir cita.')).toBe('calm');
  });
  it('a quoted review with swearing is someone else’s words', () => {
    expect(level('En un foro alguien puso "servicio de mierda, son unos ladrones", pero a mí me fue genial. Solo quería un presupuesto.')).toBe('calm');
    expect(level('Mi cuñado dice que vuestro técnico es «un inútil», pero conmigo fue muy atento.')).toBe('calm');
  });
  it('swearing at one’s own slip or out of delight does not vent', () => {
    expect(level('Joder, se me olvidó marcar envoltorio de regalo. ¿Todavía se puede?')).toBe('calm');
    expect(level('¡Hostia, qué rápido! Pedido recibido en un día, gracias.')).toBe('calm');
  });
  it('capitalised product names and error codes are not shouting', () => {
    expect(level('El equipo muestra ERROR DE SISTEMA E-45 LLAME AL SERVICIO TÉCNICO, ¿qué hago?')).toBe('calm');
    expect(level('¿La tarifa FIBRA MAX PLUS incluye el router WIFI 6?')).toBe('calm');
  });
  it('accents left out read the same', () => {
    expect(level('Llevo tres semanas esperando el reembolso, se me esta acabando la paciencia.')).toBe('frustrated');
  });
});

describe('Spanish tone: frustrated', () => {
  it.each([
    'Es la tercera vez que escribo por esto, ¿podrían revisarlo?',
    'Sigo sin recibir nada y ya han pasado dos semanas.',
    'Estoy bastante decepcionada, me prometieron una llamada ayer.',
    '¿Hay alguien?? Llevo veinte minutos esperando.',
    '¿Podría hablar con un supervisor, por favor? Esto se está alargando demasiado tiempo.',
  ])('%s', (t) => expect(level(t)).toBe('frustrated'));
});

describe('Spanish tone: angry, not abusive', () => {
  it.each([
    'ES UNA VERGÜENZA, LLEVO UNA SEMANA SIN AGUA CALIENTE',
    'Devuélvanme el dinero. Ya.',
    'Si no tengo respuesta antes del viernes, pongo una reclamación en la OCU y hablo con mi abogado.',
    'Voy a publicar todo esto en redes y dejaros una reseña de una estrella.',
    'Me están tomando el pelo, es la tercera vez que me mandan el artículo equivocado.',
    '¡¡Este puto router se ha vuelto a caer!!',
    'Gracias por nada.',
    'Genial, otra vez tarde, excelente servicio 👏',
    'Voy a pedir un contracargo al banco.',
  ])('%s', (t) => expect(level(t)).toBe('angry'));

  it('venting at the company or a third party is angry, not abuse of the rep', () => {
    expect(level('Vuestro servicio técnico es una panda de inútiles, quiero mi dinero.')).toBe('angry');
    expect(level('El repartidor es un imbécil, tiró el paquete por encima de la valla.')).toBe('angry');
    expect(kinds('El repartidor es un imbécil, tiró el paquete por encima de la valla.')).not.toContain('insult-at-rep');
    expect(level('Sois unos sinvergüenzas como empresa, me habéis cobrado dos veces.')).toBe('angry');
  });
  it('"incapaz de" is unable to, not an insult', () => {
    expect(level('Son incapaces de entregar un paquete a tiempo, es la cuarta vez.')).not.toBe('abusive');
  });
});

describe('Spanish tone: abusive (aimed at the rep)', () => {
  it.each([
    'Eres un inútil de los grandes.',
    'Sois todos unos incompetentes.',
    'Usted es un imbécil.',
    'Cállate y pásame con tu jefe.',
    'g1l1p0ll4s',
    'Vete a la mierda con tu reembolso.',
    'Pedazo de inútil, ¿no sabes leer?',
    'Pásame con alguien que tenga dos dedos de frente.',
    '¿A ti te pagan por no hacer nada?',
    'Hdp',
  ])('insults, obfuscated or not: %s', (t) => expect(level(t)).toBe('abusive'));

  it.each([
    'Voy a hacer que te despidan, ya verás.',
    'Sé dónde trabajas, te espero a la salida.',
    'Te voy a partir la cara.',
    'Ojalá te despidan mañana mismo.',
    'Qué voz tan sexy tienes, ¿quedamos un día?',
  ])('threats to the rep’s person or job, advances: %s', (t) => expect(level(t)).toBe('abusive'));

  it('points at the words in the original text, accents and all', () => {
    const t = 'La verdad, eres un imbécil.';
    expect(words(t, 'insult-at-rep').join(' ')).toMatch(/imbécil/);
  });
  it('"qué tonto soy" is about oneself', () => {
    expect(level('Qué tonto soy, puse mal el código postal. ¿Lo pueden cambiar?')).toBe('calm');
  });
});

describe('Spanish customer in a thread: read in Spanish, shown in the panel', () => {
  const c = (text: string): ThreadMessage => ({ role: 'customer', text });
  it('toneInput keeps Spanish messages and says which reader reads them', () => {
    const thread = [c('Hola, mi paquete sigue sin llegar y es la tercera vez que pregunto.')];
    const input = toneInput(thread, threadLangs(thread));
    expect(input.unread).toBeNull();
    expect(input.langs[0]).toMatchObject({ lang: 'es' });
    expect(analyzeThread(input.thread, input.langs, readMessageIn).level).toBe('frustrated');
  });
  it('the panel gets a tone for a Spanish customer', () => {
    const out = lintDraft({
      draft: 'Entiendo su molestia, reviso su caso ahora mismo.',
      thread: [c('ES UNA VERGÜENZA, TRES SEMANAS SIN CALEFACCIÓN. Quiero una respuesta ya.')],
      site: 'demo',
      ticket: null,
      dismissed: new Set(),
    });
    expect(out.tone?.level).toBe('angry');
    expect(out.lang.toneUnread).toBeNull();
  });
});
