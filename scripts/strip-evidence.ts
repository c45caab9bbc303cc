/**
 * Production builds drop the evidence of the readers' selectors (docs/performance.md, «Selector evidence»): every
 * alternative in `lib/sites/<site>/selectors.ts` is written `g2(css, source, date, expires?)` and every text marker
 * `pattern(re, source, date)` / `words(list, source, date)`; the reader uses only the CSS, the generation, the pattern
 * and the words. The source, date and expiry stay in the repository as data for the selector tests and the docs
 * (tests/lib/sites/selectors.test.ts); the extension's build keeps `g2(css)`, `pattern(re)`, `words(list)`.
 *
 * A source-to-source rewrite of those two call shapes only (string literals in single quotes, as Biome writes them);
 * tests/lib/sites/strip-evidence.test.ts holds it to every selectors.ts: the CSS, patterns and words survive, no
 * evidence string does, and the result still parses.
 */
import type { Plugin } from 'vite';

/** A single-quoted string literal (escapes allowed, no line break). */
const STR = String.raw`'(?:[^'\\\n]|\\.)*'`;
/** The comma before an argument, with the white space Biome may put around it. */
const SEP = String.raw`\s*,\s*`;

/** `const g2 = selectorsOf('vk-g2')`: the names of a file's selector helpers. */
function helperNames(code: string): string[] {
  return [...code.matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*selectorsOf\(/g)].map((m) => m[1] ?? '');
}

/** The source with every selector helper call and text marker call reduced to its first argument. */
export function stripSelectorEvidence(code: string): string {
  let out = code;
  const helpers = helperNames(code);
  if (helpers.length > 0) {
    // g2('css', 'source', 'date'[, 'expires'][,]) → g2('css')
    const call = new RegExp(String.raw`\b(${helpers.join('|')})\(\s*(${STR})(?:${SEP}${STR}){2,3}\s*,?\s*\)`, 'g');
    out = out.replace(call, '$1($2)');
  }
  // pattern(/re/, 'source', 'date'[,]) → pattern(/re/); words([…], 'source', 'date'[,]) → words([…])
  const marker = new RegExp(String.raw`\b(pattern|words)\(([\s\S]*?)(?:${SEP}${STR}){2}\s*,?\s*\)`, 'g');
  out = out.replace(marker, (_, name: string, first: string) => `${name}(${first.replace(/\s*,?\s*$/, '')})`);
  return out;
}

const SELECTORS_FILE = /[\\/]lib[\\/]sites[\\/][\w-]+[\\/]selectors\.ts$/;

/** The Vite plugin (production builds only: `vite build`, so never under vitest). */
export function selectorEvidence(): Plugin {
  return {
    name: 'strip-selector-evidence',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!SELECTORS_FILE.test(id.split('?')[0] ?? '')) return null;
      return { code: stripSelectorEvidence(code), map: null };
    },
  };
}
