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
 * The planner (what a selector needs, what the document holds) is ./selector-plan.ts; this file runs the queries
 * and remembers their answers.
 */
import { safeQuery, safeQueryAll } from './safe-query';
import { buildIndex, prune, sharedSubjectClass, type TokenIndex } from './selector-plan';

export { safeMatches, safeQuery, safeQueryAll } from './safe-query';

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
