/**
 * `wxt build` for the real-browser tests, under the build lock (parallel runs must not build into the same folder),
 * and as `npm run build` makes it: vitest sets NODE_ENV=test, which a child build would inherit and answer with
 * development variants of some libraries — a bigger bundle than the one that ships, measured against its budget.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function wxtBuild(args: readonly string[] = [], stdio: 'inherit' | 'ignore' = 'inherit'): void {
  const cmd = existsSync('/usr/bin/flock') ? ['flock', '/tmp/build.lock', 'npx'] : ['npx'];
  const { NODE_ENV: _testEnv, ...env } = process.env;
  execFileSync(cmd[0] ?? 'npx', [...cmd.slice(1), 'wxt', 'build', ...args], { cwd: ROOT, stdio, env });
}
