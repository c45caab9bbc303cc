// @vitest-environment jsdom
/**
 * The query helper gives the browser's own answers: on hand-made documents (pruning, unions, detached subtrees,
 * invalid selectors) and, differentially, on the golden pages for every selector of their site, planned and plain,
 * against `querySelectorAll` itself. The full comparison runs in Chromium: tests/e2e/query.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { createQuery } from '../../../../lib/sites/core/query';
import { OK_SELECTORS } from '../../../../lib/sites/ok/selectors';
import type { SelectorSet } from '../../../../lib/sites/types';
import { VK_SELECTORS } from '../../../../lib/sites/vk/selectors';
import { loadFixtures, parseHtml } from '../fixtures';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('createQuery (memoised, pruned, early-stopping)', () => {
  const set = {
    root: '.post[data-post-id]',
    union: 'article.x, .post[data-post-id], section [data-a="1"], #nope .post',
    tagged: 'article.post',
    attr: '[data-zz]',
    notAttr: '.post:not([data-zz])',
    bad: '.post, [[[',
  };
  const html = `<div class="post" data-post-id="1" id="a"></div><section><p data-a="1" id="b"></p></section>
    <div class="post" data-post-id="2" id="c"></div><span class="post" id="d"></span>`;

  it('first() is the first element of queryAll(), in document order across parts', () => {
    const d = doc(html);
    for (const [name, css] of Object.entries(set)) {
      const all = createQuery(d).all(d, css);
      expect(createQuery(d).first(d, css), name).toBe(all[0] ?? null);
      expect(Array.from(d.querySelectorAll(css === '.post, [[[' ? '.nothing' : css)), name).toEqual(all);
    }
    expect(createQuery(d).first(d, set.union)?.id).toBe('a');
  });

  it('answers from the whole selector when a token is absent (tag, attribute, :not) without losing matches', () => {
    const d = doc(html);
    const q = createQuery(d);
    expect(q.all(d, 'article.post')).toEqual([]);
    expect(q.mayMatch(d, 'article.post')).toBe(false);
    expect(q.mayMatch(d, '[data-zz]')).toBe(false);
    // the attribute under :not(…) need not exist
    expect(q.all(d, '.post:not([data-zz])').map((e) => e.id)).toEqual(['a', 'c', 'd']);
    // union parts in document order, without duplicates
    expect(q.all(d, 'section [data-a="1"], .post[data-post-id], div.post').map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(q.all(d.body, set.root).map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('does not prune by the document for a detached subtree (its tokens are not in the document)', () => {
    const d = doc('<p class="post" data-post-id="9" id="in"></p>');
    const q = createQuery(d);
    expect(q.all(d, '.detached')).toEqual([]);
    const holder = d.createElement('div');
    holder.innerHTML = '<span class="detached" id="x"></span>';
    expect(q.all(holder, '.detached').map((e) => e.id)).toEqual(['x']);
    expect(q.first(holder, '.detached, .post')?.id).toBe('x');
  });

  it('answers a union whose parts share a subject class like the browser does, from the document or an element', () => {
    const d = doc(`<main>${html}<div class="wrap"><i class="post x" id="e"></i></div></main>`);
    const q = createQuery(d);
    for (const css of [
      '.post[data-post-id], span.post, .wrap .post.x',
      'div.post, main > .post',
      '.post, .post[[[',
      // the subject is the descendant, not the class before the combinator (its stripped parts are no class)
      '.wrap [class], .wrap :not(.y)',
      '.post [data-a], section [data-a="1"]',
    ]) {
      const expected = css.includes('[[[') ? [] : Array.from(d.querySelectorAll(css));
      expect(q.all(d, css), css).toEqual(expected);
      const main = d.querySelector('main');
      if (main)
        expect(q.all(main, css), css).toEqual(css.includes('[[[') ? [] : Array.from(main.querySelectorAll(css)));
    }
  });
});

/** Every CSS string of a site's selector data, each alternative alone and every name's alternatives as one union. */
function selectorStrings(set: SelectorSet<string>): string[] {
  const out = new Set<string>();
  for (const alts of Object.values(set)) {
    for (const a of alts) out.add(a.css);
    if (alts.length > 1) out.add(alts.map((a) => a.css).join(', '));
  }
  return [...out];
}

const byDocumentOrder = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);

/**
 * The specified answer of `root.querySelectorAll(css)`: descendants of `root`, in document order ([] for an invalid
 * selector). jsdom's own answer is not always that — an element's union query may come part by part, and its
 * `querySelector('#a #b')` may return an element outside it — so its raw answer is put in order and scoped here; the
 * same comparison without this normalisation runs in Chromium (tests/e2e/query.e2e.ts).
 */
const raw = (root: ParentNode, css: string): Element[] => {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
};
const native = (root: ParentNode, css: string): Element[] => {
  try {
    const found = Array.from(root.querySelectorAll(css));
    const scoped = (root as Node).nodeType === 9 ? found : found.filter((el) => (root as Node).contains(el));
    return scoped.sort(byDocumentOrder);
  } catch {
    return [];
  }
};

describe('createQuery answers as querySelectorAll on the golden pages (jsdom)', () => {
  // The site's own selectors from the document; Chromium runs the full comparison (every site's selectors, element
  // roots, ownedBy) on every page: tests/e2e/query.e2e.ts.
  const pages = loadFixtures().filter((f) => f.slug !== 'g3-100-posts');
  it.each(pages.map((f) => [`${f.site}/${f.slug}`, f] as const))('%s', (_, f) => {
    const d = parseHtml(f.html);
    const planned = createQuery(d);
    const plain = createQuery(d, { plan: false });
    for (const css of selectorStrings(f.site === 'vk' ? VK_SELECTORS : OK_SELECTORS)) {
      const expected = native(d, css);
      expect(planned.all(d, css), css).toEqual(expected);
      expect(planned.first(d, css), css).toBe(expected[0] ?? null);
      if (expected.length > 0) expect(planned.mayMatch(d, css), css).toBe(true);
      expect(plain.all(d, css), css).toEqual(raw(d, css));
    }
  });
});
