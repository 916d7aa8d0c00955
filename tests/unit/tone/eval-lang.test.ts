import { calmReadHot } from '@/lib/tone/metrics';
import { evalToneLanguages } from '../../../tools/eval-tone';
import { loadLangCorpus, predictIn, scoreLang, SPLITS } from '../../../tools/eval-tone-lang';

const LANGS = ['es', 'fr', 'de', 'pt'] as const;

describe.each(LANGS)('tone corpus in %s', (lang) => {
  test('its splits are there (train, train2, heldout; train3 in fr, de, pt; train4 … train13 in de): 84 messages each, a quarter per label (train4 … train7: 100; train8, look-alikes: 40 calm and 10 of each other label; train9, the heated levels: 15 calm, 20 frustrated, 20 angry, 25 abusive; train10, look-alikes and abuse in long letters: 25 calm, 15 frustrated, 15 angry, 25 abusive; train11, train12 and train13, general mixes: 20 of each), no id shared', () => {
    const ids = new Set<string>();
    const present = SPLITS.filter((split) => loadLangCorpus(lang, split) !== null);
    const germanOnly = (split: string): boolean => ['train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13'].includes(split);
    expect(present).toEqual(SPLITS.filter((split) => (split !== 'train3' || lang !== 'es') && (!germanOnly(split) || lang === 'de')));
    let total = 0;
    for (const split of present) {
      const rows = loadLangCorpus(lang, split)!;
      const quarter = germanOnly(split) ? 25 : 21;
      const counts = split === 'train8' ? { calm: 40, frustrated: 10, angry: 10, abusive: 10 } : split === 'train9' ? { calm: 15, frustrated: 20, angry: 20, abusive: 25 } : split === 'train10' ? { calm: 25, frustrated: 15, angry: 15, abusive: 25 } : split === 'train11' || split === 'train12' || split === 'train13' ? { calm: 20, frustrated: 20, angry: 20, abusive: 20 } : { calm: quarter, frustrated: quarter, angry: quarter, abusive: quarter };
      const size = counts.calm + counts.frustrated + counts.angry + counts.abusive;
      expect(rows).toHaveLength(size);
      for (const label of ['calm', 'frustrated', 'angry', 'abusive'] as const) expect(rows.filter((r) => r.label === label)).toHaveLength(counts[label]);
      for (const r of rows) ids.add(r.id);
      total += size;
    }
    expect(ids.size).toBe(total);
  });

  test('training split: accuracy ≥ 0.95, abusive recall and precision ≥ 0.95, no calm message read angry or abusive', () => {
    const { report } = scoreLang(lang, loadLangCorpus(lang, 'train')!);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.perClass.abusive.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.perClass.abusive.precision).toBeGreaterThanOrEqual(0.95);
    expect(calmReadHot(report)).toBe(0);
  });

  test('held-out split (totals only): never worse than when it was first read (accuracy ≥ 0.75, calm read hot ≤ 1)', () => {
    const { report } = scoreLang(lang, loadLangCorpus(lang, 'heldout')!);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.75);
    expect(calmReadHot(report)).toBeLessThanOrEqual(1);
  });

  test('before the readers, a message in the language was not read (calm)', () => {
    const rows = loadLangCorpus(lang, 'train')!.filter((r) => r.text.length > 60 && r.label === 'abusive');
    expect(rows.some((r) => predictIn(lang, r.text, true) === 'calm')).toBe(true);
  });
});

test('`npm run eval:tone` and `npm run eval:tone:lang` give each language split the same figures (both read as the background does)', () => {
  const { results } = evalToneLanguages({ heldout: false });
  expect(results.map((r) => r.lang)).toEqual([...LANGS]);
  for (const r of results) {
    const train = r.splits.find((s) => s.split === 'train')!;
    expect(train.report).toEqual(scoreLang(r.lang, loadLangCorpus(r.lang, 'train')!).report);
  }
});
