/**
 * Real-browser tests need the system Chromium and the e2e build. In CI a missing browser is a failure;
 * outside CI the suite is skipped with a loud message, so a developer without Chromium can still run `npm test`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { wxtBuild } from './build';
import { chromePath, EXTENSION_DIR } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    skipE2E: boolean;
  }
}

export default function setup(project: TestProject) {
  project.provide('skipE2E', false);
  const chrome = chromePath();
  if (!chrome) {
    const message =
      'Chromium not found (apt-get install -y chromium, or set CHROME_PATH): real-browser tests cannot run.';
    if (process.env.CI) throw new Error(message);
    console.warn(`\n${'!'.repeat(80)}\n!! SKIPPING REAL-BROWSER TESTS: ${message}\n${'!'.repeat(80)}\n`);
    project.provide('skipE2E', true);
    return;
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || process.env.GP_E2E_REBUILD !== '0') {
    wxtBuild(['--mode', 'e2e']);
  }
}
