// The ready-to-copy policies in docs/policy/ stay consistent with the parser and with Chrome's
// managed_schema.json: each is read the way its browser reads it (the Chrome JSON's 3rdparty
// wrapper, the Admin console's {"Value": …}, the registry's numbered list values and DWORDs, the
// configuration profile's payload, Firefox's policies.json) and must parse with no problem.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePolicy } from '@/lib/policy/schema';

const DOCS = resolve(import.meta.dirname, '../../../docs/policy');
const read = (f: string): string => readFileSync(resolve(DOCS, f), 'utf8');
const SCHEMA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../assets/public/managed_schema.json'), 'utf8')) as Schema;
const ID = 'REPLACE_WITH_HEARD_EXTENSION_ID';

interface Schema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, Schema>;
  items?: Schema;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** The checks Chrome makes against managed_schema.json (a value failing them is dropped by Chrome). */
function schemaErrors(value: unknown, schema: Schema, path = ''): string[] {
  const at = path || '(top)';
  switch (schema.type) {
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
      return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
        const sub = schema.properties?.[k];
        return sub ? schemaErrors(v, sub, path ? `${path}.${k}` : k) : [`${path ? `${path}.` : ''}${k}: not in the schema`];
      });
    }
    case 'array':
      if (!Array.isArray(value)) return [`${at}: not a list`];
      return value.flatMap((v, i) => schemaErrors(v, schema.items!, `${path}[${i}]`));
    case 'string':
      if (typeof value !== 'string') return [`${at}: not a string`];
      return schema.pattern && !new RegExp(schema.pattern).test(value) ? [`${at}: does not match ${schema.pattern}`] : [];
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) return [`${at}: not a ${schema.type}`];
      if (schema.minimum !== undefined && value < schema.minimum) return [`${at}: below ${schema.minimum}`];
      return schema.maximum !== undefined && value > schema.maximum ? [`${at}: above ${schema.maximum}`] : [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
  }
}

function expectClean(policy: unknown, opts: { chrome: boolean }) {
  const r = parsePolicy(policy);
  expect(r.problems).toEqual([]);
  expect(r.managed).toBe(true);
  expect(r.policy.packs.map((p) => p.id)).toEqual(['acme-support-basics']);
  expect(r.policy.packUrls).toHaveLength(1);
  expect(r.policy.lockedRules).toHaveLength(3);
  expect(Object.keys(r.policy.reminders).sort()).toEqual(['remindBeforeMin', 'sameDayReply', 'timeZone', 'workdayEnd', 'workdayStart', 'workdays']);
  if (opts.chrome) expect(schemaErrors(policy, SCHEMA)).toEqual([]);
  return r.policy;
}

test('managed_schema.json is the subset Chrome takes, and its keys are exactly the policy keys', () => {
  const text = JSON.stringify(SCHEMA);
  expect(text).not.toMatch(/"(oneOf|anyOf|allOf|additionalProperties|\$schema)"/);
  expect(SCHEMA.type).toBe('object');
  const keys = Object.keys(SCHEMA.properties!);
  expect(keys.sort()).toEqual(['disallowPersonalPacks', 'lockedRules', 'packUrls', 'packs', 'reminders']);
  // Every reminder setting the parser knows is in the schema (Chrome would drop an unknown one).
  const probe = parsePolicy({ reminders: Object.fromEntries(Object.keys(SCHEMA.properties!.reminders!.properties!).map((k) => [k, null])) });
  expect(probe.problems.filter((p) => p.message.startsWith('unknown'))).toEqual([]);
});

test('chrome-linux.json: 3rdparty → extensions → <id>', () => {
  const doc = JSON.parse(read('chrome-linux.json')) as { '3rdparty': { extensions: Record<string, unknown> } };
  expect(Object.keys(doc)).toEqual(['3rdparty']);
  expect(Object.keys(doc['3rdparty'].extensions)).toEqual([ID]);
  expectClean(doc['3rdparty'].extensions[ID], { chrome: true });
});

test('google-admin-console.json: each policy as {"Value": …}', () => {
  const doc = JSON.parse(read('google-admin-console.json')) as Record<string, { Value: unknown }>;
  for (const v of Object.values(doc)) expect(Object.keys(v)).toEqual(['Value']);
  expectClean(Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, v.Value])), { chrome: true });
});

