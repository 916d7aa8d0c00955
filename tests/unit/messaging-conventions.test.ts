// Each message is one definition (lib/messaging/define.ts) and each message the background answers
// has exactly one handler (entrypoints/background/handlers.ts). This test fails when a definition
// lacks a schema, when its name's prefix does not say its direction, when its senders are wider than
// its direction allows, or when a message has no handler or two.
import * as z from 'zod/mini';
import { DIRECTION_SENDERS, MESSAGES, type MessageDef } from '@/lib/messaging';
import { message } from '@/lib/messaging/define';
import { handlerTables } from '@/entrypoints/background/handlers';
import type { Sites } from '@/entrypoints/background/sites';

const isSchema = (s: unknown): boolean =>
  typeof s === 'object' && s !== null && '_zod' in s && typeof (s as { safeParse?: unknown }).safeParse === 'function';

/** What is wrong with a set of definitions and the background's handler tables (empty: nothing). */
function conventionProblems(defs: Record<string, Partial<MessageDef>>, tables: Record<string, Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string[]>();
  for (const [area, table] of Object.entries(tables)) {
    for (const name of Object.keys(table)) owners.set(name, [...(owners.get(name) ?? []), area]);
  }
  for (const [name, def] of Object.entries(defs)) {
    if (!isSchema(def.payload)) problems.push(`${name}: no payload schema`);
    if (!isSchema(def.reply)) problems.push(`${name}: no reply schema`);
    const dir = def.dir;
    if (!dir || !(dir in DIRECTION_SENDERS)) {
      problems.push(`${name}: no direction`);
      continue;
    }
    if (!name.startsWith(`${dir}:`)) problems.push(`${name}: its prefix does not say its direction (${dir})`);
    const allowed = DIRECTION_SENDERS[dir];
    if (!def.from?.length) problems.push(`${name}: no sender`);
    for (const kind of def.from ?? []) if (!allowed.includes(kind)) problems.push(`${name}: sender ${kind} does not send ${dir}:*`);
    const areas = owners.get(name) ?? [];
    const answered = dir === 'cs' || dir === 'ui';
    if (answered && areas.length === 0) problems.push(`${name}: no handler`);
    if (answered && areas.length > 1) problems.push(`${name}: two handlers (${areas.join(', ')})`);
    if (!answered && areas.length > 0) problems.push(`${name}: the background does not answer ${dir}:* (${areas.join(', ')})`);
  }
  for (const [name, areas] of owners) if (!Object.hasOwn(defs, name)) problems.push(`${name}: a handler (${areas.join(', ')}) of no message`);
  return problems;
}

const tables = handlerTables({ packsReady: Promise.resolve(), sites: {} as Sites });

test('every message is one definition with both schemas and a prefix that says its direction, and has one handler', () => {
  expect(conventionProblems(MESSAGES, tables)).toEqual([]);
  // The four directions are all in use, and the background answers every cs: and ui: message.
  const names = Object.keys(MESSAGES);
  for (const dir of ['cs', 'ui', 'tab', 'push']) expect(names.some((n) => n.startsWith(`${dir}:`))).toBe(true);
  expect(Object.values(tables).reduce((n, t) => n + Object.keys(t).length, 0)).toBe(names.filter((n) => /^(cs|ui):/.test(n)).length);
});

test('the check reports a missing handler, a second handler, a missing schema, a wrong prefix and a wider sender', () => {
  const ok = message('ui', 'extension-page', z.object({}), z.void());
  const defs: Record<string, Partial<MessageDef>> = {
    'ui:a': ok,
    'ui:b': ok,
    'ui:c': { ...ok, reply: undefined },
    'cs:d': ok,
    'ui:e': { ...ok, from: ['content'] },
    'push:f': message('push', 'background', z.object({}), z.void()),
    'ui:g': { dir: 'ui', from: ['extension-page'], reply: z.void() },
  };
  const h = () => undefined;
  const bad = { one: { 'ui:a': h, 'ui:c': h, 'cs:d': h, 'ui:e': h, 'push:f': h, 'ui:g': h, 'ui:gone': h }, two: { 'ui:a': h } };
  expect(conventionProblems(defs, bad)).toEqual([
    'ui:a: two handlers (one, two)',
    'ui:b: no handler',
    'ui:c: no reply schema',
    'cs:d: its prefix does not say its direction (ui)',
    'ui:e: sender content does not send ui:*',
    'push:f: the background does not answer push:* (one)',
    'ui:g: no payload schema',
    'ui:gone: a handler (one) of no message',
  ]);
});

test('senders: the content script sends cs:, extension pages ui: (the framed panel only where allowed), the background tab: and push:', () => {
  const from = (name: keyof typeof MESSAGES): readonly string[] => MESSAGES[name].from;
  expect(from('cs:lint')).toEqual(['content']);
  expect(from('cs:recipes:save')).toEqual(['content']);
  expect(from('ui:data:wipe')).toEqual(['extension-page']);
  expect(from('ui:callbacks:list')).toEqual(['extension-page']);
  expect(from('ui:callbacks:note')).toEqual(['extension-page', 'panel']);
  expect(from('tab:insert')).toEqual(['background']);
  expect(from('push:changed')).toEqual(['background']);
});
