/**
 * The read context: one read of one document by one site's reader. Queries by selector name over the site's
 * alternatives (newest generation first, see lib/sites/types.ts), each value's source, and the selector misses
 * reported once by name (`[vk] 'members' matched nothing on vk.com/club1 (vk-g2)`).
 */
import type { Diagnostic } from '../../types';
import type { SelectorAlternative, SelectorSet } from '../types';
import { createQuery, type Query } from './query';

/** A named selector matched: the element and the alternative that matched it. */
export interface Match {
  el: Element;
  alt: SelectorAlternative;
}

export class LayoutChangedError extends Error {
  constructor(readonly selectorName: string) {
    super(`selector '${selectorName}' matched nothing: the layout may have changed`);
    this.name = 'LayoutChangedError';
  }
}

export interface ReadContextInit<K extends string> {
  /** 'vk', 'ok': the prefix of the diagnostics. */
  site: string;
  selectors: SelectorSet<K>;
  /** The document read (its query helper plans for it). */
  doc: Document;
  /** Where, for the diagnostics: host and path. */
  where: string;
  onDiagnostic?: ((message: string) => void) | undefined;
  /** The query helper; default `createQuery(doc)`. */
  query?: Query;
}

export class ReadContext<K extends string> {
  readonly diagnostics: Diagnostic[] = [];
  readonly sources: Record<string, string> = {};
  readonly site: string;
  readonly selectors: SelectorSet<K>;
  readonly where: string;
  readonly query: Query;
  private readonly reported = new Set<string>();
  private readonly onDiagnostic: ((message: string) => void) | undefined;

  constructor(init: ReadContextInit<K>) {
    this.site = init.site;
    this.selectors = init.selectors;
    this.where = init.where;
    this.onDiagnostic = init.onDiagnostic;
    this.query = init.query ?? createQuery(init.doc);
  }

  /** The first alternative (newest first) that matches under `root`, with the alternative used. */
  match(name: K, root: ParentNode, generations?: readonly string[]): Match | null {
    for (const alt of this.selectors[name]) {
      if (generations && !generations.includes(alt.generation)) continue;
      const el = this.query.first(root, alt.css);
      if (el) return { el, alt };
    }
    return null;
  }

  optionalOne(name: K, root: ParentNode, generations?: readonly string[]): Element | null {
    return this.match(name, root, generations)?.el ?? null;
  }

  /** Throws LayoutChangedError(name) when nothing matches. Catch it at the field level. */
  requireOne(name: K, root: ParentNode, generations?: readonly string[]): Element {
    const el = this.optionalOne(name, root, generations);
    if (!el) throw new LayoutChangedError(name);
    return el;
  }

  /** Every element matched by the first alternative that matches anything. */
  all(name: K, root: ParentNode, generations?: readonly string[]): { els: Element[]; alt: SelectorAlternative | null } {
    for (const alt of this.selectors[name]) {
      if (generations && !generations.includes(alt.generation)) continue;
      const els = this.query.all(root, alt.css);
      if (els.length > 0) return { els, alt };
    }
    return { els: [], alt: null };
  }

  /** Every element matched by any alternative, in document order, without duplicates. */
  union(name: K, root: ParentNode): Element[] {
    const seen = new Set<Element>();
    for (const alt of this.selectors[name]) for (const el of this.query.all(root, alt.css)) seen.add(el);
    return Array.from(seen);
  }

  /** Record a selector that did not match on a recognised layout (once per name). */
  miss(name: string, layout: string): void {
    if (this.reported.has(name)) return;
    this.reported.add(name);
    const message = `[${this.site}] '${name}' matched nothing on ${this.where} (${layout})`;
    this.diagnostics.push({ name, message });
    this.onDiagnostic?.(message);
  }

  /** Where a field's value came from ('url', 'og:title', 'apiPrefetchCache', …). */
  source(field: string, source: string): void {
    this.sources[field] = source;
  }

  /** The field's value came from a named selector: `<generation>:<css>`. */
  sourceOf(field: string, m: Match): void {
    this.sources[field] = `${m.alt.generation}:${m.alt.css}`;
  }
}

/** The CSS union of every alternative of a named selector (one query for "any generation"). */
export function unionOf<K extends string>(selectors: SelectorSet<K>, name: K): string {
  return selectors[name].map((a) => a.css).join(', ');
}
