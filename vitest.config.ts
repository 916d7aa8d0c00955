import { availableParallelism } from 'node:os';
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
    // CI (.ci/run sets CI) runs vitest with nothing else beside it: a worker on every core. Vitest's
    // default keeps one core for its main process, which is idle once the files are transformed: on
    // CI's 2 cores that was one worker, the test files one after another. Each file still runs in a
    // process of its own (isolation), so files share no state whichever worker runs them.
    maxWorkers: process.env.CI ? availableParallelism() : undefined,
  },
});
