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
