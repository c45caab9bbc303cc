import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
    // A safety net for a hung test, not a speed check: on a busy machine a browser test can take minutes.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Waits for a condition in the browser (expect.poll) may take long on a busy machine; as harness.ts's
    // SLOW_MACHINE_TIMEOUT for Playwright's own waits.
    expect: { poll: { timeout: 180_000 } },
  },
});
