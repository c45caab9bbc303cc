/**
 * The readers' query helper: `createQuery(doc)` answers `first`, `all`, `mayMatch` and `ownedBy` for one read of one
 * document, exactly as the browser's own `querySelector`/`querySelectorAll` would (never throwing: an invalid
 * selector matches nothing), only faster on VK's and OK's large pages. It plans each selector against what the
 * document holds, asked lazily and remembered for the read: a comma-separated part that needs an id, class, tag,
 * attribute or `data-testid` value absent from the document matches nothing and is skipped; a union whose parts
 * share a subject class is answered from that class's elements; document-wide answers are memoised (readers never
 * change the page).
 *
 * `createQuery(doc, { plan: false })` switches the planning off (plain native queries, nothing remembered):
 * tests/lib/sites/core/query.test.ts holds the two to the browser's own answers on every fixture and every selector,
 * and `setQueryPlanning(false)` turns it off for every read (a suspected planner bug is confirmed in one line).
 */

/** querySelector that never throws on a bad selector (returns null). */
export function safeQuery(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

/** querySelectorAll as an array that never throws on a bad selector (returns []). */
export function safeQueryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** `el.matches(css)`, false for an invalid selector. */
export function safeMatches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

export interface Query {
  /** The document this query plans for (roots in other documents, or detached, are queried without planning). */
  readonly doc: Document;
  /** The first element in document order that `css` matches under `root`, or null: `querySelector`. */
  first(root: ParentNode, css: string): Element | null;
  /** Every element `css` matches under `root`, in document order: `querySelectorAll`. */
  all(root: ParentNode, css: string): Element[];
  /** False when `css` certainly matches nothing under `root`; true when it may. */
  mayMatch(root: ParentNode, css: string): boolean;
  /**
   * Document-wide matches of `css` grouped by the nearest block of `scopes` strictly above each (null: none), in
   * document order: the same elements as querying each block and keeping those whose nearest block is that one.
   */
  ownedBy(css: string, scopes: ReadonlySet<Element>): ReadonlyMap<Element | null, Element[]>;
}

let planByDefault = true;

/** Turns the planning on or off for every query created afterwards (a debugging switch; on by default). */
export function setQueryPlanning(on: boolean): void {
  planByDefault = on;
}

export interface QueryOptions {
  /** Plan the queries (default: on, see setQueryPlanning); false: plain native queries. */
  plan?: boolean;
}

/** The query helper of one read of `doc`. */
export function createQuery(doc: Document, options: QueryOptions = {}): Query {
  return (options.plan ?? planByDefault) ? plannedQuery(doc) : plainQuery(doc);
}

/** Groups `els` by the nearest block of `scopes` strictly above each. */
function groupByScope(els: readonly Element[], scopes: ReadonlySet<Element>): Map<Element | null, Element[]> {
  const groups = new Map<Element | null, Element[]>();
  for (const el of els) {
    let owner: Element | null = null;
    for (let p = el.parentElement; p; p = p.parentElement)
      if (scopes.has(p)) {
        owner = p;
        break;
      }
    const list = groups.get(owner);
    if (list) list.push(el);
    else groups.set(owner, [el]);
  }
  return groups;
}

/** The browser's own answers, nothing planned or remembered. */
function plainQuery(doc: Document): Query {
  return {
    doc,
    first: safeQuery,
    all: safeQueryAll,
    mayMatch: () => true,
    ownedBy: (css, scopes) => groupByScope(safeQueryAll(doc, css), scopes),
  };
}

/**
 * What a document holds, asked lazily and remembered for one read: ids through the id map, classes through
 * getElementsByClassName (stops at the first hit), exact values of a few attributes from one query each.
 */
interface TokenIndex {
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

function buildIndex(root: ParentNode): TokenIndex {
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
function sharedSubjectClass(css: string, parts: readonly string[]): string | null {
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
function prune(index: TokenIndex, css: string): readonly string[] {
  let out = index.pruned.get(css);
  if (out === undefined) {
    const parts = selectorTokens(css);
    out = parts ? parts.filter((p) => partMayMatch(index, p)).map((p) => p.css) : [css];
    index.pruned.set(css, out);
  }
  return out;
}

const byDocumentOrder = (a: Element, b: Element) =>
  a === b ? 0 : a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;

/** querySelectorAll as an array, null for an invalid selector. */
function queryOrNull(root: ParentNode, css: string): Element[] | null {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return null;
  }
}

/**
 * The union of the per-part results (browsers match a single compound selector by fast paths, a union by testing
 * every part on every element), in document order without duplicates. Like a union query, [] when any part is
 * not a valid selector.
 */
function mergeParts(lists: readonly (readonly Element[] | null)[]): Element[] {
  const found: (readonly Element[])[] = [];
  for (const list of lists) {
    if (list === null) return [];
    if (list.length > 0) found.push(list);
  }
  const [one, ...more] = found;
  if (!one) return [];
  if (more.length === 0) return one.slice();
  const seen = new Set<Element>(one);
  const size = seen.size;
  for (const list of more) for (const el of list) seen.add(el);
  // the other parts found nothing new (alternatives that all match the same blocks): already in document order
  if (seen.size === size) return one.slice();
  return Array.from(seen).sort(byDocumentOrder);
}

/**
 * The union of `parts` under `root` when they share a subject class: that class's elements (tree order, what the
 * browser keeps indexed) tested against the union, one `matches` each, instead of one document pass per part.
 * Null when there is no shared class; [] for an invalid selector, like a union query.
 */
function byClass(root: ParentNode, css: string, parts: readonly string[]): Element[] | null {
  const byName = (root as Partial<Element>).getElementsByClassName;
  if (!byName) return null;
  const cls = sharedSubjectClass(css, parts);
  if (cls === null) return null;
  const union = parts.join(', ');
  const out: Element[] = [];
  try {
    for (const el of byName.call(root, cls)) if (el.matches(union)) out.push(el);
  } catch {
    return [];
  }
  return out;
}

/** The planned query of one read of `doc`. */
function plannedQuery(doc: Document): Query {
  /** Document-wide query results, memoised for this read (readers never mutate the page). */
  const docCache = new Map<string, Element[]>();
  const ownCache = new Map<string, Map<Element | null, Element[]>>();
  const partCache = new Map<string, Element[] | null>();
  const firstCache = new Map<string, Element | null>();
  let index: TokenIndex | null = null;

  /** The parts of `css` that may match under `root` (see prune). */
  const partsFor = (root: ParentNode, css: string): readonly string[] => {
    // A token absent from the document is absent from every subtree of it; a detached subtree or another document
    // is not part of it.
    const node = root as Node;
    if (node !== doc && (node.nodeType === 9 || node.isConnected === false || node.ownerDocument !== doc)) return [css];
    index ??= buildIndex(doc);
    return prune(index, css);
  };

  /** One selector part over the whole document, memoised for this read (shared by every union holding it). */
  const docPart = (part: string): Element[] | null => {
    let hit = partCache.get(part);
    if (hit === undefined) {
      hit = queryOrNull(doc, part);
      partCache.set(part, hit);
    }
    return hit;
  };

  const all = (root: ParentNode, css: string): Element[] => {
    const parts = partsFor(root, css);
    if (parts.length === 0) return [];
    if (root !== doc) {
      if (parts.length === 1) return safeQueryAll(root, parts[0] ?? '');
      return byClass(root, css, parts) ?? mergeParts(parts.map((part) => queryOrNull(root, part)));
    }
    let hit = docCache.get(css);
    if (!hit) {
      hit =
        parts.length === 1
          ? (docPart(parts[0] ?? '') ?? [])
          : (byClass(root, css, parts) ?? mergeParts(parts.map((part) => docPart(part))));
      docCache.set(css, hit);
    }
    return hit;
  };

  return {
    doc,
    all,
    first(root, css) {
      const isDoc = root === doc;
      if (isDoc) {
        const known = docCache.get(css);
        if (known) return known[0] ?? null;
        const first = firstCache.get(css);
        if (first !== undefined) return first;
      }
      const parts = partsFor(root, css);
      let best: Element | null = null;
      for (const part of parts) {
        let el: Element | null;
        try {
          el = root.querySelector(part);
        } catch {
          // like a union query: one invalid part makes the whole selector match nothing
          best = null;
          break;
        }
        if (el && (best === null || byDocumentOrder(el, best) < 0)) best = el;
      }
      if (isDoc) firstCache.set(css, best);
      return best;
    },
    mayMatch: (root, css) => partsFor(root, css).length > 0,
    ownedBy(css, scopes) {
      let groups = ownCache.get(css);
      if (!groups) {
        groups = groupByScope(all(doc, css), scopes);
        ownCache.set(css, groups);
      }
      return groups;
    },
  };
}
