import { describe, expect, it } from 'vitest';
import { analyzeMessageIn } from '@/lib/tone/langs/route';

// Abuse written the ways people type it (misspelled, abbreviated, masked, youth slang, regional),
// written for these tests, not taken from the corpora; and the everyday words these insults share
// (a cow, a dog, bacon, rubbish bins) that must stay calm.
type L = 'es' | 'fr' | 'de' | 'pt';
const level = (text: string, lang: L): string => analyzeMessageIn(text, lang).level;

describe('abuse as people type it', () => {
  it.each([
    ['fr', 'conar'],
    ['fr', 'T’es qu’un connar.'],
    ['fr', 'pov con'],
    ['fr', 'Sale merde'],
    ['fr', 'Grosse vache'],
    ['fr', 'Gros lard'],
    ['fr', 'Sac à foutre'],
    ['de', 'Wichsa'],
    ['de', 'Du Hund'],
    ['de', 'Du Lauch'],
    ['de', 'Dreckiger Lügner'],
    ['de', 'Sie haben sie nicht mehr alle'],
    ['de', 'Drecks-Bot.'],
    ['de', 'Scheiß Roboter!'],
    ['pt', 'vai tomar no c*'],
    ['pt', 'p0rr@ de atendente'],
    ['pt', 'Vê se te enxergas, pá.'],
    ['pt', 'És um cromo, pá.'],
    ['pt', 'Merda de robô.'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('abusive'));
});

describe('the same words in everyday sentences stay calm', () => {
  it.each([
    ['fr', 'La vache, c’est rapide ! Merci beaucoup.'],
    ['fr', 'Le lard fumé est en rupture de stock ?'],
    ['fr', 'J’ai commandé de la dinde pour Noël, elle arrive quand ?'],
    ['fr', 'J’ai un gros tas de cartons à renvoyer, vous passez les chercher ?'],
    ['de', 'Mein Hund hat das Ladekabel zerbissen, kann ich ein neues bestellen?'],
    ['de', 'Der Hund der Nachbarn bellt, deshalb habe ich den Anruf verpasst.'],
    ['de', 'Die Schuhe waren nach dem Wandern dreckig, kann ich sie trotzdem umtauschen?'],
    ['de', 'Sie haben sie doch schon verschickt, oder?'],
    ['pt', 'Vi o cromo da moto no catálogo, ainda têm?'],
    ['pt', 'O lixo de papel é recolhido às terças?'],
  ] as [L, string][])('%s: %s', (lang, t) => expect(level(t, lang)).toBe('calm'));
  it('swearing at a thing is anger, not abuse of the rep', () => {
    expect(level('Cette sale merde de box ne marche plus, c’est la troisième fois !', 'fr')).toBe('angry');
  });
});
