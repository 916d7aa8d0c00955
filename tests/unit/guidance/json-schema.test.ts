import { readFileSync } from 'node:fs';

import { generatePackSchema, SCHEMA_PATH } from '../../../tools/gen-pack-schema';

test('assets/guidance-pack.schema.json is up to date (run `npm run schema:gen`)', () => {
  expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(generatePackSchema());
});

test('the JSON Schema describes the pack format', () => {
  const schema = JSON.parse(generatePackSchema());
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'name', 'version', 'rules']));
  expect(schema.properties.rules.maxItems).toBe(2000);
  expect(generatePackSchema().endsWith('}\n')).toBe(true);
});
