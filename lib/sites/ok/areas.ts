/**
 * The page's areas outside the posts that several fields read: one scan of the page around the posts (text, links,
 * tiles), the blocks around the name, and whether the group menu was found.
 */
import { safeQuery } from '../core/query';
import { norm } from '../core/text';
import type { OkRead, OutsidePosts } from './context';
import type { Description } from './fields/description';
import { type Ctx, POST_ROOTS } from './layout';

/** One pass over the page outside post items, scripts and styles: its text, its links and its tile candidates. */
export function scanOutsidePosts(root: Element): OutsidePosts {
  const parts: string[] = [];
  const links: Element[] = [];
  const tiles: Element[] = [];
  const walk = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    let isPost = false;
    try {
      isPost = el.matches(POST_ROOTS);
    } catch {
      isPost = false;
    }
    if (isPost) return;
    if ((tag === 'a' && el.hasAttribute('href')) || (tag === 'iframe' && el.hasAttribute('src'))) links.push(el);
    if (tag === 'a' || tag === 'button' || el.hasAttribute('title') || el.getAttribute('role') === 'button') {
      tiles.push(el);
    }
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
      else if (node.nodeType === 1) walk(node as Element);
    }
  };
  walk(root);
  return { text: norm(parts.join(' ')), links, tiles };
}

/**
 * The blocks around the name (the header blocks, and the name's parent unless it is the page or holds posts), each
 * with every element inside: where the «Госорганизация» and «А+» marks and a header registry link are sought.
 */
export function headerElementsOf(
  ctx: Ctx,
  doc: Document,
  nameEl: Element | null,
): { roots: Element[]; elements: Element[] } {
  const around = nameEl?.parentElement;
  const near =
    around && around !== doc.body && around !== doc.documentElement && !safeQuery(around, POST_ROOTS) ? [around] : [];
  const roots = [...ctx.union('headerBlock', doc), ...near];
  return { roots, elements: roots.flatMap((root) => [root, ...ctx.union('anyElement', root)]) };
}

/**
 * Whether «none found» around the posts is known (ПОС 'missing', no messenger links): a recognised, open layout whose
 * group menu block (the area where menu links and widgets live) was found and whose whole description is on the page
 * (read in full, or proved empty).
 */
export function outsideKnown(r: OkRead, description: Description): boolean {
  const menuFound = r.ctx.optionalOne('menu', r.doc) !== null;
  if (r.recognised && !menuFound) r.ctx.miss('menu', r.layout);
  // The whole description must be on the page too: a ПОС or channel link is often written there (desktop-group),
  // the topics tab shows no «О группе» panel, and a description cut at «ещё» may hide the link.
  const wholeDescription =
    description.description === 'missing' ||
    (description.block !== null && description.descriptionText !== null && description.descriptionComplete === true);
  return r.recognised && menuFound && wholeDescription && r.access === 'open';
}
