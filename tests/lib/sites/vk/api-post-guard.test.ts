import { describe, expect, it } from 'vitest';
import { ApiPostSchema, isApiPost } from '../../../../lib/sites/vk/embedded';

/** Seeded generator of JSON-like values close to an API post (valid, and broken one field at a time). */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const SCALARS: unknown[] = [undefined, null, 0, -1, 1.5, true, false, '', 'x', '5', [], [1], {}, { count: 3 }];

function value(r: () => number, depth = 0): unknown {
  const k = r();
  if (depth > 1 || k < 0.6) return SCALARS[Math.floor(r() * SCALARS.length)];
  if (k < 0.8) return Array.from({ length: Math.floor(r() * 3) }, () => value(r, depth + 1));
  return { count: value(r, depth + 1), type: value(r, depth + 1) };
}

const KEYS = [
  'id',
  'owner_id',
  'from_id',
  'date',
  'post_type',
  'is_pinned',
  'marked_as_ads',
  'copy_history',
  'likes',
  'comments',
  'reposts',
  'views',
  'attachments',
];

function post(r: () => number): unknown {
  const valid: Record<string, unknown> = {
    id: 7,
    owner_id: -1,
    from_id: -1,
    date: 1_700_000_000,
    post_type: 'post',
    is_pinned: 0,
    marked_as_ads: false,
    copy_history: [],
    likes: { count: 1 },
    comments: { count: 0 },
    reposts: null,
    views: { count: 10 },
    attachments: [{ type: 'photo' }, { type: 'poll' }],
  };
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const roll = r();
    if (roll < 0.15) continue; // key absent
    out[key] = roll < 0.75 ? valid[key] : value(r);
  }
  if (r() < 0.1) out.extra = value(r);
  return r() < 0.05 ? value(r) : out;
}

describe('isApiPost (the hand-written hot-path check of data-exec posts)', () => {
  it('accepts exactly what ApiPostSchema accepts', () => {
    const r = prng(20260326);
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const v = post(r);
      const expected = ApiPostSchema.safeParse(v).success;
      expect(isApiPost(v), JSON.stringify(v)).toBe(expected);
      if (expected) accepted++;
    }
    // both outcomes are exercised
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(4900);
  });
});
