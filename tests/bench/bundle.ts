/**
 * Bundle sizes of a built extension (.output/chrome-mv3, firefox-mv2, …), per entry point: the content scripts and
 * the background from the manifest, every HTML page, and every other top-level script (unlisted scripts such as the
 * page bridge). An entry's size counts every file it loads up front: for a page its scripts and styles and the chunks
 * those import statically (shared chunks count in every entry that loads them); chunks loaded by dynamic import()
 * are reported apart as `lazyGzip`, and so are the web-accessible scripts a file names by path (a content script's
 * reader module, `import(browser.runtime.getURL('/vk-reader.js'))`, or the page bridge it injects): those are also
 * entries of their own, with their own budgets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  kind: 'content-script' | 'background' | 'page' | 'script';
  /** Files loaded up front, relative to the output folder. */
  files: string[];
  raw: number;
  gzip: number;
  /** Chunks reachable only through dynamic import(). */
  lazyGzip: number;
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  /** MV3: objects with resources; MV2: paths. */
  web_accessible_resources?: (string | { resources?: string[] })[];
}

/** Output-relative paths of the manifest's web-accessible resources. */
export function webAccessibleFiles(manifest: Manifest): Set<string> {
  const files = (manifest.web_accessible_resources ?? []).flatMap((r) =>
    typeof r === 'string' ? [r] : (r.resources ?? []),
  );
  return new Set(files.map((f) => f.replace(/^\//, '')));
}

/**
 * Web-accessible scripts a built file names by path (string literals such as '/vk-reader.js'): what a content
 * script loads at run time with `import(browser.runtime.getURL(path))` or injects into the page.
 */
export function runtimeScriptRefs(code: string, webAccessible: ReadonlySet<string>): string[] {
  const refs = new Set<string>();
  for (const m of code.matchAll(/(["'`])\/?([\w.-]+(?:\/[\w.-]+)*\.m?js)\1/g)) {
    const file = m[2] ?? '';
    if (webAccessible.has(file)) refs.add(file);
  }
  return [...refs];
}

const gzipCache = new Map<string, number>();

export function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

function rawSize(file: string): number {
  return readFileSync(file).length;
}

/** Output-relative path of `spec` referenced from `fromFile` (output-relative). Null for remote or data URLs. */
function resolveRef(fromFile: string, spec: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec) || spec.startsWith('//')) return null;
  const clean = spec.split(/[?#]/)[0] ?? '';
  if (!clean) return null;
  return clean.startsWith('/') ? clean.slice(1) : posix.normalize(posix.join(posix.dirname(fromFile), clean));
}

/** Static and dynamic module references of a built JS file. */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const stat = new Set<string>();
  const dyn = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*(["'])(\.{1,2}\/[^"']+|\/[^"']+)\1/g)) stat.add(m[2] ?? '');
  for (const m of code.matchAll(/\bimport\s*\(\s*(["'])(\.{1,2}\/[^"']+|\/[^"']+)\1\s*\)/g)) dyn.add(m[2] ?? '');
  for (const d of dyn) stat.delete(d);
  return { static: [...stat], dynamic: [...dyn] };
}

/** Scripts and styles an HTML page loads. */
export function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=(["'])([^"']+)\1/gi)) refs.push(m[2] ?? '');
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel=(["'])(stylesheet|modulepreload)\1/i.test(tag)) continue;
    const href = /\bhref=(["'])([^"']+)\1/i.exec(tag)?.[2];
    if (href) refs.push(href);
  }
  return refs;
}

function closure(
  outDir: string,
  roots: string[],
  webAccessible: ReadonlySet<string> = new Set(),
): { files: string[]; lazy: string[] } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file) || seen.has(file)) return;
    const abs = join(outDir, file);
    if (!existsSync(abs)) return;
    into.add(file);
    if (!file.endsWith('.js') && !file.endsWith('.mjs')) return;
    const refs = jsImports(readFileSync(abs, 'utf8'));
    for (const spec of refs.static) {
      const target = resolveRef(file, spec);
      if (target) visit(target, into);
    }
    for (const spec of refs.dynamic) {
      const target = resolveRef(file, spec);
      if (target && !seen.has(target)) lazy.add(target);
    }
    for (const target of runtimeScriptRefs(readFileSync(abs, 'utf8'), webAccessible)) {
      if (!seen.has(target)) lazy.add(target);
    }
  };
  for (const root of roots) visit(root, seen);
  // lazy chunks and whatever they import that the entry does not already load
  const lazyClosure = new Set<string>();
  for (const file of lazy) if (!seen.has(file)) visit(file, lazyClosure);
  return { files: [...seen], lazy: [...lazyClosure].filter((f) => !seen.has(f)) };
}

function measure(
  outDir: string,
  entry: string,
  kind: EntrySize['kind'],
  roots: string[],
  webAccessible?: ReadonlySet<string>,
): EntrySize {
  const { files, lazy } = closure(outDir, roots, webAccessible);
  const sum = (list: string[], f: (abs: string) => number) => list.reduce((n, file) => n + f(join(outDir, file)), 0);
  return {
    entry,
    kind,
    files: files.sort(),
    raw: sum(files, rawSize),
    gzip: sum(files, gzipSize),
    lazyGzip: sum(lazy, gzipSize),
  };
}

/** Sizes of every entry point of the built extension in `outDir`. */
export function bundleSizes(outDir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  const entries: EntrySize[] = [];
  const claimed = new Set<string>();
  const webAccessible = webAccessibleFiles(manifest);

  for (const cs of manifest.content_scripts ?? []) {
    const files = [...(cs.js ?? []), ...(cs.css ?? [])];
    const main = cs.js?.[0] ?? files[0];
    if (!main) continue;
    for (const f of files) claimed.add(f);
    entries.push(measure(outDir, main.replace(/\.(js|css)$/, ''), 'content-script', files, webAccessible));
  }

  const bg = manifest.background;
  const bgFiles = bg?.service_worker ? [bg.service_worker] : (bg?.scripts ?? []);
  if (bg?.page) bgFiles.push(bg.page);
  if (bgFiles.length > 0) {
    for (const f of bgFiles) claimed.add(f);
    entries.push(measure(outDir, 'background', 'background', bgFiles));
  }

  for (const name of readdirSync(outDir).sort()) {
    if (name.endsWith('.html')) {
      if (claimed.has(name)) continue;
      const html = readFileSync(join(outDir, name), 'utf8');
      const refs = htmlRefs(html)
        .map((r) => resolveRef(name, r))
        .filter((r): r is string => r !== null);
      entries.push(measure(outDir, name, 'page', [name, ...refs]));
    } else if (/\.m?js$/.test(name) && !claimed.has(name)) {
      entries.push(measure(outDir, name, 'script', [name]));
    }
  }
  return entries;
}

/** Every JS/HTML/CSS file of a built extension, output-relative (for source scans). */
export function builtFiles(outDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, d.name);
      if (d.isDirectory()) walk(abs);
      else out.push(relative(outDir, abs));
    }
  };
  walk(outDir);
  return out.sort();
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export const outputDir = (name: string) => join(dirname(new URL(import.meta.url).pathname), '../../.output', name);
