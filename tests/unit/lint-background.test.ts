// cs:lint answers first and does its bookkeeping after (issue 16, point 2): the content script's
// reply waits neither for the tab state (its storage copy, the panel's push), nor the room, nor a
// database write; a read of the tab right after the reply (the card at the words) already sees it.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { lintHandlers, type LintDeps } from '@/entrypoints/background/lint';
import { readRoom, readTabState } from '@/entrypoints/background/tabs';
import type { LintResult, Messages } from '@/lib/messaging';
import type { Handler } from '@/lib/messaging/define';

const thread = [
  { role: 'customer' as const, text: 'This is the THIRD time I am contacting you and NOBODY has fixed it. I want to speak to a manager.' },
];
let tabId = 100;

function setup(over: Partial<LintDeps> = {}) {
  const deps = {
    dismissed: vi.fn(async () => []),
    openCallbacks: vi.fn(async () => []),
    countShown: vi.fn(async () => {}),
    conversationSeen: vi.fn(async () => {}),
    ...over,
  } satisfies LintDeps;
  const lint = lintHandlers(Promise.resolve(), deps)['cs:lint'] as Handler<Messages['cs:lint']>;
  const id = ++tabId;
  const sender = { tab: { id: id }, frameId: 0 } as Browser.runtime.MessageSender;
  const send = (draft: string): Promise<LintResult> =>
    Promise.resolve(
      lint({ site: 'demo', ticket: { key: `demo:x:${id}`, link: 'https://help.example.com/1' }, draft, thread, trusted: true }, sender) as Promise<LintResult>,
    );
  return { deps, send, id };
}

beforeEach(() => fakeBrowser.reset());

test('the reply comes before the bookkeeping: no tab state written, no count, no reminder yet; then all of it', async () => {
  const set = vi.spyOn(fakeBrowser.storage.session, 'set');
  const { deps, send, id } = setup();
  const reply = await send("I don't know what happened to your order");
  expect(reply.count).toBeGreaterThan(0);
  // At the reply nothing of the bookkeeping has run (the old order wrote the tab state first).
  expect(set).not.toHaveBeenCalled();
  expect(deps.countShown).not.toHaveBeenCalled();
  expect(deps.conversationSeen).not.toHaveBeenCalled();
  // Then it runs: the tab state and room (memory and storage.session), the counts, the reminder.
  await vi.waitFor(() => expect(set).toHaveBeenCalledWith(expect.objectContaining({ [`tab:${id}`]: expect.anything(), [`room:${id}`]: expect.anything() })));
  expect(deps.countShown).toHaveBeenCalled();
  expect(deps.conversationSeen).toHaveBeenCalledTimes(1);
  expect((await readTabState(id))?.hints.length).toBe(reply.count);
  expect((await readRoom(id))?.triggered).toContain('de-escalation');
});

test('a slow database write does not delay the reply, nor the next lint\'s', async () => {
  // A count that never finishes (a database stuck behind another page's upgrade).
  const { send, deps } = setup({ countShown: vi.fn(() => new Promise<never>(() => {})) });
  const started = performance.now();
  expect((await send("I don't know what happened to your order")).count).toBeGreaterThan(0);
  await vi.waitFor(() => expect(deps.countShown).toHaveBeenCalled());
  expect((await send("I don't know. Let me check with a colleague.")).count).toBeGreaterThan(0);
  expect(performance.now() - started).toBeLessThan(5_000);
});

test('a read of the tab right after the reply (the card at the words) sees this lint, not the one before', async () => {
  const { send, id } = setup();
  await send('Thanks for waiting.');
  await vi.waitFor(async () => expect(await readTabState(id)).not.toBeNull());
  const reply = await send("I don't know what happened to your order");
  const state = await readTabState(id);
  expect(state?.hints.length).toBe(reply.count);
  expect(state?.hints.map((h) => h.ruleId)).toContain('dont-know');
});

test('a lint cut for time answers `more`; the same draft again goes on where it stopped, and the tab ends with every hint', async () => {
  const draft = "Dear customer, as I said, per our policy we can't refund opened items. Obviously you should have read the terms. Please calm down.";
  const { send, id } = setup();
  const whole = await send(draft); // the first lint after a compile runs whole, unmeasured
  expect(whole.more).toBeUndefined();
  await send(`${draft} `); // (measured from here on)
  // A busy machine: every clock read 6 ms on, so a lint's 50 ms cover about 8 rules.
  let t = 0;
  const clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += 6));
  try {
    let reply = await send(draft);
    expect(reply.more).toBe(true);
    expect(reply.count).toBeLessThan(whole.count);
    // The panel's view says so (tests of the panel wait for a whole lint).
    expect((await readTabState(id))?.partial).toBe(true);
    let lints = 1;
    while (reply.more && lints < 20) {
      reply = await send(draft);
      lints++;
    }
    expect(reply.more).toBeUndefined();
    expect((await readTabState(id))?.partial).toBeUndefined();
    expect(lints).toBeGreaterThan(1);
    expect(reply.ranges).toEqual(whole.ranges);
    expect(reply.count).toBe(whole.count);
    // Another draft starts over: cut again.
    expect((await send(`${draft} Thanks.`)).more).toBe(true);
  } finally {
    clock.mockRestore();
  }
  // The draft taken up after the other one: the panel's tab state ends with every hint.
  let t2 = 0;
  const again = vi.spyOn(performance, 'now').mockImplementation(() => (t2 += 6));
  try {
    let reply = await send(draft);
    for (let n = 0; reply.more && n < 20; n++) reply = await send(draft);
    expect(reply.count).toBe(whole.count);
  } finally {
    again.mockRestore();
  }
  await vi.waitFor(async () => expect((await readTabState(id))?.hints.length).toBe(whole.count));
});
