// @vitest-environment jsdom
/**
 * Skeleton and clone posts (docs/markup.md §4.1) are skipped: a post root that is, or holds, a loading skeleton
 * (`.PostContentDumbSkeleton`, any class containing `PostSkeleton__root`) or a React clone (`.ReactEntryRootClone`)
 * is not read, on every layout; the other posts read as before.
 */
import { describe, expect, it } from 'vitest';
import { readCommunityPage } from '../../../../lib/sites';
import { unionOf } from '../../../../lib/sites/core/context';
import { VK_SELECTORS } from '../../../../lib/sites/vk/selectors';
import { loadFixture } from '../fixtures';

type Mark = (root: Element) => void;

const inside =
  (className: string): Mark =>
  (root) => {
    const el = root.ownerDocument.createElement('div');
    el.className = className;
    // deep inside the post, not as its direct child
    (root.lastElementChild ?? root).appendChild(el);
  };
const onRoot =
  (className: string): Mark =>
  (root) =>
    root.classList.add(className);

const MARKS: [string, Mark][] = [
  ['a PostContentDumbSkeleton inside', inside('PostContentDumbSkeleton')],
  ['a hashed PostSkeleton__root class inside', inside('vkitPostSkeleton__root--a1b2c')],
  ['a PostSkeleton__root class on the root', onRoot('PostSkeleton__root')],
  ['a ReactEntryRootClone root', onRoot('ReactEntryRootClone')],
  ['a ReactEntryRootClone inside', inside('ReactEntryRootClone')],
];

describe.each(['g2-redesigned', 'g3-datatestid', 'g1-2016'])('VK skeleton posts on %s', (slug) => {
  const f = loadFixture('vk', slug);
  const parse = () => new DOMParser().parseFromString(f.html, 'text/html');
  const before = readCommunityPage(parse(), f.url, f.options);
  const ids = before?.posts.map((p) => p.id) ?? [];

  it('the fixture has posts to skip (the test can fail)', () => {
    expect(ids.length).toBeGreaterThan(1);
  });

  it.each(MARKS)('skips the post with %s', (_label, mark) => {
    const doc = parse();
    const roots = Array.from(doc.querySelectorAll(unionOf(VK_SELECTORS, 'postRoot'))).filter(
      (el) => el.parentElement?.closest(unionOf(VK_SELECTORS, 'postRoot')) === null,
    );
    const target = roots.find((r) => ids.some((id) => (r.getAttribute('data-post-id') ?? '').includes(id)));
    expect(target).toBeDefined();
    if (!target) return;
    const skipped = ids.find((id) => (target.getAttribute('data-post-id') ?? '').includes(id));
    mark(target);
    const after = readCommunityPage(doc, f.url, f.options);
    const left = after?.posts.map((p) => p.id) ?? [];
    expect(left).not.toContain(skipped);
    expect(left).toEqual(ids.filter((id) => id !== skipped));
  });
});
