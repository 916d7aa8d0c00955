import { analyzeMessage } from '@/lib/tone/analyze';
import { calmReadHot, evaluate, formatSummary } from '@/lib/tone/metrics';
import { HELDOUT_SPLITS, LONG_WORDS, TRAINING_SPLITS, loadCorpus, scoreRows } from '../../../tools/eval-tone';

describe('tone corpus (training split)', () => {
  const { report } = scoreRows(loadCorpus('train'));

  test('abusive: precision ≥ 0.95, recall ≥ 0.90', () => {
    expect(report.perClass.abusive.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.perClass.abusive.recall).toBeGreaterThanOrEqual(0.9);
  });

  test('frustrated-or-angry F1 ≥ 0.85', () => {
    expect(report.frustratedOrAngry.f1).toBeGreaterThanOrEqual(0.85);
  });

  test('the corpus has the promised size and mix', () => {
    const train = loadCorpus('train');
    const held = loadCorpus('heldout');
    expect(train.length + held.length).toBeGreaterThanOrEqual(400);
    expect(held.length).toBeGreaterThanOrEqual(100);
    const ids = new Set([...train, ...held].map((r) => r.id));
    expect(ids.size).toBe(train.length + held.length);
    // the documented split rule: ids divisible by 4 are held out
    expect(held.every((r) => Number(r.id.slice(1)) % 4 === 0)).toBe(true);
    expect(train.every((r) => Number(r.id.slice(1)) % 4 !== 0)).toBe(true);
  });
});

describe('tone corpus, second round (issue 11)', () => {
  test('the new splits have the promised size, long messages, and no id shared with any other split', () => {
    const all = [...TRAINING_SPLITS, ...HELDOUT_SPLITS].flatMap((s) => loadCorpus(s));
    expect(all.length).toBeGreaterThanOrEqual(800);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const held2 = loadCorpus('heldout2');
    expect(held2.length).toBeGreaterThanOrEqual(200);
    expect(held2.filter((r) => r.text.split(/\s+/).length >= LONG_WORDS).length).toBeGreaterThanOrEqual(60);
  });

  test('second training split: abusive precision ≥ 0.95 and recall ≥ 0.95, no calm message read angry or abusive', () => {
    const { report } = scoreRows(loadCorpus('train2'));
    expect(report.perClass.abusive.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.perClass.abusive.recall).toBeGreaterThanOrEqual(0.95);
    expect(calmReadHot(report)).toBe(0);
  });
});

describe('tone corpus, training splits (issue 11, point 5)', () => {
  test.each(TRAINING_SPLITS.filter((s) => s !== 'train'))('%s: accuracy ≥ 0.95, abusive precision and recall ≥ 0.95, no calm message read angry or abusive', (split) => {
    const { report } = scoreRows(loadCorpus(split));
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.perClass.abusive.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.perClass.abusive.recall).toBeGreaterThanOrEqual(0.95);
    expect(calmReadHot(report)).toBe(0);
  });

  test('every message read above calm shows its evidence: signals on words of the message', () => {
    const bare: string[] = [];
    for (const split of TRAINING_SPLITS)
      for (const r of loadCorpus(split)) {
        const read = analyzeMessage(r.text);
        if (read.level !== 'calm' && (read.signals.length === 0 || read.signals.some((s) => !r.text.slice(s.start, s.end).trim()))) bare.push(r.id);
      }
    expect(bare).toEqual([]);
  });
});

describe('metrics', () => {
  test('per-class scores, confusion and the combined class', () => {
    const r = evaluate([
      { actual: 'calm', predicted: 'calm' },
      { actual: 'calm', predicted: 'frustrated' },
      { actual: 'frustrated', predicted: 'angry' },
      { actual: 'angry', predicted: 'angry' },
      { actual: 'abusive', predicted: 'abusive' },
      { actual: 'abusive', predicted: 'angry' },
    ]);
    expect(r.confusion.abusive.angry).toBe(1);
    expect(r.perClass.abusive).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(r.perClass.angry.precision).toBeCloseTo(1 / 3);
    // combined: tp = frustrated→angry + angry→angry = 2; fp = calm→frustrated + abusive→angry = 2; fn = 0
    expect(r.frustratedOrAngry.precision).toBeCloseTo(0.5);
    expect(r.frustratedOrAngry.recall).toBe(1);
    expect(r.frustratedOrAngry.f1).toBeCloseTo(2 / 3);
    expect(r.accuracy).toBeCloseTo(3 / 6);
  });

  test('the summary line counts calm messages read angry or abusive', () => {
    const r = evaluate([
      { actual: 'calm', predicted: 'angry' },
      { actual: 'calm', predicted: 'abusive' },
      { actual: 'calm', predicted: 'frustrated' },
      { actual: 'abusive', predicted: 'abusive' },
    ]);
    expect(calmReadHot(r)).toBe(2);
    expect(formatSummary([['x', r]])).toMatch(/^x\s+4\s+0\.250\s+1\.000\s+0\.500\s+2$/m);
  });

  test('no predictions gives zeros, not NaN', () => {
    const r = evaluate([]);
    expect(r.perClass.calm.f1).toBe(0);
    expect(r.accuracy).toBe(0);
  });
});
