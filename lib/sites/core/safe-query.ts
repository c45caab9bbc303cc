/** The browser's own queries, never throwing: an invalid selector matches nothing (re-exported by ./query.ts). */
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
