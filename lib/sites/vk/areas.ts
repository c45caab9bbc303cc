/** The page's areas outside the posts that several fields read: the header's elements and the links around the posts. */
import { union, type VkContext, type VkRead } from './context';

/**
 * Every element inside a header area, in document order without duplicates: what `.page_top *, … *` selects, but
 * walking only the areas (a `X *` union makes the browser test every element's ancestors against every part).
 */
export function headerDescendants(ctx: VkContext, doc: Document): Element[] {
  const out: Element[] = [];
  let last: Element | null = null;
  for (const area of ctx.query.all(doc, union('headerArea'))) {
    // areas come in document order: one inside the previous kept area adds nothing new
    if (last?.contains(area)) continue;
    last = area;
    for (const el of area.getElementsByTagName('*')) out.push(el);
  }
  return out;
}

/**
 * Every `a[href]` outside the post-like blocks, in document order: what querying `a[href]` and dropping the links
 * inside (or being) a block gives, but walking only the page around the posts.
 */
export function linksOutside(doc: Document, scopes: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  const start = doc.documentElement;
  if (!start) return out;
  let el: Element | null = start;
  while (el) {
    if (scopes.has(el)) {
      // skip the block's subtree
    } else {
      if (el.localName === 'a' && el.hasAttribute('href')) out.push(el);
      const child: Element | null = el.firstElementChild;
      if (child) {
        el = child;
        continue;
      }
    }
    // next in document order after `el`'s subtree
    let next: Element | null = null;
    for (let cur: Element | null = el; cur && cur !== start; cur = cur.parentElement) {
      next = cur.nextElementSibling;
      if (next) break;
    }
    el = next;
  }
  return out;
}

const outsideLinksOfRead = new WeakMap<VkRead, Element[]>();

/** `linksOutside` of one read, walked once however many fields ask (ПОС, MAX/Telegram links). */
export function readLinksOutside(r: VkRead): readonly Element[] {
  let links = outsideLinksOfRead.get(r);
  if (!links) {
    links = linksOutside(r.doc, r.scopes);
    outsideLinksOfRead.set(r, links);
  }
  return links;
}
