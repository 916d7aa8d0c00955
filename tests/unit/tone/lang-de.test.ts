import { describe, expect, it } from 'vitest';
import { lintDraft } from '@/entrypoints/background/guidance';
import type { ThreadMessage } from '@/lib/adapters/types';
import { threadLangs, toneInput } from '@/lib/lang/thread';
import { analyzeThread } from '@/lib/tone/analyze';
import { analyzeMessageIn, readMessageIn } from '@/lib/tone/langs/route';
import type { ToneSignalKind } from '@/lib/tone/types';

// Sentences written for these tests (not taken from the corpora in tests/fixtures/tone/de/).
const level = (text: string): string => analyzeMessageIn(text, 'de').level;
const kinds = (text: string): ToneSignalKind[] => analyzeMessageIn(text, 'de').signals.map((s) => s.kind);
const words = (text: string, kind: ToneSignalKind): string[] =>
  analyzeMessageIn(text, 'de')
    .signals.filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));

describe('German tone: calm stays calm', () => {
  it.each([
    'Guten Tag, könnten Sie mir bitte sagen, wann meine Bestellung Nr. 88213 verschickt wird? Vielen Dank.',
    'Ich möchte den Pullover zurückgeben, er passt leider nicht. Schönen Tag noch!',
    'Hallo, ich möchte meinen Vertrag zum Monatsende kündigen, da ich ins Ausland ziehe. Können Sie mir das bestätigen?',
    'Sie sind wirklich sehr freundlich, danke für Ihre Geduld.',
    'Großes Lob an Ihr Team, super Service und schnelle Lieferung!',
    'Sie haben mir gestern sehr geholfen, jetzt hätte ich noch eine Frage zur Rechnung.',
  ])('polite requests, thanks and calm cancellations: %s', (t) => expect(level(t)).toBe('calm'));

  it('a review reported without quotation marks is someone else’s words too', () => {
    expect(level('Im Netz schreibt einer, eure Monteure seien alles Stümper, bei mir waren sie aber super. Ich hätte gern einen Termin.')).toBe('calm');
  });
  it('a quoted review with swearing is someone else’s words', () => {
    expect(level('Im Forum schreibt jemand „totaler Scheißladen, alles Betrüger“, aber bei mir lief alles gut. Ich hätte gern ein Angebot.')).toBe('calm');
    expect(level('Mein Nachbar meint, euer Techniker sei »ein echter Vollpfosten«, ich fand ihn aber sehr nett.')).toBe('calm');
  });
  it('swearing at one’s own slip does not vent', () => {
    expect(level('Mist, hab vergessen die Geschenkverpackung anzuklicken. Geht das noch?')).toBe('calm');
    expect(level('Scheiße, mein Fehler, ich habe die falsche Adresse eingegeben. Können Sie die noch ändern?')).toBe('calm');
  });
  it('capitalised product names and error codes are not shouting', () => {
    expect(level('Das Gerät zeigt FEHLER SYSTEM E-45 BITTE SERVICE KONTAKTIEREN, was soll ich tun?')).toBe('calm');
    expect(level('Ist beim Tarif MAGENTA ZUHAUSE L die FRITZ!Box schon dabei?')).toBe('calm');
  });
  it('umlauts typed as ae/oe/ue or left out read the same', () => {
    expect(level('Koennten Sie mir bitte die Rechnung fuer Maerz schicken? Gruesse, Jana')).toBe('calm');
    expect(level('Ich warte seit drei Wochen auf die Rueckerstattung, langsam werde ich ungeduldig.')).toBe('frustrated');
  });
  it('a consumer body named in a calm message is not a threat; with a threat verb it is', () => {
    expect(level('Die Verbraucherzentrale hat mir geraten, Sie direkt anzuschreiben. Können Sie mir den Vertrag schicken?')).toBe('calm');
    expect(level('Ich habe bei Stiftung Warentest gelesen, dass Ihr Gerät Testsieger ist. Ist es noch lieferbar?')).toBe('calm');
    expect(level('Wenn das nicht bis Freitag erledigt ist, wende ich mich an die Verbraucherzentrale.')).toBe('angry');
  });
  it('a lawyer or a court in a calm letter is not a threat', () => {
    expect(level('Mein Anwalt braucht für den Nachlass meines Vaters eine Kopie des Vertrags. Könnten Sie die schicken?')).not.toBe('angry');
  });
  it('a cheerful "ich schon wieder" is not repeat contact', () => {
    expect(level('Ich schon wieder 😊 noch eine kurze Frage zur Abholstation.')).toBe('calm');
  });
});

describe('German tone: frustrated', () => {
  it.each([
    'Ich schreibe Ihnen jetzt zum dritten Mal, könnten Sie bitte nachsehen?',
    'Immer noch keine Antwort, so langsam verliere ich die Geduld.',
    'Ich bin schon etwas enttäuscht, mir wurde ein Rückruf für gestern versprochen.',
    'Hallo?? Ist da jemand? Ich warte seit zwanzig Minuten.',
    'Könnte ich bitte mit Ihrem Vorgesetzten sprechen? Das zieht sich jetzt seit Wochen.',
  ])('%s', (t) => expect(level(t)).toBe('frustrated'));
});

