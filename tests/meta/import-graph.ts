/**
 * The repository's import graph, from TypeScript's own scanner (`ts.preProcessFile`: every `import`, `export … from`,
 * `import()` and `import type`) and module resolution. Only the repository's own files are nodes: packages and
 * virtual modules (`#imports`, `wxt/browser`) are left out. Used by the import-cycle and layering tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = new URL('../..', import.meta.url).pathname;

const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'scripts', 'tests'];
const SKIP = new Set(['node_modules', '.output', '.wxt', 'fixtures']);

/** Every .ts/.tsx file under the source folders, relative to the repository root. */
export function sourceFiles(root: string = ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (SKIP.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(root, path));
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  out.push('wxt.config.ts');
  return out.sort();
}

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  jsx: ts.JsxEmit.ReactJSX,
};

/** file → the repository files it imports (type-only imports included: they are edges of the design too). */
export function importGraph(root: string = ROOT): Map<string, string[]> {
  const files = sourceFiles(root);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const abs = join(root, file);
    const info = ts.preProcessFile(readFileSync(abs, 'utf8'), true, true);
    const deps = new Set<string>();
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const resolved = ts.resolveModuleName(ref.fileName, abs, options, ts.sys).resolvedModule?.resolvedFileName;
      if (!resolved) continue;
      const rel = relative(root, resolved);
      if (known.has(rel)) deps.add(rel);
    }
    graph.set(file, [...deps].sort());
  }
  return graph;
}

/** The packages and virtual modules a file imports (`idb`, `wxt/browser`, `#imports`…), as written. */
export function packageImports(file: string, root: string = ROOT): string[] {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return info.importedFiles.map((ref) => ref.fileName).filter((name) => !name.startsWith('.'));
}

/** The import cycles: strongly connected components with more than one file, or a file importing itself. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative (the graph is a few hundred files deep at most, but recursion is not needed)
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1] as { node: string; i: number };
      const deps = graph.get(top.node) ?? [];
      if (top.i < deps.length) {
        const dep = deps[top.i++] as string;
        if (!index.has(dep)) {
          index.set(dep, next);
          low.set(dep, next++);
          stack.push(dep);
          onStack.add(dep);
          work.push({ node: dep, i: 0 });
        } else if (onStack.has(dep)) low.set(top.node, Math.min(low.get(top.node) ?? 0, index.get(dep) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(top.node) ?? 0));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== top.node);
        if (component.length > 1 || (graph.get(top.node) ?? []).includes(top.node)) out.push(component.sort());
      }
    }
  }
  return out;
}

/** Every file `file` reaches through imports (itself excluded). */
export function reachable(graph: ReadonlyMap<string, readonly string[]>, file: string): Set<string> {
  const seen = new Set<string>();
  const todo = [...(graph.get(file) ?? [])];
  while (todo.length > 0) {
    const f = todo.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...(graph.get(f) ?? []));
  }
  return seen;
}
