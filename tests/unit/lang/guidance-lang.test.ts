import { afterEach, beforeEach, expect, test } from 'vitest';
import { lintDraft, setPacksInForce } from '@/entrypoints/background/guidance';
import { defaultPack } from '@/lib/guidance/default-pack';
import type { Pack } from '@/lib/guidance/schema';
import type { ThreadMessage } from '@/lib/adapters/types';

const lint = (draft: string, thread: ThreadMessage[] = []) => lintDraft({ draft, thread, site: 'demo', ticket: null, dismissed: new Set() });

beforeEach(() => setPacksInForce([defaultPack]));
afterEach(() => setPacksInForce([defaultPack]));

// Spanish drafts that carry English trigger words (names, "no", "policy", "ASAP", "sorry") as a
// Spanish support reply really does.
const SPANISH = [
  'No sé qué pasó con su pedido, pero lo reviso ahora mismo y le escribo antes de las 17:00.',
  'Hola Ana, no podemos devolver el dinero de un artículo abierto. Sorry, es la policy de la tienda.',
  'Como ya le dije, el reembolso tarda entre 5 y 7 días hábiles. Le llamo mañana a las 15:00.',
  'Cálmese, por favor. Le paso con mi supervisor ASAP.',
];

test('a Spanish draft with only the English pack in force: no hints at all, and the state says no guidance in Spanish', () => {
  for (const d of SPANISH) {
    const out = lint(d, [{ role: 'customer', text: '¡Es la tercera vez que escribo! Quiero hablar con un supervisor YA.' }]);
    expect(out.hints, d).toEqual([]);
    expect(out.lang).toEqual({ draft: 'es', detected: true, guidance: false, toneUnread: null });
    // The customer's Spanish is read with the Spanish lexicon (lib/tone/langs/es.ts), never English word lists.
    expect(out.tone?.level).toBe('angry');
  }
});

test('the same English draft still gets its hints (the language filter keeps English guidance)', () => {
  const out = lint("I don't know what happened to your order", [{ role: 'customer', text: 'Hello, where is my order #4410? Thanks, Ana' }]);
  expect(out.hints.map((h) => h.ruleId)).toEqual(['dont-know']);
  expect(out.lang).toEqual({ draft: 'en', detected: true, guidance: true, toneUnread: null });
  expect(out.tone?.level).toBe('calm');
});

test('mixed thread: a Spanish customer, an English draft: English guidance, the customer\'s tone read in Spanish', () => {
  const out = lint("I don't know what happened to your order", [{ role: 'customer', text: '¿Dónde está mi pedido? Ya han pasado dos semanas.' }]);
  expect(out.hints.map((h) => h.ruleId)).toEqual(['dont-know']);
  expect(out.lang.toneUnread).toBeNull();
  expect(out.tone?.level).toBe('frustrated');
});

test('mixed thread: an English customer, a Spanish draft: the customer\'s tone read in English, no English rules on the draft', () => {
  const out = lint('No sé qué pasó con su pedido, lo siento mucho.', [
    { role: 'customer', text: 'This is the THIRD time I am writing and NOBODY answers. I want a manager now.' },
  ]);
  expect(out.hints).toEqual([]);
  expect(out.tone?.level).toMatch(/angry|frustrated/);
  expect(out.lang).toMatchObject({ draft: 'es', guidance: false, toneUnread: null });
});

test('a draft too short to tell takes the conversation\'s language, not English', () => {
  const out = lint('ok', [
    { role: 'customer', text: '¿Dónde está mi pedido? Ya han pasado dos semanas.' },
    { role: 'agent', text: 'Lo estoy revisando con el almacén, un momento por favor.' },
  ]);
  expect(out.lang).toMatchObject({ draft: 'es', detected: false, guidance: false });
  expect(out.hints).toEqual([]);
});

test('a team pack declaring locales ["en", "es"] runs on Spanish drafts; the English-only default does not', () => {
  const team: Pack = {
    ...defaultPack,
    id: 'team-es',
    locale: 'en',
    locales: ['es'],
    rules: [
      {
        id: 'no-se',
        kind: 'phrases',
        title: 'Un «no sé» sin salida',
        severity: 'warn',
        phrases: ['no sé'],
        advice: 'Diga qué va a hacer para averiguarlo y cuándo.',
        why: 'Un «no sé» deja al cliente sin camino.',
        examples: ['Lo compruebo ahora y le escribo antes de las 17:00.'],
        actions: [],
        tests: { shouldMatch: ['No sé qué pasó.'], shouldNotMatch: ['Lo compruebo ahora mismo.'] },
      },
    ],
    checklists: [],
  };
  setPacksInForce([defaultPack, team]);
  const out = lint('No sé qué pasó con su pedido, pero lo siento mucho de verdad.');
  expect(out.hints.map((h) => `${h.packId}/${h.ruleId}`)).toEqual(['team-es/no-se']);
  expect(out.lang).toMatchObject({ draft: 'es', guidance: true });
});