describe('German tone: angry, not abusive', () => {
  it.each([
    'DAS IST EINE UNVERSCHÄMTHEIT, SEIT EINER WOCHE KEIN WARMES WASSER',
    'Erstatten Sie mir das Geld. Sofort.',
    'Wenn ich bis Freitag keine Antwort habe, schalte ich die Verbraucherzentrale und meinen Anwalt ein.',
    'Das poste ich alles auf Instagram und gebe euch eine vernichtende Bewertung.',
    'Wollt ihr mich verarschen? Zum dritten Mal der falsche Artikel.',
    'Dieser Scheißrouter ist schon wieder abgestürzt!!',
    'Danke für nichts.',
    'Super, schon wieder verspätet, ganz toller Service 👏',
    'Ich lasse die Lastschrift zurückgehen.',
  ])('%s', (t) => expect(level(t)).toBe('angry'));

  it('venting at the company or a third party is angry, not abuse of the rep', () => {
    expect(level('Euer Kundenservice ist ein Haufen Stümper, ich will mein Geld zurück.')).toBe('angry');
    expect(level('Der Fahrer ist ein kompletter Idiot, er hat das Paket einfach über den Zaun geworfen!')).toBe('angry');
    expect(kinds('Der Fahrer ist ein kompletter Idiot, er hat das Paket einfach über den Zaun geworfen!')).not.toContain('insult-at-rep');
  });
  it('lowercase "sie" is they, not the rep', () => {
    expect(level('Ihre Techniker kamen zu spät und sie sind echt unfähig, das Kabel zu verlegen!')).not.toBe('abusive');
  });
  it('a calm cancellation in a complaint is a threat to leave', () => {
    expect(level('Schon wieder ein Ausfall, der vierte diesen Monat. Ich kündige.')).toBe('angry');
  });
});

describe('German tone: abusive (aimed at the rep)', () => {
  it.each([
    'Du bist echt der größte Depp, den ich je erlebt habe.',
    'Ihr seid doch alle unfähige Idioten.',
    'Sie sind ein Vollidiot.',
    'Halt die Klappe und verbinde mich mit deinem Chef.',
    'A*schloch',
    'v.o.l.l.i.d.i.o.t',
    'Leck mich doch, du Pfeife.',
    'Ihr könnt mich mal kreuzweise.',
    'Können Sie eigentlich nicht lesen oder was?',
    'Geben Sie mir jemanden mit Hirn.',
    'Werden Sie fürs Nichtstun bezahlt, oder was?',
    'Sie sind eine Schande für Ihren Beruf.',
  ])('insults, obfuscated or not: %s', (t) => expect(level(t)).toBe('abusive'));

  it.each([
    'Ich sorge dafür, dass du gefeuert wirst.',
    'Ich weiß, wo Sie arbeiten, ich komme persönlich vorbei.',
    'Du kriegst gleich eins auf die Fresse.',
    'Hoffentlich verlierst du deinen Job.',
    'Sie haben so eine süße Stimme, wollen wir uns nicht mal treffen?',
  ])('threats to the rep’s person or job, advances: %s', (t) => expect(level(t)).toBe('abusive'));

  it('points at the words in the original text, umlauts and all', () => {
    const t = 'Ehrlich, Sie sind völlig unfähig.';
    expect(words(t, 'insult-at-rep').join(' ')).toMatch(/unfähig/);
  });
  it('"ich Idiot" is about oneself', () => {
    expect(level('Ich Idiot hab die falsche Größe bestellt. Kann ich umtauschen?')).toBe('calm');
  });
});

describe('German customer in a thread: read in German, shown in the panel', () => {
  const c = (text: string): ThreadMessage => ({ role: 'customer', text });
  it('toneInput keeps German messages and says which reader reads them', () => {
    const thread = [c('Hallo, mein Paket ist immer noch nicht da, ich frage jetzt zum dritten Mal nach.')];
    const input = toneInput(thread, threadLangs(thread));
    expect(input.unread).toBeNull();
    expect(input.langs[0]).toMatchObject({ lang: 'de' });
    expect(analyzeThread(input.thread, input.langs, readMessageIn).level).toBe('frustrated');
  });
  it('a short obfuscated insult told as another language is read in the customer’s language too', () => {
    const thread = [c('Hallo, ich warte seit drei Wochen auf meine Rückerstattung.'), c('h.u.r.e.n.s.o.h.n')];
    const input = toneInput(thread, threadLangs(thread));
    expect(analyzeThread(input.thread, input.langs, readMessageIn).level).toBe('abusive');
  });
  it('the panel gets a tone for a German customer, and no "tone not read" notice', () => {
    const out = lintDraft({
      draft: 'Ich verstehe Sie, ich sehe mir Ihren Fall sofort an.',
      thread: [c('DAS IST EINE FRECHHEIT, DREI WOCHEN OHNE HEIZUNG. Ich will sofort eine Antwort.')],
      site: 'demo',
      ticket: null,
      dismissed: new Set(),
    });
    expect(out.tone?.level).toBe('angry');
    expect(out.lang.toneUnread).toBeNull();
  });
});
