import { analyzeDraft } from '@/lib/tone/draft';
import type { DraftRiskKind } from '@/lib/tone/types';

const risks = (t: string): DraftRiskKind[] => analyzeDraft(t).map((r) => r.kind);
const spans = (t: string, kind: DraftRiskKind): string[] => analyzeDraft(t).filter((r) => r.kind === kind).map((r) => t.slice(r.start, r.end));

describe('analyzeDraft', () => {
  test.each([
    ['You should have read the instructions before installing it.', 'You should have'],
    ["As I already said, the refund takes five days.", 'As I already said'],
    ["You didn't read my last email.", "You didn't read"],
    ['It is your responsibility to check the address.', 'It is your responsibility'],
    ['Like I said, we need the receipt.', 'Like I said'],
    ['If you had followed the guide this would not happen.', 'If you had followed'],
  ])('blame: %s', (draft, words) => {
    expect(spans(draft, 'blame')).toContain(words);
  });

  test.each([
    ['Good luck with that.', 'Good luck with that'],
    ["I'm sure you did read the manual.", "I'm sure you did"],
    ['Wow, another ticket about the same thing.', 'Wow, another'],
    ["It's not rocket science.", 'not rocket science'],
    ['With all due respect, the manual covers this.', 'With all due respect'],
  ])('sarcasm: %s', (draft, words) => {
    expect(spans(draft, 'sarcasm')).toContain(words);
  });

  test.each([
    ['PLEASE READ THE INSTRUCTIONS.', 'PLEASE READ THE INSTRUCTIONS'],
    ['We CANNOT refund this, I HAVE TOLD YOU.', 'CANNOT refund this, I HAVE TOLD YOU'],
    ['DO NOT RESTART THE ROUTER AGAIN', 'DO NOT RESTART THE ROUTER AGAIN'],
    ['That is NOT what I SAID and NOT what we OFFER.', 'NOT what I SAID and NOT what we OFFER'],
  ])('all-caps: %s', (draft, words) => {
    expect(spans(draft, 'all-caps')).toEqual([words]);
  });

  test.each(['No.', "We can't do that.", "We don't do refunds on sale items.", 'Sorry, that is not possible.', 'Unfortunately we cannot refund used items.', "That's against our policy.", 'Hi Sam, no.'])(
    'cold refusal: %s',
    (draft) => {
      expect(risks(draft)).toContain('cold-refusal');
    },
  );

  test('a cold refusal has at most 18 words, whatever the spaces between them', () => {
    const words = (n: number) => `We cannot refund ${Array.from({ length: n - 3 }, () => 'it').join(' \u00a0\t')}.`;
    expect(risks(words(18))).toContain('cold-refusal');
    expect(risks(words(19))).not.toContain('cold-refusal');
    expect(risks(`  ${words(18)}\n`)).toContain('cold-refusal');
  });

  test.each([
    "We can't refund this, but I can offer a replacement by Friday.",
    "Unfortunately that's not possible. What I can do is extend the warranty.",
    "No problem at all, I'll send the label now.",
    "I'm sorry about the delay. Your parcel left the depot this morning and should arrive tomorrow.",
    'Thanks Maria, I have updated the address on ORD-55821 and the USB cable ships today.',
    'I checked with the HDMI team and the XR-200 supports 4K at 60 Hz.',
    'You should receive the refund within five working days.',
    'Could you send a photo of the label? Then I can log the claim for you.',
    // Not knowing is not refusing (the guidance engine's own rule covers it).
    "I don't know what happened to your order",
    'We do not have any idea yet.',
    '',
  ])('clean draft: %s', (draft) => {
    expect(analyzeDraft(draft)).toEqual([]);
  });

  test('risks are sorted and point into the draft', () => {
    const d = 'As I said, NO REFUNDS WILL BE GIVEN. Good luck with that.';
    const r = analyzeDraft(d);
    expect(r.map((x) => x.start)).toEqual([...r.map((x) => x.start)].sort((a, b) => a - b));
    for (const x of r) expect(x.end).toBeGreaterThan(x.start);
    expect(risks(d)).toEqual(expect.arrayContaining(['blame', 'all-caps', 'sarcasm']));
  });
});

describe('draft.ts stays small for the content script', () => {
  test('imports neither obscenity, sentiment nor zod', async () => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync('lib/tone/draft.ts', 'utf8') + readFileSync('lib/tone/caps.ts', 'utf8');
    const imports = [...src.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(imports.every((i) => i?.startsWith('./'))).toBe(true);
  });
});
