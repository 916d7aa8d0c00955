// Rules that overrun their share of the lint budget are suspended for the browser session (issue 14).
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { newBudget } from '@/lib/guidance/engine';
import { listRules } from '@/entrypoints/background/packs';
import { lintDraft } from '@/entrypoints/background/guidance';
import {
  LINT_BUDGET_MS,
  RULE_SHARE_MS,
  SUSPENDED_KEY,
  loadSuspended,
  noteBudget,
  resetSuspensions,
  suspendedRules,
} from '@/entrypoints/background/suspension';

beforeEach(() => resetSuspensions());

const overrun = (id: string, ms: number) => {
  const b = newBudget(LINT_BUDGET_MS, RULE_SHARE_MS, suspendedRules());
  b.overran.push({ id, ms });
  return noteBudget(b);
};

test('three overruns in a row suspend; a lint in which the rule kept its share clears its strikes', async () => {
  const id = 'heard-default/dont-know';
  // Strikes scattered over a session (a busy machine descheduling the worker now and then) never add up.
  for (let i = 0; i < 10; i++) {
    expect(overrun(id, LINT_BUDGET_MS + 100)).toEqual([]);
    expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([]);
    expect(overrun('heard-default/other', RULE_SHARE_MS + 1)).toEqual([]); // a lint where dont-know kept its share
  }
  expect(suspendedRules().has(id)).toBe(false);
  // A lint cut short for time proves nothing about the rules it did not reach: strikes are kept.
  const cut = newBudget(LINT_BUDGET_MS, RULE_SHARE_MS, suspendedRules());
  cut.cut = true;
  resetSuspensions();
  expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([]);
  expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([]);
  expect(noteBudget(cut)).toEqual([]);
  expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([id]);
  expect(overrun('heard-default/jargon', LINT_BUDGET_MS + 1)).toEqual([]);
  await vi.waitFor(async () => expect((await fakeBrowser.storage.session.get(SUSPENDED_KEY))[SUSPENDED_KEY]).toEqual([id]));
});

test('a suspended rule stops firing, is listed as suspended, and the panel gets its title', () => {
  const draft = "I don't know what happened to your order";
  const before = lintDraft({ draft, thread: [], site: 'demo', ticket: null, dismissed: new Set() });
  expect(before.hints.map((h) => h.ruleId)).toContain('dont-know');
  expect(before.slow).toEqual([]);
  for (let i = 0; i < 3; i++) overrun('heard-default/dont-know', LINT_BUDGET_MS + 1);
  const after = lintDraft({ draft: `${draft}.`, thread: [], site: 'demo', ticket: null, dismissed: new Set() });
  expect(after.hints.map((h) => h.ruleId)).not.toContain('dont-know');
  expect(after.slow).toContain('A dead-end "I don\'t know"');
  expect(listRules().find((r) => r.id === 'heard-default/dont-know')).toMatchObject({ suspended: true });
  expect(listRules().find((r) => r.id === 'heard-default/jargon')?.suspended).toBeUndefined();
});

test('a worker restarted in the same browser session reads the suspensions back', async () => {
  await fakeBrowser.storage.session.set({ [SUSPENDED_KEY]: ['team/slow-rule', 42] });
  resetSuspensions();
  await loadSuspended();
  // loadSuspended reads once per worker start; the module was loaded fresh for this file.
  expect([...suspendedRules()].filter((id) => id === 'team/slow-rule').length).toBeLessThanOrEqual(1);
});

