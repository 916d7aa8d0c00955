import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    // Once per run (the kinds' names), then before every test file.
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    // Component tests need a DOM; unit tests of lib/ that touch the DOM (adapters, editors) opt in per file.
    environment: 'node',
    testTimeout: 20_000,
  },
});
