/**
 * The query helper's planner (./query.ts): what each comma-separated part of a selector needs (ids, classes, tags,
 * attribute names and values), what one document holds (asked lazily and remembered for one read), and so which
 * parts certainly match nothing there and which class a union's parts all share. Never changes an answer, only skips
 * work: tests/lib/sites/core/query.test.ts holds the planned queries to the browser's own on every fixture.
 */
import { safeQuery, safeQueryAll } from './safe-query';

/**
 * What a document holds, asked lazily and remembered for one read: ids through the id map, classes through
 * getElementsByClassName (stops at the first hit), exact values of a few attributes from one query each.
 */
export interface TokenIndex {
  root: ParentNode;
  ids: Map<string, boolean>;
  classes: Map<string, boolean>;
  tags: Map<string, boolean>;
  /** Attribute names: some element carries the attribute. */
  attrs: Map<string, boolean>;
  /** `name=value` of every `data-testid`, for exact `[data-testid="value"]` tests. */
  values: Set<string>;
  /** Memoised `[name="value"]` presence of the other indexed attributes. */
  lazyValues: Map<string, boolean>;
  /** Memoised `prune` results. */
  pruned: Map<string, readonly string[]>;
}

interface SelectorTokens {
  /** This comma-separated part of the selector, as written. */
  css: string;
  ids: string[];
  classes: string[];
  /** Type selectors (lower-case HTML tag names) the part's compounds start with. */
  tags: string[];
  /** Names of the attributes the part's attribute selectors test (plain names only). */
  attrs: string[];
  values: string[];
  /** Classes of the subject (rightmost) compound: every element the part matches has each of them. */
  subjectClasses: string[];
}

const tokenCache = new Map<string, SelectorTokens[] | null>();
/** Attributes whose exact values are indexed (the ones selectors test with `[name="value"]`). */
const VALUE_ATTRS = new Set(['data-testid', 'role', 'data-post-nesting-lvl']);

/** Ids, classes and attribute names every comma-separated part of `css` needs; null when unsure. */
function selectorTokens(css: string): SelectorTokens[] | null {
  if (tokenCache.has(css)) return tokenCache.get(css) ?? null;
  let out: SelectorTokens[] | null = [];
  // commas inside brackets or parentheses would break the split: no prefilter then
  if (/\\|\([^)]*,|\[[^\]]*,/.test(css)) out = null;
  else
    for (const part of css.split(',')) {
      const noPseudo = part.replace(/:[\w-]+\([^)]*\)/g, ' ');
      const values = Array.from(
        noPseudo.matchAll(/\[\s*([\w-]+)\s*=\s*"([^"]{0,100})"\s*\]/g),
        (m) => `${(m[1] ?? '').toLowerCase()}=${m[2] ?? ''}`,
      ).filter((v) => VALUE_ATTRS.has(v.slice(0, v.indexOf('='))));
      const bare = part.replace(/\[[^\]]*\]/g, ' ').replace(/:[\w-]+\([^)]*\)/g, ' ');
      out.push({
        css: part.trim(),
        ids: Array.from(bare.matchAll(/#([\w-]+)/g), (m) => m[1] ?? ''),
        classes: Array.from(bare.matchAll(/\.([\w-]+)/g), (m) => m[1] ?? ''),
        tags: Array.from(bare.matchAll(/(?:^|[\s>+~])([a-z][a-z0-9]*)(?![\w-]|\|)/g), (m) => m[1] ?? ''),
        // `[name]`, `[name="v"]`, `[name*="v"]`…, but not inside :not(…) (the attribute need not exist there)
        attrs: Array.from(noPseudo.matchAll(/\[\s*([a-z][\w-]*)\s*(?:[~|^$*]?=[^\]]*)?\]/g), (m) => m[1] ?? ''),
        values,
        // The classes of the subject (the last compound). Stripped attribute and pseudo parts stay as `*`, so in
        // `.cover [style*=…]` or `.a :not(.b)` the subject is `*` (no class), never the ancestor's `.cover`/`.a`.
        subjectClasses: Array.from(
          (
            part
              .replace(/\[[^\]]*\]/g, '*')
              .replace(/:[\w-]+\([^)]*\)/g, '*')
              .trim()
              .split(/[\s>+~]+/)
              .at(-1) ?? ''
          ).matchAll(/\.([\w-]+)/g),
          (m) => m[1] ?? '',
        ),
      });
    }
  tokenCache.set(css, out);
  return out;
}

