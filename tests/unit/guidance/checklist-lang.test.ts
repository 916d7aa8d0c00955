// Checklists follow the conversation's language, as the boundary policy does (issue 15): a pack's
// checklist shows in conversations in its language; another language gets its own, else English.
import { expect, test } from 'vitest';
import { checklistsFor, compile, withChecklistsIn } from '@/lib/guidance/compile';
import { defaultPack } from '@/lib/guidance/default-pack';
import { openChecklists, tickedItems } from '@/lib/guidance/engine';
import type { Pack } from '@/lib/guidance/schema';
import { deriveRoom, roomService, type RoomTab } from '@/entrypoints/background/room';
import { HeardDB } from '@/lib/db/database';
import { parsePack } from '@/lib/guidance/schema';
import esJson from '@/assets/packs/heard-es.json';

const frPack = {
  schemaVersion: 1, id: 'team-fr', name: 'Équipe', version: '1.0.0', author: 'T', description: 'T', locale: 'fr', updated: '2026-12-06', foldAccents: true, rules: [],
  checklists: [
    {
      id: 'de-escalation', title: 'Client mécontent', trigger: { customerTone: ['frustrated', 'angry', 'abusive'] },
      items: [
        { id: 'acknowledge', label: 'Reconnaître ce qu’il ressent', tickWhen: { phrases: ['je comprends', 'je suis désolée', 'je suis désolé'] } },
        { id: 'plan-and-time', label: 'Dire quoi et quand', tickWhen: { phrases: ['demain', 'aujourd’hui', "aujourd'hui"] } },
      ],
    },
    { id: 'remboursement', title: 'Demande de remboursement', trigger: { customerSays: { phrases: ['rembourser', 'remboursement'] } }, items: [{ id: 'delai', label: 'Donner le délai', tickWhen: { phrases: ['jours ouvrés'] } }] },
  ],
} as unknown as Pack;

const c = compile([defaultPack, frPack]);
const titles = (lang: string | undefined) => checklistsFor(c, lang).map((cl) => `${cl.id}:${cl.title}`);

test('each id once, in the conversation language: French for French, English for English and for a language with none', () => {
  expect(titles('fr')).toEqual(['de-escalation:Client mécontent', 'repeat-contact:Customer is back again', 'remboursement:Demande de remboursement']);
  expect(titles('fr-CA')).toEqual(titles('fr'));
  expect(titles('en')).toEqual(['de-escalation:Upset customer', 'repeat-contact:Customer is back again', 'remboursement:Demande de remboursement']);
  // German has no checklist of its own: English, never the last pack's French one.
  expect(titles('de')).toEqual(titles('en'));
  expect(titles(undefined)).toEqual(titles('en'));
  // Before: one list per id, the last pack's everywhere (the French one on English tickets).
  expect(c.checklists.find((cl) => cl.id === 'de-escalation')?.title).toBe('Client mécontent');
  expect(checklistsFor(compile([defaultPack]), 'fr').map((cl) => cl.title)).toEqual(['Upset customer', 'Customer is back again']);
});

test('auto-ticks read the draft with the list of its language', () => {
  const fr = withChecklistsIn(c, 'fr');
  const en = withChecklistsIn(c, 'en');
  expect(tickedItems(fr, 'de-escalation', 'Je comprends, et je vous rappelle demain à 10 h.')).toEqual(['acknowledge', 'plan-and-time']);
  expect(tickedItems(en, 'de-escalation', 'Je comprends, et je vous rappelle demain à 10 h.')).toEqual([]);
  expect(tickedItems(en, 'de-escalation', "I understand how frustrating this is, and I'll call you back tomorrow at 10.")).toContain('acknowledge');
  // Nothing to choose (English lists only): the same compiled packs, not a view.
  const d = compile([defaultPack]);
  expect(withChecklistsIn(d, 'fr')).toBe(d);
  // The view shares the compiled rules.
  expect(fr.rules).toBe(c.rules);
  expect(openChecklists(fr, { thread: [{ role: 'customer', text: 'Je demande le remboursement de ma commande.' }], context: {} }).map((cl) => cl.id)).toEqual(['remboursement']);
});

const angryFr = [{ role: 'customer' as const, text: 'C’est la troisième fois que j’écris, c’est inadmissible, je veux une réponse aujourd’hui !' }];
const tone = { level: 'angry' as const, signals: [], score: 0 } as unknown as Parameters<typeof deriveRoom>[2];

