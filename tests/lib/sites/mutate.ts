/**
 * Shared mutation harness for the site readers (VK and OK): seeded, reproducible damage to a parsed page.
 * - `mutateDocument(doc, seed, count)` removes or renames random elements and attributes in place;
 * - `neutraliseMarkers(doc, selectors)` makes the layout markers unrecognisable (ids, classes and data attributes of
 *   every matching element renamed), the way a redesign would.
 * Pure DOM, no test framework: a reader test parses a fixture once, clones it per variant and asserts its contract.
 */

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type MutationKind =
  | 'remove-element'
  | 'unwrap-element'
  | 'rename-class'
  | 'remove-attribute'
  | 'rename-attribute'
  | 'clear-text'
  | 'garble-text'
  | 'retag-element';

export const MUTATION_KINDS: readonly MutationKind[] = [
  'remove-element',
  'unwrap-element',
  'rename-class',
  'remove-attribute',
  'rename-attribute',
  'clear-text',
  'garble-text',
  'retag-element',
];

const pick = <T>(rnd: () => number, list: readonly T[]): T | undefined => list[Math.floor(rnd() * list.length)];

function elementsOf(doc: Document): Element[] {
  const root = doc.body ?? doc.documentElement;
  return root ? [root, ...Array.from(root.querySelectorAll('*'))].filter((el) => el !== doc.body) : [];
}