/** Indexed attributes read up front (many selectors test their values); the others are asked per value. */
const EAGER_ATTR = 'data-testid';

export function buildIndex(root: ParentNode): TokenIndex {
  const index: TokenIndex = {
    root,
    ids: new Map(),
    classes: new Map(),
    tags: new Map(),
    attrs: new Map(),
    values: new Set(),
    lazyValues: new Map(),
    pruned: new Map(),
  };
  // one early-stopping query first: pages of the older layouts carry no data-testid at all
  const any = safeQuery(root, `[${EAGER_ATTR}]`) !== null;
  index.attrs.set(EAGER_ATTR, any);
  if (!any) return index;
  for (const el of safeQueryAll(root, `[${EAGER_ATTR}]`)) {
    const v = el.getAttribute(EAGER_ATTR);
    if (v !== null) index.values.add(`${EAGER_ATTR}=${v}`);
  }
  return index;
}

/** `token` is `name=value` of an indexed attribute (no quote or backslash in it: see selectorTokens). */
function hasValue(index: TokenIndex, token: string): boolean {
  const eq = token.indexOf('=');
  const name = token.slice(0, eq);
  if (name === EAGER_ATTR) return index.values.has(token);
  let hit = index.lazyValues.get(token);
  if (hit === undefined) {
    hit = safeQuery(index.root, `[${name}="${token.slice(eq + 1)}"]`) !== null;
    index.lazyValues.set(token, hit);
  }
  return hit;
}

function hasId(index: TokenIndex, id: string): boolean {
  let hit = index.ids.get(id);
  if (hit === undefined) {
    const root = index.root as Partial<Document> & ParentNode;
    hit = (root.getElementById ? root.getElementById(id) : safeQuery(root, `[id="${id}"]`)) !== null;
    index.ids.set(id, hit);
  }
  return hit;
}

function hasClass(index: TokenIndex, name: string): boolean {
  let hit = index.classes.get(name);
  if (hit === undefined) {
    const root = index.root as Partial<Element> & ParentNode;
    hit = root.getElementsByClassName ? root.getElementsByClassName(name).item(0) !== null : true;
    index.classes.set(name, hit);
  }
  return hit;
}

function hasTag(index: TokenIndex, name: string): boolean {
  let hit = index.tags.get(name);
  if (hit === undefined) {
    const root = index.root as Partial<Element> & ParentNode;
    hit = root.getElementsByTagName ? root.getElementsByTagName(name).item(0) !== null : true;
    index.tags.set(name, hit);
  }
  return hit;
}

function hasAttr(index: TokenIndex, name: string): boolean {
  let hit = index.attrs.get(name);
  if (hit === undefined) {
    hit = safeQuery(index.root, `[${name}]`) !== null;
    index.attrs.set(name, hit);
  }
  return hit;
}

function partMayMatch(index: TokenIndex, p: SelectorTokens): boolean {
  return (
    p.ids.every((t) => hasId(index, t)) &&
    p.classes.every((t) => hasClass(index, t)) &&
    p.tags.every((t) => hasTag(index, t)) &&
    // attribute names before values: one early-stopping query tells about every value of the attribute
    p.attrs.every((t) => hasAttr(index, t)) &&
    p.values.every((t) => hasValue(index, t))
  );
}

/**
 * A class that every element matching any of `parts` (pruned parts of `css`) carries, or null: the union can then be
 * answered from that class's elements alone.
 */
export function sharedSubjectClass(css: string, parts: readonly string[]): string | null {
  const all = selectorTokens(css);
  if (!all) return null;
  const kept = all.filter((t) => parts.includes(t.css));
  const [head, ...rest] = kept;
  return head?.subjectClasses.find((c) => rest.every((t) => t.subjectClasses.includes(c))) ?? null;
}

/**
 * The parts of `css` that may match in the indexed subtree (a part needing an absent token certainly matches
 * nothing): `[css]` when unsure, [] when none may.
 */
export function prune(index: TokenIndex, css: string): readonly string[] {
  let out = index.pruned.get(css);
  if (out === undefined) {
    const parts = selectorTokens(css);
    out = parts ? parts.filter((p) => partMayMatch(index, p)).map((p) => p.css) : [css];
    index.pruned.set(css, out);
  }
  return out;
}
