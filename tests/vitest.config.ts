import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    // The engine must not depend on the machine's zone: run the unit tests far from Moscow.
    env: { TZ: 'America/Los_Angeles' },
    // A safety net for a hung test, not a speed check: the property tests (tests/lib/sites/*/mutation.test.ts,
    // tests/lib/parse/fuzz.test.ts) took up to 84 s each on the shared two-core machine at a load average of 18.
    testTimeout: 300_000,
    // expect.poll waits for a condition: its default limit (1 s) is tighter than a busy two-core machine needs
    expect: { poll: { timeout: 15_000 } },
  },
});
