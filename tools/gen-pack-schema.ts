/**
 * `npm run schema:gen`: writes assets/guidance-pack.schema.json from the zod schema, so editors
 * can validate and autocomplete packs (`"$schema": "…/guidance-pack.schema.json"`).
 * A unit test fails when the committed file differs from `generatePackSchema()`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

import {
  BoundaryPolicySchema,
  CaseSchema,
  ChecklistSchema,
  MatcherSchema,
  PackSchema,
  RuleContextSchema,
  RuleSchema,
} from '../lib/guidance/schema';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'guidance-pack.schema.json');

/** The JSON Schema text: pretty-printed, with a trailing newline. */
export function generatePackSchema(): string {
  // Named definitions for the parts a pack repeats (a local registry: nothing global is touched).
  const names = z.registry<{ id?: string; title?: string; description?: string }>();
  names.add(MatcherSchema, { id: 'Matcher', description: 'Phrases and/or a regular expression; either may match.' });
  names.add(RuleContextSchema, { id: 'RuleContext', description: 'Conditions on the conversation; all given must hold.' });
  names.add(CaseSchema, { id: 'Case', description: 'A test draft, alone or with its thread and context.' });
  names.add(RuleSchema, { id: 'Rule' });
  names.add(ChecklistSchema, { id: 'Checklist' });
  names.add(BoundaryPolicySchema, { id: 'BoundaryPolicy' });
  names.add(PackSchema, {
    title: 'Heard guidance pack',
    description:
      'Rules, checklists and a boundary policy for support reps, read by the Heard extension. Some checks (regex safety, no HTML, unique ids) are enforced only by the app and `npm run pack:check`.',
  });
  const schema = z.toJSONSchema(PackSchema, { io: 'input', target: 'draft-2020-12', metadata: names });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, generatePackSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
