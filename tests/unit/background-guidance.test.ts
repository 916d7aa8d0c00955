import { lintDraft, threadHash, toneOf, worstOf } from '@/entrypoints/background/guidance';
import type { ThreadMessage } from '@/lib/adapters/types';

const calm: ThreadMessage[] = [{ role: 'customer', text: 'Hello! Could you tell me when my order #4410 will ship? Thanks, Ana' }];
const angry: ThreadMessage[] = [
  { role: 'customer', text: 'This is the THIRD time I am contacting you and NOBODY has fixed it.' },
  { role: 'agent', text: 'Per our policy, refunds take 5-7 business days.' },
  { role: 'customer', text: 'That policy does not apply here. I want to speak to a manager.' },
];

test('"I don\'t know what happened to your order" on a calm thread is one hint: the dead-end rule', () => {
  const out = lintDraft({ draft: "I don't know what happened to your order", thread: calm, site: 'demo', ticket: null, dismissed: new Set() });
  expect(out.hints.map((h) => h.ruleId)).toEqual(['dont-know']);
  expect(out.hints[0]?.ranges).toEqual([{ start: 0, end: 12 }]);
  expect(worstOf(out.hints)).toBe('warn');
  expect(out.tone?.level).toBe('calm');
});

test('an empty draft while the customer waits gets the "reply today" hint', () => {
  const out = lintDraft({ draft: '', thread: calm, site: 'demo', ticket: null, dismissed: new Set() });
  expect(out.hints.map((h) => h.ruleId)).toEqual(['unanswered-customer']);
});

test('dismissed hints stay dismissed for the conversation', () => {
  const out = lintDraft({
    draft: "I don't know what happened to your order",
    thread: calm,
    site: 'demo',
    ticket: null,
    dismissed: new Set(['heard-default/dont-know']),
  });
  expect(out.hints).toEqual([]);
});

test('the customer\'s tone feeds the rules: a supervisor request ignored by the draft is flagged', () => {
  const out = lintDraft({ draft: 'Refunds are processed within 5-7 business days.', thread: angry, site: 'demo', ticket: null, dismissed: new Set() });
  expect(toneOf(angry)?.level).toMatch(/angry|frustrated/);
  expect(out.hints.map((h) => h.ruleId)).toEqual(expect.arrayContaining(['supervisor-request']));
});

test('the tone cache is keyed on the whole thread: the same first words and lengths with a different rest are analysed again', () => {
  const head = 'Hello, about my order number 4410 placed on Monday:';
  const calmTail = ' could you tell me when it ships? Thank you so much.';
  const angryTail = ' THIS IS A JOKE. WORST SERVICE EVER, I AM FURIOUS!!!';
  expect(calmTail.length).toBe(angryTail.length);
  const a: ThreadMessage[] = [{ role: 'customer', text: head + calmTail }];
  const b: ThreadMessage[] = [{ role: 'customer', text: head + angryTail }];
  expect(toneOf(a)?.level).toBe('calm');
  expect(toneOf(b)?.level).not.toBe('calm');
  // The same thread again (a new array, as each lint brings) is a hit: the very same state.
  expect(toneOf([{ ...a[0]! }])).toBe(toneOf(a));
  expect(threadHash(a)).not.toBe(threadHash(b));
  expect(threadHash([{ role: 'agent', text: a[0]!.text }])).not.toBe(threadHash(a));
});
