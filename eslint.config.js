import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
);
