import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const STORES_ONLY = 'UI talks to the background only through stores (lib/stores/*): call or add a store function there, with its transport, instead of sending a message from a component.';

export default tseslint.config(
  { ignores: ['.output/', '.output-*/', '.wxt/', 'node_modules/', 'tests/fixtures/**/*.js', 'tests/fixtures/**/vendor/', 'tests/fixtures/editors/.scratch/', 'tests/fixtures/editors/dist/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { defineBackground: 'readonly', defineContentScript: 'readonly' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Pack and customer text is rendered as text: no HTML sinks, no code from strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent or React, never HTML.' },
        { property: 'outerHTML', message: 'Render text with textContent or React, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text with textContent or React, never HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Pack text renders as text.' },
      ],
    },
  },
  // Import boundaries (docs/architecture.md): lib/ is pure logic that the entrypoints and the UI use,
  // never the other way round.
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/entrypoints/*', '**/entrypoints/*', '@/components/*', '**/components/*'], message: 'lib/ never imports entrypoints/ or components/.' },
          ],
        },
      ],
    },
  },
  // The content script's side of the protocol (lib/messaging/content.ts, wire.ts) takes the message
  // definitions as types only: their schemas, @webext-core/messaging and the rest of the protocol stay
  // out of the bundle every helpdesk page loads.
  {
    files: ['entrypoints/content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/lib/messaging(/(index|protocol|callbacks|room|packs|data|policy|stats|sites|card|dock|recipes|define|to-content|panel-view))?$',
              allowTypeImports: true,
              message: 'The content script imports message definitions as types only (lib/messaging/content.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/messaging/content.ts', 'lib/messaging/wire.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\./(index|protocol|callbacks|room|packs|data|policy|stats|sites|card|dock|recipes|define|to-content|panel-view)$',
              allowTypeImports: true,
              message: 'The content script imports message definitions as types only (lib/messaging/content.ts).',
            },
          ],
        },
      ],
    },
  },
  // The content script loads on every helpdesk page view (60 KB budget) and runs in the page's
  // origin: no React, no database, no full zod (zod/mini only).
  {
    files: ['entrypoints/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'The content script uses zod/mini (bundle budget).' },
            { name: 'dexie', message: 'The database lives in the extension origin only (background and extension pages).' },
            { name: 'react', message: 'No React in the content script (bundle budget).' },
            { name: 'react-dom', message: 'No React in the content script (bundle budget).' },
            { name: 'zustand', message: 'No UI stores in the content script (bundle budget).' },
            { name: '@/lib/callbacks', message: 'The callbacks barrel re-exports the database stores: import the one file the content script needs (e.g. @/lib/callbacks/promise).' },
          ],
          patterns: [
            { group: ['@/lib/db', '@/lib/db/*', '@/components/*', '@/lib/stores/*'], message: 'Not in the content script: database, UI and stores belong to extension pages.' },
            { group: ['react-dom/*', 'zod/v4', 'zod/v3'], message: 'No React or full zod in the content script (bundle budget).' },
            {
              group: ['@/lib/guidance/schema', '@/lib/guidance/kinds', '@/lib/guidance/kinds/*', '@/lib/sites/recipe-schema', '@/lib/db/rows'],
              message: 'These modules are built on full zod: the content script uses zod/mini (bundle budget).',
            },
          ],
        },
      ],
    },
  },
  // Extension pages (components/ and the page entrypoints) talk to the background only through
  // the stores (lib/stores): they never send or receive a message themselves, open the database,
  // call a table's store or import background code. Types (row shapes, message shapes) may be imported.
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/{options,panel,popup,sidepanel,welcome,picker}/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', allowTypeImports: true, message: 'Extension pages never open the database: send a message (lib/messaging) through a store.' },
            { name: '@/lib/db', allowTypeImports: true, message: 'Extension pages never open the database: send a message (lib/messaging) through a store.' },
            { name: '@/lib/callbacks', allowTypeImports: true, message: 'The callbacks barrel re-exports the database stores: import the pure file you need, or send a message.' },
          ],
          patterns: [
            {
              // Every module of lib/db (each table's store, the registry, the database) but the row
              // shapes: a new table's module is covered without a new line.
              group: ['@/lib/db/*', '!@/lib/db/rows'],
              allowTypeImports: true,
              message: 'Extension pages never write the database: every write goes through the background (a message in lib/messaging).',
            },
            { group: ['@/entrypoints/background', '@/entrypoints/background/*', '**/background/*'], allowTypeImports: true, message: 'Extension pages talk to the background only through messages (lib/messaging) and stores (lib/stores).' },
            // The messenger, from the index, an area file or the content script's side (the picker).
            { group: ['**/lib/messaging', '**/lib/messaging/*'], importNames: ['sendMessage', 'receive'], message: STORES_ONLY },
          ],
        },
      ],
    },
  },
);