/** Reads a .reg file the way Chrome's registry loader sees the 3rdparty key: subkeys are objects or lists. */
function readReg(text: string): Record<string, unknown> {
  const keys = new Map<string, Record<string, unknown>>();
  let cur: Record<string, unknown> | null = null;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      cur = {};
      keys.set(key[1]!, cur);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value && cur) cur[value[1]!] = value[3] !== undefined ? parseInt(value[3], 16) : value[2]!.replace(/\\(.)/g, '$1');
  }
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy`;
  expect(keys.has(root)).toBe(true);
  // Chrome converts by the schema: a key whose schema is a list takes its values "1", "2"… in order; DWORD 0/1 → boolean.
  const convert = (path: string, schema: Schema): unknown => {
    const own = keys.get(path)!;
    if (schema.type === 'array') return Object.keys(own).sort((a, b) => Number(a) - Number(b)).map((k) => cast(own[k], schema.items!));
    const out: Record<string, unknown> = {};
    for (const [k, sub] of Object.entries(schema.properties!)) {
      if (keys.has(`${path}\\${k}`)) out[k] = convert(`${path}\\${k}`, sub);
      else if (k in own) out[k] = cast(own[k], sub);
    }
    return out;
  };
  const cast = (v: unknown, s: Schema): unknown => (s.type === 'boolean' && typeof v === 'number' ? v !== 0 : v);
  return convert(root, SCHEMA) as Record<string, unknown>;
}

test('chrome-windows.reg: the same policy once Chrome reads the registry', () => {
  const text = read('chrome-windows.reg');
  expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
  const fromReg = readReg(text);
  const fromJson = (JSON.parse(read('chrome-linux.json')) as { '3rdparty': { extensions: Record<string, unknown> } })['3rdparty'].extensions[ID];
  expect(fromReg).toEqual(fromJson);
  expectClean(fromReg, { chrome: true });
});

/** A plist's XML (dict, array, string, integer, true, false) as a value. */
function readPlist(xml: string): unknown {
  const tokens = xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').match(/<[^>]+>|[^<]+/g)!.map((s) => s.trim()).filter(Boolean);
  let i = 0;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const text = (close: string): string => {
    let s = '';
    while (tokens[i] !== close) s += tokens[i++];
    i++;
    return unescape(s);
  };
  const value = (): unknown => {
    const tok = tokens[i++]!;
    if (tok === '<plist version="1.0">') {
      const v = value();
      i++;
      return v;
    }
    if (tok === '<true/>' || tok === '<false/>') return tok === '<true/>';
    if (tok === '<string>') return text('</string>');
    if (tok === '<string/>') return '';
    if (tok === '<integer>') return Number(text('</integer>'));
    if (tok === '<array>') {
      const out: unknown[] = [];
      while (tokens[i] !== '</array>') out.push(value());
      i++;
      return out;
    }
    if (tok === '<dict>') {
      const out: Record<string, unknown> = {};
      while (tokens[i] !== '</dict>') {
        expect(tokens[i++]).toBe('<key>');
        const k = text('</key>');
        out[k] = value();
      }
      i++;
      return out;
    }
    throw new Error(`plist: unexpected ${tok}`);
  };
  return value();
}

test('chrome-macos.mobileconfig: a payload for the preference domain com.google.Chrome.extensions.<id>', () => {
  const profile = readPlist(read('chrome-macos.mobileconfig')) as { PayloadType: string; PayloadContent: Record<string, unknown>[] };
  expect(profile.PayloadType).toBe('Configuration');
  expect(profile.PayloadContent).toHaveLength(1);
  const payload = { ...profile.PayloadContent[0]! };
  expect(payload.PayloadType).toBe(`com.google.Chrome.extensions.${ID}`);
  // Payload* keys describe the profile; Chrome sees the rest.
  for (const k of Object.keys(payload)) if (k.startsWith('Payload')) delete payload[k];
  expectClean(payload, { chrome: true });
});

test('firefox-policies.json: policies → 3rdparty → Extensions → heard@heard-extension.org, packs as objects', () => {
  const doc = JSON.parse(read('firefox-policies.json')) as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } };
  expect(Object.keys(doc.policies['3rdparty'].Extensions)).toEqual(['heard@heard-extension.org']);
  const ff = expectClean(doc.policies['3rdparty'].Extensions['heard@heard-extension.org'], { chrome: false });
  // The same packs as Chrome's JSON-text form.
  const chrome = parsePolicy((JSON.parse(read('chrome-linux.json')) as { '3rdparty': { extensions: Record<string, unknown> } })['3rdparty'].extensions[ID]);
  expect(ff).toEqual(chrome.policy);
});

test('the Firefox id in the docs is the one in the build config', () => {
  expect(readFileSync(resolve(import.meta.dirname, '../../../wxt.config.ts'), 'utf8')).toContain("id: 'heard@heard-extension.org'");
});
