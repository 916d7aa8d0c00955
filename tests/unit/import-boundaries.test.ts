/**
 * The import boundaries in eslint.config.js (docs/architecture.md) fire where they should: each
 * case lints one import line as if it sat in a file of that place, with the project's own config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? []).filter((m) => /no-restricted-imports/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['lib/ never imports entrypoints/', 'lib/guidance/x.ts', "import { x } from '@/entrypoints/background/db';", /lib\/ never imports entrypoints\/ or components\//],
    ['lib/ never imports components/', 'lib/stores/x.ts', "import { x } from '../../components/options/download';", /lib\/ never imports entrypoints\/ or components\//],
    ['the content script: no React', 'entrypoints/content/x.ts', "import { x } from 'react';", /No React in the content script/],
    ['the content script: no Dexie', 'entrypoints/content/x.ts', "import { x } from 'dexie';", /The database lives in the extension origin only/],
    ['the content script: no full zod', 'entrypoints/content/x.ts', "import { x } from 'zod';", /zod\/mini/],
    ['the content script: no module built on full zod', 'entrypoints/content/x.ts', "import { x } from '@/lib/guidance/kinds/parts';", /built on full zod/],
    ['the content script: no database store', 'entrypoints/content/x.ts', "import { x } from '@/lib/db/callbacks';", /database, UI and stores belong to extension pages/],
    ['the content script: message definitions as types only', 'entrypoints/content/x.ts', "import { x } from '@/lib/messaging/protocol';", /types only/],
    ['a page: no database', 'components/options/X.tsx', "import { x } from 'dexie';", /never open the database/],
    ['a page: no table store', 'components/options/X.tsx', "import { x } from '@/lib/db/incidents';", /every write goes through the background/],
    ['a page entrypoint: no table store', 'entrypoints/options/x.ts', "import { x } from '@/lib/db/callbacks';", /every write goes through the background/],
    ['a page: no background code', 'components/Popup.tsx', "import { x } from '@/entrypoints/background/db';", /only through messages/],
    ['a component: no sendMessage (stores only)', 'components/options/X.tsx', "import { sendMessage as x } from '@/lib/messaging';", /only through stores/],
    ['a component: no receive (stores only)', 'components/sites/X.tsx', "import { receive as x } from '@/lib/messaging/index';", /only through stores/],
    ['a page entrypoint: no sendMessage (stores only)', 'entrypoints/popup/x.tsx', "import { sendMessage as x } from '../../lib/messaging';", /only through stores/],
    ['the picker: no sendMessage (stores only)', 'entrypoints/picker/x.ts', "import { sendMessage as x } from '@/lib/messaging/content';", /only through stores/],
  ])('%s', async (_name, file, code, message) => {
    const found = await problems(file, code);
    expect(found.some((m) => message.test(m)), `${file}: ${code} → ${JSON.stringify(found)}`).toBe(true);
  });

  it.each([
    ['lib/ imports lib/', 'lib/guidance/x.ts', "import { x } from '../values';"],
    ['the content script imports zod/mini and a type', 'entrypoints/content/x.ts', "import { x } from 'zod/mini';\nimport type { Messages } from '@/lib/messaging/protocol';"],
    ['a page imports a store, message shapes and a row type', 'components/options/X.tsx', "import { x } from '@/lib/stores/incidents';\nimport { type Dock, DockSchema } from '@/lib/messaging';\nimport type { CallbackRow } from '@/lib/db/rows';"],
    ['a store sends messages', 'lib/stores/x.ts', "import { sendMessage as x } from '@/lib/messaging';"],
  ])('allows: %s', async (_name, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