test('the room: a French conversation opens and ticks the French list; the panel view shows it', async () => {
  const r: RoomTab = deriveRoom({ site: 'demo', ticket: null, draft: 'Je suis désolée, je vous réponds aujourd’hui avant 17 h.', thread: angryFr, lang: 'fr' }, c, tone);
  expect(r.triggered).toContain('de-escalation');
  expect(r.auto['de-escalation']).toEqual(['acknowledge', 'plan-and-time']);
  const en: RoomTab = deriveRoom({ site: 'demo', ticket: null, draft: 'Je suis désolée, je vous réponds aujourd’hui avant 17 h.', thread: angryFr, lang: 'en' }, c, tone);
  expect(en.auto['de-escalation']).toEqual([]);

  const db = new HeardDB(`checklist-lang-${Date.now()}`);
  await db.open();
  try {
    const svc = roomService({ db: () => db, compiled: () => c, roomOf: async () => r, settings: async () => ({ breakReminder: false }) });
    const view = await svc.get(1);
    const list = view!.checklists.find((cl) => cl.id === 'de-escalation')!;
    expect(list.title).toBe('Client mécontent');
    expect(list.items.map((i) => [i.id, i.ticked])).toEqual([['acknowledge', true], ['plan-and-time', true]]);
    // Ticking by hand finds the item in the French list.
    const after = await svc.tick(1, 'remboursement', 'delai', true);
    expect(after!.checklists.find((cl) => cl.id === 'remboursement')!.items[0]!.ticked).toBe(true);
  } finally {
    db.close();
    await HeardDB.delete(db.name);
  }
});

test('the built-in Spanish pack brings its own lists: a Spanish conversation gets them, an English one keeps the English ones', () => {
  const es = parsePack(JSON.stringify(esJson));
  if (!es.ok) throw new Error(JSON.stringify(es.errors.slice(0, 3)));
  const both = compile([defaultPack, es.pack]);
  expect(checklistsFor(both, 'es').map((cl) => cl.title)).toEqual(['Cliente molesto', 'El cliente vuelve a escribir']);
  expect(checklistsFor(both, 'en').map((cl) => cl.title)).toEqual(['Upset customer', 'Customer is back again']);
  const r = deriveRoom(
    { site: 'demo', ticket: null, draft: 'Tiene toda la razón, fue un error nuestro. Le paso con mi responsable y le escribo mañana antes de las 12.', thread: [{ role: 'customer', text: 'Es la tercera vez que escribo.' }], lang: 'es' },
    both,
    tone,
  );
  expect(r.auto['de-escalation']).toEqual(['acknowledge', 'own-it', 'plan-and-time', 'offer-supervisor', 'confirm-next-contact']);
});

test('every built-in language pack has its lists in its language, with the English ids and items', async () => {
  const { default: fr } = await import('@/assets/packs/heard-fr.json');
  const { default: de } = await import('@/assets/packs/heard-de.json');
  const { default: pt } = await import('@/assets/packs/heard-pt.json');
  const packs = [defaultPack, ...[esJson, fr, de, pt].map((j) => {
    const r = parsePack(JSON.stringify(j));
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
    return r.pack;
  })];
  const all = compile(packs);
  const shape = (lang: string) => checklistsFor(all, lang).map((cl) => [cl.id, cl.items.map((i) => i.id)]);
  for (const lang of ['es', 'fr', 'de', 'pt']) expect(shape(lang)).toEqual(shape('en'));
  expect(checklistsFor(all, 'fr')[0]!.title).toBe('Client mécontent');
  expect(checklistsFor(all, 'de')[0]!.title).toBe('Verärgerter Kunde');
  expect(checklistsFor(all, 'pt')[1]!.title).toBe('O cliente voltou a escrever');
  expect(checklistsFor(all, 'en')[0]!.title).toBe('Upset customer');
  const fr1 = withChecklistsIn(all, 'fr');
  expect(tickedItems(fr1, 'de-escalation', 'Vous avez raison, c’est notre erreur. Je fais remonter à ma responsable et je vous recontacte demain avant midi.')).toEqual(['acknowledge', 'own-it', 'plan-and-time', 'offer-supervisor', 'confirm-next-contact']);
  expect(tickedItems(withChecklistsIn(all, 'de'), 'de-escalation', 'Sie haben recht, das war unser Fehler. Ich melde mich heute bis 16 Uhr.')).toEqual(['acknowledge', 'own-it', 'plan-and-time', 'confirm-next-contact']);
  expect(tickedItems(withChecklistsIn(all, 'pt'), 'de-escalation', 'Você tem razão, foi um erro nosso. Te retorno hoje até às 16h.')).toEqual(['acknowledge', 'own-it', 'plan-and-time', 'confirm-next-contact']);
});
