// analyzeDraft tries its blame and sarcasm expressions only at the word starts where one of their
// leads is (lib/tone/draft.ts, `collect`): the spans must be those of a global search over the
// whole draft, as matchAll found them before.
import { analyzeDraft, BLAME, SARCASM } from '@/lib/tone/draft';
import type { DraftRisk, DraftRiskKind } from '@/lib/tone/types';
import { loadCorpus } from '@/tools/eval-drafts';

/** The old way: every expression over the whole draft, no lead. */
function reference(text: string): DraftRisk[] {
  const out: DraftRisk[] = [];
  const collect = (kind: DraftRiskKind, res: readonly RegExp[]) => {
    for (const sticky of res) {
      for (const m of text.matchAll(new RegExp(sticky.source, 'gi'))) {
        const start = m.index;
        const end = start + m[0].length;
        if (!out.some((r) => r.kind === kind && r.start < end && start < r.end)) out.push({ kind, start, end });
      }
    }
  };
  if (!text.trim()) return out;
  collect('blame', BLAME);
  collect('sarcasm', SARCASM);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const toneOnly = (t: string) => analyzeDraft(t).filter((r) => r.kind === 'blame' || r.kind === 'sarcasm');

/** Every way the `i` flag and `\b` let a phrase be written, and ways they do not. */
const TRICKY = [
  'ITS YOUR FAULT. Thats your problem! Its your own mistake.',
  "Im sure you did. I'M SURE YOU'LL BE THRILLED. im sure you will be delighted",
  'Three DAYS, WOW. hours, wow! Times, wow. weeks,  wow',
  'Oh wow, another one. OH GREAT, so you did it. Gee, you forgot. brilliant, you managed',
  'xyou should have; _you should have; 9you should have; you should have; (you should have)',
  'Per my last email, as I said, like I already told you, AS PREVIOUSLY STATED, as  i  mentioned',
  'Obviously, you did. clearly the instructions. IF YOU SAY SO. nice try. bless your heart. What a surprise. happy now? Congratulations on',
  'Not rocket science; not sure what you expected; what did you expect; most people manage; quite the wait',
  'Which you would know if. You were told. You need to read. please read my previous. If you had read.',
  'thanks for nothing. Thanks for your patience, I guess. Good luck with that. With all due respect.',
  'You ſhould have. You \u212Aeep. you\u00a0should\u00a0have. youshould have. you should haven\'t',
  'As you surely know, as you obviously know; i\u2019m sure you did; it\u2019s your fault',
  'sure you did sure you did sure you did. good luck with that good luck with that',
  'İt is your fault. ıt is your fault. It is your fault.',
];

describe('analyzeDraft: blame and sarcasm from the leads only', () => {
  test('every lead-only span is the whole-draft search span, on the tricky texts and their cases', () => {
    for (const t of TRICKY) {
      for (const v of [t, t.toUpperCase(), t.toLowerCase(), t.replace(/ /g, '\n'), `x${t}`]) expect(toneOnly(v)).toEqual(reference(v));
    }
    // The tricky texts do find something (a test that could not fail otherwise).
    expect(TRICKY.map(toneOnly).every((r) => r.length > 0)).toBe(true);
  });

  test('same spans on the training drafts, one by one and joined as long drafts', () => {
    const drafts = loadCorpus('train').map((r) => r.draft);
    let found = 0;
    for (const d of drafts) {
      const r = toneOnly(d);
      found += r.length;
      expect(r).toEqual(reference(d));
    }
    expect(found).toBeGreaterThan(10);
    for (let i = 0; i < drafts.length; i += 20) {
      const long = drafts.slice(i, i + 20).join(' ');
      expect(toneOnly(long)).toEqual(reference(long));
    }
  });
});