/** Apply one mutation of `kind` to a random element; returns a description, or null when nothing applied. */
export function applyMutation(doc: Document, kind: MutationKind, rnd: () => number): string | null {
  const el = pick(rnd, elementsOf(doc));
  if (!el) return null;
  const where = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList[0] ? `.${el.classList[0]}` : ''}`;
  switch (kind) {
    case 'remove-element':
      el.remove();
      return `remove ${where}`;
    case 'unwrap-element': {
      el.replaceWith(...Array.from(el.childNodes));
      return `unwrap ${where}`;
    }
    case 'rename-class': {
      const cls = pick(rnd, Array.from(el.classList));
      if (!cls) return null;
      el.classList.replace(cls, `${cls}-x${Math.floor(rnd() * 1e4)}`);
      return `rename class ${cls} of ${where}`;
    }
    case 'remove-attribute': {
      const attr = pick(rnd, el.getAttributeNames());
      if (!attr) return null;
      el.removeAttribute(attr);
      return `remove @${attr} of ${where}`;
    }
    case 'rename-attribute': {
      const attr = pick(rnd, el.getAttributeNames());
      if (!attr) return null;
      const value = el.getAttribute(attr) ?? '';
      el.removeAttribute(attr);
      el.setAttribute(`data-x-${attr.replace(/[^a-z0-9-]/gi, '')}`, value);
      return `rename @${attr} of ${where}`;
    }
    case 'clear-text':
      el.textContent = '';
      return `clear text of ${where}`;
    case 'garble-text': {
      const garbage = [
        '',
        '—',
        '1,2,3',
        '99999999999999999999',
        'вчера 99:99',
        '31 фев',
        'NaN',
        '-5',
        '12 345 678 тыс.',
      ];
      el.textContent = pick(rnd, garbage) ?? '';
      return `garble text of ${where}`;
    }
    case 'retag-element': {
      if (!el.parentNode || el === doc.documentElement) return null;
      const tag = pick(rnd, ['div', 'span', 'section', 'i']) ?? 'div';
      const copy = doc.createElement(tag);
      for (const name of el.getAttributeNames()) copy.setAttribute(name, el.getAttribute(name) ?? '');
      copy.append(...Array.from(el.childNodes));
      el.replaceWith(copy);
      return `retag ${where} as ${tag}`;
    }
  }
}

/** Apply `count` random mutations (kinds and targets chosen by `seed`); returns their descriptions. */
export function mutateDocument(doc: Document, seed: number, count: number): string[] {
  const rnd = seededRandom(seed);
  const log: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(rnd, MUTATION_KINDS) ?? 'remove-element';
    const done = applyMutation(doc, kind, rnd);
    if (done) log.push(done);
  }
  return log;
}

/**
 * Rename the id, every class and every `data-*` attribute of each element matched by `selectors` (a redesign that
 * keeps the content but changes the markers). Invalid selectors are skipped.
 */
export function neutraliseMarkers(doc: Document, selectors: readonly string[]): number {
  let touched = 0;
  for (const css of selectors) {
    let els: Element[];
    try {
      els = Array.from(doc.querySelectorAll(css));
    } catch {
      continue;
    }
    for (const el of els) {
      if (el.id) el.id = `${el.id}-redesigned`;
      const classes = Array.from(el.classList);
      // reversed, so that substring selectors (`[class*="CommunityHeader__contentWrapper--"]`) stop matching too
      if (classes.length > 0) el.setAttribute('class', classes.map((c) => `r-${[...c].reverse().join('')}`).join(' '));
      for (const name of el.getAttributeNames()) {
        if (!name.startsWith('data-')) continue;
        const value = el.getAttribute(name) ?? '';
        el.removeAttribute(name);
        el.setAttribute(`data-r-${name.slice(5)}`, value);
      }
      touched++;
    }
  }
  return touched;
}

// ---- wrapper drift: the markup around what the reader reads changes, the content does not ----

export type DriftKind = 'strip-ancestors' | 'rename-ancestors' | 'insert-wrapper';
export const DRIFT_KINDS: readonly DriftKind[] = ['strip-ancestors', 'rename-ancestors', 'insert-wrapper'];

/** A selector that is only tag names or `*` (an image, every element): it names no element the reading depends on. */
const CATCH_ALL = /^\s*(?:\*|[a-z][a-z0-9]*)(?:\s*,\s*(?:\*|[a-z][a-z0-9]*))*\s*$/i;

function bodyElements(doc: Document): Element[] {
  return doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
}

/**
 * The elements a reading depends on: every element inside the body that one of `selectors` matches (catch-alls such
 * as `img` or `*` left out), as indexes into the body's elements in document order, so that they can be found again in
 * a clone of the document.
 */
export function dependedElements(doc: Document, selectors: readonly string[]): number[] {
  const all = bodyElements(doc);
  const index = new Map(all.map((el, i) => [el, i] as const));
  const out = new Set<number>();
  for (const css of selectors) {
    if (CATCH_ALL.test(css)) continue;
    let els: Element[];
    try {
      els = Array.from(doc.body?.querySelectorAll(css) ?? []);
    } catch {
      continue;
    }
    for (const el of els) {
      const i = index.get(el);
      if (i !== undefined) out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

function ancestorsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let a = el.parentElement; a && a.tagName !== 'BODY' && a.tagName !== 'HTML'; a = a.parentElement) out.push(a);
  return out;
}

const describeEl = (el: Element) =>
  `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList[0] ? `.${el.classList[0]}` : ''}`;

/** A mutation applied: what it did, and how to undo it (variants of one parsed page, no clone per variant). */
export interface AppliedDrift {
  description: string;
  undo: () => void;
}

/**
 * One wrapper-drift mutation around `el`, an element the reading depends on:
 * - 'strip-ancestors': remove the id and class attributes of some of its ancestors;
 * - 'rename-ancestors': give some of its ancestors new ids and classes (a redesign's new class hashes);
 * - 'insert-wrapper': wrap it, or one of its ancestors, in a new `div`.
 * The element itself and every text stay as they were. Returns null when nothing applied.
 */
export function applyDrift(doc: Document, el: Element, kind: DriftKind, rnd: () => number): AppliedDrift | null {
  const ancestors = ancestorsOf(el);
  const what = describeEl(el);
  if (kind === 'insert-wrapper') {
    const level = Math.floor(rnd() * (ancestors.length + 1));
    const wrapped = level === 0 ? el : ancestors[level - 1];
    if (!wrapped?.parentNode) return null;
    const wrapper = doc.createElement('div');
    wrapper.className = `drift-w${Math.floor(rnd() * 1e4)}`;
    wrapped.replaceWith(wrapper);
    wrapper.append(wrapped);
    return {
      description: `wrap ${describeEl(wrapped)} (level ${level} above ${what})`,
      undo: () => wrapper.replaceWith(wrapped),
    };
  }
  // some of the ancestors, at least the one at a random depth
  const at = Math.floor(rnd() * ancestors.length);
  const chosen = ancestors.filter((_, i) => i === at || rnd() < 0.3);
  const named = chosen.filter((a) => a.id || a.classList.length > 0);
  if (named.length === 0) return null;
  // every attribute in its order, so that the undone page serialises exactly as before
  const saved = named.map((a) => [a, a.getAttributeNames().map((n) => [n, a.getAttribute(n) ?? ''] as const)] as const);
  const description = `${kind} ${named.map(describeEl).join(', ')} above ${what}`;
  for (const a of named) {
    if (kind === 'strip-ancestors') {
      a.removeAttribute('id');
      a.removeAttribute('class');
    } else {
      if (a.id) a.id = `d${Math.floor(rnd() * 1e6)}`;
      const n = a.classList.length;
      if (n > 0)
        a.setAttribute('class', Array.from({ length: n }, () => `d${Math.floor(rnd() * 1e6).toString(36)}`).join(' '));
    }
  }
  return {
    description,
    undo: () => {
      for (const [a, attrs] of saved) {
        for (const n of a.getAttributeNames()) a.removeAttribute(n);
        for (const [n, v] of attrs) a.setAttribute(n, v);
      }
    },
  };
}

/**
 * `count` wrapper-drift mutations at random depended elements of `doc` (kinds and targets chosen by `seed`), applied
 * in place; `undo()` puts the page back exactly as it was.
 */
export function driftDocument(
  doc: Document,
  targets: readonly number[],
  seed: number,
  count: number,
): { log: string[]; undo: () => void } {
  const rnd = seededRandom(seed);
  const all = bodyElements(doc);
  // the targets are found before any mutation (a wrapper shifts the indexes of what follows it)
  const chosen = Array.from({ length: count }, () => all[pick(rnd, targets) ?? -1]);
  const applied: AppliedDrift[] = [];
  for (const el of chosen) {
    const kind = pick(rnd, DRIFT_KINDS) ?? 'insert-wrapper';
    const done = el ? applyDrift(doc, el, kind, rnd) : null;
    if (done) applied.push(done);
  }
  return {
    log: applied.map((a) => a.description),
    undo: () => {
      for (const a of applied.reverse()) a.undo();
    },
  };
}