describe('a lint cut short by a stall runs once more', () => {
  const draft = "I don't know, it's our policy. As I said, we can't do that. Calm down, I'll get back to you soon.";
  const base = { draft, thread: [], site: 'demo', ticket: null, dismissed: new Set<string>() };
  /** A clock that moves 0.01 ms per read, and jumps `by` ms at the reads `at` holds (counted over the whole test). */
  const clock = (at: ReadonlySet<number>, by: number) => {
    let reads = 0;
    let t = 0;
    const now = () => {
      reads++;
      t += at.has(reads) ? by : 0.01;
      return t;
    };
    return { now, reads: () => reads };
  };

  test('the worker taken away mid-lint: the rep still gets every hint, and the stall suspends nothing', () => {
    lintDraft(base); // warm: the first lint after a compile runs without a budget
    const whole = lintDraft({ ...base, now: clock(new Set(), 0).now }).hints.map((h) => h.id);
    expect(whole.length).toBeGreaterThanOrEqual(4);
    // A 60 ms stall at the third read: the rules after it were never tried.
    for (let i = 0; i < 3; i++) {
      const stalled = lintDraft({ ...base, now: clock(new Set([3]), 60).now }).hints.map((h) => h.id);
      expect(stalled).toEqual(whole);
    }
    expect(suspendedRules().size).toBe(0);
  });

  test('a stall before the first rule too', () => {
    lintDraft(base);
    const whole = lintDraft({ ...base, now: clock(new Set(), 0).now }).hints.map((h) => h.id);
    expect(lintDraft({ ...base, now: clock(new Set([2]), 60).now }).hints.map((h) => h.id)).toEqual(whole);
  });

  test('bounded: a lint that stalls again is not run a third time', () => {
    lintDraft(base);
    const c = clock(new Set(Array.from({ length: 1000 }, (_, i) => i * 3 + 3)), 60);
    const out = lintDraft({ ...base, now: c.now });
    // Two lints, each cut at its first long step: a handful of reads, and fewer hints than a whole lint.
    expect(c.reads()).toBeLessThan(12);
    expect(out.hints.length).toBeLessThan(4);
  });

  test('many steps that each keep their share add up to a cut without a retry (heavy packs stay bounded)', () => {
    lintDraft(base);
    // Every read 2 ms apart: past the 50 ms budget after ~25 of the pack's rules, no step near half of it.
    let t = 0;
    let reads = 0;
    const out = lintDraft({ ...base, now: () => (reads++, (t += 2)) });
    expect(reads).toBeGreaterThan(LINT_BUDGET_MS / 2);
    expect(reads).toBeLessThanOrEqual(LINT_BUDGET_MS / 2 + 3);
    const whole = lintDraft({ ...base, now: clock(new Set(), 0).now });
    expect(out.hints.length).toBeLessThanOrEqual(whole.hints.length);
  });
});

describe('a lint cut for time is taken up by the next lint of the same input', () => {
  const draft = "I don't know, it's our policy. As I said, we can't do that. Calm down, I'll get back to you soon.";
  const base = { draft, thread: [], site: 'demo', ticket: null, dismissed: new Set<string>() };
  /** Every read 6 ms on: a lint is cut after about 8 rules, and no step is a stall. */
  const STEP = 6;
  const busy = () => {
    let t = 0;
    return () => (t += STEP);
  };

  test('a busy machine: the rep gets every hint within a few lints of the same draft, each within the budget', () => {
    lintDraft(base);
    const whole = lintDraft(base).hints.map((h) => h.id);
    let out = lintDraft({ ...base, now: busy() });
    expect(out.rest).toBeDefined();
    const first = out.hints.length;
    expect(first).toBeLessThan(whole.length);
    let lints = 1;
    while (out.rest) {
      const reads = { n: 0 };
      const now = busy();
      out = lintDraft({ ...base, rest: out.rest, now: () => (reads.n++, now()) });
      // Within the budget: about 8 reads of the busy clock per lint, as the first.
      expect(reads.n).toBeLessThanOrEqual(LINT_BUDGET_MS / STEP + 3);
      lints++;
      expect(lints).toBeLessThan(20);
    }
    expect(lints).toBeGreaterThan(1);
    expect(out.hints.map((h) => h.id)).toEqual(whole);
    expect(suspendedRules().size).toBe(0);
  });

  test('another draft, thread, site or channel starts over: a rest is only for its own input', () => {
    lintDraft(base);
    const cut = lintDraft({ ...base, now: busy() });
    expect(cut.rest).toBeDefined();
    const other = `${draft} Thanks.`;
    const whole = lintDraft({ ...base, draft: other }).hints.map((h) => h.id);
    // Taken up for another draft, the first slice's hints would be this draft's: started over, it
    // finds the other draft's (a fresh lint without a rest cut at the same place).
    for (const changed of [
      { draft: other },
      { thread: [{ role: 'customer' as const, text: 'Where is my parcel?' }] },
      { site: 'zendesk' },
      { ticket: { key: 'demo:1', link: 'https://help.example.com/1', channel: 'chat' as const } },
    ]) {
      const fresh = lintDraft({ ...base, ...changed, now: busy() });
      const taken = lintDraft({ ...base, ...changed, rest: cut.rest, now: busy() });
      expect(taken.hints.map((h) => h.id)).toEqual(fresh.hints.map((h) => h.id));
      expect(taken.rest?.part.next).toBe(fresh.rest?.part.next);
    }
    expect(whole.length).toBeGreaterThan(0);
  });

  test('a lint taken up clears no strikes: it did not try the rules before it', () => {
    const id = 'heard-default/dont-know';
    overrun(id, RULE_SHARE_MS + 1);
    overrun(id, RULE_SHARE_MS + 1);
    const taken = newBudget(LINT_BUDGET_MS, RULE_SHARE_MS, suspendedRules());
    expect(noteBudget(taken, false)).toEqual([]);
    expect(overrun(id, RULE_SHARE_MS + 1)).toEqual([id]);
  });
});
