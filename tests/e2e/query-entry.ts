/**
 * In-page side of tests/e2e/query.e2e.ts, bundled with esbuild and run in Chromium: the readers' query helper
 * (lib/sites/core/query.ts), planned and plain, against the browser's own querySelector/querySelectorAll, for every
 * selector of every site, on a golden page parsed with the browser's DOMParser (as the batch page parses fetched
 * pages). Returns one line per disagreement.
 */
import { createQuery } from '../../lib/sites/core/query';
import { OK_SELECTORS } from '../../lib/sites/ok/selectors';
import type { SelectorSet } from '../../lib/sites/types';
import { VK_SELECTORS } from '../../lib/sites/vk/selectors';

/** Every CSS string of a site's selector data, each alternative alone and every name's alternatives as one union. */
export function selectorStrings(set: SelectorSet<string>): string[] {
  const out = new Set<string>();
  for (const alts of Object.values(set)) {
    for (const a of alts) out.add(a.css);
    if (alts.length > 1) out.add(alts.map((a) => a.css).join(', '));
  }
  return [...out];
}

const all = (root: ParentNode, css: string): Element[] => {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
};
const first = (root: ParentNode, css: string): Element | null => {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
};
const same = (a: readonly Element[], b: readonly Element[]) => a.length === b.length && a.every((el, i) => el === b[i]);

function diff(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const selectors = [...selectorStrings(VK_SELECTORS), ...selectorStrings(OK_SELECTORS)];
  const planned = createQuery(doc);
  const plain = createQuery(doc, { plan: false });
  const blocks = [
    ...all(doc, VK_SELECTORS.postRoot.map((a) => a.css).join(', ')).slice(0, 3),
    ...all(doc, OK_SELECTORS.post.map((a) => a.css).join(', ')).slice(0, 3),
  ];
  const out: string[] = [];
  const roots: [string, ParentNode][] = [
    ['document', doc],
    ['body', doc.body],
    ...blocks.map((b, i): [string, ParentNode] => [`block ${i}`, b]),
  ];
  for (const [where, root] of roots) {
    for (const css of selectors) {
      const expected = all(root, css);
      if (!same(planned.all(root, css), expected)) out.push(`planned all, ${where}: ${css}`);
      if (!same(plain.all(root, css), expected)) out.push(`plain all, ${where}: ${css}`);
      if (planned.first(root, css) !== first(root, css)) out.push(`planned first, ${where}: ${css}`);
      if (expected.length > 0 && !planned.mayMatch(root, css)) out.push(`mayMatch, ${where}: ${css}`);
    }
  }
  const scopes = new Set(blocks);
  for (const css of selectors) {
    const groups = planned.ownedBy(css, scopes);
    for (const [i, block] of blocks.entries()) {
      const own = all(block, css).filter((el) => {
        for (let p = el.parentElement; p; p = p.parentElement) if (scopes.has(p)) return p === block;
        return false;
      });
      if (!same(groups.get(block) ?? [], own)) out.push(`ownedBy, block ${i}: ${css}`);
    }
  }
  return out;
}

(globalThis as { __queryDiff?: typeof diff }).__queryDiff = diff;
