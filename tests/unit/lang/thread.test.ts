import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from '@/lib/adapters/types';
import { draftLanguage, langOfTag, threadLangs, toneInput } from '@/lib/lang/thread';
import { coveredLangs, packCovers, packLangs, packsFor } from '@/lib/lang/packs';

const es = (text: string): ThreadMessage => ({ role: 'customer', text });
const agent = (text: string): ThreadMessage => ({ role: 'agent', text });

describe('threadLangs', () => {
  it('tells the customer\'s language and the rep\'s side apart', () => {
    const l = threadLangs([
      es('Hola, ¿dónde está mi pedido #4410? Ya han pasado dos semanas.'),
      agent('Hi Ana, I am checking with the warehouse right now.'),
      es('ok'),
    ]);
    expect(l.messages).toEqual(['es', 'en', 'unknown']);
    expect(l.customer).toBe('es');
    expect(l.agent).toBe('en');
  });
  it('is null on a side with nothing long enough to tell', () => {
    const l = threadLangs([es('ok'), es('#4410')]);
    expect(l.customer).toBeNull();
    expect(l.agent).toBeNull();
  });
});

describe('draftLanguage', () => {
  const langs = threadLangs([es('Hola, ¿me pueden decir cuándo llega el paquete?'), agent('Le confirmo que su pedido sale hoy mismo.')]);
  it('is the draft\'s own language when it can be told', () => {
    expect(draftLanguage('Je vous rappelle demain matin avec le suivi.', langs, 'en')).toEqual({ lang: 'fr', detected: true });
  });
  it('a draft too short to tell is the conversation\'s language (the rep\'s side first), never a foreign guess', () => {
    expect(draftLanguage('ok', langs, 'en')).toEqual({ lang: 'es', detected: false });
    expect(draftLanguage('Thanks!', threadLangs([es('Hola, ¿me pueden decir cuándo llega el paquete?')]), 'de')).toEqual({ lang: 'es', detected: false });
    expect(draftLanguage('#4410', threadLangs([]), 'de')).toEqual({ lang: 'de', detected: false });
    expect(draftLanguage('', threadLangs([]), null)).toEqual({ lang: 'en', detected: false });
  });
  it('reads the rep\'s language from the browser\'s UI tag', () => {
    expect(langOfTag('pt-BR')).toBe('pt');
    expect(langOfTag('de_AT')).toBe('de');
    expect(langOfTag('it')).toBeNull();
    expect(langOfTag(undefined)).toBeNull();
  });
});

describe('toneInput: the customer\'s tone in the customer\'s language only', () => {
  it('blanks customer messages tone cannot read (indices kept), says which language', () => {
    const thread = [
      es('¡Es la TERCERA vez que escribo! Nadie me responde, esto es una vergüenza.'),
      agent('Lo siento mucho, lo reviso ahora.'),
      es('ok'),
    ];
    const t = toneInput(thread, threadLangs(thread), ['en']);
    expect(t.thread.map((m) => m.text)).toEqual(['', 'Lo siento mucho, lo reviso ahora.', '']);
    expect(t.unread).toBe('es');
  });
  it('leaves English customer messages as they are', () => {
    const thread = [es('This is the THIRD time I am writing and nobody answers.'), agent('Lo siento, lo reviso ahora mismo.')];
    const t = toneInput(thread, threadLangs(thread));
    expect(t.thread).toEqual(thread);
    expect(t.unread).toBeNull();
  });
  it('reads a language once tone covers it', () => {
    const thread = [es('¡Es la tercera vez que escribo y nadie me responde!')];
    expect(toneInput(thread, threadLangs(thread), ['en', 'es']).unread).toBeNull();
  });
  it('a mixed customer: only the messages in a language tone does not read are left out', () => {
    const thread = [es('Hello, my parcel never arrived and I need it by Friday.'), es('Pourquoi personne ne me répond depuis trois jours ?')];
    const t = toneInput(thread, threadLangs(thread), ['en']);
    expect(t.thread.map((m) => m.text === '')).toEqual([false, true]);
    expect(t.unread).toBe('fr');
  });
  it('a mixed customer whose languages tone reads: each message read in its own language', () => {
    const thread = [es('Hello, my parcel never arrived and I need it by Friday.'), es('Pourquoi personne ne me répond depuis trois jours ?')];
    const t = toneInput(thread, threadLangs(thread), ['en', 'fr']);
    expect(t.thread).toEqual(thread);
    expect(t.langs.map((l) => l?.lang)).toEqual(['en', 'fr']);
    expect(t.unread).toBeNull();
  });
});

describe('packs by language', () => {
  const p = (locale: string, locales?: string[]) => ({ locale, ...(locales ? { locales } : {}) });
  it('a pack covers its locale and its locales, matched on the language', () => {
    expect(packLangs(p('en-GB', ['es', 'pt-BR', 'es-MX']))).toEqual(['en', 'es', 'pt']);
    expect(packCovers(p('en-GB'), 'en')).toBe(true);
    expect(packCovers(p('en'), 'es')).toBe(false);
    expect(packCovers(p('en', ['es']), 'es')).toBe(true);
    expect(packsFor([p('en'), p('de'), p('fr', ['de'])], 'de')).toEqual([p('de'), p('fr', ['de'])]);
    expect(coveredLangs([p('en'), p('it'), p('fr', ['de'])]).sort()).toEqual(['de', 'en', 'fr']);
  });
});
