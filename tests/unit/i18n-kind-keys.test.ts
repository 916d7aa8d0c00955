// A rule kind's message key is one of the listed kinds' keys (lib/i18n.ts KindLabelKey): a misspelt
// key is a type error (tsc checks this file's @ts-expect-error lines), and the type spells a kind's
// key as kindLabelKey does at run time.
import { KINDS } from '@/lib/guidance/kinds';
import { kindLabelKey } from '@/lib/guidance/kinds/types';
import type { KindKeyName, KindLabelKey, MessageKey } from '@/lib/i18n';

test('the kinds’ keys are exactly the listed kinds’ labels; a misspelt or made-up one does not type-check', () => {
  expectTypeOf<KindLabelKey>().toEqualTypeOf<(typeof KINDS)[number]['label']>();
  expectTypeOf<'peKindRegex'>().toExtend<MessageKey>();
  // @ts-expect-error a misspelt kind's key
  const typo: MessageKey = 'peKindRegx';
  // @ts-expect-error any other `peKind…` string
  const other: KindLabelKey = 'peKindAnything';
  expect([typo, other]).toHaveLength(2);
  expectTypeOf<`peKind${string}`>().not.toExtend<MessageKey>();
  expect(KINDS.map((k) => k.label)).toContain('peKindRegex');
});

test('the type spells a kind’s key as kindLabelKey does', () => {
  expectTypeOf<KindKeyName<'word-count'>>().toEqualTypeOf<'WordCount'>();
  expectTypeOf<KindKeyName<'a-b2-c'>>().toEqualTypeOf<'AB2C'>();
  expectTypeOf(kindLabelKey('word-count')).toEqualTypeOf<'peKindWordCount'>();
  expect(kindLabelKey('word-count')).toBe('peKindWordCount');
  expect(kindLabelKey('a-b2-c')).toBe('peKindAB2C');
  for (const k of KINDS) expect(k.label).toBe(kindLabelKey(k.kind));
});
