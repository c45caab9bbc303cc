/**
 * Bundles tests/bench/page-entry.ts (the readers, the engine, the batch runner and the exports, plus the in-page
 * measurements) into one classic script for injection into a page, with esbuild (a dependency of vite, so it is in
 * every `npm ci`). Minified like the production build, so timings match what ships.
 */
import { build } from 'esbuild';

export async function buildPageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./page-entry.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: {
      'import.meta.env.DEV': 'false',
      'import.meta.env.MODE': '"production"',
      'process.env.NODE_ENV': '"production"',
    },
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output');
  return out.text;
}
